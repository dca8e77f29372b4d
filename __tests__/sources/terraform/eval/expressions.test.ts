import { beforeAll, describe, expect, it } from '@jest/globals';
import type { PropertyNode } from '../../../../src/model/node.js';
import { nodeValue } from '../../../../src/model/node.js';
import { loadHclParser } from '../../../../src/sources/terraform/parse.js';
import type { HclParser } from '../../../../src/sources/terraform/parse.js';
import { UNKNOWN, evalNode, evalPlain, evalUnknown, span } from './helpers.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const plain = (expression: string, env = {}) => evalPlain(parser, expression, env);
const node = (expression: string, env = {}) => evalNode(parser, expression, env);
const unknownOf = (expression: string, env = {}) => evalUnknown(parser, expression, env);

describe('literals and collections', () => {
  it('evaluates literals with their ranges', () => {
    expect(node('"hsm"')).toEqual({ kind: 'scalar', value: 'hsm', range: span(1, 5, 1, 10) });
    expect(plain('42')).toBe(42);
    expect(plain('1.5')).toBe(1.5);
    expect(plain('true')).toBe(true);
    expect(plain('null')).toBeNull();
    expect(plain('"a\\tb\\u00e9"')).toBe('a\tbé');
  });

  it('builds tuples and objects whose entries keep the key expression range', () => {
    expect(plain('[1, "a", [true]]')).toEqual([1, 'a', [true]]);
    const obj = node('{ name = "hsm", "sku" = "Standard_B1" }');
    expect(obj.kind).toBe('object');
    if (obj.kind !== 'object') return;
    expect(obj.entries.get('name')?.keyRange).toEqual(span(1, 7, 1, 11));
    expect(obj.entries.get('name')?.node.range).toEqual(span(1, 14, 1, 19));
    expect(obj.entries.get('sku')?.keyRange).toEqual(span(1, 21, 1, 26));
  });

  it('evaluates computed object keys and converts numbers and bools to key strings', () => {
    expect(plain('{ (local.k) = 1, (2) = "two" }', { locals: { k: 'key' } })).toEqual({ key: 1, '2': 'two' });
    expect(() => plain('{ (null) = 1 }')).toThrow(/must not be null/);
  });

  it('keeps collections partially known', () => {
    const result = node('[1, var.x]', { vars: { x: UNKNOWN } });
    expect(result.kind).toBe('array');
    if (result.kind !== 'array') return;
    expect(result.items[0]).toMatchObject({ kind: 'scalar', value: 1 });
    expect(result.items[1]).toMatchObject({ kind: 'unknown', expression: 'var.x', references: ['var.x'] });
    expect(nodeValue(result)).toMatchObject({ kind: 'known', value: [1, undefined], partial: true });
  });

  it('turns an error in one element into an unknown element and keeps the rest', () => {
    const result = node('{ a = 1, b = [1, 2][5] }');
    if (result.kind !== 'object') throw new Error('expected an object');
    expect(result.entries.get('a')?.node).toMatchObject({ kind: 'scalar', value: 1 });
    expect(result.entries.get('b')?.node).toMatchObject({
      kind: 'unknown',
      expression: '[1, 2][5]',
      reason: 'index 5 out of range for a list of 2',
    });
  });
});

