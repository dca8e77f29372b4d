import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import fc from 'fast-check';
import { parseFast } from '../../../src/sources/terraform/fast-parse.js';
import type { HclParser } from '../../../src/sources/terraform/parse.js';
import { loadHclParser, loadTreeSitterHclParser } from '../../../src/sources/terraform/parse.js';
import TS from '../../../src/sources/terraform/treesitter.cjs';

let parser: HclParser;
let treeSitter: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
  treeSitter = await loadTreeSitterHclParser();
});

/** The parser (fast path first) gives exactly what tree-sitter alone gives: nodes, ranges, comments, errors. */
function expectSameAsTreeSitter(text: string): void {
  expect({ text, parsed: parser.parse(text, 'f.tf') }).toStrictEqual({
    text,
    parsed: treeSitter.parse(text, 'f.tf'),
  });
}

function handledByFastParser(text: string): boolean {
  return parseFast(text, 0, text.length, () => {}) !== undefined;
}

const HSM = `# leading comment with a brace {
resource "azurerm_key_vault_managed_hardware_security_module" "hsm" { // opens {
  name                = "\${var.prefix}-hsm-{x}" /* } in a comment */
  location            = var.locations[0]
  sku_name            = "Standard_B1"
  purge_protection_enabled = true
  admin_object_ids    = [for id in var.admins : lower(id) if id != ""]
  tags = merge(local.tags, {
    "a{b" = "}"
    index: 1,
  })

  network_acls {
    bypass         = "AzureServices"
    default_action = var.strict ? "Deny" : "Allow"
  }
}
`;

/** Texts the fast parser must take itself, by what they exercise. */
const HANDLED: Array<[string, string]> = [
  ['a resource with comments and strings holding braces', HSM],
  ['the same with CRLF line ends', HSM.replace(/\n/g, '\r\n')],
  [
    'heredocs with lines that look like their marker',
    [
      'a = <<EOT',
      'EOTX',
      '  EOT x',
      'EOT$${b}',
      '# not a comment { "',
      'EOT',
      'b = <<-EOT',
      '    %{ for r in var.regions ~}',
      '    "${r}",',
      '    %{~ endfor }',
      '    %{ if var.strict }true%{ else }false%{ endif }',
      '    $${literal} %%{literal}',
      '    EOT',
      'c = upper(<<EOT',
      'x',
      'EOT',
      ')',
      '',
    ].join('\n'),
  ],
  ['a heredoc with CRLF line ends', 'a = <<EOT\r\nline\r\n${x}\r\nEOT\r\nb = 1\r\n'],
  [
    'nested templates and escapes',
    [
      'a = "${lookup(m, "k-${join(",", [for s in xs : "${s}"])}")}"',
      'b = "\\"${"}"}\\" \\u00e9\\U0001F600 \\\\n \\t"',
      'c = "$$${x} 100% %%{y} $ { }"',
      'd = "${~ a ~}%{ if b ~} c %{~ endif }"',
      '',
    ].join('\n'),
  ],
  ['non-ASCII text (columns count UTF-16 units)', 'a = "é😀" # ünïcödé 😀\nb = "😀${x}😀" /* é */ c = 1\n'],
  [
    'operators, conditionals and parentheses',
    [
      'a = x + y * z - -w / 2 % 3',
      'b = !x && y || z == 1 != false',
      'c = x ? y : z ? v : w',
      'd = x ? y ? 1 : 2 : 3 >= 4',
      'e = (x + y).z[0] <= 1.5e+3',
      '',
    ].join('\n'),
  ],
  [
    'traversals, splats and calls',
    [
      'a = data.x.y[*].id',
      'b = x.*.name[0].0.c',
      'c = f(xs...)',
      'd = provider_fn(1, "two", [3],)',
      'e = { for k, v in m : upper(k) => v.name... if v.on }',
      'f = [1, 2,]',
      'g = { a = 1, b: 2 c = [] }',
      'h = f (\n  x\n)',
      '',
    ].join('\n'),
  ],
  [
    'several items on a line, empty blocks, a block of comments only',
    'a = 1 b = 2\nx {}\ny "l" {\n  # c\n}\n',
  ],
  [
    'a heredoc holding a line that looks like a top-level attribute',
    'x = <<EOT\nfoo = 1\nEOT\nresource "a" "b" {}\n',
  ],
];

/** Texts the fast parser must leave to tree-sitter: errors, and forms it does not handle. */
const LEFT_TO_TREE_SITTER: Array<[string, string]> = [
  ['a missing value', 'resource "a" "b" {\n  x =\n}\n'],
  ['an unterminated string', 'x = "abc\ny = 1\n'],
  ['an unterminated heredoc', 'x = <<EOT\nabc\n'],
  ['an unclosed tuple', 'x = [1, 2\ny = 3\n'],
  ['a stray brace', 'x = 1\n}\n'],
  ['an invalid escape', 'x = "\\q"\n'],
  ['a keyword as a name', 'if = 1\n'],
  ['a non-ASCII identifier', 'é = 1\n'],
  ['a hexadecimal number', 'x = 0x1F\n'],
  ['a comment inside an interpolation', 'x = "${a # c\n}"\n'],
  ['an index on a literal', 'x = "abc"[0]\n'],
  ['a space before a heredoc marker', 'x = << EOT\na\nEOT\n'],
  ['an empty interpolation', 'x = "${}"\n'],
  ['a NUL character', 'x = "a\u0000b"\n'],
  ['deep nesting', `x = ${'('.repeat(300)}1${')'.repeat(300)}\n`],
];

