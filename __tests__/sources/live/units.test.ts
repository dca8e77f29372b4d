import { describe, expect, it } from '@jest/globals';
import { RestError } from '@azure/core-rest-pipeline';
import { staticCredential } from '../../../src/sources/live/credentials.js';
import { dataPlaneReason } from '../../../src/sources/live/data-plane.js';
import { principalType } from '../../../src/sources/live/graph.js';
import { describeFailure, RequestTimeoutError } from '../../../src/sources/live/http.js';
import { createLimiter } from '../../../src/sources/live/limit.js';
import { bitLength, clean, normalizeCurve, toNode, Unknown } from '../../../src/sources/live/map.js';
import { pointRange } from '../../../src/model/range.js';

describe('createLimiter', () => {
  it('runs at most N tasks at once, in arrival order', async () => {
    const limiter = createLimiter(2);
    const order: number[] = [];
    let running = 0;
    let peak = 0;
    const task = (i: number) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        order.push(i);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return i;
      });
    expect(await Promise.all([0, 1, 2, 3, 4].map(task))).toEqual([0, 1, 2, 3, 4]);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(peak).toBe(2);
    expect(limiter.peak).toBe(2);
    expect(limiter.active).toBe(0);
  });

  it('frees the slot of a failing task', async () => {
    const limiter = createLimiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await limiter.run(async () => 'next')).toBe('next');
  });

  it('refuses a concurrency that is not a positive integer', () => {
    expect(() => createLimiter(0)).toThrow(/positive integer/);
  });
});

describe('failure descriptions', () => {
  it('names status, network errors, timeouts and token errors, and says when the data plane is unreachable', () => {
    const forbidden = new RestError('no', { statusCode: 403, code: 'Forbidden' });
    expect(describeFailure(forbidden)).toEqual({ kind: 'http', status: 403, detail: 'HTTP 403 Forbidden' });
    expect(dataPlaneReason(forbidden)).toBe('data plane not reachable from this runner (HTTP 403 Forbidden)');
    const refused = new RestError('connect ECONNREFUSED', { code: 'ECONNREFUSED' });
    expect(dataPlaneReason(refused)).toBe(
      'data plane not reachable from this runner (ECONNREFUSED: connection refused)',
    );
    expect(dataPlaneReason(new RequestTimeoutError(250))).toBe(
      'data plane not reachable from this runner (no answer within 250 ms)',
    );
    expect(dataPlaneReason(new RestError('x', { statusCode: 401, code: 'Unauthorized' }))).toBe(
      'data plane refused the token (HTTP 401 Unauthorized)',
    );
    expect(dataPlaneReason(new RestError('x', { statusCode: 500 }))).toBe(
      'data plane request failed (HTTP 500)',
    );
    const auth = Object.assign(new Error('AADSTS700016: application not found\nTrace ID: 1'), {
      name: 'AuthenticationError',
      statusCode: 400,
    });
    expect(describeFailure(auth)).toEqual({
      kind: 'auth',
      detail: 'could not get a token (AuthenticationError: AADSTS700016: application not found)',
    });
  });
});

describe('mapping helpers', () => {
  it('measures RSA moduli in bits, ignoring leading zero bytes', () => {
    const modulus = new Uint8Array(256).fill(0xff);
    expect(bitLength(modulus)).toBe(2048);
    expect(bitLength(Uint8Array.from([0, ...modulus]))).toBe(2048);
    expect(bitLength(Uint8Array.from([0x01, 0, 0]))).toBe(17);
  });

  it('normalizes SECP256K1 to P-256K', () => {
    expect(normalizeCurve('SECP256K1')).toBe('P-256K');
    expect(normalizeCurve('P-384')).toBe('P-384');
  });

  it('drops undefined and null, writes dates as ISO text, and keeps unknowns as unknown nodes', () => {
    const unknown = new Unknown('(x)', 'because');
    expect(clean({ a: undefined, b: null, c: new Date(0), d: [1, null], e: unknown })).toEqual({
      c: '1970-01-01T00:00:00.000Z',
      d: [1],
      e: unknown,
    });
    const node = toNode({ a: { b: unknown }, c: [1] }, pointRange('id'));
    expect(node.kind).toBe('object');
    if (node.kind !== 'object') return;
    const a = node.entries.get('a')!.node;
    expect(a.kind === 'object' && a.entries.get('b')!.node).toMatchObject({
      kind: 'unknown',
      expression: '(x)',
      reason: 'because',
    });
  });

  it('tells managed identities from other service principals', () => {
    expect(
      principalType({
        '@odata.type': '#microsoft.graph.servicePrincipal',
        servicePrincipalType: 'ManagedIdentity',
      }),
    ).toBe('ManagedIdentity');
    expect(
      principalType({
        '@odata.type': '#microsoft.graph.servicePrincipal',
        servicePrincipalType: 'Application',
      }),
    ).toBe('ServicePrincipal');
    expect(principalType({ '@odata.type': '#microsoft.graph.group' })).toBe('Group');
    expect(principalType({ '@odata.type': '#microsoft.graph.user' })).toBe('User');
  });

  it('takes the expiry of a static JWT from the token', async () => {
    const payload = Buffer.from(JSON.stringify({ exp: 2_000_000_000 })).toString('base64url');
    expect((await staticCredential(`h.${payload}.s`).getToken('x'))?.expiresOnTimestamp).toBe(
      2_000_000_000_000,
    );
  });
});