describe('operators', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['7 % 3', 1],
    ['-5 + 2', -3],
    ['"3" + 4', 7],
    ['3 > 2', true],
    ['3 >= 3', true],
    ['2 < 1', false],
    ['2 <= 1', false],
    ['"a" == "a"', true],
    ['1 == "1"', false],
    ['[1, {a = 2}] == [1, {a = 2}]', true],
    ['{a = 1} == {a = 1, b = 2}', false],
    ['null == null', true],
    ['1 != 2', true],
    ['!true', false],
    ['true && false', false],
    ['true || false', true],
    ['!(1 > 2) && "true"', true],
  ])('%s', (expression, expected) => {
    expect(plain(expression)).toEqual(expected);
  });

  it('reports type errors and division by zero as unknowns with the reason', () => {
    expect(unknownOf('1 / 0')).toMatchObject({ reason: 'division by zero', expression: '1 / 0' });
    expect(unknownOf('"a" + 1').reason).toMatch(/must be a number/);
    expect(unknownOf('!"x"').reason).toMatch(/must be a bool/);
  });

  it('lets a known operand decide && and || even when the other is unknown', () => {
    const env = { vars: { u: UNKNOWN } };
    expect(plain('false && var.u', env)).toBe(false);
    expect(plain('var.u && false', env)).toBe(false);
    expect(plain('true || var.u', env)).toBe(true);
    expect(plain('var.u || true', env)).toBe(true);
    expect(unknownOf('true && var.u', env)).toMatchObject({
      expression: 'true && var.u',
      references: ['var.u'],
    });
    expect(unknownOf('var.u || false', env).reason).toBe('no value given');
  });

  it('propagates unknowns through arithmetic, comparison and equality', () => {
    const env = { vars: { u: UNKNOWN, v: UNKNOWN } };
    expect(unknownOf('var.u + var.v', env)).toMatchObject({
      expression: 'var.u + var.v',
      references: ['var.u', 'var.v'],
      reason: 'no value given',
    });
    expect(unknownOf('var.u == null', env).expression).toBe('var.u == null');
    expect(unknownOf('-var.u', env).references).toEqual(['var.u']);
    expect(unknownOf('[var.u] == [1]', env).references).toEqual(['var.u']);
    // The shapes differ, so the unknown part cannot matter.
    expect(plain('[var.u] == [1, 2]', env)).toBe(false);
  });
});

describe('conditionals', () => {
  it('evaluates only the chosen branch', () => {
    expect(plain('true ? "a" : "b"')).toBe('a');
    expect(plain('var.x == null ? "none" : var.x.name', { vars: { x: null } })).toBe('none');
    expect(plain('"false" ? 1 : 2')).toBe(2);
  });

  it('places the chosen value at the conditional, keeping the ranges of its parts', () => {
    expect(node('true ? "Deny" : "Allow"').range).toEqual(span(1, 5, 1, 28));
    expect(node('false ? [] : ["a"]')).toMatchObject({
      range: span(1, 5, 1, 23),
      items: [{ range: span(1, 19, 1, 22) }],
    });
    expect(unknownOf('true ? var.u : 1', { vars: { u: UNKNOWN } }).expression).toBe('true ? var.u : 1');
  });

  it('is unknown with an unknown condition unless both branches agree', () => {
    const env = { vars: { u: UNKNOWN } };
    const result = unknownOf('var.u ? azurerm_a.x.id : "fixed"', {
      ...env,
      resources: { 'azurerm_a.x': {} },
    });
    expect(result.expression).toBe('var.u ? azurerm_a.x.id : "fixed"');
    expect(result.reason).toBe('no value given');
    expect(result.references).toEqual(['var.u', 'terraform:.:azurerm_a.x', 'azurerm_a.x.id']);
    expect(plain('var.u ? "Deny" : "Deny"', env)).toBe('Deny');
  });

  it('rejects a null or non-bool condition', () => {
    expect(unknownOf('null ? 1 : 2').reason).toBe('the condition is null');
    expect(unknownOf('"yes" ? 1 : 2').reason).toMatch(/must be a bool/);
  });
});

