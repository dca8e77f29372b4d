import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LineIndex } from '../../../src/model/range.js';
import { parseBicep, printBicep, walk, type Program } from '../../../src/sources/bicep/index.js';

/** Every position is where its offset says, every child inside its parent, every diagnostic inside the text. */
function checkInvariants(text: string, program: Program): void {
  const index = new LineIndex(text);
  const problems: string[] = [];
  walk(program, (node, parent) => {
    if (node.offset < 0 || node.length < 0 || node.offset + node.length > text.length) {
      problems.push(`${node.kind} at ${node.offset}+${node.length} is outside the text`);
    }
    const expected = index.range('', node.offset, node.length);
    const range = program.rangeOf(node);
    if (JSON.stringify(range) !== JSON.stringify({ start: expected.start, end: expected.end })) {
      problems.push(
        `${node.kind} at ${node.offset}: range ${JSON.stringify(range)} disagrees with its offset`,
      );
    }
    if (
      parent &&
      (node.offset < parent.offset || node.offset + node.length > parent.offset + parent.length)
    ) {
      problems.push(`${node.kind} at ${node.offset}+${node.length} is outside its parent ${parent.kind}`);
    }
  });
  for (const diagnostic of program.diagnostics) {
    if (diagnostic.offset < 0 || diagnostic.offset + diagnostic.length > text.length) {
      problems.push(`diagnostic ${diagnostic.message} is outside the text`);
    }
  }
  for (const comment of [...program.comments, ...program.directives]) {
    if (comment.offset < 0 || comment.offset + comment.length > text.length)
      problems.push('trivia outside the text');
  }
  if (problems.length > 0) throw new Error(`${JSON.stringify(text)}\n${problems.slice(0, 5).join('\n')}`);
}

function parseAndCheck(text: string): void {
  const program = parseBicep(text);
  checkInvariants(text, program);
  printBicep(program);
  const params = parseBicep(text, 'x.bicepparam');
  checkInvariants(text, params);
}

/** Pieces of Bicep, so random sequences reach deep into the grammar. */
const piece = fc.constantFrom(
  ...'{}[]()\':,.?!=<>|&@#^*%+-/\n\r\t "\\$~;'.split(''),
  'param ',
  'var ',
  'resource ',
  'module ',
  'output ',
  'type ',
  'func ',
  'import ',
  'targetScope',
  'using ',
  'existing',
  'for ',
  ' in ',
  'if (',
  '${',
  "'''",
  '=>',
  '::',
  '...',
  '.?',
  '[?',
  '@description(',
  '#disable-next-line ',
  '//',
  '/*',
  '*/',
  'true',
  'null',
  '12',
  'abc',
  "'T@1'",
  "'str'",
);

describe('bicep parser robustness (property)', () => {
  it('never throws and keeps its positions consistent on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => parseAndCheck(text)),
      { numRuns: 2000 },
    );
  });

  it('never throws on random code points, surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => parseAndCheck(text)),
      {
        numRuns: 2000,
      },
    );
  });

  it('never throws on random bytes, decoded as UTF-8 or as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        parseAndCheck(new TextDecoder('utf-8').decode(bytes));
        parseAndCheck(String.fromCharCode(...bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on random sequences of Bicep pieces', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 150 }), (pieces) => parseAndCheck(pieces.join(''))),
      { numRuns: 5000 },
    );
  });
});

describe('bicep parser limits', () => {
  const N = 50_000;
  it.each([
    ['brackets', 'var x = ' + '['.repeat(N) + ']'.repeat(N)],
    ['unclosed brackets', 'var x = ' + '['.repeat(N)],
    ['parentheses', 'var x = ' + '('.repeat(N) + '1' + ')'.repeat(N)],
    ['objects', 'var x = ' + '{a:'.repeat(N) + '1' + '}'.repeat(N)],
    ['calls', 'var x = ' + 'f('.repeat(N) + ')'.repeat(N)],
    ['interpolations', 'var x = ' + "'${".repeat(N) + '1' + "}'".repeat(N)],
    ['lambdas', 'var x = ' + 'x => '.repeat(N) + '1'],
    ['ternaries', 'var x = ' + 'a ? b : '.repeat(N) + 'c'],
    ['unary operators', 'var x = ' + '!'.repeat(N) + 'a'],
    ['binary operators', 'var x = ' + '1 + '.repeat(N) + '1'],
    ['member accesses', 'var x = a' + '.b'.repeat(N)],
    ['type parentheses', 'type t = ' + '('.repeat(N) + 'string' + ')'.repeat(N)],
    ['object types', 'type t = ' + '{a:'.repeat(N) + 'string' + '}'.repeat(N)],
    ['array types', 'type t = string' + '[]'.repeat(N)],
    ['loops', 'var x = ' + '[for x in '.repeat(N)],
    ['conditions', "resource r 'T@1' = " + 'if (a) {\n'.repeat(N)],
    ['decorators', '@a()\n'.repeat(N) + 'param p string'],
    ['closing brackets', '}'.repeat(N)],
  ])('parses %s nested or repeated 50,000 times without overflowing the stack', (_name, text) => {
    const program = parseBicep(text);
    expect(program.kind).toBe('Program');
    expect(() => printBicep(program)).not.toThrow();
  });

  it('parses a long flat file', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `param p${i} string = 'v${i}'`).join('\n');
    const program = parseBicep(text);
    expect(program.diagnostics).toEqual([]);
    expect(program.declarations).toHaveLength(20_000);
    expect(program.rangeOf(program.declarations[19_999]).start.line).toBe(20_000);
  });
});
