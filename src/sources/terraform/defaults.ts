import type { DefaultLookup, DefaultRule, Resource } from '../../model/resource.js';
import { armDefaultsFor } from '../arm/defaults.js';

type DefaultTable = Record<string, (resource: Resource) => DefaultRule | undefined>;

/**
 * What the azurerm provider sends for attributes a configuration omits (shared/research/rule-semantics.md
 * §2.4). These differ from the ARM defaults: the provider sends `enablePurgeProtection: false` when
 * `purge_protection_enabled` is unset, whatever Resource Manager would default to. Paths are canonical and
 * lower-case.
 */
const MANAGED_HSM: DefaultTable = {
  'properties.enablepurgeprotection': () => ({
    value: false,
    why: 'omitted; the azurerm provider sends false',
  }),
  'properties.softdeleteretentionindays': () => ({
    value: 90,
    why: 'omitted; the azurerm provider defaults soft_delete_retention_days to 90',
  }),
  'properties.enablesoftdelete': () => ({
    value: true,
    why: 'the azurerm provider always sends enableSoftDelete true',
  }),
  'properties.createmode': () => ({
    value: 'default',
    why: 'the azurerm provider always creates with createMode default',
  }),
  'properties.publicnetworkaccess': () => ({
    value: 'Enabled',
    why: 'omitted; the azurerm provider defaults public_network_access_enabled to true',
  }),
  'properties.networkacls.defaultaction': (r) => networkAclsDefault(r, 'Allow'),
  'properties.networkacls.bypass': (r) => networkAclsDefault(r, 'AzureServices'),
};

/** `network_acls` is Optional+Computed: without the block the provider flattens the rule set to these. */
function networkAclsDefault(resource: Resource, value: string): DefaultRule | undefined {
  if (resource.get('properties.networkAcls').kind !== 'absent') return undefined;
  return { value, why: 'network_acls omitted; the provider flattens it to Allow/AzureServices' };
}

const LOG_ANALYTICS_WORKSPACE: DefaultTable = {
  'properties.retentionindays': () => ({
    value: 30,
    why: 'omitted; the azurerm provider defaults retention_in_days to 30',
  }),
};

const METRIC_ALERT: DefaultTable = {
  'properties.enabled': () => ({
    value: true,
    why: 'omitted; the azurerm provider defaults enabled to true',
  }),
  'properties.severity': () => ({ value: 3, why: 'omitted; the azurerm provider defaults severity to 3' }),
};

/** The legacy `log` and `metric` blocks (azurerm < 4.0) default `enabled` to true. */
const LEGACY_ENABLED = /^properties\.(logs|metrics)\[\d+\]\.enabled$/;

function diagnosticSettingDefault(path: string): DefaultRule | undefined {
  if (!LEGACY_ENABLED.test(path)) return undefined;
  return { value: true, why: 'omitted; the azurerm provider defaults enabled to true in a log block' };
}

const TABLES: Record<string, DefaultTable> = {
  azurerm_key_vault_managed_hardware_security_module: MANAGED_HSM,
  azurerm_log_analytics_workspace: LOG_ANALYTICS_WORKSPACE,
  azurerm_monitor_metric_alert: METRIC_ALERT,
};

/** The provider defaults of an azurerm resource type, or undefined when it has none the rules read. */
export function terraformDefaultsFor(tfType: string): DefaultLookup | undefined {
  if (tfType === 'azurerm_monitor_diagnostic_setting') return (path) => diagnosticSettingDefault(path);
  const table = Object.hasOwn(TABLES, tfType) ? TABLES[tfType] : undefined;
  if (!table) return undefined;
  return (path, resource) => (Object.hasOwn(table, path) ? table[path](resource) : undefined);
}

/** `azapi_resource` sends its `body` to Resource Manager as written: the ARM defaults apply. */
export function azapiDefaultsFor(canonicalType: string): DefaultLookup | undefined {
  return armDefaultsFor(canonicalType);
}

/**
 * Role names `azurerm_role_assignment.role_definition_name` accepts that matter here, lower-case, with
 * their role definition GUIDs. The provider resolves the name to an id when it applies; the local
 * Managed HSM roles are listed too because writing one there is the plane-separation mistake
 * (rule-semantics §2.6), which the rules must see as the role it names.
 */
export const ROLE_GUIDS_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries({
    owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    'managed hsm contributor': '18500a29-7fe2-46b2-a342-b16a415e101d',
    'user access administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    // Managed HSM local RBAC roles (data plane), as rules/util/roles.ts LOCAL_ROLES names them.
    'managed hsm administrator': 'a290e904-7015-4bba-90c8-60543313cdb4',
    'managed hsm crypto officer': '515eb02d-2335-4d2d-92f2-b1cbdf9c3778',
    'managed hsm crypto user': '21dbd100-6940-42c2-9190-5d6cb909625b',
    'managed hsm policy administrator': '4bd23610-cdcf-4971-bdee-bdc562cc28e4',
    'managed hsm crypto auditor': '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
    'managed hsm crypto service encryption user': '33413926-3206-4cdd-b39a-83574fe37a17',
    'managed hsm crypto service release user': '21dbd100-6940-42c2-9190-5d6cb909625c',
    'managed hsm backup': '7b127d3c-77bd-4e3e-bbe0-dbb8971fa7f8',
    'managed hsm restore': '6efe6056-5259-49d2-8b3d-d3d73544b20b',
  }),
);

/** The role definition id Resource Manager uses for a built-in role, as the provider resolves it. */
export function roleDefinitionIdOf(guid: string): string {
  return `/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}
