import { describe, expect, it } from '@jest/globals';
import { declaration, expression, messages, parseOk, shape, strip } from './helpers.js';

describe('bicep expressions: literals', () => {
  it.each([
    ['42', { kind: 'IntegerLiteral', value: 42, raw: '42' }],
    ['true', { kind: 'BooleanLiteral', value: true }],
    ['false', { kind: 'BooleanLiteral', value: false }],
    ['null', { kind: 'NullLiteral' }],
    ["'a\\'b'", { kind: 'StringLiteral', value: "a'b", multiline: false }],
    ["'''\nx\n'''", { kind: 'StringLiteral', value: 'x\n', multiline: true }],
    ['hsm', { kind: 'Identifier', name: 'hsm' }],
  ])('reads %s', (text, expected) => {
    expect(strip(expression(text))).toEqual(expected);
  });

  it('keeps the digits of an integer beyond 2^53 as written', () => {
    const value = expression('9223372036854775807');
    expect(value.kind === 'IntegerLiteral' && value.raw).toBe('9223372036854775807');
  });

  it('reports an integer beyond 64 bits', () => {
    expect(messages('var x = 18446744073709551616')).toEqual([
      '1:9 the integer 18446744073709551616 is too large',
    ]);
    expect(messages('var x = 18446744073709551615')).toEqual([]);
  });

  it('reads interpolation with segments and nested expressions', () => {
    const value = expression("'${prefix}-${toLower(name)}-${i + 1}'");
    expect(value.kind).toBe('InterpolatedString');
    if (value.kind !== 'InterpolatedString') return;
    expect(value.segments).toEqual(['', '-', '-', '']);
    expect(value.expressions.map(shape)).toEqual(['prefix', '(call toLower name)', '(+ i 1)']);
  });

  it('reads strings and ternaries nested in interpolation', () => {
    expect(shape(expression("'${a ? 'x${b}' : 'y'}'"))).toBe("(interp (? a (interp b) 'y'))");
  });

  it('reads an object in an interpolated lambda body (only the hole itself is restricted)', () => {
    expect(shape(expression("'${map(xs, x => { v: x })}'"))).toBe('(interp (call map xs (=> (x) {v:x})))');
  });

  it('reports an object or an array written directly in a hole', () => {
    expect(messages("var x = '${{ a: 1 }.a}'")).toEqual([
      '1:12 objects and arrays cannot be written inside a string interpolation',
    ]);
    expect(messages("var x = '${concat([1])}'")).toEqual([
      '1:19 objects and arrays cannot be written inside a string interpolation',
    ]);
  });
});

describe('bicep expressions: operators', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['1 * 2 + 3', '(+ (* 1 2) 3)'],
    ['a - b - c', '(- (- a b) c)'],
    ['a / b % c', '(% (/ a b) c)'],
    ['a + b < c', '(< (+ a b) c)'],
    ['a < b == c >= d', '(== (< a b) (>= c d))'],
    ["a =~ 'x' && b !~ 'y'", "(&& (=~ a 'x') (!~ b 'y'))"],
    ['a != b || c == d', '(|| (!= a b) (== c d))'],
    ['a || b && c', '(|| a (&& b c))'],
    ['a && b || c', '(|| (&& a b) c)'],
    ['a ?? b || c', '(?? a (|| b c))'],
    ['a ?? b ?? c', '(?? (?? a b) c)'],
    ['a <= b > c', '(> (<= a b) c)'],
    ['!a && b', '(&& (! a) b)'],
    ['-a * b', '(* (- a) b)'],
    ['-1', '(- 1)'],
    ['a - -1', '(- a (- 1))'],
    ['!a.b', '(! (. a b))'],
    ['-f(x)[0]', '(- ([] (call f x) 0))'],
    ['a ? b : c', '(? a b c)'],
    ['a ? b : c ? d : e', '(? a b (? c d e))'],
    ['a ? b ? c : d : e', '(? a (? b c d) e)'],
    ['a || b ? c + 1 : d ?? e', '(? (|| a b) (+ c 1) (?? d e))'],
    ['(a + b) * c', '(* (paren (+ a b)) c)'],
    ['!(a && b)', '(! (paren (&& a b)))'],
  ])('parses %s as %s', (text, expected) => {
    expect(shape(expression(text))).toBe(expected);
  });

  it('allows the ? and the : of a ternary to start new lines', () => {
    expect(shape(expression('cond\n  ? a\n  : b'))).toBe('(? cond a b)');
  });

  it('does not continue a binary expression on the next line', () => {
    expect(messages('var x = a &&\n  b')).toEqual([
      '1:13 expected an expression, found a new line',
      "2:3 expected a declaration (param, var, resource, module, output, type, func, import, metadata or targetScope), found 'b'",
    ]);
  });

  it('applies a unary operator to a member expression only, as Bicep does', () => {
    expect(messages('var x = !!a')).toEqual(["1:10 expected an expression, found '!'"]);
    expect(shape(expression('!(!a)'))).toBe('(! (paren (! a)))');
  });

  it('reports a ternary without its colon', () => {
    expect(messages('var x = a ? b\n')).toEqual([
      "1:14 expected ':' in the conditional expression, found a new line",
    ]);
  });
});

