import type { AnyRule, RuleRegistry } from '../src/engine/rule.js';
import networkDefaultDeny from './network-default-deny.js';
import { PRESETS } from './presets.js';
import publicNetworkAccess from './public-network-access.js';
import purgeProtection from './purge-protection.js';

/** Every rule hsmlint ships, in catalog order. */
export const RULES: readonly AnyRule[] = [publicNetworkAccess, networkDefaultDeny, purgeProtection];

export const registry: RuleRegistry = {
  rules: new Map(RULES.map((rule) => [rule.meta.id, rule])),
  presets: PRESETS,
};
