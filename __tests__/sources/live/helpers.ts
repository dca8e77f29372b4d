/** Shared pieces of the live source tests: options pointing at the fake, and lookups in a result. */
import type { LiveOptions, LiveResult } from '../../../src/sources/live/index.js';
import type { Resource } from '../../../src/model/resource.js';
import type { FakeAzure } from '../../fakes/azure/server.js';
import { DATA_PLANE_DOMAIN } from '../../fakes/azure/server.js';

// The SDK's proxy policy reads these when the first client is built: keep loopback traffic off any proxy.
process.env.NO_PROXY = '127.0.0.1,localhost,.localhost';
process.env.no_proxy = process.env.NO_PROXY;

export const SUB2 = '9b3e5f71-2c48-4d06-8a9f-e17c4b2d6a93';
export const SUB3 = '2f6c8a14-7d3e-4b59-9e02-c5a1b8d7f364';

/** Tokens per plane, as Entra ID would issue them; the fake can be told to accept only these. */
export const TOKENS = { arm: 'arm-token', dataPlane: 'hsm-token', graph: 'graph-token' } as const;

export const TOKEN_ENV = {
  AZURE_ACCESS_TOKEN: TOKENS.arm,
  AZURE_HSM_ACCESS_TOKEN: TOKENS.dataPlane,
  AZURE_GRAPH_ACCESS_TOKEN: TOKENS.graph,
};

/** Token mode against the fake, fast retries; override anything. */
export function liveOptions(fake: FakeAzure, extra: Partial<LiveOptions> = {}): LiveOptions {
  return {
    auth: 'token',
    env: TOKEN_ENV,
    endpoints: { arm: fake.armUrl, graph: fake.graphUrl, hsmDnsSuffix: DATA_PLANE_DOMAIN },
    agent: fake.agent,
    retryDelayMs: 20,
    ...extra,
  };
}

export function find(result: LiveResult, type: string, name: string): Resource {
  const found = result.resources.find(
    (r) => r.isType(type) && r.name.kind === 'known' && r.name.value === name,
  );
  if (!found)
    throw new Error(
      `No ${type} '${name}' among: ${result.resources.map((r) => `${r.type} ${r.displayName}`).join(', ')}`,
    );
  return found;
}

export function ofType(result: LiveResult, type: string): Resource[] {
  return result.resources.filter((r) => r.isType(type));
}

/** The value at a path, if it is known. */
export function known(resource: Resource, path: string): unknown {
  const value = resource.get(path);
  if (value.kind !== 'known') throw new Error(`${path} of ${resource.displayName} is ${value.kind}`);
  return value.value;
}