describe('bicep expressions: member access and calls', () => {
  it.each([
    ['a.b.c', '(. (. a b) c)'],
    ['a.?b', '(.? a b)'],
    ['a[0]', '([] a 0)'],
    ['a[?0]', '([?] a 0)'],
    ['a[^1]', '([^] a 1)'],
    ['a[?^1]', '([?^] a 1)'],
    ["a['key']", "([] a 'key')"],
    ['a.?b.?c[?0]', '([?] (.? (.? a b) c) 0)'],
    ['parent::child', '(:: parent child)'],
    ['hsm::keys[0].name', '(. ([] (:: hsm keys) 0) name)'],
    ['a!', '(nonnull a)'],
    ['a.?b!.c', '(. (nonnull (.? a b)) c)'],
    ['f()', '(call f)'],
    ['concat(a, b, 1)', '(call concat a b 1)'],
    ['az.resourceGroup()', '(call az.resourceGroup)'],
    ['sys.concat(a)', '(call sys.concat a)'],
    ['hsm.listKeys().keys[0]', '([] (. (call hsm.listKeys) keys) 0)'],
    ['f(x)(y)', null],
    ['{ a: 1 }.a', '(. {a:1} a)'],
    ['[1, 2][0]', '([] [1 2] 0)'],
  ])('parses %s', (text, expected) => {
    if (expected === null) {
      expect(messages(`var x = ${text}`)).toEqual([
        "1:13 expected a new line after the declaration, found '('",
      ]);
      return;
    }
    expect(shape(expression(text))).toBe(expected);
  });

  it('reads arguments on several lines', () => {
    expect(shape(expression('concat(\n  a,\n  b\n)'))).toBe('(call concat a b)');
  });

  it('requires commas between arguments on several lines', () => {
    expect(messages('var x = f(\n  a\n  b\n)')).toEqual([
      "3:3 expected ',' between arguments, found a new line",
    ]);
  });

  it('rejects a trailing comma in an argument list', () => {
    expect(messages('var x = f(a, )')).toEqual([
      "1:14 a trailing ',' is not allowed after the last of the arguments",
    ]);
  });

  it('rejects an empty index and a safe call', () => {
    expect(messages('var x = a[]')).toEqual(['1:11 expected an index expression between the brackets']);
    expect(messages('var x = a.?f()')).toEqual(["1:12 '.?' cannot be used to call a function"]);
  });

  it('has no ?. operator (Bicep writes .?)', () => {
    expect(messages('var x = a?.b')).toEqual([
      "1:11 expected an expression, found '.'",
      "1:13 expected ':' in the conditional expression, found the end of the file",
    ]);
  });
});

describe('bicep expressions: lambdas', () => {
  it.each([
    ['x => x.name', '(=> (x) (. x name))'],
    ['(x) => x', '(=> (x) x)'],
    ['(acc, x) => acc + x', '(=> (acc x) (+ acc x))'],
    ['() => 1', '(=> () 1)'],
    [
      "filter(xs, x => x.enabled && x.kind == 'RSA')",
      "(call filter xs (=> (x) (&& (. x enabled) (== (. x kind) 'RSA'))))",
    ],
    ['reduce(xs, 0, (cur, next) => cur + next)', '(call reduce xs 0 (=> (cur next) (+ cur next)))'],
    ['sort(xs, (a, b) => a < b)', '(call sort xs (=> (a b) (< a b)))'],
    ['x => y => x + y', '(=> (x) (=> (y) (+ x y)))'],
  ])('parses %s', (text, expected) => {
    expect(shape(expression(text))).toBe(expected);
  });

  it('allows the body on the next line', () => {
    expect(shape(expression('map(xs, x =>\n  x.id)'))).toBe('(call map xs (=> (x) (. x id)))');
  });

  it('allows an object body on several lines', () => {
    expect(shape(expression("map(xs, x => {\n  id: x\n  kind: 'k'\n})"))).toBe(
      "(call map xs (=> (x) {id:x kind:'k'}))",
    );
  });

  it('reports a parameter that is not a name', () => {
    expect(messages('var f = (a, 1) => a')).toEqual(['1:13 expected a lambda parameter name']);
  });
});

