import { loadHclParser } from '../../../src/sources/terraform/parse.js';

/** Terraform HCL fixtures for the rule suites: an HSM, local RBAC and directory objects. */

export const HSM_TYPE = 'azurerm_key_vault_managed_hardware_security_module';
export const HSM_ID = `${HSM_TYPE}.hsm.id`;

export const LOCAL = {
  administrator: 'a290e904-7015-4bba-90c8-60543313cdb4',
  cryptoOfficer: '515eb02d-2335-4d2d-92f2-b1cbdf9c3778',
  cryptoUser: '21dbd100-6940-42c2-9190-5d6cb909625b',
  cryptoAuditor: '2c18b078-7c48-4d3a-af88-5a3a1b3f82b3',
  serviceEncryptionUser: '33413926-3206-4cdd-b39a-83574fe37a17',
  serviceReleaseUser: '21dbd100-6940-42c2-9190-5d6cb909625c',
} as const;

export const KGS_APP_ID = 'a1b76039-a76c-499f-a2dd-846b4cc32627';

/** The data-plane form of a local role definition id. */
export const localRoleId = (guid: string) =>
  `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

/** An HSM block every other rule accepts; `extra` lines go inside the block. */
export function tfHsm(extra = '', name = 'hsm', admins = '[azuread_group.admins.object_id]'): string {
  return `resource "${HSM_TYPE}" "${name}" {
  name                     = "${name}1"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku_name                 = "Standard_B1"
  tenant_id                = "11111111-1111-1111-1111-111111111111"
  admin_object_ids         = ${admins}
  purge_protection_enabled = true
${extra}}
`;
}

export const ADMINS_GROUP = `resource "azuread_group" "admins" {
  display_name     = "hsm-admins"
  security_enabled = true
}
`;

/** A stable GUID for a fixture name (role assignment names are GUIDs). */
export function guidFor(name: string): string {
  const hex = [...name].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('');
  return `00000000-0000-4000-8000-${hex.padStart(12, '0').slice(-12)}`;
}

/** A local role assignment on `hsm` (or the HSM the `hsm` expression names). */
export function tfLocalAssignment(
  name: string,
  init: { role: string; scope?: string; principal: string; hsm?: string; raw?: boolean },
): string {
  const role = init.raw ? init.role : `"${localRoleId(init.role)}"`;
  const scope = init.scope === undefined ? '' : `  scope              = ${init.scope}\n`;
  return `resource "${HSM_TYPE}_role_assignment" "${name}" {
  name               = "${guidFor(name)}"
  managed_hsm_id     = ${init.hsm ?? HSM_ID}
${scope}  role_definition_id = ${role}
  principal_id       = ${init.principal}
}
`;
}

/** Exactly one line holding `text`, 1-based. */
export function lineOf(source: string, text: string): number {
  const at = source.indexOf(text);
  if (at < 0 || source.indexOf(text, at + 1) >= 0)
    throw new Error(`Expected exactly one occurrence of ${JSON.stringify(text)}.`);
  return source.slice(0, at).split('\n').length;
}

/** Line and column (1-based) where `text` starts; it must occur once. */
export function positionOf(source: string, text: string): { line: number; column: number } {
  const line = lineOf(source, text);
  const start = source.lastIndexOf('\n', source.indexOf(text)) + 1;
  return { line, column: source.indexOf(text) - start + 1 };
}

/** One main.tf from blocks. */
export const tf = (...blocks: string[]) => ({ 'main.tf': blocks.join('\n') });

/** Loads the HCL parser, which the synchronous scan needs before it reads `.tf` files. */
export async function loadTerraform(): Promise<void> {
  await loadHclParser();
}

// ---------------------------------------------------------------- plan JSON

interface PlanResource {
  address: string;
  values: Record<string, unknown>;
  /** Attributes known only after apply. */
  unknown?: string[];
  /** The references each attribute's expression makes in the configuration. */
  references?: Record<string, string[]>;
  mode?: 'managed' | 'data';
}

/** A `terraform show -json` plan of the given root-module resources (data sources in the prior state). */
export function tfPlan(resources: PlanResource[]): string {
  const typeOf = (address: string) => address.replace(/^data\./, '').split('.')[0];
  const nameOf = (address: string) => address.split('.').slice(-1)[0];
  const entry = (r: PlanResource) => ({
    address: r.address,
    mode: r.mode ?? 'managed',
    type: typeOf(r.address),
    name: nameOf(r.address),
    values: r.values,
    sensitive_values: {},
  });
  const managed = resources.filter((r) => r.mode !== 'data');
  const data = resources.filter((r) => r.mode === 'data');
  return JSON.stringify(
    {
      format_version: '1.2',
      terraform_version: '1.9.0',
      planned_values: { root_module: { resources: managed.map(entry) } },
      prior_state: { values: { root_module: { resources: data.map(entry) } } },
      resource_changes: managed.map((r) => ({
        address: r.address,
        mode: 'managed',
        type: typeOf(r.address),
        name: nameOf(r.address),
        change: {
          actions: ['create'],
          after_unknown: Object.fromEntries((r.unknown ?? []).map((a) => [a, true])),
        },
      })),
      configuration: {
        root_module: {
          resources: resources.map((r) => ({
            address: r.address,
            mode: r.mode ?? 'managed',
            type: typeOf(r.address),
            name: nameOf(r.address),
            expressions: Object.fromEntries(
              Object.entries(r.references ?? {}).map(([a, refs]) => [a, { references: refs }]),
            ),
          })),
        },
      },
    },
    null,
    2,
  );
}

/** A planned HSM (`azurerm_key_vault_managed_hardware_security_module.hsm`) with the given admins. */
export function planHsm(admins: string[], adminReferences?: string[]): PlanResource {
  return {
    address: `${HSM_TYPE}.hsm`,
    values: {
      name: 'hsm1',
      location: 'westeurope',
      resource_group_name: 'rg',
      sku_name: 'Standard_B1',
      tenant_id: '11111111-1111-1111-1111-111111111111',
      admin_object_ids: admins,
      purge_protection_enabled: true,
      security_domain_key_vault_certificate_ids: null,
      security_domain_quorum: null,
    },
    unknown: ['id', 'hsm_uri'],
    references: adminReferences ? { admin_object_ids: adminReferences } : {},
  };
}

/** A planned local role assignment on that HSM; the principal's object id is resolved, its reference kept. */
export function planLocalAssignment(
  role: string,
  scope: string,
  principal: string,
  principalReferences: string[],
): PlanResource {
  return {
    address: `${HSM_TYPE}_role_assignment.app`,
    values: { name: guidFor('app'), scope, role_definition_id: localRoleId(role), principal_id: principal },
    unknown: ['managed_hsm_id', 'id'],
    references: {
      managed_hsm_id: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`],
      principal_id: principalReferences,
    },
  };
}

