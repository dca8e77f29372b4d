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

/** The evaluation result of a property tree: known when every part is, else the first unknown part's reason. */
export function treeResult(tree: PropertyNode): EvalResult {
  const prov = provenanceOfTree(tree);
  const json = nodeToJson(tree);
  if (json === undefined) {
    const u = firstUnknown(tree)!;
    const result: EvalResult = { kind: 'unknown', reason: u.reason ?? `${u.expression} cannot be evaluated` };
    if (u.references?.length) result.references = u.references;
    if (prov.secure) result.secure = true;
    if (prov.parameter !== undefined) result.parameter = prov.parameter;
    return result;
  }
  const result: EvalResult = { kind: 'known', value: json };
  if (prov.secure) result.secure = true;
  if (prov.parameter !== undefined) result.parameter = prov.parameter;
  return result;
}

/** Marks every node of a tree with a provenance (a parameter name is kept where one is already set). */
export function markProvenance(
  node: PropertyNode,
  prov: { parameter?: string; secure?: boolean },
): PropertyNode {
  const mark = (n: PropertyNode): PropertyNode => {
    const marked = {
      ...n,
      ...(n.parameter === undefined && prov.parameter !== undefined ? { parameter: prov.parameter } : {}),
      ...(prov.secure ? { secure: true } : {}),
    } as PropertyNode;
    if (marked.kind === 'array') return { ...marked, items: marked.items.map(mark) };
    if (marked.kind === 'object') {
      const entries = new Map(marked.entries);
      for (const [k, e] of entries) entries.set(k, { ...e, node: mark(e.node) });
      return { ...marked, entries };
    }
    return marked;
  };
  return mark(node);
}

/** Moves a tree defined elsewhere (a variable) to the place that uses it, keeping the expression text. */
export function rerange(node: PropertyNode, range: SourceRange, expression: string): PropertyNode {
  switch (node.kind) {
    case 'unknown':
      return { ...node, range, expression: node.expression.startsWith('[') ? node.expression : expression };
    case 'scalar':
      return { ...node, range };
    case 'array':
      return { ...node, range, items: node.items.map((i) => rerange(i, range, expression)) };
    case 'object': {
      const entries = new Map(node.entries);
      for (const [k, e] of entries)
        entries.set(k, { ...e, keyRange: range, node: rerange(e.node, range, expression) });
      return { ...node, range, entries };
    }
  }
}
