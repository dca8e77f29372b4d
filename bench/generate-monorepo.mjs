// Writes the deterministic synthetic monorepo of the sweep benchmark (bench/run.mjs):
// node bench/generate-monorepo.mjs [--files 20000] [--seed 1] [--force]
//
// About 20,000 files and 300 MB at the default size: ARM templates and parameters files, Bicep templates,
// modules and .bicepparam files, Terraform configurations and .tfvars files, and unrelated JSON, YAML and
// TypeScript, spread over services of a monorepo, plus a few very large generated templates (20 MB each:
// two ARM, one Bicep, one Terraform; scaled down with --files). The ordinary infrastructure uses no Managed
// HSM and no resource the rules judge, so it produces no findings. About 1% of the IaC files are copies of
// the seed deployments (bench/seeds/), which declare Managed HSMs, keys, role assignments and diagnostic
// settings, through local modules, nested and linked deployments; the reference count of findings is the
// sum of the seeds' pinned counts (bench/seeds.mjs) over the copies written.
//
// The tree goes to os.tmpdir()/hsmlint-bench-<seed>/tree (outside any repository, so no .gitignore above
// hides it) with manifest.json beside it, and is reused when the manifest matches the seed, the size and
// the generator version.
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { random } from './lib.mjs';
import { addCounts, instantiateSeed, SEEDS, SEEDS_VERSION } from './seeds.mjs';

/** Bumped whenever the generated content changes. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_FILES = 20000;
const LARGE_BYTES_AT_DEFAULT = 20 * 1024 * 1024;

const ARM_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const ARM_PARAMS_SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#';
const DOMAINS = ['payments', 'identity', 'catalog', 'search', 'orders', 'billing', 'ledger', 'shipping'];
const DOMAINS_MORE = ['risk', 'fraud', 'analytics', 'platform', 'messaging', 'media', 'support', 'growth'];
const WORDS = ['core', 'edge', 'data', 'app', 'api', 'web', 'jobs', 'queue', 'cache', 'gateway', 'portal'];
const REGIONS = ['westeurope', 'northeurope', 'eastus', 'eastus2', 'uksouth', 'swedencentral'];

export function benchRoot(seed) {
  return join(tmpdir(), `hsmlint-bench-${seed}`);
}

/**
 * Generates the tree for `seed` and `files` unless an identical one exists; returns its manifest:
 * `{ version, seed, files, tree, fileCount, bytes, kinds, large, copies, reference, changed, closure }`.
 */
export function ensureMonorepo({ files = DEFAULT_FILES, seed = 1, force = false, log = () => {} } = {}) {
  const root = benchRoot(seed);
  const manifestPath = join(root, 'manifest.json');
  // The pinned counts are part of the version: the reference written into the manifest follows them.
  const pins = createHash('sha256').update(JSON.stringify(SEEDS)).digest('hex').slice(0, 8);
  const version = `${GENERATOR_VERSION}.${SEEDS_VERSION}.${pins}`;
  if (!force && existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.version === version && manifest.files === files && manifest.complete) {
      log(`reusing ${manifest.tree} (generated for seed ${seed}, ${files} files, version ${version})`);
      return manifest;
    }
  }
  const started = process.hrtime.bigint();
  rmSync(root, { recursive: true, force: true });
  const manifest = generate(join(root, 'tree'), files, seed);
  manifest.version = version;
  manifest.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  mkdirSync(root, { recursive: true });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  log(
    `generated ${manifest.tree}: ${manifest.fileCount} files, ${(manifest.bytes / 1048576).toFixed(0)} MiB ` +
      `in ${manifest.seconds.toFixed(1)} s`,
  );
  return manifest;
}

