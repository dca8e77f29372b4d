import type {
  ArrayNode,
  ObjectNode,
  PropertyEntry,
  PropertyNode,
  ScalarNode,
  UnknownNode,
} from '../../../model/node.js';
import type { SourceRange } from '../../../model/range.js';

/** A Terraform evaluation error (type error, missing key, bad argument): `try`/`can` catch these. */
export class EvalError extends Error {
  override name = 'EvalError';
}

/** The evaluator's own limits (work budget, nesting depth): never caught by `try`/`can`. */
export class EvalLimitError extends Error {
  override name = 'EvalLimitError';
}

/** The longest string the evaluator builds; longer results are errors rather than memory exhaustion. */
export const MAX_STRING_LENGTH = 1 << 20;

/** The provenance a computed value inherits from its operands. */
export interface Origin {
  secure?: boolean;
  parameter?: string;
}

function addOrigin<T extends PropertyNode>(node: T, origin: Origin | undefined): T {
  if (origin?.secure) node.secure = true;
  if (origin?.parameter !== undefined) node.parameter = origin.parameter;
  return node;
}

export function scalar(
  value: string | number | boolean | null,
  range: SourceRange,
  origin?: Origin,
): ScalarNode {
  return addOrigin({ kind: 'scalar', value, range }, origin);
}

export function list(items: PropertyNode[], range: SourceRange, origin?: Origin): ArrayNode {
  return addOrigin({ kind: 'array', items, range }, origin);
}

/** An object from entries; a later entry replaces an earlier one of the same (case-insensitive) name. */
export function object(entries: PropertyEntry[], range: SourceRange, origin?: Origin): ObjectNode {
  const map = new Map<string, PropertyEntry>();
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    map.delete(key);
    map.set(key, entry);
  }
  return addOrigin({ kind: 'object', entries: map, range }, origin);
}

export function unknown(
  range: SourceRange,
  expression: string,
  details: { reason?: string; references?: readonly string[] },
  origin?: Origin,
): UnknownNode {
  const node: UnknownNode = { kind: 'unknown', range, expression };
  if (details.reason !== undefined) node.reason = details.reason;
  if (details.references && details.references.length > 0) node.references = [...details.references];
  return addOrigin(node, origin);
}

/** Deep provenance of operands: secure when any part is secure, and the first parameter found. */
export function originOf(nodes: readonly PropertyNode[]): Origin {
  const origin: Origin = {};
  const visit = (node: PropertyNode): boolean => {
    if (node.secure) origin.secure = true;
    if (node.parameter !== undefined && origin.parameter === undefined) origin.parameter = node.parameter;
    if (origin.secure && origin.parameter !== undefined) return true;
    if (node.kind === 'array') return node.items.some(visit);
    if (node.kind === 'object') {
      for (const entry of node.entries.values()) if (visit(entry.node)) return true;
    }
    return false;
  };
  for (const node of nodes) if (visit(node)) break;
  return origin;
}

/** The node with the given provenance added (a shallow copy when anything changes); an own parameter wins. */
export function withOrigin<T extends PropertyNode>(node: T, origin: Origin): T {
  const addSecure = origin.secure === true && !node.secure;
  const addParameter = origin.parameter !== undefined && node.parameter === undefined;
  if (!addSecure && !addParameter) return node;
  const copy = { ...node };
  if (addSecure) copy.secure = true;
  if (addParameter) copy.parameter = origin.parameter;
  return copy;
}

/** A part taken out of a collection keeps the collection's sensitivity and parameter. */
export function inherit(container: PropertyNode, item: PropertyNode): PropertyNode {
  return withOrigin(item, { secure: container.secure, parameter: container.parameter });
}

/** The first reason and all references (in order, without duplicates) found in the unknown parts of nodes. */
export function unknownDetails(nodes: readonly PropertyNode[]): { reason?: string; references: string[] } {
  let reason: string | undefined;
  const references: string[] = [];
  const seen = new Set<string>();
  const add = (refs: readonly string[] | undefined) => {
    for (const ref of refs ?? []) {
      if (!seen.has(ref)) {
        seen.add(ref);
        references.push(ref);
      }
    }
  };
  const visit = (node: PropertyNode) => {
    add(node.references);
    if (node.kind === 'unknown') {
      reason ??= node.reason;
    } else if (node.kind === 'array') {
      node.items.forEach(visit);
    } else if (node.kind === 'object') {
      if (node.open) {
        reason ??= node.open.reason;
        add(node.open.references);
      }
      for (const entry of node.entries.values()) visit(entry.node);
    }
  };
  nodes.forEach(visit);
  return reason === undefined ? { references } : { reason, references };
}

/** No unknown part anywhere, and no object whose unlisted members are unknown. */
export function isWhollyKnown(node: PropertyNode): boolean {
  switch (node.kind) {
    case 'unknown':
      return false;
    case 'scalar':
      return true;
    case 'array':
      return node.items.every(isWhollyKnown);
    case 'object':
      if (node.open) return false;
      for (const entry of node.entries.values()) if (!isWhollyKnown(entry.node)) return false;
      return true;
  }
}

/**
 * A deep copy placed at `range`, so findings point where the value is used. Provenance is kept; an unknown at
 * the top takes `expression` (the text that uses it). `visit` is called once per copied node (work accounting).
 */
