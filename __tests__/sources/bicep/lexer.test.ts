import { describe, expect, it } from '@jest/globals';
import { lex, PositionMap } from '../../../src/sources/bicep/index.js';

function kinds(text: string): string[] {
  return lex(text)
    .tokens.filter((token) => token.kind !== 'eof')
    .map((token) => token.kind);
}

function values(text: string): string[] {
  return lex(text)
    .tokens.filter((token) => token.kind !== 'eof')
    .map((token) => `${token.kind}:${token.value}`);
}

function diagnostics(text: string): string[] {
  return lex(text).diagnostics.map((d) => `${d.offset}+${d.length} ${d.code}`);
}

describe('bicep lexer: punctuation and operators', () => {
  it.each([
    ['{ } ( ) [ ] , ; @', ['{', '}', '(', ')', '[', ']', ',', ';', '@']],
    ['. ... ? ?? : ::', ['.', '...', '?', '??', ':', '::']],
    ['+ - * / % ^', ['+', '-', '*', '/', '%', '^']],
    ['! != !~ = == =~ =>', ['!', '!=', '!~', '=', '==', '=~', '=>']],
    ['< <= > >=', ['<', '<=', '>', '>=']],
    ['&& || |', ['&&', '||', '|']],
    ['a.?b', ['identifier', '.', '?', 'identifier']],
    ['a[?^0]', ['identifier', '[', '?', '^', 'integer', ']']],
    ['x!.y', ['identifier', '!', '.', 'identifier']],
    ['a::b', ['identifier', '::', 'identifier']],
  ])('splits %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('reports a single & and a double quote', () => {
    expect(diagnostics('a & b')).toEqual(['2+1 unrecognized-token']);
    const lexed = lex('"x"');
    expect(lexed.diagnostics.map((d) => d.message)).toEqual([
      `unexpected '"': Bicep strings use single quotes`,
      `unexpected '"': Bicep strings use single quotes`,
    ]);
  });

  it('groups a run of unrecognized characters into one token', () => {
    const lexed = lex('a €€€ b');
    expect(lexed.tokens.map((t) => t.kind)).toEqual(['identifier', 'unrecognized', 'identifier', 'eof']);
    expect(lexed.diagnostics).toHaveLength(1);
    expect(lexed.diagnostics[0]).toMatchObject({ offset: 2, length: 3 });
  });
});

describe('bicep lexer: words and numbers', () => {
  it('makes true, false and null keywords and every other word an identifier', () => {
    expect(values('true false null param resource if for in existing')).toEqual([
      'true:true',
      'false:false',
      'null:null',
      'identifier:param',
      'identifier:resource',
      'identifier:if',
      'identifier:for',
      'identifier:in',
      'identifier:existing',
    ]);
  });

  it('reads identifiers of letters, digits and underscores that do not start with a digit', () => {
    expect(values('_a1 B_2 1abc')).toEqual([
      'identifier:_a1',
      'identifier:B_2',
      'integer:1',
      'identifier:abc',
    ]);
  });

  it('reads integers as digits only (Bicep has no decimal literals)', () => {
    expect(values('12.5')).toEqual(['integer:12', '.:', 'integer:5']);
  });

  it('reports an identifier longer than 255 characters', () => {
    expect(diagnostics('a'.repeat(256))).toEqual(['0+256 identifier-too-long']);
    expect(diagnostics('a'.repeat(255))).toEqual([]);
  });
});

describe('bicep lexer: new lines and whitespace', () => {
  it('makes one new-line token of consecutive line breaks of any style', () => {
    expect(kinds('a\r\n\n\rb')).toEqual(['identifier', 'newline', 'identifier']);
  });

  it('separates new-line tokens by a line of spaces', () => {
    expect(kinds('a\n  \nb')).toEqual(['identifier', 'newline', 'newline', 'identifier']);
  });

  it('skips spaces and tabs but not other whitespace', () => {
    expect(kinds('a \t b')).toEqual(['identifier', 'identifier']);
    expect(kinds('a\fb')).toEqual(['identifier', 'unrecognized', 'identifier']);
  });

  it('skips a byte order mark at the start', () => {
    expect(kinds('\ufeffparam')).toEqual(['identifier']);
  });
});

