import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { TerraformWorkspace } from '../../../src/sources/terraform/module.js';
import { dirParser, evaluateRootModule } from '../../../src/sources/terraform/module.js';
import { mapInstances } from '../../../src/sources/terraform/map.js';
import type { HclParser } from '../../../src/sources/terraform/parse.js';
import { loadHclParser } from '../../../src/sources/terraform/parse.js';

let parser: HclParser;
beforeAll(async () => {
  parser = await loadHclParser();
});

/** Pieces of real configurations, recombined at random (and broken at random) by the property. */
const PIECES = [
  'variable "v" {\n  default = { a = 1, b = [1, 2] }\n}\n',
  'variable "s" {\n  type = map(object({ x = optional(string, "d") }))\n  default = { k = {} }\n}\n',
  'locals {\n  l = var.v\n  m = local.l\n  self = local.self\n}\n',
  'module "m" {\n  source = "./"\n  v = local.l\n}\n',
  'module "c" {\n  source = "./child"\n  for_each = var.v\n  v = each.value\n}\n',
  'module "r" {\n  source = "registry.example/x/y"\n}\n',
  'resource "azurerm_key_vault_managed_hardware_security_module" "h" {\n  count = length(var.v)\n  name = "h${count.index}"\n  admin_object_ids = [data.azurerm_client_config.c.object_id]\n}\n',
  'resource "azurerm_key_vault_managed_hardware_security_module_key" "k" {\n  for_each = toset(["a", "b"])\n  managed_hsm_id = azurerm_key_vault_managed_hardware_security_module.h[0].id\n  expiration_date = timeadd(timestamp(), "8760h")\n}\n',
  'resource "azapi_resource" "a" {\n  type = "Microsoft.KeyVault/managedHSMs@2025-07-01"\n  body = jsondecode(file("${path.module}/body.json"))\n}\n',
  'resource "azurerm_monitor_diagnostic_setting" "d" {\n  target_resource_id = module.m.id\n  dynamic "enabled_log" {\n    for_each = local.l\n    content { category = enabled_log.key }\n  }\n}\n',
  'data "azurerm_client_config" "c" {}\n',
  'output "id" {\n  value = azurerm_key_vault_managed_hardware_security_module.h\n}\n',
  '# hsmlint-disable-next-line purge-protection -- reason\n',
  'resource "x" "y" {\n  a = [for i in range(3) : i * 2 if i > 0]\n  b = { for k, v in var.v : k => v... }\n  c = var.v[*].a\n}\n',
];

const fileText = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
      { weight: 1, arbitrary: fc.constantFrom('{', '}', '"', '${', '<<EOT\n', '\n', '= ', '[', ']') },
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

describe('Terraform module evaluation on random input', () => {
  it('never throws, always terminates, and maps what it evaluates', () => {
    let evaluated = 0;
    fc.assert(
      fc.property(fileText, fileText, fileText, (root, second, child) => {
        const files: Record<string, string> = {
          'main.tf': root,
          'more.tf': second,
          'child/main.tf': child,
          'body.json': '{"properties": {"enablePurgeProtection": false}}',
        };
        const workspace: TerraformWorkspace = {
          readFile: (file) => (file in files ? { text: files[file] } : { error: 'no such file' }),
          listDir: (dir) =>
            dir === '.'
              ? ['body.json', 'main.tf', 'more.tf']
              : dir === 'child'
                ? ['main.tf']
                : { error: 'no such folder' },
        };
        const result = evaluateRootModule('.', dirParser(workspace, parser), {
          workspace,
          parser,
          now: new Date('2026-11-28T00:00:00Z'),
        });
        const resources = mapInstances(result.instances);
        if (resources.length > 0) evaluated += 1;
        expect(resources.length).toBeLessThanOrEqual(result.instances.length * 2);
        for (const problem of result.problems) expect(typeof problem.message).toBe('string');
      }),
      { numRuns: 150 },
    );
    // The generator mostly builds valid configurations: the property is about evaluation, not only parsing.
    expect(evaluated).toBeGreaterThan(50);
  });
});
