/**
 * The Azure fake, exercised with the real SDK clients over HTTPS and the throwaway test CA.
 *
 * How each client is pointed at the fake and made to trust the CA (the recipe for the live source):
 * - `new KeyVaultManagementClient(cred, sub, { endpoint: armUrl, agent, retryOptions })`
 * - `new MonitorClient(cred, sub, { endpoint: armUrl, agent, retryOptions })` (arm-monitor 7: `endpoint`, not `$host`)
 * - `new KeyClient(hsmUri, cred, { agent, retryOptions })`, `hsmUri` as ARM returns it
 * - `createPipelineFromOptions({ agent, retryOptions })` + `bearerTokenAuthenticationPolicy({ credential, scopes })`
 *   + `createDefaultHttpClient()` for Managed HSM RBAC/settings and Graph
 * where `agent` is `fake.agent` (or `createFakeAzureAgent()`): an `https.Agent` with the CA and a lookup that
 * maps `*.localhost` to 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { Agent as HttpsAgent } from 'node:https';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from '@jest/globals';
import { KeyVaultManagementClient } from '@azure/arm-keyvault';
import { MonitorClient } from '@azure/arm-monitor';
import { KeyClient } from '@azure/keyvault-keys';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  type PipelineOptions,
  type PipelineRetryOptions,
  type PipelineResponse,
} from '@azure/core-rest-pipeline';
import type { AccessToken, TokenCredential } from '@azure/identity';
import {
  FAKE_SUBSCRIPTION_ID,
  FAKE_RESOURCE_GROUP,
  diagnosticSettingFixture,
  groupObject,
  hsmFixture,
  keyFixture,
  privateEndpointConnection,
  roleAssignmentFixture,
  rotationPolicyFixture,
  servicePrincipalObject,
  userObject,
  workspaceId,
} from './fixtures.js';
import type { FakeAzureState } from './model.js';
import { startFakeAzure, type FakeAzure, type FakeAzureOptions } from './server.js';
import { getTestTls } from './tls.js';

// The SDK's proxy policy reads these when the first client is built: keep loopback traffic off any proxy.
process.env.NO_PROXY = '127.0.0.1,localhost,.localhost';
process.env.no_proxy = process.env.NO_PROXY;

const SUB = FAKE_SUBSCRIPTION_ID;
const SUB2 = '9b3e5f71-2c48-4d06-8a9f-e17c4b2d6a93';
const RG = FAKE_RESOURCE_GROUP;
const ADMINS = '6f1d9a2c-4b7e-4c31-9d58-2a0e8b7f5c14';
const ALICE = 'c2a7e4f9-1d3b-4e86-b5a0-7f9c2d1e8b36';
const BACKUP_APP = 'e8b1c5d2-9f4a-4273-a6e0-3d7b9c1f2a85';

/** The dummy credential from the brief: one token for every scope, scopes recorded. */
function dummyCredential(token = 'arm-token'): TokenCredential & { scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    getToken: async (wanted: string | string[]): Promise<AccessToken> => {
      scopes.push(...[wanted].flat());
      return { token, expiresOnTimestamp: Date.now() + 3.6e6 };
    },
  };
}

/** A token per audience, as Entra ID would issue them. */
function scopedCredential(): TokenCredential {
  return {
    getToken: async (wanted: string | string[]): Promise<AccessToken> => {
      const scope = [wanted].flat().join(' ');
      const token = scope.includes('managedhsm')
        ? 'hsm-token'
        : scope.includes('graph')
          ? 'graph-token'
          : 'arm-token';
      return { token, expiresOnTimestamp: Date.now() + 3.6e6 };
    },
  };
}

const fast: PipelineRetryOptions = { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 50 };

