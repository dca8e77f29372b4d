import { expect } from '@jest/globals';
import type { ObjectNode, PropertyNode } from '../../../../src/model/node.js';
import { jsonToNode, toPlain } from '../../../../src/model/node.js';
import type { SourceRange } from '../../../../src/model/range.js';
import { lineStartsOf } from '../../../../src/model/range.js';
import type { EvalContext } from '../../../../src/sources/terraform/eval/index.js';
import { evaluate, evaluateBody } from '../../../../src/sources/terraform/eval/index.js';
import type { HclBody, HclExpression, HclParser } from '../../../../src/sources/terraform/parse.js';

export const FILE = 'main.tf';
export const NOW = new Date('2024-03-05T07:08:09.750Z');

/** A variable whose value is not known (no default, no tfvars). */
export const UNKNOWN = Symbol('unknown');

export interface VariableSpec {
  value: unknown;
  secure?: boolean;
  /** The variable is a default a deployment can override: its nodes carry `parameter`. */
  parameter?: boolean;
}

export interface TestEnv {
  /** `var.<name>`: plain data, UNKNOWN, or a spec with provenance. */
  vars?: Record<string, unknown>;
  locals?: Record<string, unknown>;
  /** Resource attributes written in configuration, by `type.name`; the rest is known after apply. */
  resources?: Record<string, Record<string, unknown>>;
  files?: Record<string, string>;
  parser?: HclParser;
}

function isSpec(value: unknown): value is VariableSpec {
  return typeof value === 'object' && value !== null && 'value' in value && Object.keys(value).length <= 3;
}

function variableNode(kind: string, name: string, value: unknown, range: SourceRange): PropertyNode {
  const spec: VariableSpec = isSpec(value) ? value : { value };
  const prov = {
    ...(spec.secure ? { secure: true } : {}),
    ...(spec.parameter ? { parameter: name } : {}),
  };
  if (spec.value === UNKNOWN) {
    return {
      kind: 'unknown',
      range,
      expression: `${kind}.${name}`,
      reason: 'no value given',
      references: [`${kind}.${name}`],
      ...prov,
    };
  }
  return jsonToNode(spec.value, range, prov);
}

export function textOf(source: string, range: SourceRange): string {
  const starts = lineStartsOf(source);
  const offset = (line: number, column: number) => (starts[line - 1] ?? source.length) + column - 1;
  return source.slice(offset(range.start.line, range.start.column), offset(range.end.line, range.end.column));
}

export function contextFor(source: string, env: TestEnv = {}): EvalContext {
  return {
    now: NOW,
    parser: env.parser,
    text: (range) => textOf(source, range),
    readFile: env.files ? (path) => env.files?.[path] : undefined,
    resolve(root, names, range) {
      const table = root === 'var' ? env.vars : root === 'local' ? env.locals : undefined;
      if (table) {
        if (names.length === 0 || !Object.hasOwn(table, names[0])) return undefined;
        return { node: variableNode(root, names[0], table[names[0]], range), consumed: 1 };
      }
      if (root === 'path' && names[0] === 'module') return { node: jsonToNode('.', range), consumed: 1 };
      if (root === 'data' && names.length === 2) {
        const node: ObjectNode = {
          kind: 'object',
          range,
          entries: new Map(),
          open: { reason: 'known only after apply', references: [`data.${names[0]}.${names[1]}`] },
        };
        return { node, consumed: 2 };
      }
      const key = `${root}.${names[0]}`;
      const attributes = env.resources?.[key];
      if (attributes) {
        const node = jsonToNode(attributes, range) as ObjectNode;
        node.open = { reason: 'known only after apply', references: [`terraform:.:${key}`] };
        return { node, consumed: 1 };
      }
      return undefined;
    },
  };
}

/** Parses `x = <source>` and returns the expression. */
export function parseExpression(
  parser: HclParser,
  expression: string,
): { expr: HclExpression; source: string } {
  const source = `x = ${expression}\n`;
  const file = parser.parse(source, FILE);
  expect(file.errors).toEqual([]);
  return { expr: file.body.attributes[0].expr, source };
}

export function evalNode(parser: HclParser, expression: string, env: TestEnv = {}): PropertyNode {
  const { expr, source } = parseExpression(parser, expression);
  return evaluate(expr, contextFor(source, { parser, ...env }));
}

/** The plain value of a fully known result (fails the test when any part is unknown). */
export function evalPlain(parser: HclParser, expression: string, env: TestEnv = {}): unknown {
  const node = evalNode(parser, expression, env);
  const { value, partial } = toPlain(node);
  if (partial) throw new Error(`${expression} is not fully known: ${JSON.stringify(node)}`);
  return value;
}

export function evalUnknown(
  parser: HclParser,
  expression: string,
  env: TestEnv = {},
): PropertyNode & { kind: 'unknown' } {
  const node = evalNode(parser, expression, env);
  if (node.kind !== 'unknown')
    throw new Error(`${expression} is known: ${JSON.stringify(toPlain(node).value)}`);
  return node;
}

export function parseBody(parser: HclParser, source: string): HclBody {
  const file = parser.parse(source, FILE);
  expect(file.errors).toEqual([]);
  return file.body;
}

export function bodyOf(parser: HclParser, source: string, env: TestEnv = {}, skip?: ReadonlySet<string>) {
  return evaluateBody(parseBody(parser, source), contextFor(source, { parser, ...env }), skip);
}

export function span(l1: number, c1: number, l2: number, c2: number): SourceRange {
  return { file: FILE, start: { line: l1, column: c1 }, end: { line: l2, column: c2 } };
}
