import { describe, expect, it } from '@jest/globals';
import { TYPES } from '../../../src/model/resource.js';
import { evaluate, evaluateFiles, linked, resource } from './evaluate-helpers.js';

const HSM = (body: string, header = "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' =") =>
  `${header} {\n${body}\n}\n`;

describe('Bicep resources', () => {
  it('become model resources with key, symbol, type, api version, range and platform defaults', () => {
    const parsed = evaluate(
      [
        '// a comment',
        "@description('the pool')",
        HSM(
          "  name: 'hsm1'\n  location: 'westeurope'\n  properties: {\n    enablePurgeProtection: true\n  }",
        ),
      ].join('\n'),
    );
    expect(parsed.problems).toEqual([]);
    const hsm = resource(parsed, 'hsm');
    expect(hsm).toMatchObject({
      key: 'bicep:main.bicep#hsm',
      type: TYPES.managedHsm,
      apiVersion: '2025-05-01',
      surface: 'bicep',
      symbol: 'hsm',
      existing: false,
      name: { kind: 'known', value: 'hsm1', range: { start: { line: 4, column: 3 } } },
    });
    // The range starts at the `resource` keyword, after the decorators.
    expect(hsm.range).toEqual({
      file: 'main.bicep',
      start: { line: 3, column: 1 },
      end: { line: 9, column: 2 },
    });
    expect(hsm.get('properties.enablePurgeProtection')).toMatchObject({
      kind: 'known',
      value: true,
      range: { start: { line: 7, column: 5 }, end: { line: 7, column: 32 } },
    });
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'default', value: 'Enabled' });
  });

  it('marks existing resources, which get no platform defaults', () => {
    const parsed = evaluate(
      HSM("  name: 'shared'", "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' existing ="),
    );
    const hsm = resource(parsed, 'hsm');
    expect(hsm.existing).toBe(true);
    expect(hsm.get('properties.publicNetworkAccess').kind).toBe('absent');
  });

  describe('conditions', () => {
    const conditional = (condition: string, declarations = '') =>
      evaluate(
        `${declarations}\n${HSM("  name: 'hsm1'", `resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = if (${condition})`)}`,
      );

    it('a literal false condition is never deployed', () => {
      expect(conditional('false').resources).toEqual([]);
      expect(conditional("'a' == 'b'").resources).toEqual([]);
    });

    it('a literal true condition is unconditional', () => {
      expect(resource(conditional('1 < 2'), 'hsm').conditional).toBeUndefined();
    });

    it('a condition on a parameter default stays conditional, saying when the default is false', () => {
      expect(resource(conditional('deploy', 'param deploy bool = true'), 'hsm').conditional).toBe('deploy');
      expect(resource(conditional('deploy', 'param deploy bool = false'), 'hsm').conditional).toBe(
        "deploy (false with the default of parameter 'deploy')",
      );
    });

    it('a condition that cannot be evaluated is the condition text', () => {
      expect(resource(conditional('!empty(subnet)', 'param subnet string'), 'hsm').conditional).toBe(
        '!empty(subnet)',
      );
    });

    it('a value from a parameters file decides the condition', () => {
      const parsed = conditional('deploy', 'param deploy bool = true');
      expect(parsed.resources).toHaveLength(1);
    });
  });

  describe('loops', () => {
    it('one resource per element of a known collection, each with its loop variables', () => {
      const parsed = evaluate(
        "var names = ['a', 'b']\nresource hsms 'Microsoft.KeyVault/managedHSMs@2025-05-01' = [for (n, i) in names: {\n  name: '${n}-${i}'\n}]\n",
      );
      expect(parsed.resources.map((r) => [r.key, r.name.kind === 'known' && r.name.value])).toEqual([
        ['bicep:main.bicep#hsms[0]', 'a-0'],
        ['bicep:main.bicep#hsms[1]', 'b-1'],
      ]);
    });

    it('filters elements with if', () => {
      const parsed = evaluate(
        "var items = [{ n: 'a', on: true }, { n: 'b', on: false }]\nresource hsms 'Microsoft.KeyVault/managedHSMs@2025-05-01' = [for x in items: if (x.on) {\n  name: x.n\n}]\n",
      );
      expect(parsed.resources.map((r) => r.key)).toEqual(['bicep:main.bicep#hsms[0]']);
    });

    it('one resource standing for all when the collection is unknown', () => {
      const parsed = evaluate(
        "param names array\nresource hsms 'Microsoft.KeyVault/managedHSMs@2025-05-01' = [for n in names: {\n  name: n\n  properties: { publicNetworkAccess: 'Disabled' }\n}]\n",
      );
      const hsm = resource(parsed, 'hsms');
      expect(hsm.loop).toBe("the loop over names (parameter 'names' has no value)");
      expect(hsm.name.kind).toBe('unknown');
      expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'known', value: 'Disabled' });
    });
  });

  describe('child resources', () => {
    it('nested: type written short, name and api version from the parent', () => {
      const parsed = evaluate(
        HSM(
          "  name: 'hsm1'\n  resource key 'keys' = {\n    name: 'k1'\n    properties: { kty: 'RSA-HSM' }\n  }",
        ),
      );
      const key = resource(parsed, 'hsm::key');
      expect(key).toMatchObject({
        key: 'bicep:main.bicep#hsm::key',
        type: TYPES.managedHsmKey,
        apiVersion: '2025-05-01',
        name: { kind: 'known', value: 'hsm1/k1' },
        parentKey: 'bicep:main.bicep#hsm',
      });
      expect(linked(parsed).parentOf(key)?.key).toBe('bicep:main.bicep#hsm');
    });

    it('nested with a full type and its own api version, and in a loop', () => {
      const parsed = evaluate(
        HSM(
          "  name: 'hsm1'\n  resource keys 'Microsoft.KeyVault/managedHSMs/keys@2026-05-15' = [for n in ['a', 'b']: {\n    name: n\n  }]",
        ),
      );
      expect(
        parsed.resources
          .filter((r) => r.isType(TYPES.managedHsmKey))
          .map((r) => [r.name.kind === 'known' && r.name.value, r.apiVersion]),
      ).toEqual([
        ['hsm1/a', '2026-05-15'],
        ['hsm1/b', '2026-05-15'],
      ]);
    });

    it('parent: names the parent of a top-level child, also an element of a loop', () => {
      const parsed = evaluate(
        [
          "resource hsms 'Microsoft.KeyVault/managedHSMs@2025-05-01' = [for n in ['x', 'y']: { name: n }]",
          "resource key 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {",
          '  parent: hsms[1]',
          "  name: 'k1'",
          '}',
        ].join('\n'),
      );
      const key = resource(parsed, 'key');
      expect(key.name).toMatchObject({ kind: 'known', value: 'y/k1' });
      expect(key.parentKey).toBe('bicep:main.bicep#hsms[1]');
      expect(key.get('parent').kind).toBe('absent');
    });

    it('a child of a parent with an unknown name keeps its own name and its parent key', () => {
      const parsed = evaluate(
        'param hsmName string\n' + HSM("  name: hsmName\n  resource key 'keys' = {\n    name: 'k1'\n  }"),
      );
      expect(resource(parsed, 'hsm::key')).toMatchObject({
        name: { kind: 'known', value: 'k1' },
        parentKey: 'bicep:main.bicep#hsm',
      });
    });
  });

  describe('references to resources', () => {
    const withProbe = (probe: string, declarations = "param hsmName string = 'hsm1'") =>
      evaluate(
        [
          declarations,
          HSM("  name: hsmName\n  resource key 'keys' = {\n    name: 'k1'\n  }"),
          "resource keys 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = [for n in ['a', 'b']: {",
          '  parent: hsm',
          '  name: n',
          '}]',
          "resource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
          "  name: 'probe'",
          `  properties: { v: ${probe} }`,
          '}',
        ].join('\n'),
      );
    const probe = (expression: string, declarations?: string) =>
      resource(withProbe(expression, declarations), 'probe').get('properties.v');

    it('hsm.id is known only at deployment but names the resource', () => {
      expect(probe('hsm.id')).toMatchObject({
        kind: 'unknown',
        expression: 'hsm.id',
        reason: 'the resource id is known only at deployment time',
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      });
      expect(probe('hsm::key.id')).toMatchObject({
        references: ['Microsoft.KeyVault/managedHSMs/hsm1/keys/k1'],
      });
      expect(probe('keys[1].id')).toMatchObject({
        references: ['Microsoft.KeyVault/managedHSMs/hsm1/keys/b'],
      });
    });

    it('an unknown name is named by its expression, bracketed', () => {
      expect(probe('hsm.id', 'param hsmName string')).toMatchObject({
        kind: 'unknown',
        references: ['Microsoft.KeyVault/managedHSMs/[hsmName]'],
      });
    });

    it('name, type and apiVersion are known; other properties only after deployment', () => {
      expect(probe('hsm.name')).toMatchObject({ kind: 'known', value: 'hsm1', parameter: 'hsmName' });
      expect(probe('hsm::key.name')).toMatchObject({ kind: 'known', value: 'k1' });
      expect(probe('keys[0].name')).toMatchObject({ kind: 'known', value: 'a' });
      expect(probe('hsm.type')).toMatchObject({ kind: 'known', value: 'Microsoft.KeyVault/managedHSMs' });
      expect(probe('hsm.apiVersion')).toMatchObject({ kind: 'known', value: '2025-05-01' });
      expect(probe('hsm.properties.hsmUri')).toMatchObject({
        kind: 'unknown',
        reason: "'hsm.properties' is known only after deployment",
        references: ['Microsoft.KeyVault/managedHSMs/hsm1'],
      });
      expect(probe('hsm.listKeys().primaryKey')).toMatchObject({
        kind: 'unknown',
        reason: 'listKeys() is resolved at deployment time',
      });
      expect(probe('keys[5].name')).toMatchObject({
        kind: 'unknown',
        reason: "index 5 is out of range for resource collection 'keys'",
      });
    });

    it('resourceId() written in Bicep links like the symbol', () => {
      const parsed = evaluate(
        [
          'param hsmName string',
          HSM('  name: hsmName'),
          "resource pe 'Microsoft.Network/privateEndpoints@2023-11-01' = {",
          "  name: 'pe'",
          '  properties: {',
          "    privateLinkServiceConnections: [{ name: 'c', properties: { privateLinkServiceId: resourceId('Microsoft.KeyVault/managedHSMs', hsmName), groupIds: ['managedhsm'] } }]",
          '  }',
          '}',
        ].join('\n'),
      );
      const graph = linked(parsed);
      expect(graph.linkedTo(resource(parsed, 'hsm'), 'private-endpoint').map((r) => r.symbol)).toEqual([
        'pe',
      ]);
    });
  });

  describe('extension resources', () => {
    const scoped = (scope: string, declarations = '') =>
      evaluate(
        [
          declarations,
          HSM('  name: hsmName'),
          "resource diag 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {",
          "  name: 'audit'",
          `  scope: ${scope}`,
          "  properties: { logs: [{ category: 'AuditEvent', enabled: true }] }",
          '}',
        ].join('\n'),
      );

    it('scope: hsm becomes the relative id of the HSM, and links', () => {
      const parsed = scoped('hsm', "param hsmName string = 'hsm1'");
      const diag = resource(parsed, 'diag');
      expect(diag.get('scope')).toMatchObject({
        kind: 'known',
        value: 'Microsoft.KeyVault/managedHSMs/hsm1',
        range: { start: { line: 8, column: 3 } },
      });
      expect(linked(parsed).linkedTo(resource(parsed, 'hsm'), 'diagnostic-setting')).toEqual([diag]);
    });

    it('with an unknown HSM name, scope is unknown but still links', () => {
      const parsed = scoped('hsm', 'param hsmName string');
      expect(resource(parsed, 'diag').get('scope')).toMatchObject({
        kind: 'unknown',
        expression: 'hsm',
        references: ['Microsoft.KeyVault/managedHSMs/[hsmName]'],
      });
      expect(linked(parsed).linkedTo(resource(parsed, 'hsm'), 'diagnostic-setting')).toHaveLength(1);
    });

    it('scope: resourceGroup(...) is not a resource scope', () => {
      const parsed = scoped("resourceGroup('other')", "param hsmName string = 'hsm1'");
      expect(resource(parsed, 'diag').get('scope').kind).toBe('absent');
    });

    it('the provider form becomes the canonical extension type', () => {
      const parsed = evaluate(
        "resource diag 'Microsoft.KeyVault/managedHSMs/providers/diagnosticSettings@2021-05-01-preview' = {\n  name: 'hsm1/Microsoft.Insights/audit'\n}\n",
      );
      const diag = resource(parsed, 'diag');
      expect(diag.type).toBe(TYPES.diagnosticSetting);
      expect(diag.get('scope')).toMatchObject({
        kind: 'known',
        value: 'Microsoft.KeyVault/managedHSMs/hsm1',
      });
    });
  });

  it('@metadata suppressions become resource suppressions', () => {
    const parsed = evaluate(
      [
        '@metadata({',
        "  hsmlint: { disable: [{ rule: 'purge-protection', reason: 'lab HSM, recreated nightly', expires: '2027-03-01' }] }",
        '})',
        '@batchSize(1)',
        HSM("  name: 'hsm1'"),
      ].join('\n'),
    );
    expect(resource(parsed, 'hsm').suppressions).toEqual([
      {
        rule: 'purge-protection',
        reason: 'lab HSM, recreated nightly',
        expires: '2027-03-01',
        range: expect.objectContaining({ file: 'main.bicep', start: { line: 2, column: 24 } }),
      },
    ]);
  });

  it('reports a resource type that is not a literal, syntax errors and hsmlint directives', () => {
    const parsed = evaluate(
      "var t = 'Microsoft.KeyVault/managedHSMs@2025-05-01'\nresource r '${t}' = {\n  name: 'x'\n}\n// hsmlint-disable-next-line purge-protection -- test pool\nvar broken = (\n",
    );
    expect(parsed.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining(['A resource type must be a literal string.']),
    );
    expect(parsed.problems.length).toBeGreaterThan(1);
    expect(parsed.directives).toMatchObject([
      { kind: 'disable-next-line', rules: ['purge-protection'], reason: 'test pool' },
    ]);
  });

  it('evaluates only the resources of relevant types, but reads their children', () => {
    const parsed = evaluate(
      "resource other 'Microsoft.Foo/bars@2024-01-01' = {\n  name: 'x'\n  resource key 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = { name: 'k' }\n}\n",
      { isRelevantType: (type) => type.toLowerCase() === TYPES.managedHsmKey.toLowerCase() },
    );
    expect(parsed.resources.map((r) => r.key)).toEqual(['bicep:main.bicep#other::key']);
  });
});

describe('declarations that refer to themselves end, unknown', () => {
  it.each([
    [
      'a loop over its own elements',
      "resource keys 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = [for i in range(0, length(keys[0].name)): {\n  name: 'k${i}'\n}]\n",
    ],
    [
      'parents of each other',
      "resource a 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {\n  parent: b\n  name: 'a'\n}\nresource b 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {\n  parent: a\n  name: b.name\n}\n",
    ],
    [
      'a module named by itself, passed its own outputs, deployed on its own condition',
      "module m './m.bicep' = if (m.outputs.on) {\n  name: m.name\n  params: { x: m.outputs.x }\n}\n",
    ],
    [
      'two modules passed each other’s outputs',
      "module a './m.bicep' = {\n  name: 'a'\n  params: { x: b.outputs.x }\n}\nmodule b './m.bicep' = {\n  name: 'b'\n  params: { x: a.outputs.x }\n}\n",
    ],
  ])('%s', (_, text) => {
    const parsed = evaluateFiles({
      'main.bicep': text,
      'm.bicep':
        "param x string = ''\noutput x string = x\noutput on bool = true\nresource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: x\n}\n",
    });
    expect(parsed.problems.filter((p) => p.message.startsWith('Internal error'))).toEqual([]);
  });
});
