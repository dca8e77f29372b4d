/**
 * The JSON shapes the Azure fake serves. They follow the REST API definitions in Azure/azure-rest-api-specs
 * (Microsoft.KeyVault managedHSMs 2026-02-01, Key Vault data plane keys 2025-07-01, Managed HSM RBAC and
 * settings 7.5+, Microsoft.Insights diagnosticSettings 2021-05-01-preview) and Microsoft Graph v1.0. Field names
 * are the wire names (snake_case where the service uses it, e.g. `key_ops`).
 */

export type Plane = 'arm' | 'dataPlane' | 'graph';

export interface MhsmNetworkRuleSet {
  bypass?: 'AzureServices' | 'None' | (string & {});
  defaultAction?: 'Allow' | 'Deny' | (string & {});
  ipRules?: Array<{ value: string }>;
  virtualNetworkRules?: Array<{ id: string }>;
  /** api-version 2025-05-01 and later. */
  serviceTags?: Array<{ tag: string }>;
}

export interface PrivateLinkServiceConnectionState {
  status?: 'Pending' | 'Approved' | 'Rejected' | 'Disconnected' | (string & {});
  description?: string;
  actionsRequired?: 'None' | (string & {});
}

/** `MHSMPrivateEndpointConnectionItem`, as embedded in `properties.privateEndpointConnections`. */
export interface MhsmPrivateEndpointConnectionItem {
  id?: string;
  etag?: string;
  properties?: {
    privateEndpoint?: { id?: string };
    privateLinkServiceConnectionState?: PrivateLinkServiceConnectionState;
    provisioningState?: string;
  };
}

export interface MhsmGeoReplicatedRegion {
  name: string;
  isPrimary?: boolean;
  provisioningState?: string;
}

export interface ManagedHsmProperties {
  tenantId?: string;
  initialAdminObjectIds?: string[];
  hsmUri?: string;
  enableSoftDelete?: boolean;
  softDeleteRetentionInDays?: number;
  enablePurgeProtection?: boolean;
  createMode?: string;
  statusMessage?: string;
  provisioningState?: string;
  networkAcls?: MhsmNetworkRuleSet;
  privateEndpointConnections?: MhsmPrivateEndpointConnectionItem[];
  publicNetworkAccess?: 'Enabled' | 'Disabled' | (string & {});
  scheduledPurgeDate?: string;
  regions?: MhsmGeoReplicatedRegion[];
  securityDomainProperties?: { activationStatus?: string; activationStatusMessage?: string };
  [extra: string]: unknown;
}

export interface ManagedServiceIdentity {
  type: 'None' | 'SystemAssigned' | 'UserAssigned' | 'SystemAssigned,UserAssigned' | (string & {});
  principalId?: string;
  tenantId?: string;
  userAssignedIdentities?: Record<string, { principalId?: string; clientId?: string }>;
}

/** A `Microsoft.KeyVault/managedHSMs` resource as Resource Manager returns it. */
export interface ArmManagedHsm {
  id: string;
  name: string;
  type: string;
  location: string;
  sku: { family: string; name: string };
  tags?: Record<string, string>;
  identity?: ManagedServiceIdentity;
  systemData?: Record<string, unknown>;
  properties: ManagedHsmProperties;
  [extra: string]: unknown;
}

export interface RetentionPolicy {
  enabled: boolean;
  days: number;
}

/** A `Microsoft.Insights/diagnosticSettings` resource. */
export interface DiagnosticSettingsResource {
  id: string;
  name: string;
  type: string;
  properties: {
    storageAccountId?: string | null;
    serviceBusRuleId?: string | null;
    eventHubAuthorizationRuleId?: string | null;
    eventHubName?: string | null;
    workspaceId?: string | null;
    logAnalyticsDestinationType?: string | null;
    marketplacePartnerId?: string | null;
    logs?: Array<{
      category?: string | null;
      categoryGroup?: string | null;
      enabled: boolean;
      retentionPolicy?: RetentionPolicy;
    }>;
    metrics?: Array<{
      category?: string;
      timeGrain?: string;
      enabled: boolean;
      retentionPolicy?: RetentionPolicy;
    }>;
  };
}

