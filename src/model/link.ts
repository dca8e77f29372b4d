import type { Graph, LinkKind } from './graph.js';
import type { Resource } from './resource.js';
import { TYPES } from './resource.js';
import { parseResourceId, refKey, type ResourceRef } from './resource-id.js';
import type { Value } from './value.js';

/** Where each kind of resource names the resource it relates to. */
interface ReferenceSite {
  fromType: string;
  kind: LinkKind;
  /** Paths of values holding resource ids (arrays are expanded with `[*]`). */
  paths: string[];
  /** Only resources of the type that pass this test refer this way. */
  when?: (resource: Resource) => boolean;
}

/**
 * A Log Analytics solution may be Sentinel when its plan product (or its conventional name) says so;
 * one written with expressions stays linked so that the rule can report it as unresolved.
 */
function mayBeSentinelSolution(solution: Resource): boolean {
  const product = solution.get('plan.product');
  if (product.kind === 'known' && typeof product.value === 'string')
    return /SecurityInsights/i.test(product.value);
  if (product.kind === 'unknown') return true;
  const name = solution.name;
  if (name.kind === 'unknown') return true;
  return name.kind === 'known' && typeof name.value === 'string' && /^SecurityInsights\(/i.test(name.value);
}

const SITES: ReferenceSite[] = [
  {
    fromType: TYPES.privateEndpoint,
    kind: 'private-endpoint',
    paths: [
      'properties.privateLinkServiceConnections[*].properties.privateLinkServiceId',
      'properties.manualPrivateLinkServiceConnections[*].properties.privateLinkServiceId',
    ],
  },
  { fromType: TYPES.diagnosticSetting, kind: 'diagnostic-setting', paths: ['scope'] },
  { fromType: TYPES.diagnosticSetting, kind: 'log-destination', paths: ['properties.workspaceId'] },
  { fromType: TYPES.roleAssignment, kind: 'role-assignment', paths: ['scope'] },
  { fromType: TYPES.metricAlert, kind: 'metric-alert', paths: ['properties.scopes[*]'] },
  { fromType: TYPES.sentinelOnboarding, kind: 'sentinel', paths: ['scope'] },
  {
    fromType: TYPES.sentinelSolution,
    kind: 'sentinel',
    paths: ['properties.workspaceResourceId'],
    when: mayBeSentinelSolution,
  },
];

/** A reference that could not be followed: rules report it as unresolved rather than guess. */
export interface UnresolvedLink {
  kind: LinkKind;
  from: Resource;
  value: Value;
}

/**
 * Links resources that refer to each other: children to parents (by nesting or by `parent/child`
 * names), and references by resource id (literal ids, evaluated `resourceId()` calls, or the
 * references an unevaluated expression carries), across every file of the scan.
 */
export function linkResources(graph: Graph): UnresolvedLink[] {
  const byRef = new Map<string, Resource[]>();
  for (const resource of graph.resources) {
    for (const key of refKeysOf(resource)) {
      const list = byRef.get(key);
      if (list) list.push(resource);
      else byRef.set(key, [resource]);
    }
  }
  const find = (ref: ResourceRef) => byRef.get(refKey(ref)) ?? [];

  const unresolved: UnresolvedLink[] = [];
  for (const resource of graph.resources) {
    linkParent(graph, resource, find);
    for (const site of SITES) {
      if (!resource.isType(site.fromType) || (site.when && !site.when(resource))) continue;
      for (const value of valuesAt(resource, site.paths)) {
        const targets = targetsOf(value, find, graph);
        if (targets === undefined) {
          if (value.kind === 'unknown') unresolved.push({ kind: site.kind, from: resource, value });
          continue;
        }
        for (const target of targets) if (target !== resource) graph.link(site.kind, resource, target);
      }
    }
  }
  graph.setUnresolvedLinks(unresolved);
  return unresolved;
}

/**
 * The keys a resource is found by: its type and full name, or, when the name is an expression, the
 * expression. ARM writes expressions in brackets (`[parameters('n')]`); Bicep writes them bare (`hsmName`),
 * and references to such a name carry it bracketed (`Microsoft.KeyVault/managedHSMs/[hsmName]`), so that
 * a name holding slashes still reads as one segment.
 */
export function refKeysOf(resource: Resource): string[] {
  const keys: string[] = [];
  const name = resource.name;
  if (name.kind === 'known' && typeof name.value === 'string')
    keys.push(refKey({ type: resource.type, name: name.value }));
  if (name.kind === 'unknown') {
    keys.push(refKey({ type: resource.type, name: name.expression }));
    if (!name.expression.startsWith('['))
      keys.push(refKey({ type: resource.type, name: `[${name.expression}]` }));
  }
  return keys;
}

function linkParent(graph: Graph, child: Resource, find: (ref: ResourceRef) => Resource[]): void {
  if (child.parentKey) {
    const parent = graph.get(child.parentKey);
    if (parent) graph.link('child', child, parent);
    return;
  }
  const segments = child.type.split('/');
  const name = child.name;
  if (segments.length < 3 || name.kind !== 'known' || typeof name.value !== 'string') return;
  const names = name.value.split('/');
  if (names.length < 2) return;
  const parentRef = { type: segments.slice(0, -1).join('/'), name: names.slice(0, -1).join('/') };
  for (const parent of find(parentRef)) graph.link('child', child, parent);
}

/** The values at paths where `[*]` expands every element of an array. */
export function valuesAt(resource: Resource, paths: string[]): Value[] {
  const out: Value[] = [];
  const expand = (path: string) => {
    const star = path.indexOf('[*]');
    if (star < 0) {
      const v = resource.get(path);
      if (v.kind !== 'absent') out.push(v);
      return;
    }
    const head = path.slice(0, star);
    const tail = path.slice(star + 3).replace(/^\./, '');
    const container = resource.get(head);
    if (container.kind === 'unknown') {
      out.push(container);
      return;
    }
    if (container.kind !== 'known' || !Array.isArray(container.value)) return;
    container.value.forEach((_, i) => expand(tail ? `${head}[${i}].${tail}` : `${head}[${i}]`));
  };
  for (const path of paths) expand(path);
  return out;
}

/**
 * Resources a value refers to; undefined when the value cannot be followed. A reference is a resource
 * id, or the key of a resource of the scan (Terraform references name the exact instance they use).
 */
function targetsOf(
  value: Value,
  find: (ref: ResourceRef) => Resource[],
  graph: Graph,
): Resource[] | undefined {
  if (value.kind === 'known' && typeof value.value === 'string') {
    const ref = parseResourceId(value.value);
    return ref ? find(ref) : [];
  }
  if (value.kind === 'unknown' && value.references?.length) {
    const found = value.references.flatMap((r) => {
      const byKey = graph.get(r);
      if (byKey) return [byKey];
      const ref = parseResourceId(r);
      return ref ? find(ref) : [];
    });
    return found.length ? found : undefined;
  }
  return value.kind === 'unknown' ? undefined : [];
}