describe('references, traversal and indexing', () => {
  const env = {
    vars: {
      list: ['a', 'b'],
      map: { k1: 'v1', 'with-dash': 'v2' },
      u: UNKNOWN,
      obj: { name: 'hsm', nested: { n: 1 } },
    },
    locals: {
      subnets: [
        { name: 's1', id: 1 },
        { name: 's2', id: 2 },
      ],
      single: { name: 'one' },
    },
    resources: { 'azurerm_key_vault_managed_hardware_security_module.main': { name: 'hsm' } },
  };

  it('indexes lists and maps and reads attributes', () => {
    expect(plain('var.list[1]', env)).toBe('b');
    expect(plain('var.list["0"]', env)).toBe('a');
    expect(plain('var.map["with-dash"]', env)).toBe('v2');
    expect(plain('var.map.k1', env)).toBe('v1');
    expect(plain('var.obj.nested.n', env)).toBe(1);
    expect(plain('[10, 20, 30].1', env)).toBe(20);
    expect(plain('{a = [1, {b = "deep"}]}.a[1].b')).toBe('deep');
  });

  it('reports bad indexes and missing keys', () => {
    expect(unknownOf('var.list[3]', env).reason).toBe('index 3 out of range for a list of 2');
    expect(unknownOf('var.list[-1]', env).reason).toBe('index -1 out of range for a list of 2');
    expect(unknownOf('var.list[0.5]', env).reason).toBe('index 0.5 is not a whole number');
    expect(unknownOf('var.map["nope"]', env).reason).toBe('key "nope" does not exist');
    expect(unknownOf('var.obj.missing', env).reason).toBe('object has no attribute "missing"');
    expect(unknownOf('var.list.name', env).reason).toMatch(/of a list; use \[\*\]\.name/);
    expect(unknownOf('var.obj.name.x', env).reason).toMatch(/attribute "x" of a string/);
    expect(unknownOf('var.obj.name[0]', env).reason).toBe('cannot index a string');
  });

  it('re-ranges referenced values deeply to the referencing expression', () => {
    const result = node('var.obj', env);
    expect(result.range).toEqual(span(1, 5, 1, 12));
    if (result.kind !== 'object') throw new Error('expected an object');
    expect(result.entries.get('nested')?.keyRange).toEqual(span(1, 5, 1, 12));
    const nested = result.entries.get('nested')?.node;
    expect(nested?.kind === 'object' && nested.entries.get('n')?.node.range).toEqual(span(1, 5, 1, 12));
    expect(node('[var.obj.name]', env)).toMatchObject({ items: [{ range: span(1, 6, 1, 18) }] });
  });

  it('gives an undeclared reference an unknown', () => {
    expect(unknownOf('var.missing', env)).toMatchObject({
      reason: 'undeclared reference',
      expression: 'var.missing',
      references: ['var.missing'],
    });
    expect(unknownOf('nothing_here', env).reason).toBe('undeclared reference');
  });

  it('reads unlisted attributes of an open object as known after apply', () => {
    const id = unknownOf('azurerm_key_vault_managed_hardware_security_module.main.id', env);
    expect(id).toEqual({
      kind: 'unknown',
      range: span(1, 5, 1, 63),
      expression: 'azurerm_key_vault_managed_hardware_security_module.main.id',
      reason: 'known only after apply',
      references: [
        'terraform:.:azurerm_key_vault_managed_hardware_security_module.main',
        'azurerm_key_vault_managed_hardware_security_module.main.id',
      ],
    });
    expect(plain('azurerm_key_vault_managed_hardware_security_module.main.name', env)).toBe('hsm');
  });

  it('keeps traversals into unknowns unknown and names the whole traversal', () => {
    const result = unknownOf('data.azurerm_client_config.current.object_id', env);
    expect(result.expression).toBe('data.azurerm_client_config.current.object_id');
    expect(result.references).toEqual([
      'data.azurerm_client_config.current',
      'data.azurerm_client_config.current.object_id',
    ]);
    const deeper = unknownOf(
      'azurerm_key_vault_managed_hardware_security_module.main.identity[0].principal_id',
      env,
    );
    expect(deeper.expression).toBe(
      'azurerm_key_vault_managed_hardware_security_module.main.identity[0].principal_id',
    );
    expect(deeper.references).toEqual([
      'terraform:.:azurerm_key_vault_managed_hardware_security_module.main',
      'azurerm_key_vault_managed_hardware_security_module.main.identity',
      'azurerm_key_vault_managed_hardware_security_module.main.identity[0].principal_id',
    ]);
    expect(unknownOf('var.u.x', env).references).toEqual(['var.u', 'var.u.x']);
  });

  it('is unknown when an index key is unknown', () => {
    expect(unknownOf('var.list[var.u]', env)).toMatchObject({
      expression: 'var.list[var.u]',
      references: ['var.u'],
    });
  });

  it('evaluates splats', () => {
    expect(plain('local.subnets[*].name', env)).toEqual(['s1', 's2']);
    expect(plain('local.subnets.*.id', env)).toEqual([1, 2]);
  });

  it('applies steps after an attribute splat to the resulting list', () => {
    expect(plain('local.subnets.*.name[1]', env)).toBe('s2');
    expect(unknownOf('local.subnets[*].name[1]', env).reason).toBe('cannot index a string');
  });

  it('wraps a non-list in a list and turns null into an empty list', () => {
    expect(plain('local.single[*].name', env)).toEqual(['one']);
    expect(plain('var.n[*].id', { vars: { n: null } })).toEqual([]);
  });

  it('keeps a splat over partially known elements partial', () => {
    const result = node('[{id = 1}, var.u][*].id', env);
    if (result.kind !== 'array') throw new Error('expected an array');
    expect(result.items[0]).toMatchObject({ kind: 'scalar', value: 1 });
    expect(result.items[1]).toMatchObject({ kind: 'unknown' });
    expect(unknownOf('var.u[*].id', env).references).toEqual(['var.u', 'var.u[*].id']);
  });

  it('keeps parentheses transparent', () => {
    expect(plain('(var.obj).name', env)).toBe('hsm');
    expect(unknownOf('(var.u)', env).expression).toBe('(var.u)');
  });
});

