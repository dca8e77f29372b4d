/**
 * Builders for realistic fake Azure data: Managed HSM resources, keys, role assignments and definitions,
 * diagnostic settings and Microsoft Graph directory objects. Identifiers are derived from names, so the same
 * call gives the same ids; key material is random (RSA moduli and EC coordinates have the right lengths).
 */
import { createHash, randomBytes } from 'node:crypto';
import type {
  ArmManagedHsm,
  DiagnosticSettingsResource,
  DirectoryObject,
  FakeKey,
  ManagedHsmProperties,
  ManagedServiceIdentity,
  MhsmPrivateEndpointConnectionItem,
  RoleAssignment,
  RoleDefinition,
  WireJsonWebKey,
  WireKeyAttributes,
  WireRotationPolicy,
} from './model.js';

export const FAKE_SUBSCRIPTION_ID = '5d7a1c3e-8f42-4b96-a0e1-2c9b6f4d8e17';
export const FAKE_TENANT_ID = 'a4e9c2b7-61f0-4d38-9b5e-7c1f3a8d2e60';
export const FAKE_ADMIN_OBJECT_ID = '0c6b2e91-3f7d-4a85-b2c4-9e1d7f6a3b58';
export const FAKE_RESOURCE_GROUP = 'rg-hsm-prod';

/** A GUID derived from `seed` (SHA-1, formatted like a v5 UUID). */
export function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function hsmResourceId(
  name: string,
  subscriptionId = FAKE_SUBSCRIPTION_ID,
  resourceGroup = FAKE_RESOURCE_GROUP,
): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.KeyVault/managedHSMs/${name}`;
}

/** A private endpoint connection as embedded in `properties.privateEndpointConnections`. */
export function privateEndpointConnection(
  hsmId: string,
  privateEndpointName: string,
  status: 'Pending' | 'Approved' | 'Rejected' | 'Disconnected' = 'Approved',
): MhsmPrivateEndpointConnectionItem {
  const [, , subscriptionId, , resourceGroup] = hsmId.split('/');
  return {
    id: `${hsmId}/privateEndpointConnections/${privateEndpointName}`,
    etag: '',
    properties: {
      privateEndpoint: {
        id: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Network/privateEndpoints/${privateEndpointName}`,
      },
      privateLinkServiceConnectionState: {
        status,
        description: status === 'Approved' ? 'Approved by the platform team' : `Connection is ${status}`,
        actionsRequired: 'None',
      },
      provisioningState: 'Succeeded',
    },
  };
}

export interface HsmFixtureOverrides {
  subscriptionId?: string;
  resourceGroup?: string;
  location?: string;
  sku?: ArmManagedHsm['sku'];
  tags?: Record<string, string>;
  /** Default: none (the property is absent). */
  identity?: ManagedServiceIdentity;
  /** Shallow-merged over the defaults; a key given as `undefined` is removed from the result. */
  properties?: Partial<ManagedHsmProperties>;
}

/**
 * A Managed HSM as `GET .../managedHSMs/{name}` returns it. The defaults are a well-configured pool: purge
 * protection on, public network access disabled, a Deny firewall, one approved private endpoint, an activated
 * security domain and a single primary region. `hsmUri` is the real form; the fake server rewrites it to its
 * own data-plane address when it serves the resource.
 */
export function hsmFixture(name: string, overrides: HsmFixtureOverrides = {}): ArmManagedHsm {
  const subscriptionId = overrides.subscriptionId ?? FAKE_SUBSCRIPTION_ID;
  const resourceGroup = overrides.resourceGroup ?? FAKE_RESOURCE_GROUP;
  const location = overrides.location ?? 'westeurope';
  const id = hsmResourceId(name, subscriptionId, resourceGroup);
  const properties: ManagedHsmProperties = {
    tenantId: FAKE_TENANT_ID,
    initialAdminObjectIds: [FAKE_ADMIN_OBJECT_ID],
    hsmUri: `https://${name}.managedhsm.azure.net/`,
    enableSoftDelete: true,
    softDeleteRetentionInDays: 90,
    enablePurgeProtection: true,
    provisioningState: 'Succeeded',
    statusMessage: 'The Managed HSM is provisioned and ready to use.',
    networkAcls: { bypass: 'None', defaultAction: 'Deny', ipRules: [], virtualNetworkRules: [] },
    publicNetworkAccess: 'Disabled',
    privateEndpointConnections: [privateEndpointConnection(id, `${name}-pe`)],
    regions: [{ name: location, isPrimary: true, provisioningState: 'Succeeded' }],
    securityDomainProperties: {
      activationStatus: 'Active',
      activationStatusMessage: 'Your HSM has been activated and can be used for cryptographic operations.',
    },
  };
  for (const [key, value] of Object.entries(overrides.properties ?? {})) {
    if (value === undefined) delete properties[key];
    else properties[key] = value;
  }
  const hsm: ArmManagedHsm = {
    id,
    name,
    type: 'Microsoft.KeyVault/managedHSMs',
    location,
    sku: overrides.sku ?? { family: 'B', name: 'Standard_B1' },
    tags: overrides.tags ?? { environment: 'production', owner: 'platform-security' },
    properties,
  };
  if (overrides.identity) hsm.identity = overrides.identity;
  return hsm;
}

