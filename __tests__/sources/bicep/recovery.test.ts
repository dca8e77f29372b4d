import { describe, expect, it } from '@jest/globals';
import { parseBicep, printBicep, type Program } from '../../../src/sources/bicep/index.js';
import { shape } from './helpers.js';

function names(program: Program): string[] {
  return program.declarations.map((d) =>
    'name' in d && d.name.kind === 'Identifier' ? `${d.kind}:${d.name.name}` : d.kind,
  );
}

function lines(program: Program): string[] {
  return program.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`);
}

describe('bicep error recovery', () => {
  it('keeps the good declarations around several broken ones', () => {
    const program = parseBicep(
      [
        'param good1 string',
        'param broken1', //                    no type
        'param good2 int = 1',
        'resource broken2 = {', //             no type string: skipped up to the next declaration
        "  name: 'x'",
        '}',
        "var good3 = 'a'",
        'nonsense here', //                    not a declaration
        "output good4 string = 'b'",
        '@description(', //                    unclosed decorator call
        'param good5 bool',
      ].join('\n'),
    );
    expect(names(program)).toEqual([
      'ParameterDeclaration:good1',
      'ParameterDeclaration:good2',
      'VariableDeclaration:good3',
      'OutputDeclaration:good4',
      'ParameterDeclaration:good5',
    ]);
    expect(lines(program)).toEqual([
      '2:14 expected the parameter type after the parameter name, found a new line',
      "4:18 expected the resource type after the resource name ('Namespace/type@version'), found '='",
      "8:1 expected a declaration (param, var, resource, module, output, type, func, import, metadata or targetScope), found 'nonsense'",
      "11:1 expected ')' to close the argument list opened at line 10, column 13, found 'param'",
    ]);
  });

  it('reports a missing colon clearly and keeps the other properties', () => {
    const program = parseBicep("resource r 'T@1' = {\n  name 'hsm'\n  location: 'westeurope'\n}");
    expect(lines(program)).toEqual(["2:8 expected ':' after the property name, found a string"]);
    const decl = program.declarations[0];
    expect(
      decl.kind === 'ResourceDeclaration' && decl.value.kind === 'ObjectExpression' && shape(decl.value),
    ).toBe("{location:'westeurope'}");
  });

  it('keeps a property whose value is broken, with an Error value', () => {
    const program = parseBicep('var x = {\n  a: 1 +\n  b: 2\n}');
    expect(lines(program)).toEqual(['2:9 expected an expression, found a new line']);
    const decl = program.declarations[0];
    expect(decl.kind === 'VariableDeclaration' && shape(decl.value)).toBe('{a:(+ 1 <error>) b:2}');
  });

  it('ends an object left open at the next declaration that starts a line', () => {
    const program = parseBicep("resource r 'T@1' = {\n  name: 'x'\n\nparam p string");
    expect(lines(program)).toEqual([
      "4:1 expected '}' to close the object opened at line 1, column 20, found 'param'",
    ]);
    expect(names(program)).toEqual(['ResourceDeclaration:r', 'ParameterDeclaration:p']);
  });

  it('ends an array left open before a closing brace', () => {
    const program = parseBicep('var x = {\n  a: [1, 2\n}\nvar y = 1');
    expect(lines(program)).toEqual([
      "3:1 expected ']' to close the array opened at line 2, column 6, found '}'",
    ]);
    expect(names(program)).toEqual(['VariableDeclaration:x', 'VariableDeclaration:y']);
  });

  it('ends an unclosed argument list at the end of the file', () => {
    const program = parseBicep('var x = concat(a, b');
    expect(lines(program)).toEqual([
      "1:20 expected ')' to close the argument list opened at line 1, column 15, found the end of the file",
    ]);
    const decl = program.declarations[0];
    expect(decl.kind === 'VariableDeclaration' && shape(decl.value)).toBe('(call concat a b)');
  });

  it('skips extra tokens after a complete declaration', () => {
    const program = parseBicep('var x = 1 2 3\nvar y = 2');
    expect(lines(program)).toEqual(["1:11 expected a new line after the declaration, found '2'"]);
    expect(names(program)).toEqual(['VariableDeclaration:x', 'VariableDeclaration:y']);
  });

  it('skips a stray closing bracket at the top level', () => {
    const program = parseBicep('var x = 1\n}\nvar y = 2');
    expect(lines(program)).toEqual([
      "2:1 expected a declaration (param, var, resource, module, output, type, func, import, metadata or targetScope), found '}'",
    ]);
    expect(names(program)).toEqual(['VariableDeclaration:x', 'VariableDeclaration:y']);
  });

  it('skips the whole body of a declaration whose head is broken, nested declarations included', () => {
    const program = parseBicep(
      "resource bad 'T@1' = oops {\n  resource inner 'x' = {\n  }\n}\nparam p string",
    );
    expect(names(program)).toEqual(['ResourceDeclaration:bad', 'ParameterDeclaration:p']);
    expect(program.declarations[0].kind === 'ResourceDeclaration' && program.declarations[0].value.kind).toBe(
      'Error',
    );
  });

  it('keeps decorators that no declaration follows', () => {
    const program = parseBicep('@secure()\n\nfoo\nparam p string');
    expect(lines(program)).toEqual(["3:1 expected a declaration after the decorator, found 'foo'"]);
    expect(program.declarations.map((d) => d.kind)).toEqual(['MissingDeclaration', 'ParameterDeclaration']);
  });

  it('reports a decorator followed by more on its line', () => {
    const program = parseBicep('@secure() param p string');
    expect(lines(program)).toEqual(["1:11 expected a new line after the decorator, found 'param'"]);
    expect(names(program)).toEqual(['ParameterDeclaration:p']);
  });

  it('recovers inside an interpolation hole', () => {
    const program = parseBicep("var s = 'a${b c}d'\nvar t = 1");
    expect(lines(program)).toEqual(["1:15 expected '}' to end the interpolation, found 'c'"]);
    const decl = program.declarations[0];
    expect(
      decl.kind === 'VariableDeclaration' && decl.value.kind === 'InterpolatedString' && decl.value.segments,
    ).toEqual(['a', 'd']);
  });

  it('recovers from an unterminated string on its line', () => {
    const program = parseBicep("var s = 'abc\nvar t = 1");
    expect(names(program)).toEqual(['VariableDeclaration:s', 'VariableDeclaration:t']);
    expect(program.diagnostics.map((d) => d.code)).toEqual(['unterminated-string']);
  });

  it('recovers from an unterminated interpolation on its line', () => {
    const program = parseBicep("var s = 'a${b\nvar t = 1");
    expect(names(program)).toEqual(['VariableDeclaration:s', 'VariableDeclaration:t']);
    expect(program.diagnostics.map((d) => d.code)).toEqual(['unterminated-string']);
  });

  it('does not report an unrecognized character twice', () => {
    expect(lines(parseBicep('var x = #'))).toEqual(["1:9 unexpected character '#'"]);
  });

  it('recovers from a broken loop head up to its closing bracket', () => {
    const program = parseBicep('var x = [for (a) in xs: a]\nvar y = [for a in b: a]');
    expect(lines(program)).toEqual([
      "1:16 expected ',' and the index variable after the item variable, found ')'",
    ]);
    expect(names(program)).toEqual(['VariableDeclaration:x', 'VariableDeclaration:y']);
  });

  it('reports nesting deeper than the limit once and goes on', () => {
    const deep = 'var x = ' + '['.repeat(400) + ']'.repeat(400) + '\nvar y = 1';
    const program = parseBicep(deep);
    expect(lines(program)).toEqual(['1:265 the expression nests more than 256 levels deep']);
    expect(names(program)).toEqual(['VariableDeclaration:x', 'VariableDeclaration:y']);
  });

  it('accepts nesting up to the limit', () => {
    const program = parseBicep('var x = ' + '['.repeat(255) + ']'.repeat(255));
    expect(program.diagnostics).toEqual([]);
  });

  it('reports over-long operator and member chains', () => {
    expect(lines(parseBicep('var x = 1' + ' + 1'.repeat(1001)))).toEqual([
      '1:4011 the expression has more than 1000 operators in a row',
    ]);
    expect(lines(parseBicep('var x = a' + '.b'.repeat(1001)))).toEqual([
      '1:2010 the expression has more than 1000 member accesses in a row',
    ]);
    expect(parseBicep('var x = 1' + ' + 1'.repeat(1000)).diagnostics).toEqual([]);
  });

  it('stops reporting after 1000 diagnostics', () => {
    const program = parseBicep('#\n'.repeat(1500));
    expect(program.diagnostics).toHaveLength(1001);
    expect(program.diagnostics[1000].code).toBe('too-many-errors');
  });

  it('takes a declaration keyword at the start of a line as the end of an unclosed body (so nested ones are indented)', () => {
    const program = parseBicep("resource a 'T@1' = {\nresource b 'k' = {}\n}");
    expect(lines(program)).toEqual([
      "2:1 expected '}' to close the object opened at line 1, column 20, found 'resource'",
      "3:1 expected a declaration (param, var, resource, module, output, type, func, import, metadata or targetScope), found '}'",
    ]);
    expect(names(program)).toEqual(['ResourceDeclaration:a', 'ResourceDeclaration:b']);
    expect(parseBicep("resource a 'T@1' = {\n  resource b 'k' = {}\n}").diagnostics).toEqual([]);
  });

  it('prints what it could read of a broken program', () => {
    const program = parseBicep('param a string\nparam\nvar b = {\n  c: 1 +\n}');
    expect(printBicep(program)).toBe('param a string\nvar b = {\n  c: 1 + <error>\n}\n');
  });
});
