import { describe, expect, it } from '@jest/globals';
import { parseBicep, type Decorator } from '../../../src/sources/bicep/index.js';
import { declaration, messages, parseOk, shape, strip } from './helpers.js';

function decorators(list: Decorator[]): string[] {
  return list.map((d) => `${d.namespace ? `${d.namespace}.` : ''}${d.name}(${d.arguments.length})`);
}

describe('bicep declarations: scope, metadata, parameters, variables', () => {
  it('reads targetScope', () => {
    const program = parseOk("targetScope = 'subscription'");
    expect(strip(declaration(program, 0, 'TargetScopeDeclaration').value)).toEqual({
      kind: 'StringLiteral',
      value: 'subscription',
      multiline: false,
    });
  });

  it('reads metadata with an object value', () => {
    const decl = declaration(
      parseOk("metadata info = { owner: 'sec', version: 2 }"),
      0,
      'MetadataDeclaration',
    );
    expect(decl.name.name).toBe('info');
    expect(shape(decl.value)).toBe("{owner:'sec' version:2}");
  });

  it('reads a parameter without a default', () => {
    const decl = declaration(parseOk('param hsmName string'), 0, 'ParameterDeclaration');
    expect(decl.name.name).toBe('hsmName');
    expect(strip(decl.type)).toEqual({ kind: 'TypeReference', name: { kind: 'Identifier', name: 'string' } });
    expect(decl.defaultValue).toBeNull();
  });

  it('reads a parameter with a default value', () => {
    const decl = declaration(parseOk('param retention int = 90'), 0, 'ParameterDeclaration');
    expect(decl.defaultValue && shape(decl.defaultValue)).toBe('90');
  });

  it.each([
    ['@secure()', 'secure(0)'],
    ["@allowed([\n  'a'\n  'b'\n])", 'allowed(1)'],
    ['@minValue(7)', 'minValue(1)'],
    ['@maxValue(90)', 'maxValue(1)'],
    ['@minLength(3)', 'minLength(1)'],
    ['@maxLength(24)', 'maxLength(1)'],
    ["@description('The name')", 'description(1)'],
    ["@metadata({ owner: 'x' })", 'metadata(1)'],
    ["@sys.description('x')", 'sys.description(1)'],
    ['@custom.namespace.deco(1, 2)', 'deco(2)'],
  ])('reads the decorator %s', (text, expected) => {
    const decl = declaration(parseOk(`${text}\nparam p string`), 0, 'ParameterDeclaration');
    expect(decorators(decl.decorators)).toEqual([expected]);
  });

  it('keeps several decorators in order, with blank lines and comments between them', () => {
    const decl = declaration(
      parseOk("@secure()\n\n// why\n@description('x')\n@minLength(1)\nparam p string"),
      0,
      'ParameterDeclaration',
    );
    expect(decorators(decl.decorators)).toEqual(['secure(0)', 'description(1)', 'minLength(1)']);
  });

  it('reads the arguments of an @allowed decorator', () => {
    const decl = declaration(
      parseOk("@allowed(['Standard_B1', 'Custom_B32'])\nparam sku string"),
      0,
      'ParameterDeclaration',
    );
    expect(shape(decl.decorators[0].arguments[0])).toBe("['Standard_B1' 'Custom_B32']");
  });

  it('reads a variable', () => {
    const decl = declaration(parseOk("var name = 'hsm-${suffix}'"), 0, 'VariableDeclaration');
    expect(decl.type).toBeNull();
    expect(shape(decl.value)).toBe('(interp suffix)');
  });

  it('reads a variable with a declared type', () => {
    const decl = declaration(parseOk("var names string[] = ['a']"), 0, 'VariableDeclaration');
    expect(decl.type?.kind).toBe('ArrayType');
  });

  it('reads an @export() variable', () => {
    const decl = declaration(parseOk('@export()\nvar x = 1'), 0, 'VariableDeclaration');
    expect(decorators(decl.decorators)).toEqual(['export(0)']);
  });
});

