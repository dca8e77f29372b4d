import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A temporary folder with the given files; removed by the returned cleanup. */
export function tempTree(files: Record<string, string | Uint8Array>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'hsmlint-test-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A minimal ARM template around the given resources. */
export function armTemplate(resources: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
      contentVersion: '1.0.0.0',
      ...extra,
      resources,
    },
    null,
    2,
  );
}

export function hsm(
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.KeyVault/managedHSMs',
    apiVersion: '2025-05-01',
    name: 'hsm1',
    location: 'westeurope',
    sku: { family: 'B', name: 'Standard_B1' },
    ...extra,
    properties,
  };
}

/** Properties of an HSM every foundation rule accepts. */
export const COMPLIANT_PROPERTIES = {
  tenantId: '11111111-1111-1111-1111-111111111111',
  initialAdminObjectIds: ['22222222-2222-2222-2222-222222222222'],
  enablePurgeProtection: true,
  softDeleteRetentionInDays: 90,
  publicNetworkAccess: 'Disabled',
  networkAcls: { bypass: 'AzureServices', defaultAction: 'Deny' },
};

/** Configuration `rules` that turn every rule off except the given ones. */
export function onlyRules(ids: string[], all: Iterable<string>): Record<string, string> {
  return Object.fromEntries([...all].map((id) => [id, ids.includes(id) ? 'error' : 'off']));
}