describe('bicep expressions: objects and arrays', () => {
  it('reads an object with a property a line', () => {
    expect(shape(expression("{\n  a: 1\n  'b-c': true\n}"))).toBe('{a:1 b-c:true}');
  });

  it('reads an object on one line with commas, with a trailing comma', () => {
    expect(shape(expression('{ a: 1, b: 2, }'))).toBe('{a:1 b:2}');
  });

  it('reads an object with both kinds of separators', () => {
    expect(shape(expression('{\n  a: 1, b: 2\n  c: 3\n}'))).toBe('{a:1 b:2 c:3}');
  });

  it('reads an interpolated key, whose name is then null', () => {
    const value = expression("{ '${k}': 1 }");
    expect(
      value.kind === 'ObjectExpression' &&
        value.properties[0].kind === 'ObjectProperty' &&
        value.properties[0].name,
    ).toBeNull();
  });

  it('reads empty objects and arrays, also over several lines', () => {
    expect(shape(expression('{}'))).toBe('{}');
    expect(shape(expression('{\n}'))).toBe('{}');
    expect(shape(expression('[\n]'))).toBe('[]');
  });

  it('reads arrays a line per item or with commas', () => {
    expect(shape(expression("[\n  'a'\n  'b'\n]"))).toBe("['a' 'b']");
    expect(shape(expression('[1, 2, 3]'))).toBe('[1 2 3]');
  });

  it('reads nested objects and arrays', () => {
    expect(shape(expression('{\n  a: [\n    { b: [1] }\n  ]\n}'))).toBe('{a:[{b:[1]}]}');
  });

  it('reads spreads in objects and arrays', () => {
    expect(shape(expression('{\n  ...base\n  a: 1\n}'))).toBe('{...base a:1}');
    expect(shape(expression('[...xs, 1]'))).toBe('[...xs 1]');
  });

  it('rejects a new line after a comma, as Bicep does', () => {
    expect(messages('var x = {\n  a: 1,\n  b: 2\n}')).toEqual([
      "2:8 a new line cannot follow ',' between properties: separate them with either commas or new lines",
    ]);
  });

  it('requires a separator between properties', () => {
    expect(messages('var x = { a: 1 b: 2 }')).toEqual([
      "1:16 expected a new line or ',' between properties, found 'b'",
    ]);
  });

  it('rejects keys that are not names or strings', () => {
    expect(messages('var x = {\n  1: 2\n}')).toEqual(["2:3 expected a property name, found '1'"]);
  });
});

describe('bicep expressions: for expressions', () => {
  it.each([
    ['[for x in xs: x.id]', '(for x xs (. x id))'],
    ['[for (x, i) in xs: i]', '(for x i xs i)'],
    ["[for i in range(0, 3): 'n${i}']", '(for i (call range 0 3) (interp i))'],
    ['[for x in xs: { id: x }]', '(for x xs {id:x})'],
    ['[\n  for x in xs: x\n]', '(for x xs x)'],
    ['[for x in [for y in ys: y]: x]', '(for x (for y ys y) x)'],
  ])('parses %s', (text, expected) => {
    expect(shape(expression(text))).toBe(expected);
  });

  it('reads a loop body object over several lines', () => {
    expect(shape(expression('[for x in xs: {\n  id: x\n}]'))).toBe('(for x xs {id:x})');
  });

  it('reads if in a loop body only for resources and modules', () => {
    expect(messages('var x = [for y in ys: if (y) { a: 1 }]')).toEqual([
      "1:30 expected ']' to close the loop opened at line 1, column 9, found '{'",
      "1:30 expected a new line after the declaration, found '{'",
    ]);
  });

  it('reports an index variable block without two names', () => {
    expect(messages('var x = [for (a) in xs: a]')).toEqual([
      "1:16 expected ',' and the index variable after the item variable, found ')'",
    ]);
  });

  it('reports a missing in', () => {
    expect(messages('var x = [for a of xs: a]')).toEqual([
      "1:16 expected 'in' after the loop variable, found 'of'",
    ]);
  });
});

describe('bicep expressions: whole declarations', () => {
  it('reads a realistic property with safe access, coalescing and a condition', () => {
    const program = parseOk(
      "var retention = config.?softDelete.?days ?? (isProd ? 90 : 7)\nvar first = items[?0].?name ?? 'none'",
    );
    expect(shape(declaration(program, 0, 'VariableDeclaration').value)).toBe(
      '(?? (.? (.? config softDelete) days) (paren (? isProd 90 7)))',
    );
    expect(shape(declaration(program, 1, 'VariableDeclaration').value)).toBe(
      "(?? (.? ([?] items 0) name) 'none')",
    );
  });
});
