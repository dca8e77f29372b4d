import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { HclBody, HclFile, HclParser } from '../../../src/sources/terraform/parse.js';
import type { SourceRange } from '../../../src/model/range.js';
import { loadHclParser } from '../../../src/sources/terraform/parse.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

// ---------------------------------------------------------------------------------------------------------------
// Ranges

/** Offsets of line starts as the parser counts lines: only `\n` ends one. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Every SourceRange in a parsed file, with the path to it, in no particular order. */
function rangesOf(
  value: unknown,
  path = '$',
  out: Array<[string, SourceRange]> = [],
): Array<[string, SourceRange]> {
  if (Array.isArray(value)) value.forEach((v, i) => rangesOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('start' in record && 'end' in record && 'file' in record)
      out.push([path, record as unknown as SourceRange]);
    else for (const [k, v] of Object.entries(record)) rangesOf(v, `${path}.${k}`, out);
  }
  return out;
}

/** Objects in a parsed file that have both `raw` (or `text`) and a range, with the path to each. */
function rawsOf(value: unknown, path = '$', out: Array<[string, string, SourceRange]> = []) {
  if (Array.isArray(value)) value.forEach((v, i) => rawsOf(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const own = record.kind === 'invalid' || record.kind === 'text' ? record.raw : undefined;
    if (typeof own === 'string') out.push([path, own, record.range as SourceRange]);
    for (const [k, v] of Object.entries(record)) if (k !== 'range') rawsOf(v, `${path}.${k}`, out);
  }
  return out;
}

function offsetOf(starts: number[], line: number, column: number): number {
  return starts[line - 1] + column - 1;
}

/** Checks that every range lies inside the text and that raw texts are what their ranges cover. */
function expectSaneRanges(text: string, file: HclFile, internalErrors = false): void {
  const starts = lineStarts(text);
  const lineEnd = (line: number) => (line < starts.length ? starts[line] - 1 : text.length);
  const inside = (p: { line: number; column: number }) =>
    Number.isInteger(p.line) &&
    Number.isInteger(p.column) &&
    p.line >= 1 &&
    p.line <= starts.length &&
    p.column >= 1 &&
    starts[p.line - 1] + p.column - 1 <= lineEnd(p.line);
  const problems: string[] = [];
  for (const [path, range] of rangesOf(file)) {
    const ordered =
      range.start.line < range.end.line ||
      (range.start.line === range.end.line && range.start.column <= range.end.column);
    if (range.file !== 'f.tf' || !inside(range.start) || !inside(range.end) || !ordered) {
      problems.push(`${path}: ${JSON.stringify(range)}`);
    }
  }
  const covered = (range: SourceRange) =>
    text.slice(
      offsetOf(starts, range.start.line, range.start.column),
      offsetOf(starts, range.end.line, range.end.column),
    );
  for (const [path, raw, range] of rawsOf(file)) {
    if (covered(range) !== raw) problems.push(`${path}: ${JSON.stringify(raw)} at ${JSON.stringify(range)}`);
  }
  file.comments.forEach((comment, i) => {
    if (covered(comment.range) !== comment.text) problems.push(`comments[${i}]: ${JSON.stringify(comment)}`);
  });
  if (!internalErrors) {
    for (const error of file.errors)
      if (error.message.startsWith('Internal parser error')) problems.push(error.message);
  }
  expect({ text, problems }).toEqual({ text, problems: [] });
}

// ---------------------------------------------------------------------------------------------------------------
// Arbitrary text

const TOKENS = [
  ...[
    'a',
    'b',
    'x_1',
    'locals',
    'resource',
    'var',
    'true',
    'null',
    'for',
    'in',
    'if',
    'else',
    'endif',
    'endfor',
  ],
  ...[' ', ' ', '  ', '\t', '\n', '\n', '\r\n', '\r'],
  ...[
    '{',
    '}',
    '[',
    ']',
    '(',
    ')',
    '"',
    '"',
    '=',
    '==',
    '.',
    '*',
    ',',
    ':',
    '?',
    '=>',
    '...',
    '-',
    '!',
    '&&',
    '+',
  ],
  ...['${', '%{', '~', '$${', '%%{', '\\', '\\n', '\\"', '\\u00e9'],
  ...['#', '//', '/*', '*/', '<<', '<<-', 'EOT', 'EOT\n', '\nEOT', '\n  EOT'],
  ...['1', '2.5', '0x1f', '1e3', 'é', '😀', '\u0000', '\ufeff'],
];

/** Token soup: HCL's punctuation, keywords, comment and heredoc markers and line ends, in any order. */
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((t) => t.join(''));

/** Lines that each look like HCL, in any order (so braces, heredocs and comments often do not match up). */
const lineSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'locals {',
        '}',
        'resource "a" "b" {',
        '  x = 1',
        'x = <<EOT',
        'EOT',
        '  y = "${a}"',
        '# c',
        '/* c',
        '*/',
        'z = [',
        ']',
        'data "x" "y" {}',
        'a = <<-EOT',
        '  EOT',
        'b = "é${x}"',
        'c = { for k, v in m : k => v... }',
        '  dynamic "d" {',
        '    content { e = f(g...) }',
        '',
      ),
      tokenSoup,
    ),
    { maxLength: 25 },
  )
  .map((lines) => lines.join('\n'));

