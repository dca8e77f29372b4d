import { describe, expect, it } from '@jest/globals';
import { printBicep, printExpression, printType, type Expression } from '../../../src/sources/bicep/index.js';
import { identifier, stringLiteral } from './arbitraries.js';
import { expression, parseOk } from './helpers.js';

const ZERO = { offset: 0, length: 0 };
const id = (name: string) => identifier(name) as Expression;
const binary = (operator: '+' | '*' | '&&' | '??', left: Expression, right: Expression): Expression => ({
  kind: 'BinaryExpression',
  operator,
  left,
  right,
  ...ZERO,
});

function normalized(text: string): string {
  return printBicep(parseOk(text));
}

describe('bicep printer', () => {
  it('prints one declaration a line, objects a property a line with two-space indents', () => {
    expect(normalized("param   a   string='x'\nvar b={ c: 1, d: [1,2] }")).toBe(
      "param a string = 'x'\nvar b = {\n  c: 1\n  d: [\n    1\n    2\n  ]\n}\n",
    );
  });

  it('prints decorators on their own lines and nested resources indented', () => {
    expect(
      normalized(
        "@description('x')\nresource r 'T@1' = {\n @batchSize(1)\n    resource c 'k' = {\n name: 'c'\n}\n}",
      ),
    ).toBe(
      "@description('x')\nresource r 'T@1' = {\n  @batchSize(1)\n  resource c 'k' = {\n    name: 'c'\n  }\n}\n",
    );
  });

  it('prints objects and arrays in an interpolation on one line', () => {
    expect(normalized("var s = '${map(xs, x => { a: x, b: [x] })}'")).toBe(
      "var s = '${map(xs, x => { a: x, b: [x] })}'\n",
    );
  });

  it('escapes what strings need escaped and leaves a lone $ alone', () => {
    expect(printExpression(stringLiteral("it's \\ ${x} $5\n\r\t"))).toBe("'it\\'s \\\\ \\${x} $5\\n\\r\\t'");
  });

  it('prints a multi-line string with a new line after the opening quotes', () => {
    expect(printExpression(stringLiteral('a\nb', true))).toBe("'''\na\nb'''");
  });

  it('adds the parentheses precedence needs, and only those', () => {
    expect(printExpression(binary('*', binary('+', id('a'), id('b')), id('c')))).toBe('(a + b) * c');
    expect(printExpression(binary('+', id('a'), binary('*', id('b'), id('c'))))).toBe('a + b * c');
    expect(printExpression(binary('+', id('a'), binary('+', id('b'), id('c'))))).toBe('a + (b + c)');
    expect(printExpression(binary('+', binary('+', id('a'), id('b')), id('c')))).toBe('a + b + c');
    expect(printExpression(binary('&&', binary('??', id('a'), id('b')), id('c')))).toBe('(a ?? b) && c');
  });

  it('puts unary operands, member objects and ternary conditions in parentheses when they need them', () => {
    const sum = binary('+', id('a'), id('b'));
    expect(printExpression({ kind: 'UnaryExpression', operator: '-', operand: sum, ...ZERO })).toBe(
      '-(a + b)',
    );
    expect(
      printExpression({
        kind: 'PropertyAccess',
        object: sum,
        property: identifier('c'),
        safe: true,
        ...ZERO,
      }),
    ).toBe('(a + b).?c');
    const ternary: Expression = {
      kind: 'TernaryExpression',
      condition: id('a'),
      consequent: id('b'),
      alternate: id('c'),
      ...ZERO,
    };
    expect(printExpression({ ...ternary, condition: ternary })).toBe('(a ? b : c) ? b : c');
    expect(printExpression({ ...ternary, alternate: ternary })).toBe('a ? b : a ? b : c');
  });

  it('prints lambdas with and without parentheses around the parameters', () => {
    expect(printExpression(expression('(x) => x'))).toBe('x => x');
    expect(printExpression(expression('() => 1'))).toBe('() => 1');
    expect(printExpression(expression('(a, b) => a'))).toBe('(a, b) => a');
  });

  it('prints member chains, safe access and calls', () => {
    expect(printExpression(expression('az.resourceGroup().id'))).toBe('az.resourceGroup().id');
    expect(printExpression(expression('a.?b[?^1]::c!'))).toBe('a.?b[?^1]::c!');
  });

  it('prints types', () => {
    const union = parseOk("type t = ('a' | 'b')[]").declarations[0];
    expect(union.kind === 'TypeDeclaration' && printType(union.value)).toBe("('a' | 'b')[]");
    expect(normalized('type t = {a: string?, *: int}')).toBe('type t = {\n  a: string?\n  *: int\n}\n');
    expect(normalized("param r resource 'T@1'\noutput o resource = r")).toBe(
      "param r resource 'T@1'\noutput o resource = r\n",
    );
  });

  it('prints loops, conditions and every kind of declaration', () => {
    const source = [
      "targetScope = 'subscription'",
      'metadata m = 1',
      "import { a, 'b-c' as bc } from './x.bicep'",
      "import * as ns from './y.bicep'",
      "extension 'k8s@1.0' with {\n  a: 1\n} as k",
      'func f(a int) int => a',
      "module m './m.bicep' = [for (x, i) in xs: if (x) {\n  name: x\n}]",
      "test t './t.bicep' = {}",
      'assert ok = true',
      'var v string = a ?? b',
    ].join('\n');
    expect(normalized(source)).toBe(source + '\n');
  });

  it('prints nothing for an empty program', () => {
    expect(printBicep(parseOk('// only a comment\n'))).toBe('');
  });
});
