/** The Azure clouds a live scan can read, and the endpoints and token scopes of each plane. */
export type CloudName = 'AzureCloud' | 'AzureChinaCloud' | 'AzureUSGovernment';

export const CLOUD_NAMES: readonly CloudName[] = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'];

export interface CloudEndpoints {
  /** Resource Manager, e.g. `https://management.azure.com` (no trailing slash). */
  arm: string;
  /** The DNS suffix of Managed HSM data planes, e.g. `managedhsm.azure.net`. */
  hsmDnsSuffix: string;
  /** Microsoft Graph, e.g. `https://graph.microsoft.com`. */
  graph: string;
  /** Microsoft Entra ID, e.g. `https://login.microsoftonline.com`. */
  authorityHost: string;
}

export const CLOUDS: Readonly<Record<CloudName, CloudEndpoints>> = {
  AzureCloud: {
    arm: 'https://management.azure.com',
    hsmDnsSuffix: 'managedhsm.azure.net',
    graph: 'https://graph.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
  },
  AzureChinaCloud: {
    arm: 'https://management.chinacloudapi.cn',
    hsmDnsSuffix: 'managedhsm.azure.cn',
    graph: 'https://microsoftgraph.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
  AzureUSGovernment: {
    arm: 'https://management.usgovcloudapi.net',
    hsmDnsSuffix: 'managedhsm.usgovcloudapi.net',
    graph: 'https://graph.microsoft.us',
    authorityHost: 'https://login.microsoftonline.us',
  },
};

export interface ResolvedCloud extends CloudEndpoints {
  name: CloudName;
  /** Whether `authorityHost` was overridden (then Entra instance discovery is skipped). */
  customAuthority: boolean;
  scopes: { arm: string; hsm: string; graph: string };
}

/**
 * The endpoints of a cloud with the caller's overrides, and the scope of each plane:
 * `${arm}/.default`, `https://${hsmDnsSuffix}/.default`, `${graph}/.default`. Throws a message naming the
 * option for an unknown cloud or an endpoint that is not an https URL.
 */
export function resolveCloud(
  cloud: CloudName | undefined,
  overrides: Partial<CloudEndpoints> = {},
): ResolvedCloud {
  const name = cloud ?? 'AzureCloud';
  const base = CLOUDS[name];
  if (!base)
    throw new TypeError(`live: cloud must be one of ${CLOUD_NAMES.join(', ')} (got '${String(cloud)}').`);
  const arm = httpsUrl('endpoints.arm', overrides.arm ?? base.arm);
  const graph = httpsUrl('endpoints.graph', overrides.graph ?? base.graph);
  const authorityHost = httpsUrl('endpoints.authorityHost', overrides.authorityHost ?? base.authorityHost);
  const hsmDnsSuffix = (overrides.hsmDnsSuffix ?? base.hsmDnsSuffix).trim().replace(/^\.+|\.+$/g, '');
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(hsmDnsSuffix))
    throw new TypeError(
      `live: endpoints.hsmDnsSuffix must be a DNS suffix such as managedhsm.azure.net (got '${hsmDnsSuffix}').`,
    );
  return {
    name,
    arm,
    graph,
    authorityHost,
    hsmDnsSuffix,
    customAuthority: overrides.authorityHost !== undefined,
    scopes: { arm: `${arm}/.default`, hsm: `https://${hsmDnsSuffix}/.default`, graph: `${graph}/.default` },
  };
}

function httpsUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`live: ${option} must be an https URL (got '${value}').`);
  }
  if (url.protocol !== 'https:')
    throw new TypeError(
      `live: ${option} must be an https URL (got '${value}'); tokens are never sent in clear.`,
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
