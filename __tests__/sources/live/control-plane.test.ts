/**
 * The live source against the Azure fake, control plane: subscriptions and paging, mapping into the canonical
 * model (so the rules see what they see in templates), filters, retries and the shared concurrency limit.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/runner.js';
import type { Finding } from '../../../src/model/finding.js';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import { TYPES, type Resource } from '../../../src/model/resource.js';
import { readLiveState } from '../../../src/sources/live/index.js';
import {
  diagnosticSettingFixture,
  FAKE_SUBSCRIPTION_ID as SUB,
  hsmFixture,
  privateEndpointConnection,
  workspaceId,
} from '../../fakes/azure/fixtures.js';
import type { FakeAzureState } from '../../fakes/azure/model.js';
import { startFakeAzure, type FakeAzure, type FakeAzureOptions } from '../../fakes/azure/server.js';
import { startFront, type Front } from './front.js';
import { find, known, liveOptions, ofType, SUB2, SUB3 } from './helpers.js';

let fake: FakeAzure | undefined;
let front: Front | undefined;
afterEach(async () => {
  await front?.close();
  await fake?.close();
  fake = undefined;
  front = undefined;
});

async function start(state: FakeAzureState, options: FakeAzureOptions = {}): Promise<FakeAzure> {
  fake = await startFakeAzure(state, options);
  return fake;
}

/** An HSM as the article says it should not be: public, allow-all firewall, no purge protection, no endpoint. */
function exposedHsm(name: string, subscriptionId = SUB) {
  return hsmFixture(name, {
    subscriptionId,
    resourceGroup: 'rg-hsm-dev',
    properties: {
      publicNetworkAccess: 'Enabled',
      networkAcls: {
        bypass: 'AzureServices',
        defaultAction: 'Allow',
        ipRules: [{ value: '203.0.113.0/24' }],
      },
      enablePurgeProtection: false,
      softDeleteRetentionInDays: 7,
      privateEndpointConnections: [],
    },
  });
}

const RULES = [
  'public-network-access',
  'network-default-deny',
  'purge-protection',
  'private-endpoint',
  'diagnostic-logs',
  'multi-region',
  'soft-delete-retention',
];

/** Runs rules over the live resources as a scan would: one graph, linked, every rule at `warn`. */
function judge(resources: Resource[], rules = RULES): Finding[] {
  const graph = new Graph(resources);
  linkResources(graph);
  return runRules(graph, registry, {
    rules: new Map(
      rules.map((id) => [
        id,
        { severity: 'warn' as const, options: registry.rules.get(id)!.meta.defaultOptions },
      ]),
    ),
    unresolved: 'info',
    explainGaps: false,
    now: new Date(),
  });
}

describe('live source: subscriptions', () => {
  it('reads HSMs of two subscriptions across pages; a subscription failing three times is a problem, not a stop', async () => {
    const server = await start(
      {
        subscriptions: {
          [SUB]: { managedHsms: [hsmFixture('hsm-a'), hsmFixture('hsm-b'), hsmFixture('hsm-c')] },
          [SUB2]: { managedHsms: [hsmFixture('hsm-d', { subscriptionId: SUB2 })] },
          [SUB3]: { managedHsms: [hsmFixture('hsm-e', { subscriptionId: SUB3 })] },
        },
        pageSize: { arm: 2 },
      },
      { faults: [{ match: new RegExp(`/subscriptions/${SUB3}/`), status: 500, times: 3 }] },
    );
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB, SUB2, SUB3] }));

    expect(ofType(result, TYPES.managedHsm).map((r) => r.displayName)).toEqual([
      'hsm-a',
      'hsm-b',
      'hsm-c',
      'hsm-d',
    ]);
    const lists = server.calls.filter(
      (c) => c.path === `/subscriptions/${SUB}/providers/Microsoft.KeyVault/managedHSMs`,
    );
    expect(lists).toHaveLength(2); // two pages
    expect(lists[1].query.$skiptoken).toBeDefined();
    // Three attempts (the first and two retries), then the subscription is given up.
    expect(server.calls.filter((c) => c.path.includes(SUB3)).map((c) => c.status)).toEqual([500, 500, 500]);
    expect(result.problems).toEqual([
      {
        message: `Subscription '${SUB3}' could not be read: HTTP 500 InternalServerError; its Managed HSMs were not checked.`,
        range: { file: `/subscriptions/${SUB3}`, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    ]);
    expect(result.unresolved).toEqual([]);
    expect(result.stats).toMatchObject({ subscriptions: 3, hsms: 4 });
    expect(result.stats.requests).toBe(server.calls.length);
  });

  it('without subscriptions, reads every subscription the identity can list (GET /subscriptions, paged)', async () => {
    const server = await start({
      subscriptions: {
        [SUB]: { managedHsms: [hsmFixture('hsm-a')] },
        [SUB2]: { managedHsms: [hsmFixture('hsm-d', { subscriptionId: SUB2 })] },
        [SUB3]: { managedHsms: [hsmFixture('hsm-e', { subscriptionId: SUB3 })] },
      },
    });
    front = await startFront(server, {
      subscriptions: [
        { subscriptionId: SUB },
        { subscriptionId: SUB2, state: 'Warned' },
        { subscriptionId: SUB3, state: 'Disabled' },
      ],
      pageSize: 2,
    });
    const result = await readLiveState(
      liveOptions(server, { endpoints: { arm: front.url, graph: server.graphUrl } }),
    );
    expect(front.subscriptionCalls.map((c) => [c.token, c.query['api-version']])).toEqual([
      ['arm-token', '2022-12-01'],
      ['arm-token', '2022-12-01'],
    ]);
    // The disabled subscription is not read.
    expect(ofType(result, TYPES.managedHsm).map((r) => r.displayName)).toEqual(['hsm-a', 'hsm-d']);
    expect(result.stats.subscriptions).toBe(2);
    expect(result.problems).toEqual([]);
  });

  it('a subscription list that cannot be read is a problem, and nothing else is read', async () => {
    const server = await start({ subscriptions: {} });
    // The fake has no /subscriptions route: 404.
    const result = await readLiveState(liveOptions(server));
    expect(result.resources).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'The subscriptions could not be listed: HTTP 404 NotFound; no Managed HSM was read.',
    ]);
  });
});

