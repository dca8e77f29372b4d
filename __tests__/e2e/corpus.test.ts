import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';

const root = join(import.meta.dirname, '..', '..');
const corpus = join(root, '..', 'shared', 'corpus', 'arm');
const available = existsSync(corpus);
if (!available) console.warn(`Corpus tests skipped: ${corpus} is not present in this checkout.`);

function findingsOf(file: string) {
  const config = resolveConfig({}, registry, { baseDir: corpus });
  const result = scan({ paths: [file], cwd: corpus, config, registry });
  return result.findings.map((f) => [f.ruleId, f.range.start.line, f.range.start.column]);
}

(available ? describe : describe.skip)('real third-party templates (../shared/corpus/arm)', () => {
  it('the quickstart reports the three rules at the lines of those properties', () => {
    expect(findingsOf('quickstart-managed-hsm-create.azuredeploy.json')).toEqual([
      ['purge-protection', 62, 9],
      ['public-network-access', 65, 9],
      ['network-default-deny', 68, 11],
    ]);
  });

  it('the older PascalCase quickstart gives the same findings', () => {
    expect(findingsOf('quickstart-managed-hsm-create.older-pascalcase.azuredeploy.json')).toEqual([
      ['purge-protection', 55, 13],
      ['public-network-access', 58, 13],
      ['network-default-deny', 61, 15],
    ]);
  });

  it('no corpus file produces a parse or internal error', () => {
    const config = resolveConfig({}, registry, { baseDir: corpus });
    const result = scan({ paths: readdirSync(corpus), cwd: corpus, config, registry });
    expect(
      result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error'),
    ).toEqual([]);
    expect(result.files.length).toBe(readdirSync(corpus).length);
  });
});