function baseState(): FakeAzureState {
  const a = hsmFixture('hsm-a', {
    identity: { type: 'SystemAssigned', principalId: '4d2c7b1e-8a6f-4f95-b3c0-1e9d5a7c2b48', tenantId: 't' },
  });
  const b = hsmFixture('hsm-b', {
    resourceGroup: 'rg-hsm-dev',
    properties: {
      publicNetworkAccess: 'Enabled',
      networkAcls: {
        bypass: 'AzureServices',
        defaultAction: 'Allow',
        ipRules: [{ value: '203.0.113.0/24' }],
      },
      enablePurgeProtection: false,
      privateEndpointConnections: [],
      securityDomainProperties: {
        activationStatus: 'NotActivated',
        activationStatusMessage: 'Not activated',
      },
    },
  });
  const c = hsmFixture('hsm-c', {
    location: 'northeurope',
    properties: {
      regions: [
        { name: 'northeurope', isPrimary: true, provisioningState: 'Succeeded' },
        { name: 'westeurope', isPrimary: false, provisioningState: 'Succeeded' },
      ],
      privateEndpointConnections: [
        privateEndpointConnection(hsmFixture('hsm-c').id, 'pe-one', 'Approved'),
        privateEndpointConnection(hsmFixture('hsm-c').id, 'pe-two', 'Pending'),
      ],
    },
  });
  const d = hsmFixture('hsm-d', { subscriptionId: SUB2 });
  return {
    subscriptions: { [SUB]: { managedHsms: [a, b, c] }, [SUB2]: { managedHsms: [d] } },
    diagnosticSettings: {
      [a.id]: [
        diagnosticSettingFixture(a.id, 'audit-to-law'),
        diagnosticSettingFixture(a.id, 'to-storage', {
          workspaceId: null,
          storageAccountId: `/subscriptions/${SUB}/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/stauditlogs`,
          logs: [{ categoryGroup: 'audit', category: null, enabled: true }],
          metrics: [],
        }),
      ],
    },
    dataPlane: {
      'hsm-a': {
        keys: [
          keyFixture('cmk-sql', { size: 2048 }),
          keyFixture('signing', {
            kty: 'EC-HSM',
            crv: 'P-384',
            exp: null,
            rotationPolicy: rotationPolicyFixture(),
          }),
          keyFixture('wrap-aes', { kty: 'oct-HSM' }),
        ],
        roleAssignments: [
          roleAssignmentFixture({ principalId: ADMINS, role: 'Managed HSM Administrator' }),
          roleAssignmentFixture({ principalId: ALICE, role: 'Managed HSM Crypto User', scope: '/keys' }),
          roleAssignmentFixture({ principalId: BACKUP_APP, role: 'Managed HSM Backup' }),
        ],
        settings: { AllowKeyManagementOperationsThroughARM: 'true' },
      },
    },
    directoryObjects: [
      groupObject(ADMINS, 'HSM Admins'),
      userObject(ALICE, 'Alice Example'),
      servicePrincipalObject(BACKUP_APP, 'backup-runner', 'ManagedIdentity'),
    ],
  };
}

let fake: FakeAzure | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(
  state: FakeAzureState = baseState(),
  options: FakeAzureOptions = {},
): Promise<FakeAzure> {
  fake = await startFakeAzure(state, options);
  return fake;
}

function arm(server: FakeAzure, credential: TokenCredential = dummyCredential(), retryOptions = fast) {
  return new KeyVaultManagementClient(credential, SUB, {
    endpoint: server.armUrl,
    agent: server.agent,
    retryOptions,
  });
}

function keys(
  server: FakeAzure,
  hsm: string,
  credential: TokenCredential = dummyCredential(),
  retryOptions = fast,
) {
  return new KeyClient(`${server.dataPlaneUrl(hsm)}/`, credential, { agent: server.agent, retryOptions });
}

/** A plain REST pipeline as the live source builds it for Managed HSM RBAC/settings and Graph. */
function rest(credential: TokenCredential | undefined, scope: string, options: PipelineOptions) {
  const pipeline = createPipelineFromOptions(options);
  if (credential) pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: scope }));
  const client = createDefaultHttpClient();
  return (url: string, method: 'GET' | 'POST' = 'GET', body?: unknown): Promise<PipelineResponse> => {
    const request = createPipelineRequest({ url, method });
    if (body !== undefined) {
      request.headers = createHttpHeaders({ 'content-type': 'application/json' });
      request.body = JSON.stringify(body);
    }
    return pipeline.sendRequest(client, request);
  };
}

