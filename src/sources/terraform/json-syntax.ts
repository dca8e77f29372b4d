import type { PropertyEntry, PropertyNode } from '../../model/node.js';
import type { SourceRange } from '../../model/range.js';
import { parseJsonc } from '../arm/jsonc.js';
import type {
  HclAttribute,
  HclBlock,
  HclBody,
  HclComment,
  HclExpression,
  HclFile,
  HclObjectItem,
  HclSyntaxError,
} from './ast.js';
import type { HclParser } from './parse.js';

/**
 * Terraform's JSON syntax (`.tf.json`, as CDK for Terraform writes it) read into the syntax tree of a `.tf`
 * file, so that both are evaluated alike. Block types are known where Terraform knows them without a
 * provider schema (`resource`, `module`, `dynamic`, ...); any other object inside a body is read as an
 * object attribute, which the provider mappings accept wherever they accept a nested block. Strings are
 * templates (`"${var.name}"`), except where Terraform reads them as expressions (`depends_on`, `provider`,
 * a variable's `type`) or literally (a variable's `default`). Every node takes the range of the JSON
 * value it comes from. Keys named `//` are comments (see `commentsOf`).
 */
export function parseTerraformJson(text: string, file: string, hcl: HclParser): HclFile {
  const document = parseJsonc(file, text);
  const errors: HclSyntaxError[] = document.errors.map((e) => ({ message: e.message, range: e.range }));
  const root = document.root;
  const whole: SourceRange = root?.range ?? {
    file,
    start: { line: 1, column: 1 },
    end: { line: 1, column: 1 },
  };
  const body: HclBody = { attributes: [], blocks: [], range: whole };
  if (root?.kind !== 'object') {
    if (root) errors.push({ message: 'A Terraform JSON file holds one object.', range: root.range });
    return { file, body, comments: [], errors };
  }
  const reader = new JsonReader(hcl, file, errors);
  for (const entry of members(root)) reader.topLevel(entry, body);
  return { file, body, comments: commentsOf(root), errors };
}

/**
 * The strings of `//` keys, anywhere, as `//` comments: JSON has no comments, and Terraform reads these
 * keys as comments. They hold suppressions as comments do, on the line they are written on.
 */
function commentsOf(root: PropertyNode): HclComment[] {
  const comments: HclComment[] = [];
  const visit = (node: PropertyNode) => {
    if (node.kind === 'array') node.items.forEach(visit);
    if (node.kind !== 'object') return;
    for (const entry of node.entries.values()) {
      if (entry.name !== '//') visit(entry.node);
      else
        for (const text of entry.node.kind === 'array' ? entry.node.items : [entry.node])
          if (text.kind === 'scalar' && typeof text.value === 'string')
            comments.push({ text: `//${text.value}`, range: text.range });
    }
  };
  visit(root);
  return comments;
}

/** Blocks with as many labels as Terraform gives them at the top level of a configuration. */
const TOP_LEVEL_LABELS = new Map([
  ['resource', 2],
  ['data', 2],
  ['module', 1],
  ['variable', 1],
  ['output', 1],
  ['provider', 1],
  ['locals', 0],
  ['terraform', 0],
  ['moved', 0],
  ['import', 0],
  ['removed', 0],
  ['check', 1],
]);

/** Nested blocks known without a provider schema, and their label counts. */
const NESTED_BLOCK_LABELS = new Map([
  ['lifecycle', 0],
  ['provisioner', 1],
  ['connection', 0],
  ['precondition', 0],
  ['postcondition', 0],
  ['validation', 0],
  ['backend', 1],
]);

/** Attributes whose strings are expressions, not templates. */
const EXPRESSION_ATTRIBUTES = new Set(['depends_on', 'provider', 'providers', 'iterator']);

function members(node: PropertyNode): PropertyEntry[] {
  return node.kind === 'object' ? [...node.entries.values()].filter((e) => e.name !== '//') : [];
}

/** An object, or each object of an array (JSON's way of repeating a block). */
function bodiesOf(node: PropertyNode): PropertyNode[] {
  if (node.kind === 'array') return node.items.filter((item) => item.kind === 'object');
  return node.kind === 'object' ? [node] : [];
}

class JsonReader {
  constructor(
    private readonly hcl: HclParser,
    private readonly file: string,
    private readonly errors: HclSyntaxError[],
  ) {}

  topLevel(entry: PropertyEntry, into: HclBody): void {
    const labels = TOP_LEVEL_LABELS.get(entry.name);
    if (labels === undefined) {
      this.errors.push({ message: `Unknown top-level key '${entry.name}'.`, range: entry.keyRange });
      return;
    }
    this.blocks(entry, labels, [], into, entry.name === 'variable' ? 'variable' : 'body');
  }

  /** The blocks of `entry`, after peeling one object level per label. */
  private blocks(
    entry: PropertyEntry,
    labelsLeft: number,
    labels: HclBlock['labels'],
    into: HclBody,
    kind: 'body' | 'variable',
  ): void {
    if (labelsLeft > 0) {
      for (const level of bodiesOf(entry.node)) {
        for (const child of members(level)) {
          const label = { value: child.name, quoted: true, range: child.keyRange };
          this.blocks(
            { ...child, name: entry.name, keyRange: entry.keyRange },
            labelsLeft - 1,
            [...labels, label],
            into,
            kind,
          );
        }
      }
      return;
    }
    const found = bodiesOf(entry.node);
    if (found.length === 0)
      this.errors.push({
        message: `'${entry.name}' holds an object (or an array of objects).`,
        range: entry.node.range,
      });
    // A block's place starts at its innermost label (`"hsm": {`), or at its type when it has none.
    const start = (labels.at(-1)?.range ?? entry.keyRange).start;
    for (const node of found) {
      into.blocks.push({
        kind: 'block',
        type: entry.name,
        typeRange: entry.keyRange,
        labels,
        body: this.body(node, kind),
        range: { file: this.file, start, end: node.range.end },
      });
    }
  }

