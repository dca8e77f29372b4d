import {
  MANY,
  expectArray,
  expectInteger,
  expectObject,
  expectString,
  values,
  type Call,
  type FunctionDefinition,
} from './function-support.js';
import {
  ExpressionError,
  MAX_VALUE_DEPTH,
  canonicalKey,
  deepEqual,
  findPropertyKey,
  isInteger,
  isJsonObject,
  ownValue,
  scalarText,
  setProperty,
  typeName,
  type JsonObject,
  type JsonValue,
} from './values.js';

/** ARM's range() refuses more than this many integers. */
const MAX_RANGE_COUNT = 10_000;
const INT32_MAX = 2_147_483_647;

function concat(args: JsonValue[], call: Call): JsonValue {
  if (args.every((arg) => Array.isArray(arg))) {
    const arrays = args as JsonValue[][];
    call.checkLength(
      arrays.reduce((sum, array) => sum + array.length, 0),
      'elements',
    );
    return arrays.flat(1);
  }
  const parts = args.map((arg) => {
    if (arg !== null && typeof arg === 'object')
      throw new ExpressionError(
        `cannot concatenate ${typeName(arg)} with strings (arrays join only with arrays)`,
      );
    return scalarText(arg);
  });
  call.checkLength(
    parts.reduce((sum, part) => sum + part.length, 0),
    'characters',
  );
  return parts.join('');
}

/** `flatten([[1, 2], [3]])` is `[1, 2, 3]`: one level, and every element must be an array. */
function flatten(args: JsonValue[], call: Call): JsonValue[] {
  const arrays = expectArray(args, 0);
  for (const item of arrays) {
    if (!Array.isArray(item))
      throw new ExpressionError(`every element must be an array, not ${typeName(item)}`);
  }
  const nested = arrays as JsonValue[][];
  call.checkLength(
    nested.reduce((sum, array) => sum + array.length, 0),
    'elements',
  );
  return nested.flat(1);
}

function contains(args: JsonValue[], call: Call): boolean {
  const [container, item] = args;
  if (isJsonObject(container)) {
    if (typeof item !== 'string')
      throw new ExpressionError(`an object key must be a string, not ${typeName(item)}`);
    return findPropertyKey(container, item) !== undefined;
  }
  if (Array.isArray(container)) {
    call.charge(container.length);
    return container.some((element) => deepEqual(element, item, call));
  }
  if (typeof container === 'string') {
    if (item !== null && typeof item === 'object')
      throw new ExpressionError(`cannot look for ${typeName(item)} in a string`);
    // Documented as case-sensitive for strings (only object keys ignore case).
    return container.includes(scalarText(item));
  }
  throw new ExpressionError(
    `the container must be an array, an object or a string, not ${typeName(container)}`,
  );
}

function createObject(args: JsonValue[], call: Call): JsonObject {
  if (args.length % 2 !== 0)
    throw new ExpressionError('expects an even number of arguments (key, value pairs)');
  call.checkLength(args.length / 2, 'keys');
  const result: JsonObject = {};
  for (let index = 0; index < args.length; index += 2) {
    const key = expectString(args, index);
    if (Object.hasOwn(result, key)) throw new ExpressionError(`the key '${key}' appears more than once`);
    setProperty(result, key, args[index + 1]);
  }
  return result;
}

function empty(value: JsonValue): boolean {
  if (value === null) return true;
  if (Array.isArray(value) || typeof value === 'string') return value.length === 0;
  if (isJsonObject(value)) return Object.keys(value).length === 0;
  throw new ExpressionError(`cannot test ${typeName(value)} for emptiness`);
}

function length(value: JsonValue): number {
  if (value === null) return 0;
  if (Array.isArray(value) || typeof value === 'string') return value.length;
  if (isJsonObject(value)) return Object.keys(value).length;
  throw new ExpressionError(`${typeName(value)} has no length`);
}

