import type { Graph } from '../../src/model/graph.js';
import type { Resource } from '../../src/model/resource.js';
import { TYPES } from '../../src/model/resource.js';
import type { Value } from '../../src/model/value.js';

/**
 * Managed HSM local RBAC built-in roles (data plane), by role definition GUID
 * (shared/research/rule-semantics.md §2.6). These work only in the HSM's own role assignments, never in
 * `Microsoft.Authorization/roleAssignments`. Crypto User and Crypto Service Release User differ only in
 * the last digit: always compare full GUIDs.
 */
export const LOCAL_ROLES: Readonly<Record<string, string>> = {
  'a290e904-7015-4bba-90c8-60543313cdb4': 'Managed HSM Administrator',
  '515eb02d-2335-4d2d-92f2-b1cbdf9c3778': 'Managed HSM Crypto Officer',
  '21dbd100-6940-42c2-9190-5d6cb909625b': 'Managed HSM Crypto User',
  '4bd23610-cdcf-4971-bdee-bdc562cc28e4': 'Managed HSM Policy Administrator',
  '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3': 'Managed HSM Crypto Auditor',
  '33413926-3206-4cdd-b39a-83574fe37a17': 'Managed HSM Crypto Service Encryption User',
  '21dbd100-6940-42c2-9190-5d6cb909625c': 'Managed HSM Crypto Service Release User',
  '7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8': 'Managed HSM Backup',
};

/** Azure RBAC (control plane) built-in role GUIDs that matter for a Managed HSM. */
export const CONTROL_ROLES = {
  managedHsmContributor: '18500a29-7fe2-46b2-a342-b16a415e101d',
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
} as const;