describe('bicep declarations: resources and modules', () => {
  it('reads a resource with its type string and body', () => {
    const decl = declaration(
      parseOk("resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'hsm'\n}"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.name.name).toBe('hsm');
    expect(strip(decl.type)).toEqual({
      kind: 'StringLiteral',
      value: 'Microsoft.KeyVault/managedHSMs@2025-05-01',
      multiline: false,
    });
    expect(decl.existing).toBe(false);
    expect(decl.value.kind).toBe('ObjectExpression');
  });

  it('reads an existing resource', () => {
    const decl = declaration(
      parseOk("resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {\n  name: 'kv'\n}"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.existing).toBe(true);
  });

  it('reads a resource type with interpolation', () => {
    const decl = declaration(parseOk("resource r '${ns}/things@2024-01-01' = {}"), 0, 'ResourceDeclaration');
    expect(decl.type.kind).toBe('InterpolatedString');
  });

  it('reads a conditional resource', () => {
    const decl = declaration(
      parseOk("resource r 'T@1' = if (deploy && !skip) {\n  name: 'x'\n}"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.value.kind).toBe('IfCondition');
    if (decl.value.kind !== 'IfCondition') return;
    expect(shape(decl.value.condition)).toBe('(&& deploy (! skip))');
    expect(shape(decl.value.body)).toBe("{name:'x'}");
  });

  it('allows the condition on the line after =', () => {
    const decl = declaration(
      parseOk("resource r 'T@1' =\n  if (deploy) {\n  name: 'x'\n}"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.value.kind).toBe('IfCondition');
  });

  it('allows new lines inside the condition parentheses', () => {
    const decl = declaration(parseOk("resource r 'T@1' = if (\n  deploy\n) {}"), 0, 'ResourceDeclaration');
    expect(decl.value.kind).toBe('IfCondition');
  });

  it('reads a resource loop', () => {
    const decl = declaration(
      parseOk("resource r 'T@1' = [for name in names: {\n  name: name\n}]"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.value.kind === 'ForExpression' && shape(decl.value)).toBe('(for name names {name:name})');
  });

  it('reads a resource loop with a filter', () => {
    const decl = declaration(
      parseOk("resource r 'T@1' = [for (k, i) in keys: if (k.enabled) {\n  name: k.name\n}]"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.value.kind === 'ForExpression' && shape(decl.value)).toBe(
      '(for k i keys (if (. k enabled) {name:(. k name)}))',
    );
  });

  it('reads a loop over range()', () => {
    const decl = declaration(
      parseOk("resource r 'T@1' = [for i in range(0, 3): {\n  name: 'r${i}'\n}]"),
      0,
      'ResourceDeclaration',
    );
    expect(decl.value.kind === 'ForExpression' && shape(decl.value.iterable)).toBe('(call range 0 3)');
  });

  it('reads nested child resources, with decorators, and parent references', () => {
    const program = parseOk(
      [
        "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
        "  name: 'hsm'",
        '  @batchSize(1)',
        "  resource key 'keys' = {",
        "    name: 'k1'",
        "    resource version 'versions' = {",
        "      name: 'v1'",
        '    }',
        '  }',
        '}',
        "resource other 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {",
        '  parent: hsm',
        "  name: 'k2'",
        '}',
      ].join('\n'),
    );
    const hsm = declaration(program, 0, 'ResourceDeclaration');
    expect(hsm.value.kind).toBe('ObjectExpression');
    if (hsm.value.kind !== 'ObjectExpression') return;
    const key = hsm.value.properties[1];
    expect(key.kind).toBe('ResourceDeclaration');
    if (key.kind !== 'ResourceDeclaration') return;
    expect(key.name.name).toBe('key');
    expect(decorators(key.decorators)).toEqual(['batchSize(1)']);
    expect(key.value.kind === 'ObjectExpression' && shape(key.value)).toBe("{name:'k1' resource version}");
    const other = declaration(program, 1, 'ResourceDeclaration');
    expect(other.value.kind === 'ObjectExpression' && shape(other.value)).toBe("{parent:hsm name:'k2'}");
  });

  it('reads a property named resource in a resource body', () => {
    const decl = declaration(parseOk("resource r 'T@1' = {\n  resource: 'x'\n}"), 0, 'ResourceDeclaration');
    expect(decl.value.kind === 'ObjectExpression' && shape(decl.value)).toBe("{resource:'x'}");
  });

  it('reads nested resources in the body of a condition and of a loop', () => {
    const program = parseOk(
      "resource a 'T@1' = if (c) {\n  resource b 'x' = {}\n}\nresource d 'T@1' = [for x in y: {\n  resource e 'x' = {}\n}]",
    );
    const a = declaration(program, 0, 'ResourceDeclaration');
    expect(a.value.kind === 'IfCondition' && a.value.body.properties[0].kind).toBe('ResourceDeclaration');
    const d = declaration(program, 1, 'ResourceDeclaration');
    expect(
      d.value.kind === 'ForExpression' &&
        d.value.body.kind === 'ObjectExpression' &&
        d.value.body.properties[0].kind,
    ).toBe('ResourceDeclaration');
  });

  it('does not read resource declarations in a property value', () => {
    expect(messages("resource a 'T@1' = {\n  p: {\n    resource b 'x' = {}\n  }\n}")).toEqual([
      "3:14 expected ':' after the property name, found 'b'",
    ]);
  });

  it('reads a module with scope and params', () => {
    const decl = declaration(
      parseOk("module m './m.bicep' = {\n  name: 'm'\n  scope: resourceGroup('rg')\n  params: { a: 1 }\n}"),
      0,
      'ModuleDeclaration',
    );
    expect(decl.path.kind === 'StringLiteral' && decl.path.value).toBe('./m.bicep');
    expect(decl.value.kind === 'ObjectExpression' && shape(decl.value)).toBe(
      "{name:'m' scope:(call resourceGroup 'rg') params:{a:1}}",
    );
  });

  it('reads a conditional module and a module loop with @batchSize', () => {
    const program = parseOk(
      "module a 'br/public:avm/res/x:1.0.0' = if (on) {\n  name: 'a'\n}\n@batchSize(2)\nmodule b './b.bicep' = [for i in range(0, 4): {\n  name: 'b${i}'\n}]",
    );
    expect(declaration(program, 0, 'ModuleDeclaration').value.kind).toBe('IfCondition');
    const b = declaration(program, 1, 'ModuleDeclaration');
    expect(decorators(b.decorators)).toEqual(['batchSize(1)']);
    expect(b.value.kind).toBe('ForExpression');
  });

  it('does not read nested resources in a module body', () => {
    expect(messages("module m './m.bicep' = {\n  resource r 'x' = {}\n}")).toEqual([
      "2:12 expected ':' after the property name, found 'r'",
    ]);
  });
});

describe('bicep declarations: outputs, types, functions', () => {
  it('reads an output', () => {
    const decl = declaration(parseOk('output id string = hsm.id'), 0, 'OutputDeclaration');
    expect(decl.name.name).toBe('id');
    expect(shape(decl.value)).toBe('(. hsm id)');
  });

  it('reads a resource output, with and without the type string', () => {
    const program = parseOk(
      "output r resource 'Microsoft.KeyVault/managedHSMs@2025-05-01' = hsm\noutput s resource = hsm",
    );
    const r = declaration(program, 0, 'OutputDeclaration');
    expect(r.type.kind === 'ResourceType' && r.type.typeString?.kind).toBe('StringLiteral');
    const s = declaration(program, 1, 'OutputDeclaration');
    expect(strip(s.type)).toEqual({ kind: 'ResourceType', typeString: null });
  });

  it('reads an output loop', () => {
    const decl = declaration(parseOk('output names array = [for k in keys: k.name]'), 0, 'OutputDeclaration');
    expect(shape(decl.value)).toBe('(for k keys (. k name))');
  });

  it('reads a type declaration with @export() and @sealed()', () => {
    const decl = declaration(
      parseOk('@export()\n@sealed()\ntype t = {\n  a: string\n}'),
      0,
      'TypeDeclaration',
    );
    expect(decorators(decl.decorators)).toEqual(['export(0)', 'sealed(0)']);
    expect(decl.value.kind).toBe('ObjectType');
  });

  it("reads a tagged union with @discriminator('kind')", () => {
    const decl = declaration(
      parseOk("@discriminator('kind')\ntype u = { kind: 'a', x: int } | { kind: 'b', y: string }"),
      0,
      'TypeDeclaration',
    );
    expect(decorators(decl.decorators)).toEqual(['discriminator(1)']);
    expect(decl.value.kind === 'UnionType' && decl.value.members.map((m) => m.kind)).toEqual([
      'ObjectType',
      'ObjectType',
    ]);
  });

  it('reads a user-defined function', () => {
    const decl = declaration(
      parseOk("func keyUri(base string, name string) string => '${base}keys/${name}'"),
      0,
      'FunctionDeclaration',
    );
    expect(decl.name.name).toBe('keyUri');
    expect(decl.parameters.map((p) => [p.name.name, p.type.kind])).toEqual([
      ['base', 'TypeReference'],
      ['name', 'TypeReference'],
    ]);
    expect(decl.returnType.kind).toBe('TypeReference');
    expect(shape(decl.body)).toBe('(interp base name)');
  });

  it('reads a function without parameters, with typed parameters on several lines', () => {
    const program = parseOk('func zero() int => 0\nfunc sum(\n  a int,\n  b int[]\n) int => a + length(b)');
    expect(declaration(program, 0, 'FunctionDeclaration').parameters).toEqual([]);
    expect(declaration(program, 1, 'FunctionDeclaration').parameters.map((p) => p.type.kind)).toEqual([
      'TypeReference',
      'ArrayType',
    ]);
  });

  it('reads a function body on the line after =>', () => {
    const decl = declaration(parseOk('func f() int =>\n  42'), 0, 'FunctionDeclaration');
    expect(shape(decl.body)).toBe('42');
  });
});

describe('bicep declarations: imports and extensions', () => {
  it('reads imported symbols with aliases', () => {
    const decl = declaration(parseOk("import { a, b as c } from './x.bicep'"), 0, 'ImportDeclaration');
    expect(
      decl.symbols?.map((s) => [
        s.name.kind === 'Identifier' ? s.name.name : s.name.value,
        s.alias?.name ?? null,
      ]),
    ).toEqual([
      ['a', null],
      ['b', 'c'],
    ]);
    expect(decl.namespace).toBeNull();
    expect(decl.from.kind === 'StringLiteral' && decl.from.value).toBe('./x.bicep');
  });

  it('reads imported symbols on several lines and a quoted name with an alias', () => {
    const decl = declaration(
      parseOk("import {\n  a\n  'b-c' as bc\n} from 'br/public:x:1.0'"),
      0,
      'ImportDeclaration',
    );
    expect(decl.symbols?.map((s) => s.name.kind)).toEqual(['Identifier', 'StringLiteral']);
  });

  it('reads a wildcard import', () => {
    const decl = declaration(parseOk("import * as shared from './shared.bicep'"), 0, 'ImportDeclaration');
    expect(decl.symbols).toBeNull();
    expect(decl.namespace?.name).toBe('shared');
  });

  it('requires an alias for a quoted imported name', () => {
    expect(messages("import { 'a-b' } from './x.bicep'")).toEqual([
      "1:16 a symbol imported by a quoted name needs an alias: 'name' as alias",
    ]);
  });

  it.each([
    ['extension microsoftGraphV1', 'extension', 'Identifier', false, null],
    [
      "extension 'br:mcr.microsoft.com/bicep/extensions/kubernetes:1.0' with {\n  namespace: 'x'\n} as k8s",
      'extension',
      'StringLiteral',
      true,
      'k8s',
    ],
    ["extension kubernetes with { kubeConfig: 'x' } as k8s", 'extension', 'Identifier', true, 'k8s'],
    ["provider 'az@1.0.0'", 'provider', 'StringLiteral', false, null],
    ['provider microsoftGraph as graph', 'provider', 'Identifier', false, 'graph'],
    ["import 'az@1.0.0'", 'import', 'StringLiteral', false, null],
  ])('reads %j', (text, keyword, specification, hasConfig, alias) => {
    const decl = declaration(parseOk(text), 0, 'ExtensionDeclaration');
    expect([decl.keyword, decl.specification.kind, decl.config !== null, decl.alias?.name ?? null]).toEqual([
      keyword,
      specification,
      hasConfig,
      alias,
    ]);
  });

  it('reads test and assert declarations', () => {
    const program = parseOk("test t './main.bicep' = {\n  params: {}\n}\nassert ok = length(name) < 24");
    expect(declaration(program, 0, 'TestDeclaration').path.kind).toBe('StringLiteral');
    expect(shape(declaration(program, 1, 'AssertDeclaration').value)).toBe('(< (call length name) 24)');
  });
});

describe('bicep declarations: .bicepparam files', () => {
  it('reads using and parameter assignments by the file name', () => {
    const program = parseOk(
      "using './main.bicep'\nparam hsmName = 'hsm'\nparam retention = 90",
      'prod.bicepparam',
    );
    expect(program.mode).toBe('bicepparam');
    const using = declaration(program, 0, 'UsingDeclaration');
    expect(using.path?.kind === 'StringLiteral' && using.path.value).toBe('./main.bicep');
    const assignment = declaration(program, 1, 'ParameterAssignment');
    expect([assignment.name.name, shape(assignment.value)]).toEqual(['hsmName', "'hsm'"]);
  });

  it('reads using none, using with a config, extends, var, import and type', () => {
    const program = parseOk(
      "using none with { experimental: true }\nextends './base.bicepparam'\nvar x = 1\nimport * as t from './types.bicep'\ntype n = int",
      'a.bicepparam',
    );
    const using = declaration(program, 0, 'UsingDeclaration');
    expect([using.path, using.config?.kind]).toEqual([null, 'ObjectExpression']);
    expect(program.declarations.map((d) => d.kind)).toEqual([
      'UsingDeclaration',
      'ExtendsDeclaration',
      'VariableDeclaration',
      'ImportDeclaration',
      'TypeDeclaration',
    ]);
  });

  it('reads extensionConfig', () => {
    const program = parseOk(
      "using './main.bicep'\nextensionConfig k8s with {\n  namespace: 'x'\n}",
      'p.bicepparam',
    );
    expect(declaration(program, 1, 'ExtensionConfigAssignment').alias.name).toBe('k8s');
  });

  it('can be asked for explicitly', () => {
    expect(parseBicep('param a = 1', 'x.txt', { mode: 'bicepparam' }).diagnostics).toEqual([]);
  });

  it('rejects template declarations in a parameters file and parameters-file declarations in a template', () => {
    expect(messages("resource r 'T@1' = {}", 'p.bicepparam')).toEqual([
      "1:1 'resource' declarations are not allowed in a .bicepparam file",
    ]);
    expect(messages("using './main.bicep'", 'main.bicep')).toEqual([
      "1:1 'using' declarations belong in a .bicepparam file",
    ]);
  });

  it('reads param x = value in a template as a parameter without a type', () => {
    expect(messages('param x = 1')).toEqual([
      "1:9 expected the parameter type after the parameter name, found '='",
    ]);
  });
});
