import type { PropertyNode } from './node.js';
import { entryRange, nodeValue } from './node.js';
import { normalizePath, parsePath } from './path.js';
import type { SourceRange } from './range.js';
import type { Value } from './value.js';

export type Surface = 'arm' | 'bicep' | 'terraform' | 'tfplan' | 'live';

export const SURFACES: readonly Surface[] = ['arm', 'bicep', 'terraform', 'tfplan', 'live'];

/** A platform default that applies when a property is omitted. */
export interface DefaultRule {
  value: unknown;
  why: string;
}

/** Looks up the default for a normalized lower-case path (`properties.publicnetworkaccess`). */
export type DefaultLookup = (normalizedPath: string, resource: Resource) => DefaultRule | undefined;

/** A suppression written on the resource itself (strict JSON has no comments). */
export interface ResourceSuppression {
  rule: string;
  reason?: string;
  expires?: string;
  range: SourceRange;
}

export interface ResourceInit {
  key: string;
  type: string;
  apiVersion?: string;
  name: Value;
  surface: Surface;
  range: SourceRange;
  /** The whole declaration body; `get` paths start here (`properties.x`, `identity.type`, `sku.name`). */
  body: PropertyNode;
  defaults?: DefaultLookup;
  conditional?: string;
  /** The resource is referenced, not deployed (Bicep `existing`, Terraform `data`): never judged itself. */
  existing?: boolean;
  /** The symbolic name, address or id by which other declarations refer to this resource. */
  symbol?: string;
  /** The resource key of the parent (a key's HSM), when the source knows it. */
  parentKey?: string;
  suppressions?: ResourceSuppression[];
  /** A loop instance whose collection could not be evaluated: one resource stands for all. */
  loop?: string;
  /** How the resource is deployed when not by the scanned file itself, e.g. `module 'hsm' at main.bicep:12`. */
  via?: string;
  /**
   * The source's own name of a property, by canonical path, where it has one (a Terraform provider's
   * attribute, `network_acls.default_action`): messages name what was written.
   */
  writtenNames?: ReadonlyMap<string, string>;
}

/** A deployed (or deployable) resource in the canonical, ARM-shaped model. */
export class Resource {
  readonly key: string;
  readonly type: string;
  readonly apiVersion?: string;
  readonly name: Value;
  readonly surface: Surface;
  readonly range: SourceRange;
  readonly conditional?: string;
  readonly existing: boolean;
  readonly symbol?: string;
  readonly parentKey?: string;
  readonly suppressions: ResourceSuppression[];
  readonly loop?: string;
  readonly via?: string;
  private readonly writtenNames?: ReadonlyMap<string, string>;
  private readonly body: PropertyNode;
  private readonly defaults?: DefaultLookup;

  constructor(init: ResourceInit) {
    this.key = init.key;
    this.type = init.type;
    this.apiVersion = init.apiVersion;
    this.name = init.name;
    this.surface = init.surface;
    this.range = init.range;
    this.conditional = init.conditional;
    this.existing = init.existing ?? false;
    this.symbol = init.symbol;
    this.parentKey = init.parentKey;
    this.suppressions = init.suppressions ?? [];
    this.loop = init.loop;
    this.via = init.via;
    this.writtenNames = init.writtenNames;
    this.body = init.body;
    this.defaults = init.defaults;
  }

  get file(): string {
    return this.range.file;
  }

  /** A property's name as its source writes it (see `ResourceInit.writtenNames`), or its canonical path. */
  nameOf(path: string): string {
    return this.writtenNames?.get(path) ?? path;
  }

  /** The resource name for messages: the evaluated name, or the expression that builds it. */
  get displayName(): string {
    const n = this.name;
    if (n.kind === 'known' && typeof n.value === 'string') return n.secure ? '***' : n.value;
    if (n.kind === 'unknown') return n.expression;
    return this.symbol ?? this.type;
  }

  /** The type compared case-insensitively (`managedHSMs` and `managedHsms` are the same type). */
  isType(type: string): boolean {
    return this.type.toLowerCase() === type.toLowerCase();
  }

