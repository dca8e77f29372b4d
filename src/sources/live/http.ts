import type { Agent } from 'node:https';
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createHttpHeaders,
  createPipelineFromOptions,
  createPipelineRequest,
  RestError,
  type PipelinePolicy,
  type PipelineRetryOptions,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/identity';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../../model/product.js';
import type { Limiter } from './limit.js';

/** Counters shared by every request of one read. */
export interface RequestStats {
  requests: number;
}

/** A request that got no answer in time; not retried (a hang usually means the host is unreachable). */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * The policy every client of the live source carries, closest to the transport (after the Sign phase, so
 * below the SDK's retry policy): each attempt takes a slot of the shared limiter, counts as a request and has
 * its own timeout. Retry waits and token requests hold no slot.
 */
export function requestPolicy(limiter: Limiter, timeoutMs: number, stats: RequestStats): PipelinePolicy {
  return {
    name: 'hsmlintLiveRequest',
    sendRequest(request, next) {
      return limiter.run(async () => {
        stats.requests++;
        const outer = request.abortSignal;
        const controller = new AbortController();
        let timedOut = false;
        const timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, timeoutMs);
        const forward = () => controller.abort();
        if (outer?.aborted) controller.abort();
        outer?.addEventListener('abort', forward);
        request.abortSignal = controller.signal;
        try {
          return await next(request);
        } catch (error) {
          if (timedOut) throw new RequestTimeoutError(timeoutMs);
          throw error;
        } finally {
          clearTimeout(timer);
          outer?.removeEventListener('abort', forward);
          request.abortSignal = outer;
        }
      });
    },
  };
}

/** The options every SDK client of the live source is built with. */
export interface ClientOptions {
  agent?: Agent;
  retryOptions: PipelineRetryOptions;
  additionalPolicies: Array<{ policy: PipelinePolicy; position: 'perCall' | 'perRetry' }>;
  userAgentOptions: { userAgentPrefix: string };
}

export function clientOptions(
  policy: PipelinePolicy,
  retryOptions: PipelineRetryOptions,
  agent: Agent | undefined,
): ClientOptions {
  return {
    ...(agent ? { agent } : {}),
    retryOptions,
    additionalPolicies: [{ policy, position: 'perRetry' }],
    userAgentOptions: { userAgentPrefix: `${PRODUCT_NAME}/${PRODUCT_VERSION}` },
  };
}

/** JSON over HTTPS with a bearer token, for the REST calls no installed SDK client makes. */
export interface RestClient {
  get(url: string): Promise<unknown>;
  post(url: string, body: unknown): Promise<unknown>;
  /** Follows `nextLink` (or `@odata.nextLink`) on the same origin and returns every `value` item. */
  list(url: string): Promise<unknown[]>;
}

const MAX_PAGES = 1000;

export function restClient(credential: TokenCredential, scope: string, options: ClientOptions): RestClient {
  const pipeline = createPipelineFromOptions({
    retryOptions: options.retryOptions,
    userAgentOptions: options.userAgentOptions,
    ...(options.agent ? { agent: options.agent } : {}),
  });
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential, scopes: scope }));
  for (const { policy, position } of options.additionalPolicies)
    pipeline.addPolicy(policy, position === 'perRetry' ? { afterPhase: 'Sign' } : {});
  const http = createDefaultHttpClient();

  const send = async (url: string, method: 'GET' | 'POST', body?: unknown): Promise<unknown> => {
    const request = createPipelineRequest({ url, method });
    request.headers = createHttpHeaders({ accept: 'application/json' });
    if (body !== undefined) {
      request.headers.set('content-type', 'application/json');
      request.body = JSON.stringify(body);
    }
    const response = await pipeline.sendRequest(http, request);
    let parsed: unknown;
    try {
      parsed = response.bodyAsText ? (JSON.parse(response.bodyAsText) as unknown) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.status < 200 || response.status >= 300) {
      const error = (parsed as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const code = typeof error?.code === 'string' ? error.code : undefined;
      const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
      throw new RestError(message, { statusCode: response.status, code, request, response });
    }
    return parsed;
  };

  return {
    get: (url) => send(url, 'GET'),
    post: (url, body) => send(url, 'POST', body),
    async list(url) {
      const origin = new URL(url).origin;
      const items: unknown[] = [];
      let next: string | undefined = url;
      for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
        const body = (await send(next, 'GET')) as Record<string, unknown> | undefined;
        const value = body?.value;
        if (Array.isArray(value)) items.push(...(value as unknown[]));
        const link = body?.nextLink ?? body?.['@odata.nextLink'];
        next = typeof link === 'string' && link !== '' ? link : undefined;
        // The bearer token goes only to the host it was meant for.
        if (next !== undefined && new URL(next, origin).origin !== origin)
          throw new Error(`a nextLink points to another host (${new URL(next, origin).host})`);
        if (next !== undefined) next = new URL(next, origin).toString();
      }
      return items;
    },
  };
}

/** What went wrong with a request, for messages; never contains a token. */
export interface Failure {
  kind: 'http' | 'network' | 'timeout' | 'auth' | 'other';
  status?: number;
  /** e.g. `HTTP 403 Forbidden`, `ENOTFOUND (the host name does not resolve)`, `no answer within 30000 ms`. */
  detail: string;
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  ESOCKETTIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
};

const AUTH_ERRORS = new Set([
  'CredentialUnavailableError',
  'AuthenticationError',
  'AuthenticationRequiredError',
  'AggregateAuthenticationError',
]);

export function describeFailure(error: unknown): Failure {
  const e = (error ?? {}) as { name?: unknown; message?: unknown; code?: unknown; statusCode?: unknown };
  const name = typeof e.name === 'string' ? e.name : '';
  const code = typeof e.code === 'string' ? e.code : undefined;
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (error instanceof RequestTimeoutError) return { kind: 'timeout', detail: error.message };
  // Before the status check: an Entra ID error carries the status of the token request.
  if (AUTH_ERRORS.has(name))
    return { kind: 'auth', detail: `could not get a token (${name}: ${firstLine(message)})` };
  if (typeof e.statusCode === 'number' && e.statusCode > 0)
    return {
      kind: 'http',
      status: e.statusCode,
      detail: `HTTP ${e.statusCode}${code && code !== String(e.statusCode) ? ` ${code}` : ''}`,
    };
  if (code && NETWORK_CODES[code]) return { kind: 'network', detail: `${code}: ${NETWORK_CODES[code]}` };
  if (code && /CERT|SSL|TLS|SIGNATURE/i.test(code))
    return { kind: 'network', detail: `${code}: the TLS certificate is not trusted` };
  if (name === 'AbortError') return { kind: 'timeout', detail: 'the request was aborted' };
  return { kind: 'other', detail: firstLine(message) };
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}
