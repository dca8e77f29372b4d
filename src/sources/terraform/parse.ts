import { readFileSync } from 'node:fs';
import type { SourceRange } from '../../model/range.js';
import type {
  HclAttribute,
  HclBinaryOperator,
  HclBlock,
  HclBlockLabel,
  HclBody,
  HclComment,
  HclExpression,
  HclFile,
  HclFor,
  HclObjectItem,
  HclSyntaxError,
  HclTemplatePart,
  HclTraversalStep,
} from './ast.js';
import TS from './treesitter.cjs';

export type * from './ast.js';

type Node = TS.Node;

export interface HclParser {
  /** Parses Terraform/HCL text. Never throws. */
  parse(text: string, file: string): HclFile;
}

// Both wasm files are named with explicit `new URL(..., import.meta.url)` expressions so that ncc copies them
// next to the bundle (and rewrites each expression into a plain path string). See research/toolchain.md §2.
const RUNTIME_WASM = new URL('../../../node_modules/web-tree-sitter/web-tree-sitter.wasm', import.meta.url);
const TERRAFORM_WASM = new URL(
  '../../../node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  import.meta.url,
);

let loading: Promise<HclParser> | undefined;

/** Initialises web-tree-sitter and the Terraform grammar once; later calls share the same parser. */
export function loadHclParser(): Promise<HclParser> {
  loading ??= init().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function init(): Promise<HclParser> {
  await TS.Parser.init({ wasmBinary: readFileSync(RUNTIME_WASM) });
  const language = await TS.Language.load(readFileSync(TERRAFORM_WASM));
  const parser = new TS.Parser();
  parser.setLanguage(language);
  return { parse: (text, file) => parseText(parser, text, file) };
}

function parseText(parser: TS.Parser, text: string, file: string): HclFile {
  try {
    const whole = parseSegment(parser, text, file, 0);
    if (whole.errors.length === 0) return whole;
    const segments = splitTopLevel(text);
    if (segments.length <= 1) return whole;
    // tree-sitter's recovery can swallow the rest of a file (an unterminated heredoc or brace). Re-parse each
    // top-level block on its own so one broken block does not hide the ones after it.
    const result: HclFile = {
      file,
      body: { ...whole.body, attributes: [], blocks: [] },
      comments: [],
      errors: [],
    };
    for (const segment of segments) {
      const part = parseSegment(parser, text.slice(segment.start, segment.end), file, segment.row);
      result.body.attributes.push(...part.body.attributes);
      result.body.blocks.push(...part.body.blocks);
      result.comments.push(...part.comments);
      result.errors.push(...part.errors);
    }
    return result;
  } catch (error) {
    const at: SourceRange = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    return {
      file,
      body: { attributes: [], blocks: [], range: at },
      comments: [],
      errors: [
        {
          message: `Internal parser error: ${error instanceof Error ? error.message : String(error)}`,
          range: at,
        },
      ],
    };
  }
}

const TOP_LEVEL_START =
  /^(?:[A-Za-z_][\w-]*(?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*[ \t]*\{|[A-Za-z_][\w-]*[ \t]*=(?!=))/;

/** Splits text at lines that look like the start of a top-level block or attribute (at column 1). */
function splitTopLevel(text: string): Array<{ start: number; end: number; row: number }> {
  const segments: Array<{ start: number; end: number; row: number }> = [];
  let row = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (TOP_LEVEL_START.test(text.slice(lineStart, lineEnd))) {
      if (segments.length === 0 && lineStart > 0) segments.push({ start: 0, end: lineStart, row: 0 });
      if (segments.length > 0) segments[segments.length - 1].end = lineStart;
      segments.push({ start: lineStart, end: text.length, row });
    }
    if (newline < 0) break;
    lineStart = newline + 1;
    row++;
  }
  return segments;
}

function parseSegment(parser: TS.Parser, text: string, file: string, rowOffset: number): HclFile {
  const tree = parser.parse(text);
  const c = new Converter(text, file, rowOffset);
  if (!tree) {
    const range = c.span({ row: 0, column: 0 }, { row: 0, column: 0 });
    return { file, body: c.emptyBody(range), comments: [], errors: [{ message: 'Parse failed', range }] };
  }
  try {
    const root = tree.rootNode;
    const bodyNode = root.namedChildren.find((n) => n?.type === 'body');
    const body = bodyNode ? c.body(bodyNode) : c.emptyBody(c.range(root));
    const comments: HclComment[] = root
      .descendantsOfType('comment')
      .filter((n): n is Node => n !== null)
      .map((n) => ({ text: n.text, range: c.range(n) }));
    const errors: HclSyntaxError[] = [];
    if (root.hasError) c.collectErrors(root, errors);
    return { file, body, comments, errors };
  } finally {
    tree.delete();
  }
}

const BINARY_OPERATORS = new Set<string>([
  '*',
  '/',
  '%',
  '+',
  '-',
  '>',
  '>=',
  '<',
  '<=',
  '==',
  '!=',
  '&&',
  '||',
]);

function kids(node: Node): Node[] {
  return node.children.filter((n): n is Node => n !== null && n.type !== 'comment');
}

function named(node: Node): Node[] {
  return node.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
}

function decodeQuoted(raw: string): string {
  return raw.replace(
    /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))|\$\$\{|%%\{/g,
    (match, u4: string | undefined, u8: string | undefined, ch: string | undefined) => {
      if (match === '$${') return '${';
      if (match === '%%{') return '%{';
      if (u4 ?? u8) {
        const code = parseInt((u4 ?? u8) as string, 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : match;
      }
      switch (ch) {
        case 'n':
          return '\n';
        case 'r':
          return '\r';
        case 't':
          return '\t';
        case '"':
          return '"';
        case '\\':
          return '\\';
        default:
          return match;
      }
    },
  );
}

function decodeHeredoc(raw: string): string {
  return raw.replace(/\$\$\{|%%\{/g, (m) => (m === '$${' ? '${' : '%{'));
}

interface Point {
  row: number;
  column: number;
}

class Converter {
  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly rowOffset: number,
  ) {}

  span(start: Point, end: Point): SourceRange {
    return {
      file: this.file,
      start: { line: start.row + this.rowOffset + 1, column: start.column + 1 },
      end: { line: end.row + this.rowOffset + 1, column: end.column + 1 },
    };
  }

  range(node: Node): SourceRange {
    return this.span(node.startPosition, node.endPosition);
  }

  between(first: Node, last: Node): SourceRange {
    return this.span(first.startPosition, last.endPosition);
  }

  emptyBody(range: SourceRange): HclBody {
    return { attributes: [], blocks: [], range };
  }

  collectErrors(node: Node, out: HclSyntaxError[]): void {
    if (node.isError) {
      const snippet = node.text.split(/\r?\n/)[0].trim().slice(0, 40);
      out.push({ message: snippet ? `Unexpected '${snippet}'` : 'Syntax error', range: this.range(node) });
      return;
    }
    if (node.isMissing) {
      out.push({
        message: `Missing ${node.isNamed ? node.type : `'${node.type}'`}`,
        range: this.range(node),
      });
      return;
    }
    for (const child of node.children)
      if (child && (child.hasError || child.isMissing)) this.collectErrors(child, out);
  }

  body(node: Node): HclBody {
    const body = this.emptyBody(this.range(node));
    for (const child of named(node)) {
      if (child.type === 'attribute') body.attributes.push(this.attribute(child));
      else if (child.type === 'block') body.blocks.push(this.block(child));
    }
    return body;
  }

  attribute(node: Node): HclAttribute {
    const parts = named(node);
    const name = parts.find((n) => n.type === 'identifier');
    const exprNode = parts.find((n) => n.type === 'expression');
    return {
      kind: 'attribute',
      name: name?.text ?? '',
      nameRange: this.range(name ?? node),
      expr: exprNode ? this.expression(exprNode) : this.invalid(node),
      range: this.range(node),
    };
  }

  block(node: Node): HclBlock {
    const parts = named(node);
    const type = parts[0];
    const labels: HclBlockLabel[] = [];
    let bodyNode: Node | undefined;
    let open: Node | undefined;
    let close: Node | undefined;
    for (const part of parts.slice(1)) {
      if (part.type === 'string_lit') {
        labels.push({ value: this.stringLiteralValue(part), quoted: true, range: this.range(part) });
      } else if (part.type === 'identifier') {
        labels.push({ value: part.text, quoted: false, range: this.range(part) });
      } else if (part.type === 'block_start') open = part;
      else if (part.type === 'block_end') close = part;
      else if (part.type === 'body') bodyNode = part;
    }
    const body = bodyNode
      ? this.body(bodyNode)
      : this.emptyBody(
          open && close
            ? this.span(open.endPosition, close.startPosition)
            : this.span(node.endPosition, node.endPosition),
        );
    return {
      kind: 'block',
      type: type.text,
      typeRange: this.range(type),
      labels,
      body,
      range: this.range(node),
    };
  }

  invalid(node: Node): HclExpression {
    return { kind: 'invalid', raw: node.text, range: this.range(node) };
  }

  expression(node: Node): HclExpression {
    return this.term(kids(node), node);
  }

  /** A base expression followed by attribute/index/splat steps; tree-sitter keeps these as flat siblings. */
  term(nodes: Node[], whole: Node): HclExpression {
    if (nodes.length === 0) return this.invalid(whole);
    let base: HclExpression;
    let i: number;
    if (nodes[0].type === '(' && nodes.length >= 2) {
      const close = nodes[2]?.type === ')' ? nodes[2] : nodes[1];
      base = { kind: 'parens', expr: this.single(nodes[1]), range: this.between(nodes[0], close) };
      i = close === nodes[1] ? 2 : 3;
    } else {
      base = this.single(nodes[0]);
      i = 1;
    }
    const steps: HclTraversalStep[] = [];
    for (; i < nodes.length; i++) this.steps(nodes[i], steps);
    if (steps.length === 0) return base;
    return {
      kind: 'traversal',
      source: base,
      steps,
      range: { file: this.file, start: base.range.start, end: this.range(nodes[nodes.length - 1]).end },
    };
  }

  steps(node: Node, out: HclTraversalStep[]): void {
    switch (node.type) {
      case 'get_attr': {
        const id = named(node).find((n) => n.type === 'identifier');
        out.push({ kind: 'attr', name: id?.text ?? '', range: this.range(node) });
        return;
      }
      case 'index': {
        const inner = named(node)[0];
        if (inner?.type === 'legacy_index') {
          const raw = inner.text.replace(/^\./, '');
          const key: HclExpression = {
            kind: 'literal',
            type: 'number',
            value: Number(raw),
            raw,
            range: this.range(inner),
          };
          out.push({ kind: 'index', key, range: this.range(inner) });
        } else {
          const expr = inner ? named(inner).find((n) => n.type === 'expression') : undefined;
          out.push({
            kind: 'index',
            key: expr ? this.expression(expr) : this.invalid(node),
            range: this.range(node),
          });
        }
        return;
      }
      case 'splat': {
        const inner = named(node)[0] ?? node;
        const marker = inner.children.find((n) => n?.type === '.*' || n?.type === '[*]') ?? inner;
        out.push({
          kind: 'splat',
          type: inner.type === 'full_splat' ? 'full' : 'attr',
          range: this.range(marker),
        });
        for (const step of named(inner)) this.steps(step, out);
        return;
      }
      default:
        out.push({ kind: 'index', key: this.invalid(node), range: this.range(node) });
    }
  }

  single(node: Node): HclExpression {
    switch (node.type) {
      case 'expression':
        return this.expression(node);
      case 'literal_value':
        return this.literal(named(node)[0] ?? node);
      case 'variable_expr':
        return { kind: 'variable', name: node.text, range: this.range(node) };
      case 'function_call':
        return this.call(node);
      case 'collection_value':
        return this.collection(named(node)[0] ?? node);
      case 'template_expr': {
        const inner = named(node)[0] ?? node;
        return inner.type === 'heredoc_template' ? this.heredoc(inner) : this.quotedTemplate(inner);
      }
      case 'for_expr':
        return this.forExpr(named(node)[0] ?? node);
      case 'conditional': {
        const [condition, then, otherwise] = named(node).filter((n) => n.type === 'expression');
        if (!condition || !then || !otherwise) return this.invalid(node);
        return {
          kind: 'conditional',
          condition: this.expression(condition),
          then: this.expression(then),
          else: this.expression(otherwise),
          range: this.range(node),
        };
      }
      case 'operation':
        return this.operation(named(node)[0] ?? node);
      default:
        return this.invalid(node);
    }
  }

  literal(node: Node): HclExpression {
    const raw = node.text;
    const range = this.range(node);
    switch (node.type) {
      case 'numeric_lit':
        return { kind: 'literal', type: 'number', value: Number(raw), raw, range };
      case 'bool_lit':
        return { kind: 'literal', type: 'bool', value: raw === 'true', raw, range };
      case 'null_lit':
        return { kind: 'literal', type: 'null', value: null, raw, range };
      case 'string_lit':
        return { kind: 'literal', type: 'string', value: this.stringLiteralValue(node), raw, range };
      default:
        return this.invalid(node);
    }
  }

  stringLiteralValue(node: Node): string {
    const parts = kids(node);
    const start = parts.find((n) => n.type === 'quoted_template_start');
    const end = parts.find((n) => n.type === 'quoted_template_end');
    const from = start ? start.endIndex : node.startIndex;
    const to = end && !end.isMissing ? end.startIndex : node.endIndex;
    return decodeQuoted(this.text.slice(from, to));
  }

  operation(node: Node): HclExpression {
    const parts = kids(node);
    if (node.type === 'unary_operation') {
      const op = parts[0];
      if (!op || (op.type !== '-' && op.type !== '!')) return this.invalid(node);
      return {
        kind: 'unary',
        op: op.type,
        operand: this.term(parts.slice(1), node),
        range: this.range(node),
      };
    }
    if (node.type === 'binary_operation') {
      const at = parts.findIndex((n) => !n.isNamed && BINARY_OPERATORS.has(n.type));
      if (at <= 0) return this.invalid(node);
      return {
        kind: 'binary',
        op: parts[at].type as HclBinaryOperator,
        left: this.term(parts.slice(0, at), node),
        right: this.term(parts.slice(at + 1), node),
        range: this.range(node),
      };
    }
    return this.invalid(node);
  }

  call(node: Node): HclExpression {
    const parts = kids(node);
    const ids = parts.filter((n) => n.type === 'identifier');
    const argsNode = parts.find((n) => n.type === 'function_arguments');
    const argParts = argsNode ? named(argsNode) : [];
    if (ids.length === 0) return this.invalid(node);
    return {
      kind: 'call',
      name: ids.map((n) => n.text).join('::'),
      nameRange: this.between(ids[0], ids[ids.length - 1]),
      args: argParts.filter((n) => n.type === 'expression').map((n) => this.expression(n)),
      expandFinal: argParts.some((n) => n.type === 'ellipsis'),
      range: this.range(node),
    };
  }

  collection(node: Node): HclExpression {
    if (node.type === 'tuple') {
      const items = named(node)
        .filter((n) => n.type === 'expression')
        .map((n) => this.expression(n));
      return { kind: 'tuple', items, range: this.range(node) };
    }
    if (node.type === 'object') {
      const items: HclObjectItem[] = [];
      for (const elem of named(node)) {
        if (elem.type !== 'object_elem') continue;
        const keyNode = elem.childForFieldName('key');
        const valNode = elem.childForFieldName('val');
        let key = keyNode ? this.expression(keyNode) : this.invalid(elem);
        if (key.kind === 'variable')
          key = { kind: 'literal', type: 'string', value: key.name, raw: key.name, range: key.range };
        items.push({
          key,
          value: valNode ? this.expression(valNode) : this.invalid(elem),
          range: this.range(elem),
        });
      }
      return { kind: 'object', items, range: this.range(node) };
    }
    return this.invalid(node);
  }

  forExpr(node: Node): HclExpression {
    const parts = named(node);
    const intro = parts.find((n) => n.type === 'for_intro');
    if (!intro) return this.invalid(node);
    const vars = named(intro).filter((n) => n.type === 'identifier');
    const collection = named(intro).find((n) => n.type === 'expression');
    const exprs = parts.filter((n) => n.type === 'expression');
    const cond = parts.find((n) => n.type === 'for_cond');
    const condExpr = cond ? named(cond).find((n) => n.type === 'expression') : undefined;
    const isObject = node.type === 'for_object_expr';
    const keyNode = isObject ? exprs[0] : undefined;
    const valueNode = isObject ? exprs[1] : exprs[0];
    if (vars.length === 0 || !collection || !valueNode) return this.invalid(node);
    const result: HclFor = {
      kind: 'for',
      type: isObject ? 'object' : 'tuple',
      valueVar: vars[vars.length - 1].text,
      collection: this.expression(collection),
      value: this.expression(valueNode),
      grouping: isObject && parts.some((n) => n.type === 'ellipsis'),
      range: this.range(node),
    };
    if (vars.length > 1) result.keyVar = vars[0].text;
    if (keyNode) result.key = this.expression(keyNode);
    if (condExpr) result.condition = this.expression(condExpr);
    return result;
  }

  quotedTemplate(node: Node): HclExpression {
    const parts = kids(node);
    const start = parts.find((n) => n.type === 'quoted_template_start');
    const end = parts.find((n) => n.type === 'quoted_template_end');
    const from = start ?? node;
    const to = end && !end.isMissing ? end : undefined;
    return {
      kind: 'template',
      parts: this.templateParts(
        parts,
        start ? from.endIndex : node.startIndex,
        start ? from.endPosition : node.startPosition,
        to ? to.startIndex : node.endIndex,
        to ? to.startPosition : node.endPosition,
        decodeQuoted,
      ),
      range: this.range(node),
    };
  }

  heredoc(node: Node): HclExpression {
    const parts = kids(node);
    const start = parts.find((n) => n.type === 'heredoc_start');
    const ids = parts.filter((n) => n.type === 'heredoc_identifier');
    const open = ids[0];
    const close = ids.length > 1 && !ids[ids.length - 1].isMissing ? ids[ids.length - 1] : undefined;
    if (!open) return this.invalid(node);
    const newline = this.text.indexOf('\n', open.endIndex);
    const fromIndex = newline < 0 || newline >= node.endIndex ? open.endIndex : newline + 1;
    const fromPos: Point =
      fromIndex === open.endIndex ? open.endPosition : { row: open.endPosition.row + 1, column: 0 };
    const toIndex = close ? close.startIndex - close.startPosition.column : node.endIndex;
    const toPos: Point = close ? { row: close.startPosition.row, column: 0 } : node.endPosition;
    return {
      kind: 'heredoc',
      marker: open.text,
      stripIndent: start?.text.includes('-') ?? false,
      parts: this.templateParts(
        parts,
        fromIndex,
        fromPos,
        Math.max(fromIndex, toIndex),
        toPos,
        decodeHeredoc,
      ),
      range: this.range(node),
    };
  }

  /**
   * Template parts in [from, to). Text parts are taken from the source between interpolations and directives
   * (tree-sitter's template_literal nodes leave out some whitespace).
   */
  templateParts(
    children: Node[],
    fromIndex: number,
    fromPos: Point,
    toIndex: number,
    toPos: Point,
    decode: (raw: string) => string,
  ): HclTemplatePart[] {
    const out: HclTemplatePart[] = [];
    let index = fromIndex;
    let pos = fromPos;
    const text = (endIndex: number, endPos: Point) => {
      if (endIndex > index) {
        const raw = this.text.slice(index, endIndex);
        out.push({ kind: 'text', value: decode(raw), raw, range: this.span(pos, endPos) });
      }
    };
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex < index || child.endIndex > toIndex) continue;
      text(child.startIndex, child.startPosition);
      out.push(this.templatePart(child, decode));
      index = child.endIndex;
      pos = child.endPosition;
    }
    text(toIndex, toPos);
    return out;
  }

  templatePart(node: Node, decode: (raw: string) => string): HclTemplatePart {
    if (node.type === 'template_interpolation') {
      const parts = kids(node);
      const at = parts.findIndex((n) => n.type === 'expression');
      const strips = parts.map((n, i) => (n.type === 'strip_marker' ? i : -1)).filter((i) => i >= 0);
      return {
        kind: 'interpolation',
        expr: at >= 0 ? this.expression(parts[at]) : this.invalid(node),
        strip: { left: strips.some((i) => i < at), right: strips.some((i) => i > at) },
        range: this.range(node),
      };
    }
    const directive = named(node)[0] ?? node;
    const parts = kids(directive);
    if (directive.type === 'template_if') {
      const intro = parts.find((n) => n.type === 'template_if_intro');
      const elseIntro = parts.find((n) => n.type === 'template_else_intro');
      const end = parts.find((n) => n.type === 'template_if_end');
      const cond = intro ? named(intro).find((n) => n.type === 'expression') : undefined;
      const thenEnd = elseIntro ?? end;
      const result: HclTemplatePart = {
        kind: 'if',
        condition: cond ? this.expression(cond) : this.invalid(directive),
        then:
          intro && thenEnd
            ? this.templateParts(
                parts,
                intro.endIndex,
                intro.endPosition,
                thenEnd.startIndex,
                thenEnd.startPosition,
                decode,
              )
            : [],
        range: this.range(directive),
      };
      if (elseIntro && end) {
        result.else = this.templateParts(
          parts,
          elseIntro.endIndex,
          elseIntro.endPosition,
          end.startIndex,
          end.startPosition,
          decode,
        );
      }
      return result;
    }
    if (directive.type === 'template_for') {
      const start = parts.find((n) => n.type === 'template_for_start');
      const end = parts.find((n) => n.type === 'template_for_end');
      const vars = start ? named(start).filter((n) => n.type === 'identifier') : [];
      const coll = start ? named(start).find((n) => n.type === 'expression') : undefined;
      return {
        kind: 'for',
        ...(vars.length > 1 ? { keyVar: vars[0].text } : {}),
        valueVar: vars[vars.length - 1]?.text ?? '',
        collection: coll ? this.expression(coll) : this.invalid(directive),
        body:
          start && end
            ? this.templateParts(
                parts,
                start.endIndex,
                start.endPosition,
                end.startIndex,
                end.startPosition,
                decode,
              )
            : [],
        range: this.range(directive),
      };
    }
    return {
      kind: 'interpolation',
      expr: this.invalid(node),
      strip: { left: false, right: false },
      range: this.range(node),
    };
  }
}
