import { describe, expect, it } from '@jest/globals';
import { displayValue } from '../../../src/model/value.js';
import { parseBicep, translate, type Resolver } from '../../../src/sources/bicep/index.js';
import type { Expr } from '../../../src/sources/arm/expressions/index.js';
import { evaluate, evaluateFiles, known, resource, unknownReason, valueOf } from './evaluate-helpers.js';

/** The ARM expression text a Bicep expression translates to (with every name a parameter). */
function arm(text: string, kinds: Record<string, ReturnType<Resolver['kindOf']>> = {}): string {
  const program = parseBicep(`var x = ${text}`);
  const declaration = program.declarations[0];
  if (declaration.kind !== 'VariableDeclaration') throw new Error('not a variable');
  const resolver: Resolver = {
    kindOf: (name) => kinds[name] ?? (name === 'az' || name === 'sys' ? undefined : 'parameter'),
    isResourceCollection: () => false,
    isModuleCollection: () => false,
    register: () => 0,
  };
  return print(translate(declaration.value, resolver));
}

function print(expr: Expr): string {
  switch (expr.kind) {
    case 'string':
      return `'${expr.value.replace(/'/g, "''")}'`;
    case 'integer':
      return String(expr.value);
    case 'property':
      return `${print(expr.target)}.${expr.name}`;
    case 'index':
      return `${print(expr.target)}[${print(expr.index)}]`;
    case 'call':
      return `${expr.namespace ? `${expr.namespace}.` : ''}${expr.name}(${expr.args.map(print).join(', ')})`;
  }
}

describe('translation of Bicep expressions into ARM expressions', () => {
  it.each([
    ["'text'", "'text'"],
    ['42', '42'],
    ['-42', '-42'],
    ['-x', "sub(0, parameters('x'))"],
    ['true', 'true()'],
    ['null', 'null()'],
    ["'a${x}b${y}'", "format('a{0}b{1}', parameters('x'), parameters('y'))"],
    ["'{literal}${x}'", "format('{{literal}}{0}', parameters('x'))"],
    ['a == b', "equals(parameters('a'), parameters('b'))"],
    ['a != b', "not(equals(parameters('a'), parameters('b')))"],
    ['a =~ b', "equals(toLower(parameters('a')), toLower(parameters('b')))"],
    ['a !~ b', "not(equals(toLower(parameters('a')), toLower(parameters('b'))))"],
    ['a && b || !c', "or(and(parameters('a'), parameters('b')), not(parameters('c')))"],
    ['a + b * c', "add(parameters('a'), mul(parameters('b'), parameters('c')))"],
    ['a - b / c % d', "sub(parameters('a'), mod(div(parameters('b'), parameters('c')), parameters('d')))"],
    ['a < b', "less(parameters('a'), parameters('b'))"],
    ['a <= b', "lessOrEquals(parameters('a'), parameters('b'))"],
    ['a > b', "greater(parameters('a'), parameters('b'))"],
    ['a >= b', "greaterOrEquals(parameters('a'), parameters('b'))"],
    ['a ?? b ?? c', "coalesce(coalesce(parameters('a'), parameters('b')), parameters('c'))"],
    ["c ? 'y' : 'n'", "if(parameters('c'), 'y', 'n')"],
    ['o.a.b', "parameters('o').a.b"],
    ["o['a'][0]", "parameters('o')['a'][0]"],
    ['o.?a.b[0]', "tryGet(parameters('o'), 'a', 'b', 0)"],
    ['o[?1]', "tryGet(parameters('o'), 1)"],
    ['o[^1]', "parameters('o')[sub(length(parameters('o')), 1)]"],
    ['o!.a', "parameters('o').a"],
    ['(a)', "parameters('a')"],
    ['any(a)', "parameters('a')"],
    ['az.resourceGroup().location', 'resourceGroup().location'],
    ["sys.concat('a', 'b')", "concat('a', 'b')"],
    ['{ a: 1, b: x }', "createObject('a', 1, 'b', parameters('x'))"],
    ['{ ...o, b: 2 }', "shallowMerge(createArray(parameters('o'), createObject('b', 2)))"],
    ['[1, x]', "createArray(1, parameters('x'))"],
    ['[1, ...a]', "concat(createArray(1), parameters('a'))"],
    ['map(a, i => i.name)', "map(parameters('a'), lambda('i', lambdaVariables('i').name))"],
    [
      'reduce(a, 0, (acc, i) => acc + i)',
      "reduce(parameters('a'), 0, lambda('acc', 'i', add(lambdaVariables('acc'), lambdaVariables('i'))))",
    ],
  ])('%s → %s', (bicep, expected) => {
    expect(arm(bicep)).toBe(expected);
  });

  it('translates variables, loop variables, resources, modules and functions through their own calls', () => {
    const kinds = { v: 'variable', i: 'local', hsm: 'resource', mod: 'module', f: 'function' } as const;
    expect(arm('v', kinds)).toBe("variables('v')");
    expect(arm('i', kinds)).toBe("$bicep.local('i')");
    expect(arm('hsm.id', kinds)).toBe("$bicep.resource('hsm', null(), 'id')");
    expect(arm('hsm.properties.hsmUri', kinds)).toBe("$bicep.resource('hsm', null(), 'properties').hsmUri");
    expect(arm('hsm::key.name', kinds)).toBe("$bicep.resource('hsm::key', null(), 'name')");
    expect(arm('hsm.listKeys()', kinds)).toBe("$bicep.resourceCall('hsm', null(), 'listKeys')");
    expect(arm('mod.outputs.id', kinds)).toBe("$bicep.module('mod', null(), 'outputs', 'id')");
    expect(arm('f(1)', kinds)).toBe("$bicep.func('f', 1)");
    expect(arm("loadTextContent('x.txt')", kinds)).toBe("$bicep.load('loadTextContent', 'x.txt')");
  });

  it('keeps a lambda variable apart from a declaration of the same name', () => {
    expect(arm('map(a, a => a)', { a: 'parameter' })).toBe(
      "map(parameters('a'), lambda('a', lambdaVariables('a')))",
    );
  });
});

