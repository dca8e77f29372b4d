/**
 * Maps what the live source read into the canonical, ARM-shaped model, so the rules written for templates
 * apply unchanged. Everything that could not be read becomes an unknown node with the reason (rules then
 * report it as unresolved), or an `unresolved` entry when a whole collection is missing.
 */
import type { DiagnosticSettingsResource } from '@azure/arm-monitor';
import type { KeyRotationPolicy } from '@azure/keyvault-keys';
import { jsonToNode, type PropertyEntry, type PropertyNode } from '../../model/node.js';
import type { ParseProblem } from '../../model/parsed-file.js';
import { pointRange, type SourceRange } from '../../model/range.js';
import { Resource, TYPES } from '../../model/resource.js';
import { KEYVAULT_API_VERSION } from './control-plane.js';
import type { HsmRead, KeyRead, Principals, RoleAssignmentWire, RoleDefinitionWire } from './reads.js';

/** Managed HSM local RBAC (data plane) in the canonical model; never `Microsoft.Authorization/*`. */
export const LIVE_TYPES = {
  localRoleAssignment: TYPES.localRoleAssignment,
  localRoleDefinition: TYPES.localRoleDefinition,
} as const;

export const DIAGNOSTIC_SETTINGS_API_VERSION = '2021-05-01-preview';

/** A value the live source could not read: an unknown node in the property tree. */
export class Unknown {
  constructor(
    readonly expression: string,
    readonly reason: string,
  ) {}
}

export interface MappedState {
  resources: Resource[];
  unresolved: ParseProblem[];
}

/** Maps every HSM read (and the principal types found in Microsoft Graph) to live resources. */
export function mapLiveState(reads: readonly HsmRead[], principals: Principals | undefined): MappedState {
  const out: MappedState = { resources: [], unresolved: [] };
  for (const hsmRead of reads) mapHsmRead(hsmRead, principals, out);
  return out;
}

function mapHsmRead(hsmRead: HsmRead, principals: Principals | undefined, out: MappedState): void {
  const { hsm, dataPlane } = hsmRead;
  const name = hsm.name ?? lastSegment(hsm.id);
  const id = hsm.id ?? name;
  const hsmResource = live({
    id,
    type: TYPES.managedHsm,
    name,
    apiVersion: KEYVAULT_API_VERSION,
    body: hsmBody(hsmRead, principals),
  });
  out.resources.push(hsmResource);

  const settings = hsmRead.diagnosticSettings;
  if (settings.ok) {
    for (const setting of settings.value) out.resources.push(diagnosticSetting(id, setting));
  } else {
    // A setting whose content is unknown: the audit-log check says it could not verify, never "missing".
    const placeholder = `${id}/providers/Microsoft.Insights/diagnosticSettings/(not listed)`;
    out.resources.push(
      live({
        id: placeholder,
        type: TYPES.diagnosticSetting,
        name: '(not listed)',
        apiVersion: DIAGNOSTIC_SETTINGS_API_VERSION,
        body: {
          name: '(not listed)',
          type: TYPES.diagnosticSetting,
          scope: id,
          properties: new Unknown(
            '(diagnostic settings not read)',
            `the diagnostic settings of '${name}' could not be listed: ${settings.reason}`,
          ),
        },
      }),
    );
  }

  if (!dataPlane) return;
  const range = pointRange(id);
  if (dataPlane.keys.ok) {
    for (const key of dataPlane.keys.value) out.resources.push(keyResource(id, name, hsmResource.key, key));
  } else {
    out.unresolved.push({
      message: `Keys of HSM '${name}' could not be read: ${dataPlane.keys.reason}; key checks were not run.`,
      range,
    });
  }
  if (dataPlane.roleAssignments.ok) {
    for (const assignment of dataPlane.roleAssignments.value)
      out.resources.push(roleAssignment(id, name, hsmResource.key, assignment, principals));
    if (!dataPlane.roleDefinitions.ok)
      out.unresolved.push({
        message: `Local role definitions of HSM '${name}' could not be read: ${dataPlane.roleDefinitions.reason}; custom roles were not checked.`,
        range,
      });
  } else {
    out.unresolved.push({
      message: `Local role assignments of HSM '${name}' could not be read: ${dataPlane.roleAssignments.reason}; local RBAC checks were not run.`,
      range,
    });
  }
  if (dataPlane.roleDefinitions.ok)
    for (const definition of dataPlane.roleDefinitions.value)
      out.resources.push(roleDefinition(id, name, hsmResource.key, definition));
}