describe('for expressions', () => {
  const env = {
    vars: { names: ['b', 'a', 'c'], tags: { z: 1, a: 2 }, u: UNKNOWN },
    locals: {
      items: [
        { k: 'x', v: 1 },
        { k: 'y', v: 2 },
        { k: 'x', v: 3 },
      ],
    },
  };

  it('builds tuples with an index and a filter', () => {
    expect(plain('[for s in var.names : upper(s)]', env)).toEqual(['B', 'A', 'C']);
    expect(plain('[for i, s in var.names : "${i}:${s}" if s != "a"]', env)).toEqual(['0:b', '2:c']);
  });

  it('walks maps in key order', () => {
    expect(plain('[for k, v in var.tags : "${k}=${v}"]', env)).toEqual(['a=2', 'z=1']);
    expect(plain('[for v in var.tags : v]', env)).toEqual([2, 1]);
  });

  it('builds objects, groups with ... and refuses duplicate keys', () => {
    expect(plain('{for s in var.names : s => upper(s)}', env)).toEqual({ a: 'A', b: 'B', c: 'C' });
    expect(plain('{for i in local.items : i.k => i.v...}', env)).toEqual({ x: [1, 3], y: [2] });
    expect(unknownOf('{for i in local.items : i.k => i.v}', env).reason).toMatch(/duplicate key "x"/);
  });

  it('scopes the variables to the expression and shadows outer names', () => {
    expect(plain('[for var in [1, 2] : var * 2]', env)).toEqual([2, 4]);
    expect(plain('[for x in [1, 2] : [for x in ["a"] : x]]', env)).toEqual([['a'], ['a']]);
    expect(unknownOf('[for s in var.names : s][0] == s', env).reason).toBe('undeclared reference');
  });

  it('is unknown over an unknown collection, or with an unknown key or filter', () => {
    expect(unknownOf('[for s in var.u : s]', env)).toMatchObject({
      expression: '[for s in var.u : s]',
      references: ['var.u'],
    });
    expect(unknownOf('[for s in var.names : s if var.u]', env).references).toEqual(['var.u']);
    expect(unknownOf('{for s in var.names : var.u => s}', env).references).toEqual(['var.u']);
  });

  it('keeps unknown elements as unknown items', () => {
    const result = node('[for s in [1, var.u] : s]', env);
    expect(result).toMatchObject({
      kind: 'array',
      items: [{ kind: 'scalar', value: 1 }, { kind: 'unknown' }],
    });
  });

  it('re-ranges for variables to where they are used', () => {
    const result = node('[for s in ["a"] : s]', env);
    expect(result).toMatchObject({ items: [{ range: span(1, 23, 1, 24) }] });
  });

  it('refuses null and scalar collections', () => {
    expect(unknownOf('[for s in null : s]').reason).toBe('cannot iterate over a null value');
    expect(unknownOf('[for s in "abc" : s]').reason).toBe('cannot iterate over a string');
  });
});