// ---------------------------------------------------------------------------------------------------------------
// Generated configurations: tokens joined by random trivia (spaces, newlines, every kind of comment)

type Piece = string | { tight: string } | { quoted: Piece[] } | Piece[];

const TRIVIA = [
  ' ',
  ' ',
  ' ',
  ' ',
  '',
  '',
  '\n',
  '\r\n  ',
  '\t',
  ' # c\n',
  ' // c\n',
  '/* c */',
  '/* a\n b */ ',
];

/** Mostly valid choices, sometimes one the fast parser gives up on or tree-sitter rejects. */
function mostly<T>(valid: T[], other: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...valid) },
    { weight: 1, arbitrary: fc.constantFrom(...other) },
  );
}

const identifier = mostly(
  ['a', 'b_1', 'var', 'local', 'foo-bar', 'index', 'format', 'forx', 'inx', 'a-'],
  ['for', 'é'],
);
const number = mostly(['0', '42', '1.5', '1.5e3', '1.5E-2'], ['1e3', '0x1f', '1.']);
const operator = mostly(['+', '-', '*', '/', '%', '==', '!=', '<', '>=', '&&', '||'], ['=', '!', '<<']);
const textPiece = mostly(
  ['a', ' ', 'é', '😀', '}', '{', '$', '%', '$${', '%%{', '$$', '\\n', '\\"', '#'],
  ['\\q', '\n'],
);

const { expression } = fc.letrec<{ expression: Piece; step: Piece; template: Piece; heredoc: Piece }>(
  (tie) => ({
    expression: fc.oneof(
      { depthSize: 'small', maxDepth: 4, withCrossShrink: true },
      number,
      identifier,
      mostly(['true', 'null'], ['for', 'if']),
      tie('template'),
      tie('heredoc'),
      fc.tuple(tie('expression'), operator, tie('expression')),
      fc.tuple(fc.constantFrom('-', '!'), tie('expression')),
      fc
        .tuple(tie('expression'), tie('expression'), tie('expression'))
        .map(([a, b, c]) => [a, '?', b, ':', c]),
      tie('expression').map((e) => ['(', e, ')']),
      fc
        .tuple(identifier, fc.array(tie('expression'), { maxLength: 3 }), fc.constantFrom('', ',', '...'))
        .map(([name, args, tail]) => [name, '(', ...args.flatMap((a, i) => (i ? [',', a] : [a])), tail, ')']),
      fc
        .tuple(tie('expression'), fc.array(tie('step'), { minLength: 1, maxLength: 3 }))
        .map(([e, s]) => [e, ...s]),
      fc
        .array(tie('expression'), { maxLength: 3 })
        .map((items) => ['[', ...items.flatMap((a) => [a, ',']), ']']),
      fc
        .array(
          fc.tuple(tie('expression'), fc.constantFrom('=', ':'), tie('expression'), fc.constantFrom(',', '')),
          {
            maxLength: 3,
          },
        )
        .map((items) => ['{', ...items.flat(), '}']),
      fc
        .tuple(identifier, tie('expression'), tie('expression'), fc.option(tie('expression')))
        .map(([v, c, e, cond]) => ['[', 'for', v, 'in', c, ':', e, ...(cond ? ['if', cond] : []), ']']),
      fc
        .tuple(identifier, identifier, tie('expression'), tie('expression'), fc.boolean())
        .map(([k, v, c, e, group]) => [
          '{',
          'for',
          k,
          ',',
          v,
          'in',
          c,
          ':',
          k,
          '=>',
          e,
          group ? '...' : '',
          '}',
        ]),
    ),
    step: fc.oneof(
      identifier.map((name) => ['.', name]),
      mostly([{ tight: '.*' }, { tight: '[*]' }, { tight: '.0' }], [{ tight: '[ * ]' }]),
      tie('expression').map((e) => ['[', e, ']']),
    ),
    template: fc
      .array(
        fc.oneof(
          { weight: 3, arbitrary: fc.array(textPiece, { maxLength: 3 }).map((t) => ({ tight: t.join('') })) },
          {
            weight: 2,
            arbitrary: fc
              .tuple(fc.constantFrom('${', '${~'), tie('expression'), fc.constantFrom('}', '~}'))
              .map(([open, e, close]) => [{ tight: open }, e, { tight: close }]),
          },
          {
            weight: 1,
            arbitrary: tie('expression').map((c) => [
              { tight: '%{' },
              'if',
              c,
              '}',
              'x',
              { tight: '%{' },
              'endif',
              '}',
            ]),
          },
        ),
        { maxLength: 3 },
      )
      .map((parts) => ({ quoted: parts })),
    heredoc: fc
      .tuple(
        mostly(['<<EOT', '<<-EOT'], ['<< EOT']),
        fc.array(
          fc.constantFrom('line', '  indented', 'EOTX', 'EOT$${x}', '${a}', '%{ if a }y%{ endif }', ''),
          {
            maxLength: 3,
          },
        ),
        mostly(['EOT', '  EOT', 'EOT  '], ['']),
      )
      .map(([open, lines, close]) => ({
        tight: `${open}\n${lines.map((l) => `${l}\n`).join('')}${close}\n`,
      })),
  }),
);