// ---------------------------------------------------------------------------------------------------------------
// Valid configurations

const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);
const name = fc.stringMatching(/^[a-z_][a-z0-9_-]{0,9}$/).filter((n) => !KEYWORDS.has(n) && !n.endsWith('-'));

/**
 * A label or string value: printable text, with the characters that need escapes. A `$` or `%` is never right
 * before `{`, `$` or `%` (how `$$${` reads is the grammar's business, not this test's).
 */
const stringValue = fc.string({
  maxLength: 12,
  unit: fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom('a', 'Z', '0', ' ', '-', '/', '.', ':', 'é', '😀', '}', '$a', '%b'),
    },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', '\n', '\t', '${', '%{') },
  ),
});

function quote(value: string): string {
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, '\\t')
    .replace(/\$\{/g, () => '$${')
    .replace(/%\{/g, '%%{');
  return `"${escaped}"`;
}

type ExprKind = HclFile['body']['attributes'][number]['expr']['kind'];
interface GenExpr {
  text: string;
  kind: ExprKind;
  /** For string and number literals, the value the parser must decode. */
  value?: string | number;
}

const leafExpr: fc.Arbitrary<GenExpr> = fc.oneof(
  fc.nat({ max: 100000 }).map((n) => ({ text: String(n), kind: 'literal' as const, value: n })),
  stringValue.map((s) => ({ text: quote(s), kind: 'literal' as const, value: s })),
  fc.constantFrom('true', 'false', 'null').map((t) => ({ text: t, kind: 'literal' as const })),
  name.map((n) => ({ text: n, kind: 'variable' as const })),
  fc
    .tuple(name, fc.array(name, { minLength: 1, maxLength: 3 }))
    .map(([root, steps]) => ({ text: `${root}.${steps.join('.')}`, kind: 'traversal' as const })),
  fc.tuple(name, fc.nat(9)).map(([root, i]) => ({ text: `${root}[${i}].id`, kind: 'traversal' as const })),
  fc.tuple(name, name).map(([root, attr]) => ({ text: `${root}[*].${attr}`, kind: 'traversal' as const })),
);

const expr: fc.Arbitrary<GenExpr> = fc.letrec<{ expr: GenExpr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafExpr,
    fc
      .tuple(name, fc.array(tie('expr'), { maxLength: 3 }))
      .map(([f, args]) => ({ text: `${f}(${args.map((a) => a.text).join(', ')})`, kind: 'call' as const })),
    fc
      .array(tie('expr'), { maxLength: 3 })
      .map((items) => ({ text: `[${items.map((i) => i.text).join(', ')}]`, kind: 'tuple' as const })),
    fc.array(fc.tuple(name, tie('expr')), { maxLength: 3 }).map((items) => ({
      text: `{ ${items.map(([k, v]) => `${k} = ${v.text}`).join(', ')} }`,
      kind: 'object' as const,
    })),
    fc.tuple(stringValue, tie('expr'), stringValue).map(([a, e, b]) => ({
      text: `${quote(a).slice(0, -1)}\${${e.text}}${quote(b).slice(1)}`,
      kind: 'template' as const,
    })),
    fc.tuple(name, tie('expr')).map(([v, coll]) => ({
      text: `[for ${v} in ${coll.text} : upper(${v}) if ${v} != ""]`,
      kind: 'for' as const,
    })),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, e]) => ({
      text: `${c.text} ? ${t.text} : ${e.text}`,
      kind: 'conditional' as const,
    })),
    fc.tuple(leafExpr, fc.constantFrom('+', '-', '*', '==', '&&', '>='), leafExpr).map(([l, op, r]) => ({
      text: `${l.text} ${op} ${r.text}`,
      kind: 'binary' as const,
    })),
    tie('expr').map((e) => ({ text: `(${e.text})`, kind: 'parens' as const })),
  ),
})).expr;