export function relocate(
  node: PropertyNode,
  range: SourceRange,
  expression?: string,
  visit?: () => void,
): PropertyNode {
  const copy = (n: PropertyNode): PropertyNode => {
    visit?.();
    switch (n.kind) {
      case 'scalar':
      case 'unknown':
        return { ...n, range };
      case 'array':
        return { ...n, range, items: n.items.map(copy) };
      case 'object': {
        const entries = new Map<string, PropertyEntry>();
        for (const [key, entry] of n.entries) {
          entries.set(key, { name: entry.name, keyRange: range, node: copy(entry.node) });
        }
        return { ...n, range, entries };
      }
    }
  };
  const result = copy(node);
  if (result.kind === 'unknown' && expression !== undefined) result.expression = expression;
  return result;
}

/** Places the top node only (parentheses, template unwrapping): the parts keep their ranges. */
export function reposition(node: PropertyNode, range: SourceRange, expression?: string): PropertyNode {
  const copy = { ...node, range };
  if (copy.kind === 'unknown' && expression !== undefined) copy.expression = expression;
  return copy;
}

export function typeName(node: PropertyNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.value === null ? 'null' : typeof node.value === 'boolean' ? 'bool' : typeof node.value;
    case 'array':
      return 'list';
    case 'object':
      return 'object';
    case 'unknown':
      return 'unknown value';
  }
}

/** Terraform's number to string: `1`, `1.5`, `1000000000000000000000` (never exponent notation). */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN';
  if (Object.is(n, -0)) return '0';
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, fraction = '', exponentText] = match;
  const exponent = Number(exponentText);
  const digits = lead + fraction;
  if (exponent >= 0) {
    const point = 1 + exponent;
    return (
      sign +
      (digits.length <= point
        ? digits.padEnd(point, '0')
        : `${digits.slice(0, point)}.${digits.slice(point)}`)
    );
  }
  return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}

const NUMBER_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A string as Terraform converts it to a number (decimal only, no surrounding whitespace). */
export function parseNumber(text: string): number | undefined {
  if (!NUMBER_TEXT.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

function describe(node: PropertyNode): string {
  const type = typeName(node);
  return type === 'null' ? 'null' : `a ${type}`;
}

/** A primitive as a string (numbers and bools convert, as Terraform converts them); errors otherwise. */
export function toText(node: PropertyNode, what: string): string {
  if (node.kind === 'scalar') {
    const v = node.value;
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return formatNumber(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
  }
  throw new EvalError(`${what} must be a string, not ${describe(node)}`);
}

export function toNumber(node: PropertyNode, what: string): number {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'number') return node.value;
    if (typeof node.value === 'string') {
      const n = parseNumber(node.value);
      if (n !== undefined) return n;
      throw new EvalError(`${what} must be a number; "${node.value}" is not a number`);
    }
  }
  throw new EvalError(`${what} must be a number, not ${describe(node)}`);
}

export function toInteger(node: PropertyNode, what: string): number {
  const n = toNumber(node, what);
  if (!Number.isInteger(n)) throw new EvalError(`${what} must be a whole number, not ${formatNumber(n)}`);
  return n;
}

export function toBool(node: PropertyNode, what: string): boolean {
  if (node.kind === 'scalar') {
    if (typeof node.value === 'boolean') return node.value;
    if (node.value === 'true') return true;
    if (node.value === 'false') return false;
  }
  throw new EvalError(`${what} must be a bool, not ${describe(node)}`);
}

export function toList(node: PropertyNode, what: string): PropertyNode[] {
  if (node.kind === 'array') return node.items;
  throw new EvalError(`${what} must be a list, not ${describe(node)}`);
}

export function toObject(node: PropertyNode, what: string): ObjectNode {
  if (node.kind === 'object') return node;
  throw new EvalError(`${what} must be a map or object, not ${describe(node)}`);
}

/** Go compares strings by bytes; for UTF-16 strings, code point order gives the same result. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i].codePointAt(0) as number;
    const y = right[i].codePointAt(0) as number;
    if (x !== y) return x - y;
  }
  return left.length - right.length;
}

/** Entries in Terraform's iteration order (keys ascending). */
export function sortedEntries(node: ObjectNode): PropertyEntry[] {
  return [...node.entries.values()].sort((a, b) => compareText(a.name, b.name));
}

/** Deep equality as Terraform's `==`: types must match; undefined when unknown parts decide it. */
export function equalNodes(a: PropertyNode, b: PropertyNode): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'scalar' && b.kind === 'scalar') return a.value === b.value;
  if (a.kind === 'array' && b.kind === 'array') {
    if (a.items.length !== b.items.length) return false;
    let result: boolean | undefined = true;
    for (let i = 0; i < a.items.length; i++) {
      const same = equalNodes(a.items[i], b.items[i]);
      if (same === false) return false;
      if (same === undefined) result = undefined;
    }
    return result;
  }
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.open || b.open) return undefined;
    if (a.entries.size !== b.entries.size) return false;
    let result: boolean | undefined = true;
    for (const [key, entry] of a.entries) {
      const other = b.entries.get(key);
      if (!other || other.name !== entry.name) return false;
      const same = equalNodes(entry.node, other.node);
      if (same === false) return false;
      if (same === undefined) result = undefined;
    }
    return result;
  }
  return false;
}

/** Checks a produced string against the size limit. */
export function checkedString(text: string): string {
  if (text.length > MAX_STRING_LENGTH) {
    throw new EvalError(`the result is longer than ${MAX_STRING_LENGTH} characters`);
  }
  return text;
}

/** Grapheme clusters, as Terraform counts and slices strings. */
export function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}
