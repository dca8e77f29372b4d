import { apiVersionAtLeast } from '../../model/api-version.js';
import type { DefaultLookup, DefaultRule, Resource } from '../../model/resource.js';

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
    if (kty.kind !== 'known' || typeof kty.value !== 'string' || !/^rsa(-hsm)?$/i.test(kty.value))
      return undefined;
    // Key exchange keys for bring-your-own-key (keyOps import) default to 4096 bits instead.
    const keyOps = r.get('properties.keyOps');
    if (keyOps.kind === 'unknown') return undefined;
    const imports =
      keyOps.kind === 'known' &&
      Array.isArray(keyOps.value) &&
      keyOps.value.some((op) => typeof op === 'string' && op.toLowerCase() === 'import');
    return imports
      ? { value: 4096, why: 'omitted; key exchange keys (keyOps import) default to 4096 bits' }
      : { value: 2048, why: 'omitted; RSA keys default to 2048 bits' };
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
  'properties.retentionindays': () => ({
    value: 30,
    why: 'omitted; Log Analytics keeps data 30 days by default',
  }),
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
