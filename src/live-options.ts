import type { ExternalSource } from './scan.js';
/**
 * The live-scan options both entries accept (CLI flags and Action inputs use the same names), parsed
 * from text. The live source itself is loaded only when a live scan is asked for.
 */
export interface LiveSettings {
  auth: 'oidc' | 'azure-cli' | 'default' | 'token';
  subscriptions: string[];
  resourceGroups: string[];
  hsmNames: string[];
  cloud: 'AzureCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';
  endpoints: { arm?: string; hsmDnsSuffix?: string; graph?: string; authorityHost?: string };
  dataPlane: boolean;
  concurrency?: number;
  clientId?: string;
  tenantId?: string;
}

export class LiveSettingsError extends Error {
  override name = 'LiveSettingsError';
}

const AUTH = ['oidc', 'azure-cli', 'default', 'token'] as const;
const CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;

/** Splits `a,b c` lists as written in flags and inputs. */
export function listOf(text: string | string[] | undefined): string[] {
  const parts = Array.isArray(text) ? text : [text ?? ''];
  return parts.flatMap((p) => p.split(/[\s,]+/)).filter(Boolean);
}

/** Reads settings by name (`auth`, `subscriptions`, `arm-endpoint`, …); `label` names the option in errors. */
export function parseLiveSettings(
  read: (name: string) => string | undefined,
  label: (name: string) => string,
): LiveSettings {
  const auth = (read('auth') || 'default') as LiveSettings['auth'];
  if (!AUTH.includes(auth))
    throw new LiveSettingsError(`${label('auth')} must be one of ${AUTH.join(', ')} (got '${auth}').`);
  const cloud = (read('cloud') || 'AzureCloud') as LiveSettings['cloud'];
  if (!CLOUDS.includes(cloud))
    throw new LiveSettingsError(`${label('cloud')} must be one of ${CLOUDS.join(', ')} (got '${cloud}').`);
  const concurrencyText = read('concurrency');
  let concurrency: number | undefined;
  if (concurrencyText) {
    if (!/^\d+$/.test(concurrencyText) || Number(concurrencyText) < 1 || Number(concurrencyText) > 64) {
      throw new LiveSettingsError(
        `${label('concurrency')} must be a whole number from 1 to 64 (got '${concurrencyText}').`,
      );
    }
    concurrency = Number(concurrencyText);
  }
  const flag = (name: string) => {
    const v = (read(name) ?? '').toLowerCase();
    if (v === '' || v === 'false') return false;
    if (v === 'true') return true;
    throw new LiveSettingsError(`${label(name)} must be true or false (got '${v}').`);
  };
  const endpoints: LiveSettings['endpoints'] = {};
  if (read('arm-endpoint')) endpoints.arm = read('arm-endpoint');
  if (read('hsm-dns-suffix')) endpoints.hsmDnsSuffix = read('hsm-dns-suffix');
  if (read('graph-endpoint')) endpoints.graph = read('graph-endpoint');
  if (read('authority-host')) endpoints.authorityHost = read('authority-host');
  return {
    auth,
    subscriptions: listOf(read('subscriptions')),
    resourceGroups: listOf(read('resource-groups')),
    hsmNames: listOf(read('hsm-names')),
    cloud,
    endpoints,
    dataPlane: flag('data-plane'),
    concurrency,
    clientId: read('client-id') || undefined,
    tenantId: read('tenant-id') || undefined,
  };
}

/** The names of the live options, for flags and inputs. */
export const LIVE_OPTION_NAMES = [
  'auth',
  'subscriptions',
  'resource-groups',
  'hsm-names',
  'cloud',
  'arm-endpoint',
  'hsm-dns-suffix',
  'graph-endpoint',
  'authority-host',
  'data-plane',
  'concurrency',
  'client-id',
  'tenant-id',
] as const;

/** Reads the deployed HSMs (loading the Azure SDK only now) as a source for the scan. */
export async function readLive(
  settings: LiveSettings,
  context: { getIdToken?: (audience: string) => Promise<string>; log?: (message: string) => void },
): Promise<ExternalSource & { stats: { subscriptions: number; hsms: number; requests: number } }> {
  const { readLiveState } = await import('./sources/live/index.js');
  const result = await readLiveState({
    auth: settings.auth,
    subscriptions: settings.subscriptions.length ? settings.subscriptions : undefined,
    resourceGroups: settings.resourceGroups.length ? settings.resourceGroups : undefined,
    hsmNames: settings.hsmNames.length ? settings.hsmNames : undefined,
    cloud: settings.cloud,
    endpoints: settings.endpoints,
    dataPlane: settings.dataPlane,
    concurrency: settings.concurrency,
    clientId: settings.clientId,
    tenantId: settings.tenantId,
    getIdToken: context.getIdToken,
    log: context.log,
  });
  return {
    surface: 'live',
    resources: result.resources,
    problems: result.problems,
    unresolved: result.unresolved,
    stats: result.stats,
  };
}
