export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JsonObject = { [k: string]: JsonValue };

/** Raised inside a function when ARM would fail the deployment; the caller turns it into an unknown result. */
export class ExpressionError extends Error {}

/** Something that pays for work done on a value, so walks over huge or shared structures stay bounded. */
export interface WorkBudget {
  charge(units: number): void;
}

/** Values nest at most this deep in what the evaluator builds or walks; deeper is an error, never a stack overflow. */
export const MAX_VALUE_DEPTH = 256;

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isInteger(value: JsonValue): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** The ARM type name of a value, as used in error reasons. */
export function typeName(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object') return 'object';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'boolean') return 'bool';
  return 'string';
}

/** Defines a property without ever touching the prototype chain (a key may be `__proto__`). */
export function setProperty(target: JsonObject, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export function ownValue(target: JsonObject, key: string): JsonValue | undefined {
  return Object.hasOwn(target, key) ? target[key] : undefined;
}

/** ARM resolves property names case-insensitively; an exact match wins. */
export function findPropertyKey(target: JsonObject, name: string): string | undefined {
  if (Object.hasOwn(target, name)) return name;
  const wanted = name.toLowerCase();
  return Object.keys(target).find((key) => key.toLowerCase() === wanted);
}

/** A scalar as .NET prints it (booleans are `True`/`False`, null is empty). */
export function scalarText(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  // .NET writes exponents as E+NN where JavaScript writes e+NN.
  return typeof value === 'number' ? String(value).replace('e', 'E') : value;
}

/**
 * Compact JSON text, built with a length cap and a work charge per node so that a value with heavily shared
 * parts (cheap to build, exponential to print) cannot exhaust time or memory.
 */
export function toJsonText(value: JsonValue, budget: WorkBudget, maxLength: number): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string): void => {
    length += text.length;
    if (length > maxLength) throw new ExpressionError(`the JSON text would exceed ${maxLength} characters`);
    parts.push(text);
  };
  const write = (node: JsonValue, depth: number): void => {
    budget.charge(1);
    if (depth > MAX_VALUE_DEPTH)
      throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
    if (node === null || typeof node !== 'object') {
      push(JSON.stringify(node));
      return;
    }
    if (Array.isArray(node)) {
      push('[');
      node.forEach((item, index) => {
        if (index > 0) push(',');
        write(item, depth + 1);
      });
      push(']');
      return;
    }
    push('{');
    Object.keys(node).forEach((key, index) => {
      if (index > 0) push(',');
      push(`${JSON.stringify(key)}:`);
      write(node[key], depth + 1);
    });
    push('}');
  };
  write(value, 0);
  return parts.join('');
}

/** Deep equality as ARM's `equals` sees it: ordered arrays, unordered object members, case-sensitive text. */
export function deepEqual(left: JsonValue, right: JsonValue, budget: WorkBudget, depth = 0): boolean {
  budget.charge(1);
  if (left === right) return true;
  if (depth > MAX_VALUE_DEPTH)
    throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left) || Array.isArray(right)) {
    if (!Array.isArray(left) || !Array.isArray(right) || left.length !== right.length) return false;
    return left.every((item, index) => deepEqual(item, right[index], budget, depth + 1));
  }
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  return leftKeys.every(
    (key) => Object.hasOwn(right, key) && deepEqual(left[key], right[key], budget, depth + 1),
  );
}

/** A text key equal for deep-equal values (object members sorted), for set operations in linear time. */
export function canonicalKey(value: JsonValue, budget: WorkBudget, maxLength: number): string {
  return toJsonText(sortKeysDeep(value, budget, 0), budget, maxLength);
}

function sortKeysDeep(value: JsonValue, budget: WorkBudget, depth: number): JsonValue {
  budget.charge(1);
  if (depth > MAX_VALUE_DEPTH)
    throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
  if (Array.isArray(value)) return value.map((item) => sortKeysDeep(item, budget, depth + 1));
  if (!isJsonObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort())
    setProperty(sorted, key, sortKeysDeep(value[key], budget, depth + 1));
  return sorted;
}

export interface ValueMeasure {
  /** Array elements plus object members at every level, counting shared parts each time they appear. */
  entries: number;
  depth: number;
}

/**
 * Measures the logical size of values, remembering containers already seen so that a structure built from
 * shared parts costs only its distinct nodes to measure. `fresh` counts the containers measured for the first time.
 */
export class ValueMeter {
  private readonly known = new WeakMap<object, ValueMeasure>();
  fresh = 0;

  measure(value: JsonValue): ValueMeasure {
    if (value === null || typeof value !== 'object') return { entries: 0, depth: 0 };
    const cached = this.known.get(value);
    if (cached) return cached;
    if (this.isDeeperThan(value, MAX_VALUE_DEPTH)) return { entries: Infinity, depth: Infinity };
    return this.measureShallowEnough(value);
  }

  private measureShallowEnough(value: JsonValue): ValueMeasure {
    if (value === null || typeof value !== 'object') return { entries: 0, depth: 0 };
    const cached = this.known.get(value);
    if (cached) return cached;
    this.fresh++;
    const children = Array.isArray(value) ? value : Object.values(value);
    let entries = children.length;
    let depth = 0;
    for (const child of children) {
      const inner = this.measureShallowEnough(child);
      entries += inner.entries;
      depth = Math.max(depth, inner.depth);
    }
    const result = { entries, depth: depth + 1 };
    this.known.set(value, result);
    return result;
  }

  /** Iterative depth probe, so measuring never recurses through a chain deeper than the limit. */
  private isDeeperThan(root: object, limit: number): boolean {
    const stack: Array<{ node: JsonValue; depth: number }> = [{ node: root as JsonValue, depth: 1 }];
    const deepestVisit = new Map<object, number>();
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      if (node === null || typeof node !== 'object') continue;
      const cached = this.known.get(node);
      if (cached) {
        if (depth - 1 + cached.depth > limit) return true;
        continue;
      }
      if (depth > limit) return true;
      if ((deepestVisit.get(node) ?? 0) >= depth) continue;
      deepestVisit.set(node, depth);
      for (const child of Array.isArray(node) ? node : Object.values(node))
        stack.push({ node: child, depth: depth + 1 });
    }
    return false;
  }
}
