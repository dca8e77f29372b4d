// Terraform (HCL) parse throughput on one large generated file:
//   npx tsx bench/hcl-parse.mjs [megabytes=20] [--raw] [--dump=FILE]
// Prints MB/s of the HCL parser (median of 5 runs after a warm-up) and the process's peak memory.
// --raw also times tree-sitter's own parse of the whole text in one piece (no conversion), after the peak
// memory is printed. --dump=FILE writes the generated text (for profiling).
import { readFileSync, writeFileSync } from 'node:fs';
import { loadHclParser } from '../src/sources/terraform/parse.ts';
import { median, random } from './lib.mjs';

const args = process.argv.slice(2);
const raw = args.includes('--raw');
const dump = args.find((a) => a.startsWith('--dump='))?.slice('--dump='.length);
const megabytes = Number(args.find((a) => !a.startsWith('--')) ?? '20');
const rng = random(11);

const REGIONS = ['westeurope', 'northeurope', 'eastus', 'eastus2', 'uksouth', 'swedencentral'];
const SKUS = ['Standard_B1', 'Custom_B6', 'Custom_B32'];
const word = () =>
  rng.pick(['core', 'edge', 'data', 'app', 'sec', 'ops', 'ledger', 'vault', 'blue', 'green']);

function hsm(n) {
  const ipRules = Array.from({ length: rng.int(0, 4) }, (_, k) => `"10.${n % 250}.${k}.0/24"`).join(', ');
  return `
# Managed HSM number ${n}: ${word()} ${word()} workload
resource "azurerm_key_vault_managed_hardware_security_module" "hsm_${n}" {
  name                       = "\${var.prefix}-hsm-${n}-\${local.env}"
  resource_group_name        = azurerm_resource_group.rg[${n % 7}].name
  location                   = var.locations[${n % 3}] // primary region
  sku_name                   = "${rng.pick(SKUS)}"
  purge_protection_enabled   = ${rng.chance(0.8)}
  soft_delete_retention_days = ${rng.int(7, 90)}
  admin_object_ids           = [for id in var.admins : lower(id) if id != ""]
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  public_network_access_enabled = var.public_access && ${rng.chance(0.5)} ? true : false

  network_acls {
    bypass         = "AzureServices"
    default_action = ${rng.chance(0.5) ? '"Deny"' : 'var.default_action'}
    ip_rules       = [${ipRules}]
  }

  /* Role assignments are managed separately;
     see module.roles_${n % 13}. */
  dynamic "security_domain" {
    for_each = var.quorum > 0 ? [1] : []
    content {
      quorum       = max(var.quorum, 2)
      certificates = [for c in azurerm_key_vault_certificate.sd[*] : c.id]
    }
  }

  tags = merge(local.common_tags, {
    workload = "${word()}"
    index    = ${n}
    region   = "${rng.pick(REGIONS)}"
  })
}

resource "azurerm_key_vault_managed_hardware_security_module_key" "key_${n}" {
  name           = format("key-%03d", ${n})
  managed_hsm_id = azurerm_key_vault_managed_hardware_security_module.hsm_${n}.id
  key_type       = "RSA-HSM"
  key_size       = ${rng.pick([2048, 3072, 4096])}
  key_opts       = ["decrypt", "encrypt", "sign", "unwrapKey", "verify", "wrapKey"]
  expiration_date = timeadd("2030-01-01T00:00:00Z", "${rng.int(1, 9000)}h")
  rotation_policy {
    automatic {
      time_before_expiry = "P${rng.int(7, 60)}D"
    }
    expire_after         = "P${rng.int(1, 3)}Y"
  }
}

resource "azurerm_monitor_diagnostic_setting" "diag_${n}" {
  count              = var.diagnostics ? 1 : 0
  name               = "diag-\${each.key}"
  target_resource_id = azurerm_key_vault_managed_hardware_security_module.hsm_${n}.id
  log_analytics_workspace_id = var.workspace_id
  enabled_log { category = "AuditEvent" }
  metric {
    category = "AllMetrics"
    enabled  = ${rng.chance(0.5)}
  }
}
`;
}

function locals(n) {
  return `
locals {
  names_${n} = { for k, v in var.map_${n % 5} : upper(k) => v.name... if v.enabled }
  policy_${n} = <<-EOT
    {
      "hsm": "\${var.prefix}-${n}",
      "regions": [%{ for r in var.locations }"\${r}",%{ endfor }],
      "strict": %{ if var.strict }true%{ else }false%{ endif }
    }
    EOT
  script_${n} = <<EOF
#!/bin/sh
echo "rotating $\${KEY} for ${n}"
EOF
  sum_${n} = (${n} + var.offset) * 2 - length(var.admins) % 3
  ids_${n} = azurerm_key_vault_managed_hardware_security_module.hsm_${n}.*.id
}
`;
}

function header() {
  return `terraform {
  required_version = ">= 1.5"
  required_providers {
    azurerm = { source = "hashicorp/azurerm", version = "~> 4.0" }
  }
}

variable "prefix" {
  type    = string
  default = "contoso"
}

variable "locations" {
  type    = list(string)
  default = ["westeurope", "northeurope", "eastus"]
}

data "azurerm_client_config" "current" {}
`;
}

const parts = [header()];
let length = parts[0].length;
let blocks = 0;
for (let n = 0; length < megabytes * 1024 * 1024; n++) {
  const chunk = n % 4 === 3 ? locals(n) : hsm(n);
  blocks += n % 4 === 3 ? 1 : 3;
  parts.push(chunk);
  length += chunk.length;
}
const text = parts.join('');
const mb = text.length / (1024 * 1024);
if (dump) writeFileSync(dump, text);

const parser = await loadHclParser();
/** The warm-up, which also checks the result; the tree is dropped so that runs hold one tree at a time. */
function warmUp() {
  const check = parser.parse(text, 'bench.tf');
  if (check.errors.length) {
    const [first] = check.errors;
    throw new Error(`unexpected syntax error at ${JSON.stringify(first.range.start)}: ${first.message}`);
  }
  if (check.body.blocks.length !== blocks + 4) {
    throw new Error(`expected ${blocks + 4} top-level blocks, got ${check.body.blocks.length}`);
  }
}
warmUp();

// Wall time, and CPU time (user + system) as well, which a busy shared machine distorts less.
const times = [];
const cpuTimes = [];
for (let run = 0; run < 5; run++) {
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  parser.parse(text, 'bench.tf');
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1e6);
}
const seconds = median(times);
const cpuSeconds = median(cpuTimes);
console.log(
  `HCL parse: ${mb.toFixed(1)} MB, ${blocks} blocks; median ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(2)} MB/s` +
    ` (CPU ${cpuSeconds.toFixed(2)} s = ${(mb / cpuSeconds).toFixed(2)} MB/s)`,
);

console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);

if (raw) {
  // tree-sitter alone, as the ceiling the conversion runs under.
  const { default: TS } = await import('../src/sources/terraform/treesitter.cjs');
  const wasm = new URL(
    '../node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
    import.meta.url,
  );
  const tsParser = new TS.Parser();
  tsParser.setLanguage(await TS.Language.load(readFileSync(wasm)));
  const rawTimes = [];
  for (let run = 0; run < 3; run++) {
    const started = process.hrtime.bigint();
    tsParser.parse(text)?.delete();
    rawTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  const rawSeconds = median(rawTimes);
  console.log(
    `tree-sitter parse alone: median ${rawSeconds.toFixed(2)} s = ${(mb / rawSeconds).toFixed(2)} MB/s`,
  );
}