function generate(tree, files, seed) {
  const rng = random(seed);
  const word = () => rng.pick(WORDS);
  const kinds = {};
  let fileCount = 0;
  let bytes = 0;
  const madeDirs = new Set();
  /** Dependencies of each IaC file (files the scan reads for it), for the PR-mode closure. */
  const deps = new Map();
  const iac = { arm: [], bicep: [], terraform: [] };

  const write = (path, text, kind) => {
    const abs = join(tree, path);
    const dir = dirname(abs);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    writeFileSync(abs, text);
    fileCount++;
    bytes += Buffer.byteLength(text);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
  };
  /** Large files are written in chunks through one descriptor, never held whole in memory. */
  const writeStreamed = (path, kind, target, header, chunk, footer) => {
    const abs = join(tree, path);
    mkdirSync(dirname(abs), { recursive: true });
    const fd = openSync(abs, 'w');
    let size = 0;
    const put = (text) => {
      size += writeSync(fd, text);
    };
    try {
      put(header);
      let buffered = '';
      for (let n = 0; size + buffered.length < target; n++) {
        buffered += chunk(n, n === 0);
        if (buffered.length > 1 << 20) {
          put(buffered);
          buffered = '';
        }
      }
      put(buffered);
      put(footer);
    } finally {
      closeSync(fd);
    }
    fileCount++;
    bytes += size;
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    return { path, kind, bytes: size };
  };

  // Services: ~40 files each.
  const serviceCount = Math.max(4, Math.round(files / 40));
  const services = Array.from({ length: serviceCount }, (_, i) => {
    const domain = i % 2 ? DOMAINS[i % DOMAINS.length] : DOMAINS_MORE[(i >> 1) % DOMAINS_MORE.length];
    return `services/${domain}/${word()}-${String(i).padStart(4, '0')}`;
  });

  // 1. The seed copies: about 1% of the IaC files.
  const copiesTotal = Math.max(SEEDS.length, Math.round(files / 500));
  const copies = Object.fromEntries(SEEDS.map((s) => [s.name, 0]));
  const reference = { arm: {}, bicep: {}, terraform: {} };
  const pinned = { arm: true, bicep: true, terraform: true };
  const totalWeight = SEEDS.reduce((sum, s) => sum + s.weight, 0);
  const hsmFiles = [];
  for (let c = 0; c < copiesTotal; c++) {
    let seedDef;
    if (c < SEEDS.length) seedDef = SEEDS[c];
    else {
      let pick = rng.next() * totalWeight;
      seedDef = SEEDS.find((s) => (pick -= s.weight) < 0) ?? SEEDS[SEEDS.length - 1];
    }
    const id = String(c).padStart(5, '0');
    const base = `${rng.pick(services)}/infra/hsm-${seedDef.name}-${id}`;
    const written = instantiateSeed(seedDef.name, id);
    for (const file of written) write(`${base}/${file.path}`, file.text, `seed:${seedDef.surface}`);
    copies[seedDef.name]++;
    if (seedDef.expected) addCounts(reference[seedDef.surface], seedDef.expected);
    else pinned[seedDef.surface] = false;
    const paths = written.map((f) => `${base}/${f.path}`);
    for (const p of paths) deps.set(p, seedDeps(p, paths));
    hsmFiles.push(...paths);
  }

  // 2. The very large templates.
  const largeTarget = Math.max(512 * 1024, Math.round((LARGE_BYTES_AT_DEFAULT * files) / DEFAULT_FILES));
  const large = [
    writeStreamed(
      'platform/landing-zone/arm/landing-zone-a.json',
      'arm',
      largeTarget,
      armLargeHeader(),
      (n, first) =>
        (first ? '' : ',\n') + JSON.stringify(armResource(rng, n, 'lz'), null, 2).replace(/^/gm, '    '),
      '\n  ]\n}\n',
    ),
    writeStreamed(
      'platform/landing-zone/arm/landing-zone-b.json',
      'arm',
      largeTarget,
      armLargeHeader(),
      (n, first) =>
        (first ? '' : ',\n') + JSON.stringify(armResource(rng, n, 'lzb'), null, 2).replace(/^/gm, '    '),
      '\n  ]\n}\n',
    ),
    writeStreamed(
      'platform/landing-zone/bicep/landing-zone.bicep',
      'bicep',
      largeTarget,
      bicepHeader(),
      (n) => bicepResource(rng, n),
      '\n',
    ),
    writeStreamed(
      'platform/landing-zone/terraform/landing-zone.tf',
      'terraform',
      largeTarget,
      terraformHeader(),
      (n) => terraformResource(rng, n),
      '',
    ),
  ];
  for (const l of large) deps.set(l.path, []);

  // 3. Ordinary files until the count is reached.
  const KINDS = [
    ['arm', 24],
    ['bicep', 16],
    ['terraform', 11],
    ['json', 12],
    ['yaml', 11],
    ['ts', 14],
    ['markdown', 2],
  ];
  const kindWeight = KINDS.reduce((s, [, w]) => s + w, 0);
  for (let i = 0; fileCount < files; i++) {
    const service = services[Math.floor((i / Math.max(1, files)) * serviceCount) % serviceCount];
    const name = `${word()}-${i}`;
    let pick = rng.next() * kindWeight;
    const kind = KINDS.find(([, w]) => (pick -= w) < 0)[0];
    if (kind === 'arm') {
      const path = `${service}/infra/arm/${name}.json`;
      const resources = Array.from({ length: rng.int(2, 36) }, (_, r) => armResource(rng, r, name));
      write(path, JSON.stringify(armTemplate(resources), null, 2), 'arm');
      const d = [];
      if (rng.chance(0.35) && fileCount < files) {
        const params = `${service}/infra/arm/${name}.parameters.json`;
        write(params, JSON.stringify(armParameters(rng, name), null, 2), 'arm-parameters');
        d.push(params);
        deps.set(params, []);
        iac.arm.push(params);
      }
      deps.set(path, d);
      iac.arm.push(path);
    } else if (kind === 'bicep') {
      const folder = `${service}/infra/bicep`;
      const path = `${folder}/${name}.bicep`;
      const d = [];
      let text = bicepHeader();
      for (let r = 0, count = rng.int(2, 30); r < count; r++) text += bicepResource(rng, r);
      if (rng.chance(0.2) && fileCount + 1 < files) {
        const module = `${folder}/modules/${name}-storage.bicep`;
        let moduleText = `${bicepHeader()}\noutput ok bool = true\n`;
        for (let r = 0, count = rng.int(1, 6); r < count; r++) moduleText += bicepResource(rng, r);
        write(module, moduleText, 'bicep');
        deps.set(module, []);
        iac.bicep.push(module);
        text += `\nmodule storage${i} './modules/${name}-storage.bicep' = {\n  name: 'storage-${i}'\n  params: {\n    location: location\n    prefix: prefix\n  }\n}\n`;
        d.push(module);
      }
      write(path, text, 'bicep');
      if (rng.chance(0.25) && fileCount < files) {
        const params = `${folder}/${name}.bicepparam`;
        write(
          params,
          `using './${name}.bicep'\n\nparam prefix = '${word()}'\nparam location = '${rng.pick(REGIONS)}'\n`,
          'bicepparam',
        );
        deps.set(params, [path, ...d]);
        d.push(params);
        iac.bicep.push(params);
      }
      deps.set(path, d);
      iac.bicep.push(path);
    } else if (kind === 'terraform') {
      // Each Terraform folder is one root module: a main file, variables, sometimes tfvars.
      const folder = `${service}/terraform/${name}`;
      const main = `${folder}/main.tf`;
      let text = terraformHeader();
      for (let r = 0, count = rng.int(2, 28); r < count; r++) text += terraformResource(rng, r);
      write(main, text, 'terraform');
      const members = [main];
      if (fileCount < files) {
        write(`${folder}/outputs.tf`, terraformOutputs(rng), 'terraform');
        members.push(`${folder}/outputs.tf`);
      }
      if (rng.chance(0.3) && fileCount < files) {
        write(
          `${folder}/terraform.tfvars`,
          `prefix    = "${word()}"\nlocations = ["${rng.pick(REGIONS)}", "${rng.pick(REGIONS)}"]\n`,
          'tfvars',
        );
        members.push(`${folder}/terraform.tfvars`);
      }
      for (const m of members)
        if (m.endsWith('.tf')) {
          deps.set(
            m,
            members.filter((o) => o !== m),
          );
          iac.terraform.push(m);
        }
    } else if (kind === 'json') {
      const [path, value] = unrelatedJson(rng, service, name, i);
      write(path, JSON.stringify(value, null, 2), 'json');
    } else if (kind === 'yaml') {
      write(`${service}/deploy/${name}.yaml`, yamlFile(rng, name), 'yaml');
    } else if (kind === 'ts') {
      write(`${service}/src/${name}.ts`, typescriptFile(rng, name, i), 'ts');
    } else {
      write(`${service}/docs/${name}.md`, markdownFile(rng, name), 'markdown');
    }
  }

  // 4. The ten files a pull request changes: ordinary IaC files of each surface and three seed files.
  const seedEntries = hsmFiles.filter((f) => /\/(azuredeploy\.json|main\.bicep|main\.tf)$/.test(f));
  const changed = [
    ...pickDistinct(rng, iac.arm, 3),
    ...pickDistinct(rng, iac.bicep, 2),
    ...pickDistinct(rng, iac.terraform, 2),
    ...pickDistinct(rng, seedEntries, 3),
  ];
  const closure = new Set();
  const visit = (f) => {
    if (closure.has(f)) return;
    closure.add(f);
    for (const d of deps.get(f) ?? []) visit(d);
  };
  changed.forEach(visit);

  return {
    seed,
    files,
    tree,
    fileCount,
    bytes,
    kinds,
    large,
    copies,
    reference: Object.fromEntries(
      Object.entries(reference).map(([s, counts]) => [s, pinned[s] ? counts : null]),
    ),
    hsmFiles: hsmFiles.length,
    iacFiles: Object.entries(kinds)
      .filter(([k]) => !['json', 'yaml', 'ts', 'markdown'].includes(k))
      .reduce((s, [, n]) => s + n, 0),
    changed,
    closure: [...closure].sort(),
    complete: true,
  };
}

