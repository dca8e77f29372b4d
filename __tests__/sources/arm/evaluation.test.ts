import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { resolveConfig } from '../../../src/engine/config.js';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import { parseArmFile } from '../../../src/sources/arm/template.js';
import { scan } from '../../../src/scan.js';
import { tempTree } from '../../helpers.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const template = (body: Record<string, unknown>) =>
  JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', ...body }, null, 2);
const HSM = 'Microsoft.KeyVault/managedHSMs';
const now = new Date('2026-06-01T00:00:00Z');

function parse(body: Record<string, unknown>) {
  return parseArmFile('t.json', template(body), { now });
}

function scanTree(
  files: Record<string, string>,
  paths = ['.'],
  config: Record<string, unknown> = {},
  parameterFiles?: string[],
) {
  const { dir, cleanup } = tempTree(files);
  try {
    const resolved = resolveConfig(config, registry, { baseDir: dir });
    return scan({ paths, cwd: dir, config: resolved, registry, now, parameterFiles });
  } finally {
    cleanup();
  }
}

describe('parameters', () => {
  it('use defaults, and values from a default keep the parameter name', () => {
    const result = parse({
      parameters: { access: { type: 'string', defaultValue: 'Enabled' } },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: 'h',
          properties: { publicNetworkAccess: "[parameters('access')]" },
        },
      ],
    });
    expect(result.resources[0].get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'known',
      value: 'Enabled',
      parameter: 'access',
    });
  });

  it('without a value are unknown, naming the allowed values', () => {
    const result = parse({
      parameters: { access: { type: 'string', allowedValues: ['Enabled', 'Disabled'] } },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: 'h',
          properties: { publicNetworkAccess: "[parameters('access')]" },
        },
      ],
    });
    const v = result.resources[0].get('properties.publicNetworkAccess');
    expect(v).toMatchObject({ kind: 'unknown', expression: "[parameters('access')]" });
    expect(v.kind === 'unknown' && v.reason).toContain('allowed: Enabled, Disabled');
  });

  it('marks values of secure parameters and everything derived from them', () => {
    const result = parse({
      parameters: { secret: { type: 'securestring', defaultValue: 'hunter2' } },
      resources: [
        { type: HSM, apiVersion: '2025-05-01', name: "[concat('h-', parameters('secret'))]", properties: {} },
      ],
    });
    expect(result.resources[0].name).toMatchObject({ kind: 'known', secure: true });
    expect(result.resources[0].displayName).toBe('***');
  });

  it('come from the conventional parameters file beside the template, then configuration, then --parameters', () => {
    const body = {
      parameters: { access: { type: 'string', defaultValue: 'Disabled' }, name: { type: 'string' } },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: "[parameters('name')]",
          properties: {
            publicNetworkAccess: "[parameters('access')]",
            enablePurgeProtection: true,
            networkAcls: { defaultAction: 'Deny' },
          },
        },
      ],
    };
    const paramsFile = (values: Record<string, unknown>) =>
      JSON.stringify({
        $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
        contentVersion: '1.0.0.0',
        parameters: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { value: v }])),
      });
    const files = {
      'infra/main.json': template(body),
      'infra/main.parameters.json': paramsFile({ name: 'from-file', access: 'Enabled' }),
      'prod.parameters.json': paramsFile({ access: 'Enabled' }),
    };
    const beside = scanTree(files, ['infra']);
    const access = (r: typeof beside) => r.findings.filter((f) => f.ruleId === 'public-network-access');
    expect(access(beside).map((f) => [f.ruleId, f.resource?.name, f.range.file])).toEqual([
      ['public-network-access', 'from-file', 'infra/main.json'], // reported where the resource uses the value
    ]);
    const configured = scanTree(files, ['infra'], { parameters: { 'infra/**': { access: 'Disabled' } } });
    expect(access(configured)).toEqual([]);
    const explicit = scanTree(files, ['infra'], { parameters: { 'infra/**': { access: 'Disabled' } } }, [
      'prod.parameters.json',
    ]);
    expect(access(explicit)).toHaveLength(1);
  });
});

describe('variables', () => {
  it('evaluate lazily, including copy variables, and keep known parts of partly unknown objects', () => {
    const result = parse({
      parameters: { ips: { type: 'array' } },
      variables: {
        acls: { defaultAction: 'Allow', ipRules: "[parameters('ips')]" },
        suffix: "[toUpper('x')]",
        copy: [{ name: 'regions', count: 2, input: { name: "[concat('r', copyIndex('regions'))]" } }],
      },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: "[concat('h', variables('suffix'))]",
          properties: { networkAcls: "[variables('acls')]", regions: "[variables('regions')]" },
        },
      ],
    });
    const r = result.resources[0];
    expect(r.displayName).toBe('hX');
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({ kind: 'known', value: 'Allow' });
    expect(r.get('properties.networkAcls.ipRules').kind).toBe('unknown');
    expect(r.get('properties.regions')).toMatchObject({
      kind: 'known',
      value: [{ name: 'r0' }, { name: 'r1' }],
    });
  });

  it('that refer to themselves are unknown, never a hang', () => {
    const result = parse({
      variables: { a: "[variables('b')]", b: "[variables('a')]" },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: 'h',
          properties: { publicNetworkAccess: "[variables('a')]" },
        },
      ],
    });
    expect(result.resources[0].get('properties.publicNetworkAccess').kind).toBe('unknown');
  });
});