describe('live source: mapping the control plane', () => {
  it('maps an exposed HSM without diagnostic settings to values the rules flag', async () => {
    const hsm = exposedHsm('hsm-open');
    const server = await start({ subscriptions: { [SUB]: { managedHsms: [hsm] } } });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));

    const mapped = find(result, TYPES.managedHsm, 'hsm-open');
    expect(mapped.key).toBe(`live:${hsm.id}`);
    expect(mapped.surface).toBe('live');
    expect(mapped.range).toEqual({
      file: hsm.id,
      start: { line: 1, column: 1 },
      end: { line: 1, column: 1 },
    });
    expect(known(mapped, 'properties.publicNetworkAccess')).toBe('Enabled');
    expect(known(mapped, 'properties.networkAcls.defaultAction')).toBe('Allow');
    expect(known(mapped, 'properties.networkAcls.ipRules[0].value')).toBe('203.0.113.0/24');
    expect(known(mapped, 'properties.enablePurgeProtection')).toBe(false);
    expect(known(mapped, 'properties.privateEndpointConnections')).toEqual([]);
    expect(ofType(result, TYPES.diagnosticSetting)).toEqual([]);
    // Nothing about the data plane was asked for, so nothing is claimed.
    expect(mapped.get('properties.settings').kind).toBe('absent');
    expect(server.calls.some((c) => c.plane !== 'arm')).toBe(false);

    const findings = judge(result.resources).map((f) => `${f.ruleId}:${f.messageId}`);
    expect(findings.sort()).toEqual(
      [
        'public-network-access:enabled',
        'network-default-deny:allow',
        'purge-protection:disabled',
        'private-endpoint:missing',
        'diagnostic-logs:noSetting',
        'multi-region:primaryOnly',
      ].sort(),
    );
  });

  it('maps a compliant HSM to compliant values: ARM-shaped endpoint connections, regions, a linked audit setting', async () => {
    const hsm = hsmFixture('hsm-good', {
      identity: {
        type: 'SystemAssigned',
        principalId: '4d2c7b1e-8a6f-4f95-b3c0-1e9d5a7c2b48',
        tenantId: 't',
      },
      properties: {
        regions: [
          { name: 'westeurope', isPrimary: true, provisioningState: 'Succeeded' },
          { name: 'northeurope', isPrimary: false, provisioningState: 'Succeeded' },
        ],
        privateEndpointConnections: [
          privateEndpointConnection(hsmFixture('hsm-good').id, 'pe-1', 'Approved'),
        ],
      },
    });
    const server = await start({
      subscriptions: { [SUB]: { managedHsms: [hsm] } },
      diagnosticSettings: { [hsm.id]: [diagnosticSettingFixture(hsm.id, 'audit-to-law')] },
    });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));

    const mapped = find(result, TYPES.managedHsm, 'hsm-good');
    expect(known(mapped, 'properties.publicNetworkAccess')).toBe('Disabled');
    expect(known(mapped, 'properties.networkAcls')).toEqual({
      bypass: 'None',
      defaultAction: 'Deny',
      ipRules: [],
      virtualNetworkRules: [],
    });
    expect(known(mapped, 'properties.enablePurgeProtection')).toBe(true);
    expect(known(mapped, 'properties.softDeleteRetentionInDays')).toBe(90);
    expect(known(mapped, 'properties.initialAdminObjectIds')).toEqual(hsm.properties.initialAdminObjectIds);
    expect(known(mapped, 'properties.securityDomainProperties.activationStatus')).toBe('Active');
    expect(known(mapped, 'identity.type')).toBe('SystemAssigned');
    expect(known(mapped, 'sku')).toEqual({ family: 'B', name: 'Standard_B1' });
    expect(known(mapped, 'location')).toBe('westeurope');
    // The ARM shape: `properties` nested in each connection again.
    expect(
      known(
        mapped,
        'properties.privateEndpointConnections[0].properties.privateLinkServiceConnectionState.status',
      ),
    ).toBe('Approved');
    expect(known(mapped, 'properties.regions[1]')).toEqual({
      name: 'northeurope',
      isPrimary: false,
      provisioningState: 'Succeeded',
    });
    // Omitted, not null: statusMessage is there, scheduledPurgeDate is not.
    expect(mapped.get('properties.scheduledPurgeDate').kind).toBe('absent');
    expect(mapped.apiVersion).toBe('2026-02-01');

    const [setting] = ofType(result, TYPES.diagnosticSetting);
    expect(setting.displayName).toBe('audit-to-law');
    expect(known(setting, 'scope')).toBe(hsm.id);
    expect(known(setting, 'properties.workspaceId')).toBe(workspaceId());
    expect(known(setting, 'properties.logs[0]')).toMatchObject({ category: 'AuditEvent', enabled: true });
    // ARM sends null for unused destinations; they read as not set.
    expect(setting.get('properties.storageAccountId').kind).toBe('absent');

    expect(judge(result.resources)).toEqual([]);
    // Regions were in the HSM: not asked for separately.
    expect(server.calls.some((c) => c.path.endsWith('/regions'))).toBe(false);
  });

  it('reads the regions separately when the HSM does not report them', async () => {
    const hsm = hsmFixture('hsm-r', { properties: { regions: undefined } });
    const server = await start({ subscriptions: { [SUB]: { managedHsms: [hsm] } } });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));
    expect(server.calls.filter((c) => c.path.endsWith('/regions'))).toHaveLength(1);
    expect(known(find(result, TYPES.managedHsm, 'hsm-r'), 'properties.regions')).toEqual([]);
  });

  it('diagnostic settings or regions that cannot be listed are unknown, so the rules say they could not verify', async () => {
    const hsm = hsmFixture('hsm-x', { properties: { regions: undefined } });
    const server = await start(
      { subscriptions: { [SUB]: { managedHsms: [hsm] } } },
      {
        faults: [
          { match: /diagnosticSettings/, status: 403, times: Infinity },
          { match: /\/regions/, status: 403, times: Infinity },
        ],
      },
    );
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));
    const mapped = find(result, TYPES.managedHsm, 'hsm-x');
    expect(mapped.get('properties.regions')).toMatchObject({
      kind: 'unknown',
      reason: 'the regions could not be listed: HTTP 403 AuthorizationFailed',
    });
    const findings = judge(result.resources, ['diagnostic-logs', 'multi-region']);
    expect(findings.map((f) => [f.ruleId, f.relatedRule])).toEqual([
      ['unresolved', 'diagnostic-logs'],
      ['unresolved', 'diagnostic-logs'],
      ['unresolved', 'multi-region'],
    ]);
    expect(findings[0].message).toContain(
      "the diagnostic settings of 'hsm-x' could not be listed: HTTP 403 AuthorizationFailed",
    );
    expect(result.problems).toEqual([]);
  });
});