// ---------------------------------------------------------------- more fixtures (HSM-level rules)

/** The key resource type and the reference to the key `k`. */
export const KEY_TYPE = `${HSM_TYPE}_key`;

/** A `variable` block with a type and, when given, a default (written as HCL). */
export function tfVariable(name: string, type: string, defaultValue?: string): string {
  const value = defaultValue === undefined ? '' : `  default = ${defaultValue}\n`;
  return `variable "${name}" {\n  type    = ${type}\n${value}}\n`;
}

/** The HSM of `tfHsm` without the given attribute line (e.g. `purge_protection_enabled`); `extra` is added. */
export function tfHsmWithout(
  attributeName: string,
  extra = '',
  name = 'hsm',
  admins = '[azuread_group.admins.object_id]',
): string {
  const kept = tfHsm('', name, admins)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith(`${attributeName} `));
  // The last two entries are the closing brace and the empty string after the final newline.
  return [...kept.slice(0, -2), `${extra}}`, ''].join('\n');
}

/** An `azapi_resource` HSM whose `body.properties` holds the given HCL lines (indented by six). */
export function azapiHsm(properties = '', name = 'hsm'): string {
  return `resource "azapi_resource" "${name}" {
  type      = "Microsoft.KeyVault/managedHSMs@2025-05-01"
  name      = "${name}1"
  location  = "westeurope"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  body = {
    sku = { family = "B", name = "Standard_B1" }
    properties = {
      tenantId              = "11111111-1111-1111-1111-111111111111"
      initialAdminObjectIds = ["22222222-2222-2222-2222-222222222222"]
${properties}    }
  }
}
`;
}

/** A root `main.tf` calling the local module `./modules/hsm` with the given input lines, and the module. */
export function tfModule(inputs: string, moduleMain: string): Record<string, string> {
  return {
    'main.tf': `module "hsm" {\n  source = "./modules/hsm"\n${inputs}}\n`,
    'modules/hsm/main.tf': moduleMain,
  };
}

/** A Log Analytics workspace `law` (`law1`) with the given attribute lines. */
export function tfWorkspace(extra = '', name = 'law'): string {
  return `resource "azurerm_log_analytics_workspace" "${name}" {
  name                = "${name}1"
  resource_group_name = "rg"
  location            = "westeurope"
${extra}}
`;
}