function json(response: PipelineResponse): Record<string, unknown> {
  return JSON.parse(response.bodyAsText ?? 'null') as Record<string, unknown>;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe('fake Azure: Resource Manager through KeyVaultManagementClient and MonitorClient', () => {
  it('lists Managed HSMs across two pages, with the properties the service returns', async () => {
    const server = await start({ ...baseState(), pageSize: { arm: 2 } });
    const credential = dummyCredential();
    const hsms = await collect(arm(server, credential).managedHsms.listBySubscription());

    expect(hsms.map((h) => h.name)).toEqual(['hsm-a', 'hsm-b', 'hsm-c']);
    const lists = server.calls.filter((c) => c.path.endsWith('/managedHSMs'));
    expect(lists).toHaveLength(2);
    expect(lists[0].query).toEqual({ 'api-version': '2026-02-01' });
    expect(lists[1].query.$skiptoken).toBeDefined();
    expect(lists.every((c) => c.auth === 'bearer' && c.token === 'arm-token' && c.status === 200)).toBe(true);
    expect(credential.scopes).toEqual([`${server.armUrl}/.default`]);

    const [a, b, c] = hsms;
    expect(a.properties?.hsmUri).toBe(`${server.dataPlaneUrl('hsm-a')}/`);
    expect(a.identity?.type).toBe('SystemAssigned');
    expect(a.properties?.enablePurgeProtection).toBe(true);
    expect(a.properties?.publicNetworkAccess).toBe('Disabled');
    expect(a.properties?.securityDomainProperties?.activationStatus).toBe('Active');
    // The modular client flattens `properties` of each embedded private endpoint connection.
    expect(a.properties?.privateEndpointConnections?.[0].privateLinkServiceConnectionState?.status).toBe(
      'Approved',
    );
    expect(b.properties?.networkAcls).toMatchObject({
      defaultAction: 'Allow',
      ipRules: [{ value: '203.0.113.0/24' }],
    });
    expect(b.properties?.enablePurgeProtection).toBe(false);
    expect(c.properties?.regions?.map((r) => [r.name, r.isPrimary])).toEqual([
      ['northeurope', true],
      ['westeurope', false],
    ]);
  });

  it('gets one HSM, and answers 404 ResourceNotFound for an unknown one', async () => {
    const server = await start();
    const client = arm(server);
    const hsm = await client.managedHsms.get('rg-hsm-dev', 'hsm-b');
    expect(hsm.id).toBe(
      `/subscriptions/${SUB}/resourceGroups/rg-hsm-dev/providers/Microsoft.KeyVault/managedHSMs/hsm-b`,
    );
    expect(hsm.sku).toEqual({ family: 'B', name: 'Standard_B1' });
    await expect(client.managedHsms.get(RG, 'nope')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceNotFound',
    });
  });

  it('lists private endpoint connections and regions of an HSM', async () => {
    const server = await start({ ...baseState(), pageSize: { arm: 1 } });
    const client = arm(server);
    const connections = await collect(client.mhsmPrivateEndpointConnections.listByResource(RG, 'hsm-c'));
    expect(connections.map((c) => [c.name, c.privateLinkServiceConnectionState?.status])).toEqual([
      ['pe-one', 'Approved'],
      ['pe-two', 'Pending'],
    ]);
    expect(connections[0].privateEndpoint?.id).toMatch(/\/Microsoft\.Network\/privateEndpoints\/pe-one$/);
    const regions = await collect(client.mhsmRegions.listByResource(RG, 'hsm-c'));
    expect(regions).toEqual([
      { name: 'northeurope', isPrimary: true, provisioningState: 'Succeeded' },
      { name: 'westeurope', isPrimary: false, provisioningState: 'Succeeded' },
    ]);
    // pageSize 1: two pages each.
    expect(server.calls.filter((c) => c.path.endsWith('/privateEndpointConnections'))).toHaveLength(2);
    expect(server.calls.filter((c) => c.path.endsWith('/regions'))).toHaveLength(2);
  });

  it('lists diagnostic settings with MonitorClient (resource id without its leading slash)', async () => {
    const server = await start();
    const hsm = baseState().subscriptions[SUB].managedHsms[0];
    const monitor = new MonitorClient(dummyCredential(), SUB, {
      endpoint: server.armUrl,
      agent: server.agent,
      retryOptions: fast,
    });
    const list = async (uri: string) => {
      const out = [];
      for await (const setting of monitor.diagnosticSettings.list(uri)) out.push(setting);
      return out;
    };
    const settings = await list(hsm.id.slice(1));
    expect(settings.map((s) => s.name)).toEqual(['audit-to-law', 'to-storage']);
    expect(settings[0].workspaceId).toBe(workspaceId());
    expect(settings[0].logs?.[0]).toMatchObject({ category: 'AuditEvent', enabled: true });
    expect(settings[1].logs?.[0]?.categoryGroup).toBe('audit');
    const call = server.calls.find((c) => c.path.endsWith('/diagnosticSettings'));
    expect(call?.query['api-version']).toBe('2021-05-01-preview');
    // A resource without settings has an empty list.
    expect(await list(hsmFixture('hsm-b').id.slice(1))).toEqual([]);
  });
});

