import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { resolveConfig } from '../../../src/engine/config.js';
import { displayValue } from '../../../src/model/value.js';
import { scan } from '../../../src/scan.js';
import { onlyRules, tempTree } from '../../helpers.js';
import { parametersFile } from '../../rules/util/parameters.js';
import { evaluateFiles, NOW, resource } from './evaluate-helpers.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

const TEMPLATE = [
  "param hsmName string = 'default-hsm'",
  "param access string = 'Disabled'",
  '@secure()',
  "param secret string = ''",
  'param deploy bool = true',
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = if (deploy) {",
  '  name: hsmName',
  '  properties: {',
  '    publicNetworkAccess: access',
  '  }',
  '  tags: { secret: secret }',
  '}',
].join('\n');

describe('.bicepparam files', () => {
  it('scanning one evaluates the template it names with its values', () => {
    const parsed = evaluateFiles(
      {
        'main.bicep': TEMPLATE,
        'prod.bicepparam': [
          "using './main.bicep'",
          "var env = 'prod'",
          "param hsmName = '${env}-hsm'",
          "param access = 'Enabled'",
          "param secret = 's3cr3t'",
        ].join('\n'),
      },
      'prod.bicepparam',
    );
    expect(parsed.problems).toEqual([]);
    const hsm = resource(parsed, 'hsm');
    expect(hsm).toMatchObject({
      key: 'bicep:prod.bicepparam>bicep:main.bicep#hsm',
      name: { kind: 'known', value: 'prod-hsm' },
      conditional: 'deploy',
    });
    const access = hsm.get('properties.publicNetworkAccess');
    // Values of a parameters file are not defaults: the finding names no parameter.
    expect(access).toMatchObject({ kind: 'known', value: 'Enabled', range: { file: 'main.bicep' } });
    expect(access).not.toHaveProperty('parameter');
    const secret = hsm.get('tags.secret');
    expect(secret).toMatchObject({ kind: 'known', secure: true });
    expect(displayValue(secret)).toBe('***');
    expect(parsed.related).toEqual(['main.bicep']);
  });

  it('a value false in the parameters file makes a condition provably false', () => {
    const parsed = evaluateFiles(
      { 'main.bicep': TEMPLATE, 'main.bicepparam': "using 'main.bicep'\nparam deploy = false\n" },
      'main.bicepparam',
    );
    expect(parsed.resources).toEqual([]);
  });

  it('readEnvironmentVariable() gives its default, or stays unknown', () => {
    const parsed = evaluateFiles(
      {
        'main.bicep': TEMPLATE,
        'main.bicepparam':
          "using './main.bicep'\nparam hsmName = readEnvironmentVariable('HSM_NAME', 'env-hsm')\nparam access = readEnvironmentVariable('ACCESS')\nparam secret = az.getSecret('sub', 'rg', 'kv', 'name')\n",
      },
      'main.bicepparam',
    );
    const hsm = resource(parsed, 'hsm');
    expect(hsm.name).toMatchObject({ kind: 'known', value: 'env-hsm' });
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'unknown',
      reason: "environment variable 'ACCESS' is read when the deployment is prepared",
    });
    expect(hsm.get('tags.secret')).toMatchObject({ kind: 'unknown', secure: true });
  });

  it('extends a base parameters file', () => {
    const parsed = evaluateFiles(
      {
        'main.bicep': TEMPLATE,
        'base.bicepparam': "using none\nparam hsmName = 'base-hsm'\nparam access = 'Enabled'\n",
        'main.bicepparam': "using './main.bicep'\nextends './base.bicepparam'\nparam access = 'Disabled'\n",
      },
      'main.bicepparam',
    );
    const hsm = resource(parsed, 'hsm');
    expect(hsm.name).toMatchObject({ kind: 'known', value: 'base-hsm' });
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'known', value: 'Disabled' });
  });

  it('using none and a missing using declaration deploy nothing', () => {
    expect(evaluateFiles({ 'a.bicepparam': 'using none\nparam x = 1\n' }, 'a.bicepparam')).toMatchObject({
      resources: [],
      problems: [],
    });
    expect(
      evaluateFiles({ 'a.bicepparam': 'param x = 1\n' }, 'a.bicepparam').problems.map((p) => p.message),
    ).toEqual(["A Bicep parameters file starts with a using declaration (using './main.bicep')."]);
    expect(
      evaluateFiles({ 'a.bicepparam': "using './gone.bicep'\n" }, 'a.bicepparam').problems.map(
        (p) => p.message,
      ),
    ).toEqual(['Cannot read gone.bicep, which the using declaration names: no such file.']);
  });

  it('a parameters file may name an ARM JSON template', () => {
    const parsed = evaluateFiles(
      {
        'azuredeploy.json': JSON.stringify({
          $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
          contentVersion: '1.0.0.0',
          parameters: { hsmName: { type: 'string' } },
          resources: [
            {
              type: 'Microsoft.KeyVault/managedHSMs',
              apiVersion: '2025-05-01',
              name: "[parameters('hsmName')]",
            },
          ],
        }),
        'azuredeploy.bicepparam': "using './azuredeploy.json'\nparam hsmName = 'json-hsm'\n",
      },
      'azuredeploy.bicepparam',
    );
    expect(parsed.resources.map((r) => [r.surface, r.name.kind === 'known' && r.name.value])).toEqual([
      ['arm', 'json-hsm'],
    ]);
  });
});