const EC_COORDINATE_BYTES: Record<string, number> = { 'P-256': 32, 'P-384': 48, 'P-521': 66, 'P-256K': 32 };

export interface KeyFixtureOptions {
  /** Default `RSA-HSM`. */
  kty?: 'RSA-HSM' | 'EC-HSM' | 'oct-HSM' | 'RSA' | 'EC' | (string & {});
  /** RSA modulus length in bits (default 3072). Ignored for other key types: the service returns no size. */
  size?: number;
  /** EC curve (default P-256). */
  crv?: 'P-256' | 'P-384' | 'P-521' | 'P-256K' | (string & {});
  keyOps?: string[];
  enabled?: boolean;
  /** Default: 30 days ago. */
  created?: Date;
  /** Expiry; default one year after `created`; `null` for none. */
  exp?: Date | null;
  nbf?: Date;
  exportable?: boolean;
  /** Default `Recoverable` (purge protection on). */
  recoveryLevel?: string;
  tags?: Record<string, string>;
  version?: string;
  rotationPolicy?: WireRotationPolicy | null;
  managed?: boolean;
  /** Extra JWK members, passed through verbatim. */
  jwkExtra?: Record<string, unknown>;
}

function base64url(bytes: Buffer): string {
  return bytes.toString('base64url');
}

function seconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

/** A key in a fake Managed HSM's data plane. */
export function keyFixture(name: string, options: KeyFixtureOptions = {}): FakeKey {
  const kty = options.kty ?? 'RSA-HSM';
  const created = options.created ?? new Date(Date.now() - 30 * 86_400_000);
  const key: WireJsonWebKey = { kty };
  if (kty.startsWith('RSA')) {
    const modulus = randomBytes((options.size ?? 3072) / 8);
    modulus[0] |= 0x80;
    modulus[modulus.length - 1] |= 0x01;
    key.key_ops = options.keyOps ?? ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'];
    key.n = base64url(modulus);
    key.e = 'AQAB';
  } else if (kty.startsWith('EC')) {
    const crv = options.crv ?? 'P-256';
    const size = EC_COORDINATE_BYTES[crv] ?? 32;
    key.key_ops = options.keyOps ?? ['sign', 'verify'];
    key.crv = crv;
    key.x = base64url(randomBytes(size));
    key.y = base64url(randomBytes(size));
  } else {
    key.key_ops = options.keyOps ?? ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];
  }
  Object.assign(key, options.jwkExtra);
  const attributes: WireKeyAttributes = {
    enabled: options.enabled ?? true,
    created: seconds(created),
    updated: seconds(created),
    recoveryLevel: options.recoveryLevel ?? 'Recoverable',
    recoverableDays: 90,
    exportable: options.exportable ?? false,
  };
  const exp = options.exp === undefined ? new Date(created.getTime() + 365 * 86_400_000) : options.exp;
  if (exp) attributes.exp = seconds(exp);
  if (options.nbf) attributes.nbf = seconds(options.nbf);
  const fake: FakeKey = {
    name,
    version: options.version ?? createHash('md5').update(`${name}/${kty}`).digest('hex'),
    key,
    attributes,
  };
  if (options.tags) fake.tags = options.tags;
  if (options.managed !== undefined) fake.managed = options.managed;
  if (options.rotationPolicy !== undefined) fake.rotationPolicy = options.rotationPolicy;
  return fake;
}

