/**
 * The live source's options, credentials and clouds: token mode (one token per plane, checked by the fake),
 * OIDC through a local Entra ID token endpoint, and the option errors.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { AzureCliCredential, ClientAssertionCredential, DefaultAzureCredential } from '@azure/identity';
import { TYPES } from '../../../src/model/resource.js';
import { CLOUDS, resolveCloud } from '../../../src/sources/live/clouds.js';
import { createCredentials, OIDC_AUDIENCE } from '../../../src/sources/live/credentials.js';
import { readLiveState, type LiveOptions } from '../../../src/sources/live/index.js';
import {
  FAKE_ADMIN_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID as SUB,
  FAKE_TENANT_ID,
  groupObject,
  hsmFixture,
  keyFixture,
  roleAssignmentFixture,
} from '../../fakes/azure/fixtures.js';
import type { FakeAzureState } from '../../fakes/azure/model.js';
import {
  DATA_PLANE_DOMAIN,
  startFakeAzure,
  type FakeAzure,
  type FakeAzureOptions,
} from '../../fakes/azure/server.js';
import { startFront, type Front } from './front.js';
import { find, known, liveOptions, ofType, TOKENS } from './helpers.js';

let fake: FakeAzure | undefined;
let front: Front | undefined;
afterEach(async () => {
  await front?.close();
  await fake?.close();
  fake = undefined;
  front = undefined;
});

async function start(
  state: FakeAzureState = baseState(),
  options: FakeAzureOptions = {},
): Promise<FakeAzure> {
  fake = await startFakeAzure(state, options);
  return fake;
}

function baseState(): FakeAzureState {
  return {
    subscriptions: { [SUB]: { managedHsms: [hsmFixture('hsm-a')] } },
    dataPlane: {
      'hsm-a': {
        keys: [keyFixture('k1')],
        roleAssignments: [
          roleAssignmentFixture({ principalId: FAKE_ADMIN_OBJECT_ID, role: 'Managed HSM Administrator' }),
        ],
      },
    },
    directoryObjects: [groupObject(FAKE_ADMIN_OBJECT_ID, 'HSM Admins')],
  };
}

const SETTING = 'properties.settings.allowKeyManagementOperationsThroughARM';

describe('live source: token mode', () => {
  it('sends each plane its own token (the fake accepts only the right one per plane)', async () => {
    const server = await start(baseState(), { tokens: TOKENS });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    expect(result.problems).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(known(find(result, TYPES.managedHsm, 'hsm-a'), SETTING)).toBe(false);
    expect(ofType(result, TYPES.managedHsmKey)).toHaveLength(1);
    for (const call of server.calls.filter((c) => c.auth === 'bearer'))
      expect(call.token).toBe(TOKENS[call.plane]);
    expect(server.calls.filter((c) => c.status === 401).map((c) => c.auth)).toEqual(['none']); // the key challenge
    // Tokens are never part of what is reported.
    const text = JSON.stringify([result.problems, result.unresolved, result.resources.map((r) => r.get(''))]);
    for (const token of Object.values(TOKENS)) expect(text).not.toContain(token);
  });

  it('without a data-plane token the data plane is not read, and says why; without a Graph token neither are principal types', async () => {
    const server = await start(baseState(), { tokens: TOKENS });
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], dataPlane: true, env: { AZURE_ACCESS_TOKEN: TOKENS.arm } }),
    );
    expect(server.calls.every((c) => c.plane === 'arm')).toBe(true);
    const reason = 'data plane not read: no Managed HSM data-plane token (AZURE_HSM_ACCESS_TOKEN is not set)';
    expect(find(result, TYPES.managedHsm, 'hsm-a').get(SETTING)).toMatchObject({ kind: 'unknown', reason });
    expect(result.unresolved.map((u) => u.message)).toEqual([
      `Keys of HSM 'hsm-a' could not be read: ${reason}; key checks were not run.`,
      `Local role assignments of HSM 'hsm-a' could not be read: ${reason}; local RBAC checks were not run.`,
      'Principal types could not be read from Microsoft Graph: principal types not read: no Microsoft Graph token (AZURE_GRAPH_ACCESS_TOKEN is not set); whether administrators and local role assignees are users, groups or managed identities is unknown.',
    ]);
  });

  it('a wrong token is refused by the service: a problem, not an exception', async () => {
    const server = await start(baseState(), { tokens: TOKENS });
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], env: { AZURE_ACCESS_TOKEN: 'stale-token' } }),
    );
    expect(result.resources).toEqual([]);
    expect(result.problems.map((p) => p.message)).toEqual([
      `Subscription '${SUB}' could not be read: HTTP 401 InvalidAuthenticationToken; its Managed HSMs were not checked.`,
    ]);
    expect(JSON.stringify(result)).not.toContain('stale-token');
  });
});

describe('live source: OIDC', () => {
  it('exchanges the workflow OIDC token (audience api://AzureADTokenExchange) for a token per plane', async () => {
    const server = await start(baseState(), {
      tokens: { arm: 'oidc-arm', dataPlane: 'oidc-hsm', graph: 'oidc-graph' },
      // The data-plane challenge names the HSM's tenant; the credential asks only its own.
      tenantId: FAKE_TENANT_ID,
    });
    const entra = await startFront(server);
    front = entra;
    const audiences: string[] = [];
    const result = await readLiveState({
      auth: 'oidc',
      clientId: 'c0ffee00-1111-4222-8333-444455556666',
      tenantId: FAKE_TENANT_ID,
      getIdToken: async (audience) => {
        audiences.push(audience);
        return 'github-oidc-jwt';
      },
      subscriptions: [SUB],
      dataPlane: true,
      // Resource Manager through the front: the fake serves Resource Manager and Graph at the same URL, so
      // their scopes would be the same and the token endpoint could not tell which token to issue.
      endpoints: {
        arm: front.url,
        graph: server.graphUrl,
        hsmDnsSuffix: DATA_PLANE_DOMAIN,
        authorityHost: front.url,
      },
      agent: server.agent,
      retryDelayMs: 20,
    });
    expect(result.problems).toEqual([]);
    expect(result.unresolved).toEqual([]);
    expect(ofType(result, TYPES.managedHsmKey)).toHaveLength(1);
    expect(new Set(audiences)).toEqual(new Set([OIDC_AUDIENCE]));
    expect(front.tokenRequests.length).toBeGreaterThanOrEqual(3);
    for (const request of front.tokenRequests)
      expect(request).toMatchObject({
        tenant: FAKE_TENANT_ID,
        clientId: 'c0ffee00-1111-4222-8333-444455556666',
        grantType: 'client_credentials',
        assertion: 'github-oidc-jwt',
        assertionType: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      });
    const scopes = front.tokenRequests.map((r) => r.scope ?? '');
    expect(scopes.some((s) => s.includes(`${entra.url}/.default`))).toBe(true);
    expect(scopes.some((s) => s.includes(`${server.graphUrl}/.default`))).toBe(true);
    expect(scopes.some((s) => s.includes(`https://${DATA_PLANE_DOMAIN}/.default`))).toBe(true);
  });

  it('a failing OIDC exchange is a problem per subscription, not an exception', async () => {
    const server = await start();
    front = await startFront(server);
    const result = await readLiveState({
      auth: 'oidc',
      clientId: 'c0ffee00-1111-4222-8333-444455556666',
      tenantId: FAKE_TENANT_ID,
      getIdToken: async () => {
        throw new Error('ACTIONS_ID_TOKEN_REQUEST_URL is not set (id-token: write missing?)');
      },
      subscriptions: [SUB],
      endpoints: { arm: server.armUrl, graph: server.graphUrl, authorityHost: front.url },
      agent: server.agent,
      retryDelayMs: 20,
    });
    expect(result.resources).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toMatch(
      new RegExp(
        `^Subscription '${SUB}' could not be read: could not get a token \\(\\w+Error: the workflow's OIDC token could not be obtained \\(ACTIONS_ID_TOKEN_REQUEST_URL is not set`,
      ),
    );
  });
});

describe('live source: credentials and clouds', () => {
  const cloud = resolveCloud('AzureCloud');

  it('builds the credential each mode names', () => {
    expect(createCredentials({ auth: 'azure-cli' }, cloud).arm).toBeInstanceOf(AzureCliCredential);
    expect(createCredentials({ auth: 'default' }, cloud).arm).toBeInstanceOf(DefaultAzureCredential);
    const oidc = createCredentials(
      { auth: 'oidc', clientId: 'c', tenantId: FAKE_TENANT_ID, getIdToken: async () => 'jwt' },
      cloud,
    );
    expect(oidc.arm).toBeInstanceOf(ClientAssertionCredential);
    expect(oidc.hsm).toEqual({ credential: oidc.arm });
  });

  it('knows the three clouds, and endpoints override them', () => {
    expect(resolveCloud(undefined).scopes).toEqual({
      arm: 'https://management.azure.com/.default',
      hsm: 'https://managedhsm.azure.net/.default',
      graph: 'https://graph.microsoft.com/.default',
    });
    expect(resolveCloud('AzureChinaCloud')).toMatchObject({
      arm: 'https://management.chinacloudapi.cn',
      hsmDnsSuffix: 'managedhsm.azure.cn',
      authorityHost: 'https://login.chinacloudapi.cn',
      scopes: { hsm: 'https://managedhsm.azure.cn/.default' },
    });
    expect(resolveCloud('AzureUSGovernment')).toMatchObject({
      arm: 'https://management.usgovcloudapi.net',
      hsmDnsSuffix: 'managedhsm.usgovcloudapi.net',
      graph: 'https://graph.microsoft.us',
      authorityHost: 'https://login.microsoftonline.us',
    });
    expect(Object.keys(CLOUDS)).toEqual(['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment']);
    const custom = resolveCloud('AzureCloud', {
      arm: 'https://127.0.0.1:8443/',
      authorityHost: 'https://login.example',
    });
    expect(custom).toMatchObject({
      arm: 'https://127.0.0.1:8443',
      customAuthority: true,
      scopes: { arm: 'https://127.0.0.1:8443/.default' },
    });
  });

  const bad: Array<[string, Partial<LiveOptions>, RegExp]> = [
    [
      'an unknown auth mode',
      { auth: 'password' as LiveOptions['auth'] },
      /live: auth must be one of oidc, azure-cli, default, token/,
    ],
    [
      'oidc without its parts',
      { auth: 'oidc', clientId: 'c' },
      /live: auth 'oidc' needs clientId, tenantId and getIdToken \(missing: tenantId, getIdToken\)/,
    ],
    [
      'token without the ARM token',
      { auth: 'token', env: { AZURE_HSM_ACCESS_TOKEN: 'x' } },
      /AZURE_ACCESS_TOKEN/,
    ],
    [
      'a subscription that is not a GUID',
      { auth: 'token', env: { AZURE_ACCESS_TOKEN: 'x' }, subscriptions: ['prod'] },
      /live: subscriptions\[0\] 'prod' is not a subscription id/,
    ],
    ['concurrency 0', { auth: 'azure-cli', concurrency: 0 }, /live: concurrency must be a positive integer/],
    [
      'a negative timeout',
      { auth: 'azure-cli', timeoutMs: -1 },
      /live: timeoutMs must be a positive integer/,
    ],
    [
      'an unknown cloud',
      { auth: 'azure-cli', cloud: 'Moon' as LiveOptions['cloud'] },
      /live: cloud must be one of AzureCloud/,
    ],
    [
      'an http endpoint',
      { auth: 'azure-cli', endpoints: { arm: 'http://management.azure.com' } },
      /live: endpoints.arm must be an https URL/,
    ],
    [
      'an empty resource group',
      { auth: 'azure-cli', resourceGroups: [''] },
      /live: resourceGroups must be a list of non-empty strings/,
    ],
  ];
  it.each(bad)('throws for %s, naming the option', async (_name, options, message) => {
    await expect(readLiveState(options as LiveOptions)).rejects.toThrow(message);
  });
});
