import { describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan, scanAsync } from '../../src/scan.js';
import { armTemplate, hsm, onlyRules, tempTree } from '../helpers.js';

// This file never calls loadSources(): it checks what a run loads on demand.

const OPEN_BICEP = [
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
  "  name: 'hsm'",
  "  properties: { publicNetworkAccess: 'Enabled' }",
  '}',
].join('\n');

const files = {
  'arm/hsm.json': armTemplate([hsm({ publicNetworkAccess: 'Enabled' })]),
  'bicep/hsm.bicep': OPEN_BICEP,
  'lib/types.bicep': 'type name = string\n',
};

function options(dir: string, paths: string[]) {
  const config = resolveConfig(
    { rules: onlyRules(['public-network-access'], registry.rules.keys()) },
    registry,
    { baseDir: dir },
  );
  return { paths, cwd: dir, config, registry, now: new Date('2026-06-01T00:00:00Z') };
}

describe('sources loaded on demand', () => {
  it('scans ARM templates, and skips Bicep files that deploy nothing, without the Bicep source', () => {
    const { dir, cleanup } = tempTree(files);
    try {
      const result = scan(options(dir, ['arm', 'lib']));
      expect(result.findings.map((f) => `${f.range.file} ${f.ruleId}`)).toEqual([
        'arm/hsm.json public-network-access',
      ]);
      expect(result.skipped).toEqual([
        { path: 'lib/types.bicep', reason: 'declares no Bicep resource or module' },
      ]);
    } finally {
      cleanup();
    }
  });

  it('says which source the synchronous scan lacks, and scanAsync loads it', async () => {
    const { dir, cleanup } = tempTree(files);
    try {
      expect(() => scan(options(dir, ['bicep']))).toThrow(
        'The bicep source is not loaded: await loadSources() before scan(), or use scanAsync().',
      );
      const result = await scanAsync(options(dir, ['bicep']));
      expect(result.findings.map((f) => `${f.range.file} ${f.ruleId}`)).toEqual([
        'bicep/hsm.bicep public-network-access',
      ]);
      // Loaded once, the source serves the synchronous scan too.
      expect(scan(options(dir, ['bicep'])).findings).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});
