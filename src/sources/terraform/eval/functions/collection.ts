import type { PropertyEntry, PropertyNode } from '../../../../model/node.js';
import type { SourceRange } from '../../../../model/range.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import { jsonText } from './json.js';
import {
  EvalError,
  compareText,
  equalNodes,
  graphemes,
  inherit,
  isWhollyKnown,
  list,
  object,
  scalar,
  sortedEntries,
  toBool,
  toInteger,
  toList,
  toNumber,
  toObject,
  toText,
  typeName,
} from '../nodes.js';

/** Terraform refuses to build ranges longer than this. */
const MAX_RANGE_LENGTH = 1024;
/** setproduct() of many sets grows fast; beyond this the result is left unknown-free but refused. */
const MAX_PRODUCT_LENGTH = 10_000;

const VARIADIC = Infinity;

/** Removes duplicates and orders the elements as Terraform orders a set (strings and numbers ascending). */
export function setElements(items: readonly PropertyNode[], range: SourceRange): PropertyNode[] {
  const kinds = new Set(items.map((item) => (item.kind === 'scalar' ? typeof item.value : item.kind)));
  if (items.some((item) => item.kind === 'scalar' && item.value === null)) {
    throw new EvalError('a set cannot contain null');
  }
  // Mixed primitives unify to strings, as Terraform's type unification does.
  const mixedPrimitives =
    kinds.size > 1 && [...kinds].every((k) => k === 'string' || k === 'number' || k === 'boolean');
  const elements = mixedPrimitives ? items.map((item) => scalar(toText(item, 'set element'), range)) : items;
  const unique = distinctItems(elements);
  const [only] = mixedPrimitives ? ['string'] : [...kinds];
  if (kinds.size === 1 || mixedPrimitives) {
    const valueOf = (node: PropertyNode) => (node.kind === 'scalar' ? node.value : null);
    if (only === 'string') unique.sort((a, b) => compareText(String(valueOf(a)), String(valueOf(b))));
    else if (only === 'number' || only === 'boolean')
      unique.sort((a, b) => Number(valueOf(a)) - Number(valueOf(b)));
  }
  return unique;
}

function collectionLength(call: FunctionCall, value: PropertyNode): PropertyNode {
  switch (value.kind) {
    case 'unknown':
      return call.unknown();
    case 'array':
      return scalar(value.items.length, call.range);
    case 'object':
      return value.open ? call.unknown(value.open.reason) : scalar(value.entries.size, call.range);
    case 'scalar':
      if (typeof value.value === 'string') return scalar(graphemes(value.value).length, call.range);
      throw new EvalError(`the argument must be a string or a collection, not ${typeName(value)}`);
  }
}

function flattenInto(call: FunctionCall, items: readonly PropertyNode[], out: PropertyNode[]): boolean {
  for (const item of items) {
    call.work(1);
    if (item.kind === 'unknown') return false;
    if (item.kind === 'array') {
      if (!flattenInto(call, item.items, out)) return false;
    } else out.push(item);
  }
  return true;
}

function setOperation(call: FunctionCall, combine: (sets: PropertyNode[][]) => PropertyNode[]): PropertyNode {
  const sets = call.args.map((arg, i) => setElements(toList(arg, `argument ${i + 1}`), call.range));
  return list(setElements(combine(sets), call.range), call.range);
}

/**
 * Known values compare equal exactly when their canonical JSON is equal (it tells `1` from `"1"`), which makes
 * set operations linear rather than quadratic.
 */
const canonical = (node: PropertyNode) => jsonText(node);