describe('parameter values for a template scanned on its own', () => {
  it('<name>.bicepparam beside it, when its using names the template', () => {
    const parsed = evaluateFiles({
      'main.bicep': TEMPLATE,
      'main.bicepparam': "using './main.bicep'\nparam hsmName = 'from-bicepparam'\n",
      'main.parameters.json': parametersFile({ hsmName: 'from-json' }),
    });
    expect(resource(parsed, 'hsm')).toMatchObject({
      key: 'bicep:main.bicep#hsm',
      name: { kind: 'known', value: 'from-bicepparam' },
    });
    expect(parsed.related).toEqual(['main.bicepparam']);
  });

  it('else the ARM parameters file beside it', () => {
    const parsed = evaluateFiles({
      'main.bicep': TEMPLATE,
      'main.bicepparam': "using './other.bicep'\nparam hsmName = 'not-mine'\n",
      'main.parameters.json': parametersFile({ hsmName: 'from-json' }),
    });
    expect(resource(parsed, 'hsm').name).toMatchObject({ kind: 'known', value: 'from-json' });
    expect(parsed.related).toContain('main.parameters.json');
  });

  it('then configured values, then --parameters files (.json or .bicepparam)', () => {
    const files = {
      'main.bicep': TEMPLATE,
      'main.parameters.json': parametersFile({ hsmName: 'from-json', access: 'Enabled' }),
      'ci.bicepparam': "using './main.bicep'\nparam access = 'Disabled'\n",
      'ci.parameters.json': parametersFile({ deploy: false }),
    };
    const configured = evaluateFiles(files, 'main.bicep', {
      parameters: { hsmName: 'from-config' },
      parametersSource: 'configuration',
    });
    expect(resource(configured, 'hsm').name).toMatchObject({ kind: 'known', value: 'from-config' });
    expect(resource(configured, 'hsm').get('properties.publicNetworkAccess')).toMatchObject({
      value: 'Enabled',
    });
    const explicit = evaluateFiles(files, 'main.bicep', { parameterFiles: ['ci.bicepparam'] });
    expect(resource(explicit, 'hsm').get('properties.publicNetworkAccess')).toMatchObject({
      value: 'Disabled',
    });
    expect(evaluateFiles(files, 'main.bicep', { parameterFiles: ['ci.parameters.json'] }).resources).toEqual(
      [],
    );
  });
});

describe('a template and its parameters file scanned together', () => {
  const run = (files: Record<string, string>, paths: string[]) => {
    const { dir, cleanup } = tempTree(files);
    try {
      const config = resolveConfig(
        { rules: onlyRules(['public-network-access'], registry.rules.keys()) },
        registry,
        { baseDir: dir },
      );
      return scan({ paths, cwd: dir, config, registry, now: NOW });
    } finally {
      cleanup();
    }
  };
  const files = {
    'main.bicep': TEMPLATE,
    'main.bicepparam': "using './main.bicep'\nparam access = 'Enabled'\n",
  };

  it('report the template once, with the values of the parameters file', () => {
    const result = run(files, ['.']);
    expect(result.findings.map((f) => [f.ruleId, f.range.file, f.range.start.line, f.parameter])).toEqual([
      ['public-network-access', 'main.bicep', 9, undefined],
    ]);
    expect(result.files.map((f) => [f.file, f.resources])).toEqual([
      ['main.bicep', 0],
      ['main.bicepparam', 1],
    ]);
  });

  it('the template alone picks up its parameters file', () => {
    const result = run(files, ['main.bicep']);
    expect(result.findings.map((f) => [f.ruleId, f.range.file, f.range.start.line])).toEqual([
      ['public-network-access', 'main.bicep', 9],
    ]);
  });

  it('two parameters files of one template report it once each', () => {
    const result = run(
      {
        ...files,
        'dev.bicepparam': "using './main.bicep'\nparam hsmName = 'dev-hsm'\nparam access = 'Enabled'\n",
      },
      ['.'],
    );
    expect(result.findings.map((f) => f.resource?.name).sort()).toEqual(['default-hsm', 'dev-hsm']);
  });
});
