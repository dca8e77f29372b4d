import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { resolveConfig } from '../../../src/engine/config.js';
import { TYPES } from '../../../src/model/resource.js';
import { scan } from '../../../src/scan.js';
import { onlyRules, tempTree } from '../../helpers.js';
import { evaluateFiles, linked, NOW, resource } from './evaluate-helpers.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

const HSM_MODULE = [
  'param hsmName string',
  "param access string = 'Disabled'",
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
  '  name: hsmName',
  '  properties: {',
  '    publicNetworkAccess: access',
  '  }',
  '}',
  'output hsmId string = hsm.id',
  'output name string = hsm.name',
  'output settings object = { access: access, tenant: subscription().tenantId }',
].join('\n');

describe('Bicep modules', () => {
  it('evaluates a local module with the parameters passed, keeping ranges in the module file', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        "param name string = 'main-hsm'",
        '',
        "module hsmModule './modules/hsm.bicep' = {",
        "  name: 'hsm'",
        '  params: {',
        '    hsmName: name',
        "    access: 'Enabled'",
        '  }',
        '}',
      ].join('\n'),
      'modules/hsm.bicep': HSM_MODULE,
    });
    expect(parsed.problems).toEqual([]);
    const hsm = resource(parsed, 'hsm');
    expect(hsm).toMatchObject({
      key: 'bicep:main.bicep#hsmModule>bicep:modules/hsm.bicep#hsm',
      name: { kind: 'known', value: 'main-hsm', parameter: 'name' },
      via: "module 'hsmModule' at main.bicep:3",
      range: { file: 'modules/hsm.bicep', start: { line: 3, column: 1 } },
    });
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'known',
      value: 'Enabled',
      range: { file: 'modules/hsm.bicep', start: { line: 6, column: 5 } },
    });
    expect(parsed.related).toEqual(['modules/hsm.bicep']);
  });

  it("uses the module's defaults for parameters not passed", () => {
    const parsed = evaluateFiles({
      'main.bicep': "module m './hsm.bicep' = {\n  name: 'm'\n  params: { hsmName: 'x' }\n}\n",
      'hsm.bicep': HSM_MODULE,
    });
    expect(resource(parsed, 'hsm').get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'known',
      value: 'Disabled',
      parameter: 'access',
    });
  });

  it('reads module outputs, and links through them', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        "module m './hsm.bicep' = {",
        "  name: 'm'",
        "  params: { hsmName: 'pool' }",
        '}',
        "resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' = {",
        "  name: '${m.outputs.name}-pe'",
        '  properties: {',
        "    privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: m.outputs.hsmId, groupIds: ['managedhsm'] } }]",
        '    other: m.outputs.settings.access',
        "    tenant: m.outputs['settings'].tenant",
        '    all: m.outputs',
        '  }',
        '}',
      ].join('\n'),
      'hsm.bicep': HSM_MODULE,
    });
    const pe = resource(parsed, 'pe');
    expect(pe.name).toMatchObject({ kind: 'known', value: 'pool-pe' });
    expect(pe.get('properties.other')).toMatchObject({ kind: 'known', value: 'Disabled' });
    expect(pe.get('properties.tenant')).toMatchObject({
      kind: 'unknown',
      reason: 'subscription() is not known before deployment',
    });
    expect(pe.get('properties.all.name')).toMatchObject({ kind: 'known', value: 'pool' });
    expect(linked(parsed).linkedTo(resource(parsed, 'hsm'), 'private-endpoint')).toEqual([pe]);
  });

  it('makes every resource of a conditional module conditional', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        'param deployHsm bool',
        "module m './hsm.bicep' = if (deployHsm) {",
        "  name: 'm'",
        "  params: { hsmName: 'pool' }",
        '}',
      ].join('\n'),
      'hsm.bicep': HSM_MODULE.replace(
        "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
        "param withKeys bool = true\nresource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = if (!withKeys) {",
      ),
    });
    expect(resource(parsed, 'hsm').conditional).toBe(
      "deployHsm and !withKeys (false with the default of parameter 'withKeys')",
    );
  });

  it('does not read a module whose condition is provably false', () => {
    const parsed = evaluateFiles({
      'main.bicep': "module m './hsm.bicep' = if (false) {\n  name: 'm'\n  params: { hsmName: 'pool' }\n}\n",
      'hsm.bicep': HSM_MODULE,
    });
    expect(parsed.resources).toEqual([]);
  });

  it('expands module loops, one deployment per element', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        "var pools = ['a', 'b']",
        "module ms './hsm.bicep' = [for (p, i) in pools: {",
        "  name: 'm-${i}'",
        '  params: { hsmName: p }',
        '}]',
        "resource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
        "  name: 'probe'",
        '  properties: { second: ms[1].outputs.name, moduleName: ms[0].name }',
        '}',
      ].join('\n'),
      'hsm.bicep': HSM_MODULE,
    });
    const hsms = parsed.resources.filter((r) => r.isType(TYPES.managedHsm));
    expect(hsms.map((r) => [r.key, r.via, r.name.kind === 'known' && r.name.value])).toEqual([
      ['bicep:main.bicep#ms[0]>bicep:hsm.bicep#hsm', "module 'ms[0]' at main.bicep:2", 'a'],
      ['bicep:main.bicep#ms[1]>bicep:hsm.bicep#hsm', "module 'ms[1]' at main.bicep:2", 'b'],
    ]);
    const probe = resource(parsed, 'probe');
    expect(probe.get('properties.second')).toMatchObject({ kind: 'known', value: 'b' });
    expect(probe.get('properties.moduleName')).toMatchObject({ kind: 'known', value: 'm-0' });
  });

  it('a module loop over an unknown collection deploys one instance standing for all', () => {
    const parsed = evaluateFiles({
      'main.bicep':
        "param pools array\nmodule ms './hsm.bicep' = [for p in pools: {\n  name: p\n  params: { hsmName: p }\n}]\n",
      'hsm.bicep': HSM_MODULE,
    });
    expect(resource(parsed, 'hsm')).toMatchObject({
      key: 'bicep:main.bicep#ms>bicep:hsm.bicep#hsm',
      loop: "the module loop over pools (parameter 'pools' has no value)",
    });
  });

  it('nests modules, naming every step in via', () => {
    const parsed = evaluateFiles({
      'main.bicep': "module outer './a.bicep' = {\n  name: 'outer'\n}\n",
      'a.bicep': "\n\nmodule inner './b/hsm.bicep' = {\n  name: 'inner'\n  params: { hsmName: 'deep' }\n}\n",
      'b/hsm.bicep': HSM_MODULE,
    });
    expect(resource(parsed, 'hsm')).toMatchObject({
      key: 'bicep:main.bicep#outer>bicep:a.bicep#inner>bicep:b/hsm.bicep#hsm',
      via: "module 'outer' at main.bicep:1, then module 'inner' at a.bicep:3",
    });
    expect(parsed.related).toEqual(['a.bicep', 'b/hsm.bicep']);
  });

  it('reports a cycle of modules and stops', () => {
    const parsed = evaluateFiles({
      'main.bicep': "module a './a.bicep' = {\n  name: 'a'\n}\n",
      'a.bicep': "module b './main.bicep' = {\n  name: 'b'\n}\n",
    });
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Modules form a cycle: main.bicep -> a.bicep -> main.bicep.',
    ]);
    expect(parsed.problems[0].range).toMatchObject({ file: 'a.bicep', start: { line: 1, column: 10 } });
  });

  it('stops at the depth limit', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      files[`m${i}.bicep`] = `module next './m${i + 1}.bicep' = {\n  name: 'n'\n}\n`;
    files['main.bicep'] = files['m0.bicep'];
    const parsed = evaluateFiles(files);
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'Modules nested deeper than 16 levels are not read.',
    ]);
  });

  it('reports registry and template spec modules as unresolved, unless configuration maps them', () => {
    const main = [
      "module avm 'br/public:avm/res/key-vault/managed-hsm:0.1.0' = {",
      "  name: 'avm'",
      "  params: { hsmName: 'mapped' }",
      '}',
      "module spec 'ts:00000000-0000-0000-0000-000000000000/rg/hsm:1.0' = {",
      "  name: 'spec'",
      '}',
      "module arm './hsm.json' = {",
      "  name: 'arm'",
      '}',
      "module missing './nowhere.bicep' = {",
      "  name: 'missing'",
      '}',
    ].join('\n');
    const unmapped = evaluateFiles({ 'main.bicep': main });
    expect(unmapped.unresolved!.map((u) => [u.range.start.line, u.message.slice(0, 61)])).toEqual([
      [1, 'Module br/public:avm/res/key-vault/managed-hsm:0.1.0 comes fr'],
      [5, 'Module ts:00000000-0000-0000-0000-000000000000/rg/hsm:1.0 is '],
      [8, 'Module ./hsm.json is an ARM JSON template; hsmlint does not e'],
      [11, 'The module nowhere.bicep cannot be read (no such file); the r'],
    ]);
    const mapped = evaluateFiles({ 'main.bicep': main, 'vendor/hsm.bicep': HSM_MODULE }, 'main.bicep', {
      modules: { 'br/public:avm/res/key-vault/managed-hsm:0.1.0': 'vendor/hsm.bicep' },
    });
    expect(resource(mapped, 'hsm')).toMatchObject({
      key: 'bicep:main.bicep#avm>bicep:vendor/hsm.bicep#hsm',
      name: { kind: 'known', value: 'mapped' },
    });
    expect(mapped.unresolved).toHaveLength(3);
  });

  it('outputs of a module that cannot be read are unknown', () => {
    const parsed = evaluateFiles({
      'main.bicep':
        "module avm 'br/public:avm/x:1.0' = {\n  name: 'avm'\n}\nresource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'probe'\n  properties: { v: avm.outputs.id }\n}\n",
    });
    expect(resource(parsed, 'probe').get('properties.v')).toMatchObject({
      kind: 'unknown',
      reason: "module 'avm' is not a local file (br/public:avm/x:1.0)",
    });
  });
});

describe('a module scanned together with the file that deploys it', () => {
  const files = {
    'main.bicep': "module m './modules/hsm.bicep' = {\n  name: 'm'\n  params: { hsmName: 'from-main' }\n}\n",
    'modules/hsm.bicep': HSM_MODULE.replace(
      "param access string = 'Disabled'",
      "param access string = 'Enabled'",
    ),
  };
  const run = (paths: string[]) => {
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

  it('is reported once, through the deploying file', () => {
    const result = run(['.']);
    expect(
      result.findings.map((f) => [
        f.ruleId,
        f.range.file,
        f.resource?.name,
        f.message.includes("module 'm'"),
      ]),
    ).toEqual([['public-network-access', 'modules/hsm.bicep', 'from-main', true]]);
  });

  it('is evaluated on its own when scanned alone', () => {
    const result = run(['modules/hsm.bicep']);
    expect(
      result.findings.map((f) => [
        f.ruleId,
        f.resource?.name,
        f.parameter,
        f.message.includes('Deployed through'),
      ]),
    ).toEqual([['public-network-access', 'hsmName', 'access', false]]);
  });
});
