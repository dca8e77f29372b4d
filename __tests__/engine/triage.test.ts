import { beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { discoverFiles } from '../../src/engine/discover.js';
import { triageShare, triageWalk, type TriageContext } from '../../src/engine/triage.js';
import { scan, scanAsync } from '../../src/scan.js';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read.js';
import { loadSources } from '../../src/sources/index.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

beforeAll(loadSources);

const parametersFile = JSON.stringify({
  $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#',
  contentVersion: '1.0.0.0',
  parameters: { name: { value: 'x' } },
});
const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st' };
const linking = armTemplate([
  {
    type: 'Microsoft.Resources/deployments',
    apiVersion: '2022-09-01',
    name: 'child',
    properties: { mode: 'Incremental', templateLink: { relativePath: 'child.json' } },
  },
]);
const plan = JSON.stringify({ format_version: '1.2', terraform_version: '1.9.0', planned_values: {} });

/** A storage account whose tags make a template larger than the files read whole (a megabyte). */
const padded = (bytes: number) => ({ ...storage, name: 'padded', tags: { note: 'x'.repeat(bytes) } });

/** A folder of every kind of file a walk meets: skipped for different reasons, read, or broken. */
const FILES: Record<string, string | Uint8Array> = {
  'app/storage.json': armTemplate([storage]),
  'app/storage.parameters.json': parametersFile,
  'app/package.json': JSON.stringify({ name: 'app', version: '1.0.0' }),
  'app/empty.json': '  \n',
  'app/binary.json': new Uint8Array([0x7b, 0x00, 0x01, 0x02]),
  'app/broken.json': '{ "$schema": "deploymentTemplate.json#", "resources": [ managedHSMs',
  'hsm/hsm.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]),
  'linked/parent.json': linking,
  'linked/child.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' })]),
  'plan/plan.json': plan,
  // Searched a chunk at a time; the HSM is declared near the end of the first megabyte.
  'large/storage.json': armTemplate([storage, padded(1_200_000)]),
  'large/hsm.json': armTemplate([padded(1024 * 1024 - 300), hsm(COMPLIANT_PROPERTIES)]),
  'tf/terraform.tfvars.json': '{ "name": "x" }',
  'bicep/types.bicep': 'type name = string\n',
  'bicep/storage.bicep': "resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = { name: 'st' }\n",
  'bicep/main.bicepparam': "param name = 'x'\n",
  'bicep/hsm.bicep': "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = { name: 'h' }\n",
};

function walk(dir: string) {
  return discoverFiles(['.'], dir, {
    extensions: ['.json', '.jsonc', '.bicep', '.bicepparam', '.tf'],
    ignore: [],
    baseDir: dir,
  });
}

function context(dir: string): TriageContext {
  return { cwd: dir, paths: ['.'], limits: DEFAULT_READ_LIMITS, modules: {} };
}

function options(dir: string) {
  const config = resolveConfig({}, registry, { baseDir: dir });
  return { paths: ['.'], cwd: dir, config, registry, now: new Date('2026-06-01T00:00:00Z'), workers: 0 };
}