function end(which: 'first' | 'last'): FunctionDefinition {
  return values(1, 1, ([value]) => {
    if (value === null) return null;
    if (Array.isArray(value)) return (which === 'first' ? value[0] : value[value.length - 1]) ?? null;
    if (typeof value === 'string') return which === 'first' ? value.slice(0, 1) : value.slice(-1);
    throw new ExpressionError(`the argument must be an array or a string, not ${typeName(value)}`);
  });
}

function position(which: 'first' | 'last'): FunctionDefinition {
  return values(2, 2, (args, call) => {
    const [container, item] = args;
    if (container === null) return -1;
    if (Array.isArray(container)) {
      call.charge(container.length);
      const matches = (element: JsonValue): boolean => deepEqual(element, item, call);
      return which === 'first' ? container.findIndex(matches) : container.findLastIndex(matches);
    }
    const text = expectString(args, 0).toLowerCase();
    // ARM finds text case-insensitively here.
    const wanted = expectString(args, 1).toLowerCase();
    return which === 'first' ? text.indexOf(wanted) : text.lastIndexOf(wanted);
  });
}

function slice(which: 'take' | 'skip'): FunctionDefinition {
  return values(2, 2, (args) => {
    const [value] = args;
    const count = Math.max(0, expectInteger(args, 1));
    if (value === null) return null;
    if (!Array.isArray(value) && typeof value !== 'string')
      throw new ExpressionError(`the first argument must be an array or a string, not ${typeName(value)}`);
    return which === 'take' ? value.slice(0, count) : value.slice(count);
  });
}

function sameKind(args: JsonValue[]): 'array' | 'object' {
  if (args.every((arg) => Array.isArray(arg))) return 'array';
  if (args.every((arg) => isJsonObject(arg))) return 'object';
  throw new ExpressionError('every argument must be an array, or every argument an object');
}

/** Objects merge deeply (nested objects merge, anything else is replaced), matching keys case-insensitively. */
function mergeObjects(target: JsonObject, patch: JsonObject, call: Call, depth: number): JsonObject {
  if (depth > MAX_VALUE_DEPTH)
    throw new ExpressionError(`the value nests deeper than ${MAX_VALUE_DEPTH} levels`);
  const result: JsonObject = {};
  for (const key of Object.keys(target)) setProperty(result, key, target[key]);
  for (const key of Object.keys(patch)) {
    call.charge(1);
    const existingKey = findPropertyKey(result, key);
    const existing = existingKey === undefined ? undefined : result[existingKey];
    const incoming = patch[key];
    const merged =
      isJsonObject(existing) && isJsonObject(incoming)
        ? mergeObjects(existing, incoming, call, depth + 1)
        : incoming;
    setProperty(result, existingKey ?? key, merged);
  }
  call.checkLength(Object.keys(result).length, 'keys');
  return result;
}

function union(args: JsonValue[], call: Call): JsonValue {
  if (sameKind(args) === 'object') {
    return (args as JsonObject[]).reduce<JsonObject>(
      (merged, next) => mergeObjects(merged, next, call, 0),
      {},
    );
  }
  const seen = new Set<string>();
  const result: JsonValue[] = [];
  for (const array of args as JsonValue[][]) {
    for (const item of array) {
      const key = canonicalKey(item, call, call.limits.maxOutputLength);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(item);
    }
  }
  call.checkLength(result.length, 'elements');
  return result;
}

function intersection(args: JsonValue[], call: Call): JsonValue {
  if (sameKind(args) === 'object') {
    const [first, ...rest] = args as JsonObject[];
    const result: JsonObject = {};
    for (const key of Object.keys(first)) {
      const inAll = rest.every(
        (other) => Object.hasOwn(other, key) && deepEqual(other[key], first[key], call),
      );
      if (inAll) setProperty(result, key, first[key]);
    }
    return result;
  }
  const [first, ...rest] = args as JsonValue[][];
  const keysOf = (array: JsonValue[]): Set<string> =>
    new Set(array.map((item) => canonicalKey(item, call, call.limits.maxOutputLength)));
  const others = rest.map(keysOf);
  const seen = new Set<string>();
  const result: JsonValue[] = [];
  for (const item of first) {
    const key = canonicalKey(item, call, call.limits.maxOutputLength);
    if (seen.has(key) || !others.every((set) => set.has(key))) continue;
    seen.add(key);
    result.push(item);
  }
  return result;
}

