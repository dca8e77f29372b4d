import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { PropertyEntry, PropertyNode } from '../../model/node.js';
import { LineIndex, type SourceRange } from '../../model/range.js';

export interface JsonComment {
  /** The comment text without `//`, `/*` or `*\/`. */
  text: string;
  range: SourceRange;
}

export interface JsonError {
  message: string;
  range: SourceRange;
}

export interface JsonDocument {
  root?: PropertyNode;
  comments: JsonComment[];
  errors: JsonError[];
  lines: LineIndex;
}

export interface JsonLimits {
  /** Deepest nesting of objects and arrays accepted before parsing stops with an error. */
  maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 256 };

/**
 * Parses JSON with comments and trailing commas (as ARM accepts) into a property tree in which every
 * node keeps its range. Never throws: syntax errors are returned with their position.
 */
export function parseJsonc(
  file: string,
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): JsonDocument {
  const lines = new LineIndex(text);
  const comments: JsonComment[] = [];
  const errors: JsonError[] = [];
  const rangeOf = (offset: number, length: number) => lines.range(file, offset, length);

  const tooDeep = findExcessiveNesting(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    errors.push({
      message: `Nesting deeper than ${limits.maxDepth} levels; the file is not parsed.`,
      range: rangeOf(tooDeep, 1),
    });
    return { comments, errors, lines };
  }

  type Frame =
    | {
        kind: 'object';
        offset: number;
        entries: PropertyEntry[];
        pendingKey?: { name: string; range: SourceRange };
      }
    | { kind: 'array'; offset: number; items: PropertyNode[] };
  const stack: Frame[] = [];
  let root: PropertyNode | undefined;

  const attach = (node: PropertyNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root ??= node;
      return;
    }
    if (top.kind === 'array') top.items.push(node);
    else if (top.pendingKey) {
      top.entries.push({ name: top.pendingKey.name, keyRange: top.pendingKey.range, node });
      top.pendingKey = undefined;
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        stack.push({ kind: 'object', offset, entries: [] });
      },
      onObjectProperty: (name, offset, length) => {
        const top = stack[stack.length - 1];
        if (top?.kind === 'object') top.pendingKey = { name, range: rangeOf(offset, length) };
      },
      onObjectEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'object') return;
        const map = new Map<string, PropertyEntry>();
        for (const entry of frame.entries) map.set(entry.name.toLowerCase(), entry);
        attach({
          kind: 'object',
          entries: map,
          range: rangeOf(frame.offset, offset + length - frame.offset),
        });
      },
      onArrayBegin: (offset) => {
        stack.push({ kind: 'array', offset, items: [] });
      },
      onArrayEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'array') return;
        attach({
          kind: 'array',
          items: frame.items,
          range: rangeOf(frame.offset, offset + length - frame.offset),
        });
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const scalar = value as string | number | boolean | null;
        attach({ kind: 'scalar', value: scalar, range: rangeOf(offset, length) });
      },
      onComment: (offset, length) => {
        const raw = text.slice(offset, offset + length);
        const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
        comments.push({ text: body, range: rangeOf(offset, length) });
      },
      onError: (code: ParseErrorCode, offset, length) => {
        errors.push({ message: describeError(code), range: rangeOf(offset, Math.max(length, 1)) });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );

  // An unterminated document leaves frames open: close them so that what was read is still usable.
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const range = rangeOf(frame.offset, text.length - frame.offset);
    if (frame.kind === 'object') {
      const map = new Map<string, PropertyEntry>();
      for (const entry of frame.entries) map.set(entry.name.toLowerCase(), entry);
      attach({ kind: 'object', entries: map, range });
    } else attach({ kind: 'array', items: frame.items, range });
  }
  return { root, comments, errors, lines };
}

const MESSAGES: Partial<Record<string, string>> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Invalid comment token',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character',
};

function describeError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return `JSON syntax error: ${MESSAGES[name] ?? name}.`;
}

/**
 * Returns the offset where nesting first exceeds `maxDepth`, or undefined. The parser recurses per
 * level, so a pathological document must be stopped before it reaches the parser.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return undefined;
}