describe('loops and conditions', () => {
  it('expand resource copy loops with copyIndex', () => {
    const result = parse({
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: "[format('hsm-{0}', copyIndex(1))]",
          copy: { name: 'hsms', count: 3 },
          properties: {},
        },
      ],
    });
    expect(result.resources.map((r) => r.displayName)).toEqual(['hsm-1', 'hsm-2', 'hsm-3']);
    expect(new Set(result.resources.map((r) => r.key)).size).toBe(3);
  });

  it('keep one resource for a loop whose count is unknown', () => {
    const result = parse({
      parameters: { n: { type: 'int' } },
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: "[format('hsm-{0}', copyIndex())]",
          copy: { name: 'hsms', count: "[parameters('n')]" },
          properties: {},
        },
      ],
    });
    expect(result.resources).toHaveLength(1);
    expect(result.resources[0].loop).toContain("copy loop 'hsms'");
  });

  it('expand property copy loops', () => {
    const result = parse({
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: 'h',
          properties: {
            networkAcls: {
              copy: [
                {
                  name: 'ipRules',
                  count: 2,
                  input: { value: "[format('10.0.{0}.0/24', copyIndex('ipRules'))]" },
                },
              ],
            },
          },
        },
      ],
    });
    expect(result.resources[0].get('properties.networkAcls.ipRules')).toMatchObject({
      kind: 'known',
      value: [{ value: '10.0.0.0/24' }, { value: '10.0.1.0/24' }],
    });
  });

  it('skip provably false conditions, and keep parameter-driven ones as conditional', () => {
    const result = parse({
      parameters: { deploy: { type: 'bool', defaultValue: false }, on: { type: 'bool', defaultValue: true } },
      resources: [
        { type: HSM, apiVersion: '2025-05-01', name: 'never', condition: "[equals('a', 'b')]" },
        { type: HSM, apiVersion: '2025-05-01', name: 'always', condition: "[equals('a', 'a')]" },
        { type: HSM, apiVersion: '2025-05-01', name: 'off-by-default', condition: "[parameters('deploy')]" },
        { type: HSM, apiVersion: '2025-05-01', name: 'on-by-default', condition: "[parameters('on')]" },
      ],
    });
    expect(result.resources.map((r) => [r.displayName, r.conditional])).toEqual([
      ['always', undefined],
      ['off-by-default', "[parameters('deploy')] (false with the default of parameter 'deploy')"],
      ['on-by-default', "[parameters('on')]"],
    ]);
  });

  it('evaluate apiVersion and names from variables, as the Azure SDK test templates do', () => {
    const result = parse({
      variables: { v: '2021-10-01', n: "[concat('base', 'hsm')]" },
      resources: [{ type: HSM, apiVersion: "[variables('v')]", name: "[variables('n')]", properties: {} }],
    });
    expect(result.resources[0].apiVersion).toBe('2021-10-01');
    expect(result.resources[0].displayName).toBe('basehsm');
    expect(result.resources[0].get('properties.publicNetworkAccess').kind).toBe('absent'); // no default before 2023-07-01
  });
});

