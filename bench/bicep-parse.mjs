// Bicep parse throughput on one large generated file: npx tsx bench/bicep-parse.mjs [megabytes=5]
// Prints MB/s of parseBicep (median of 5 runs after a warm-up) and the process's peak memory.
import { parseBicep } from '../src/sources/bicep/index.ts';
import { random } from './lib.mjs';

const megabytes = Number(process.argv[2] ?? '5');
const rng = random(7);
const parts = [
  "targetScope = 'resourceGroup'",
  'param location string = resourceGroup().location',
  "param prefix string = 'contoso'",
];
let i = 0;
while (parts.join('\n').length < megabytes * 1024 * 1024) {
  const n = i++;
  parts.push(`
@description('HSM number ${n}')
resource hsm${n} 'Microsoft.KeyVault/managedHSMs@2025-05-01' = if (${rng.chance(0.5) ? 'true' : "location != ''"}) {
  name: '\${prefix}-hsm-${n}'
  location: location
  sku: { family: 'B', name: 'Standard_B1' }
  properties: {
    tenantId: subscription().tenantId
    initialAdminObjectIds: [ '${'0'.repeat(8)}-0000-0000-0000-${String(n).padStart(12, '0')}' ]
    enablePurgeProtection: ${rng.chance(0.5)}
    publicNetworkAccess: ${rng.chance(0.5) ? "'Disabled'" : "'Enabled'"}
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Deny'
      ipRules: [for r in range(0, ${rng.int(0, 3)}): { value: '10.\${r}.0.0/24' }]
    }
  }
}
resource key${n} 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = {
  parent: hsm${n}
  name: 'key-${n}'
  properties: { kty: 'RSA-HSM', keySize: ${rng.pick([2048, 3072, 4096])}, attributes: { exp: ${1900000000 + n} } }
}`);
}
const text = parts.join('\n');
const mb = text.length / (1024 * 1024);
parseBicep(text, 'bench.bicep');
const times = [];
for (let run = 0; run < 5; run++) {
  const started = process.hrtime.bigint();
  const program = parseBicep(text, 'bench.bicep');
  times.push(Number(process.hrtime.bigint() - started) / 1e9);
  if (program.diagnostics.length)
    throw new Error(`unexpected diagnostics: ${program.diagnostics[0].message}`);
}
times.sort((a, b) => a - b);
const median = times[2];
console.log(
  `Bicep parse: ${mb.toFixed(1)} MB, ${i} resources pairs; median ${median.toFixed(2)} s = ${(mb / median).toFixed(1)} MB/s`,
);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
