/**
 * A generated workspace for the sharding tests: ARM deployments (parameters files, linked templates
 * shared by several callers, a private endpoint in its own file beside the HSM, a template with
 * comments and a suppression), Bicep deployments (a module shared by several services, local modules,
 * `.bicepparam` files) and Terraform root modules (each calling one of two local modules, with
 * tfvars), plus a broken template and a JSON file that is not a template. Deterministic for a seed.
 */

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMETERS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

function lcg(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    chance: (p: number) => next() < p,
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

function armHsm(name: string, props: { purge: boolean; access: string; deny: boolean }) {
  return {
    type: 'Microsoft.KeyVault/managedHSMs',
    apiVersion: '2025-05-01',
    name,
    location: 'westeurope',
    sku: { family: 'B', name: 'Standard_B1' },
    properties: {
      tenantId: '11111111-1111-1111-1111-111111111111',
      initialAdminObjectIds: ['22222222-2222-2222-2222-222222222222'],
      enablePurgeProtection: props.purge,
      softDeleteRetentionInDays: 90,
      publicNetworkAccess: props.access,
      networkAcls: { bypass: 'AzureServices', defaultAction: props.deny ? 'Deny' : 'Allow' },
    },
  };
}

const template = (resources: unknown[], parameters: Record<string, unknown> = {}) =>
  JSON.stringify({ $schema: SCHEMA, contentVersion: '1.0.0.0', parameters, resources }, null, 2);

export function generateTree(seed = 7, size = { arm: 10, bicep: 6, terraform: 4 }): Record<string, string> {
  const rng = lcg(seed);
  const files: Record<string, string> = {};

  // ARM: a linked template that several callers in different folders deploy.
  files['arm/shared/linked-hsm.json'] = template(
    [
      {
        ...armHsm("[parameters('hsmName')]", { purge: false, access: 'Enabled', deny: false }),
        properties: {
          ...armHsm('x', { purge: false, access: 'Enabled', deny: false }).properties,
          enablePurgeProtection: "[parameters('purge')]",
        },
      },
    ],
    { hsmName: { type: 'string' }, purge: { type: 'bool', defaultValue: false } },
  );
  for (let i = 0; i < size.arm; i++) {
    const dir = `arm/team-${i % 3}/app-${i}`;
    const props = {
      purge: rng.chance(0.5),
      access: rng.pick(['Enabled', 'Disabled']),
      deny: rng.chance(0.5),
    };
    const viaParameter = rng.chance(0.4);
    const resources: unknown[] = [armHsm(viaParameter ? "[parameters('hsmName')]" : `arm-hsm-${i}`, props)];
    if (i % 4 === 1) {
      resources.push({
        type: 'Microsoft.Resources/deployments',
        apiVersion: '2022-09-01',
        name: `linked-${i}`,
        properties: {
          mode: 'Incremental',
          templateLink: { relativePath: '../../shared/linked-hsm.json' },
          parameters: { hsmName: { value: `linked-hsm-${i}` } },
        },
      });
    }
    files[`${dir}/main.json`] = template(resources, {
      hsmName: { type: 'string', defaultValue: `arm-hsm-${i}` },
    });
    if (viaParameter && rng.chance(0.6)) {
      files[`${dir}/main.parameters.json`] = JSON.stringify({
        $schema: PARAMETERS_SCHEMA,
        contentVersion: '1.0.0.0',
        parameters: { hsmName: { value: `arm-hsm-${i}-p` } },
      });
    }
    if (i % 3 === 0) {
      // A private endpoint in its own file, naming the HSM of the folder.
      const hsmName =
        viaParameter && files[`${dir}/main.parameters.json`] ? `arm-hsm-${i}-p` : `arm-hsm-${i}`;
      files[`${dir}/network.json`] = template([
        {
          type: 'Microsoft.Network/privateEndpoints',
          apiVersion: '2023-11-01',
          name: `pe-${i}`,
          location: 'westeurope',
          properties: {
            subnet: {
              id: '/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s',
            },
            privateLinkServiceConnections: [
              {
                name: 'hsm',
                properties: {
                  privateLinkServiceId: `[resourceId('Microsoft.KeyVault/managedHSMs', '${hsmName}')]`,
                  groupIds: ['managedhsm'],
                },
              },
            ],
          },
        },
      ]);
    }
  }
  files['arm/commented/main.jsonc'] = [
    '{',
    `  "$schema": "${SCHEMA}",`,
    '  "contentVersion": "1.0.0.0",',
    '  "resources": [',
    '    {',
    '      "type": "Microsoft.KeyVault/managedHSMs",',
    '      "apiVersion": "2025-05-01",',
    '      "name": "commented-hsm",',
    '      "location": "westeurope",',
    '      "sku": { "family": "B", "name": "Standard_B1" },',
    '      "properties": {',
    '        "tenantId": "11111111-1111-1111-1111-111111111111",',
    '        "initialAdminObjectIds": ["22222222-2222-2222-2222-222222222222"],',
    '        // hsmlint-disable-next-line purge-protection -- lab HSM, recreated nightly',
    '        "enablePurgeProtection": false,',
    '        // hsmlint-disable-next-line soft-delete-retention -- nothing to suppress here',
    '        "softDeleteRetentionInDays": 90,',
    '        "publicNetworkAccess": "Enabled"',
    '      }',
    '    }',
    '  ]',
    '}',
  ].join('\n');
  files['arm/broken/main.json'] =
    `{\n  "$schema": "${SCHEMA}",\n  "resources": [ { "type": "Microsoft.KeyVault/managedHSMs", `;
  files['tools/package.json'] = JSON.stringify({ name: 'tools', version: '1.0.0' });

  // Bicep: a module shared by some services, local modules for others, .bicepparam files.
  files['bicep/modules/hsm.bicep'] = [
    'param hsmName string',
    'param purge bool = false',
    "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
    '  name: hsmName',
    "  location: 'westeurope'",
    "  sku: { family: 'B', name: 'Standard_B1' }",
    '  properties: {',
    "    tenantId: '11111111-1111-1111-1111-111111111111'",
    "    initialAdminObjectIds: ['22222222-2222-2222-2222-222222222222']",
    '    enablePurgeProtection: purge',
    '    softDeleteRetentionInDays: 7',
    "    publicNetworkAccess: 'Enabled'",
    '  }',
    '}',
    '',
  ].join('\n');
  for (let i = 0; i < size.bicep; i++) {
    const dir = `bicep/svc-${i}`;
    const shared = i % 2 === 0;
    const modulePath = shared ? '../modules/hsm.bicep' : './modules/local.bicep';
    if (!shared) {
      files[`${dir}/modules/local.bicep`] = files['bicep/modules/hsm.bicep'].replace(
        "publicNetworkAccess: 'Enabled'",
        `publicNetworkAccess: '${rng.pick(['Enabled', 'Disabled'])}'`,
      );
    }
    files[`${dir}/main.bicep`] = [
      'param hsmName string',
      `param purge bool = ${rng.chance(0.5)}`,
      '',
      `module pool '${modulePath}' = {`,
      "  name: 'pool'",
      '  params: {',
      '    hsmName: hsmName',
      '    purge: purge',
      '  }',
      '}',
      '',
    ].join('\n');
    if (rng.chance(0.7))
      files[`${dir}/main.bicepparam`] = `using './main.bicep'\n\nparam hsmName = 'bicep-hsm-${i}'\n`;
  }

  // Terraform: root modules calling one of two local modules, with tfvars.
  const tfModule = (publicAccess: string) =>
    [
      'variable "name" {',
      '  type = string',
      '}',
      '',
      'variable "public_access" {',
      '  type    = bool',
      `  default = ${publicAccess}`,
      '}',
      '',
      'resource "azurerm_key_vault_managed_hardware_security_module" "this" {',
      '  name                          = var.name',
      '  resource_group_name           = "rg"',
      '  location                      = "westeurope"',
      '  sku_name                      = "Standard_B1"',
      '  tenant_id                     = "11111111-1111-1111-1111-111111111111"',
      '  admin_object_ids              = ["22222222-2222-2222-2222-222222222222"]',
      '  public_network_access_enabled = var.public_access',
      '  purge_protection_enabled      = false',
      '  soft_delete_retention_days    = 7',
      '}',
      '',
    ].join('\n');
  files['terraform/modules/hsm-open/main.tf'] = tfModule('true');
  files['terraform/modules/hsm-closed/main.tf'] = tfModule('false');
  for (let i = 0; i < size.terraform; i++) {
    const dir = `terraform/envs/env-${i}`;
    files[`${dir}/main.tf`] = [
      'variable "environment" {',
      '  type    = string',
      '  default = "dev"',
      '}',
      '',
      'module "hsm" {',
      `  source = "../../modules/${i % 2 === 0 ? 'hsm-open' : 'hsm-closed'}"`,
      `  name   = "tf-hsm-${i}-\${var.environment}"`,
      '}',
      '',
    ].join('\n');
    if (rng.chance(0.5)) files[`${dir}/terraform.tfvars`] = `environment = "prod${i}"\n`;
  }
  return files;
}
