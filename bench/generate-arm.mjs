// Writes a deterministic tree of ARM templates for the ARM throughput benchmark:
// node bench/generate-arm.mjs <out-dir> [files=2000] [seed=1]
// About 10% of the templates declare Managed HSMs (some compliant, some not, some through nested
// deployments and copy loops); the rest are ordinary infrastructure. It prints the expected count of
// findings per rule under the recommended preset for the HSM-related ones it wrote.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { random } from './lib.mjs';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';

export function generateArmTree(out, files = 2000, seed = 1) {
  const rng = random(seed);
  rmSync(out, { recursive: true, force: true });
  const expected = { 'purge-protection': 0, 'public-network-access': 0, 'network-default-deny': 0 };
  let bytes = 0;
  const write = (path, value) => {
    const text = JSON.stringify(value, null, 2);
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), text);
    bytes += text.length;
  };

  for (let i = 0; i < files; i++) {
    const dir = `team-${i % 40}/service-${i % 7}`;
    if (rng.chance(0.1)) {
      const purge = rng.chance(0.5);
      const disabled = rng.chance(0.5);
      const deny = rng.chance(0.5);
      const viaParameter = rng.chance(0.3);
      const properties = {
        tenantId: '11111111-1111-1111-1111-111111111111',
        initialAdminObjectIds: ["[parameters('admins')]"],
        enablePurgeProtection: purge,
        publicNetworkAccess: viaParameter ? "[parameters('access')]" : disabled ? 'Disabled' : 'Enabled',
        networkAcls: { bypass: 'AzureServices', defaultAction: deny ? 'Deny' : 'Allow' },
      };
      const hsm = {
        type: 'Microsoft.KeyVault/managedHSMs',
        apiVersion: '2025-05-01',
        name: `[concat(parameters('prefix'), '-hsm-${i}')]`,
        location: "[parameters('location')]",
        sku: { family: 'B', name: 'Standard_B1' },
        properties,
      };
      const nested = rng.chance(0.3);
      const resources = nested
        ? [
            {
              type: 'Microsoft.Resources/deployments',
              apiVersion: '2022-09-01',
              name: `nested-${i}`,
              properties: {
                mode: 'Incremental',
                template: { $schema: SCHEMA, contentVersion: '1.0.0.0', resources: [hsm] },
              },
            },
          ]
        : [hsm];
      write(`${dir}/hsm-${i}.json`, {
        $schema: SCHEMA,
        contentVersion: '1.0.0.0',
        parameters: {
          prefix: { type: 'string', defaultValue: 'contoso' },
          location: { type: 'string', defaultValue: '[resourceGroup().location]' },
          admins: { type: 'array', defaultValue: [] },
          access: { type: 'string', defaultValue: disabled ? 'Disabled' : 'Enabled' },
        },
        resources,
      });
      if (!purge) expected['purge-protection']++;
      if (!disabled) expected['public-network-access']++;
      if (!deny) expected['network-default-deny']++;
      if (rng.chance(0.5))
        write(`${dir}/hsm-${i}.parameters.json`, {
          $schema: PARAMS_SCHEMA,
          contentVersion: '1.0.0.0',
          parameters: { prefix: { value: `p${i}` } },
        });
      continue;
    }
    const count = rng.int(1, 30);
    const resources = [];
    for (let r = 0; r < count; r++) {
      resources.push({
        type: rng.pick([
          'Microsoft.Storage/storageAccounts',
          'Microsoft.Network/virtualNetworks',
          'Microsoft.Web/sites',
          'Microsoft.Compute/virtualMachines',
        ]),
        apiVersion: '2023-01-01',
        name: `[concat(parameters('prefix'), '-${r}')]`,
        location: "[parameters('location')]",
        tags: { owner: `team-${i % 40}`, cost: String(rng.int(100, 999)) },
        properties: {
          description: 'x'.repeat(rng.int(10, 400)),
          settings: Array.from({ length: rng.int(0, 20) }, (_, k) => ({
            name: `s${k}`,
            value: "[format('{0}-{1}', parameters('prefix'), " + k + ')]',
          })),
        },
        copy: rng.chance(0.1) ? { name: `loop${r}`, count: rng.int(1, 5) } : undefined,
      });
    }
    write(`${dir}/infra-${i}.json`, {
      $schema: SCHEMA,
      contentVersion: '1.0.0.0',
      parameters: {
        prefix: { type: 'string', defaultValue: 'app' },
        location: { type: 'string', defaultValue: 'westeurope' },
      },
      variables: { tier: "[toLower('Standard')]" },
      resources,
    });
  }
  return { expected, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out = join(tmpdir(), 'hsmlint-bench', 'arm'), files = '2000', seed = '1'] = process.argv.slice(2);
  const { expected, bytes } = generateArmTree(out, Number(files), Number(seed));
  console.log(JSON.stringify({ out, files: Number(files), bytes, expected }));
}
