/** What the live source read from each plane, before it is mapped to the canonical model. */
import type { ManagedHsm, MhsmGeoReplicatedRegion } from '@azure/arm-keyvault';
import type { DiagnosticSettingsResource } from '@azure/arm-monitor';
import type { KeyProperties, KeyRotationPolicy, KeyVaultKey } from '@azure/keyvault-keys';

/** A value that was read, or why it could not be. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export const read = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const notRead = <T>(reason: string): Outcome<T> => ({ ok: false, reason });

export interface HsmRead {
  subscriptionId: string;
  /** The HSM as Resource Manager returned it (arm-keyvault's model). */
  hsm: ManagedHsm;
  /** Read with `mhsmRegions.listByResource` only when the HSM's properties lack `regions`. */
  regions?: Outcome<MhsmGeoReplicatedRegion[]>;
  diagnosticSettings: Outcome<DiagnosticSettingsResource[]>;
  /** Undefined when the data plane was not asked for. */
  dataPlane?: DataPlaneRead;
}

export interface DataPlaneRead {
  /** `AllowKeyManagementOperationsThroughARM`. */
  allowKeyManagementThroughArm: Outcome<boolean>;
  keys: Outcome<KeyRead[]>;
  roleAssignments: Outcome<RoleAssignmentWire[]>;
  roleDefinitions: Outcome<RoleDefinitionWire[]>;
}

export interface KeyRead {
  name: string;
  /** From the key listing. */
  listed: KeyProperties;
  key: Outcome<KeyVaultKey>;
  /** `undefined` when the key has no rotation policy. */
  rotationPolicy: Outcome<KeyRotationPolicy | undefined>;
}

/** A Managed HSM local RBAC role assignment, as the data plane returns it. */
export interface RoleAssignmentWire {
  id?: string;
  name?: string;
  type?: string;
  properties?: { scope?: string; roleDefinitionId?: string; principalId?: string };
}

export interface RoleDefinitionWire {
  id?: string;
  name?: string;
  type?: string;
  properties?: {
    roleName?: string;
    description?: string;
    type?: string;
    permissions?: unknown[];
    assignableScopes?: string[];
  };
}

/** Principal types by lower-case object id: 'User' | 'Group' | 'ServicePrincipal' | 'ManagedIdentity' | …. */
export type Principals = Outcome<ReadonlyMap<string, string>>;
