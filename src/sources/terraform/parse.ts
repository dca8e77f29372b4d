import { existsSync, readFileSync } from 'node:fs';
import { besideBundle } from '../../model/bundle-files.js';
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
import { parseFast } from './fast-parse.js';
import { grammarNeeded, GrammarNeeded, setHclGrammarLoaded, setLoadedHclParser } from './parser-state.js';
import { NO_CHILDREN, syntax, type Syntax } from './syntax.js';
import type TS from './treesitter.cjs';

export type * from './ast.js';

export interface HclParser {
  /** Parses Terraform/HCL text. Never throws. */
  parse(text: string, file: string): HclFile;
}

// The two WebAssembly files. In the bundle, scripts/package.mjs copies them next to the chunk that holds
// this code; from source they are read in node_modules. The paths are built at run time on purpose: ncc
// relocates `new URL('<literal>', import.meta.url)` assets itself and corrupts .wasm files doing so (it
// re-encodes them as text; see research/toolchain.md §2).
const WASM_FILES = {
  runtime: ['web-tree-sitter', 'web-tree-sitter.wasm'],
  terraform: ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
} as const;

function readWasm([packageName, file]: readonly [string, string]): Buffer {
  const candidates = [
    besideBundle(file),
    new URL(['..', '..', '..', 'node_modules', packageName, file].join('/'), import.meta.url),
  ];
  for (const candidate of candidates) {
    if (existsSync(candidate)) return readFileSync(candidate);
  }
  throw new Error(`${file} not found (looked in ${candidates.map((c) => c.pathname).join(', ')})`);
}

let loading: Promise<void> | undefined;
/** The fast parser alone, until the grammar is loaded; then both, or tree-sitter alone. */
const FAST_ONLY: Engine = { fastPath: true };
let withTreeSitter: Engine | undefined;
let treeSitterOnly: Engine | undefined;

/**
 * The parser of the Terraform source: the fast parser for common forms, and tree-sitter for everything
 * else once loaded (`loadHclGrammar`). Before that, text that needs it throws `GrammarNeeded`.
 */
const hcl: HclParser = { parse: (text, file) => parseText(withTreeSitter ?? FAST_ONLY, text, file) };
setLoadedHclParser(hcl);

/** The parser with tree-sitter loaded (the grammar initialises once; later calls share it). */
export async function loadHclParser(): Promise<HclParser> {
  await loadHclGrammar();
  return hcl;
}

/** The same parser without the fast path (see fast-parse.ts): every text goes through tree-sitter. */
export async function loadTreeSitterHclParser(): Promise<HclParser> {
  await loadHclGrammar();
  const engine = treeSitterOnly!;
  return { parse: (text, file) => parseText(engine, text, file) };
}

