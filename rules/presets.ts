import type { RuleSetting } from '../src/engine/rule.js';

/**
 * The two presets of the rule catalog. `recommended` is the default; `strict` raises what a regulated
 * environment should treat as blocking.
 */
export const PRESETS: Record<'recommended' | 'strict', Record<string, RuleSetting>> = {
  recommended: {
    'public-network-access': 'error',
    'network-default-deny': 'error',
    'purge-protection': 'error',
  },
  strict: {
    'public-network-access': 'error',
    'network-default-deny': 'error',
    'purge-protection': 'error',
  },
};
