import { KeyVaultManagementClient, type ManagedHsm } from '@azure/arm-keyvault';
import { MonitorClient } from '@azure/arm-monitor';
import type { TokenCredential } from '@azure/identity';
import type { ResolvedCloud } from './clouds.js';
import { describeFailure, type ClientOptions, type RestClient } from './http.js';
import { notRead, read, type HsmRead } from './reads.js';

/** Pinned, so that the mapped resources say which schema their properties follow. */
export const KEYVAULT_API_VERSION = '2026-02-01';
export const SUBSCRIPTIONS_API_VERSION = '2022-12-01';

export interface SubscriptionClients {
  keyvault: KeyVaultManagementClient;
  monitor: MonitorClient;
}

export function subscriptionClients(
  credential: TokenCredential,
  subscriptionId: string,
  cloud: ResolvedCloud,
  options: ClientOptions,
): SubscriptionClients {
  const common = { ...options, endpoint: cloud.arm, credentials: { scopes: [cloud.scopes.arm] } };
  return {
    keyvault: new KeyVaultManagementClient(credential, subscriptionId, {
      ...common,
      apiVersion: KEYVAULT_API_VERSION,
    }),
    monitor: new MonitorClient(credential, subscriptionId, common),
  };
}

/** Every subscription the identity can list (`GET /subscriptions`) that is not disabled or deleted. */
export async function listSubscriptions(arm: RestClient, cloud: ResolvedCloud): Promise<string[]> {
  const items = await arm.list(`${cloud.arm}/subscriptions?api-version=${SUBSCRIPTIONS_API_VERSION}`);
  const ids: string[] = [];
  for (const item of items) {
    const { subscriptionId, state } = (item ?? {}) as { subscriptionId?: unknown; state?: unknown };
    if (typeof subscriptionId !== 'string') continue;
    if (typeof state === 'string' && /^(disabled|deleted)$/i.test(state)) continue;
    ids.push(subscriptionId);
  }
  return ids;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export interface HsmListing {
  hsms: ManagedHsm[];
  /** Resource groups that could not be listed (the subscription's other groups still are). */
  failures: Array<{ resourceGroup: string; error: unknown }>;
}

/**
 * The Managed HSMs of a subscription, or of the given resource groups in it, filtered by name (both
 * case-insensitive). Throws when the subscription listing itself fails.
 */
export async function listHsms(
  client: KeyVaultManagementClient,
  resourceGroups: readonly string[] | undefined,
  names: readonly string[] | undefined,
): Promise<HsmListing> {
  const wanted = names?.length ? new Set(names.map((n) => n.toLowerCase())) : undefined;
  const keep = (hsm: ManagedHsm) => !wanted || wanted.has((hsm.name ?? '').toLowerCase());
  if (!resourceGroups?.length) {
    const hsms = await collect(client.managedHsms.listBySubscription());
    return { hsms: hsms.filter(keep), failures: [] };
  }
  const groups = resourceGroups.filter(
    (g, i) => resourceGroups.findIndex((other) => other.toLowerCase() === g.toLowerCase()) === i,
  );
  const failures: HsmListing['failures'] = [];
  const lists = await Promise.all(
    groups.map(async (resourceGroup) => {
      try {
        return await collect(client.managedHsms.listByResourceGroup(resourceGroup));
      } catch (error) {
        failures.push({ resourceGroup, error });
        return [];
      }
    }),
  );
  return { hsms: lists.flat().filter(keep), failures };
}

/** The regions (when the HSM's properties lack them) and the diagnostic settings of one HSM. */
export async function readHsmControlPlane(
  clients: SubscriptionClients,
  subscriptionId: string,
  hsm: ManagedHsm,
): Promise<HsmRead> {
  const id = hsm.id ?? '';
  const resourceGroup = id.split('/')[4] ?? '';
  const name = hsm.name ?? '';
  const regions =
    hsm.properties?.regions === undefined
      ? collect(clients.keyvault.mhsmRegions.listByResource(resourceGroup, name)).then(read, (error) =>
          notRead<never>(describeFailure(error).detail),
        )
      : undefined;
  // The resource URI goes into `/{+resourceUri}/providers/...`: without its leading slash.
  const diagnosticSettings = collect(clients.monitor.diagnosticSettings.list(id.replace(/^\/+/, ''))).then(
    read,
    (error) => notRead<never>(describeFailure(error).detail),
  );
  const result: HsmRead = { subscriptionId, hsm, diagnosticSettings: await diagnosticSettings };
  if (regions) result.regions = await regions;
  return result;
}