/** Initialises web-tree-sitter and the Terraform grammar, once. */
export function loadHclGrammar(): Promise<void> {
  loading ??= init().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function init(): Promise<void> {
  // Imported here, not above: its JavaScript is a large part of what the grammar costs to load.
  const { default: treeSitter } = await import('./treesitter.cjs');
  await treeSitter.Parser.init({ wasmBinary: readWasm(WASM_FILES.runtime) });
  const language = await treeSitter.Language.load(readWasm(WASM_FILES.terraform));
  const parser = new treeSitter.Parser();
  parser.setLanguage(language);
  const grammar = grammarOf(language);
  withTreeSitter = { parser, grammar, fastPath: true };
  treeSitterOnly = { parser, grammar, fastPath: false };
  setHclGrammarLoaded();
}

interface Engine {
  /** Tree-sitter and its grammar, once loaded. */
  parser?: TS.Parser;
  grammar?: Grammar;
  /** Whether to try the fast parser on each piece before tree-sitter. */
  fastPath: boolean;
}

/** Node type names and whether each is named, by type id, read once so the walk asks the wasm side less. */
interface Grammar {
  types: string[];
  named: boolean[];
  /** Types whose children the conversion never reads: tokens (all anonymous types) and literals. */
  leaf: boolean[];
  bodyId: number;
}

/**
 * Named types that are single tokens in the grammar (or runs of scanner tokens), so their children, if any, are
 * anonymous tokens the conversion does not read. `legacy_index` is not here: a comment may sit inside it.
 */
const LEAF_TYPES = new Set([
  'identifier',
  'comment',
  'numeric_lit',
  'bool_lit',
  'null_lit',
  'template_literal',
  'heredoc_start',
  'heredoc_identifier',
  'block_start',
  'block_end',
  'tuple_start',
  'tuple_end',
  'object_start',
  'object_end',
  'ellipsis',
  'strip_marker',
  'quoted_template_start',
  'quoted_template_end',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_directive_start',
  'template_directive_end',
]);

const ERROR_TYPE_ID = 0xffff;

function grammarOf(language: TS.Language): Grammar {
  const types: string[] = [];
  const named: boolean[] = [];
  const leaf: boolean[] = [];
  for (let id = 0; id < language.types.length; id++) {
    types.push(language.types[id] || 'ERROR');
    named.push(language.nodeTypeIsNamed(id));
    leaf.push(!named[id] || LEAF_TYPES.has(types[id]));
  }
  return { types, named, leaf, bodyId: types.indexOf('body') };
}

function parseText(engine: Engine, text: string, file: string): HclFile {
  const lines = new Lines(text);
  try {
    const segments = splitTopLevel(text);
    if (segments.length <= 1) return parseSegment(engine, lines, file, 0, text.length).parsed;
    // Parsing top-level blocks one at a time keeps tree-sitter's trees (and its wasm heap) small and is
    // faster than one parse of the whole text. When every block parses cleanly, the result is what a parse of
    // the whole text gives: a split inside a heredoc, comment or bracket leaves an unterminated construct, which
    // is an error. Otherwise parse the whole text; if that has errors too, keep the per-block results, because
    // tree-sitter's recovery can swallow the rest of a file (an unterminated heredoc or brace), and one broken
    // block should not hide the ones after it.
    const parts = segments.map((s) => parseSegment(engine, lines, file, s.start, s.end, true));
    let range: SourceRange | undefined;
    if (parts.every((part) => part.parsed.errors.length === 0)) {
      const bodies = parts.filter((part) => part.hasBody).map((part) => part.parsed.body.range);
      if (bodies.length > 0) {
        range = { file, start: bodies[0].start, end: bodies[bodies.length - 1].end };
      }
    }
    if (!range) {
      const whole = parseSegment(engine, lines, file, 0, text.length).parsed;
      if (whole.errors.length === 0) return whole;
      range = whole.body.range;
    }
    const result: HclFile = { file, body: { attributes: [], blocks: [], range }, comments: [], errors: [] };
    for (const { parsed: part } of parts) {
      for (const attribute of part.body.attributes) result.body.attributes.push(attribute);
      for (const block of part.body.blocks) result.body.blocks.push(block);
      for (const comment of part.comments) result.comments.push(comment);
      for (const error of part.errors) result.errors.push(error);
    }
    return result;
  } catch (error) {
    if (error instanceof GrammarNeeded) throw error;
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

/** Lines that look like the start of a top-level block or attribute (at column 1). */
const TOP_LEVEL_START =
  /(?:[A-Za-z_][\w-]*(?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*[ \t]*\{|[A-Za-z_][\w-]*[ \t]*=(?!=))/y;

/** Splits text at lines that look like the start of a top-level block or attribute. */
function splitTopLevel(text: string): Array<{ start: number; end: number }> {
  const segments: Array<{ start: number; end: number }> = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const c = text.charCodeAt(lineStart);
    // Only a letter or `_` can start a match; skip the regular expression for every other line.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      TOP_LEVEL_START.lastIndex = lineStart;
      if (TOP_LEVEL_START.test(text)) {
        if (segments.length === 0 && lineStart > 0) segments.push({ start: 0, end: lineStart });
        if (segments.length > 0) segments[segments.length - 1].end = lineStart;
        segments.push({ start: lineStart, end: text.length });
      }
    }
    const newline = text.indexOf('\n', lineStart);
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return segments;
}

/**
 * Maps string offsets to 1-based positions the way tree-sitter counts them: only `\n` ends a line (a lone `\r`
 * does not), and columns count UTF-16 code units.
 */
class Lines {
  private readonly starts: number[] = [0];
  readonly text: string;
  /** The line of the last lookup; lookups mostly move forward a little. */
  private last = 0;

  constructor(text: string) {
    this.text = text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineStart(offset: number): number {
    return this.starts[this.lineOf(offset)];
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line] + 1 };
  }

  private lineOf(offset: number): number {
    const starts = this.starts;
    let line = this.last;
    if (starts[line] <= offset) {
      // Forward a few lines linearly, then binary search.
      const limit = Math.min(starts.length, line + 8);
      while (line + 1 < limit && starts[line + 1] <= offset) line++;
      if (line + 1 < starts.length && starts[line + 1] <= offset)
        line = this.search(offset, line + 1, starts.length - 1);
    } else {
      line = this.search(offset, 0, line - 1);
    }
    this.last = line;
    return line;
  }

  /** The last line in [lo, hi] starting at or before offset. */
  private search(offset: number, lo: number, hi: number): number {
    const starts = this.starts;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

type Node = Syntax;

/**
 * Reads tree-sitter nodes at a cursor into Syntax, with offsets moved by `base`; comments go to `onComment`.
 * In a tree without errors it asks the wasm side less: it does not look into leaf types (see LEAF_TYPES), takes
 * an anonymous token's end from its length (its type is its text), and no node can be missing.
 */
class Reader {
  constructor(
    private readonly cursor: TS.TreeCursor,
    private readonly grammar: Grammar,
    private readonly text: string,
    private readonly base: number,
    private readonly clean: boolean,
    private readonly onComment: (node: Syntax) => void,
  ) {}

  /** Whether the children of the last node read are not to be read (a leaf, or synthesized). */
  private skipChildren = false;

  /** The node at the cursor, without its children. */
  node(parentType: string | null): Syntax {
    const cursor = this.cursor;
    const grammar = this.grammar;
    const id = cursor.nodeTypeId;
    const isError = id === ERROR_TYPE_ID;
    const type = isError ? 'ERROR' : (grammar.types[id] ?? 'ERROR');
    const isNamed = isError || (grammar.named[id] ?? false);
    this.skipChildren = this.clean && !isError && (grammar.leaf[id] ?? false);
    const startIndex = cursor.startIndex + this.base;
    const endIndex = this.clean && !isNamed ? startIndex + type.length : cursor.endIndex + this.base;
    // Only a zero-width node can be missing.
    const isMissing = !this.clean && startIndex === endIndex && cursor.nodeIsMissing;
    const node: Syntax = {
      type,
      isNamed,
      isMissing,
      isError,
      hasError: isError || isMissing,
      startIndex,
      endIndex,
      field: parentType === 'object_elem' ? cursor.currentFieldName : null,
      children: NO_CHILDREN,
    };
    if (type === 'comment') this.onComment(node);
    else if (this.clean && SYNTHESIZED.has(type)) {
      const children = this.synthesize(type, startIndex, endIndex);
      if (children) {
        node.children = children;
        this.skipChildren = true;
      }
    }
    return node;
  }

  /**
   * The children of small, frequent nodes of a clean tree, made from the text instead of read from the tree:
   * literals, strings without interpolation, `.name` steps. Undefined when the text is not the plain form (a
   * comment or space inside a step), and the children are then read from the tree.
   */
  private synthesize(type: string, start: number, end: number): Syntax[] | undefined {
    const text = this.text;
    switch (type) {
      case 'variable_expr':
        return [leaf('identifier', true, start, end)];
      case 'get_attr': {
        if (end - start < 2) return undefined;
        for (let i = start + 1; i < end; i++) {
          const c = text.charCodeAt(i);
          // Whitespace or a comment between the dot and the name.
          if (c <= 32 || c === 47 || c === 35) return undefined;
        }
        return [leaf('.', false, start, start + 1), leaf('identifier', true, start + 1, end)];
      }
      case 'string_lit':
        return quotedChildren(text, start, end);
      case 'literal_value': {
        const c = text.charCodeAt(start);
        let literal: Syntax;
        if (c === 34) {
          const children = quotedChildren(text, start, end);
          if (!children) return undefined;
          literal = leaf('string_lit', true, start, end);
          literal.children = children;
        } else if (c >= 48 && c <= 57) literal = leaf('numeric_lit', true, start, end);
        else {
          const word = text.slice(start, end);
          if (word === 'true' || word === 'false') literal = leaf('bool_lit', true, start, end);
          else if (word === 'null') literal = leaf('null_lit', true, start, end);
          else return undefined;
        }
        return [literal];
      }
      default:
        return undefined;
    }
  }

  /** Whether to read the children of the node just read; moves to the first child if so. */
  private descend(): boolean {
    return !this.skipChildren && this.cursor.gotoFirstChild();
  }

  /** The subtree at the cursor; the cursor ends where it started. Iterative, so deep nesting cannot overflow. */
  tree(parentType: string | null): Syntax {
    const cursor = this.cursor;
    const top = this.node(parentType);
    if (!this.descend()) return top;
    top.children = [];
    const stack: Syntax[] = [top];
    for (;;) {
      const parent = stack[stack.length - 1];
      const node = this.node(parent.type);
      if (node.type !== 'comment') parent.children.push(node);
      if (node.hasError) parent.hasError = true;
      if (this.descend()) {
        node.children = [];
        stack.push(node);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        cursor.gotoParent();
        const done = stack.pop() as Syntax;
        if (stack.length === 0) return done;
        if (done.hasError) stack[stack.length - 1].hasError = true;
      }
    }
  }
}

/** Types whose children Reader.synthesize can make in a clean tree. */
const SYNTHESIZED = new Set(['variable_expr', 'get_attr', 'string_lit', 'literal_value']);

/** A node of a clean tree without children. */
function leaf(type: string, isNamed: boolean, startIndex: number, endIndex: number): Syntax {
  return syntax(type, startIndex, endIndex, NO_CHILDREN, isNamed);
}

/** `"`, the text and `"` of a string literal in a clean tree (so both quotes are there). */
function quotedChildren(text: string, start: number, end: number): Syntax[] | undefined {
  if (end - start < 2 || text.charCodeAt(start) !== 34 || text.charCodeAt(end - 1) !== 34) return undefined;
  const children = [leaf('quoted_template_start', true, start, start + 1)];
  if (end - start > 2) children.push(leaf('template_literal', true, start + 1, end - 1));
  children.push(leaf('quoted_template_end', true, end - 1, end));
  return children;
}

interface Segment {
  parsed: HclFile;
  /** Whether the tree had a body node (an empty text has none). */
  hasBody: boolean;
}

/**
 * What the fast parser (fast-parse.ts) reads in text[start, end), or undefined if it gave up. Text without
 * an attribute or block has no body node, and tree-sitter gives its empty body the root node's range: such
 * text is left to tree-sitter, unless it is a `part` of a split text (a file's header comments, say), of
 * which parseText only reads the comments.
 */
function parseSegmentFast(c: Converter, start: number, end: number, part: boolean): Segment | undefined {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  let bodyStart = -1;
  let bodyEnd = -1;
  const comments = parseFast(c.lines.text, start, end, (item) => {
    if (bodyStart < 0) bodyStart = item.startIndex;
    bodyEnd = item.endIndex;
    if (item.type === 'attribute') attributes.push(c.attribute(item));
    else blocks.push(c.block(item));
  });
  if (!comments || (bodyStart < 0 && !part)) return undefined;
  for (const comment of comments) c.comments.push(c.comment(comment));
  if (bodyStart < 0) {
    const body = c.emptyBody(c.at(start, start));
    return { parsed: { file: c.file, body, comments: c.comments, errors: [] }, hasBody: false };
  }
  const body = { attributes, blocks, range: c.at(bodyStart, bodyEnd) };
  return { parsed: { file: c.file, body, comments: c.comments, errors: [] }, hasBody: true };
}

/** Parses text[start, end), which starts at a line start, into ranges of the whole text. */
function parseSegment(
  { parser, grammar, fastPath }: Engine,
  lines: Lines,
  file: string,
  start: number,
  end: number,
  part = false,
): Segment {
  const whole = lines.text;
  const c = new Converter(lines, file);
  const fast = fastPath ? parseSegmentFast(c, start, end, part) : undefined;
  if (fast) return fast;
  if (!parser || !grammar) throw grammarNeeded();
  const tree = parser.parse(start === 0 && end === whole.length ? whole : whole.slice(start, end));
  if (!tree) {
    const range = c.at(start, start);
    const errors = [{ message: 'Parse failed', range }];
    return { parsed: { file, body: c.emptyBody(range), comments: [], errors }, hasBody: false };
  }
  const cursor = tree.walk();
  try {
    const clean = !tree.rootNode.hasError;
    const reader = new Reader(cursor, grammar, whole, start, clean, (node) =>
      c.comments.push(c.comment(node)),
    );
    const errors: HclSyntaxError[] = [];
    const root = reader.node(null);
    let body: HclBody | undefined;
    // The root's children are read one at a time, and the body's children too, so that only one top-level
    // item is held as Syntax at a time, however large the text.
    if (cursor.gotoFirstChild()) {
      do {
        if (!body && cursor.nodeTypeId === grammar.bodyId && cursor.startIndex !== cursor.endIndex) {
          body = c.emptyBody(c.range(reader.node(root.type)));
          if (!cursor.gotoFirstChild()) continue;
          do {
            const item = reader.tree('body');
            if (item.type === 'attribute') body.attributes.push(c.attribute(item));
            else if (item.type === 'block') body.blocks.push(c.block(item));
            if (!root.isError && (item.hasError || item.isMissing)) c.collectErrors(item, errors);
          } while (cursor.gotoNextSibling());
          cursor.gotoParent();
          continue;
        }
        const item = reader.tree(root.type);
        if (item.type === 'body' && !body) body = c.body(item);
        if (!root.isError && (item.hasError || item.isMissing)) c.collectErrors(item, errors);
      } while (cursor.gotoNextSibling());
    }
    if (root.isError) c.collectErrors(root, errors);
    return {
      parsed: { file, body: body ?? c.emptyBody(c.range(root)), comments: c.comments, errors },
      hasBody: body !== undefined,
    };
  } finally {
    cursor.delete();
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
  return node.children;
}

function named(node: Node): Node[] {
  return node.children.filter((n) => n.isNamed);
}

/** `named(node)[0]`, without building the array (the conversion asks this of most nodes). */
function firstNamed(node: Node): Node | undefined {
  for (const child of node.children) if (child.isNamed) return child;
  return undefined;
}

/** The first named child of a type. */
function namedChild(node: Node, type: string): Node | undefined {
  for (const child of node.children) if (child.isNamed && child.type === type) return child;
  return undefined;
}

function decodeQuoted(raw: string): string {
  // Most strings have no escape: every one starts with `\` or holds `{`.
  if (raw.indexOf('\\') < 0 && raw.indexOf('{') < 0) return raw;
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

class Converter {
  readonly comments: HclComment[] = [];

  constructor(
    readonly lines: Lines,
    readonly file: string,
  ) {}

  /** The range of text[start, end). */
  at(start: number, end: number): SourceRange {
    return { file: this.file, start: this.lines.position(start), end: this.lines.position(end) };
  }

  range(node: Node): SourceRange {
    return this.at(node.startIndex, node.endIndex);
  }

  between(first: Node, last: Node): SourceRange {
    return this.at(first.startIndex, last.endIndex);
  }

  text(node: Node): string {
    return this.lines.text.slice(node.startIndex, node.endIndex);
  }

  comment(node: Node): HclComment {
    return { text: this.text(node), range: this.range(node) };
  }

  emptyBody(range: SourceRange): HclBody {
    return { attributes: [], blocks: [], range };
  }

  collectErrors(node: Node, out: HclSyntaxError[]): void {
    if (node.isError) {
      const snippet = this.text(node).split(/\r?\n/)[0].trim().slice(0, 40);
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
    for (const child of node.children) if (child.hasError || child.isMissing) this.collectErrors(child, out);
  }

  body(node: Node): HclBody {
    const body = this.emptyBody(this.range(node));
    for (const child of node.children) {
      if (!child.isNamed) continue;
      if (child.type === 'attribute') body.attributes.push(this.attribute(child));
      else if (child.type === 'block') body.blocks.push(this.block(child));
    }
    return body;
  }

  attribute(node: Node): HclAttribute {
    const name = namedChild(node, 'identifier');
    const exprNode = namedChild(node, 'expression');
    return {
      kind: 'attribute',
      name: name ? this.text(name) : '',
      nameRange: this.range(name ?? node),
      expr: exprNode ? this.expression(exprNode) : this.invalid(node),
      range: this.range(node),
    };
  }

  block(node: Node): HclBlock {
    const type = firstNamed(node) as Node;
    const labels: HclBlockLabel[] = [];
    let bodyNode: Node | undefined;
    let open: Node | undefined;
    let close: Node | undefined;
    for (const part of node.children) {
      if (!part.isNamed || part === type) continue;
      if (part.type === 'string_lit') {
        labels.push({ value: this.stringLiteralValue(part), quoted: true, range: this.range(part) });
      } else if (part.type === 'identifier') {
        labels.push({ value: this.text(part), quoted: false, range: this.range(part) });
      } else if (part.type === 'block_start') open = part;
      else if (part.type === 'block_end') close = part;
      else if (part.type === 'body') bodyNode = part;
    }
    const body = bodyNode
      ? this.body(bodyNode)
      : this.emptyBody(
          open && close ? this.at(open.endIndex, close.startIndex) : this.at(node.endIndex, node.endIndex),
        );
    return {
      kind: 'block',
      type: this.text(type),
      typeRange: this.range(type),
      labels,
      body,
      range: this.range(node),
    };
  }

  invalid(node: Node): HclExpression {
    return { kind: 'invalid', raw: this.text(node), range: this.range(node) };
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
      range: {
        file: this.file,
        start: base.range.start,
        end: this.lines.position(nodes[nodes.length - 1].endIndex),
      },
    };
  }

  steps(node: Node, out: HclTraversalStep[]): void {
    switch (node.type) {
      case 'get_attr': {
        const id = namedChild(node, 'identifier');
        out.push({ kind: 'attr', name: id ? this.text(id) : '', range: this.range(node) });
        return;
      }
      case 'index': {
        const inner = firstNamed(node);
        if (inner?.type === 'legacy_index') {
          const raw = this.text(inner).replace(/^\./, '');
          const key: HclExpression = {
            kind: 'literal',
            type: 'number',
            value: Number(raw),
            raw,
            range: this.range(inner),
          };
          out.push({ kind: 'index', key, range: this.range(inner) });
        } else {
          const expr = inner ? namedChild(inner, 'expression') : undefined;
          out.push({
            kind: 'index',
            key: expr ? this.expression(expr) : this.invalid(node),
            range: this.range(node),
          });
        }
        return;
      }
      case 'splat': {
        const inner = firstNamed(node) ?? node;
        const marker = inner.children.find((n) => n.type === '.*' || n.type === '[*]') ?? inner;
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
        return this.literal(firstNamed(node) ?? node);
      case 'variable_expr':
        return { kind: 'variable', name: this.text(node), range: this.range(node) };
      case 'function_call':
        return this.call(node);
      case 'collection_value':
        return this.collection(firstNamed(node) ?? node);
      case 'template_expr': {
        const inner = firstNamed(node) ?? node;
        return inner.type === 'heredoc_template' ? this.heredoc(inner) : this.quotedTemplate(inner);
      }
      case 'for_expr':
        return this.forExpr(firstNamed(node) ?? node);
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
        return this.operation(firstNamed(node) ?? node);
      default:
        return this.invalid(node);
    }
  }

  literal(node: Node): HclExpression {
    const raw = this.text(node);
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
    return decodeQuoted(this.lines.text.slice(from, to));
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
      name: ids.map((n) => this.text(n)).join('::'),
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
        const keyNode = elem.children.find((n) => n.field === 'key');
        const valNode = elem.children.find((n) => n.field === 'val');
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
      valueVar: this.text(vars[vars.length - 1]),
      collection: this.expression(collection),
      value: this.expression(valueNode),
      grouping: isObject && parts.some((n) => n.type === 'ellipsis'),
      range: this.range(node),
    };
    if (vars.length > 1) result.keyVar = this.text(vars[0]);
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
        to ? to.startIndex : node.endIndex,
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
    const newline = this.lines.text.indexOf('\n', open.endIndex);
    const fromIndex = newline < 0 || newline >= node.endIndex ? open.endIndex : newline + 1;
    const toIndex = close ? this.lines.lineStart(close.startIndex) : node.endIndex;
    return {
      kind: 'heredoc',
      marker: this.text(open),
      stripIndent: start ? this.text(start).includes('-') : false,
      parts: this.templateParts(parts, fromIndex, Math.max(fromIndex, toIndex), decodeHeredoc),
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
    toIndex: number,
    decode: (raw: string) => string,
  ): HclTemplatePart[] {
    const out: HclTemplatePart[] = [];
    let index = fromIndex;
    for (const child of children) {
      if (child.type !== 'template_interpolation' && child.type !== 'template_directive') continue;
      if (child.startIndex < index || child.endIndex > toIndex) continue;
      this.pushText(out, index, child.startIndex, decode);
      out.push(this.templatePart(child, decode));
      index = child.endIndex;
    }
    this.pushText(out, index, toIndex, decode);
    return out;
  }

  /** A text part for text[start, end), unless that is empty. */
  pushText(out: HclTemplatePart[], start: number, end: number, decode: (raw: string) => string): void {
    if (end <= start) return;
    const raw = this.lines.text.slice(start, end);
    out.push({ kind: 'text', value: decode(raw), raw, range: this.at(start, end) });
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
    const directive = firstNamed(node) ?? node;
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
        then: intro && thenEnd ? this.templateParts(parts, intro.endIndex, thenEnd.startIndex, decode) : [],
        range: this.range(directive),
      };
      if (elseIntro && end) {
        result.else = this.templateParts(parts, elseIntro.endIndex, end.startIndex, decode);
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
        ...(vars.length > 1 ? { keyVar: this.text(vars[0]) } : {}),
        valueVar: vars.length > 0 ? this.text(vars[vars.length - 1]) : '',
        collection: coll ? this.expression(coll) : this.invalid(directive),
        body: start && end ? this.templateParts(parts, start.endIndex, end.startIndex, decode) : [],
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