const item = fc.letrec<{ item: Piece }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small', maxDepth: 2 },
    fc.tuple(identifier, expression).map(([name, e]) => [name, '=', e]),
    fc
      .tuple(identifier, fc.constantFrom('', '"label"', 'label'), fc.array(tie('item'), { maxLength: 3 }))
      .map(([type, label, items]) => [type, label, '{', ...items.flatMap((i) => [i, '\n']), '}']),
  ),
})).item;

/** Renders pieces, joining them with trivia taken in turn from `trivia`; tight pieces are never split. */
function render(piece: Piece, trivia: () => string): string {
  if (typeof piece === 'string') return piece;
  if (Array.isArray(piece)) return piece.map((p, i) => (i > 0 ? trivia() : '') + render(p, trivia)).join('');
  if ('quoted' in piece) return `"${piece.quoted.map((p) => render(p, trivia)).join('')}"`;
  return piece.tight;
}

const configuration = fc
  .tuple(
    fc.array(item, { minLength: 1, maxLength: 4 }),
    fc.array(fc.constantFrom(...TRIVIA), { minLength: 1, maxLength: 50 }),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([items, trivia, eol]) => {
    let next = 0;
    const take = () => trivia[next++ % trivia.length];
    return items.map((it) => render(it, take)).join(eol) + eol;
  });

// ---------------------------------------------------------------------------------------------------------------
// Mutations of a realistic configuration

const INSERTIONS = [
  ...[
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    '"',
    '\\',
    '$',
    '%',
    '${',
    '%{',
    '~',
    '.',
    '*',
    ',',
    ':',
    '?',
    '=',
    '!',
    '-',
  ],
  ...[
    '#',
    '//',
    '/*',
    '*/',
    '\n',
    '\r\n',
    ' ',
    'é',
    '😀',
    '\u3000',
    '0',
    '1.5',
    'for ',
    ' in ',
    ' if ',
    'null',
  ],
  ...['<<EOT\nx\nEOT\n', 'EOT', '...', '=>', '[*]', '.*', '.0', '::', '\\u00e9', '$${', '%%{'],
];

const mutation = fc.oneof(
  fc.record({ at: fc.nat(), remove: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ at: fc.nat(), insert: fc.constantFrom(...INSERTIONS) }),
);

function mutate(text: string, mutations: Array<{ at: number; remove?: number; insert?: string }>): string {
  for (const { at, remove, insert } of mutations) {
    const i = at % (text.length + 1);
    text = text.slice(0, i) + (insert ?? '') + text.slice(i + (remove ?? 0));
  }
  return text;
}

describe('fast HCL parser', () => {
  it.each(HANDLED)('parses %s itself, as tree-sitter does', (_name, text) => {
    expect(handledByFastParser(text)).toBe(true);
    expectSameAsTreeSitter(text);
  });

  it.each(LEFT_TO_TREE_SITTER)('leaves %s to tree-sitter', (_name, text) => {
    expect(handledByFastParser(text)).toBe(false);
    expectSameAsTreeSitter(text);
  });

  it('takes a header of comments itself, without tree-sitter, as tree-sitter reads it', () => {
    const text = `# Licensed under MIT.\n/* owner: platform */\n\n${HSM.slice(HSM.indexOf('\n') + 1)}`;
    const parse = jest.spyOn(TS.Parser.prototype, 'parse');
    try {
      const parsed = parser.parse(text, 'f.tf');
      expect(parse).not.toHaveBeenCalled();
      expect(parsed.comments.map((comment) => comment.text).slice(0, 2)).toEqual([
        '# Licensed under MIT.',
        '/* owner: platform */',
      ]);
    } finally {
      parse.mockRestore();
    }
    expectSameAsTreeSitter(text);
  });

  it('agrees with tree-sitter on generated configurations, with trivia between any two tokens', () => {
    let handled = 0;
    fc.assert(
      fc.property(configuration, (text) => {
        if (handledByFastParser(text)) handled++;
        expectSameAsTreeSitter(text);
      }),
      { numRuns: 400 },
    );
    // The comparison is only worth something if the fast parser takes a good share of the texts.
    expect(handled).toBeGreaterThan(40);
  });

  it('agrees with tree-sitter on mutations of a realistic configuration', () => {
    const base = `${HSM}\n${HANDLED[2][1]}\n${HANDLED[4][1]}\n${HANDLED[7][1]}`;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        expectSameAsTreeSitter(mutate(base, mutations));
      }),
      { numRuns: 300 },
    );
  });
});
