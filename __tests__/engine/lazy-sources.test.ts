import { describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan, scanAsync } from '../../src/scan.js';
import { sourceFor } from '../../src/sources/index.js';
import { isHclGrammarLoaded } from '../../src/sources/terraform/parser-state.js';
import { walkFileKind, walkSkipReason } from '../../src/sources/walk-skip.js';
import { armTemplate, hsm, onlyRules, tempTree } from '../helpers.js';

// This file never calls loadSources(): it checks what a run loads on demand.

const OPEN_BICEP = [
  "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = {",
  "  name: 'hsm'",
  "  properties: { publicNetworkAccess: 'Enabled' }",
  '}',
].join('\n');

const files = {
  'arm/hsm.json': armTemplate([hsm({ publicNetworkAccess: 'Enabled' })]),
  'bicep/hsm.bicep': OPEN_BICEP,
  'lib/types.bicep': 'type name = string\n',
};

function options(dir: string, paths: string[]) {
  const config = resolveConfig(
    { rules: onlyRules(['public-network-access'], registry.rules.keys()) },
    registry,
    { baseDir: dir },
  );
  return { paths, cwd: dir, config, registry, now: new Date('2026-06-01T00:00:00Z') };
}

describe('sources loaded on demand', () => {
  it('scans ARM templates, and skips Bicep files that deploy nothing, without the Bicep source', () => {
    const { dir, cleanup } = tempTree(files);
    try {
      const result = scan(options(dir, ['arm', 'lib']));
      expect(result.findings.map((f) => `${f.range.file} ${f.ruleId}`)).toEqual([
        'arm/hsm.json public-network-access',
      ]);
      expect(result.skipped).toEqual([
        { path: 'lib/types.bicep', reason: 'declares no Bicep resource or module' },
      ]);
    } finally {
      cleanup();
    }
  });

  it('says which source the synchronous scan lacks, and scanAsync loads it', async () => {
    const { dir, cleanup } = tempTree(files);
    try {
      expect(() => scan(options(dir, ['bicep']))).toThrow(
        'The bicep source is not loaded: await loadSources() before scan(), or use scanAsync().',
      );
      const result = await scanAsync(options(dir, ['bicep']));
      expect(result.findings.map((f) => `${f.range.file} ${f.ruleId}`)).toEqual([
        'bicep/hsm.bicep public-network-access',
      ]);
      // Loaded once, the source serves the synchronous scan too.
      expect(scan(options(dir, ['bicep'])).findings).toHaveLength(1);
    } finally {
      cleanup();
    }
  });
});