/** A rotation policy: rotate after `rotateAfterCreate`, notify `notifyBeforeExpiry` ahead, new versions expire after `expiresIn`. */
export function rotationPolicyFixture(
  options: { rotateAfterCreate?: string; notifyBeforeExpiry?: string; expiresIn?: string } = {},
): WireRotationPolicy {
  const created = seconds(new Date(Date.now() - 10 * 86_400_000));
  return {
    lifetimeActions: [
      { trigger: { timeAfterCreate: options.rotateAfterCreate ?? 'P90D' }, action: { type: 'Rotate' } },
      { trigger: { timeBeforeExpiry: options.notifyBeforeExpiry ?? 'P30D' }, action: { type: 'Notify' } },
    ],
    attributes: { expiryTime: options.expiresIn ?? 'P1Y', created, updated: created },
  };
}

const DATA = 'Microsoft.KeyVault/managedHsm';
const ROLE_ADMIN = ['read', 'write', 'delete'].flatMap((verb) => [
  `${DATA}/roleAssignments/${verb}/action`,
  `${DATA}/roleDefinitions/${verb}/action`,
]);
const CRYPTO = ['encrypt', 'decrypt', 'wrap', 'unwrap', 'sign', 'verify'].map(
  (op) => `${DATA}/keys/${op}/action`,
);

/**
 * The Managed HSM local RBAC built-in roles (ids from Microsoft's built-in-roles page). The data actions are an
 * abbreviated, representative subset, not the authoritative lists.
 */
export const BUILT_IN_ROLES: Record<string, { id: string; dataActions: string[] }> = {
  'Managed HSM Administrator': {
    id: 'a290e904-7015-4bba-90c8-60543313cdb4',
    dataActions: [
      ...ROLE_ADMIN,
      `${DATA}/securitydomain/download/action`,
      `${DATA}/securitydomain/upload/action`,
      `${DATA}/securitydomain/transferkey/read`,
      `${DATA}/backup/start/action`,
      `${DATA}/restore/start/action`,
    ],
  },
  'Managed HSM Crypto Officer': {
    id: '515eb02d-2335-4d2d-92f2-b1cbdf9c3778',
    dataActions: [
      ...ROLE_ADMIN,
      `${DATA}/keys/deletedKeys/read/action`,
      `${DATA}/keys/deletedKeys/recover/action`,
      `${DATA}/keys/deletedKeys/delete`,
    ],
  },
  'Managed HSM Crypto User': {
    id: '21dbd100-6940-42c2-9190-5d6cb909625b',
    dataActions: [
      `${DATA}/keys/read/action`,
      `${DATA}/keys/write/action`,
      `${DATA}/keys/create`,
      `${DATA}/keys/delete`,
      `${DATA}/keys/release/action`,
      `${DATA}/keys/import/action`,
      ...CRYPTO,
    ],
  },
  'Managed HSM Policy Administrator': { id: '4bd23610-cdcf-4971-bdee-bdc562cc28e4', dataActions: ROLE_ADMIN },
  'Managed HSM Crypto Auditor': {
    id: '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
    dataActions: [
      `${DATA}/keys/read/action`,
      `${DATA}/roleAssignments/read/action`,
      `${DATA}/roleDefinitions/read/action`,
    ],
  },
  'Managed HSM Crypto Service Encryption User': {
    id: '33413926-3206-4cdd-b39a-83574fe37a17',
    dataActions: [`${DATA}/keys/read/action`, `${DATA}/keys/wrap/action`, `${DATA}/keys/unwrap/action`],
  },
  'Managed HSM Crypto Service Release User': {
    id: '21dbd100-6940-42c2-9190-5d6cb909625c',
    dataActions: [`${DATA}/keys/release/action`],
  },
  'Managed HSM Backup': {
    id: '7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8',
    dataActions: [
      `${DATA}/keys/backup/action`,
      `${DATA}/backup/start/action`,
      `${DATA}/backup/status/action`,
    ],
  },
  'Managed HSM Restore': {
    id: '6efe6056-5259-49d2-8b3d-d3d73544b20b',
    dataActions: [
      `${DATA}/keys/restore/action`,
      `${DATA}/restore/start/action`,
      `${DATA}/restore/status/action`,
    ],
  },
};

