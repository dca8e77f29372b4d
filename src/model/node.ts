import type { SourceRange } from './range.js';
import type { Provenance, Value } from './value.js';

/**
 * The property tree of a resource as a source produced it. Every node keeps its range; keys are
 * matched case-insensitively, as Azure Resource Manager matches them.
 */
export type PropertyNode = ObjectNode | ArrayNode | ScalarNode | UnknownNode;

interface NodeBase extends Provenance {
  range: SourceRange;
}

export interface PropertyEntry {
  /** The key as written. */
  name: string;
  keyRange: SourceRange;
  node: PropertyNode;
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  /** Keyed by the lower-cased property name. */
  entries: Map<string, PropertyEntry>;
  /**
   * Members not listed are not absent but unknown until deployment (a Terraform resource's computed
   * attributes such as `id`): reading one yields an unknown with these references.
   */
  open?: { reason: string; references?: string[] };
}

export interface ArrayNode extends NodeBase {
  kind: 'array';
  items: PropertyNode[];
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: string | number | boolean | null;
}

export interface UnknownNode extends NodeBase {
  kind: 'unknown';
  expression: string;
  reason?: string;
  references?: string[];
}

export function objectNode(
  range: SourceRange,
  entries: PropertyEntry[] = [],
  prov: Provenance = {},
): ObjectNode {
  const map = new Map<string, PropertyEntry>();
  for (const entry of entries) map.set(entry.name.toLowerCase(), entry);
  return { kind: 'object', range, entries: map, ...prov };
}

/** Converts a node to plain data; unknown parts become undefined and are flagged. */
export function toPlain(node: PropertyNode): { value: unknown; partial: boolean } {
  let partial = false;
  const walk = (n: PropertyNode): unknown => {
    switch (n.kind) {
      case 'scalar':
        return n.value;
      case 'unknown':
        partial = true;
        return undefined;
      case 'array':
        return n.items.map(walk);
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const entry of n.entries.values()) out[entry.name] = walk(entry.node);
        return out;
      }
    }
  };
  const value = walk(node);
  return { value, partial };
}

/**
 * The provenance of a value: a secure part makes the whole value secure (it is printed whole), and a
 * value built from a parameter default names the first such parameter found in it.
 */
function provenanceOf(node: PropertyNode): { parameter?: string; secure?: boolean } {
  const prov: { parameter?: string; secure?: boolean } = {};
  const visit = (n: PropertyNode) => {
    if (n.secure) prov.secure = true;
    if (n.parameter !== undefined && prov.parameter === undefined) prov.parameter = n.parameter;
    if (n.kind === 'array') n.items.forEach(visit);
    else if (n.kind === 'object') for (const entry of n.entries.values()) visit(entry.node);
  };
  visit(node);
  return prov;
}

/** The value of a node, with the range a finding should point at (key through value for properties). */
export function nodeValue(node: PropertyNode, range: SourceRange = node.range): Value {
  if (node.kind === 'unknown') {
    const v: Value = { kind: 'unknown', expression: node.expression, range, ...provenanceOf(node) };
    if (node.reason) v.reason = node.reason;
    if (node.references) v.references = node.references;
    return v;
  }
  if (node.kind === 'scalar') {
    const v: Value = { kind: 'known', value: node.value, range, ...provenanceOf(node) };
    if (node.references) v.references = node.references;
    return v;
  }
  const { value, partial } = toPlain(node);
  const v: Value = { kind: 'known', value, range, ...provenanceOf(node) };
  if (partial) v.partial = true;
  return v;
}

export function entryRange(entry: PropertyEntry): SourceRange {
  return { file: entry.keyRange.file, start: entry.keyRange.start, end: entry.node.range.end };
}

/** Builds a property tree for plain data; every node gets the given range (of the expression or the source). */
export function jsonToNode(
  value: unknown,
  range: SourceRange,
  prov: { parameter?: string; secure?: boolean } = {},
): PropertyNode {
  const base = { range, ...prov };
  if (Array.isArray(value))
    return { kind: 'array', items: value.map((v) => jsonToNode(v, range, prov)), ...base };
  if (value !== null && typeof value === 'object') {
    const entries = new Map<string, PropertyEntry>();
    for (const [name, v] of Object.entries(value)) {
      entries.set(name.toLowerCase(), { name, keyRange: range, node: jsonToNode(v, range, prov) });
    }
    return { kind: 'object', entries, ...base };
  }
  // Plain data holds only JSON scalars; anything else (undefined, a function) reads as null.
  const scalar =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
  return { kind: 'scalar', value: scalar, ...base };
}
