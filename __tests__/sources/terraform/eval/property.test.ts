import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { PropertyNode } from '../../../../src/model/node.js';
import type { EvalContext } from '../../../../src/sources/terraform/eval/index.js';
import { evaluate, evaluateBody, functionNames } from '../../../../src/sources/terraform/eval/index.js';
import { loadHclParser } from '../../../../src/sources/terraform/parse.js';
import type { HclParser } from '../../../../src/sources/terraform/parse.js';
import { UNKNOWN, contextFor } from './helpers.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const ENV = {
  vars: {
    s: 'text',
    n: 3,
    l: ['a', 'b', 'c'],
    m: { k: 'v', nested: { x: [1, 2] } },
    u: UNKNOWN,
    secret: { value: 'pw', secure: true },
  },
  locals: { big: Array.from({ length: 50 }, (_, i) => ({ i, name: `n${i}` })) },
  resources: { 'azurerm_x.main': { name: 'hsm' } },
  files: { 'a.tpl': '${s}%{ for x in l }${x}%{ endfor }', 'b.json': '{"a": 1}' },
};

/** Values that push on limits: huge ranges and widths, backtracking patterns, deep or odd strings. */
const EDGY_LITERALS = [
  '1e9',
  '-1',
  '1024',
  '0.5',
  '"%999999s"',
  '"%[5]d"',
  '"(a+)+$"',
  '"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"',
  '"/(x*)*y/"',
  '"10.0.0.0/8"',
  '"::/0"',
  '"2024-01-01T00:00:00Z"',
  '"8760h"',
  '"YYYY-MM-DD\'T\'hh"',
  '"{\\"a\\": [1]}"',
  '"a: [1]"',
  '"a.tpl"',
  '"b.json"',
];

const REFERENCES = [
  'var.s',
  'var.n',
  'var.l',
  'var.m',
  'var.m.nested.x',
  'var.u',
  'var.secret',
  'var.missing',
  'local.big',
  'azurerm_x.main',
  'azurerm_x.main.id',
  'data.t.n.attr',
  'path.module',
  'each.value',
  'k',
  'v',
];

const FUNCTIONS = [...functionNames(), 'nosuch', 'provider::p::f'];
const BINARY = ['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'];

const stringLiteral = fc
  .string({ maxLength: 12 })
  .map((s) => JSON.stringify(s).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{'));

const leaf = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }).map((d) => String(Math.abs(d))),
  stringLiteral,
  fc.constantFrom('true', 'false', 'null'),
  fc.constantFrom(...EDGY_LITERALS),
  fc.constantFrom(...REFERENCES),
);

const { expr } = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('expr'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(fc.constantFrom('a', 'b', 'name', '"k"', '(var.s)'), tie('expr')), { maxLength: 3 })
      .map((items) => `{ ${items.map(([k, v]) => `${k} = ${v}`).join(', ')} }`),
    fc.tuple(tie('expr'), fc.constantFrom(...BINARY), tie('expr')).map(([a, op, b]) => `(${a} ${op} ${b})`),
    fc.tuple(fc.constantFrom('-', '!'), tie('expr')).map(([op, a]) => `${op}(${a})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
    fc
      .tuple(fc.constantFrom(...FUNCTIONS), fc.array(tie('expr'), { maxLength: 3 }), fc.boolean())
      .map(([name, args, expand]) => `${name}(${args.join(', ')}${expand && args.length > 0 ? '...' : ''})`),
    fc
      .tuple(tie('expr'), tie('expr'), tie('expr'))
      .map(([coll, value, cond]) => `[for k, v in ${coll} : ${value} if ${cond}]`),
    fc
      .tuple(tie('expr'), tie('expr'), tie('expr'), fc.boolean())
      .map(([coll, key, value, group]) => `{for v in ${coll} : ${key} => ${value}${group ? '...' : ''}}`),
    fc
      .tuple(tie('expr'), tie('expr'), fc.boolean())
      .map(
        ([a, b, strip]) =>
          `"x\${${strip ? '~ ' : ''}${a}}%{ if ${b} ~}y%{ else }z%{ endif }%{ for q in ${a} }\${q}%{ endfor }"`,
      ),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `(${a})[${b}]`),
    fc
      .tuple(tie('expr'), fc.constantFrom('[*].name', '.*.i', '[0]', '.name', '["k"]'))
      .map(([a, s]) => `(${a})${s}`),
    fc
      .tuple(fc.constantFrom('try', 'can'), tie('expr'), tie('expr'))
      .map(([f, a, b]) => (f === 'can' ? `can(${a})` : `try(${a}, ${b})`)),
  ),
}));

/** Every node is well formed: a known kind, a range, and well-formed parts. */
function wellFormed(node: PropertyNode): boolean {
  if (!node || typeof node !== 'object' || !node.range || typeof node.range.file !== 'string') return false;
  switch (node.kind) {
    case 'scalar':
      return node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value);
    case 'unknown':
      return typeof node.expression === 'string';
    case 'array':
      return node.items.every(wellFormed);
    case 'object':
      return [...node.entries.values()].every((e) => typeof e.name === 'string' && wellFormed(e.node));
    default:
      return false;
  }
}

function contextOf(source: string): EvalContext {
  return contextFor(source, { ...ENV, parser });
}

describe('evaluator robustness', () => {
  it('never throws, terminates and yields well-formed trees for random expressions', () => {
    fc.assert(
      fc.property(expr, (expression) => {
        const source = `x = ${expression}\n`;
        const file = parser.parse(source, 'main.tf');
        for (const attribute of file.body.attributes) {
          const started = Date.now();
          const node = evaluate(attribute.expr, contextOf(source));
          expect(wellFormed(node)).toBe(true);
          expect(Date.now() - started).toBeLessThan(5000);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws for random text, as expressions or as bodies', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            'x = ',
            '"',
            '${',
            '}',
            '%{ if ',
            '%{ endif }',
            '[',
            ']',
            '{',
            '(',
            ')',
            'var.',
            'for',
            ':',
            '=>',
            '...',
            '\n',
            'dynamic "d" {',
            'content {',
            '<<-EOT\n',
            'EOT\n',
            '*',
            '?',
          ),
          { maxLength: 30 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (random) => {
        const source = `x = ${random}\n`;
        const file = parser.parse(source, 'main.tf');
        for (const attribute of file.body.attributes)
          expect(wellFormed(evaluate(attribute.expr, contextOf(source)))).toBe(true);
        const body = evaluateBody(parser.parse(random, 'main.tf').body, contextOf(random));
        expect(wellFormed(body)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws when the context itself fails', () => {
    const file = parser.parse('x = "${var.a}-${upper(local.b)}"\n', 'main.tf');
    const hostile: EvalContext = {
      now: new Date(Number.NaN),
      text: () => {
        throw new Error('no text');
      },
      resolve: () => {
        throw new Error('resolver failed');
      },
    };
    const node = evaluate(file.body.attributes[0].expr, hostile);
    expect(node).toMatchObject({
      kind: 'unknown',
      reason: 'internal error: resolver failed',
      expression: '',
    });
    expect(
      evaluate(parser.parse('x = timestamp()\n', 'main.tf').body.attributes[0].expr, hostile),
    ).toMatchObject({
      kind: 'unknown',
    });
  });
});
