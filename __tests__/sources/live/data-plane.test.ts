/**
 * The live source against the Azure fake, data plane (opt-in): keys, local RBAC with principal types from
 * Microsoft Graph, the ARM setting, and what stays unknown when the data plane cannot be read.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { registry } from '../../../rules/index.js';
import { runRules } from '../../../src/engine/runner.js';
import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import { TYPES } from '../../../src/model/resource.js';
import { LIVE_TYPES, readLiveState } from '../../../src/sources/live/index.js';
import {
  BUILT_IN_ROLES,
  FAKE_ADMIN_OBJECT_ID,
  FAKE_SUBSCRIPTION_ID as SUB,
  groupObject,
  hsmFixture,
  keyFixture,
  roleAssignmentFixture,
  rotationPolicyFixture,
  servicePrincipalObject,
  userObject,
} from '../../fakes/azure/fixtures.js';
import type { FakeAzureState } from '../../fakes/azure/model.js';
import { startFakeAzure, type FakeAzure, type FakeAzureOptions } from '../../fakes/azure/server.js';
import { find, known, liveOptions, ofType, TOKENS } from './helpers.js';

const ADMINS = '6f1d9a2c-4b7e-4c31-9d58-2a0e8b7f5c14';
const ALICE = 'c2a7e4f9-1d3b-4e86-b5a0-7f9c2d1e8b36';
const BACKUP_MI = 'e8b1c5d2-9f4a-4273-a6e0-3d7b9c1f2a85';
const PIPELINE_APP = '3a9d7e15-6c2b-4f80-8d41-b7e0c3a5f926';
const GONE = '00000000-0000-4000-8000-0000000000aa';

let fake: FakeAzure | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(state: FakeAzureState, options: FakeAzureOptions = {}): Promise<FakeAzure> {
  fake = await startFakeAzure(state, options);
  return fake;
}

const NOW = Date.now();
const EXP = new Date(Math.floor(NOW / 1000) * 1000 + 200 * 86_400_000);

function state(): FakeAzureState {
  return {
    subscriptions: { [SUB]: { managedHsms: [hsmFixture('hsm-a'), hsmFixture('hsm-b')] } },
    dataPlane: {
      'hsm-a': {
        keys: [
          keyFixture('cmk-sql', { size: 2048, exp: EXP }),
          keyFixture('big-rsa', { size: 4096, exp: null, keyOps: ['wrapKey', 'unwrapKey'] }),
          keyFixture('signing', {
            kty: 'EC-HSM',
            crv: 'P-384',
            exp: null,
            nbf: new Date(NOW - 86_400_000),
            rotationPolicy: rotationPolicyFixture({ rotateAfterCreate: 'P60D', expiresIn: 'P2Y' }),
          }),
          keyFixture('bitcoin', { kty: 'EC-HSM', crv: 'SECP256K1', enabled: false }),
          keyFixture('wrap-aes', { kty: 'oct-HSM' }),
        ],
        roleAssignments: [
          roleAssignmentFixture({ principalId: ADMINS, role: 'Managed HSM Administrator' }),
          roleAssignmentFixture({ principalId: ALICE, role: 'Managed HSM Crypto User', scope: '/keys' }),
          roleAssignmentFixture({ principalId: BACKUP_MI, role: 'Managed HSM Backup' }),
          roleAssignmentFixture({ principalId: PIPELINE_APP, role: 'Managed HSM Crypto Officer' }),
          roleAssignmentFixture({ principalId: GONE, role: 'Managed HSM Crypto Auditor' }),
        ],
        settings: { AllowKeyManagementOperationsThroughARM: 'true' },
      },
    },
    directoryObjects: [
      groupObject(FAKE_ADMIN_OBJECT_ID, 'HSM initial admins'),
      groupObject(ADMINS, 'HSM Admins'),
      userObject(ALICE, 'Alice Example'),
      servicePrincipalObject(BACKUP_MI, 'backup-runner', 'ManagedIdentity'),
      servicePrincipalObject(PIPELINE_APP, 'deploy-pipeline', 'Application'),
    ],
  };
}

describe('live source: keys', () => {
  it('maps keys: RSA size from the modulus, EC curves, expiry and rotation actions', async () => {
    const server = await start({ ...state(), pageSize: { dataPlane: 2 } });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    expect(result.problems).toEqual([]);
    expect(result.unresolved).toEqual([]);
    const hsm = find(result, TYPES.managedHsm, 'hsm-a');
    const key = (name: string) => find(result, TYPES.managedHsmKey, `hsm-a/${name}`);

    const rsa = key('cmk-sql');
    expect(rsa.key).toBe(`live:${hsmFixture('hsm-a').id}/keys/cmk-sql`);
    expect(rsa.parentKey).toBe(hsm.key);
    expect(rsa.surface).toBe('live');
    expect(known(rsa, 'properties.kty')).toBe('RSA-HSM');
    expect(known(rsa, 'properties.keySize')).toBe(2048);
    expect(known(rsa, 'properties.keyOps')).toEqual([
      'encrypt',
      'decrypt',
      'sign',
      'verify',
      'wrapKey',
      'unwrapKey',
    ]);
    expect(known(rsa, 'properties.attributes.exp')).toBe(EXP.getTime() / 1000);
    expect(known(rsa, 'properties.attributes.enabled')).toBe(true);
    // The service's policy for a key nobody gave one: a single notify action.
    expect(known(rsa, 'properties.rotationPolicy.lifetimeActions')).toEqual([
      { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } },
    ]);

    const big = key('big-rsa');
    expect(known(big, 'properties.keySize')).toBe(4096);
    expect(known(big, 'properties.keyOps')).toEqual(['wrapKey', 'unwrapKey']);
    expect(big.get('properties.attributes.exp').kind).toBe('absent');

    const ec = key('signing');
    expect(known(ec, 'properties.kty')).toBe('EC-HSM');
    expect(known(ec, 'properties.curveName')).toBe('P-384');
    expect(ec.get('properties.keySize').kind).toBe('absent');
    expect(known(ec, 'properties.attributes.nbf')).toBe(Math.floor((NOW - 86_400_000) / 1000));
    expect(known(ec, 'properties.rotationPolicy')).toMatchObject({
      lifetimeActions: [
        { trigger: { timeAfterCreate: 'P60D' }, action: { type: 'Rotate' } },
        { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } },
      ],
      attributes: { expiryTime: 'P2Y' },
    });

    const k1 = key('bitcoin');
    expect(known(k1, 'properties.curveName')).toBe('P-256K');
    expect(known(k1, 'properties.attributes.enabled')).toBe(false);

    const aes = key('wrap-aes');
    expect(known(aes, 'properties.kty')).toBe('oct-HSM');
    expect(aes.get('properties.keySize')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('does not report the size of symmetric (oct-HSM) keys'),
    });

    // hsm-b has no keys: none mapped, nothing unresolved.
    expect(ofType(result, TYPES.managedHsmKey).every((k) => k.displayName.startsWith('hsm-a/'))).toBe(true);
  });

  it('maps the ARM setting as a boolean', async () => {
    const server = await start(state());
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const setting = 'properties.settings.allowKeyManagementOperationsThroughARM';
    expect(known(find(result, TYPES.managedHsm, 'hsm-a'), setting)).toBe(true);
    expect(known(find(result, TYPES.managedHsm, 'hsm-b'), setting)).toBe(false);
  });

  it('a key that cannot be read is mapped with unknown type and operations; the others are read', async () => {
    const server = await start(state(), {
      faults: [{ match: /^\/keys\/big-rsa\/?\?/, plane: 'dataPlane', status: 403, times: Infinity }],
    });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const big = find(result, TYPES.managedHsmKey, 'hsm-a/big-rsa');
    expect(big.get('properties.kty')).toMatchObject({
      kind: 'unknown',
      reason: 'data plane not reachable from this runner (HTTP 403 Forbidden)',
    });
    // What the listing said is still there.
    expect(big.get('properties.attributes.enabled').kind).toBe('known');
    expect(known(find(result, TYPES.managedHsmKey, 'hsm-a/cmk-sql'), 'properties.keySize')).toBe(2048);
  });
});

describe('live source: local RBAC and Microsoft Graph', () => {
  it('maps local role assignments with principal types from Graph, and the initial administrators', async () => {
    const server = await start(state());
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const hsm = find(result, TYPES.managedHsm, 'hsm-a');
    const assignments = ofType(result, LIVE_TYPES.localRoleAssignment).filter((a) => a.parentKey === hsm.key);
    const byPrincipal = new Map(assignments.map((a) => [known(a, 'properties.principalId'), a]));
    expect(byPrincipal.size).toBe(5);

    const admins = byPrincipal.get(ADMINS)!;
    expect(admins.isType('Microsoft.KeyVault/managedHSMs/roleAssignments')).toBe(true);
    expect(admins.displayName).toMatch(/^hsm-a\/[0-9a-f-]{36}$/);
    expect(known(admins, 'properties')).toEqual({
      scope: '/',
      roleDefinitionId: `/Microsoft.KeyVault/providers/Microsoft.Authorization/roleDefinitions/${BUILT_IN_ROLES['Managed HSM Administrator'].id}`,
      principalId: ADMINS,
      principalType: 'Group',
    });
    expect(known(byPrincipal.get(ALICE)!, 'properties.principalType')).toBe('User');
    expect(known(byPrincipal.get(ALICE)!, 'properties.scope')).toBe('/keys');
    expect(known(byPrincipal.get(BACKUP_MI)!, 'properties.principalType')).toBe('ManagedIdentity');
    expect(known(byPrincipal.get(PIPELINE_APP)!, 'properties.principalType')).toBe('ServicePrincipal');
    expect(byPrincipal.get(GONE)!.get('properties.principalType')).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('Microsoft Graph returned no user, group or service principal'),
    });
    // Never the control-plane type, which rbac-plane-separation judges.
    expect(ofType(result, TYPES.roleAssignment)).toEqual([]);
    // The initial administrators, by object id.
    expect(known(hsm, `principalTypes.${FAKE_ADMIN_OBJECT_ID}`)).toBe('Group');
    // Role definitions (the built-in ones here) are mapped too.
    expect(
      ofType(result, LIVE_TYPES.localRoleDefinition).filter((d) => d.parentKey === hsm.key),
    ).toHaveLength(Object.keys(BUILT_IN_ROLES).length);

    // One Graph request for every principal of every HSM, with the types asked for.
    const graph = server.calls.filter((c) => c.plane === 'graph');
    expect(graph.map((c) => [c.method, c.path, c.token])).toEqual([
      ['POST', '/v1.0/directoryObjects/getByIds', TOKENS.graph],
    ]);
  });

  it('a Graph failure leaves the principal types unknown, with one unresolved entry', async () => {
    const server = await start(state(), {
      faults: [{ match: /getByIds/, plane: 'graph', status: 403, times: Infinity }],
    });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const [assignment] = ofType(result, LIVE_TYPES.localRoleAssignment);
    expect(assignment.get('properties.principalType')).toMatchObject({
      kind: 'unknown',
      reason: 'Microsoft Graph request failed (HTTP 403 Authorization_RequestDenied)',
    });
    expect(result.unresolved.map((u) => u.message)).toEqual([
      'Principal types could not be read from Microsoft Graph: Microsoft Graph request failed (HTTP 403 Authorization_RequestDenied); whether administrators and local role assignees are users, groups or managed identities is unknown.',
    ]);
  });
});

describe('live source: a data plane that cannot be read', () => {
  it('403: keys and role assignments are unresolved with the reason, the setting is unknown (never a pass)', async () => {
    const server = await start(state(), {
      faults: [{ match: /./, plane: 'dataPlane', hsm: 'hsm-a', status: 403, times: Infinity }],
    });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const hsm = find(result, TYPES.managedHsm, 'hsm-a');
    expect(hsm.get('properties.settings.allowKeyManagementOperationsThroughARM')).toMatchObject({
      kind: 'unknown',
      reason: 'data plane not reachable from this runner (HTTP 403 Forbidden)',
    });
    expect(ofType(result, TYPES.managedHsmKey)).toEqual([]);
    expect(ofType(result, LIVE_TYPES.localRoleAssignment)).toEqual([]);
    const file = hsmFixture('hsm-a').id;
    expect(result.unresolved).toEqual([
      {
        message:
          "Keys of HSM 'hsm-a' could not be read: data plane not reachable from this runner (HTTP 403 Forbidden); key checks were not run.",
        range: { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
      {
        message:
          "Local role assignments of HSM 'hsm-a' could not be read: data plane not reachable from this runner (HTTP 403 Forbidden); local RBAC checks were not run.",
        range: { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      },
    ]);
    // The other HSM is read as usual, and 403s are not retried.
    expect(
      known(
        find(result, TYPES.managedHsm, 'hsm-b'),
        'properties.settings.allowKeyManagementOperationsThroughARM',
      ),
    ).toBe(false);
    expect(
      server.calls.filter((c) => c.hsm === 'hsm-a' && c.path === '/keys' && c.status === 403),
    ).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });

  it('a timeout: the HSM is given up after one request, everything of its data plane unresolved', async () => {
    const server = await start(state(), {
      faults: [{ match: /./, plane: 'dataPlane', hsm: 'hsm-a', delayMs: 10_000, times: Infinity }],
    });
    const started = Date.now();
    const result = await readLiveState(
      liveOptions(server, { subscriptions: [SUB], dataPlane: true, timeoutMs: 300 }),
    );
    expect(Date.now() - started).toBeLessThan(3000);
    const reason = 'data plane not reachable from this runner (no answer within 300 ms)';
    expect(
      find(result, TYPES.managedHsm, 'hsm-a').get(
        'properties.settings.allowKeyManagementOperationsThroughARM',
      ),
    ).toMatchObject({
      kind: 'unknown',
      reason,
    });
    expect(result.unresolved.map((u) => u.message)).toEqual([
      `Keys of HSM 'hsm-a' could not be read: ${reason}; key checks were not run.`,
      `Local role assignments of HSM 'hsm-a' could not be read: ${reason}; local RBAC checks were not run.`,
    ]);
    // Not retried, and the rest of that data plane not attempted.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.calls.filter((c) => c.hsm === 'hsm-a').map((c) => [c.path, c.aborted])).toEqual([
      ['/settings/AllowKeyManagementOperationsThroughARM', true],
    ]);
    expect(
      known(
        find(result, TYPES.managedHsm, 'hsm-b'),
        'properties.settings.allowKeyManagementOperationsThroughARM',
      ),
    ).toBe(false);
  });

  it('a private HSM whose name does not resolve here (ENOTFOUND): unresolved, no request leaves the machine', async () => {
    // hsmUri stays https://<name>.managedhsm.azure.net/: the fake's agent resolves only localhost names.
    const server = await start(state(), { rewriteHsmUri: false });
    const options = liveOptions(server, { subscriptions: [SUB], dataPlane: true });
    options.endpoints = { ...options.endpoints, hsmDnsSuffix: 'managedhsm.azure.net' };
    const result = await readLiveState(options);
    expect(ofType(result, TYPES.managedHsm)).toHaveLength(2);
    expect(result.unresolved.map((u) => u.message)).toContain(
      "Keys of HSM 'hsm-a' could not be read: data plane not reachable from this runner (ENOTFOUND: the host name does not resolve); key checks were not run.",
    );
    expect(server.calls.some((c) => c.plane === 'dataPlane')).toBe(false);
  });

  it("sends no data-plane token to an hsmUri outside the cloud's Managed HSM domain", async () => {
    // hsmUri is https://<name>.managedhsm.azure.net/, the DNS suffix the fake's: nothing is sent.
    const server = await start(state(), { rewriteHsmUri: false });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    expect(server.calls.some((c) => c.plane === 'dataPlane')).toBe(false);
    expect(result.unresolved[0].message).toBe(
      "Keys of HSM 'hsm-a' could not be read: data plane not read: its address hsm-a.managedhsm.azure.net is not under managedhsm.localhost (set endpoints.hsmDnsSuffix for another cloud); key checks were not run.",
    );
  });

  it('with dataPlane off, no data-plane or Graph request is made and nothing is claimed', async () => {
    const server = await start(state());
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB] }));
    expect(server.calls.every((c) => c.plane === 'arm')).toBe(true);
    expect(find(result, TYPES.managedHsm, 'hsm-a').get('properties.settings').kind).toBe('absent');
    expect(ofType(result, TYPES.managedHsmKey)).toEqual([]);
    expect(result.unresolved).toEqual([]);
  });
});

describe('live source: every rule over a live read', () => {
  it('runs without internal errors, and judges live keys and the ARM setting', async () => {
    const server = await start(state(), {
      faults: [{ match: /./, plane: 'dataPlane', hsm: 'hsm-b', status: 403, times: Infinity }],
    });
    const result = await readLiveState(liveOptions(server, { subscriptions: [SUB], dataPlane: true }));
    const graph = new Graph(result.resources);
    linkResources(graph);
    const findings = runRules(graph, registry, {
      rules: new Map(
        [...registry.rules.values()].map((rule) => [
          rule.meta.id,
          { severity: 'warn' as const, options: rule.meta.defaultOptions },
        ]),
      ),
      unresolved: 'info',
      explainGaps: false,
      now: new Date(),
    });
    expect(findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
    const ids = new Set(
      findings.map((f) => `${f.ruleId === 'unresolved' ? `unresolved:${f.relatedRule}` : f.ruleId}`),
    );
    // hsm-a trusts Resource Manager; hsm-b's setting could not be read.
    expect(ids).toContain('arm-key-management');
    expect(ids).toContain('unresolved:arm-key-management');
    // Keys without expiry and without a rotate action are judged; 2048-bit RSA meets the default minimum.
    expect(ids).toContain('key-expiration');
    expect(ids).toContain('key-rotation');
    expect(ids).not.toContain('key-rsa-size');
    // Local role assignments are never mistaken for Azure RBAC ones.
    expect(ids).not.toContain('rbac-plane-separation');
    for (const finding of findings) expect(finding.surface).toBe('live');
  });
});