describe('templates and heredocs', () => {
  const env = { vars: { prefix: 'prod', u: UNKNOWN, n: 3, flag: true, list: ['a', 'b'] } };

  it('interpolates strings, numbers and bools', () => {
    expect(plain('"${var.prefix}-hsm-${var.n}-${var.flag}"', env)).toBe('prod-hsm-3-true');
    expect(plain('"cost: ${1.5 * 2}"', env)).toBe('cost: 3');
    expect(plain('"literal $${x} and %%{y}"', env)).toBe('literal ${x} and %{y}');
  });

  it('unwraps a template that is a single interpolation', () => {
    expect(plain('"${var.list}"', env)).toEqual(['a', 'b']);
    expect(plain('"${var.n}"', env)).toBe(3);
  });

  it('is unknown as a whole when a part is unknown', () => {
    expect(unknownOf('"${var.u}-hsm"', env)).toEqual({
      kind: 'unknown',
      range: span(1, 5, 1, 19),
      expression: '"${var.u}-hsm"',
      reason: 'no value given',
      references: ['var.u'],
    });
  });

  it('refuses null and collections in interpolations', () => {
    expect(unknownOf('"a${null}"').reason).toBe('a template cannot include a null value');
    expect(unknownOf('"a${var.list}"', env).reason).toBe('a template cannot include a list');
  });

  it('evaluates if and for directives', () => {
    expect(plain('"%{ if var.flag }on%{ else }off%{ endif }"', env)).toBe('on');
    expect(plain('"%{ if !var.flag }on%{ endif }!"', env)).toBe('!');
    expect(plain('"%{ for i, s in var.list }${i}${s},%{ endfor }"', env)).toBe('0a,1b,');
    expect(unknownOf('"%{ if var.u }on%{ endif }"', env).references).toEqual(['var.u']);
  });

  it('applies strip markers to interpolations and directives', () => {
    expect(plain('"a ${~ "b" ~} c"', env)).toBe('abc');
    expect(plain('"x %{~ if true ~} y %{~ else ~} z %{~ endif ~} w"', env)).toBe('xyw');
    expect(plain('"x %{~ if false ~} y %{~ else ~} z %{~ endif ~} w"', env)).toBe('xzw');
    expect(plain('"[ %{~ for s in var.list ~} ${s} %{~ endfor ~} ]"', env)).toBe('[ab]');
    expect(plain('"[ %{ for s in var.list ~} ${s} %{~ endfor } ]"', env)).toBe('[ ab ]');
  });

  it('keeps heredoc text and strips the shared indentation of <<-', () => {
    const plainHeredoc = plain('<<EOT\n  a\n    b\nEOT', env);
    expect(plainHeredoc).toBe('  a\n    b\n');
    expect(plain('<<-EOT\n    a\n      b ${var.prefix}\n\n    c\n    EOT', env)).toBe('a\n  b prod\n\nc\n');
    // Each iteration repeats the body's newlines, as in Terraform; `~` is how templates avoid that.
    expect(plain('<<-EOT\n    %{ for s in var.list }\n    - ${s}\n    %{ endfor }\n  EOT', env)).toBe(
      '\n- a\n\n- b\n\n',
    );
    expect(plain('<<-EOT\n    %{ for s in var.list ~}\n    - ${s}\n    %{ endfor ~}\n  EOT', env)).toBe(
      '- a\n- b\n',
    );
  });

  it('treats a line that starts with an interpolation as unindented', () => {
    expect(plain('<<-EOT\n    a\n${var.prefix}\n  EOT', env)).toBe('    a\nprod\n');
  });
});