const heredoc: fc.Arbitrary<GenExpr> = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.stringMatching(/^[a-zA-Z0-9 :{}",.-]{0,20}$/).filter((l) => !/^\s*EOT\s*$/.test(l)),
      { maxLength: 4 },
    ),
    fc.option(name),
  )
  .map(([indent, body, interpolated]) => {
    const lines = body.map((l) => (indent ? `  ${l}` : l));
    if (interpolated) lines.push(`x-\${var.${interpolated}}`);
    return {
      text: `<<${indent ? '-' : ''}EOT\n${lines.map((l) => `${l}\n`).join('')}${indent ? '  ' : ''}EOT`,
      kind: 'heredoc' as const,
    };
  });

interface GenAttribute {
  kind: 'attribute';
  name: string;
  expr: GenExpr;
  comment?: string;
}
interface GenBlock {
  kind: 'block';
  type: string;
  labels: Array<{ value: string; quoted: boolean }>;
  items: GenItem[];
  comment?: string;
}
type GenItem = GenAttribute | GenBlock;

const comment = fc.option(
  fc.oneof(
    fc.stringMatching(/^[^\n\r]{0,12}$/).map((t) => `# ${t}`),
    fc.stringMatching(/^[^\n\r]{0,12}$/).map((t) => `// ${t}`),
    fc.stringMatching(/^[a-z \n]{0,12}$/).map((t) => `/* ${t} */`),
  ),
  { nil: undefined },
);

const attribute: fc.Arbitrary<GenAttribute> = fc
  .tuple(name, fc.oneof({ weight: 5, arbitrary: expr }, { weight: 1, arbitrary: heredoc }), comment)
  .map(([n, e, c]) => ({ kind: 'attribute', name: n, expr: e, ...(c !== undefined ? { comment: c } : {}) }));

const label = fc.oneof(
  stringValue.map((value) => ({ value, quoted: true })),
  name.map((value) => ({ value, quoted: false })),
);

const item: fc.Arbitrary<GenItem> = fc.letrec<{ item: GenItem }>((tie) => ({
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    attribute,
    fc
      .tuple(name, fc.array(label, { maxLength: 2 }), fc.array(tie('item'), { maxLength: 4 }), comment)
      .map(([type, labels, items, c]) => ({
        kind: 'block' as const,
        type,
        labels,
        items,
        ...(c !== undefined ? { comment: c } : {}),
      })),
  ),
})).item;

function render(items: GenItem[], indent: string, eol: string): string {
  return items
    .map((it) => {
      const lead = it.comment !== undefined ? `${indent}${it.comment}${eol}` : '';
      if (it.kind === 'attribute') return `${lead}${indent}${it.name} = ${it.expr.text}${eol}`;
      const labels = it.labels.map((l) => (l.quoted ? quote(l.value) : l.value)).join(' ');
      const head = `${indent}${it.type}${labels ? ` ${labels}` : ''} {`;
      if (it.items.length === 0) return `${lead}${head}}${eol}`;
      return `${lead}${head}${eol}${render(it.items, `${indent}  `, eol)}${indent}}${eol}`;
    })
    .join('');
}

function commentsOf(items: GenItem[]): string[] {
  return items.flatMap((it) => [
    ...(it.comment !== undefined ? [it.comment] : []),
    ...(it.kind === 'block' ? commentsOf(it.items) : []),
  ]);
}

/** The shape the parser must give back: block types, labels and attribute names, in source order. */
function shapeOfGenerated(items: GenItem[]): unknown {
  return {
    attributes: items
      .filter((it): it is GenAttribute => it.kind === 'attribute')
      .map((a) => ({
        name: a.name,
        kind: a.expr.kind,
        ...(a.expr.value !== undefined ? { value: a.expr.value } : {}),
      })),
    blocks: items
      .filter((it): it is GenBlock => it.kind === 'block')
      .map((b) => ({ type: b.type, labels: b.labels, body: shapeOfGenerated(b.items) })),
  };
}

