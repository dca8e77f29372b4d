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

export function readRoleDefinition(assignment: Resource): RoleReading {
  const value = assignment.get('properties.roleDefinitionId');
  if (value.kind === 'unknown') {
    // `subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '<guid>')` stays unknown (the
    // subscription is not known before deployment) but names the role in its references.
    const guids = new Set((value.references ?? []).map(roleGuidOf).filter((g) => g !== undefined));
    if (guids.size === 1) return { kind: 'role', guid: [...guids][0], value };
    return { kind: 'unknown', value };
  }
  if (value.kind === 'absent') return { kind: 'absent', value };
  if (typeof value.value !== 'string') return { kind: 'other', value };
  const guid = roleGuidOf(value.value);
  return guid ? { kind: 'role', guid, value } : { kind: 'other', value };
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

/**
 * Whether a principal id is the deploying principal (`deployer().objectId`): today an unknown whose
 * expression calls `deployer()`; once expressions are evaluated, an unknown whose references name it.
 */
export function isDeployer(value: Value): boolean {
  if (value.kind !== 'unknown') return false;
  if (/deployer\(\)/i.test(value.expression)) return true;
  return (value.references ?? []).some((r) => /deployer\(\)/i.test(r));
}
