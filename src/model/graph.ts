import type { Resource } from './resource.js';
import type { Value } from './value.js';

/** How one resource relates to another. */
export type LinkKind =
  | 'child' // a key or private endpoint connection declared under its HSM
  | 'private-endpoint' // a private endpoint whose connection targets the resource
  | 'diagnostic-setting' // a diagnostic setting scoped to the resource
  | 'role-assignment' // a role assignment scoped to the resource
  | 'metric-alert' // a metric alert whose scopes include the resource
  | 'log-destination' // a diagnostic setting sending to a workspace
  | 'sentinel'; // a Sentinel onboarding on a workspace

export interface Link {
  kind: LinkKind;
  from: Resource;
  to: Resource;
}

/**
 * The resources of one scan and the links between them. Sources and the linker add links; rules only
 * ask questions ("which private endpoints point at this HSM?").
 */
export class Graph {
  private readonly byKey = new Map<string, Resource>();
  private readonly byTypeIndex = new Map<string, Resource[]>();
  private readonly outgoing = new Map<string, Link[]>();
  private readonly incoming = new Map<string, Link[]>();
  private unresolved: ReadonlyArray<{ kind: LinkKind; from: Resource; value: Value }> = [];

  constructor(resources: Iterable<Resource> = []) {
    for (const r of resources) this.add(r);
  }

  add(resource: Resource): void {
    this.byKey.set(resource.key, resource);
    const type = resource.type.toLowerCase();
    const list = this.byTypeIndex.get(type);
    if (list) list.push(resource);
    else this.byTypeIndex.set(type, [resource]);
  }

  get resources(): Resource[] {
    return [...this.byKey.values()];
  }

  get(key: string): Resource | undefined {
    return this.byKey.get(key);
  }

  ofType(type: string): Resource[] {
    return this.byTypeIndex.get(type.toLowerCase()) ?? [];
  }

  link(kind: LinkKind, from: Resource, to: Resource): void {
    const existing = this.outgoing.get(from.key);
    if (existing?.some((l) => l.kind === kind && l.to.key === to.key)) return;
    const link: Link = { kind, from, to };
    push(this.outgoing, from.key, link);
    push(this.incoming, to.key, link);
  }

  /** Resources linking to `target` with the given kind (e.g. private endpoints of an HSM). */
  linkedTo(target: Resource, kind: LinkKind): Resource[] {
    return (this.incoming.get(target.key) ?? []).filter((l) => l.kind === kind).map((l) => l.from);
  }

  /** Resources `source` links to with the given kind (e.g. the HSM a key belongs to). */
  linkedFrom(source: Resource, kind: LinkKind): Resource[] {
    return (this.outgoing.get(source.key) ?? []).filter((l) => l.kind === kind).map((l) => l.to);
  }

  setUnresolvedLinks(links: ReadonlyArray<{ kind: LinkKind; from: Resource; value: Value }>): void {
    this.unresolved = links;
  }

  /** References of a kind that could not be followed (e.g. a private endpoint whose target is unknown). */
  unresolvedLinks(kind: LinkKind): ReadonlyArray<{ from: Resource; value: Value }> {
    return this.unresolved.filter((l) => l.kind === kind);
  }

  /** The parent of a child resource (a key's HSM), through its parent key or a `child` link. */
  parentOf(child: Resource): Resource | undefined {
    if (child.parentKey) return this.byKey.get(child.parentKey);
    return this.linkedFrom(child, 'child')[0];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