  private body(node: PropertyNode, kind: 'body' | 'variable'): HclBody {
    const body: HclBody = { attributes: [], blocks: [], range: node.range };
    for (const entry of members(node)) {
      const labels = NESTED_BLOCK_LABELS.get(entry.name);
      if (entry.name === 'dynamic') this.dynamicBlocks(entry, body);
      else if (labels !== undefined) this.blocks(entry, labels, [], body, 'body');
      else body.attributes.push(this.attribute(entry, kind));
    }
    return body;
  }

  /** `"dynamic": { "<block type>": { "for_each": ..., "content": { ... } } }` */
  private dynamicBlocks(entry: PropertyEntry, into: HclBody): void {
    for (const level of bodiesOf(entry.node)) {
      for (const typed of members(level)) {
        for (const node of bodiesOf(typed.node)) {
          const body: HclBody = { attributes: [], blocks: [], range: node.range };
          for (const member of members(node)) {
            if (member.name === 'content') this.blocks(member, 0, [], body, 'body');
            else body.attributes.push(this.attribute(member, 'body'));
          }
          into.blocks.push({
            kind: 'block',
            type: 'dynamic',
            typeRange: entry.keyRange,
            labels: [{ value: typed.name, quoted: true, range: typed.keyRange }],
            body,
            range: { file: this.file, start: typed.keyRange.start, end: node.range.end },
          });
        }
      }
    }
  }

  private attribute(entry: PropertyEntry, kind: 'body' | 'variable'): HclAttribute {
    const range = { file: this.file, start: entry.keyRange.start, end: entry.node.range.end };
    const expr =
      kind === 'variable' && entry.name === 'default'
        ? this.literal(entry.node)
        : kind === 'variable' && entry.name === 'type'
          ? this.expressionOf(entry.node)
          : EXPRESSION_ATTRIBUTES.has(entry.name)
            ? this.expressionOf(entry.node)
            : this.value(entry.node);
    return { kind: 'attribute', name: entry.name, nameRange: entry.keyRange, expr, range };
  }

  /** A JSON value in an expression context: strings are templates. */
  private value(node: PropertyNode): HclExpression {
    return this.converted(node, (text, range) =>
      /[$%]\{/.test(text) ? this.parsed(`"${escapeTemplate(text)}"`, range) : this.scalar(text, range),
    );
  }

  /** A value whose strings are expressions (`"aws_x.y"` in `depends_on`); `"${expr}"` is accepted too. */
  private expressionOf(node: PropertyNode): HclExpression {
    return this.converted(node, (text, range) =>
      this.parsed(/^\$\{([\s\S]*)\}$/.exec(text)?.[1] ?? text, range),
    );
  }

  /** A JSON value taken literally: no templates. */
  private literal(node: PropertyNode): HclExpression {
    return this.converted(node, (text, range) => this.scalar(text, range));
  }

  /** A JSON value as an HCL expression, each string read by `string`. */
  private converted(
    node: PropertyNode,
    string: (text: string, range: SourceRange) => HclExpression,
  ): HclExpression {
    switch (node.kind) {
      case 'array':
        return {
          kind: 'tuple',
          items: node.items.map((item) => this.converted(item, string)),
          range: node.range,
        };
      case 'object':
        return {
          kind: 'object',
          items: members(node).map((e) => this.item(e, (n) => this.converted(n, string))),
          range: node.range,
        };
      case 'scalar':
        return typeof node.value === 'string'
          ? string(node.value, node.range)
          : this.scalar(node.value, node.range);
      default:
        return { kind: 'invalid', raw: '', range: node.range };
    }
  }

  private item(entry: PropertyEntry, read: (node: PropertyNode) => HclExpression): HclObjectItem {
    return {
      key: {
        kind: 'literal',
        type: 'string',
        value: entry.name,
        raw: JSON.stringify(entry.name),
        range: entry.keyRange,
      },
      value: read(entry.node),
      range: { file: this.file, start: entry.keyRange.start, end: entry.node.range.end },
    };
  }

  private scalar(value: string | number | boolean | null, range: SourceRange): HclExpression {
    const type =
      value === null
        ? 'null'
        : typeof value === 'string'
          ? 'string'
          : typeof value === 'number'
            ? 'number'
            : 'bool';
    return { kind: 'literal', type, value, raw: JSON.stringify(value), range };
  }

  /** HCL expression text parsed with the HCL parser, every node given `range` (the JSON string's). */
  private parsed(expression: string, range: SourceRange): HclExpression {
    const parsed = this.hcl.parse(`value = ${expression}\n`, this.file);
    const attribute = parsed.body.attributes[0];
    if (
      parsed.errors.length > 0 ||
      !attribute ||
      parsed.body.attributes.length !== 1 ||
      parsed.body.blocks.length > 0
    ) {
      this.errors.push({ message: `Cannot read the expression ${JSON.stringify(expression)}.`, range });
      return { kind: 'invalid', raw: expression, range };
    }
    return placedAt(attribute.expr, range);
  }
}

/** A decoded string as the inside of an HCL quoted template (interpolations kept). */
function escapeTemplate(value: string): string {
  return value.replace(
    /[\\"\n\r\t]/g,
    (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!,
  );
}

/** A copy of a parsed expression whose every range is `range`. */
function placedAt<T>(node: T, range: SourceRange): T {
  if (Array.isArray(node)) return node.map((item) => placedAt(item, range)) as T;
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] = key === 'range' || key === 'nameRange' ? range : placedAt(value, range);
  }
  return out as T;
}