function shapeOfParsed(body: HclBody, generated: GenItem[]): unknown {
  const attributes = generated.filter((it): it is GenAttribute => it.kind === 'attribute');
  const blocks = generated.filter((it): it is GenBlock => it.kind === 'block');
  return {
    attributes: body.attributes.map((a, i) => ({
      name: a.name,
      kind: a.expr.kind,
      ...(attributes[i]?.expr.value !== undefined && a.expr.kind === 'literal'
        ? { value: a.expr.value }
        : {}),
    })),
    blocks: body.blocks.map((b, i) => ({
      type: b.type,
      labels: b.labels.map((l) => ({ value: l.value, quoted: l.quoted })),
      body: shapeOfParsed(b.body, blocks[i]?.items ?? []),
    })),
  };
}

const config = fc.record({
  items: fc.array(item, { maxLength: 6 }),
  eol: fc.constantFrom('\n', '\r\n'),
  trailing: fc.constantFrom('', '\n', '# end\n'),
});

// ---------------------------------------------------------------------------------------------------------------

describe('terraform HCL parser properties', () => {
  it('never throws and keeps every range inside the input, for random text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 100 }),
          fc.string({ maxLength: 60, unit: 'grapheme' }),
          fc.string({ maxLength: 60, unit: 'binary' }),
          tokenSoup,
          lineSoup,
        ),
        (text) => {
          const file = parser.parse(text, 'f.tf');
          expect(file.file).toBe('f.tf');
          expectSaneRanges(text, file);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('reads valid configurations back: block types, labels, attribute names, literal values, comments', () => {
    fc.assert(
      fc.property(config, ({ items, eol, trailing }) => {
        const text = render(items, '', eol) + trailing;
        const file = parser.parse(text, 'f.tf');
        expect({ text, errors: file.errors }).toEqual({ text, errors: [] });
        expect(shapeOfParsed(file.body, items)).toEqual(shapeOfGenerated(items));
        // A `#` or `//` comment token takes the `\r` of a CRLF line end with it (as tree-sitter-hcl lexes it).
        const expectedComments = commentsOf(items).map((c) =>
          eol === '\r\n' && !c.startsWith('/*') ? `${c}\r` : c,
        );
        if (trailing.startsWith('#')) expectedComments.push('# end');
        expect(file.comments.map((c) => c.text)).toEqual(expectedComments);
        expectSaneRanges(text, file);
      }),
      { numRuns: 300 },
    );
  });

  it('parses a large configuration in pieces the same as each piece on its own', () => {
    // Many top-level blocks take the per-block path; the ranges must still be those of the whole text.
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 12 }), (items) => {
        const text = render(items, '', '\n');
        const whole = parser.parse(text, 'f.tf');
        expect(whole.errors).toEqual([]);
        let offsetLines = 0;
        for (const it of items) {
          const piece = render([it], '', '\n');
          const alone = parser.parse(piece, 'f.tf');
          const from = it.kind === 'block' ? whole.body.blocks : whole.body.attributes;
          const index = items.filter((x) => x.kind === it.kind).indexOf(it);
          const mine = (it.kind === 'block' ? alone.body.blocks : alone.body.attributes)[0];
          const shifted = JSON.parse(
            JSON.stringify(mine, (k, v: unknown) =>
              (k === 'start' || k === 'end') && v && typeof v === 'object' && 'line' in v
                ? { ...(v as { line: number }), line: (v as { line: number }).line + offsetLines }
                : v,
            ),
          ) as unknown;
          expect(from[index]).toEqual(shifted);
          offsetLines += piece.split('\n').length - 1;
        }
      }),
      { numRuns: 100 },
    );
  });

  it('terminates on deep nesting and long unterminated constructs', () => {
    const deep = (depth: number) => [
      'x = ' + '('.repeat(depth) + '1' + ')'.repeat(depth) + '\n',
      'x = ' + '['.repeat(depth) + '\n',
      'locals {\n'.repeat(depth),
      'x = "' + '${'.repeat(depth) + '\n',
    ];
    for (const text of [
      ...deep(200),
      'x = <<EOT\n' + 'line\n'.repeat(5000),
      '/*' + ' a = 1\n'.repeat(5000),
      'x = "' + 'a'.repeat(100000),
    ]) {
      expectSaneRanges(text, parser.parse(text, 'f.tf'));
    }
    // Far deeper than any configuration: the conversion may run out of stack, which becomes a syntax error.
    for (const text of deep(5000)) expectSaneRanges(text, parser.parse(text, 'f.tf'), true);
  });
});