function hsmBody(hsmRead: HsmRead, principals: Principals | undefined): Record<string, unknown> {
  const { hsm, regions, dataPlane } = hsmRead;
  const properties = (clean(hsm.properties) ?? {}) as Record<string, unknown>;
  if (hsm.properties?.privateEndpointConnections)
    properties.privateEndpointConnections = hsm.properties.privateEndpointConnections.map((c) =>
      clean({
        id: c.id,
        etag: c.etag,
        // arm-keyvault 5 flattens `properties` of each connection; the ARM shape nests them.
        properties: {
          privateEndpoint: c.privateEndpoint,
          privateLinkServiceConnectionState: c.privateLinkServiceConnectionState,
          provisioningState: c.provisioningState,
        },
      }),
    );
  if (regions)
    properties.regions = regions.ok
      ? clean(regions.value)
      : new Unknown('(regions not read)', `the regions could not be listed: ${regions.reason}`);
  if (dataPlane) {
    const setting = dataPlane.allowKeyManagementThroughArm;
    properties.settings = {
      allowKeyManagementOperationsThroughARM: setting.ok
        ? setting.value
        : new Unknown('(data-plane setting not read)', setting.reason),
    };
  }
  const body: Record<string, unknown> = {
    id: hsm.id,
    name: hsm.name,
    type: TYPES.managedHsm,
    location: hsm.location,
    tags: hsm.tags,
    sku: hsm.sku,
    identity: hsm.identity,
    properties,
  };
  // Not ARM: what Microsoft Graph says the initial administrators are, by object id.
  const admins = hsm.properties?.initialAdminObjectIds ?? [];
  if (dataPlane && principals && admins.length > 0)
    body.principalTypes = Object.fromEntries(admins.map((a) => [a, principalTypeOf(a, principals)]));
  return body;
}

function diagnosticSetting(hsmId: string, setting: DiagnosticSettingsResource): Resource {
  const name = setting.name ?? lastSegment(setting.id);
  const id = setting.id ?? `${hsmId}/providers/Microsoft.Insights/diagnosticSettings/${name}`;
  return live({
    id,
    type: TYPES.diagnosticSetting,
    name,
    apiVersion: DIAGNOSTIC_SETTINGS_API_VERSION,
    body: {
      id,
      name,
      type: TYPES.diagnosticSetting,
      scope: hsmId,
      // MonitorClient 8 flattens `properties`; the ARM shape nests them.
      properties: {
        storageAccountId: setting.storageAccountId,
        serviceBusRuleId: setting.serviceBusRuleId,
        eventHubAuthorizationRuleId: setting.eventHubAuthorizationRuleId,
        eventHubName: setting.eventHubName,
        workspaceId: setting.workspaceId,
        marketplacePartnerId: setting.marketplacePartnerId,
        logAnalyticsDestinationType: setting.logAnalyticsDestinationType,
        logs: setting.logs,
        metrics: setting.metrics,
      },
    },
  });
}

const SYMMETRIC_SIZE =
  'the Managed HSM data plane does not report the size of symmetric (oct-HSM) keys; check it where the key is created';

function keyResource(hsmId: string, hsmName: string, parentKey: string, read: KeyRead): Resource {
  const id = `${hsmId}/keys/${read.name}`;
  const properties: Record<string, unknown> = {};
  if (read.key.ok) {
    const key = read.key.value;
    const kty = key.keyType ?? key.key?.kty;
    properties.kty = kty;
    const family = typeof kty === 'string' ? kty.toUpperCase().replace(/-HSM$/, '') : '';
    if (family === 'RSA') {
      properties.keySize = key.key?.n?.length
        ? bitLength(key.key.n)
        : new Unknown('(size not reported)', 'the data plane returned no RSA modulus for the key');
    } else if (family === 'OCT') {
      properties.keySize = new Unknown('(size not reported)', SYMMETRIC_SIZE);
    }
    if (key.key?.crv !== undefined) properties.curveName = normalizeCurve(key.key.crv);
    properties.keyOps = key.keyOperations ?? key.key?.keyOps;
  } else {
    properties.kty = new Unknown('(key not read)', read.key.reason);
    properties.keyOps = new Unknown('(key not read)', read.key.reason);
  }
  const attributes = read.key.ok ? read.key.value.properties : read.listed;
  properties.attributes = {
    enabled: attributes.enabled,
    exp: epochSeconds(attributes.expiresOn),
    nbf: epochSeconds(attributes.notBefore),
    created: epochSeconds(attributes.createdOn),
    updated: epochSeconds(attributes.updatedOn),
    recoveryLevel: attributes.recoveryLevel,
    exportable: attributes.exportable,
  };
  const policy = read.rotationPolicy;
  if (!policy.ok) properties.rotationPolicy = new Unknown('(rotation policy not read)', policy.reason);
  else if (policy.value) properties.rotationPolicy = rotationPolicy(policy.value);
  const name = `${hsmName}/${read.name}`;
  return live({
    id,
    type: TYPES.managedHsmKey,
    name,
    parentKey,
    body: { id, name, type: TYPES.managedHsmKey, tags: read.listed.tags, properties },
  });
}