describe('nested deployments', () => {
  const nestedHsm = {
    type: HSM,
    apiVersion: '2025-05-01',
    name: "[parameters('hsmName')]",
    properties: { publicNetworkAccess: "[parameters('access')]" },
  };

  it('inner scope: parameters are passed down from the parent', () => {
    const result = parse({
      parameters: { access: { type: 'string', defaultValue: 'Enabled' } },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'nested',
          properties: {
            mode: 'Incremental',
            expressionEvaluationOptions: { scope: 'inner' },
            parameters: { hsmName: { value: 'inner-hsm' }, access: { value: "[parameters('access')]" } },
            template: {
              $schema: SCHEMA,
              contentVersion: '1.0.0.0',
              parameters: { hsmName: { type: 'string' }, access: { type: 'string' } },
              resources: [nestedHsm],
            },
          },
        },
      ],
    });
    const hsm = result.resources.find((r) => r.isType(HSM))!;
    expect(hsm.displayName).toBe('inner-hsm');
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({
      kind: 'known',
      value: 'Enabled',
      parameter: 'access',
    });
  });

  it('outer scope: the nested template sees the parent parameters', () => {
    const result = parse({
      parameters: {
        hsmName: { type: 'string', defaultValue: 'outer-hsm' },
        access: { type: 'string', defaultValue: 'Disabled' },
      },
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'nested',
          properties: {
            mode: 'Incremental',
            template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [nestedHsm] },
          },
        },
      ],
    });
    expect(result.resources.find((r) => r.isType(HSM))?.displayName).toBe('outer-hsm');
  });

  it('linked by relative path: read from the local file, ranges in that file', () => {
    const linked = template({
      parameters: { hsmName: { type: 'string' }, access: { type: 'string' } },
      resources: [nestedHsm],
    });
    const main = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'linked',
          properties: {
            mode: 'Incremental',
            templateLink: { relativePath: 'modules/hsm.json' },
            parameters: { hsmName: { value: 'linked-hsm' }, access: { value: 'Enabled' } },
          },
        },
      ],
    });
    const result = scanTree({ 'main.json': main, 'modules/hsm.json': linked }, ['main.json']);
    const finding = result.findings.find((f) => f.ruleId === 'public-network-access')!;
    expect(finding.resource?.name).toBe('linked-hsm');
    expect(finding.range.file).toBe('modules/hsm.json'); // where the linked template sets the property
  });

  it('report linked template cycles and remote links without failing', () => {
    const a = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'a',
          properties: { mode: 'Incremental', templateLink: { relativePath: 'b.json' } },
        },
      ],
    });
    const b = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'b',
          properties: { mode: 'Incremental', templateLink: { relativePath: 'a.json' } },
        },
      ],
    });
    const remote = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'r',
          properties: { mode: 'Incremental', templateLink: { uri: 'https://example.com/t.json' } },
        },
      ],
    });
    const result = scanTree({ 'a.json': a, 'b.json': b, 'remote.json': remote }, ['a.json', 'remote.json']);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['parse-error', 'unresolved']);
    expect(result.findings.find((f) => f.ruleId === 'parse-error')?.message).toMatch(
      /cycle: a\.json -> b\.json -> a\.json/,
    );
    expect(result.findings.find((f) => f.ruleId === 'unresolved')?.message).toMatch(
      /https:\/\/example\.com\/t\.json is not a local file/,
    );
  });

  it('never read files outside the scanned folders', () => {
    const main = template({
      resources: [
        {
          type: 'Microsoft.Resources/deployments',
          apiVersion: '2022-09-01',
          name: 'x',
          properties: { mode: 'Incremental', templateLink: { relativePath: '../../../../etc/passwd' } },
        },
      ],
    });
    const result = scanTree({ 'main.json': main }, ['main.json']);
    expect(result.findings[0]).toMatchObject({ ruleId: 'unresolved' });
    expect(result.findings[0].message).toMatch(/outside the scanned folders/);
  });
});

describe('graph links through evaluated ids', () => {
  it('links private endpoints, diagnostic settings (both forms) and keys to their HSM', () => {
    const result = parse({
      parameters: { hsmName: { type: 'string', defaultValue: 'hsm1' } },
      resources: [
        { type: HSM, apiVersion: '2025-05-01', name: "[parameters('hsmName')]", properties: {} },
        {
          type: 'Microsoft.Network/privateEndpoints',
          apiVersion: '2023-04-01',
          name: 'pe',
          properties: {
            privateLinkServiceConnections: [
              {
                name: 'c',
                properties: {
                  privateLinkServiceId:
                    "[resourceId('Microsoft.KeyVault/managedHSMs', parameters('hsmName'))]",
                  groupIds: ['managedhsm'],
                },
              },
            ],
          },
        },
        {
          type: 'Microsoft.Insights/diagnosticSettings',
          apiVersion: '2021-05-01-preview',
          name: 'd1',
          scope: "[format('Microsoft.KeyVault/managedHSMs/{0}', parameters('hsmName'))]",
          properties: {},
        },
        {
          type: 'Microsoft.KeyVault/managedHSMs/providers/diagnosticSettings',
          apiVersion: '2021-05-01-preview',
          name: "[concat(parameters('hsmName'), '/Microsoft.Insights/d2')]",
          properties: {},
        },
        {
          type: 'Microsoft.KeyVault/managedHSMs/keys',
          apiVersion: '2025-05-01',
          name: "[concat(parameters('hsmName'), '/key1')]",
          properties: {},
        },
      ],
    });
    const graph = new Graph(result.resources);
    linkResources(graph);
    const hsm = result.resources[0];
    expect(graph.linkedTo(hsm, 'private-endpoint').map((r) => r.displayName)).toEqual(['pe']);
    expect(graph.linkedTo(hsm, 'diagnostic-setting').map((r) => r.displayName)).toEqual(['d1', 'd2']);
    expect(graph.parentOf(result.resources[4])).toBe(hsm);
  });
});

