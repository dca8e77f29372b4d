import { describe, expect, it } from '@jest/globals';
import {
  MAX_PARSE_DEPTH,
  evaluateTemplateString,
  isExpression,
  parseExpression,
  tokenize,
  type Expr,
} from '../../../../src/sources/arm/expressions/index.js';
import { testScope } from './scope.js';

function ast(text: string): Expr {
  const result = parseExpression(text);
  if (!result.ok) throw new Error(`parse failed: ${result.error} at ${result.offset}`);
  return result.ast;
}

function failure(text: string): { error: string; offset: number } {
  const result = parseExpression(text);
  if (result.ok) throw new Error(`expected ${text} not to parse`);
  return { error: result.error, offset: result.offset };
}

describe('tokenize', () => {
  it('splits punctuation, identifiers, integers and strings with their offsets', () => {
    const result = tokenize(" f( 'a''b' , -12 )[x].y");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.tokens.map((token) => [token.kind, token.text, token.start, token.end])).toEqual([
      ['identifier', 'f', 1, 2],
      ['(', '(', 2, 3],
      ['string', "a'b", 4, 10],
      [',', ',', 11, 12],
      ['integer', '-12', 13, 16],
      [')', ')', 17, 18],
      ['[', '[', 18, 19],
      ['identifier', 'x', 19, 20],
      [']', ']', 20, 21],
      ['.', '.', 21, 22],
      ['identifier', 'y', 22, 23],
      ['end', '', 23, 23],
    ]);
  });
});

describe('parseExpression', () => {
  it('parses string literals, unescaping doubled quotes', () => {
    expect(ast("'abc'")).toEqual({ kind: 'string', value: 'abc', start: 0, end: 5 });
    expect(ast("'it''s'")).toEqual({ kind: 'string', value: "it's", start: 0, end: 7 });
    expect(ast("''")).toEqual({ kind: 'string', value: '', start: 0, end: 2 });
    expect(ast("''''")).toEqual({ kind: 'string', value: "'", start: 0, end: 4 });
  });

  it('parses integers, including negative ones', () => {
    expect(ast('42')).toEqual({ kind: 'integer', value: 42, start: 0, end: 2 });
    expect(ast('-7')).toEqual({ kind: 'integer', value: -7, start: 0, end: 2 });
    expect(ast('0')).toEqual({ kind: 'integer', value: 0, start: 0, end: 1 });
  });

  it('parses calls with no arguments and keeps the name as written', () => {
    expect(ast('True()')).toEqual({ kind: 'call', name: 'True', args: [], start: 0, end: 6 });
  });

  it('parses nested calls', () => {
    expect(ast("concat('a', toUpper('b'), 3)")).toEqual({
      kind: 'call',
      name: 'concat',
      start: 0,
      end: 28,
      args: [
        { kind: 'string', value: 'a', start: 7, end: 10 },
        {
          kind: 'call',
          name: 'toUpper',
          start: 12,
          end: 24,
          args: [{ kind: 'string', value: 'b', start: 20, end: 23 }],
        },
        { kind: 'integer', value: 3, start: 26, end: 27 },
      ],
    });
  });

  it('parses namespaced user-defined function calls', () => {
    expect(ast("contoso.uniqueName('x')")).toEqual({
      kind: 'call',
      namespace: 'contoso',
      name: 'uniqueName',
      start: 0,
      end: 23,
      args: [{ kind: 'string', value: 'x', start: 19, end: 22 }],
    });
  });

  it('parses property and index chains after a call, left to right', () => {
    const parsed = ast("parameters('x').a[0]['b']");
    expect(parsed).toMatchObject({
      kind: 'index',
      index: { kind: 'string', value: 'b' },
      target: {
        kind: 'index',
        index: { kind: 'integer', value: 0 },
        target: {
          kind: 'property',
          name: 'a',
          target: { kind: 'call', name: 'parameters', args: [{ kind: 'string', value: 'x' }] },
        },
      },
    });
    expect(parsed.start).toBe(0);
    expect(parsed.end).toBe(25);
  });

  it('accepts expressions as index values and accessors on nested calls', () => {
    expect(ast('createArray(1, 2)[add(0, 1)]')).toMatchObject({
      kind: 'index',
      index: { kind: 'call', name: 'add' },
      target: { kind: 'call', name: 'createArray' },
    });
    expect(ast("concat(reference('r').properties.a, 'x')")).toMatchObject({
      kind: 'call',
      args: [
        { kind: 'property', name: 'a', target: { kind: 'property', name: 'properties' } },
        { kind: 'string' },
      ],
    });
  });

  it('allows whitespace between every token', () => {
    const spaced = ast("  concat (\n\t'a' ,  parameters ( 'p' ) . name [ 0 ] )  ");
    const compact = ast("concat('a',parameters('p').name[0])");
    const strip = (node: unknown): unknown =>
      JSON.parse(
        JSON.stringify(node, (key, value: unknown) => (key === 'start' || key === 'end' ? undefined : value)),
      );
    expect(strip(spaced)).toEqual(strip(compact));
  });

  it('keeps whitespace inside string literals', () => {
    expect(ast("'  a  b '")).toMatchObject({ value: '  a  b ' });
  });

  it('reports an unterminated string at the opening quote', () => {
    expect(failure("concat('abc")).toEqual({ error: 'unterminated string literal', offset: 7 });
    expect(failure("concat('it''s)")).toEqual({ error: 'unterminated string literal', offset: 7 });
  });

  it('reports a missing closing parenthesis at the end', () => {
    expect(failure("concat('a'")).toEqual({
      error: "expected ',' or ')' but found end of expression",
      offset: 10,
    });
    expect(failure('concat(')).toMatchObject({ offset: 7 });
  });

  it('reports trailing garbage where it starts', () => {
    expect(failure("concat('a') x")).toEqual({ error: "unexpected 'x' after the expression", offset: 12 });
    expect(failure("'a' 'b'")).toEqual({
      error: 'unexpected string literal after the expression',
      offset: 4,
    });
    expect(failure('f())')).toEqual({ error: "unexpected ')' after the expression", offset: 3 });
  });

  it('reports an empty expression', () => {
    expect(failure('')).toEqual({ error: 'empty expression', offset: 0 });
    expect(failure('   ')).toEqual({ error: 'empty expression', offset: 3 });
  });

  it('reports a bare name that is not called', () => {
    expect(failure('true')).toEqual({
      error: "expected '(' after function name 'true' but found end of expression",
      offset: 4,
    });
    expect(failure("concat(x, 'a')")).toMatchObject({ offset: 8 });
  });

  it('reports misplaced separators and unexpected characters', () => {
    expect(failure("concat('a',)")).toEqual({
      error: "expected a function call or a literal but found ')'",
      offset: 11,
    });
    expect(failure("concat('a' 'b')")).toMatchObject({ offset: 11 });
    expect(failure('concat(#)')).toEqual({ error: "unexpected character '#'", offset: 7 });
    expect(failure('f().')).toMatchObject({ offset: 4 });
    expect(failure('f()[0')).toMatchObject({ offset: 5 });
    expect(failure('f()[]')).toMatchObject({ offset: 4 });
  });

  it('rejects decimal and out-of-range numbers', () => {
    expect(failure('add(1.5, 1)')).toMatchObject({ offset: 4 });
    expect(failure('99999999999999999999')).toEqual({
      error: 'integer 99999999999999999999 is out of range',
      offset: 0,
    });
  });

  it('rejects accessors after a literal', () => {
    expect(failure("'abc'.length")).toMatchObject({ offset: 5 });
  });

  it('turns hostile nesting into an error instead of overflowing the stack', () => {
    const deep = 'f('.repeat(MAX_PARSE_DEPTH + 5) + ')'.repeat(MAX_PARSE_DEPTH + 5);
    expect(failure(deep).error).toBe(`expression nests deeper than ${MAX_PARSE_DEPTH} levels`);
    const absurd = '['.repeat(100_000);
    expect(() => parseExpression(`f()${absurd}`)).not.toThrow();
    expect(parseExpression(`f()${absurd}`).ok).toBe(false);
  });

  it('parses nesting up to the limit', () => {
    const depth = MAX_PARSE_DEPTH - 1;
    expect(parseExpression('f('.repeat(depth) + ')'.repeat(depth)).ok).toBe(true);
  });
});

