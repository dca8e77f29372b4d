import type { DefaultLookup, DefaultRule, Resource } from '../../model/resource.js';

/** Compares ARM api versions (`2023-07-01`, `2021-06-01-preview`) by their date. */
export function apiVersionAtLeast(apiVersion: string | undefined, minimum: string): boolean {
  if (!apiVersion) return true; // unknown versions are read with the newest semantics
  const date = /^\d{4}-\d{2}-\d{2}/.exec(apiVersion)?.[0];
  return date === undefined ? true : date >= minimum;
}

type DefaultTable = Record<string, (resource: Resource) => DefaultRule | undefined>;

/**
 * Platform defaults of Managed HSM resources in ARM (and so in Bicep), from the REST specifications
 * (shared/research/rule-semantics.md §2.1, §2.2). Paths are lower-case.
 */
const MANAGED_HSM: DefaultTable = {
  'properties.enablepurgeprotection': () => ({
    value: true,
    why: 'omitted; Resource Manager defaults enablePurgeProtection to true',
  }),
  'properties.enablesoftdelete': () => ({
    value: true,
    why: 'omitted; soft delete is always on for Managed HSM',
  }),
  'properties.softdeleteretentionindays': () => ({
    value: 90,
    why: 'omitted; Resource Manager defaults softDeleteRetentionInDays to 90',
  }),
  'properties.publicnetworkaccess': (r) =>
    apiVersionAtLeast(r.apiVersion, '2023-07-01')
      ? { value: 'Enabled', why: 'omitted; Resource Manager defaults publicNetworkAccess to Enabled' }
      : undefined,
  'properties.networkacls.defaultaction': (r) => ({
    value: 'Allow',
    why:
      r.get('properties.networkAcls').kind === 'absent'
        ? 'networkAcls omitted; the HSM then accepts traffic from all networks'
        : 'defaultAction omitted; the HSM then accepts traffic from all networks',
  }),
  'properties.networkacls.bypass': () => ({
    value: 'AzureServices',
    why: 'omitted; Resource Manager defaults bypass to AzureServices',
  }),
};

const MANAGED_HSM_KEY: DefaultTable = {
  'properties.keysize': (r) => {
    const kty = r.get('properties.kty');
    if (kty.kind === 'known' && typeof kty.value === 'string' && /^rsa(-hsm)?$/i.test(kty.value)) {
      return { value: 2048, why: 'omitted; RSA keys default to 2048 bits' };
    }
    return undefined;
  },
  'properties.curvename': (r) => {
    const kty = r.get('properties.kty');
    if (kty.kind === 'known' && typeof kty.value === 'string' && /^ec(-hsm)?$/i.test(kty.value)) {
      return { value: 'P-256', why: 'omitted; EC keys default to curve P-256' };
    }
    return undefined;
  },
};

const LOG_ANALYTICS_WORKSPACE: DefaultTable = {
  'properties.retentionindays': () => ({ value: 30, why: 'omitted; Log Analytics keeps data 30 days by default' }),
};

const TABLES: Record<string, DefaultTable> = {
  'microsoft.operationalinsights/workspaces': LOG_ANALYTICS_WORKSPACE,
  'microsoft.keyvault/managedhsms': MANAGED_HSM,
  'microsoft.keyvault/managedhsms/keys': MANAGED_HSM_KEY,
};

export function armDefaultsFor(type: string): DefaultLookup | undefined {
  const table = TABLES[type.toLowerCase()];
  if (!table) return undefined;
  return (path, resource) => table[path]?.(resource);
}