describe('links the evaluator cannot resolve fully', () => {
  it('link by the expression that names the target when a parameter has no value', () => {
    const result = parse({
      parameters: { hsmName: { type: 'string' } },
      resources: [
        { type: HSM, apiVersion: '2025-05-01', name: "[parameters('hsmName')]", properties: {} },
        {
          type: 'Microsoft.Network/privateEndpoints',
          apiVersion: '2023-04-01',
          name: 'pe',
          properties: {
            privateLinkServiceConnections: [
              {
                name: 'c',
                properties: {
                  privateLinkServiceId:
                    "[resourceId('Microsoft.KeyVault/managedHSMs', parameters( 'hsmName' ))]",
                  groupIds: ['managedhsm'],
                },
              },
            ],
          },
        },
      ],
    });
    const graph = new Graph(result.resources);
    linkResources(graph);
    expect(graph.linkedTo(result.resources[0], 'private-endpoint').map((r) => r.displayName)).toEqual(['pe']);
  });

  it('read diagnostic settings nested under the HSM in the provider form', () => {
    const result = parse({
      resources: [
        {
          type: HSM,
          apiVersion: '2025-05-01',
          name: 'hsm1',
          properties: {},
          resources: [
            {
              type: 'providers/diagnosticSettings',
              apiVersion: '2021-05-01-preview',
              name: 'Microsoft.Insights/audit',
              properties: {},
            },
          ],
        },
      ],
    });
    const setting = result.resources[1];
    expect(setting.type).toBe('Microsoft.Insights/diagnosticSettings');
    expect(setting.get('scope')).toMatchObject({
      kind: 'known',
      value: 'Microsoft.KeyVault/managedHSMs/hsm1',
    });
    const graph = new Graph(result.resources);
    linkResources(graph);
    expect(graph.linkedTo(result.resources[0], 'diagnostic-setting')).toEqual([setting]);
  });

  it('default omitted keySize to 4096 for key exchange keys and 2048 for other RSA keys', () => {
    const key = (properties: Record<string, unknown>) =>
      parse({
        resources: [{ type: `${HSM}/keys`, apiVersion: '2025-05-01', name: 'h/k', properties }],
      }).resources[0].get('properties.keySize');
    expect(key({ kty: 'RSA-HSM', keyOps: ['import'] })).toMatchObject({ kind: 'default', value: 4096 });
    expect(key({ kty: 'RSA', keyOps: ['sign'] })).toMatchObject({ kind: 'default', value: 2048 });
    expect(key({ kty: 'RSA-HSM', keyOps: "[parameters('ops')]" }).kind).toBe('absent');
    expect(key({ kty: 'EC-HSM' }).kind).toBe('absent');
  });
});

describe('provenance of judged values', () => {
  const hsmWith = (parameters: Record<string, unknown>, properties: Record<string, unknown>) =>
    parse({ parameters, resources: [{ type: HSM, apiVersion: '2025-05-01', name: 'h', properties }] })
      .resources[0];

  it('names a parameter default used inside an array or object', () => {
    const r = hsmWith(
      { group: { type: 'string', defaultValue: 'vault' } },
      { groupIds: ['managedhsm', "[parameters('group')]"] },
    );
    expect(r.get('properties.groupIds')).toMatchObject({ kind: 'known', parameter: 'group' });
  });

  it('keeps the parameter on values that stay unknown', () => {
    const r = hsmWith(
      { role: { type: 'string', defaultValue: '21dbd100-6940-42c2-9190-5d6cb909625b' } },
      {
        roleDefinitionId:
          "[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', parameters('role'))]",
      },
    );
    expect(r.get('properties.roleDefinitionId')).toMatchObject({ kind: 'unknown', parameter: 'role' });
  });

  it('names the parameter whose default object omits a property', () => {
    const r = hsmWith(
      { acls: { type: 'object', defaultValue: { bypass: 'AzureServices' } } },
      { networkAcls: "[parameters('acls')]" },
    );
    expect(r.get('properties.networkAcls.defaultAction')).toMatchObject({
      kind: 'default',
      value: 'Allow',
      parameter: 'acls',
    });
    expect(r.get('properties.networkAcls.ipRules')).toMatchObject({ kind: 'absent', parameter: 'acls' });
  });

  it('masks a whole object when any part of it is secure', () => {
    const r = hsmWith(
      { secret: { type: 'securestring', defaultValue: 'hunter2' } },
      { tags: { a: 'x', b: "[parameters('secret')]" } },
    );
    const tags = r.get('properties.tags');
    expect(tags).toMatchObject({ kind: 'known', secure: true });
  });
});
