import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

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
  // Every corpus HSM lacks a private endpoint, diagnostic settings and a backup identity (its api
  // version predates identity), and its administrators cannot be verified offline.
  const common = (hsmLine: number, hsmColumn: number, adminsLine: number, adminsColumn: number) => [
    ['backup-identity', hsmLine, hsmColumn],
    ['diagnostic-logs', hsmLine, hsmColumn],
    ['private-endpoint', hsmLine, hsmColumn],
    ['unresolved', adminsLine, adminsColumn],
  ];

  it('the quickstart reports the three network and purge rules at the lines of those properties', () => {
    expect(findingsOf('quickstart-managed-hsm-create.azuredeploy.json')).toEqual(
      sorted([
        ...common(50, 5, 64, 9),
        ['purge-protection', 62, 9],
        ['public-network-access', 65, 9],
        ['network-default-deny', 68, 11],
      ]),
    );
  });

  it('picks up the quickstart parameters file beside it', () => {
    const config = resolveConfig({}, registry, { baseDir: corpus });
    const result = scan({
      paths: ['quickstart-managed-hsm-create.azuredeploy.json'],
      cwd: corpus,
      config,
      registry,
    });
    expect(result.findings.find((f) => f.ruleId === 'purge-protection')?.resource?.name).toBe('GEN-UNIQUE');
  });

  it('the older PascalCase quickstart gives the same findings', () => {
    expect(findingsOf('quickstart-managed-hsm-create.older-pascalcase.azuredeploy.json')).toEqual(
      sorted([
        ...common(39, 7, 57, 13),
        ['purge-protection', 55, 13],
        ['public-network-access', 58, 13],
        ['network-default-deny', 61, 15],
      ]),
    );
  });

  it.each([
    ['azure-sdk-for-net.keyvault.test-resources.json', [181, 9, 193, 17], [194, 17], [197, 17], [198, 32]],
    ['azure-sdk-for-cpp.keyvault.test-resources.json', [255, 5, 267, 9], [268, 9], [271, 9], [272, 24]],
  ] as const)(
    '%s evaluates: conditional HSM, api version and networkAcls from variables, concat names',
    (file, hsm, purge, access, deny) => {
      expect(findingsOf(file)).toEqual(
        sorted([
          ...common(hsm[0], hsm[1], hsm[2], hsm[3]),
          ['purge-protection', ...purge],
          ['public-network-access', ...access],
          ['network-default-deny', ...deny],
        ]),
      );
      const config = resolveConfig({}, registry, { baseDir: corpus });
      const result = scan({ paths: [file], cwd: corpus, config, registry });
      const purgeFinding = result.findings.find((f) => f.ruleId === 'purge-protection')!;
      expect(purgeFinding.conditional).toBe(
        "[parameters('enableHsm')] (false with the default of parameter 'enableHsm')",
      );
      expect(purgeFinding.resource?.name).toBe("[concat(parameters('baseName'), 'hsm')]");
    },
  );

  it('no corpus file produces a parse or internal error', () => {
    const config = resolveConfig({}, registry, { baseDir: corpus });
    const result = scan({ paths: readdirSync(corpus), cwd: corpus, config, registry });
    expect(
      result.findings.filter((f) => f.ruleId === 'parse-error' || f.ruleId === 'internal-error'),
    ).toEqual([]);
    expect(result.files.length).toBe(readdirSync(corpus).length);
  });
});

function sorted(rows: Array<readonly [string, number, number] | (string | number)[]>) {
  return [...rows].sort(
    (a, b) =>
      (a[1] as number) - (b[1] as number) ||
      (a[2] as number) - (b[2] as number) ||
      String(a[0]).localeCompare(String(b[0])),
  );
}