/** A diagnostic setting `diag` on the HSM `hsm`: its destination and log blocks as HCL lines. */
export function tfDiagnostic(
  lines = '  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n',
  name = 'diag',
  target = HSM_ID,
): string {
  return `resource "azurerm_monitor_diagnostic_setting" "${name}" {
  name               = "hsm-audit"
  target_resource_id = ${target}
${lines}}
`;
}

// ---------------------------------------------------------------- keys

/** A key `k` (`app-key`) of the HSM `hsm` that every key rule accepts, with `attributes` overriding lines. */
export const TF_KEY_ATTRIBUTES: Record<string, string> = {
  key_type: '"RSA-HSM"',
  key_size: '3072',
  key_opts: '["wrapKey", "unwrapKey"]',
  expiration_date: '"2027-01-01T00:00:00Z"',
};

/**
 * A key resource: `attributes` override (or, when undefined, drop) the compliant ones; `extra` lines go
 * at the end (e.g. `for_each`). Attributes are aligned as `terraform fmt` aligns them.
 */
export function tfKey(
  attributes: Record<string, string | undefined> = {},
  options: { name?: string; keyName?: string; hsm?: string; first?: string } = {},
): string {
  const merged: Record<string, string | undefined> = {
    name: `"${options.keyName ?? 'app-key'}"`,
    managed_hsm_id: options.hsm ?? HSM_ID,
    ...TF_KEY_ATTRIBUTES,
    ...attributes,
  };
  const entries = Object.entries(merged).filter((e): e is [string, string] => e[1] !== undefined);
  const width = Math.max(...entries.map(([k]) => k.length));
  const lines = entries.map(([k, v]) => `  ${k.padEnd(width)} = ${v}\n`).join('');
  const first = options.first === undefined ? '' : `${options.first}\n`;
  return `resource "${KEY_TYPE}" "${options.name ?? 'k'}" {\n${first}${lines}}\n`;
}

/** A rotation policy for the key the reference names (by default `k`'s versionless id). */
export function tfRotationPolicy(
  keyId = `${KEY_TYPE}.k.versionless_id`,
  trigger = 'time_after_creation = "P90D"',
  name = 'k',
  first = '',
): string {
  return `resource "${KEY_TYPE}_rotation_policy" "${name}" {
${first}  managed_hsm_key_id = ${keyId}
  expire_after       = "P1Y"
  ${trigger}
}
`;
}

/** The compliant HSM (and its admins group) with the given blocks. */
export const tfWithHsm = (...blocks: string[]) => tf(ADMINS_GROUP, tfHsm(), ...blocks);

// ---------------------------------------------------------------- more plan resources

type PlannedResource = ReturnType<typeof planHsm>;

/** The planned HSM of `planHsm` with values replaced or added. */
export function planHsmWith(values: Record<string, unknown>): PlannedResource {
  const base = planHsm(['22222222-2222-2222-2222-222222222222']);
  return { ...base, values: { ...base.values, ...values } };
}

/** A planned key `k` on the planned HSM; its id attributes are unknown before apply. */
export function planKey(values: Record<string, unknown>): PlannedResource {
  return {
    address: `${KEY_TYPE}.k`,
    values: {
      name: 'app-key',
      key_type: 'RSA-HSM',
      key_size: 3072,
      curve: null,
      key_opts: ['wrapKey', 'unwrapKey'],
      expiration_date: '2027-01-01T00:00:00Z',
      not_before_date: null,
      ...values,
    },
    unknown: ['id', 'managed_hsm_id', 'versionless_id', 'resource_id', 'resource_versionless_id'],
    references: { managed_hsm_id: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`] },
  };
}

/** Where a planned resource's object opens in `planned_values` (findings on the resource point there). */
export function plannedAt(plan: string, address: string): { line: number; column: number } {
  const at = plan.indexOf(`"address": "${address}"`);
  if (at < 0) throw new Error(`No planned resource ${address}.`);
  const open = plan.lastIndexOf('{', at);
  const before = plan.slice(0, open).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** An `azapi_resource` key `app-key` of the azapi HSM `hsm`; `properties` are HCL lines (indented by six). */
export function azapiKey(properties: string): string {
  return `resource "azapi_resource" "k" {
  type      = "Microsoft.KeyVault/managedHSMs/keys@2025-05-01"
  name      = "app-key"
  parent_id = azapi_resource.hsm.id
  body = {
    properties = {
${properties}    }
  }
}
`;
}
