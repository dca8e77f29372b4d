// Live source throughput against the local Azure fake: 200 Managed HSMs, 50 ms per answer, 8 requests in
// flight. Reads them once with the control plane only and once with the data plane, and prints the wall time
// against the ideal (requests x latency / concurrency).
// npx tsx bench/live.mjs [hsms=200] [latencyMs=50] [concurrency=8]   (npm run bench:live)
import {
  FAKE_ADMIN_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID,
  groupObject,
  hsmFixture,
  keyFixture,
  roleAssignmentFixture,
  rotationPolicyFixture,
} from '../__tests__/fakes/azure/fixtures.ts';
import { clearInterval, setInterval } from 'node:timers';
import { DATA_PLANE_DOMAIN, startFakeAzure } from '../__tests__/fakes/azure/server.ts';
import { readLiveState } from '../src/sources/live/index.ts';

const [hsmsArg = '200', latencyArg = '50', concurrencyArg = '8'] = process.argv.slice(2);
const count = Number(hsmsArg);
const latencyMs = Number(latencyArg);
const concurrency = Number(concurrencyArg);

// Loopback traffic never goes through a proxy.
process.env.NO_PROXY = '127.0.0.1,localhost,.localhost';
process.env.no_proxy = process.env.NO_PROXY;

const names = Array.from({ length: count }, (_, i) => `bench-${String(i).padStart(3, '0')}`);
const hsms = names.map((name) => hsmFixture(name));
const dataPlane = Object.fromEntries(
  names.map((name) => [
    name,
    {
      keys: [
        keyFixture('cmk', { size: 3072, rotationPolicy: rotationPolicyFixture() }),
        keyFixture('signing', { kty: 'EC-HSM', crv: 'P-256' }),
      ],
      roleAssignments: [
        roleAssignmentFixture({ principalId: FAKE_ADMIN_OBJECT_ID, role: 'Managed HSM Administrator' }),
      ],
    },
  ]),
);
const fake = await startFakeAzure(
  {
    subscriptions: { [FAKE_SUBSCRIPTION_ID]: { managedHsms: hsms } },
    dataPlane,
    directoryObjects: [groupObject(FAKE_ADMIN_OBJECT_ID, 'HSM Admins')],
    pageSize: { arm: 100 },
  },
  { latencyMs },
);

async function run(label, withDataPlane) {
  fake.calls.length = 0;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, fake.calls.filter((c) => c.status === 0 && !c.aborted).length);
  }, 1);
  const started = process.hrtime.bigint();
  const result = await readLiveState({
    auth: 'token',
    env: { AZURE_ACCESS_TOKEN: 'arm', AZURE_HSM_ACCESS_TOKEN: 'hsm', AZURE_GRAPH_ACCESS_TOKEN: 'graph' },
    subscriptions: [FAKE_SUBSCRIPTION_ID],
    endpoints: { arm: fake.armUrl, graph: fake.graphUrl, hsmDnsSuffix: DATA_PLANE_DOMAIN },
    agent: fake.agent,
    concurrency,
    dataPlane: withDataPlane,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  clearInterval(sampler);
  const requests = result.stats.requests;
  const ideal = (requests * latencyMs) / concurrency;
  const ok = result.stats.hsms === count && result.problems.length === 0 && result.unresolved.length === 0;
  console.log(
    `${label}: ${result.stats.hsms} HSMs, ${result.resources.length} resources, ${requests} requests; ` +
      `wall ${(wall / 1000).toFixed(2)} s vs ideal ${(ideal / 1000).toFixed(2)} s ` +
      `(${requests} x ${latencyMs} ms / ${concurrency}): ${((ideal / wall) * 100).toFixed(0)}% of ideal; ` +
      `peak ${peak} in flight${ok ? '' : ' -- UNEXPECTED PROBLEMS'}`,
  );
  if (!ok) {
    console.log(
      JSON.stringify({ problems: result.problems, unresolved: result.unresolved.slice(0, 5) }, null, 2),
    );
    process.exitCode = 1;
  }
}

try {
  console.log(
    `live source: ${count} Managed HSMs, ${latencyMs} ms latency per answer, concurrency ${concurrency}`,
  );
  await run('control plane', false);
  await run('control + data plane', true);
} finally {
  await fake.close();
}