describe('triage of a folder walk', () => {
  it('skips exactly the files the scan skips, for the same reasons, and leaves the rest to the scan', async () => {
    const { dir, cleanup } = tempTree(FILES);
    try {
      const discovery = walk(dir);
      const triage = await triageWalk(discovery.files, context(dir), 0);
      const decided = Object.fromEntries(
        [...triage.verdicts].map(([path, reason]) => [path.slice(dir.length + 1), reason]),
      );
      expect(decided).toEqual({
        'app/storage.json': 'declares no Managed HSM resources',
        'large/storage.json': 'declares no Managed HSM resources',
        'app/package.json': 'not an ARM template',
        'app/empty.json': 'File is empty.',
        'plan/plan.json': 'declares no Managed HSM resources',
        'tf/terraform.tfvars.json': 'a Terraform variables file, read with the root module beside it',
        'bicep/types.bicep': 'declares no Bicep resource or module',
        'bicep/storage.bicep': 'declares no Managed HSM resources',
        'bicep/main.bicepparam': 'a Bicep parameters file without using',
      });
      expect(triage).toMatchObject({ files: Object.keys(FILES).length, byWorker: 0 });
      // The small files left to the scan come with their text, so that the scan does not read them again.
      const kept = Object.fromEntries(
        [...triage.texts].map(([path, text]) => [path.slice(dir.length + 1), text]),
      );
      expect(Object.keys(kept).sort()).toEqual([
        'app/broken.json',
        'app/storage.parameters.json',
        'bicep/hsm.bicep',
        'hsm/hsm.json',
        'linked/child.json',
        'linked/parent.json',
      ]);
      for (const [path, text] of Object.entries(kept)) expect(text).toBe(FILES[path]);
      // The ordinary scan skips the same files for the same reasons.
      const ordinary = scan(options(dir));
      for (const [path, reason] of Object.entries(decided))
        expect(ordinary.skipped).toContainEqual({ path, reason });
      // What triage leaves is read: parsed, or reported as broken.
      expect(ordinary.files.map((f) => f.file).sort()).toEqual([
        'app/broken.json',
        'app/storage.parameters.json',
        'bicep/hsm.bicep',
        'hsm/hsm.json',
        'large/hsm.json',
        'linked/child.json',
        'linked/parent.json',
      ]);
      const errors = ordinary.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.range.file);
      expect([...new Set(errors)].sort()).toEqual(['app/binary.json', 'app/broken.json']);
    } finally {
      cleanup();
    }
  });

  it('gives scanAsync the same result as the ordinary scan', async () => {
    const { dir, cleanup } = tempTree(FILES);
    try {
      const ordinary = scan(options(dir));
      const { triage, ...triaged } = await scanAsync(options(dir));
      expect(triaged).toEqual(ordinary);
      expect(triage).toEqual({ files: Object.keys(FILES).length, byWorker: 0 });
    } finally {
      cleanup();
    }
  });

  it('decides files only once the work given to do meanwhile has settled, whether or not it failed, and waits for nothing when there is nothing to decide', async () => {
    const { dir, cleanup } = tempTree({ 'a/template.json': armTemplate([storage]) });
    try {
      const files = walk(dir).files;
      const path = join(dir, 'a/template.json');
      // The file changes while the main thread loads sources: the verdict is on what it holds after.
      const meanwhile = new Promise<void>((resolve) =>
        setTimeout(() => {
          writeFileSync(path, armTemplate([hsm(COMPLIANT_PROPERTIES)]));
          resolve();
        }, 20),
      );
      const after = await triageWalk(files, context(dir), 0, meanwhile);
      expect(after.verdicts.has(path)).toBe(false);
      const failed = triageWalk(files, context(dir), 0, Promise.reject(new Error('cannot load')));
      await expect(failed).resolves.toMatchObject({ files: 1 });
      // With nothing to decide (files named explicitly), the scan need not wait.
      const never = new Promise<void>(() => undefined);
      const named = files.map((f) => ({ ...f, explicit: true }));
      await expect(triageWalk(named, context(dir), 0, never)).resolves.toMatchObject({ files: 0 });
    } finally {
      cleanup();
    }
  });

  it('claims files in batches from the shared counter, so that threads never decide the same file', () => {
    const { dir, cleanup } = tempTree(
      Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.json`, armTemplate([storage])])),
    );
    try {
      const files = Array.from({ length: 40 }, (_, i) => join(dir, `f${i}.json`));
      const counter = new Int32Array(new SharedArrayBuffer(4));
      // Another thread has already claimed the first batch.
      Atomics.store(counter, 0, 16);
      const { verdicts } = triageShare(files, counter, context(dir));
      expect(verdicts.map(([index]) => index)).toEqual(Array.from({ length: 24 }, (_, i) => i + 16));
      expect(Atomics.load(counter, 0)).toBeGreaterThanOrEqual(40);
      // Nothing left: a late thread decides nothing.
      expect(triageShare(files, counter, context(dir))).toEqual({
        verdicts: [],
        facts: [],
        texts: [],
        readable: [],
      });
    } finally {
      cleanup();
    }
  });

  it('gathers what the Terraform and Bicep sources would read of each file, and the scan reaches the same result', async () => {
    const { dir, cleanup } = tempTree(WITH_MODULES);
    try {
      const discovery = walk(dir);
      const triage = await triageWalk(discovery.files, context(dir), 0);
      expect(Object.fromEntries(triage.facts)).toEqual({
        'tf/main.tf': { kind: 'terraform', relevant: false, calls: ['tf/modules/hsm'] },
        'tf/variables.tf': { kind: 'terraform', relevant: false, calls: [] },
        'tf/modules/hsm/main.tf': { kind: 'terraform', relevant: true, calls: [] },
        'tf/other/main.tf': { kind: 'terraform', relevant: false, calls: [] },
        'tf/other/utf16.tf': { kind: 'terraform', relevant: false, calls: [] },
        'bicep/main.bicep': { kind: 'bicep', deploys: ['bicep/hsm.bicep'] },
        'bicep/hsm.bicep': { kind: 'bicep', deploys: [] },
        'bicep/main.bicepparam': { kind: 'bicep', deploys: ['bicep/main.bicep'] },
        // The on-disk search found no reference, so the file deploys nothing.
        'bicep/large.bicep': { kind: 'bicep', deploys: [] },
      });
      expect(triage.verdicts.get(join(dir, 'bicep/large.bicep'))).toBe('declares no Managed HSM resources');
      // Terraform files are never skipped by the triage: a folder's outcome depends on other folders.
      expect([...triage.verdicts.keys()].filter((path) => path.endsWith('.tf'))).toEqual([]);
      // Nor kept: the Terraform source reads the files of a folder that matters itself. The scan is told
      // which it need not read; the others it reads, to report why they cannot be.
      expect([...triage.texts.keys()].filter((path) => path.endsWith('.tf'))).toEqual([]);
      expect([...triage.readable].map((path) => path.slice(dir.length + 1)).sort()).toEqual([
        'tf/main.tf',
        'tf/modules/hsm/main.tf',
        'tf/other/main.tf',
        'tf/other/utf16.tf',
        'tf/variables.tf',
      ]);
      const ordinary = scan(options(dir));
      const { triage: _, ...triaged } = await scanAsync(options(dir));
      expect(triaged).toEqual(ordinary);
      const reported = new Set(ordinary.findings.map((f) => f.range.file));
      expect(reported).toContain('tf/modules/hsm/main.tf');
      expect(reported).toContain('bicep/hsm.bicep');
      expect(ordinary.skipped).toContainEqual({
        path: 'tf/other/main.tf',
        reason: 'declares no Managed HSM resources',
      });
      expect(ordinary.skipped).toContainEqual({ path: 'tf/other/blank.tf', reason: 'File is empty.' });
      expect(ordinary.findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.range.file)).toEqual([
        'tf/other/binary.tf',
      ]);
    } finally {
      cleanup();
    }
  });
});

/** Terraform folders calling a module, and Bicep files deploying one. */
const WITH_MODULES: Record<string, string | Uint8Array> = {
  'tf/main.tf': 'module "hsm" {\n  source = "./modules/hsm"\n  name   = var.name\n}\n',
  'tf/variables.tf': 'variable "name" {\n  default = "hsm"\n}\n',
  'tf/modules/hsm/main.tf': [
    'variable "name" {}',
    'resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {',
    '  name                = var.name',
    '  resource_group_name = "rg"',
    '  location            = "westeurope"',
    '  sku_name            = "Standard_B1"',
    '  tenant_id           = "00000000-0000-0000-0000-000000000000"',
    '  admin_object_ids    = ["00000000-0000-0000-0000-000000000001"]',
    '}',
    '',
  ].join('\n'),
  'tf/other/main.tf': 'resource "azurerm_storage_account" "st" {\n  name = "st"\n}\n',
  // Files that do not open as UTF-8 text: decoded (UTF-16 with a mark), or left to the scan to report.
  'tf/other/binary.tf': new Uint8Array([0x72, 0x00, 0x01]),
  'tf/other/blank.tf': '  \n',
  'tf/other/utf16.tf': Buffer.from('\ufeffvariable "x" {}\n', 'utf16le'),
  'bicep/main.bicep': "module hsm './hsm.bicep' = {\n  name: 'hsm'\n}\n",
  'bicep/hsm.bicep':
    "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {\n  name: 'h'\n  location: 'westeurope'\n}\n",
  'bicep/main.bicepparam': "using './main.bicep'\n",
  // Larger than the files read whole: searched on disk, and passed over there.
  'bicep/large.bicep': `resource st 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: '${'s'.repeat(1_100_000)}'\n}\n`,
};

describe('texts the triage keeps for the scan', () => {
  it('stop at the budget (past it, the scan reads the files again), and the verdicts stay the same', async () => {
    const { dir, cleanup } = tempTree(FILES);
    try {
      const files = walk(dir).files;
      const all = await triageWalk(files, context(dir), 0);
      const sizes = [...all.texts.values()].map((text) => text.length);
      const budget = sizes[0] + sizes[1];
      const some = await triageWalk(files, { ...context(dir), keptCharacters: budget }, 0);
      expect(some.texts.size).toBeGreaterThanOrEqual(2);
      expect(some.texts.size).toBeLessThan(all.texts.size);
      expect([...some.texts.values()].reduce((sum, text) => sum + text.length, 0)).toBeLessThanOrEqual(
        budget,
      );
      expect(some.verdicts).toEqual(all.verdicts);
    } finally {
      cleanup();
    }
  });
});