describe('evaluation of expressions', () => {
  it.each([
    ["'a${1}b${'c'}'", 'a1bc'],
    ["'${true}'", 'True'],
    ["'{x}${1}'", '{x}1'],
    ["'''\nmulti\nline'''", 'multi\nline'],
    ["'a' == 'A'", false],
    ["'a' != 'A'", true],
    ["'a' =~ 'A'", true],
    ["'a' !~ 'A'", false],
    ['[1, 2] == [1, 2]', true],
    ['true && !false', true],
    ['false || false', false],
    ['1 + 2 * 3', 7],
    ['7 / 2', 3],
    ['-7 % 3', -1],
    ['10 - -2', 12],
    ['-(1 + 2)', -3],
    ['1 < 2', true],
    ['2 <= 2', true],
    ["'b' > 'a'", true],
    ['1 >= 2', false],
    ["null ?? 'x'", 'x'],
    ['null ?? null ?? 3', 3],
    ["1 > 0 ? 'yes' : 'no'", 'yes'],
    ['{ a: { b: [10, 20] } }.a.b[1]', 20],
    ['[1, 2, 3][^1]', 3],
    ['{ a: 1 }.?b', null],
    ['{ a: 1 }.?b.c', null],
    ['{ a: { b: 2 } }.?a.b', 2],
    ['[1][?5]', null],
    ["sys.concat('a', 'b')", 'ab'],
    ["toUpper('x')", 'X'],
    ['any(3)', 3],
    ['length([1, 2])', 2],
    ['{ ...{ a: 1, b: 1 }, b: 2 }', { a: 1, b: 2 }],
    ['[0, ...[1, 2], 3]', [0, 1, 2, 3]],
    ["map([{ n: 'a' }, { n: 'b' }], x => x.n)", ['a', 'b']],
    ['map([10, 20], (x, i) => x + i)', [10, 21]],
    ['filter([1, 2, 3, 4], x => x % 2 == 0)', [2, 4]],
    ['reduce([1, 2, 3], 0, (acc, x) => acc + x)', 6],
    ['sort([3, 1, 2], (a, b) => a < b)', [1, 2, 3]],
    ["toObject([{ k: 'a', v: 1 }], x => x.k, x => x.v)", { a: 1 }],
    ['map([1, 2], x => map([10], y => x * y))', [[10], [20]]],
    ['flatten([[1], [2, 3]])', [1, 2, 3]],
    ['[for i in range(0, 3): i * 2]', [0, 2, 4]],
    ["[for (x, i) in ['a', 'b']: '${x}${i}']", ['a0', 'b1']],
    [
      '[for x in [1, 2]: [for y in [10, 20]: x * y]]',
      [
        [10, 20],
        [20, 40],
      ],
    ],
    ['length([for x in range(0, 5): x])', 5],
  ])('%s is %j', (expression, expected) => {
    expect(known(expression)).toEqual(expected);
  });

  it('evaluates parameters, variables and user-defined functions', () => {
    const declarations = [
      "param name string = 'hsm'",
      'param count int = 2',
      "var names = [for i in range(1, count): '${name}-${i}']",
      'var first = names[0]',
      'func double(x int) int => x * 2',
      "func greet(who string) string => 'hello ${who}'",
      'var viaFunction = double(count)',
    ].join('\n');
    expect(known('names', declarations)).toEqual(['hsm-1', 'hsm-2']);
    expect(known('first', declarations)).toBe('hsm-1');
    expect(known('viaFunction', declarations)).toBe(4);
    expect(known("greet('you')", declarations)).toBe('hello you');
    expect(known('double(double(3))', declarations)).toBe(12);
  });

  it('marks values from parameter defaults with the parameter, through variables and functions', () => {
    const declarations = "param access string = 'Enabled'\nvar lowered = toLower(access)";
    const direct = valueOf('access', declarations);
    expect(direct).toMatchObject({ kind: 'known', value: 'Enabled', parameter: 'access' });
    expect(valueOf('lowered', declarations)).toMatchObject({
      kind: 'known',
      value: 'enabled',
      parameter: 'access',
    });
    expect(valueOf("access == 'Enabled' ? 'a' : 'b'", declarations)).toMatchObject({ parameter: 'access' });
  });

  it('keeps @secure() values secure and never shows them', () => {
    const value = valueOf("'${password}!'", "@secure()\nparam password string = 'hunter2'");
    expect(value).toMatchObject({ kind: 'known', secure: true });
    expect(displayValue(value)).toBe('***');
    expect(valueOf('password', '@sys.secure()\nparam password string')).toMatchObject({
      kind: 'unknown',
      secure: true,
    });
  });

  it('leaves a parameter without a value unknown, naming the allowed values', () => {
    const reason = unknownReason('sku', "@allowed([\n  'Standard_B1'\n  'Custom_B32'\n])\nparam sku string");
    expect(reason).toBe("parameter 'sku' has no value (allowed: Standard_B1, Custom_B32)");
  });

  it('explains what cannot be evaluated', () => {
    expect(unknownReason('missing')).toBe("'missing' is not declared");
    expect(unknownReason('resourceGroup().location')).toBe('resourceGroup() is not known before deployment');
    expect(unknownReason("readEnvironmentVariable('X')")).toBe(
      "environment variable 'X' is read when the deployment is prepared",
    );
    expect(unknownReason('[for x in xs: x]', 'param xs array')).toBe("parameter 'xs' has no value");
    expect(unknownReason('a', 'var a = b\nvar b = a')).toMatch(/refers to itself/);
    expect(unknownReason('f(1)', 'func f(x int) int => f(x)')).toMatch(/calls itself more than 32 levels/);
    expect(unknownReason('{ ...o, a: 1 }', 'param o object')).toBe("parameter 'o' has no value");
    expect(valueOf('deployer().objectId')).toMatchObject({
      kind: 'unknown',
      expression: 'deployer().objectId',
    });
  });

  it('keeps the known parts of an object whose other parts are unknown', () => {
    const declarations =
      "param tenant string\nvar props = {\n  tenantId: tenant\n  publicNetworkAccess: 'Disabled'\n}";
    const parsed = evaluate(
      `${declarations}\nresource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'hsm'\n  properties: props\n}\n`,
    );
    const hsm = resource(parsed, 'hsm');
    expect(hsm.get('properties.publicNetworkAccess')).toMatchObject({ kind: 'known', value: 'Disabled' });
    expect(hsm.get('properties.tenantId')).toMatchObject({
      kind: 'unknown',
      reason: "parameter 'tenant' has no value",
    });
    expect(valueOf('props.publicNetworkAccess', declarations)).toMatchObject({
      kind: 'known',
      value: 'Disabled',
    });
    expect(valueOf('props.tenantId', declarations)).toMatchObject({ kind: 'unknown' });
  });

  it('imports variables and functions from another file', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        "import { prefix, tag } from './shared.bicep'",
        "import * as shared from './shared.bicep'",
        "resource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
        "  name: tag('probe')",
        '  properties: { v: prefix }',
        '}',
      ].join('\n'),
      'shared.bicep':
        "@export()\nvar prefix = 'contoso'\n@export()\nfunc tag(name string) string => '${prefix}-${name}'\n",
    });
    const probe = resource(parsed, 'probe');
    expect(probe.get('properties.v')).toMatchObject({ kind: 'known', value: 'contoso' });
    expect(probe.name).toMatchObject({ kind: 'known', value: 'contoso-probe' });
  });

  it('reads files with load*Content()', () => {
    const parsed = evaluateFiles({
      'main.bicep': [
        "var settings = loadJsonContent('settings.json')",
        "var retention = loadJsonContent('settings.json', '$.logs.days')",
        "resource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {",
        "  name: trim(loadTextContent('name.txt'))",
        "  properties: { v: settings.access, days: retention, yaml: loadYamlContent('y.yaml').a }",
        '}',
      ].join('\n'),
      'settings.json': '{ "access": "Disabled", "logs": { "days": 365 } }',
      'name.txt': 'from-file\n',
      'y.yaml': 'a: 1\n',
    });
    const probe = resource(parsed, 'probe');
    expect(probe.name).toMatchObject({ kind: 'known', value: 'from-file' });
    expect(probe.get('properties.v')).toMatchObject({ kind: 'known', value: 'Disabled' });
    expect(probe.get('properties.days')).toMatchObject({ kind: 'known', value: 365 });
    expect(probe.get('properties.yaml')).toMatchObject({ kind: 'known', value: 1 });
    expect(parsed.related).toEqual(expect.arrayContaining(['settings.json', 'name.txt', 'y.yaml']));
  });

  it('gives values the range of the Bicep property, key through value', () => {
    const parsed = evaluate(
      "param p string = 'x'\nresource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'probe'\n  properties: {\n    value: toUpper(p)\n  }\n}\n",
    );
    const value = resource(parsed, 'probe').get('properties.value');
    expect(value).toMatchObject({
      kind: 'known',
      value: 'X',
      range: { file: 'main.bicep', start: { line: 5, column: 5 }, end: { line: 5, column: 22 } },
    });
    expect(resource(parsed, 'probe').get('properties.other')).toMatchObject({
      kind: 'absent',
      range: { start: { line: 4, column: 3 } },
    });
  });
});
