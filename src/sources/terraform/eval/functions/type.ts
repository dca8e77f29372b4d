import type { PropertyNode } from '../../../../model/node.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import { EvalError, list, object, parseNumber, scalar, toText, typeName, withOrigin } from '../nodes.js';
import { setElements } from './collection.js';

const isNull = (node: PropertyNode) => node.kind === 'scalar' && node.value === null;

function cannotConvert(node: PropertyNode, to: string): never {
  throw new EvalError(`cannot convert ${typeName(node)} to ${to}`);
}

function withoutSecure(node: PropertyNode): PropertyNode {
  const copy = { ...node };
  delete copy.secure;
  if (copy.kind === 'array') copy.items = copy.items.map(withoutSecure);
  if (copy.kind === 'object') {
    copy.entries = new Map(
      [...copy.entries].map(([key, entry]) => [key, { ...entry, node: withoutSecure(entry.node) }]),
    );
  }
  return copy;
}

function isSecure(node: PropertyNode): boolean {
  if (node.secure) return true;
  if (node.kind === 'array') return node.items.some(isSecure);
  if (node.kind === 'object') return [...node.entries.values()].some((entry) => isSecure(entry.node));
  return false;
}

export const typeFunctions: FunctionTable = {
  tostring: {
    arity: [1, 1],
    impl(call) {
      const [arg] = call.args;
      if (isNull(arg)) return scalar(null, call.range);
      if (arg.kind !== 'scalar') cannotConvert(arg, 'string');
      return scalar(toText(arg, 'the argument'), call.range);
    },
  },
  tonumber: {
    arity: [1, 1],
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'scalar') {
        if (arg.value === null || typeof arg.value === 'number') return scalar(arg.value, call.range);
        if (typeof arg.value === 'string') {
          const n = parseNumber(arg.value);
          if (n !== undefined) return scalar(n, call.range);
          throw new EvalError(`cannot convert "${arg.value}" to a number`);
        }
      }
      return cannotConvert(arg, 'number');
    },
  },
  tobool: {
    arity: [1, 1],
    impl(call) {
      const [arg] = call.args;
      if (arg.kind === 'scalar') {
        if (arg.value === null || typeof arg.value === 'boolean') return scalar(arg.value, call.range);
        if (arg.value === 'true' || arg.value === 'false') return scalar(arg.value === 'true', call.range);
      }
      return cannotConvert(arg, 'bool');
    },
  },
  tolist: {
    arity: [1, 1],
    unknowns: 'shallow',
    impl(call) {
      const [arg] = call.args;
      if (isNull(arg)) return scalar(null, call.range);
      if (arg.kind !== 'array') cannotConvert(arg, 'list');
      return list(arg.items, call.range);
    },
  },
  toset: {
    arity: [1, 1],
    impl(call) {
      const [arg] = call.args;
      if (isNull(arg)) return scalar(null, call.range);
      if (arg.kind !== 'array') cannotConvert(arg, 'set');
      call.work(arg.items.length);
      return list(setElements(arg.items, call.range), call.range);
    },
  },
  tomap: {
    arity: [1, 1],
    unknowns: 'shallow',
    impl(call) {
      const [arg] = call.args;
      if (isNull(arg)) return scalar(null, call.range);
      if (arg.kind !== 'object') cannotConvert(arg, 'map');
      const result = object([...arg.entries.values()], call.range);
      if (arg.open) result.open = arg.open;
      return result;
    },
  },
  sensitive: {
    arity: [1, 1],
    unknowns: 'self',
    impl: (call: FunctionCall) => withOrigin(call.args[0], { secure: true }),
  },
  nonsensitive: {
    arity: [1, 1],
    unknowns: 'self',
    provenance: 'own',
    impl: (call) => withoutSecure(call.args[0]),
  },
  issensitive: {
    arity: [1, 1],
    unknowns: 'self',
    provenance: 'own',
    // Sensitivity is known even where the value is not.
    impl: (call) => scalar(isSecure(call.args[0]), call.range),
  },
};