describe('the HCL grammar, loaded for the first file that needs it', () => {
  const hsmWith = (publicAccess: string, name = '"hsm"') =>
    [
      'resource "azurerm_key_vault_managed_hardware_security_module" "hsm" {',
      `  name                          = ${name}`,
      `  public_network_access_enabled = ${publicAccess}`,
      '}',
      '',
    ].join('\n');
  const terraform = {
    // Common forms: the fast parser reads them all.
    'fast/main.tf': hsmWith('true'),
    // A provider-defined function: the fast parser leaves `::` to tree-sitter.
    'grammar/main.tf': hsmWith('true', 'provider::azurerm::normalise_resource_id("hsm")'),
    // A template read where an error becomes a value: its object inside a directive needs tree-sitter.
    'template/main.tf': hsmWith('templatefile("${path.module}/access.tpl", {}) == "true"'),
    'template/access.tpl': '%{ if length({ a = 1 }) == 1 }true%{ else }false%{ endif }',
    // A plan read with the configuration beside it, which needs the grammar.
    'plan/main.tf': hsmWith('true', 'provider::azurerm::normalise_resource_id("hsm")'),
    'plan/plan.json': JSON.stringify({
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'azurerm_key_vault_managed_hardware_security_module.hsm',
              mode: 'managed',
              type: 'azurerm_key_vault_managed_hardware_security_module',
              name: 'hsm',
              values: { name: 'hsm', public_network_access_enabled: true },
            },
          ],
        },
      },
    }),
  };
  const found = (result: { findings: Array<{ range: { file: string }; ruleId: string }> }) =>
    result.findings.map((f) => `${f.range.file} ${f.ruleId}`);

  it('is not loaded for configurations the fast parser reads, and loaded once one needs it', async () => {
    const { dir, cleanup } = tempTree(terraform);
    try {
      expect(found(await scanAsync(options(dir, ['fast'])))).toEqual(['fast/main.tf public-network-access']);
      expect(isHclGrammarLoaded()).toBe(false);
      // The synchronous scan says what it lacks, for a file that needs the grammar and for one whose
      // template does, although the evaluator turns that error into an unknown value.
      const lacking =
        'The hcl-grammar source is not loaded: await loadSources() before scan(), or use scanAsync().';
      expect(() => scan(options(dir, ['grammar']))).toThrow(lacking);
      expect(() => scan(options(dir, ['template']))).toThrow(lacking);
      expect(() => scan(options(dir, ['plan']))).toThrow(lacking);
      const result = await scanAsync(options(dir, ['grammar', 'template', 'plan']));
      expect(isHclGrammarLoaded()).toBe(true);
      // The plan's finding points at the declaration in main.tf, which the plan stands for.
      expect(found(result)).toEqual([
        'grammar/main.tf public-network-access',
        'plan/main.tf public-network-access',
        'template/main.tf public-network-access',
      ]);
      expect(result.findings.filter((f) => f.ruleId === 'unresolved')).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

describe('what a file is sure to load', () => {
  it('is the Terraform source for any .tf file, the Bicep source for a named Bicep file, and nothing else', () => {
    const loads = (file: string, explicit: boolean) => sourceFor(file)?.certainlyLoads?.(explicit);
    expect(loads('infra/main.tf', false)).toBe('terraform');
    expect(loads('infra/MAIN.TF', false)).toBe('terraform');
    expect(loads('infra/prod.tfvars', true)).toBeUndefined();
    expect(loads('infra/main.bicep', true)).toBe('bicep');
    expect(loads('infra/main.bicepparam', true)).toBe('bicep');
    // A walk-found Bicep file may be skipped on its text, before any parser runs.
    expect(loads('infra/main.bicep', false)).toBeUndefined();
    // A JSON file may be a plan, which needs the Terraform source, but only its text tells.
    expect(loads('infra/plan.json', true)).toBeUndefined();
  });

  it('picks the source by the ending of any path, in any case', () => {
    const deep = `${'very-long-folder-name/'.repeat(20)}`;
    const surfaceOf = (file: string) => sourceFor(file)?.surface;
    expect(surfaceOf(`${deep}Main.BICEPPARAM`)).toBe('bicep');
    expect(surfaceOf(`${deep}a.Bicep`)).toBe('bicep');
    expect(surfaceOf(`${deep}a.JSONC`)).toBe('arm');
    // Terraform's JSON syntax is Terraform's, although it ends as an ARM template does.
    expect(surfaceOf(`${deep}a.tf.json`)).toBe('terraform');
    expect(surfaceOf(`${deep}A.TF.JSON`)).toBe('terraform');
    expect(surfaceOf(`${deep}tf.json`)).toBe('arm');
    expect(surfaceOf(`${deep}MAIN.TF`)).toBe('terraform');
    expect(sourceFor(`${deep}prod.TFVARS`)?.certainlyLoads?.(true)).toBeUndefined();
    expect(surfaceOf(`${deep}a.tf.bak`)).toBeUndefined();
    expect(surfaceOf('.tf')).toBe('terraform');
    expect(surfaceOf('tf')).toBeUndefined();
  });

  it('knows by its ending which walk-found files have a walk-skip test, and which give Terraform facts', () => {
    const kinds = [
      'a.json',
      'a.JSONC',
      'a.bicep',
      'a.bicepparam',
      'a.tf',
      'a.tf.json',
      'a.tfvars',
      'a.tfvars.json',
      'a.yaml',
      'a.json.bak',
    ];
    expect(kinds.map(walkFileKind)).toEqual([
      'json',
      'json',
      'bicep',
      'bicep',
      'terraform',
      'terraform',
      undefined,
      'json',
      undefined,
      undefined,
    ]);
    const deep = 'a-long-folder-name/'.repeat(10);
    expect(kinds.map((kind) => walkFileKind(deep + kind.toUpperCase()))).toEqual(kinds.map(walkFileKind));
    // A walk-skip test for JSON and Bicep files, none for Terraform (a folder is one module).
    const text = '{}';
    const context = { readFile: () => ({ error: 'none' }) };
    expect(walkSkipReason('a.json', text, context)).toBe('not an ARM template');
    expect(walkSkipReason('a.bicep', 'type t = string\n', context)).toBe(
      'declares no Bicep resource or module',
    );
    expect(walkSkipReason('a.tf', 'locals {}\n', context)).toBeUndefined();
    expect(walkSkipReason('a.tf.json', '{}', context)).toBeUndefined();
  });
});
