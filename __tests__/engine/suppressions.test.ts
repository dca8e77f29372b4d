import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import { armTemplate, hsm, COMPLIANT_PROPERTIES, onlyRules, tempTree } from '../helpers.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

const NOW = new Date('2026-06-01T00:00:00Z');

function scanFiles(files: Record<string, string>) {
  const { dir, cleanup } = tempTree(files);
  try {
    const rules = onlyRules(
      ['purge-protection', 'public-network-access', 'network-default-deny'],
      registry.rules.keys(),
    );
    const config = resolveConfig({ rules }, registry, { baseDir: dir });
    return scan({ paths: ['.'], cwd: dir, config, registry, now: NOW });
  } finally {
    cleanup();
  }
}

const header = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs",
      "apiVersion": "2025-05-01",
      "name": "hsm1",
      "properties": {
        "publicNetworkAccess": "Disabled",
        "networkAcls": { "defaultAction": "Deny" },`;
const footer = `
      }
    }
  ]
}`;

describe('inline suppressions in JSONC', () => {
  it('disable-next-line with a reason suppresses the finding on the next line', () => {
    const result = scanFiles({
      'a.jsonc': `${header}
        // hsmlint-disable-next-line purge-protection -- lab HSM, deleted nightly
        "enablePurgeProtection": false${footer}`,
    });
    const purge = result.findings.filter((f) => f.ruleId === 'purge-protection');
    expect(purge).toHaveLength(1);
    expect(purge[0].suppressed).toEqual(
      expect.objectContaining({ kind: 'directive', reason: 'lab HSM, deleted nightly' }),
    );
    expect(result.findings.filter((f) => !f.suppressed)).toEqual([]);
  });

  it('a directive without a reason suppresses nothing and is reported', () => {
    const result = scanFiles({
      'a.jsonc': `${header}
        // hsmlint-disable-next-line purge-protection
        "enablePurgeProtection": false${footer}`,
    });
    const active = result.findings.filter((f) => !f.suppressed).map((f) => [f.ruleId, f.range.start.line]);
    expect(active).toEqual([
      ['suppression-no-reason', 12],
      ['purge-protection', 13],
    ]);
  });

  it('block directives cover everything until hsmlint-enable', () => {
    const result = scanFiles({
      'a.jsonc': `${header}
        /* hsmlint-disable purge-protection -- migration window */
        "enablePurgeProtection": false,
        /* hsmlint-enable */
        "enableSoftDelete": false${footer}`,
    });
    const active = result.findings.filter((f) => !f.suppressed).map((f) => f.ruleId);
    expect(active).toEqual(['purge-protection']); // the soft delete finding is outside the block
    expect(result.findings.find((f) => f.suppressed)?.range.start.line).toBe(13);
  });

  it('reports unused directives and unknown rule names', () => {
    const result = scanFiles({
      'a.jsonc': `${header}
        // hsmlint-disable-next-line public-network-access, no-such-rule -- not needed
        "enablePurgeProtection": true${footer}`,
    });
    expect(result.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['suppression-unused', "Directive names unknown rule 'no-such-rule'."],
      [
        'suppression-unused',
        "Unused suppression of 'public-network-access' (no finding of that rule here); remove it.",
      ],
    ]);
  });
});

describe('metadata suppressions', () => {
  const withMetadata = (disable: unknown[]) =>
    armTemplate([
      hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false }, { metadata: { hsmlint: { disable } } }),
    ]);

  it('suppress findings on the resource until they expire', () => {
    const result = scanFiles({
      'a.json': withMetadata([{ rule: 'purge-protection', reason: 'sandbox', expires: '2026-12-31' }]),
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].suppressed?.kind).toBe('metadata');
  });

  it('expired entries are reported and no longer suppress', () => {
    const result = scanFiles({
      'a.json': withMetadata([{ rule: 'purge-protection', reason: 'sandbox', expires: '2026-01-31' }]),
    });
    expect(result.findings.map((f) => [f.ruleId, Boolean(f.suppressed)])).toEqual(
      expect.arrayContaining([
        ['suppression-expired', false],
        ['purge-protection', false],
      ]),
    );
  });

  it('invalid dates and missing reasons are reported', () => {
    const result = scanFiles({
      'a.json': withMetadata([
        { rule: 'purge-protection', reason: 'sandbox', expires: 'next year' },
        { rule: 'purge-protection' },
      ]),
    });
    const ids = result.findings.map((f) => f.ruleId).sort();
    expect(ids).toEqual(['purge-protection', 'suppression-expired', 'suppression-no-reason']);
  });

  it('unused metadata suppressions are reported', () => {
    const result = scanFiles({
      'a.json': armTemplate([
        hsm(COMPLIANT_PROPERTIES, {
          metadata: { hsmlint: { disable: [{ rule: 'purge-protection', reason: 'x' }] } },
        }),
      ]),
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['suppression-unused']);
  });
});
