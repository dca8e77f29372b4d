import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { resolveConfig } from '../../../src/engine/config.js';
import { scan } from '../../../src/scan.js';
import { onlyRules, tempTree } from '../../helpers.js';
import { NOW } from './evaluate-helpers.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

const OPEN_HSM = [
  'param hsmName string',
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
  '  name: hsmName',
  '  properties: {',
  '    // hsmlint-disable-next-line public-network-access -- reached from the build agents, ticket NET-12',
  "    publicNetworkAccess: 'Enabled'",
  '    enablePurgeProtection: false',
  '  }',
  '}',
].join('\n');

function run(
  files: Record<string, string>,
  paths: string[],
  extra: { config?: Record<string, unknown>; parameterFiles?: string[] } = {},
) {
  const { dir, cleanup } = tempTree(files);
  try {
    const config = resolveConfig(
      {
        rules: onlyRules(['public-network-access', 'purge-protection'], registry.rules.keys()),
        ...extra.config,
      },
      registry,
      { baseDir: dir },
    );
    return scan({ paths, cwd: dir, config, registry, now: NOW, parameterFiles: extra.parameterFiles });
  } finally {
    cleanup();
  }
}

const summary = (result: ReturnType<typeof run>) =>
  result.findings.map((f) => [
    f.ruleId,
    `${f.range.file}:${f.range.start.line}`,
    f.suppressed ? 'suppressed' : 'open',
  ]);

describe('scanning Bicep', () => {
  it('applies the suppression comments of a module file to the findings in it', () => {
    const result = run(
      {
        'main.bicep':
          "module pool './modules/hsm.bicep' = {\n  name: 'pool'\n  params: { hsmName: 'hsm1' }\n}\n",
        'modules/hsm.bicep': OPEN_HSM,
      },
      ['main.bicep'],
    );
    expect(summary(result)).toEqual([
      ['public-network-access', 'modules/hsm.bicep:6', 'suppressed'],
      ['purge-protection', 'modules/hsm.bicep:7', 'open'],
    ]);
    expect(result.related).toEqual({ 'main.bicep': ['modules/hsm.bicep'] });
  });

  it('checks a registry module through the local copy configuration maps it to', () => {
    const files = {
      'infra/main.bicep':
        "module pool 'br/public:avm/res/key-vault/managed-hsm:0.1.0' = {\n  name: 'pool'\n  params: { hsmName: 'hsm1' }\n}\n",
      'vendor/managed-hsm.bicep': OPEN_HSM,
    };
    const unmapped = run(files, ['infra']);
    expect(summary(unmapped)).toEqual([['unresolved', 'infra/main.bicep:1', 'open']]);
    const mapped = run(files, ['infra'], {
      config: { modules: { 'br/public:avm/res/key-vault/managed-hsm:0.1.0': 'vendor/managed-hsm.bicep' } },
    });
    expect(summary(mapped)).toEqual([
      ['public-network-access', 'vendor/managed-hsm.bicep:6', 'suppressed'],
      ['purge-protection', 'vendor/managed-hsm.bicep:7', 'open'],
    ]);
  });

  it('reads a .bicep file in a walk only if it declares a resource or a module', () => {
    const result = run(
      {
        'types.bicep': '@export()\ntype pool = { name: string }\n',
        'main.bicep':
          "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'x'\n  properties: { enablePurgeProtection: false, publicNetworkAccess: 'Disabled' }\n}\n",
      },
      ['.'],
    );
    expect(result.skipped).toEqual([{ path: 'types.bicep', reason: 'declares no Bicep resource or module' }]);
    expect(summary(result)).toEqual([['purge-protection', 'main.bicep:3', 'open']]);
    expect(run({ 'types.bicep': 'type pool = string\n' }, ['types.bicep']).files).toEqual([
      { file: 'types.bicep', surface: 'bicep', resources: 0 },
    ]);
  });

  it('reports syntax errors with their positions, once even when a module is read twice', () => {
    const result = run(
      {
        'main.bicep':
          "module a './broken.bicep' = {\n  name: 'a'\n}\nmodule b './broken.bicep' = {\n  name: 'b'\n}\n",
        'broken.bicep': "resource x 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: (\n}\n",
      },
      ['.'],
    );
    const errors = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(errors.length).toBeGreaterThan(0);
    expect(
      new Set(errors.map((e) => `${e.range.file}:${e.range.start.line}:${e.range.start.column}:${e.message}`))
        .size,
    ).toBe(errors.length);
    expect(errors.every((e) => e.range.file === 'broken.bicep' && e.surface === 'bicep')).toBe(true);
  });

  it('takes values from a .bicepparam file given with --parameters', () => {
    const result = run(
      {
        'main.bicep':
          "param open bool = false\nresource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'x'\n  properties: { publicNetworkAccess: open ? 'Enabled' : 'Disabled' }\n}\n",
        'ci/open.bicepparam': 'using none\nparam open = true\n',
      },
      ['main.bicep'],
      { parameterFiles: ['ci/open.bicepparam'] },
    );
    expect(summary(result)).toEqual([['public-network-access', 'main.bicep:4', 'open']]);
  });
});