describe('fake Azure: Managed HSM data plane through KeyClient', () => {
  it('lists keys (two pages), gets them and their rotation policies after the challenge handshake', async () => {
    const server = await start({ ...baseState(), pageSize: { dataPlane: 2 } });
    const credential = dummyCredential();
    const hsm = await arm(server).managedHsms.get(RG, 'hsm-a');
    const client = new KeyClient(hsm.properties?.hsmUri ?? '', credential, {
      agent: server.agent,
      retryOptions: fast,
    });

    const listed = await collect(client.listPropertiesOfKeys());
    expect(listed.map((k) => k.name)).toEqual(['cmk-sql', 'signing', 'wrap-aes']);
    expect(listed[0].vaultUrl).toBe(server.dataPlaneUrl('hsm-a'));
    expect(listed[0].expiresOn).toBeInstanceOf(Date);
    expect(listed[1].expiresOn).toBeUndefined();

    const rsa = await client.getKey('cmk-sql');
    expect(rsa.keyType).toBe('RSA-HSM');
    expect(rsa.key?.n?.length).toBe(256); // 2048-bit modulus
    expect(rsa.properties.recoveryLevel).toBe('Recoverable');
    const ec = await client.getKey('signing');
    expect([ec.keyType, ec.key?.crv, ec.key?.x?.length]).toEqual(['EC-HSM', 'P-384', 48]);
    const aes = await client.getKey('wrap-aes');
    expect(aes.keyType).toBe('oct-HSM');
    expect(aes.key?.n).toBeUndefined();

    expect(await client.getKeyRotationPolicy('signing')).toMatchObject({
      expiresIn: 'P1Y',
      lifetimeActions: [
        { action: 'Rotate', timeAfterCreate: 'P90D' },
        { action: 'Notify', timeBeforeExpiry: 'P30D' },
      ],
    });
    // A key nobody gave a policy: the service's default, a single Notify.
    const defaultPolicy = await client.getKeyRotationPolicy('cmk-sql');
    expect(defaultPolicy.lifetimeActions).toEqual([{ action: 'Notify', timeBeforeExpiry: 'P30D' }]);
    expect(defaultPolicy.expiresIn).toBeUndefined();
    await expect(client.getKey('missing')).rejects.toMatchObject({ statusCode: 404, code: 'KeyNotFound' });

    const dataCalls = server.calls.filter((c) => c.plane === 'dataPlane');
    // The first request goes without a token and gets the challenge; the rest carry the token.
    expect(dataCalls[0]).toMatchObject({ hsm: 'hsm-a', auth: 'none', status: 401 });
    expect(dataCalls.slice(1).every((c) => c.auth === 'bearer')).toBe(true);
    expect(dataCalls.filter((c) => c.path === '/keys')).toHaveLength(3); // challenge + two pages
    expect(dataCalls[1].query['api-version']).toBe('2025-07-01');
    expect(credential.scopes).toContain('https://managedhsm.localhost/.default');
  });

  it('keeps HSMs apart by host name', async () => {
    const state = baseState();
    state.dataPlane = {
      ...state.dataPlane,
      'hsm-b': { keys: [keyFixture('only-in-b', { kty: 'RSA-HSM' })] },
    };
    const server = await start(state);
    expect((await collect(keys(server, 'hsm-b').listPropertiesOfKeys())).map((k) => k.name)).toEqual([
      'only-in-b',
    ]);
    expect(await collect(keys(server, 'hsm-c').listPropertiesOfKeys())).toEqual([]); // in ARM, no data
  });
});