describe('isExpression', () => {
  it('is true only for a bracketed string that is not escaped', () => {
    expect(isExpression("[concat('a')]")).toBe(true);
    expect(isExpression('[]')).toBe(true);
    expect(isExpression("[[concat('a')]")).toBe(false);
    expect(isExpression("concat('a')")).toBe(false);
    expect(isExpression('[not closed')).toBe(false);
    expect(isExpression('not opened]')).toBe(false);
    expect(isExpression(' [a()]')).toBe(false);
    expect(isExpression('')).toBe(false);
  });
});

describe('evaluateTemplateString on literals', () => {
  const scope = testScope();

  it('returns plain strings unchanged', () => {
    expect(evaluateTemplateString('hello', scope)).toEqual({ kind: 'known', value: 'hello' });
    expect(evaluateTemplateString('', scope)).toEqual({ kind: 'known', value: '' });
    expect(evaluateTemplateString('[not an expression', scope)).toEqual({
      kind: 'known',
      value: '[not an expression',
    });
  });

  it('removes the escaping bracket of [[...]', () => {
    expect(evaluateTemplateString("[[concat('a', 'b')]", scope)).toEqual({
      kind: 'known',
      value: "[concat('a', 'b')]",
    });
    expect(evaluateTemplateString('[[]', scope)).toEqual({ kind: 'known', value: '[]' });
  });

  it('keeps [[ when the string does not end with a bracket', () => {
    expect(evaluateTemplateString('[[abc', scope)).toEqual({ kind: 'known', value: '[[abc' });
  });

  it('reports a parse error as unknown with the position in the raw string', () => {
    expect(evaluateTemplateString("[concat('a']", scope)).toEqual({
      kind: 'unknown',
      reason: "invalid expression: expected ',' or ')' but found end of expression (at offset 11)",
    });
    expect(evaluateTemplateString('[]', scope)).toEqual({
      kind: 'unknown',
      reason: 'invalid expression: empty expression (at offset 1)',
    });
  });
});
