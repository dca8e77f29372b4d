/**
 * A small HTTPS front for the Azure fake, for what the shared fake does not serve: Resource Manager's
 * `GET /subscriptions` (paged) and a Microsoft Entra ID token endpoint (OpenID metadata and
 * `POST /{tenant}/oauth2/v2.0/token`, client-assertion grant) for `ClientAssertionCredential`. Every other
 * request is passed to the fake unchanged (its Host header kept, so `nextLink`s come back through the front).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { FakeAzure } from '../../fakes/azure/server.js';
import { getTestTls } from '../../fakes/azure/tls.js';

export interface FrontSubscription {
  subscriptionId: string;
  state?: 'Enabled' | 'Disabled' | 'Warned' | 'PastDue' | 'Deleted';
}

export interface TokenRequest {
  tenant: string;
  clientId?: string;
  grantType?: string;
  assertion?: string;
  assertionType?: string;
  scope?: string;
}

export interface Front {
  url: string;
  tokenRequests: TokenRequest[];
  /** `GET /subscriptions` requests, with the bearer token they carried. */
  subscriptionCalls: Array<{ token?: string; query: Record<string, string> }>;
  close(): Promise<void>;
}

export interface FrontOptions {
  subscriptions?: FrontSubscription[];
  /** Subscriptions per page of `GET /subscriptions`; default all on one. */
  pageSize?: number;
  /** The access token issued for a scope; default `oidc-hsm`, `oidc-graph` (the fake's Graph) or `oidc-arm`. */
  issue?: (scope: string) => string;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFront(fake: FakeAzure, options: FrontOptions = {}): Promise<Front> {
  const tls = getTestTls();
  const tokenRequests: TokenRequest[] = [];
  const subscriptionCalls: Front['subscriptionCalls'] = [];
  const issue =
    options.issue ??
    ((scope: string) =>
      scope.includes('managedhsm')
        ? 'oidc-hsm'
        : scope.startsWith(fake.graphUrl)
          ? 'oidc-graph'
          : 'oidc-arm');
  let origin = '';

  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      const method = (req.method ?? 'GET').toUpperCase();
      let m: RegExpExecArray | null;
      if (method === 'GET' && url.pathname === '/subscriptions') {
        const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
        subscriptionCalls.push({ token, query: Object.fromEntries(url.searchParams) });
        if (!token) return json(res, 401, { error: { code: 'AuthenticationFailed', message: 'No token.' } });
        const all = (options.subscriptions ?? []).map((s) => ({
          id: `/subscriptions/${s.subscriptionId}`,
          subscriptionId: s.subscriptionId,
          displayName: `sub ${s.subscriptionId.slice(0, 8)}`,
          state: s.state ?? 'Enabled',
        }));
        const size = options.pageSize ?? Math.max(all.length, 1);
        const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
        const value = all.slice(skip, skip + size);
        const nextLink =
          skip + size < all.length
            ? `${origin}/subscriptions?api-version=${url.searchParams.get('api-version')}&$skiptoken=${skip + size}`
            : undefined;
        return json(res, 200, { value, ...(nextLink ? { nextLink } : {}) });
      }
      if (
        method === 'GET' &&
        (m = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname))
      ) {
        const tenant = m[1];
        return json(res, 200, {
          token_endpoint: `${origin}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/authorize`,
          device_authorization_endpoint: `${origin}/${tenant}/oauth2/v2.0/devicecode`,
          end_session_endpoint: `${origin}/${tenant}/oauth2/v2.0/logout`,
          jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
          issuer: `${origin}/${tenant}/v2.0`,
          token_endpoint_auth_methods_supported: [
            'client_secret_post',
            'private_key_jwt',
            'client_secret_basic',
          ],
          response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
          scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
          tenant_region_scope: 'EU',
        });
      }
      if (method === 'POST' && (m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname))) {
        const form = new URLSearchParams(await readBody(req));
        const record: TokenRequest = {
          tenant: m[1],
          clientId: form.get('client_id') ?? undefined,
          grantType: form.get('grant_type') ?? undefined,
          assertion: form.get('client_assertion') ?? undefined,
          assertionType: form.get('client_assertion_type') ?? undefined,
          scope: form.get('scope') ?? undefined,
        };
        tokenRequests.push(record);
        if (!record.assertion)
          return json(res, 400, {
            error: 'invalid_request',
            error_description: 'AADSTS900144: client_assertion missing.',
          });
        return json(res, 200, {
          token_type: 'Bearer',
          expires_in: 3599,
          ext_expires_in: 3599,
          access_token: issue(record.scope ?? ''),
        });
      }
      // Everything else: to the fake, as it came.
      const upstream = httpsRequest(
        {
          host: '127.0.0.1',
          port: fake.port,
          method,
          path: req.url,
          headers: req.headers,
          agent: fake.agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) =>
        json(res, 502, { error: { code: 'BadGateway', message: String(error) } }),
      );
      req.pipe(upstream);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    tokenRequests,
    subscriptionCalls,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