  /**
   * Reads a property by a case-insensitive path. Omitted properties become the source's platform
   * default when one exists, else `absent`; anything below an unevaluable value is `unknown`.
   */
  get(path: string): Value {
    const segments = parsePath(path);
    let node: PropertyNode = this.body;
    let range = this.body.range;
    // Where an omitted property is reported: the key of its nearest written ancestor.
    let anchor: SourceRange = { file: range.file, start: range.start, end: range.start };
    for (const segment of segments) {
      if (node.kind === 'unknown') return nodeValue(node, range);
      if (typeof segment === 'number') {
        if (node.kind !== 'array' || segment >= node.items.length) return this.missing(path, anchor, node);
        node = node.items[segment];
        range = node.range;
        anchor = { file: range.file, start: range.start, end: range.start };
        continue;
      }
      if (node.kind !== 'object') return this.missing(path, anchor, node);
      const entry = node.entries.get(segment);
      if (!entry && node.open) {
        const unknown: Value = { kind: 'unknown', expression: path, range: anchor, reason: node.open.reason };
        if (node.open.references) unknown.references = node.open.references;
        return unknown;
      }
      if (!entry) return this.missing(path, anchor, node);
      node = entry.node;
      range = entryRange(entry);
      anchor = entry.keyRange;
    }
    return nodeValue(node, range);
  }

  /** The elements of an array property, each readable with a relative path; empty unless known. */
  items(path: string): Element[] {
    const value = this.get(path);
    if (value.kind !== 'known' || !Array.isArray(value.value)) return [];
    const base = normalizePath(path);
    return value.value.map((_, index) => new Element(this, `${base}[${index}]`));
  }

  private missing(path: string, range: SourceRange, container: PropertyNode): Value {
    const rule = this.defaults?.(normalizePath(path), this);
    const value: Value = rule
      ? { kind: 'default', value: rule.value, range, why: rule.why }
      : { kind: 'absent', range };
    // An object that comes from a parameter default could have said otherwise.
    if (container.parameter !== undefined) value.parameter = container.parameter;
    return value;
  }
}

/** One element of an array property, read relative to itself. */
export class Element {
  constructor(
    readonly resource: Resource,
    readonly path: string,
  ) {}

  get value(): Value {
    return this.resource.get(this.path);
  }

  get(relative: string): Value {
    return this.resource.get(relative ? `${this.path}.${relative}` : this.path);
  }

  items(relative: string): Element[] {
    return this.resource.items(`${this.path}.${relative}`);
  }
}

/** Canonical resource types the rules speak about. */
export const TYPES = {
  managedHsm: 'Microsoft.KeyVault/managedHSMs',
  managedHsmKey: 'Microsoft.KeyVault/managedHSMs/keys',
  managedHsmPrivateEndpointConnection: 'Microsoft.KeyVault/managedHSMs/privateEndpointConnections',
  privateEndpoint: 'Microsoft.Network/privateEndpoints',
  diagnosticSetting: 'Microsoft.Insights/diagnosticSettings',
  roleAssignment: 'Microsoft.Authorization/roleAssignments',
  roleDefinition: 'Microsoft.Authorization/roleDefinitions',
  logAnalyticsWorkspace: 'Microsoft.OperationalInsights/workspaces',
  metricAlert: 'Microsoft.Insights/metricAlerts',
  sentinelOnboarding: 'Microsoft.SecurityInsights/onboardingStates',
  sentinelSolution: 'Microsoft.OperationsManagement/solutions',
  deployment: 'Microsoft.Resources/deployments',
  /** Managed HSM local RBAC (data plane): no ARM resource type; Terraform and live scans produce these. */
  localRoleAssignment: 'Microsoft.KeyVault/managedHSMs/roleAssignments',
  localRoleDefinition: 'Microsoft.KeyVault/managedHSMs/roleDefinitions',
  /** A PIM eligibility request (the recommended form of administrative role grants). */
  roleEligibilityScheduleRequest: 'Microsoft.Authorization/roleEligibilityScheduleRequests',
  /** Directory principals a Terraform configuration declares or looks up (azuread, azurerm identities). */
  entraGroup: 'Microsoft.Graph/groups',
  entraUser: 'Microsoft.Graph/users',
  entraServicePrincipal: 'Microsoft.Graph/servicePrincipals',
  entraApplication: 'Microsoft.Graph/applications',
  userAssignedIdentity: 'Microsoft.ManagedIdentity/userAssignedIdentities',
} as const;
