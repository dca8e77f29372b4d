import { describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { describeConfigChanges, reviewNewSuppressions } from '../../src/action/trust.js';
import { resolveConfig } from '../../src/engine/config.js';
import type { ScanResult } from '../../src/scan.js';

const config = (data: Record<string, unknown>) => resolveConfig(data, registry, { baseDir: '/w' });
const range = (file: string, line: number) => ({
  file,
  start: { line, column: 3 },
  end: { line, column: 30 },
});

describe('describeConfigChanges', () => {
  it('names rules turned off or lowered, options changed, new ignores and parameters', () => {
    const base = config({});
    const head = config({
      rules: {
        'purge-protection': 'off',
        'public-network-access': 'warn',
        'soft-delete-retention': ['warn', { minDays: 30 }],
        'multi-region': 'error',
      },
      ignore: ['infra/legacy/**'],
      unresolved: 'off',
      parameters: { '**': { env: 'prod' } },
    });
    expect(describeConfigChanges(base, head, 'hsmlint.config.yaml', true)).toEqual([
      "Rule 'multi-region' raised to error (was off) in hsmlint.config.yaml.",
      "Rule 'public-network-access' lowered to warn (was error) in hsmlint.config.yaml (not applied: the base configuration is used).",
      "Rule 'purge-protection' turned off (was error) in hsmlint.config.yaml (not applied: the base configuration is used).",
      "Options of rule 'soft-delete-retention' changed in hsmlint.config.yaml (not applied: the base configuration is used).",
      "Files matching 'infra/legacy/**' are now ignored in hsmlint.config.yaml (not applied: the base configuration is used).",
      'Unresolved checks reported as off (was info) in hsmlint.config.yaml (not applied: the base configuration is used).',
      'Configured template parameters changed in hsmlint.config.yaml (not applied: the base configuration is used).',
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(describeConfigChanges(config({}), config({ extends: 'recommended' }), undefined, true)).toEqual(
      [],
    );
  });
});

describe('reviewNewSuppressions', () => {
  const result = (): ScanResult => ({
    cwd: '/w',
    files: [],
    skipped: [],
    missing: [],
    rules: [],
    resourceCount: 0,
    related: {},
    suppressions: [
      { kind: 'directive', rules: ['purge-protection'], reason: 'lab', range: range('a.jsonc', 4) },
      { kind: 'directive', rules: ['network-default-deny'], reason: 'old', range: range('a.jsonc', 20) },
    ],
    findings: [
      {
        ruleId: 'purge-protection',
        message: 'm',
        severity: 'error',
        range: range('a.jsonc', 5),
        suppressed: { kind: 'directive', reason: 'lab', range: range('a.jsonc', 4) },
      },
      {
        ruleId: 'network-default-deny',
        message: 'm',
        severity: 'error',
        range: range('a.jsonc', 21),
        suppressed: { kind: 'directive', reason: 'old', range: range('a.jsonc', 20) },
      },
    ],
  });
  const changes = { source: 'api' as const, files: new Map([['a.jsonc', new Set([4, 5])]]) };

  it('lists suppressions on changed lines, leaving older ones out', () => {
    const r = result();
    expect(reviewNewSuppressions(r, changes, true)).toEqual([
      "'purge-protection' suppressed at a.jsonc:4 (reason: lab).",
    ]);
    expect(r.findings.every((f) => f.suppressed)).toBe(true);
  });

  it('restores the findings a new suppression hides when new suppressions may not apply', () => {
    const r = result();
    expect(reviewNewSuppressions(r, changes, false)).toEqual([
      "'purge-protection' suppressed at a.jsonc:4 (reason: lab) (not applied).",
    ]);
    expect(r.findings.map((f) => Boolean(f.suppressed))).toEqual([false, true]);
  });
});