describe('fake Azure: plain REST for Managed HSM RBAC, settings and Microsoft Graph', () => {
  it('serves role assignments, role definitions and settings to a core-rest-pipeline client', async () => {
    const server = await start({ ...baseState(), pageSize: { dataPlane: 2 } });
    const send = rest(dummyCredential('hsm-token'), 'https://managedhsm.azure.net/.default', {
      agent: server.agent,
      retryOptions: fast,
    });
    const base = server.dataPlaneUrl('hsm-a');
    const first = json(
      await send(`${base}/providers/Microsoft.Authorization/roleAssignments?api-version=7.5`),
    );
    expect((first.value as unknown[]).length).toBe(2);
    const second = json(await send(String(first.nextLink)));
    expect(second.nextLink).toBeNull();
    const all = [...(first.value as object[]), ...(second.value as object[])];
    expect(all[0]).toMatchObject({
      type: 'Microsoft.Authorization/roleAssignments',
      properties: {
        scope: '/',
        principalId: ADMINS,
        roleDefinitionId:
          '/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/a290e904-7015-4bba-90c8-60543313cdb4',
      },
    });

    // Scope "/" written as the SDKs do it ("//providers") and scope "/keys".
    const slashed = json(
      await send(`${base}//providers/Microsoft.Authorization/roleAssignments?api-version=7.5`),
    );
    expect((slashed.value as unknown[]).length).toBe(2);
    const atKeys = json(
      await send(`${base}/keys/providers/Microsoft.Authorization/roleAssignments?api-version=7.5`),
    );
    expect(atKeys.value).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: expect.stringMatching(/^\/keys\//) })]),
    );

    const definitions = json(
      await send(`${base}/providers/Microsoft.Authorization/roleDefinitions?api-version=7.5`),
    );
    expect((definitions.value as Array<{ properties: { roleName: string } }>)[0].properties.roleName).toBe(
      'Managed HSM Administrator',
    );

    const setting = await send(`${base}/settings/AllowKeyManagementOperationsThroughARM?api-version=7.5`);
    expect(json(setting)).toEqual({
      name: 'AllowKeyManagementOperationsThroughARM',
      value: 'true',
      type: 'boolean',
    });
    const defaults = json(await send(`${server.dataPlaneUrl('hsm-c')}/settings?api-version=7.5`));
    expect(defaults).toEqual({
      settings: [{ name: 'AllowKeyManagementOperationsThroughARM', value: 'false', type: 'boolean' }],
    });
    expect(server.calls.every((c) => c.token === 'hsm-token')).toBe(true);
  });

  it('resolves principals with Graph directoryObjects/getByIds', async () => {
    const server = await start();
    const send = rest(dummyCredential('graph-token'), 'https://graph.microsoft.com/.default', {
      agent: server.agent,
    });
    const url = `${server.graphUrl}/v1.0/directoryObjects/getByIds`;
    const response = await send(url, 'POST', {
      ids: [ADMINS, ALICE, BACKUP_APP, '00000000-0000-0000-0000-0000000000aa'],
      types: ['user', 'group', 'servicePrincipal'],
    });
    expect(response.status).toBe(200);
    const body = json(response);
    expect(body['@odata.context']).toBe('https://graph.microsoft.com/v1.0/$metadata#directoryObjects');
    expect((body.value as Array<Record<string, string>>).map((o) => [o['@odata.type'], o.id])).toEqual([
      ['#microsoft.graph.group', ADMINS],
      ['#microsoft.graph.user', ALICE],
      ['#microsoft.graph.servicePrincipal', BACKUP_APP],
    ]);
    const onlyUsers = json(await send(url, 'POST', { ids: [ADMINS, ALICE], types: ['user'] }));
    expect((onlyUsers.value as Array<{ id: string }>).map((o) => o.id)).toEqual([ALICE]);
    expect(server.calls.map((c) => [c.plane, c.method, c.status])).toEqual([
      ['graph', 'POST', 200],
      ['graph', 'POST', 200],
    ]);
  });

  it('also accepts trust through tlsOptions.ca, for the 127.0.0.1 endpoints (it brings no name lookup)', async () => {
    const server = await start();
    const send = rest(dummyCredential(), 'https://management.azure.com/.default', {
      tlsOptions: { ca: getTestTls().caPem },
    });
    const response = await send(
      `${server.armUrl}/subscriptions/${SUB}/providers/Microsoft.KeyVault/managedHSMs?api-version=2026-02-01`,
    );
    expect(response.status).toBe(200);
  });

  it('is real TLS: without the CA the client refuses the certificate', async () => {
    const server = await start();
    const send = rest(dummyCredential(), 'https://management.azure.com/.default', {
      agent: new HttpsAgent({ keepAlive: false }),
      retryOptions: { maxRetries: 0 },
    });
    await expect(
      send(
        `${server.armUrl}/subscriptions/${SUB}/providers/Microsoft.KeyVault/managedHSMs?api-version=2026-02-01`,
      ),
    ).rejects.toMatchObject({ code: expect.stringMatching(/CERT|SIGNATURE/) });
    expect(server.calls).toHaveLength(0);
  });
});