/** A JSON Web Key as the data plane returns it; the fake fills in `kid`. */
export interface WireJsonWebKey {
  kty: string;
  key_ops?: string[];
  n?: string;
  e?: string;
  crv?: string;
  x?: string;
  y?: string;
  [extra: string]: unknown;
}

export interface WireKeyAttributes {
  enabled?: boolean;
  /** Seconds since the epoch. */
  nbf?: number;
  /** Seconds since the epoch. */
  exp?: number;
  created?: number;
  updated?: number;
  recoveryLevel?: string;
  recoverableDays?: number;
  exportable?: boolean;
  hsmPlatform?: string;
  [extra: string]: unknown;
}

export interface WireRotationPolicy {
  lifetimeActions?: Array<{
    trigger?: { timeAfterCreate?: string; timeBeforeExpiry?: string };
    action?: { type: 'Rotate' | 'Notify' | (string & {}) };
  }>;
  attributes?: { expiryTime?: string; created?: number; updated?: number };
}

/** One key (its current version) in a fake Managed HSM. */
export interface FakeKey {
  name: string;
  /** 32 hex digits, as the service makes them. */
  version: string;
  key: WireJsonWebKey;
  attributes: WireKeyAttributes;
  tags?: Record<string, string>;
  managed?: boolean;
  release_policy?: { contentType?: string; data?: string; immutable?: boolean };
  /**
   * `undefined`: the service's answer for a key nobody gave a policy (a single Notify action 30 days before
   * expiry). `null`: answer 404, a test knob for error handling, not known service behaviour.
   */
  rotationPolicy?: WireRotationPolicy | null;
}

export interface RoleAssignment {
  id: string;
  name: string;
  type: string;
  properties: { scope: string; roleDefinitionId: string; principalId: string };
}

export interface RoleDefinition {
  id: string;
  name: string;
  type: string;
  properties: {
    roleName: string;
    description?: string;
    type: 'AKVBuiltInRole' | 'CustomRole' | (string & {});
    permissions: Array<{
      actions: string[];
      notActions: string[];
      dataActions: string[];
      notDataActions: string[];
    }>;
    assignableScopes: string[];
  };
}

/** The data plane of one Managed HSM. */
export interface HsmDataPlane {
  keys?: FakeKey[];
  roleAssignments?: RoleAssignment[];
  /** Default: the built-in role definitions (`builtInRoleDefinitions()`). */
  roleDefinitions?: RoleDefinition[];
  /** Setting name -> value as the service sends it ("true"/"false"). Default: ARM key management off. */
  settings?: Record<string, string>;
}

/** A Microsoft Graph directory object; `@odata.type` is e.g. `#microsoft.graph.group`. */
export interface DirectoryObject {
  '@odata.type': string;
  id: string;
  displayName?: string;
  [extra: string]: unknown;
}

export interface FakeAzureState {
  /** Subscription id -> the Managed HSMs in it, as Resource Manager returns them. */
  subscriptions: Record<string, { managedHsms: ArmManagedHsm[] }>;
  /** ARM resource id (compared case-insensitively, with or without the leading '/') -> its diagnostic settings. */
  diagnosticSettings?: Record<string, DiagnosticSettingsResource[]>;
  /**
   * Managed HSM name (case-insensitive) -> its data plane. An HSM present in ARM but absent here has no keys
   * and no role assignments, the built-in role definitions and default settings.
   */
  dataPlane?: Record<string, HsmDataPlane>;
  directoryObjects?: DirectoryObject[];
  /** Items per page when the client does not ask (`$top` / `maxresults`); default: all on one page. */
  pageSize?: { arm?: number; dataPlane?: number };
}
