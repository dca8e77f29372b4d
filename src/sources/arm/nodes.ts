import { jsonToNode, type PropertyNode } from '../../model/node.js';
import type { SourceRange } from '../../model/range.js';
import type { EvalResult } from './expressions/index.js';
import type { JsonValue } from './expressions/values.js';

/** An evaluation result as a property node; unknown results keep the expression as written. */
export function resultToNode(result: EvalResult, expression: string, range: SourceRange): PropertyNode {
  const prov: { parameter?: string; secure?: boolean } = {};
  if (result.secure) prov.secure = true;
  if (result.parameter !== undefined) prov.parameter = result.parameter;
  if (result.kind === 'known') return jsonToNode(result.value, range, prov);
  const node: PropertyNode = { kind: 'unknown', expression, range, reason: result.reason, ...prov };
  if (result.references?.length) node.references = result.references;
  return node;
}

/** Plain JSON of a fully known node tree; undefined when any part is unknown. */
export function nodeToJson(node: PropertyNode): JsonValue | undefined {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'unknown':
      return undefined;
    case 'array': {
      const out: JsonValue[] = [];
      for (const item of node.items) {
        const v = nodeToJson(item);
        if (v === undefined) return undefined;
        out.push(v);
      }
      return out;
    }
    case 'object': {
      const out: Record<string, JsonValue> = {};
      for (const entry of node.entries.values()) {
        const v = nodeToJson(entry.node);
        if (v === undefined) return undefined;
        Object.defineProperty(out, entry.name, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
  }
}

/** The first unknown part of a node tree, for the reason of a whole-value unknown. */
export function firstUnknown(node: PropertyNode): Extract<PropertyNode, { kind: 'unknown' }> | undefined {
  switch (node.kind) {
    case 'unknown':
      return node;
    case 'array':
      for (const item of node.items) {
        const u = firstUnknown(item);
        if (u) return u;
      }
      return undefined;
    case 'object':
      for (const entry of node.entries.values()) {
        const u = firstUnknown(entry.node);
        if (u) return u;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Provenance carried by any node of a tree (secure wins; the first parameter name is kept). */
export function provenanceOfTree(node: PropertyNode): { parameter?: string; secure?: boolean } {
  const prov: { parameter?: string; secure?: boolean } = {};
  const visit = (n: PropertyNode) => {
    if (n.secure) prov.secure = true;
    if (n.parameter !== undefined && prov.parameter === undefined) prov.parameter = n.parameter;
    if (n.kind === 'array') n.items.forEach(visit);
    if (n.kind === 'object') for (const e of n.entries.values()) visit(e.node);
  };
  visit(node);
  return prov;
}