function items(args: JsonValue[], call: Call): JsonValue[] {
  const object = expectObject(args, 0);
  const keys = Object.keys(object);
  call.checkLength(keys.length, 'elements');
  // ARM lists the entries sorted by key, ignoring case.
  const sorted = [...keys].sort((left, right) => {
    const a = left.toUpperCase();
    const b = right.toUpperCase();
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return sorted.map((key) => {
    const entry: JsonObject = {};
    setProperty(entry, 'key', key);
    setProperty(entry, 'value', object[key]);
    return entry;
  });
}

function range(args: JsonValue[], call: Call): number[] {
  const start = expectInteger(args, 0);
  const count = expectInteger(args, 1);
  if (count < 0 || count > MAX_RANGE_COUNT)
    throw new ExpressionError(`the count ${count} must be between 0 and ${MAX_RANGE_COUNT}`);
  if (start + count - 1 > INT32_MAX)
    throw new ExpressionError('the range goes past the largest 32-bit integer');
  call.checkLength(count, 'elements');
  return Array.from({ length: count }, (_, index) => start + index);
}

/** Looks up a key or an index, giving null where ordinary access would fail. */
function tryGet(args: JsonValue[]): JsonValue {
  let current = args[0];
  for (const key of args.slice(1)) {
    if (typeof key !== 'string' && !isInteger(key))
      throw new ExpressionError(`a key must be a string or an int, not ${typeName(key)}`);
    if (isJsonObject(current) && typeof key === 'string') {
      const found = findPropertyKey(current, key);
      current = found === undefined ? null : (ownValue(current, found) ?? null);
    } else if (Array.isArray(current) && isInteger(key)) {
      current = key >= 0 && key < current.length ? current[key] : null;
    } else {
      return null;
    }
  }
  return current;
}

function shallowMerge(args: JsonValue[], call: Call): JsonObject {
  const objects = expectArray(args, 0);
  const result: JsonObject = {};
  for (const object of objects) {
    if (!isJsonObject(object))
      throw new ExpressionError(`every element must be an object, not ${typeName(object)}`);
    for (const key of Object.keys(object)) {
      call.charge(1);
      setProperty(result, findPropertyKey(result, key) ?? key, object[key]);
    }
  }
  call.checkLength(Object.keys(result).length, 'keys');
  return result;
}

export const collectionFunctions: Record<string, FunctionDefinition> = {
  array: values(1, 1, ([value]) => (Array.isArray(value) ? value : [value])),
  createArray: values(0, MANY, (args, call) => {
    call.checkLength(args.length, 'elements');
    return args;
  }),
  createObject: values(0, MANY, createObject),
  concat: values(1, MANY, concat),
  flatten: values(1, 1, flatten),
  contains: values(2, 2, contains),
  empty: values(1, 1, ([value]) => empty(value)),
  length: values(1, 1, ([value]) => length(value)),
  first: end('first'),
  last: end('last'),
  indexOf: position('first'),
  lastIndexOf: position('last'),
  take: slice('take'),
  skip: slice('skip'),
  union: values(2, MANY, union),
  intersection: values(2, MANY, intersection),
  items: values(1, 1, items),
  objectKeys: values(1, 1, (args, call) => {
    const keys = Object.keys(expectObject(args, 0));
    call.checkLength(keys.length, 'elements');
    return keys;
  }),
  range: values(2, 2, range),
  tryGet: values(2, MANY, tryGet),
  shallowMerge: values(1, 1, shallowMerge),
};