describe('bicep lexer: strings', () => {
  it('reads a string with its decoded value', () => {
    expect(values("'hello world'")).toEqual(['string:hello world']);
  });

  it.each([
    ["'\\''", "'"],
    ["'\\\\'", '\\'],
    ["'\\n'", '\n'],
    ["'\\r'", '\r'],
    ["'\\t'", '\t'],
    ["'\\$'", '$'],
    ["'\\${x}'", '${x}'],
    ["'\\u{41}'", 'A'],
    ["'\\u{1F600}'", '\u{1F600}'],
    ["'$ {x} $'", '$ {x} $'],
  ])('decodes %s', (text, value) => {
    const lexed = lex(text);
    expect(lexed.diagnostics).toEqual([]);
    expect(lexed.tokens[0]).toMatchObject({ kind: 'string', value });
  });

  it.each([
    ["'\\q'", 1, 2],
    ["'\\u41'", 1, 2],
    ["'\\u{}'", 1, 4],
    ["'\\u{110000}'", 1, 10],
    ["'\\u{12'", 1, 5],
  ])('reports the invalid escape in %s at its place', (text, offset, length) => {
    const lexed = lex(text);
    expect(lexed.diagnostics[0]).toMatchObject({ code: 'invalid-escape', offset, length });
  });

  it('splits an interpolated string into pieces around the holes', () => {
    expect(values("'a${b}c${d}e'")).toEqual([
      'stringLeft:a',
      'identifier:b',
      'stringMiddle:c',
      'identifier:d',
      'stringRight:e',
    ]);
  });

  it('tells the braces of an object in a hole from the brace that closes the hole', () => {
    expect(kinds("'${ {a: 1}.a }x'")).toEqual([
      'stringLeft',
      '{',
      'identifier',
      ':',
      'integer',
      '}',
      '.',
      'identifier',
      'stringRight',
    ]);
  });

  it('reads strings nested in holes', () => {
    expect(values("'a${'b${c}'}d'")).toEqual([
      'stringLeft:a',
      'stringLeft:b',
      'identifier:c',
      'stringRight:',
      'stringRight:d',
    ]);
  });

  it('reports a string that the line ends before closing, and ends it there', () => {
    const lexed = lex("'abc\nx");
    expect(lexed.tokens.map((t) => t.kind)).toEqual(['string', 'newline', 'identifier', 'eof']);
    expect(lexed.tokens[0]).toMatchObject({ value: 'abc', unterminated: true, start: 0, end: 4 });
    expect(lexed.diagnostics.map((d) => d.code)).toEqual(['unterminated-string']);
  });

  it('closes an interpolation that the line ends inside', () => {
    const lexed = lex("'a${b\nc");
    expect(lexed.tokens.map((t) => t.kind)).toEqual([
      'stringLeft',
      'identifier',
      'stringRight',
      'newline',
      'identifier',
      'eof',
    ]);
    expect(lexed.tokens[2]).toMatchObject({ start: 5, end: 5, unterminated: true });
  });

  it('reports a string that the file ends inside', () => {
    expect(diagnostics("'abc")).toEqual(['0+4 unterminated-string']);
  });
});

