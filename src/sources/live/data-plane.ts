import type { ManagedHsm } from '@azure/arm-keyvault';
import type { TokenCredential } from '@azure/identity';
import { KeyClient } from '@azure/keyvault-keys';
import type { ResolvedCloud } from './clouds.js';
import type { PlaneCredential } from './credentials.js';
import { describeFailure, restClient, type ClientOptions, type RestClient } from './http.js';
import {
  notRead,
  read,
  type DataPlaneRead,
  type KeyRead,
  type Outcome,
  type RoleAssignmentWire,
  type RoleDefinitionWire,
} from './reads.js';

/** Managed HSM local RBAC and settings (the REST API `KeyVaultAccessControlClient` and `KeyVaultSettingsClient` call). */
export const DATA_PLANE_API_VERSION = '7.5';
export const ARM_SETTING = 'AllowKeyManagementOperationsThroughARM';

export interface DataPlaneReader {
  read(hsm: ManagedHsm): Promise<DataPlaneRead>;
}

/** Reads keys, local RBAC and the ARM setting of HSMs, or says for each why it could not. */
export function dataPlaneReader(
  plane: PlaneCredential,
  cloud: ResolvedCloud,
  options: ClientOptions,
): DataPlaneReader {
  if ('missing' in plane) {
    const reason = `data plane not read: ${plane.missing}`;
    return { read: async () => everything(reason) };
  }
  const rest = restClient(plane.credential, cloud.scopes.hsm, options);
  return { read: (hsm) => readOne(hsm, plane.credential, rest, cloud, options) };
}

function everything(reason: string): DataPlaneRead {
  return {
    allowKeyManagementThroughArm: notRead(reason),
    keys: notRead(reason),
    roleAssignments: notRead(reason),
    roleDefinitions: notRead(reason),
  };
}

/**
 * Why a data-plane request failed, as the reason of what it leaves unknown. A 403 (the HSM firewall, or no
 * local role) and an HSM this runner cannot connect to (a private endpoint elsewhere) both mean the runner
 * cannot see the data plane; never a pass.
 */
export function dataPlaneReason(error: unknown): string {
  const failure = describeFailure(error);
  if (failure.kind === 'network' || failure.kind === 'timeout' || failure.status === 403)
    return `data plane not reachable from this runner (${failure.detail})`;
  if (failure.status === 401) return `data plane refused the token (${failure.detail})`;
  return `data plane request failed (${failure.detail})`;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/** The data-plane base URL, without a trailing slash: `hsmUri` as ARM reports it, else from the DNS suffix. */
export function dataPlaneUrl(hsm: ManagedHsm, cloud: ResolvedCloud): string {
  const uri = hsm.properties?.hsmUri ?? `https://${(hsm.name ?? '').toLowerCase()}.${cloud.hsmDnsSuffix}/`;
  return uri.replace(/\/+$/, '');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readOne(
  hsm: ManagedHsm,
  credential: TokenCredential,
  rest: RestClient,
  cloud: ResolvedCloud,
  options: ClientOptions,
): Promise<DataPlaneRead> {
  const base = dataPlaneUrl(hsm, cloud);
  // The data-plane token goes only to hosts of the cloud's Managed HSM domain.
  const host = hostOf(base);
  if (!host.endsWith(`.${cloud.hsmDnsSuffix.toLowerCase()}`))
    return everything(
      `data plane not read: its address ${host || base} is not under ${cloud.hsmDnsSuffix} (set endpoints.hsmDnsSuffix for another cloud)`,
    );
  // One request first: when the HSM cannot be reached at all, the other reads are not attempted.
  const setting = await readSetting(rest, base);
  if (!setting.ok && setting.unreachable) return everything(setting.reason);
  const keyClient = new KeyClient(`${base}/`, credential, options);
  // RBAC at scope "/" lists every assignment of the HSM; the SDKs write that scope as "//providers".
  const rbac = (kind: 'roleAssignments' | 'roleDefinitions') =>
    rest
      .list(`${base}//providers/Microsoft.Authorization/${kind}?api-version=${DATA_PLANE_API_VERSION}`)
      .then(
        (items) => read(items),
        (error) => notRead<never>(dataPlaneReason(error)),
      );
  const [keys, roleAssignments, roleDefinitions] = await Promise.all([
    readKeys(keyClient),
    rbac('roleAssignments') as Promise<Outcome<RoleAssignmentWire[]>>,
    rbac('roleDefinitions') as Promise<Outcome<RoleDefinitionWire[]>>,
  ]);
  return {
    allowKeyManagementThroughArm: setting.ok ? read(setting.value) : notRead(setting.reason),
    keys,
    roleAssignments,
    roleDefinitions,
  };
}

type SettingRead = { ok: true; value: boolean } | { ok: false; reason: string; unreachable: boolean };

async function readSetting(rest: RestClient, base: string): Promise<SettingRead> {
  try {
    const body = (await rest.get(`${base}/settings/${ARM_SETTING}?api-version=${DATA_PLANE_API_VERSION}`)) as
      { value?: unknown } | undefined;
    const value = body?.value;
    if (value === true || value === false) return { ok: true, value };
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
      return { ok: true, value: value.trim().toLowerCase() === 'true' };
    return {
      ok: false,
      reason: `the data plane returned an unexpected value for ${ARM_SETTING}`,
      unreachable: false,
    };
  } catch (error) {
    // Even a 404 stays unknown: it may as well mean that this is not the HSM's data plane.
    const kind = describeFailure(error).kind;
    return {
      ok: false,
      reason: dataPlaneReason(error),
      unreachable: kind === 'network' || kind === 'timeout',
    };
  }
}

async function readKeys(client: KeyClient): Promise<Outcome<KeyRead[]>> {
  let listed;
  try {
    listed = await collect(client.listPropertiesOfKeys());
  } catch (error) {
    return notRead(dataPlaneReason(error));
  }
  const keys = await Promise.all(
    listed.map(async (properties): Promise<KeyRead> => {
      const [key, rotationPolicy] = await Promise.all([
        client.getKey(properties.name).then(read, (error) => notRead<never>(dataPlaneReason(error))),
        client.getKeyRotationPolicy(properties.name).then(
          (policy) => read(policy),
          // No policy for this key.
          (error) => (statusOf(error) === 404 ? read(undefined) : notRead<never>(dataPlaneReason(error))),
        ),
      ]);
      return { name: properties.name, listed: properties, key, rotationPolicy };
    }),
  );
  return read(keys);
}