describe('live source: filters', () => {
  const state = (): FakeAzureState => ({
    subscriptions: {
      [SUB]: {
        managedHsms: [
          hsmFixture('hsm-prod-1'),
          hsmFixture('hsm-prod-2'),
          hsmFixture('hsm-dev-1', { resourceGroup: 'rg-hsm-dev' }),
        ],
      },
    },
  });

  it('lists only the given resource groups (case-insensitive), with listByResourceGroup', async () => {
    const server = await start(state());
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], resourceGroups: ['RG-HSM-DEV', 'rg-hsm-dev'] }),
    );
    expect(ofType(result, TYPES.managedHsm).map((r) => r.displayName)).toEqual(['hsm-dev-1']);
    const lists = server.calls.filter((c) => c.path.endsWith('/managedHSMs'));
    expect(lists.map((c) => c.path)).toEqual([
      `/subscriptions/${SUB}/resourceGroups/RG-HSM-DEV/providers/Microsoft.KeyVault/managedHSMs`,
    ]);
  });

  it('keeps only the named HSMs (case-insensitive); a name found nowhere is a problem', async () => {
    const server = await start(state());
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], hsmNames: ['HSM-PROD-2', 'hsm-dev-1', 'hsm-typo'] }),
    );
    expect(ofType(result, TYPES.managedHsm).map((r) => r.displayName)).toEqual(['hsm-dev-1', 'hsm-prod-2']);
    expect(result.problems.map((p) => p.message)).toEqual([
      "Managed HSM 'hsm-typo' was not found in the subscriptions read.",
    ]);
    // Filtered HSMs cost no further requests.
    expect(server.calls.some((c) => c.path.includes('hsm-prod-1'))).toBe(false);
  });

  it('a resource group that cannot be listed is a problem; the other groups are read', async () => {
    const server = await start(state(), {
      faults: [{ match: /resourceGroups\/rg-locked\//, status: 403, times: Infinity }],
    });
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], resourceGroups: ['rg-hsm-prod', 'rg-locked'] }),
    );
    expect(ofType(result, TYPES.managedHsm).map((r) => r.displayName)).toEqual(['hsm-prod-1', 'hsm-prod-2']);
    expect(result.problems.map((p) => p.message)).toEqual([
      `Resource group 'rg-locked' of subscription '${SUB}' could not be read: HTTP 403 AuthorizationFailed; its Managed HSMs were not checked.`,
    ]);
  });
});