export type BuiltInRoleName = keyof typeof BUILT_IN_ROLES;

/** The id a role assignment carries in `properties.roleDefinitionId`. */
export function roleDefinitionResourceId(guid: string): string {
  return `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}

export function builtInRoleDefinitions(): RoleDefinition[] {
  return Object.entries(BUILT_IN_ROLES).map(([roleName, role]) => ({
    id: roleDefinitionResourceId(role.id),
    name: role.id,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName,
      description: '',
      type: 'AKVBuiltInRole',
      permissions: [{ actions: [], notActions: [], dataActions: [...role.dataActions], notDataActions: [] }],
      assignableScopes: ['/'],
    },
  }));
}

/** A local RBAC role assignment; `role` is a built-in role name or a role definition GUID. */
export function roleAssignmentFixture(options: {
  principalId: string;
  role: string;
  /** `/`, `/keys` or `/keys/<name>`; default `/`. */
  scope?: string;
  name?: string;
}): RoleAssignment {
  const scope = options.scope ?? '/';
  const guid = BUILT_IN_ROLES[options.role]?.id ?? options.role;
  const name = options.name ?? stableGuid(`${scope}|${guid}|${options.principalId}`);
  const prefix = scope === '/' ? '' : scope;
  return {
    id: `${prefix}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: { scope, roleDefinitionId: roleDefinitionResourceId(guid), principalId: options.principalId },
  };
}

type LogEntry = NonNullable<DiagnosticSettingsResource['properties']['logs']>[number];
type MetricEntry = NonNullable<DiagnosticSettingsResource['properties']['metrics']>[number];

export function workspaceId(name = 'law-security', subscriptionId = FAKE_SUBSCRIPTION_ID): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/rg-monitoring/providers/Microsoft.OperationalInsights/workspaces/${name}`;
}

/** A diagnostic setting on `resourceId`. Default: AuditEvent and AllMetrics to a Log Analytics workspace. */
export function diagnosticSettingFixture(
  resourceId: string,
  name: string,
  options: {
    workspaceId?: string | null;
    storageAccountId?: string | null;
    eventHubAuthorizationRuleId?: string | null;
    eventHubName?: string | null;
    logs?: LogEntry[];
    metrics?: MetricEntry[];
  } = {},
): DiagnosticSettingsResource {
  const noRetention = { enabled: false, days: 0 };
  return {
    id: `${resourceId}/providers/microsoft.insights/diagnosticSettings/${name}`,
    name,
    type: 'Microsoft.Insights/diagnosticSettings',
    properties: {
      storageAccountId: options.storageAccountId ?? null,
      serviceBusRuleId: null,
      eventHubAuthorizationRuleId: options.eventHubAuthorizationRuleId ?? null,
      eventHubName: options.eventHubName ?? null,
      workspaceId: options.workspaceId === undefined ? workspaceId() : options.workspaceId,
      logAnalyticsDestinationType: null,
      metrics: options.metrics ?? [{ category: 'AllMetrics', enabled: true, retentionPolicy: noRetention }],
      logs: options.logs ?? [
        { category: 'AuditEvent', categoryGroup: null, enabled: true, retentionPolicy: noRetention },
      ],
    },
  };
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '.');
}

export function userObject(
  id: string,
  displayName: string,
  extra: Record<string, unknown> = {},
): DirectoryObject {
  return {
    '@odata.type': '#microsoft.graph.user',
    id,
    displayName,
    userPrincipalName: `${slug(displayName)}@contoso.example`,
    accountEnabled: true,
    ...extra,
  };
}

export function groupObject(
  id: string,
  displayName: string,
  extra: Record<string, unknown> = {},
): DirectoryObject {
  return {
    '@odata.type': '#microsoft.graph.group',
    id,
    displayName,
    securityEnabled: true,
    mailEnabled: false,
    groupTypes: [],
    ...extra,
  };
}

export function servicePrincipalObject(
  id: string,
  displayName: string,
  servicePrincipalType: 'Application' | 'ManagedIdentity' = 'Application',
  extra: Record<string, unknown> = {},
): DirectoryObject {
  return {
    '@odata.type': '#microsoft.graph.servicePrincipal',
    id,
    displayName,
    appId: stableGuid(`app|${id}`),
    servicePrincipalType,
    accountEnabled: true,
    ...extra,
  };
}