/** What the scan reads for a file of a seed copy: the other files of the copy it belongs with. */
function seedDeps(path, copy) {
  const dir = posix.dirname(path);
  // A Terraform module is its folder; a root reads its tfvars and the local modules it calls.
  if (path.includes('/modules/') && path.endsWith('.tf'))
    return copy.filter((p) => p !== path && posix.dirname(p) === dir);
  if (path.includes('/modules/') || path.includes('/nested/')) return [];
  return copy.filter((p) => p !== path);
}

function pickDistinct(rng, list, n) {
  const out = [];
  for (let guard = 0; out.length < Math.min(n, list.length) && guard < 1000; guard++) {
    const item = rng.pick(list);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

// ---- ARM ----

function armTemplate(resources) {
  return {
    $schema: ARM_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      prefix: { type: 'string', defaultValue: 'app' },
      location: { type: 'string', defaultValue: '[resourceGroup().location]' },
      environment: { type: 'string', defaultValue: 'dev', allowedValues: ['dev', 'test', 'prod'] },
    },
    variables: {
      tags: { owner: 'platform', environment: "[parameters('environment')]" },
      suffix: '[uniqueString(resourceGroup().id)]',
    },
    resources,
    outputs: { prefix: { type: 'string', value: "[parameters('prefix')]" } },
  };
}

function armLargeHeader() {
  const t = armTemplate([]);
  const text = JSON.stringify(t, null, 2);
  // Everything up to the open resources array.
  return `${text.slice(0, text.indexOf('"resources": [') + '"resources": ['.length)}\n`;
}

function armParameters(rng, name) {
  return {
    $schema: ARM_PARAMS_SCHEMA,
    contentVersion: '1.0.0.0',
    parameters: {
      prefix: { value: name },
      environment: { value: rng.pick(['dev', 'test', 'prod']) },
    },
  };
}

const ARM_TYPES = [
  'Microsoft.Storage/storageAccounts',
  'Microsoft.Web/sites',
  'Microsoft.Web/serverfarms',
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/networkSecurityGroups',
  'Microsoft.Compute/virtualMachines',
  'Microsoft.Sql/servers',
  'Microsoft.ContainerService/managedClusters',
  'Microsoft.KeyVault/vaults',
  'Microsoft.Cache/redis',
];

function armResource(rng, r, name) {
  const type = rng.pick(ARM_TYPES);
  const resource = {
    type,
    apiVersion: '2023-01-01',
    name: `[format('{0}-${name}-${r}-{1}', parameters('prefix'), variables('suffix'))]`,
    location: "[parameters('location')]",
    tags: "[variables('tags')]",
    properties: {
      description: `Resource ${r} of ${name}: ${'lorem ipsum dolor sit amet '.repeat(rng.int(1, 12))}`,
      settings: Array.from({ length: rng.int(0, 18) }, (_, k) => ({
        name: `setting-${k}`,
        value: `[format('{0}-{1}', parameters('prefix'), ${k})]`,
        enabled: rng.chance(0.5),
      })),
    },
  };
  if (type === 'Microsoft.KeyVault/vaults') {
    resource.properties.tenantId = '[subscription().tenantId]';
    resource.properties.sku = { family: 'A', name: 'standard' };
    resource.properties.enablePurgeProtection = true;
    resource.properties.enableRbacAuthorization = true;
  }
  if (rng.chance(0.1)) resource.copy = { name: `loop${r}`, count: rng.int(1, 5) };
  if (rng.chance(0.15)) resource.condition = "[equals(parameters('environment'), 'prod')]";
  if (r > 0 && rng.chance(0.3))
    resource.dependsOn = [`[resourceId('${ARM_TYPES[0]}', parameters('prefix'))]`];
  return resource;
}

// ---- Bicep ----

function bicepHeader() {
  return `targetScope = 'resourceGroup'

@description('Name prefix of every resource.')
param prefix string = 'app'
param location string = resourceGroup().location

var tags = {
  owner: 'platform'
  prefix: prefix
}
`;
}

function bicepResource(rng, n) {
  const id = `r${n}x${rng.int(0, 1e6)}`;
  switch (rng.int(0, 3)) {
    case 0:
      return `
@description('Storage account ${n}')
resource storage${id} 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: '\${prefix}st${n}'
  location: location
  tags: tags
  sku: {
    name: '${rng.pick(['Standard_LRS', 'Standard_ZRS', 'Premium_LRS'])}'
  }
  kind: 'StorageV2'
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: ${rng.chance(0.2)}
    supportsHttpsTrafficOnly: true
    networkAcls: {
      defaultAction: '${rng.pick(['Allow', 'Deny'])}'
      ipRules: [for i in range(0, ${rng.int(0, 4)}): { value: '10.\${i}.0.0/24' }]
    }
  }
}
`;
    case 1:
      return `
resource plan${id} 'Microsoft.Web/serverfarms@2023-01-01' = {
  name: '\${prefix}-plan-${n}'
  location: location
  sku: {
    name: '${rng.pick(['P1v3', 'S1', 'B1'])}'
    capacity: ${rng.int(1, 5)}
  }
}

resource site${id} 'Microsoft.Web/sites@2023-01-01' = if (${rng.chance(0.5) ? 'true' : "prefix != ''"}) {
  name: '\${prefix}-web-${n}'
  location: location
  tags: union(tags, { component: 'web-${n}' })
  properties: {
    serverFarmId: plan${id}.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'SETTING_A', value: '\${prefix}-${n}' }
        { name: 'SETTING_B', value: string(${rng.int(0, 999)}) }
      ]
    }
  }
}
`;
    case 2:
      return `
resource vnet${id} 'Microsoft.Network/virtualNetworks@2023-05-01' = {
  name: '\${prefix}-vnet-${n}'
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.${n % 250}.0.0/16'
      ]
    }
    subnets: [for s in range(0, ${rng.int(1, 6)}): {
      name: 'subnet-\${s}'
      properties: {
        addressPrefix: '10.${n % 250}.\${s}.0/24'
      }
    }]
  }
}
`;
    default:
      return `
resource vault${id} 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '\${prefix}-kv-${n}'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
  }
}
`;
  }
}

// ---- Terraform ----

function terraformHeader() {
  return `terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

variable "prefix" {
  type    = string
  default = "app"
}

variable "locations" {
  type    = list(string)
  default = ["westeurope", "northeurope"]
}

locals {
  tags = {
    owner  = "platform"
    prefix = var.prefix
  }
}
`;
}

function terraformResource(rng, n) {
  const id = `r${n}_${rng.int(0, 1e6)}`;
  switch (rng.int(0, 3)) {
    case 0:
      return `
resource "azurerm_storage_account" "${id}" {
  name                     = "\${var.prefix}st${n}"
  resource_group_name      = "\${var.prefix}-rg"
  location                 = var.locations[0]
  account_tier             = "Standard"
  account_replication_type = "${rng.pick(['LRS', 'ZRS', 'GRS'])}"
  min_tls_version          = "TLS1_2"
  tags                     = merge(local.tags, { index = "${n}" })

  network_rules {
    default_action = "${rng.pick(['Allow', 'Deny'])}"
    ip_rules       = [for i in range(${rng.int(0, 4)}) : "10.\${i}.0.0/24"]
  }
}
`;
    case 1:
      return `
resource "azurerm_service_plan" "${id}" {
  name                = "\${var.prefix}-plan-${n}"
  resource_group_name = "\${var.prefix}-rg"
  location            = var.locations[0]
  os_type             = "Linux"
  sku_name            = "${rng.pick(['P1v3', 'S1', 'B1'])}"
}

resource "azurerm_linux_web_app" "${id}" {
  name                = "\${var.prefix}-web-${n}"
  resource_group_name = "\${var.prefix}-rg"
  location            = var.locations[0]
  service_plan_id     = azurerm_service_plan.${id}.id
  https_only          = true

  site_config {
    minimum_tls_version = "1.2"
  }

  app_settings = {
    SETTING_A = "\${var.prefix}-${n}"
    SETTING_B = "${rng.int(0, 999)}"
  }
}
`;
    case 2:
      return `
resource "azurerm_virtual_network" "${id}" {
  name                = "\${var.prefix}-vnet-${n}"
  resource_group_name = "\${var.prefix}-rg"
  location            = var.locations[${n % 2}]
  address_space       = ["10.${n % 250}.0.0/16"]

  dynamic "subnet" {
    for_each = range(${rng.int(1, 5)})
    content {
      name           = "subnet-\${subnet.value}"
      address_prefixes = ["10.${n % 250}.\${subnet.value}.0/24"]
    }
  }
}
`;
    default:
      return `
resource "azurerm_key_vault" "${id}" {
  name                       = "\${var.prefix}-kv-${n}"
  resource_group_name        = "\${var.prefix}-rg"
  location                   = var.locations[0]
  tenant_id                  = "11111111-1111-1111-1111-111111111111"
  sku_name                   = "standard"
  purge_protection_enabled   = true
  enable_rbac_authorization  = true
  soft_delete_retention_days = ${rng.int(7, 90)}
}
`;
  }
}

function terraformOutputs(rng) {
  return `output "prefix" {
  value = var.prefix
}

output "region_count" {
  value = length(var.locations) + ${rng.int(0, 3)}
}
`;
}

// ---- Everything else ----

function unrelatedJson(rng, service, name, i) {
  switch (rng.int(0, 4)) {
    case 0:
      return [
        `${service}/${name}/package.json`,
        {
          name: `@contoso/${name}`,
          version: `1.${rng.int(0, 20)}.${rng.int(0, 50)}`,
          private: true,
          scripts: { build: 'tsc -p .', test: 'jest', lint: 'eslint .' },
          dependencies: Object.fromEntries(
            Array.from({ length: rng.int(2, 25) }, (_, k) => [
              `dep-${k}-${rng.int(0, 99)}`,
              `^${rng.int(1, 9)}.0.0`,
            ]),
          ),
        },
      ];
    case 1:
      return [
        `${service}/config/${name}.appsettings.json`,
        {
          Logging: { LogLevel: { Default: 'Information', Microsoft: 'Warning' } },
          ConnectionStrings: { Main: `Server=tcp:${name}.database.windows.net;Database=${name}` },
          Features: Object.fromEntries(
            Array.from({ length: rng.int(3, 40) }, (_, k) => [`flag${k}`, rng.chance(0.5)]),
          ),
        },
      ];
    case 2:
      // Fixtures: the bulk of unrelated JSON, tens of kilobytes.
      return [
        `${service}/test/fixtures/${name}.json`,
        Array.from({ length: rng.int(20, 700) }, (_, k) => ({
          id: `${i}-${k}`,
          name: `${name} item ${k}`,
          price: rng.int(1, 99999) / 100,
          tags: [rng.pick(WORDS), rng.pick(WORDS)],
          description: 'The quick brown fox jumps over the lazy dog. '.repeat(rng.int(0, 3)),
        })),
      ];
    case 3:
      // Not an ARM template, though it has a "resources" key (a dashboard export).
      return [
        `${service}/dashboards/${name}.json`,
        {
          title: `${name} dashboard`,
          resources: Array.from({ length: rng.int(2, 30) }, (_, k) => ({
            panel: k,
            query: `requests | where name == '${name}-${k}' | summarize count() by bin(timestamp, 5m)`,
          })),
        },
      ];
    default:
      return [
        `${service}/${name}/tsconfig.json`,
        {
          compilerOptions: { target: 'ES2022', module: 'NodeNext', strict: true, outDir: 'dist' },
          include: ['src'],
        },
      ];
  }
}

function yamlFile(rng, name) {
  if (rng.chance(0.5)) {
    let text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: ${rng.int(1, 6)}\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n`;
    for (let c = 0, n = rng.int(1, 4); c < n; c++) {
      text += `        - name: ${name}-${c}\n          image: contoso.azurecr.io/${name}:${rng.int(1, 300)}\n          env:\n`;
      for (let e = 0, m = rng.int(2, 30); e < m; e++)
        text += `            - name: VAR_${e}\n              value: "${rng.pick(WORDS)}-${e}"\n`;
    }
    return text;
  }
  let text = `trigger:\n  branches:\n    include: [main]\npool:\n  vmImage: ubuntu-latest\nstages:\n`;
  for (let s = 0, n = rng.int(1, 6); s < n; s++) {
    text += `  - stage: stage_${s}\n    jobs:\n      - job: build_${s}\n        steps:\n          - script: npm ci && npm run build -- --project ${name}\n            displayName: Build ${s}\n          - task: AzureCLI@2\n            inputs:\n              azureSubscription: contoso-${rng.pick(WORDS)}\n              scriptType: bash\n              inlineScript: az deployment group create -g ${name}-rg -f infra/main.bicep\n`;
  }
  return text;
}

function typescriptFile(rng, name, i) {
  let text = `// ${name}: generated service code for the benchmark.\nimport { readFile } from 'node:fs/promises';\n\nexport interface Item${i} {\n  id: string;\n  name: string;\n  price: number;\n}\n`;
  for (let f = 0, n = rng.int(2, 40); f < n; f++) {
    text += `\nexport async function handler${f}(path: string): Promise<Item${i}[]> {\n  const text = await readFile(path, 'utf8');\n  const items = JSON.parse(text) as Item${i}[];\n  return items.filter((item) => item.price > ${rng.int(0, 500)} && item.name.includes('${rng.pick(WORDS)}'));\n}\n`;
  }
  return text;
}

function markdownFile(rng, name) {
  return `# ${name}\n\n${'This service is part of the contoso monorepo. '.repeat(rng.int(5, 60))}\n\n## Deploying\n\nRun the pipeline in deploy/.\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { files: { type: 'string' }, seed: { type: 'string' }, force: { type: 'boolean' } },
  });
  const manifest = ensureMonorepo({
    files: Number(values.files ?? DEFAULT_FILES),
    seed: Number(values.seed ?? 1),
    force: values.force ?? false,
    log: (m) => console.error(m),
  });
  const { closure: _closure, ...summary } = manifest;
  console.log(JSON.stringify(summary, null, 2));
}