/** The ARM shape of a rotation policy (`trigger`, `action.type`, `attributes.expiryTime`). */
function rotationPolicy(policy: KeyRotationPolicy): Record<string, unknown> {
  return {
    lifetimeActions: (policy.lifetimeActions ?? []).map((a) => ({
      trigger: { timeAfterCreate: a.timeAfterCreate, timeBeforeExpiry: a.timeBeforeExpiry },
      action: { type: a.action },
    })),
    attributes: {
      expiryTime: policy.expiresIn,
      created: epochSeconds(policy.createdOn),
      updated: epochSeconds(policy.updatedOn),
    },
  };
}

function roleAssignment(
  hsmId: string,
  hsmName: string,
  parentKey: string,
  assignment: RoleAssignmentWire,
  principals: Principals | undefined,
): Resource {
  const own = assignment.name ?? lastSegment(assignment.id);
  const id = `${hsmId}/roleAssignments/${own}`;
  const name = `${hsmName}/${own}`;
  const principalId = assignment.properties?.principalId;
  return live({
    id,
    type: LIVE_TYPES.localRoleAssignment,
    name,
    parentKey,
    body: {
      id: assignment.id,
      name,
      type: LIVE_TYPES.localRoleAssignment,
      properties: {
        scope: assignment.properties?.scope,
        roleDefinitionId: assignment.properties?.roleDefinitionId,
        principalId,
        principalType:
          principalId === undefined
            ? undefined
            : principals
              ? principalTypeOf(principalId, principals)
              : new Unknown('(not resolved)', 'principal types were not read'),
      },
    },
  });
}

function roleDefinition(
  hsmId: string,
  hsmName: string,
  parentKey: string,
  definition: RoleDefinitionWire,
): Resource {
  const own = definition.name ?? lastSegment(definition.id);
  const id = `${hsmId}/roleDefinitions/${own}`;
  const name = `${hsmName}/${own}`;
  return live({
    id,
    type: LIVE_TYPES.localRoleDefinition,
    name,
    parentKey,
    body: {
      id: definition.id,
      name,
      type: LIVE_TYPES.localRoleDefinition,
      properties: definition.properties,
    },
  });
}

function principalTypeOf(objectId: string, principals: Principals): string | Unknown {
  if (!principals.ok) return new Unknown('(not resolved)', principals.reason);
  return (
    principals.value.get(objectId.toLowerCase()) ??
    new Unknown(
      '(not in the directory)',
      'Microsoft Graph returned no user, group or service principal with this object id (deleted, or in another tenant)',
    )
  );
}

// ---------------------------------------------------------------- resources and property trees

interface LiveInit {
  /** The resource id: the key is `live:<id>`, findings point at it. */
  id: string;
  type: string;
  name: string;
  apiVersion?: string;
  parentKey?: string;
  body: Record<string, unknown>;
}

function live(init: LiveInit): Resource {
  const range = pointRange(init.id);
  return new Resource({
    key: `live:${init.id}`,
    type: init.type,
    apiVersion: init.apiVersion,
    name: { kind: 'known', value: init.name, range },
    surface: 'live',
    range,
    body: toNode(clean(init.body), range),
    symbol: init.id,
    parentKey: init.parentKey,
  });
}

/**
 * Plain JSON of an SDK model: `undefined` and `null` members dropped (an omitted property reads as absent,
 * as in a template), dates as ISO strings, unknowns kept.
 */
export function clean(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Unknown) return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return out;
  }
  return value;
}

function containsUnknown(value: unknown): boolean {
  if (value instanceof Unknown) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  if (value !== null && typeof value === 'object') return Object.values(value).some(containsUnknown);
  return false;
}

/** `jsonToNode`, with `Unknown` markers becoming unknown nodes. */
export function toNode(value: unknown, range: SourceRange): PropertyNode {
  if (value instanceof Unknown)
    return { kind: 'unknown', expression: value.expression, reason: value.reason, range };
  if (!containsUnknown(value)) return jsonToNode(value, range);
  if (Array.isArray(value)) return { kind: 'array', items: value.map((v) => toNode(v, range)), range };
  const entries = new Map<string, PropertyEntry>();
  for (const [name, v] of Object.entries(value as Record<string, unknown>))
    entries.set(name.toLowerCase(), { name, keyRange: range, node: toNode(v, range) });
  return { kind: 'object', entries, range };
}

function lastSegment(id: string | undefined): string {
  return id?.split('/').filter(Boolean).pop() ?? '';
}

function epochSeconds(date: Date | undefined): number | undefined {
  return date ? Math.floor(date.getTime() / 1000) : undefined;
}

/** The modulus length in bits (leading zero bytes do not count). */
export function bitLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length && bytes[i] === 0) i++;
  if (i === bytes.length) return 0;
  return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}

/** Curve names as ARM writes them; some services report P-256K as SECP256K1. */
export function normalizeCurve(curve: string): string {
  return /^secp256k1$/i.test(curve.trim()) ? 'P-256K' : curve;
}