function distinctItems(items: readonly PropertyNode[]): PropertyNode[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = canonical(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function memberOf(items: readonly PropertyNode[]): (item: PropertyNode) => boolean {
  const keys = new Set(items.map(canonical));
  return (item) => keys.has(canonical(item));
}

function allOrAny(call: FunctionCall, decisive: boolean): PropertyNode {
  const [arg] = call.args;
  if (arg.kind === 'unknown') return call.unknown();
  let undecided = false;
  for (const item of toList(arg, 'the argument')) {
    if (item.kind === 'unknown') undecided = true;
    else if (toBool(item, 'each element') === decisive) return scalar(decisive, call.range);
  }
  return undecided ? call.unknown() : scalar(!decisive, call.range);
}

function numbersOf(call: FunctionCall): number[] {
  if (call.args.length === 0) throw new EvalError('at least one number is required');
  return call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`));
}

function sliceIndex(node: PropertyNode, what: string, length: number): number {
  const index = toInteger(node, what);
  if (index < 0) throw new EvalError(`${what} must not be negative`);
  if (index > length) throw new EvalError(`${what} ${index} is beyond the length of the list (${length})`);
  return index;
}

export const collectionFunctions: FunctionTable = {
  merge: {
    arity: [0, VARIADIC],
    unknowns: 'shallow',
    impl(call) {
      const entries: PropertyEntry[] = [];
      let open: { reason: string; references?: string[] } | undefined;
      for (const [i, arg] of call.args.entries()) {
        if (arg.kind === 'scalar' && arg.value === null) continue;
        const obj = toObject(arg, `argument ${i + 1}`);
        open ??= obj.open;
        for (const entry of obj.entries.values()) entries.push({ ...entry, node: inherit(obj, entry.node) });
      }
      const result = object(entries, call.range);
      if (open) result.open = open;
      return result;
    },
  },
  concat: {
    arity: [0, VARIADIC],
    unknowns: 'shallow',
    impl(call) {
      const items: PropertyNode[] = [];
      for (const [i, arg] of call.args.entries()) {
        for (const item of toList(arg, `argument ${i + 1}`)) items.push(inherit(arg, item));
      }
      call.work(items.length);
      return list(items, call.range);
    },
  },
  lookup: {
    arity: [2, 3],
    unknowns: 'self',
    impl(call) {
      const [map, key, fallback] = call.args;
      if (map.kind === 'unknown' || key.kind === 'unknown') return call.unknown(undefined, [map, key]);
      const obj = toObject(map, 'the first argument');
      const name = toText(key, 'the key');
      const found = obj.entries.get(name.toLowerCase());
      if (found) return inherit(obj, found.node);
      if (obj.open) return call.unknown(obj.open.reason, [map, key]);
      if (fallback) return fallback;
      throw new EvalError(`the map has no element for the key "${name}" and no default was given`);
    },
  },
  coalesce: {
    arity: [1, VARIADIC],
    unknowns: 'self',
    impl(call) {
      for (const arg of call.args) {
        if (arg.kind === 'unknown') return call.unknown();
        if (arg.kind === 'scalar' && (arg.value === null || arg.value === '')) continue;
        return arg;
      }
      throw new EvalError('no non-null, non-empty-string arguments');
    },
  },
  coalescelist: {
    arity: [1, VARIADIC],
    unknowns: 'self',
    impl(call) {
      for (const [i, arg] of call.args.entries()) {
        if (arg.kind === 'unknown') return call.unknown();
        if (toList(arg, `argument ${i + 1}`).length > 0) return arg;
      }
      throw new EvalError('no non-empty list arguments');
    },
  },
  length: { arity: [1, 1], unknowns: 'self', impl: (call) => collectionLength(call, call.args[0]) },
  keys: {
    arity: [1, 1],
    unknowns: 'self',
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'unknown') return call.unknown();
      const obj = toObject(arg, 'the argument');
      if (obj.open) return call.unknown(obj.open.reason);
      return list(
        sortedEntries(obj).map((entry) => scalar(entry.name, call.range)),
        call.range,
      );
    },
  },
  values: {
    arity: [1, 1],
    unknowns: 'self',
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'unknown') return call.unknown();
      const obj = toObject(arg, 'the argument');
      if (obj.open) return call.unknown(obj.open.reason);
      return list(
        sortedEntries(obj).map((entry) => inherit(obj, entry.node)),
        call.range,
      );
    },
  },
  flatten: {
    arity: [1, 1],
    unknowns: 'self',
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'unknown') return call.unknown();
      const out: PropertyNode[] = [];
      // An unknown element might itself be a list, so the result's length is not known.
      if (!flattenInto(call, toList(arg, 'the argument'), out)) return call.unknown();
      return list(
        out.map((item) => inherit(arg, item)),
        call.range,
      );
    },
  },
  distinct: {
    arity: [1, 1],
    impl(call) {
      const items = toList(call.args[0], 'the argument');
      call.work(items.length);
      return list(distinctItems(items), call.range);
    },
  },
  contains: {
    arity: [2, 2],
    unknowns: 'self',
    impl(call) {
      const [collection, value] = call.args;
      if (collection.kind === 'unknown' || value.kind === 'unknown') return call.unknown();
      let undecided = false;
      for (const item of toList(collection, 'the first argument')) {
        const same = equalNodes(item, value);
        if (same === true) return scalar(true, call.range);
        if (same === undefined) undecided = true;
      }
      return undecided ? call.unknown() : scalar(false, call.range);
    },
  },
  element: {
    arity: [2, 2],
    unknowns: 'self',
    impl(call) {
      const [collection, indexNode] = call.args;
      if (collection.kind === 'unknown' || indexNode.kind === 'unknown') return call.unknown();
      const items = toList(collection, 'the first argument');
      const index = toInteger(indexNode, 'the index');
      if (items.length === 0) throw new EvalError('cannot use element() with an empty list');
      if (index < 0) throw new EvalError('the index must not be negative');
      return inherit(collection, items[index % items.length]);
    },
  },
  index: {
    arity: [2, 2],
    impl(call) {
      const [collection, value] = call.args;
      const at = toList(collection, 'the first argument').findIndex(
        (item) => equalNodes(item, value) === true,
      );
      if (at < 0) throw new EvalError('the item was not found in the list');
      return scalar(at, call.range);
    },
  },
  slice: {
    arity: [3, 3],
    unknowns: 'self',
    impl(call) {
      const [collection, startNode, endNode] = call.args;
      if (call.args.some((arg) => arg.kind === 'unknown')) return call.unknown();
      const items = toList(collection, 'the first argument');
      const start = sliceIndex(startNode, 'the start index', items.length);
      const end = sliceIndex(endNode, 'the end index', items.length);
      if (start > end) throw new EvalError('the start index must not be greater than the end index');
      return list(
        items.slice(start, end).map((item) => inherit(collection, item)),
        call.range,
      );
    },
  },
  reverse: {
    arity: [1, 1],
    unknowns: 'shallow',
    impl(call) {
      const [arg] = call.args;
      return list(
        [...toList(arg, 'the argument')].reverse().map((item) => inherit(arg, item)),
        call.range,
      );
    },
  },
  sort: {
    arity: [1, 1],
    impl(call) {
      const texts = toList(call.args[0], 'the argument').map((item) => toText(item, 'each element'));
      return list(
        texts.sort(compareText).map((text) => scalar(text, call.range)),
        call.range,
      );
    },
  },
  compact: {
    arity: [1, 1],
    impl(call) {
      const kept = toList(call.args[0], 'the argument').filter(
        (item) => !(item.kind === 'scalar' && (item.value === null || item.value === '')),
      );
      return list(
        kept.map((item) => scalar(toText(item, 'each element'), item.range)),
        call.range,
      );
    },
  },
  zipmap: {
    arity: [2, 2],
    unknowns: 'self',
    impl(call) {
      const [keysNode, valuesNode] = call.args;
      if (!isWhollyKnown(keysNode) || valuesNode.kind === 'unknown') return call.unknown();
      const keys = toList(keysNode, 'the keys').map((key) => toText(key, 'each key'));
      const values = toList(valuesNode, 'the values');
      if (keys.length !== values.length) {
        throw new EvalError(`there are ${keys.length} keys but ${values.length} values`);
      }
      return object(
        keys.map((name, i) => ({ name, keyRange: call.range, node: inherit(valuesNode, values[i]) })),
        call.range,
      );
    },
  },
  setunion: {
    arity: [1, VARIADIC],
    impl: (call) => setOperation(call, (sets) => sets.flat()),
  },
  setintersection: {
    arity: [1, VARIADIC],
    impl: (call) =>
      setOperation(call, ([first, ...rest]) => {
        const inAll = rest.map(memberOf);
        return first.filter((item) => inAll.every((inSet) => inSet(item)));
      }),
  },
  setsubtract: {
    arity: [2, 2],
    impl: (call) =>
      setOperation(call, ([first, second]) => {
        const inSecond = memberOf(second);
        return first.filter((item) => !inSecond(item));
      }),
  },
  setproduct: {
    arity: [1, VARIADIC],
    impl(call) {
      const sets = call.args.map((arg, i) => toList(arg, `argument ${i + 1}`));
      const size = sets.reduce((n, set) => n * set.length, 1);
      if (size > MAX_PRODUCT_LENGTH)
        throw new EvalError(`the product has more than ${MAX_PRODUCT_LENGTH} elements`);
      call.work(size);
      let combos: PropertyNode[][] = [[]];
      for (const set of sets) combos = combos.flatMap((combo) => set.map((item) => [...combo, item]));
      return list(
        combos.map((combo) => list(combo, call.range)),
        call.range,
      );
    },
  },
  chunklist: {
    arity: [2, 2],
    unknowns: 'self',
    impl(call) {
      const [collection, sizeNode] = call.args;
      if (collection.kind === 'unknown' || sizeNode.kind === 'unknown') return call.unknown();
      const items = toList(collection, 'the first argument');
      const size = toInteger(sizeNode, 'the chunk size');
      if (size < 0) throw new EvalError('the chunk size must not be negative');
      if (size === 0) return list([list(items, call.range)], call.range);
      const chunks: PropertyNode[] = [];
      for (let i = 0; i < items.length; i += size) chunks.push(list(items.slice(i, i + size), call.range));
      return list(chunks, call.range);
    },
  },
  one: {
    arity: [1, 1],
    unknowns: 'self',
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'unknown') return call.unknown();
      const items = toList(arg, 'the argument');
      if (items.length > 1)
        throw new EvalError(`the list must have no more than one element, not ${items.length}`);
      return items.length === 0 ? scalar(null, call.range) : inherit(arg, items[0]);
    },
  },
  alltrue: { arity: [1, 1], unknowns: 'self', impl: (call) => allOrAny(call, false) },
  anytrue: { arity: [1, 1], unknowns: 'self', impl: (call) => allOrAny(call, true) },
  range: {
    arity: [1, 3],
    impl(call) {
      const numbers = call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`));
      const [start, limit] = numbers.length === 1 ? [0, numbers[0]] : [numbers[0], numbers[1]];
      const step = numbers[2] ?? (start <= limit ? 1 : -1);
      if (step === 0) {
        if (start === limit) return list([], call.range);
        throw new EvalError('the step must not be zero');
      }
      if ((step > 0 && start > limit) || (step < 0 && start < limit)) return list([], call.range);
      const count = Math.ceil((limit - start) / step);
      if (count > MAX_RANGE_LENGTH) {
        throw new EvalError(`more than ${MAX_RANGE_LENGTH} values were generated; use a smaller range`);
      }
      call.work(count);
      return list(
        Array.from({ length: count }, (_, i) => scalar(start + i * step, call.range)),
        call.range,
      );
    },
  },
  sum: {
    arity: [1, 1],
    impl(call) {
      const items = toList(call.args[0], 'the argument');
      if (items.length === 0) throw new EvalError('cannot sum an empty list');
      return scalar(
        items.reduce((total, item) => total + toNumber(item, 'each element'), 0),
        call.range,
      );
    },
  },
  min: { arity: [1, VARIADIC], impl: (call) => scalar(Math.min(...numbersOf(call)), call.range) },
  max: { arity: [1, VARIADIC], impl: (call) => scalar(Math.max(...numbersOf(call)), call.range) },
  transpose: {
    arity: [1, 1],
    impl(call) {
      const groups = new Map<string, string[]>();
      for (const entry of sortedEntries(toObject(call.args[0], 'the argument'))) {
        for (const value of toList(entry.node, `the value of "${entry.name}"`)) {
          const key = toText(value, 'each element');
          groups.set(key, [...(groups.get(key) ?? []), entry.name]);
        }
      }
      return object(
        [...groups].map(([name, values]) => ({
          name,
          keyRange: call.range,
          node: list(
            values.map((v) => scalar(v, call.range)),
            call.range,
          ),
        })),
        call.range,
      );
    },
  },
  matchkeys: {
    arity: [3, 3],
    impl(call) {
      const [values, keys, search] = call.args.map((arg, i) => toList(arg, `argument ${i + 1}`));
      if (values.length !== keys.length)
        throw new EvalError('the values and keys lists must have the same length');
      const inSearch = memberOf(search);
      return list(
        values.filter((_, i) => inSearch(keys[i])),
        call.range,
      );
    },
  },
};