describe('live source: resilience', () => {
  it('429 with Retry-After: waits as told, then succeeds', async () => {
    const server = await start(
      { subscriptions: { [SUB]: { managedHsms: [hsmFixture('hsm-a')] } } },
      { faults: [{ match: /\/managedHSMs\?/, status: 429, headers: { 'retry-after': '1' } }] },
    );
    const started = Date.now();
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(ofType(result, TYPES.managedHsm)).toHaveLength(1);
    expect(server.calls.filter((c) => c.path.endsWith('/managedHSMs')).map((c) => c.status)).toEqual([
      429, 200,
    ]);
    expect(result.problems).toEqual([]);
  });

  it('500 once, then success', async () => {
    const hsm = hsmFixture('hsm-a');
    const server = await start(
      {
        subscriptions: { [SUB]: { managedHsms: [hsm] } },
        diagnosticSettings: { [hsm.id]: [diagnosticSettingFixture(hsm.id, 'audit')] },
      },
      { faults: [{ match: /diagnosticSettings/, status: 500 }] },
    );
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));
    expect(server.calls.filter((c) => c.path.endsWith('/diagnosticSettings')).map((c) => c.status)).toEqual([
      500, 200,
    ]);
    expect(ofType(result, TYPES.diagnosticSetting).map((r) => r.displayName)).toEqual(['audit']);
  });

  it('never has more requests in flight than the concurrency allows, across subscriptions and planes', async () => {
    const many = (sub: string, prefix: string) =>
      Array.from({ length: 12 }, (_, i) => hsmFixture(`${prefix}-${i}`, { subscriptionId: sub }));
    const server = await start(
      { subscriptions: { [SUB]: { managedHsms: many(SUB, 'a') }, [SUB2]: { managedHsms: many(SUB2, 'b') } } },
      { latencyMs: 30 },
    );
    let peak = 0;
    const sampler = setInterval(() => {
      peak = Math.max(peak, server.calls.filter((c) => c.status === 0 && !c.aborted).length);
    }, 2);
    try {
      const result = await readLiveState(
        liveOptions(server, { subscriptions: [SUB, SUB2], concurrency: 3, dataPlane: true }),
      );
      expect(ofType(result, TYPES.managedHsm)).toHaveLength(24);
      expect(result.problems).toEqual([]);
    } finally {
      clearInterval(sampler);
    }
    expect(peak).toBe(3);
    expect(server.calls.length).toBeGreaterThan(24 * 5);
  });
});
