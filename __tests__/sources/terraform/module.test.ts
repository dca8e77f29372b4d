import { beforeAll, describe, expect, it } from '@jest/globals';
import { toPlain, type PropertyNode } from '../../../src/model/node.js';
import type { TfInstanceWithOrigin, TerraformWorkspace } from '../../../src/sources/terraform/module.js';
import { dirParser, evaluateRootModule } from '../../../src/sources/terraform/module.js';
import type { HclParser } from '../../../src/sources/terraform/parse.js';
import { loadHclParser } from '../../../src/sources/terraform/parse.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

const NOW = new Date('2026-11-28T12:00:00Z');

/** A workspace over an in-memory tree of display paths. */
function workspace(files: Record<string, string>): TerraformWorkspace {
  return {
    readFile: (file) => (file in files ? { text: files[file] } : { error: 'no such file' }),
    listDir: (dir) => {
      const prefix = dir === '.' ? '' : `${dir}/`;
      const names = Object.keys(files)
        .filter((f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/'))
        .map((f) => f.slice(prefix.length));
      return names.length ? names.sort() : { error: 'no such folder' };
    },
  };
}

function evaluateTree(
  files: Record<string, string>,
  root = '.',
  extra: Partial<Parameters<typeof evaluateRootModule>[2]> = {},
) {
  const ws = workspace(files);
  return evaluateRootModule(root, dirParser(ws, parser), { workspace: ws, parser, now: NOW, ...extra });
}

function byAddress(instances: TfInstanceWithOrigin[], address: string): TfInstanceWithOrigin {
  const found = instances.find((i) => i.address === address);
  if (!found) throw new Error(`no ${address} in ${instances.map((i) => i.address).join(', ')}`);
  return found;
}

function attr(instance: TfInstanceWithOrigin, name: string): PropertyNode {
  const entry = instance.attributes.entries.get(name);
  if (!entry) throw new Error(`no attribute ${name} on ${instance.address}`);
  return entry.node;
}

const plain = (node: PropertyNode) => toPlain(node).value;

describe('Terraform module evaluation', () => {
  it('evaluates every .tf file of the folder together: variables, locals and references across files', () => {
    const result = evaluateTree({
      'variables.tf': 'variable "env" {\n  default = "prod"\n}\n',
      'locals.tf': 'locals {\n  name = "hsm-${var.env}"\n}\n',
      'main.tf':
        'resource "azurerm_key_vault_managed_hardware_security_module" "main" {\n  name = local.name\n}\n',
    });
    const hsm = byAddress(result.instances, 'azurerm_key_vault_managed_hardware_security_module.main');
    expect(plain(attr(hsm, 'name'))).toBe('hsm-prod');
    // A value from a variable default names the variable: a deployment can override it.
    expect(attr(hsm, 'name').parameter).toBe('env');
    expect(hsm.key).toBe('terraform:.:azurerm_key_vault_managed_hardware_security_module.main');
    expect(hsm.origin).toBe('main.tf');
    expect(result.files).toEqual(['locals.tf', 'main.tf', 'variables.tf']);
  });

  it('applies terraform.tfvars, then *.auto.tfvars in name order, then --parameters files, then configuration', () => {
    const result = evaluateTree(
      {
        'main.tf': [
          'variable "a" { default = "default" }',
          'variable "b" { default = "default" }',
          'variable "c" { default = "default" }',
          'variable "d" { default = "default" }',
          'resource "azurerm_x" "r" {',
          '  a = var.a',
          '  b = var.b',
          '  c = var.c',
          '  d = var.d',
          '}',
        ].join('\n'),
        'terraform.tfvars': 'a = "tfvars"\nb = "tfvars"\nc = "tfvars"\nd = "tfvars"\n',
        'a.auto.tfvars': 'b = "a.auto"\nc = "a.auto"\n',
        'b.auto.tfvars.json': '{ "c": "b.auto" }',
        'env/prod.tfvars': 'd = "prod"\n',
      },
      '.',
      { varFiles: ['env/prod.tfvars'], variables: { a: 'configured' } },
    );
    const r = byAddress(result.instances, 'azurerm_x.r');
    expect(['a', 'b', 'c', 'd'].map((n) => plain(attr(r, n)))).toEqual([
      'configured',
      'a.auto',
      'b.auto',
      'prod',
    ]);
    expect(attr(r, 'b').parameter).toBeUndefined();
    expect(result.related).toEqual(
      expect.arrayContaining(['terraform.tfvars', 'a.auto.tfvars', 'b.auto.tfvars.json', 'env/prod.tfvars']),
    );
  });

  it('keeps a variable without a value unknown, naming it', () => {
    const result = evaluateTree({
      'main.tf': 'variable "admins" {}\nresource "azurerm_x" "r" {\n  ids = var.admins\n}\n',
    });
    const ids = attr(byAddress(result.instances, 'azurerm_x.r'), 'ids');
    expect(ids).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining("variable 'admins' has no default"),
    });
  });

  it('marks values of sensitive variables and outputs secure', () => {
    const result = evaluateTree({
      'main.tf': [
        'variable "secret" {',
        '  default   = "s3cr3t"',
        '  sensitive = true',
        '}',
        'module "m" {',
        '  source = "./m"',
        '}',
        'resource "azurerm_x" "r" {',
        '  direct = var.secret',
        '  joined = "prefix-${var.secret}"',
        '  output = module.m.token',
        '}',
      ].join('\n'),
      'm/main.tf': 'output "token" {\n  value     = "t0ken"\n  sensitive = true\n}\n',
    });
    const r = byAddress(result.instances, 'azurerm_x.r');
    expect(attr(r, 'direct').secure).toBe(true);
    expect(attr(r, 'joined').secure).toBe(true);
    expect(attr(r, 'output').secure).toBe(true);
  });

  it('fills optional() object attributes from the variable type, with their default or null', () => {
    const result = evaluateTree({
      'main.tf': [
        'variable "keys" {',
        '  type = map(object({',
        '    type = string',
        '    size = optional(number)',
        '    ops  = optional(list(string), ["wrapKey", "unwrapKey"])',
        '  }))',
        '  default = { a = { type = "RSA-HSM" }, b = { type = "oct-HSM", size = 256, ops = ["encrypt"] } }',
        '}',
        'resource "azurerm_key" "k" {',
        '  for_each = var.keys',
        '  key_type = each.value.type',
        '  key_size = each.value.size',
        '  key_opts = each.value.ops',
        '}',
      ].join('\n'),
    });
    const a = byAddress(result.instances, 'azurerm_key.k["a"]');
    // A null attribute is as if it were not written.
    expect(a.attributes.entries.has('key_size')).toBe(false);
    expect(plain(attr(a, 'key_opts'))).toEqual(['wrapKey', 'unwrapKey']);
    const b = byAddress(result.instances, 'azurerm_key.k["b"]');
    expect([plain(attr(b, 'key_size')), plain(attr(b, 'key_opts'))]).toEqual([256, ['encrypt']]);
  });

  it('expands count and for_each into one instance per known element', () => {
    const result = evaluateTree({
      'main.tf': [
        'variable "keys" {',
        '  default = { a = 2048, b = 3072 }',
        '}',
        'resource "azurerm_key" "each" {',
        '  for_each = var.keys',
        '  name     = each.key',
        '  size     = each.value',
        '}',
        'resource "azurerm_key" "counted" {',
        '  count = 2',
        '  name  = "k${count.index}"',
        '}',
        'resource "azurerm_key" "set" {',
        '  for_each = toset(["x", "y"])',
        '  name     = each.value',
        '}',
        'resource "azurerm_key" "none" {',
        '  count = 0',
        '}',
      ].join('\n'),
    });
    const addresses = result.instances.map((i) => i.address).sort();
    expect(addresses).toEqual([
      'azurerm_key.counted[0]',
      'azurerm_key.counted[1]',
      'azurerm_key.each["a"]',
      'azurerm_key.each["b"]',
      'azurerm_key.set["x"]',
      'azurerm_key.set["y"]',
    ]);
    expect(plain(attr(byAddress(result.instances, 'azurerm_key.each["b"]'), 'size'))).toBe(3072);
    expect(plain(attr(byAddress(result.instances, 'azurerm_key.counted[1]'), 'name'))).toBe('k1');
  });

  it('keeps one instance standing for all when for_each or count is not known', () => {
    const result = evaluateTree({
      'main.tf': [
        'data "azurerm_subscription" "current" {}',
        'resource "azurerm_key" "each" {',
        '  for_each = data.azurerm_subscription.current.tags',
        '  name     = each.key',
        '}',
        'resource "azurerm_key" "counted" {',
        '  count = length(data.azurerm_subscription.current.tags)',
        '}',
      ].join('\n'),
    });
    const each = result.instances.find((i) => i.address.startsWith('azurerm_key.each'))!;
    expect(each.loop).toBe('for_each = data.azurerm_subscription.current.tags');
    expect(attr(each, 'name').kind).toBe('unknown');
    const counted = result.instances.find((i) => i.address.startsWith('azurerm_key.counted'))!;
    expect(counted.conditional).toMatch(/^count = length\(/);
  });

  it('evaluates local modules with their inputs, recursively, and reports instances through the call', () => {
    const result = evaluateTree({
      'main.tf': [
        'module "hsm" {',
        '  source = "./modules/hsm"',
        '  name   = "from-root"',
        '}',
        'resource "azurerm_x" "uses_output" {',
        '  hsm_name = module.hsm.name',
        '  hsm_id   = module.hsm.id',
        '}',
      ].join('\n'),
      'modules/hsm/main.tf': [
        'variable "name" {}',
        'module "keys" {',
        '  source = "../keys"',
        '  hsm_id = azurerm_key_vault_managed_hardware_security_module.this.id',
        '}',
        'resource "azurerm_key_vault_managed_hardware_security_module" "this" {',
        '  name = var.name',
        '}',
        'output "id" { value = azurerm_key_vault_managed_hardware_security_module.this.id }',
        'output "name" { value = azurerm_key_vault_managed_hardware_security_module.this.name }',
      ].join('\n'),
      'modules/keys/main.tf':
        'variable "hsm_id" {}\nresource "azurerm_key" "k" {\n  managed_hsm_id = var.hsm_id\n}\n',
    });
    const hsm = byAddress(
      result.instances,
      'module.hsm.azurerm_key_vault_managed_hardware_security_module.this',
    );
    expect(plain(attr(hsm, 'name'))).toBe('from-root');
    expect(hsm.via).toBe('module "hsm" at main.tf:1');
    expect(hsm.origin).toBe('main.tf');
    const key = byAddress(result.instances, 'module.hsm.module.keys.azurerm_key.k');
    expect(key.via).toBe('module "hsm" at main.tf:1');
    // The computed id stays unknown but names the exact instance it comes from.
    expect(attr(key, 'managed_hsm_id')).toMatchObject({
      kind: 'unknown',
      references: expect.arrayContaining([hsm.key]),
    });
    const user = byAddress(result.instances, 'azurerm_x.uses_output');
    expect(plain(attr(user, 'hsm_name'))).toBe('from-root');
    expect(attr(user, 'hsm_id')).toMatchObject({
      kind: 'unknown',
      references: expect.arrayContaining([hsm.key]),
    });
    expect(result.related).toEqual(['modules/hsm/main.tf', 'modules/keys/main.tf']);
  });

  it('reads files relative to the root module, with path.module relative to it as in Terraform', () => {
    const result = evaluateTree(
      {
        'infra/main.tf':
          'module "hsm" {\n  source = "./modules/hsm"\n}\nresource "azurerm_x" "root" {\n  body = file("${path.module}/root.json")\n  where = path.module\n}\n',
        'infra/root.json': 'ROOT',
        'infra/modules/hsm/main.tf':
          'resource "azurerm_x" "child" {\n  body  = file("${path.module}/body.json")\n  where = path.module\n  root  = path.root\n}\n',
        'infra/modules/hsm/body.json': 'CHILD',
      },
      'infra',
    );
    const root = byAddress(result.instances, 'azurerm_x.root');
    expect([plain(attr(root, 'body')), plain(attr(root, 'where'))]).toEqual(['ROOT', '.']);
    const child = byAddress(result.instances, 'module.hsm.azurerm_x.child');
    expect(['body', 'where', 'root'].map((n) => plain(attr(child, n)))).toEqual([
      'CHILD',
      'modules/hsm',
      '.',
    ]);
  });

  it('expands modules with for_each', () => {
    const result = evaluateTree({
      'main.tf':
        'module "hsm" {\n  for_each = toset(["east", "west"])\n  source   = "./m"\n  region   = each.key\n}\n',
      'm/main.tf': 'variable "region" {}\nresource "azurerm_x" "r" {\n  location = var.region\n}\n',
    });
    expect(result.instances.map((i) => [i.address, plain(attr(i, 'location'))])).toEqual([
      ['module.hsm["east"].azurerm_x.r', 'east'],
      ['module.hsm["west"].azurerm_x.r', 'west'],
    ]);
  });

  it('stops module cycles with a problem instead of looping', () => {
    const result = evaluateTree(
      {
        'a/main.tf': 'module "b" {\n  source = "../b"\n}\nresource "azurerm_x" "a" {}\n',
        'b/main.tf': 'module "a" {\n  source = "../a"\n}\nresource "azurerm_x" "b" {}\n',
      },
      'a',
    );
    expect(result.instances.map((i) => i.address)).toEqual(['azurerm_x.a', 'module.b.azurerm_x.b']);
    expect(result.problems).toEqual([
      expect.objectContaining({ message: expect.stringContaining('calls itself through a -> b -> a') }),
    ]);
  });

  it('reports registry and git modules once as unresolved unless configuration maps them to a folder', () => {
    const files = {
      'main.tf': [
        'module "registry" {',
        '  source  = "Azure/avm-res-keyvault-managedhsm/azurerm"',
        '  version = "0.1.0"',
        '}',
        'module "git" {',
        '  source = "git::https://example.com/modules.git//hsm"',
        '}',
      ].join('\n'),
      'vendor/hsm/main.tf': 'resource "azurerm_x" "vendored" {}\n',
    };
    const unmapped = evaluateTree(files);
    expect(unmapped.unresolved.map((u) => u.message)).toEqual([
      expect.stringContaining("'Azure/avm-res-keyvault-managedhsm/azurerm'"),
      expect.stringContaining("'git::https://example.com/modules.git//hsm'"),
    ]);
    const mapped = evaluateTree(files, '.', {
      modules: { 'Azure/avm-res-keyvault-managedhsm/azurerm': 'vendor/hsm' },
    });
    expect(mapped.instances.map((i) => i.address)).toEqual(['module.registry.azurerm_x.vendored']);
    expect(mapped.unresolved).toHaveLength(1);
  });

  it('turns syntax errors into problems and keeps the rest of the folder', () => {
    const result = evaluateTree({
      'broken.tf': 'resource "azurerm_x" "broken" {\n  name = \n',
      'main.tf': 'resource "azurerm_x" "fine" {\n  name = "ok"\n}\n',
    });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems[0].range.file).toBe('broken.tf');
    expect(plain(attr(byAddress(result.instances, 'azurerm_x.fine'), 'name'))).toBe('ok');
  });

  it('collects suppression directives written with # and // comments', () => {
    const result = evaluateTree({
      'main.tf': [
        '# hsmlint-disable-next-line purge-protection -- recreated nightly in the sandbox',
        'resource "azurerm_x" "a" {}',
        '// hsmlint-disable-next-line public-network-access -- lab only',
        'resource "azurerm_x" "b" {}',
      ].join('\n'),
    });
    expect(result.directives).toEqual([
      expect.objectContaining({
        kind: 'disable-next-line',
        rules: ['purge-protection'],
        reason: 'recreated nightly in the sandbox',
      }),
      expect.objectContaining({
        kind: 'disable-next-line',
        rules: ['public-network-access'],
        reason: 'lab only',
      }),
    ]);
  });

  it('turns nested and dynamic blocks into lists of objects', () => {
    const result = evaluateTree({
      'main.tf': [
        'variable "logs" { default = ["AuditEvent", "AzurePolicyEvaluationDetails"] }',
        'resource "azurerm_monitor_diagnostic_setting" "d" {',
        '  dynamic "enabled_log" {',
        '    for_each = var.logs',
        '    content {',
        '      category = enabled_log.value',
        '    }',
        '  }',
        '  metric {',
        '    category = "AllMetrics"',
        '  }',
        '}',
      ].join('\n'),
    });
    const d = byAddress(result.instances, 'azurerm_monitor_diagnostic_setting.d');
    expect(plain(attr(d, 'enabled_log'))).toEqual([
      { category: 'AuditEvent' },
      { category: 'AzurePolicyEvaluationDetails' },
    ]);
    expect(plain(attr(d, 'metric'))).toEqual([{ category: 'AllMetrics' }]);
  });

  it('keeps references to data sources and resource attributes for principal checks', () => {
    const result = evaluateTree({
      'main.tf': [
        'data "azurerm_client_config" "current" {}',
        'resource "azurerm_linux_web_app" "app" {',
        '  identity {',
        '    type = "SystemAssigned"',
        '  }',
        '}',
        'resource "azurerm_x" "r" {',
        '  admins    = [data.azurerm_client_config.current.object_id]',
        '  principal = azurerm_linux_web_app.app.identity[0].principal_id',
        '}',
      ].join('\n'),
    });
    const r = byAddress(result.instances, 'azurerm_x.r');
    const admins = attr(r, 'admins');
    expect(admins.kind).toBe('array');
    const first = admins.kind === 'array' ? admins.items[0] : admins;
    expect(first).toMatchObject({
      kind: 'unknown',
      references: expect.arrayContaining([
        'terraform:.:data.azurerm_client_config.current',
        'data.azurerm_client_config.current.object_id',
      ]),
    });
    // A written nested block still leaves its computed attributes to the provider.
    expect(attr(r, 'principal')).toMatchObject({
      kind: 'unknown',
      reason: 'known only after apply',
      references: expect.arrayContaining([
        'terraform:.:azurerm_linux_web_app.app',
        'azurerm_linux_web_app.app.identity[0].principal_id',
      ]),
    });
  });
});