describe('fake Azure: authentication', () => {
  it('refuses requests without a bearer token on every plane, in each service’s format', async () => {
    const server = await start();
    const send = rest(undefined, '', { agent: server.agent, retryOptions: { maxRetries: 0 } });
    const armAnswer = await send(
      `${server.armUrl}/subscriptions/${SUB}/providers/Microsoft.KeyVault/managedHSMs?api-version=2026-02-01`,
    );
    expect(armAnswer.status).toBe(401);
    expect(json(armAnswer)).toMatchObject({ error: { code: 'AuthenticationFailed' } });
    const dataAnswer = await send(`${server.dataPlaneUrl('hsm-a')}/keys?api-version=7.5`);
    expect(dataAnswer.status).toBe(401);
    expect(dataAnswer.headers.get('www-authenticate')).toBe(
      'Bearer authorization="https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000", resource="https://managedhsm.localhost"',
    );
    const graphAnswer = await send(`${server.graphUrl}/v1.0/directoryObjects/getByIds`, 'POST', {
      ids: [ALICE],
    });
    expect(graphAnswer.status).toBe(401);
    expect(json(graphAnswer)).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
    });
    expect(server.calls.map((c) => [c.plane, c.auth, c.status])).toEqual([
      ['arm', 'none', 401],
      ['dataPlane', 'none', 401],
      ['graph', 'none', 401],
    ]);
  });

  it('checks tokens per plane when told which ones to accept', async () => {
    const server = await start(baseState(), {
      tokens: { arm: 'arm-token', dataPlane: 'hsm-token', graph: 'graph-token' },
    });
    // One credential, a token per audience: everything passes.
    const scoped = scopedCredential();
    expect((await collect(arm(server, scoped).managedHsms.listBySubscription())).length).toBe(3);
    expect((await keys(server, 'hsm-a', scoped).getKey('cmk-sql')).name).toBe('cmk-sql');
    // An ARM token on the data plane is refused.
    await expect(
      keys(server, 'hsm-a', dummyCredential('arm-token'), { maxRetries: 0 }).getKey('cmk-sql'),
    ).rejects.toMatchObject({ statusCode: 401 });
  });
});