/** Control-plane roles that administer the HSM resource itself (§1.2, PIM and admin rows). */
export const CONTROL_ADMIN_ROLES: Readonly<Record<string, string>> = {
  [CONTROL_ROLES.managedHsmContributor]: 'Managed HSM Contributor',
  [CONTROL_ROLES.owner]: 'Owner',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The role GUID (lower case) of a role definition id in any of its written forms:
 * `/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/<guid>`,
 * `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/<guid>` (with or without the
 * leading slash), `/providers/Microsoft.Authorization/roleDefinitions/<guid>`, or a bare GUID
 * (§4 pitfall 10). Undefined when the text is not one of these.
 */
export function roleGuidOf(roleDefinitionId: string): string | undefined {
  const text = roleDefinitionId.trim().replace(/\/+$/, '');
  const segments = text.split('/').filter((s) => s.length > 0);
  const last = segments[segments.length - 1];
  if (last === undefined || !GUID.test(last)) return undefined;
  if (segments.length === 1) return last.toLowerCase();
  const before = segments[segments.length - 2];
  return before.toLowerCase() === 'roledefinitions' ? last.toLowerCase() : undefined;
}

/** What a role assignment's `properties.roleDefinitionId` designates. */
export type RoleReading =
  | { kind: 'role'; guid: string; value: Value }
  /** Written, but not a role definition id this code can read (e.g. a typo). */
  | { kind: 'other'; value: Value }
  | { kind: 'unknown'; value: Extract<Value, { kind: 'unknown' }> }
  | { kind: 'absent'; value: Value };

/**
 * Reads `properties.roleDefinitionId`. With the graph, an id known only after apply that refers to a role
 * definition of the scan (Terraform's `data.azurerm_key_vault_managed_hardware_security_module_role_definition.x.resource_manager_id`,
 * looked up by the role's GUID as its name) designates that role.
 */
export function readRoleDefinition(assignment: Resource, graph?: Graph): RoleReading {
  const value = assignment.get('properties.roleDefinitionId');
  if (value.kind === 'unknown') {
    // `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '<guid>')` stays unknown (the
    // subscription is not known before deployment) but names the role in its references.
    const guids = new Set((value.references ?? []).map(roleGuidOf).filter((g) => g !== undefined));
    if (guids.size === 0 && graph)
      for (const guid of definedRoleGuids(graph, value.references)) guids.add(guid);
    if (guids.size === 1) return { kind: 'role', guid: [...guids][0], value };
    return { kind: 'unknown', value };
  }
  if (value.kind === 'absent') return { kind: 'absent', value };
  if (typeof value.value !== 'string') return { kind: 'other', value };
  const guid = roleGuidOf(value.value);
  return guid ? { kind: 'role', guid, value } : { kind: 'other', value };
}

/** The GUIDs (names) of the role definitions of the scan that references designate. */
function definedRoleGuids(graph: Graph, references: readonly string[] = []): string[] {
  const guids: string[] = [];
  for (const reference of references) {
    const definition = graph.get(reference);
    if (!definition?.isType(TYPES.localRoleDefinition) && !definition?.isType(TYPES.roleDefinition)) continue;
    const name = definition.name;
    const guid = name.kind === 'known' && typeof name.value === 'string' ? roleGuidOf(name.value) : undefined;
    if (guid) guids.push(guid);
  }
  return guids;
}

export function localRoleName(guid: string): string | undefined {
  return LOCAL_ROLES[guid.toLowerCase()];
}

export function controlAdminRoleName(guid: string): string | undefined {
  return CONTROL_ADMIN_ROLES[guid.toLowerCase()];
}

/** The Managed HSMs a role assignment is scoped to (through its `scope` or the provider form). */
export function hsmsOfAssignment(graph: Graph, assignment: Resource): Resource[] {
  const hsms = graph.linkedFrom(assignment, 'role-assignment').filter((r) => r.isType(TYPES.managedHsm));
  // An `existing` reference to an HSM the scan also deploys (a module's) is the same HSM: name it once.
  return hsms.filter(
    (hsm) => !hsm.existing || !hsms.some((other) => !other.existing && other.displayName === hsm.displayName),
  );
}

/** Whether the assignment's scope is a reference that could not be followed. */
export function unresolvedScopeOf(graph: Graph, assignment: Resource): Value | undefined {
  return graph.unresolvedLinks('role-assignment').find((l) => l.from === assignment)?.value;
}

/** `data.azurerm_client_config.<x>.object_id`, possibly inside a module (`module.a.data...`). */
const CLIENT_CONFIG_OBJECT_ID =
  /^(?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*data\.azur(?:erm|ead)_client_config\.[^.]+\.object_id$/;
/** The resource key of such a data source (`terraform:<dir>:data.azurerm_client_config.current`). */
const CLIENT_CONFIG_KEY =
  /^(?:terraform|tfplan):.*?:(?:module\..*\.)?data\.azur(?:erm|ead)_client_config\.[^.]+$/;

/**
 * Whether a principal id is the deploying principal: `deployer().objectId` (ARM and Bicep, an unknown
 * whose expression or references call `deployer()`), or Terraform's
 * `data.azurerm_client_config.<x>.object_id` (a reference an unknown carries, or a known value keeps
 * from a plan).
 */
export function isDeployer(value: Value): boolean {
  if (value.kind === 'unknown' && /deployer\(\)/i.test(value.expression)) return true;
  const references = value.kind === 'unknown' || value.kind === 'known' ? (value.references ?? []) : [];
  return references.some(
    (r) => /deployer\(\)/i.test(r) || CLIENT_CONFIG_OBJECT_ID.test(r.trim()) || CLIENT_CONFIG_KEY.test(r),
  );
}

/** Managed HSM local roles the rules name (§2.6). */
export const LOCAL_ROLE_IDS = {
  administrator: 'a290e904-7015-4bba-90c8-60543313cdb4',
  cryptoAuditor: '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
  cryptoUser: '21dbd100-6940-42c2-9190-5d6cb909625b',
  cryptoServiceEncryptionUser: '33413926-3206-4cdd-b39a-83574fe37a17',
  cryptoServiceReleaseUser: '21dbd100-6940-42c2-9190-5d6cb909625c',
} as const;

/** Local roles that use keys (cryptographic operations, release): what applications are granted. */
export const KEY_USAGE_ROLES: ReadonlySet<string> = new Set([
  LOCAL_ROLE_IDS.cryptoUser,
  LOCAL_ROLE_IDS.cryptoServiceEncryptionUser,
  LOCAL_ROLE_IDS.cryptoServiceReleaseUser,
]);

/**
 * A local role assignment scope in one form for comparison: leading slash, no trailing slash, the
 * `keys` segment in lower case (`keys/`, `/Keys/` → `/keys`; `` and `//` → `/`). Key names keep their
 * case.
 */
export function normalizeLocalScope(scope: string): string {
  const segments = scope
    .trim()
    .split('/')
    .filter((s) => s.length > 0);
  if (segments.length === 0) return '/';
  if (segments[0].toLowerCase() === 'keys') segments[0] = 'keys';
  return `/${segments.join('/')}`;
}
