import { afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { resolveConfig } from '../../../src/engine/config.js';
import { scan } from '../../../src/scan.js';
import { onlyRules, tempTree } from '../../helpers.js';
import { loadSources } from '../../../src/sources/index.js';

beforeAll(loadSources);

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const HSM = (name: string, extra = '', nameExpression = `"${name}"`) =>
  [
    `resource "azurerm_key_vault_managed_hardware_security_module" "${name}" {`,
    `  name                = ${nameExpression}`,
    '  resource_group_name = "rg"',
    '  location            = "westeurope"',
    '  sku_name            = "Standard_B1"',
    '  tenant_id           = "11111111-1111-1111-1111-111111111111"',
    '  admin_object_ids    = ["22222222-2222-2222-2222-222222222222"]',
    extra,
    '}',
  ].join('\n');

function scanTree(files: Record<string, string>, paths = ['.']) {
  const { dir, cleanup } = tempTree(files);
  cleanups.push(cleanup);
  const config = resolveConfig({ rules: onlyRules(['purge-protection'], registry.rules.keys()) }, registry, {
    baseDir: dir,
  });
  return scan({ paths, cwd: dir, config, registry, now: new Date('2026-11-28T00:00:00Z') });
}

describe('the Terraform source in a scan', () => {
  it('judges the provider default of an omitted attribute at the resource', () => {
    const result = scanTree({ 'main.tf': HSM('a') });
    expect(result.findings.map((f) => [f.ruleId, f.range.file, f.range.start.line])).toEqual([
      ['purge-protection', 'main.tf', 1],
    ]);
    expect(result.findings[0].message).toContain('azurerm provider sends false');
  });

  it('honours hsmlint-disable-next-line in # and // comments', () => {
    const result = scanTree({
      'a.tf': `# hsmlint-disable-next-line purge-protection -- lab HSM, recreated nightly\n${HSM('a')}`,
      'b.tf': `// hsmlint-disable-next-line purge-protection -- lab HSM, recreated nightly\n${HSM('b')}`,
    });
    expect(result.findings.map((f) => [f.ruleId, Boolean(f.suppressed)])).toEqual([
      ['purge-protection', true],
      ['purge-protection', true],
    ]);
  });

  it('reports a module folder only through the folder that calls it', () => {
    const result = scanTree({
      'env/prod/main.tf': 'module "hsm" {\n  source = "../../modules/hsm"\n  name   = "prod-hsm"\n}\n',
      'modules/hsm/main.tf': `variable "name" {}\n${HSM('this', '', 'var.name')}`,
    });
    expect(result.findings.map((f) => [f.ruleId, f.range.file])).toEqual([
      ['purge-protection', 'modules/hsm/main.tf'],
    ]);
    expect(result.findings[0].message).toContain("'prod-hsm'");
    expect(result.findings[0].message).toContain('module "hsm" at env/prod/main.tf:1');
    expect(result.skipped.map((s) => s.path)).toEqual(['modules/hsm/main.tf']);
  });

  it('reports a named module file once, through its named caller; a named tfvars file is read with its root', () => {
    const files = {
      'main.tf': 'module "hsm" {\n  source = "./modules/hsm"\n  name   = "from-root"\n}\n',
      'terraform.tfvars': 'unused = 1\n',
      'modules/hsm/main.tf': `variable "name" {\n  default = "module-default"\n}\n${HSM('this', '', 'var.name')}`,
    };
    const result = scanTree(files, ['main.tf', 'modules/hsm/main.tf', 'terraform.tfvars']);
    expect(result.findings.map((f) => [f.ruleId, f.range.file])).toEqual([
      ['purge-protection', 'modules/hsm/main.tf'],
    ]);
    expect(result.findings[0].message).toContain("'from-root'");
    expect(result.skipped).toEqual([
      { path: 'terraform.tfvars', reason: 'a Terraform variables file, read with the root module beside it' },
    ]);
  });

  it('skips folders that cannot matter, unless a file is named', () => {
    const files = { 'net/main.tf': 'resource "azurerm_virtual_network" "v" {\n  name = \n' };
    const walked = scanTree(files);
    expect(walked.findings).toEqual([]);
    expect(walked.skipped).toEqual([{ path: 'net/main.tf', reason: 'declares no Managed HSM resources' }]);
    const named = scanTree(files, ['net/main.tf']);
    expect(named.findings.length).toBeGreaterThan(0);
    expect(named.findings.every((f) => f.ruleId === 'parse-error' && f.range.file === 'net/main.tf')).toBe(
      true,
    );
  });

  it('with --explain-gaps, says once per HSM which rules Terraform cannot express', () => {
    const { dir, cleanup } = tempTree({ 'main.tf': HSM('a') });
    cleanups.push(cleanup);
    const config = resolveConfig({ extends: 'strict', explainGaps: true }, registry, { baseDir: dir });
    const result = scan({ paths: ['.'], cwd: dir, config, registry, now: new Date('2026-11-28T00:00:00Z') });
    const gaps = result.findings.filter((f) => f.message.includes('Terraform cannot express'));
    const terraformless = [...registry.rules.values()]
      .filter((r) => !r.meta.surfaces.includes('terraform'))
      .map((r) => r.meta.id)
      .sort();
    expect(gaps.map((f) => f.relatedRule).sort()).toEqual(terraformless);
    expect(terraformless).toEqual([
      'arm-key-management',
      'backup-identity',
      'multi-region',
      'network-ip-rules',
    ]);
    expect(gaps.every((f) => f.ruleId === 'unresolved' && f.range.start.line === 1)).toBe(true);
  });

  it('lets a plan stand for the configuration beside it, pointing at the declarations', () => {
    const plan = {
      format_version: '1.2',
      terraform_version: '1.9.8',
      planned_values: {
        root_module: {
          resources: [
            {
              address: 'azurerm_key_vault_managed_hardware_security_module.a',
              mode: 'managed',
              type: 'azurerm_key_vault_managed_hardware_security_module',
              name: 'a',
              values: { name: 'a', purge_protection_enabled: false, sku_name: 'Standard_B1' },
              sensitive_values: {},
            },
          ],
        },
      },
    };
    const result = scanTree({
      'main.tf': HSM('a', '  purge_protection_enabled = false'),
      'plan.json': JSON.stringify(plan, null, 2),
    });
    expect(result.findings.map((f) => [f.ruleId, f.surface, f.range.file, f.range.start.line])).toEqual([
      ['purge-protection', 'tfplan', 'main.tf', 8],
    ]);
    expect(result.skipped.map((s) => s.reason)).toEqual(['checked through the Terraform plan plan.json']);
  });
});