describe('fake Azure: faults, latency and timeouts', () => {
  it('429 with retry-after: the SDK waits and retries by itself', async () => {
    const server = await start(baseState(), {
      faults: [{ match: /\/managedHSMs\?/, status: 429, headers: { 'retry-after': '1' }, times: 1 }],
    });
    const started = Date.now();
    const hsms = await collect(arm(server).managedHsms.listBySubscription());
    expect(hsms).toHaveLength(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.calls.map((c) => [c.status, c.fault ?? false])).toEqual([
      [429, true],
      [200, false],
    ]);
  });

  it('500 once, then success through the exponential retry', async () => {
    const server = await start(baseState(), {
      faults: [{ match: /\/keys\/cmk-sql/, plane: 'dataPlane', status: 500 }],
    });
    expect((await keys(server, 'hsm-a').getKey('cmk-sql')).name).toBe('cmk-sql');
    expect(server.calls.filter((c) => c.path.startsWith('/keys/cmk-sql')).map((c) => c.status)).toEqual([
      401, 500, 200,
    ]);
  });

  it('403 on one HSM’s data plane reaches the caller as a RestError', async () => {
    const server = await start(baseState(), {
      faults: [{ match: /^\/keys/, plane: 'dataPlane', hsm: 'hsm-a', status: 403, times: Infinity }],
    });
    await expect(collect(keys(server, 'hsm-a').listPropertiesOfKeys())).rejects.toMatchObject({
      statusCode: 403,
      code: 'Forbidden',
    });
    expect(await collect(keys(server, 'hsm-c').listPropertiesOfKeys())).toEqual([]);
  });

  it('a hanging response ends with the caller’s AbortSignal', async () => {
    const server = await start(baseState(), { faults: [{ match: /hsm-b/, delayMs: 10_000 }] });
    const started = Date.now();
    await expect(
      arm(server).managedHsms.get('rg-hsm-dev', 'hsm-b', { abortSignal: AbortSignal.timeout(200) }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(2000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.calls[0]).toMatchObject({ status: 0, aborted: true });
  });

  it('a delay without a status only slows the answer; latencyMs slows every answer', async () => {
    const server = await start(baseState(), { latencyMs: 50, faults: [{ match: /hsm-b/, delayMs: 100 }] });
    const client = arm(server);
    let started = Date.now();
    expect((await client.managedHsms.get('rg-hsm-dev', 'hsm-b')).name).toBe('hsm-b');
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    started = Date.now();
    expect((await client.managedHsms.get(RG, 'hsm-a')).name).toBe('hsm-a');
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(server.calls.every((c) => c.ms >= 45)).toBe(true);
  });
});

describe('fake Azure: scale', () => {
  it('answers 200 HSMs concurrently at 50 ms latency', async () => {
    const many = Array.from({ length: 200 }, (_, i) => hsmFixture(`bench-${String(i).padStart(3, '0')}`));
    const server = await start(
      { subscriptions: { [SUB]: { managedHsms: many } }, pageSize: { arm: 100 } },
      { latencyMs: 50 },
    );
    const hsms = await collect(arm(server).managedHsms.listBySubscription());
    const send = rest(dummyCredential('hsm-token'), 'https://managedhsm.azure.net/.default', {
      agent: server.agent,
    });
    const answers = await Promise.all(
      hsms.map((h) =>
        send(`${h.properties?.hsmUri}settings/AllowKeyManagementOperationsThroughARM?api-version=7.5`),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(server.calls).toHaveLength(202);
    expect(new Set(server.calls.map((c) => c.hsm).filter(Boolean)).size).toBe(200);
    // The fake does not serialise requests (a serialising one would show one at a time).
    expect(server.peakInFlight).toBeGreaterThanOrEqual(10);
  });
});

describe('fake Azure: a child process', () => {
  it('reaches the data plane with NODE_EXTRA_CA_CERTS and the localhost resolver preload, and nothing else', async () => {
    const server = await start();
    const resolver = fileURLToPath(new URL('./localhost-resolver.mjs', import.meta.url));
    const script = `
      import https from 'node:https';
      import dns from 'node:dns';
      const url = process.argv[1];
      https.get(url, { headers: { authorization: 'Bearer child-token' } }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => dns.lookup('login.microsoftonline.com', (error) => {
          console.log(JSON.stringify({ status: res.statusCode, body: JSON.parse(body), lookup: error?.code }));
        }));
      }).on('error', (e) => console.log(JSON.stringify({ error: e.message })));
    `;
    // Asynchronous: the fake answers from this process's event loop.
    const child = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        script,
        `${server.dataPlaneUrl('hsm-a')}/settings/AllowKeyManagementOperationsThroughARM?api-version=7.5`,
      ],
      {
        env: {
          PATH: process.env.PATH,
          NODE_OPTIONS: `--import=${resolver}`,
          NODE_EXTRA_CA_CERTS: getTestTls().caFile,
        },
        encoding: 'utf8',
        timeout: 15_000,
      },
    );
    expect(child.stderr).toBe('');
    expect(JSON.parse(child.stdout)).toEqual({
      status: 200,
      body: { name: 'AllowKeyManagementOperationsThroughARM', value: 'true', type: 'boolean' },
      lookup: 'ENOTFOUND',
    });
    expect(server.calls[0]).toMatchObject({ plane: 'dataPlane', hsm: 'hsm-a', token: 'child-token' });
  });
});