describe('provenance', () => {
  const env = {
    vars: {
      secret: { value: 'p@ss', secure: true },
      creds: { value: { user: 'admin', password: 'x' }, secure: true },
      sku: { value: 'Standard_B1', parameter: true },
      names: { value: ['a', 'b'], parameter: true },
      u: UNKNOWN,
    },
  };

  it('marks every value computed from a secure operand as secure', () => {
    const cases = [
      '"pw=${var.secret}"',
      'upper(var.secret)',
      'var.creds.password',
      'jsonencode({a = var.secret})',
      'length(var.secret) + 1',
      'var.secret == "x"',
      '[for c in [var.secret] : c][0]',
      'coalesce(var.secret, "x")',
      'true ? var.secret : "x"',
    ];
    for (const expression of cases) {
      expect([expression, node(expression, env).secure]).toEqual([expression, true]);
    }
    expect(node('upper("x")', env).secure).toBeUndefined();
  });

  it('keeps secure on unknowns computed from secure operands', () => {
    expect(unknownOf('"${var.secret}${var.u}"', env).secure).toBe(true);
  });

  it('keeps the parameter on pass-through and computed values', () => {
    expect(node('var.sku', env).parameter).toBe('sku');
    expect(node('lower(var.sku)', env).parameter).toBe('sku');
    expect(node('"${var.sku}-x"', env).parameter).toBe('sku');
    expect(node('var.names[0]', env).parameter).toBe('names');
    expect(node('var.sku == "Standard_B1" ? "a" : "b"', env).parameter).toBe('sku');
    expect(node('"plain"', env).parameter).toBeUndefined();
  });

  it('removes secure with nonsensitive() and adds it with sensitive()', () => {
    expect(node('nonsensitive(var.secret)', env).secure).toBeUndefined();
    expect(node('sensitive("x")', env).secure).toBe(true);
    expect(plain('issensitive(var.secret)', env)).toBe(true);
    expect(node('issensitive(var.secret)', env).secure).toBeUndefined();
  });
});

describe('try and can', () => {
  const env = { vars: { obj: { a: 1 }, u: UNKNOWN, list: [1] } };

  it('returns the first argument that evaluates without an error', () => {
    expect(plain('try(var.obj.b, var.obj.a, 0)', env)).toBe(1);
    expect(plain('try(var.list[5], "fallback")', env)).toBe('fallback');
    expect(plain('try(tonumber("x"), -1)', env)).toBe(-1);
    expect(plain('try({a = var.list[9]}, "whole object fails")', env)).toBe('whole object fails');
    expect(plain('try([for x in var.list : x.name], [])', env)).toEqual([]);
  });

  it('fails when every argument fails', () => {
    expect(unknownOf('try(var.obj.b, var.obj.c)', env).reason).toMatch(/no argument could be evaluated/);
  });

  it('is unknown when the first working argument is unknown', () => {
    expect(unknownOf('try(var.u.name, "x")', env)).toMatchObject({ expression: 'try(var.u.name, "x")' });
  });

  it('tells with can() whether an expression works', () => {
    expect(plain('can(var.obj.a)', env)).toBe(true);
    expect(plain('can(var.obj.b)', env)).toBe(false);
    expect(plain('can(regex("^[a-z]+$", "abc"))', env)).toBe(true);
    expect(plain('can(regex("^[a-z]+$", "ABC"))', env)).toBe(false);
    expect(unknownOf('can(var.u)', env).references).toEqual(['var.u']);
  });

  it('handles functions that are not evaluated', () => {
    expect(unknownOf('provider::azurerm::normalise_resource_id(var.u)', env)).toMatchObject({
      reason: "function 'provider::azurerm::normalise_resource_id' is not evaluated",
      references: ['var.u'],
    });
    expect(unknownOf('nosuchfunction(1)', env).reason).toBe("function 'nosuchfunction' is not evaluated");
    expect(plain('core::upper("a")', env)).toBe('A');
  });

  it('checks the number of arguments and expands a final list argument', () => {
    expect(unknownOf('upper("a", "b")').reason).toBe('upper() takes 1 argument, not 2');
    expect(unknownOf('lookup({})').reason).toBe('lookup() takes 2 to 3 arguments, not 1');
    expect(plain('min([3, 1, 2]...)', env)).toBe(1);
    expect(plain('concat(["a"], [["b"], ["c"]]...)', env)).toEqual(['a', 'b', 'c']);
    expect(unknownOf('min(var.u...)', env).references).toEqual(['var.u']);
  });
});

describe('limits', () => {
  it('stops runaway evaluation with an unknown', () => {
    const result = unknownOf('[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]');
    expect(result.reason).toBe('the expression is too large to evaluate');
  });

  it('stops deeply nested expressions', () => {
    const deep = `${'['.repeat(200)}1${']'.repeat(200)}`;
    const result = node(deep);
    const find = (n: PropertyNode): PropertyNode => (n.kind === 'array' ? find(n.items[0]) : n);
    expect(find(result)).toMatchObject({ kind: 'unknown', reason: 'the expression is nested too deeply' });
  });
});