describe('bicep lexer: multi-line strings', () => {
  it('keeps the text verbatim, without escapes or interpolation, less the first new line', () => {
    const lexed = lex("'''\nline ${x}\n\\n 'quoted'\n'''");
    expect(lexed.tokens[0]).toMatchObject({ kind: 'multilineString', value: "line ${x}\n\\n 'quoted'\n" });
  });

  it('strips a leading CRLF and keeps text on the opening line', () => {
    expect(lex("'''\r\nabc'''").tokens[0].value).toBe('abc');
    expect(lex("'''abc'''").tokens[0].value).toBe('abc');
  });

  it('keeps quotes that end the text before the closing quotes', () => {
    expect(lex("'''it's''''").tokens[0].value).toBe("it's'");
  });

  it('reports a multi-line string the file ends inside', () => {
    const lexed = lex("'''abc");
    expect(lexed.tokens[0]).toMatchObject({ kind: 'multilineString', value: 'abc', unterminated: true });
    expect(lexed.diagnostics.map((d) => d.code)).toEqual(['unterminated-string']);
  });
});

describe('bicep lexer: comments and directives', () => {
  it('keeps line and block comments as trivia with their text and places', () => {
    const lexed = lex('a // one\n/* two\nlines */ b');
    expect(lexed.tokens.map((t) => t.kind)).toEqual(['identifier', 'newline', 'identifier', 'eof']);
    expect(lexed.comments.map((c) => [c.kind, c.text, c.value, c.range])).toEqual([
      ['LineComment', '// one', ' one', { start: { line: 1, column: 3 }, end: { line: 1, column: 9 } }],
      [
        'BlockComment',
        '/* two\nlines */',
        ' two\nlines ',
        { start: { line: 2, column: 1 }, end: { line: 3, column: 9 } },
      ],
    ]);
  });

  it('reports an unclosed block comment', () => {
    const lexed = lex('a /* b');
    expect(lexed.comments[0].value).toBe(' b');
    expect(lexed.diagnostics.map((d) => d.code)).toEqual(['unterminated-comment']);
  });

  it('reads #disable-next-line with its codes and their places', () => {
    const lexed = lex('  #disable-next-line BCP081 no-unused-params\nresource');
    expect(lexed.tokens.map((t) => t.kind)).toEqual(['newline', 'identifier', 'eof']);
    const [directive] = lexed.directives;
    expect(directive.codes.map((c) => [c.code, c.range.start.column, c.range.end.column])).toEqual([
      ['BCP081', 22, 28],
      ['no-unused-params', 29, 45],
    ]);
    expect(directive.range).toEqual({ start: { line: 1, column: 3 }, end: { line: 1, column: 45 } });
  });

  it('ends the directive codes at a comment', () => {
    const lexed = lex('#disable-next-line BCP037 // why');
    expect(lexed.directives[0].codes.map((c) => c.code)).toEqual(['BCP037']);
    expect(lexed.comments.map((c) => c.text)).toEqual(['// why']);
  });

  it('reports a directive without codes', () => {
    expect(diagnostics('#disable-next-line\n')).toEqual(['0+18 missing-diagnostic-codes']);
  });

  it('does not read a directive that does not start its line', () => {
    const lexed = lex('a #disable-next-line BCP081');
    expect(lexed.directives).toEqual([]);
    expect(lexed.diagnostics.map((d) => d.code)).toContain('unrecognized-token');
  });
});

describe('PositionMap', () => {
  it('maps offsets after LF, CR and CRLF to 1-based lines and columns', () => {
    const map = new PositionMap('ab\ncd\r\nef\rg');
    expect([0, 2, 3, 7, 10, 11].map((offset) => map.position(offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });

  it('counts columns in UTF-16 code units', () => {
    const map = new PositionMap('😀x');
    expect(map.position(2)).toEqual({ line: 1, column: 3 });
  });

  it('answers offsets asked out of order', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line${i}`).join('\n');
    const map = new PositionMap(text);
    const offsets = [300, 0, 120, 121, 7, 299];
    const expected = offsets.map((offset) => {
      const before = text.slice(0, offset);
      const line = before.split('\n').length;
      return { line, column: offset - before.lastIndexOf('\n') };
    });
    expect(offsets.map((offset) => map.position(offset))).toEqual(expected);
  });
});
