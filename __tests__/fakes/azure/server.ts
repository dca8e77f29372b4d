/**
 * A local HTTPS fake of the Azure endpoints the live scan reads: Resource Manager (Managed HSMs, their private
 * endpoint connections and regions, diagnostic settings), the Managed HSM data plane (keys, rotation policies,
 * local RBAC role assignments and definitions, account settings) and Microsoft Graph (`directoryObjects`).
 *
 * One server on 127.0.0.1, port chosen by the system:
 * - Resource Manager and Graph at `https://127.0.0.1:<port>` (`armUrl`, `graphUrl`); Graph paths start `/v1.0/`.
 * - The data plane of HSM `<name>` at `https://<name>.managedhsm.localhost:<port>` (`dataPlaneUrl(name)`),
 *   routed by the Host header. The real `KeyClient` needs a host of its own per HSM: it derives the vault URL
 *   of every key from the key id's origin (`parseKeyVaultIdentifier` accepts exactly `/keys/<name>[/<version>]`,
 *   so a path prefix breaks it), and its challenge check wants the request host to be a subdomain of the
 *   challenge resource. The fake answers the challenge with `resource="https://managedhsm.localhost"`.
 *   `*.localhost` does not resolve on this machine, so clients connect through `createFakeAzureAgent()` (trusts
 *   the test CA and resolves `localhost` names to 127.0.0.1, refusing every other name), or, in a child
 *   process, preload `localhost-resolver.mjs` and set `NODE_EXTRA_CA_CERTS` to `getTestTls().caFile`.
 *
 * Every request needs `Authorization: Bearer <token>` (per plane, optionally a given token). Without it the
 * answer is the service's 401: on the data plane with the `WWW-Authenticate` challenge that `KeyClient` uses
 * to discover the token scope. Faults are applied after authentication. ARM `properties.hsmUri` is rewritten
 * to the fake's data-plane address. `state` is read live, so tests may change it between requests.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Agent as HttpsAgent, createServer } from 'node:https';
import type { AddressInfo, LookupFunction } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { builtInRoleDefinitions } from './fixtures.js';
import type {
  ArmManagedHsm,
  DirectoryObject,
  FakeAzureState,
  FakeKey,
  HsmDataPlane,
  Plane,
  RoleAssignment,
} from './model.js';
import { getTestTls } from './tls.js';

export type * from './model.js';

export const DATA_PLANE_DOMAIN = 'managedhsm.localhost';
/** The `resource` of the data-plane challenge; the real service says `https://managedhsm.azure.net`. */
export const DEFAULT_CHALLENGE_RESOURCE = `https://${DATA_PLANE_DOMAIN}`;
const DATA_PLANE_HOST = /^([a-z0-9-]+)\.managedhsm\.localhost$/;
const FAKE = 'hsmlint fake Azure';

export interface FaultRule {
  /** Tested against the request's path and query as sent, e.g. `/keys/k1?api-version=2025-07-01`. */
  match: RegExp;
  plane?: Plane;
  /** Data-plane faults only for this HSM (name, case-insensitive). */
  hsm?: string;
  /** HTTP method, case-insensitive; default any. */
  method?: string;
  /** Answer with this status. Without it (and with `delayMs`) the request is only delayed, then served. */
  status?: number;
  headers?: Record<string, string>;
  /** Default: the plane's error body for the status. */
  body?: unknown;
  /** How many matching requests this fault takes; default 1 (`Infinity` for all). */
  times?: number;
  /** Wait this long before answering (a hang, for client timeouts). */
  delayMs?: number;
}

export interface FakeAzureOptions {
  /** Accepted bearer tokens per plane; a plane without an entry accepts any token. */
  tokens?: Partial<Record<Plane, string | string[]>>;
  faults?: FaultRule[];
  /** Added to every response (for benchmarks). */
  latencyMs?: number;
  /** `resource` in the data-plane challenge; default `https://managedhsm.localhost`. */
  challengeResource?: string;
  /** Tenant in the data-plane challenge's `authorization` URI. */
  tenantId?: string;
  /** Rewrite ARM `properties.hsmUri` to `dataPlaneUrl(name) + '/'`; default true. */
  rewriteHsmUri?: boolean;
}

export interface FakeCall {
  plane: Plane;
  /** The HSM a data-plane call went to. */
  hsm?: string;
  method: string;
  host: string;
  path: string;
  query: Record<string, string>;
  /** What the `Authorization` header held. */
  auth: 'bearer' | 'other' | 'none';
  token?: string;
  /** 0 while in flight, and for requests the client gave up on. */
  status: number;
  /** Answered by an injected fault. */
  fault?: boolean;
  /** The client closed the connection before the answer. */
  aborted?: boolean;
  ms: number;
}

export interface FakeAzure {
  port: number;
  /** Resource Manager endpoint (`endpoint` of the ARM clients). */
  armUrl: string;
  /** Microsoft Graph endpoint (paths start `/v1.0/`). */
  graphUrl: string;
  /** The data-plane URL of a Managed HSM, without a trailing slash. */
  dataPlaneUrl(hsmName: string): string;
  /** An agent for the SDK clients' `agent` option; destroyed by `close()`. */
  agent: HttpsAgent;
  calls: FakeCall[];
  /** The most requests that were being answered at one time. */
  readonly peakInFlight: number;
  state: FakeAzureState;
  addFault(rule: FaultRule): void;
  close(): Promise<void>;
}

/** Resolves `localhost` and `*.localhost` to 127.0.0.1 and refuses every other name. */
export const localhostLookup: LookupFunction = (hostname, options, callback) => {
  const name = hostname.toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) {
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
    return;
  }
  const error = Object.assign(
    new Error(`getaddrinfo ENOTFOUND ${hostname} (${FAKE} agent: localhost names only)`),
    {
      code: 'ENOTFOUND',
      hostname,
      syscall: 'getaddrinfo',
    },
  );
  process.nextTick(() => callback(error, '', 0));
};

/** An HTTPS agent that trusts the test CA and reaches `*.localhost` on 127.0.0.1 (and nothing else by name). */
export function createFakeAzureAgent(options: { keepAlive?: boolean; maxSockets?: number } = {}): HttpsAgent {
  return new HttpsAgent({
    ca: getTestTls().caPem,
    lookup: localhostLookup,
    keepAlive: options.keepAlive ?? true,
    ...(options.maxSockets ? { maxSockets: options.maxSockets } : {}),
  });
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  plane: Plane;
  hsm?: string;
  method: string;
  url: URL;
  /** `https://<host>` as the client addressed us. */
  origin: string;
  body: unknown;
}

const STATUS_CODES: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  409: 'Conflict',
  429: 'TooManyRequests',
  500: 'InternalServerError',
  502: 'BadGateway',
  503: 'ServiceUnavailable',
  504: 'GatewayTimeout',
};

function errorAnswer(plane: Plane, status: number, code: string, message: string): Answer {
  if (plane === 'graph') {
    const innerError = { date: new Date().toISOString().replace(/\.\d+Z$/, ''), 'request-id': randomUUID() };
    return { status, body: { error: { code, message, innerError } } };
  }
  return { status, body: { error: { code, message } } };
}

/** The service's error for a status, used for faults without a body. */
function faultAnswer(plane: Plane, status: number): Answer {
  if (status === 403) {
    if (plane === 'arm')
      return errorAnswer(
        plane,
        403,
        'AuthorizationFailed',
        'The client does not have authorization to perform action.',
      );
    if (plane === 'graph')
      return errorAnswer(
        plane,
        403,
        'Authorization_RequestDenied',
        'Insufficient privileges to complete the operation.',
      );
    return {
      status,
      body: {
        error: {
          code: 'Forbidden',
          message: 'Caller is not authorized to perform action on resource.',
          innererror: { code: 'AccessDenied' },
        },
      },
    };
  }
  const code = STATUS_CODES[status] ?? `Status${status}`;
  return errorAnswer(plane, status, code, `${FAKE}: injected ${status}.`);
}

function sameText(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

function lastSegment(id: string | undefined): string {
  return id?.split('/').pop() ?? '';
}

function encodeSkip(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64url');
}

function decodeSkip(token: string | null): number | undefined {
  if (token === null) return 0;
  try {
    const offset = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { offset?: unknown })
      .offset;
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0 ? offset : undefined;
  } catch {
    return undefined;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeAzure(
  state: FakeAzureState,
  options: FakeAzureOptions = {},
): Promise<FakeAzure> {
  const tls = getTestTls();
  const calls: FakeCall[] = [];
  const faults = (options.faults ?? []).map((rule) => ({ rule, left: rule.times ?? 1 }));
  const closing = new AbortController();
  const challengeResource = options.challengeResource ?? DEFAULT_CHALLENGE_RESOURCE;
  const tenantId = options.tenantId ?? '00000000-0000-0000-0000-000000000000';
  let port = 0;
  const dataPlaneUrl = (name: string) => `https://${name.toLowerCase()}.${DATA_PLANE_DOMAIN}:${port}`;

  // ---------------------------------------------------------------- authentication
  function authenticate(ctx: Ctx, token: string | undefined): Answer | undefined {
    const wanted = options.tokens?.[ctx.plane];
    const accepted =
      wanted === undefined ? token !== undefined : token !== undefined && [wanted].flat().includes(token);
    if (accepted) return undefined;
    if (ctx.plane === 'dataPlane') {
      const answer = errorAnswer(
        'dataPlane',
        401,
        'Unauthorized',
        token === undefined
          ? 'Request is missing a Bearer or PoP token.'
          : 'AKV10032: Invalid issuer or token.',
      );
      answer.headers = {
        'www-authenticate': `Bearer authorization="https://login.microsoftonline.com/${tenantId}", resource="${challengeResource}"`,
      };
      return answer;
    }
    if (ctx.plane === 'graph') {
      return errorAnswer(
        'graph',
        401,
        'InvalidAuthenticationToken',
        token === undefined ? 'Access token is empty.' : 'Access token validation failure. Invalid audience.',
      );
    }
    const answer =
      token === undefined
        ? errorAnswer(
            'arm',
            401,
            'AuthenticationFailed',
            "Authentication failed. The 'Authorization' header is missing.",
          )
        : errorAnswer('arm', 401, 'InvalidAuthenticationToken', 'The access token is invalid.');
    answer.headers = {
      'www-authenticate': `Bearer authorization_uri="https://login.microsoftonline.com/${tenantId}", error="invalid_token", error_description="The access token is missing or invalid."`,
    };
    return answer;
  }

  // ---------------------------------------------------------------- paging
  function paged(ctx: Ctx, items: unknown[], plane: 'arm' | 'dataPlane'): Answer {
    const sizeParam = ctx.url.searchParams.get(plane === 'arm' ? '$top' : 'maxresults');
    const requested = sizeParam === null ? undefined : Number(sizeParam);
    if (requested !== undefined && !(Number.isInteger(requested) && requested > 0)) {
      return errorAnswer(ctx.plane, 400, 'BadRequest', `${FAKE}: invalid page size '${sizeParam}'.`);
    }
    const size = requested ?? state.pageSize?.[plane] ?? Math.max(items.length, 1);
    const skip = decodeSkip(ctx.url.searchParams.get('$skiptoken'));
    if (skip === undefined) return errorAnswer(ctx.plane, 400, 'BadRequest', `${FAKE}: invalid $skiptoken.`);
    const value = items.slice(skip, skip + size);
    let nextLink: string | null = null;
    if (skip + size < items.length) {
      const apiVersion = ctx.url.searchParams.get('api-version') ?? '';
      nextLink = `${ctx.origin}${ctx.url.pathname}?api-version=${apiVersion}&$skiptoken=${encodeSkip(skip + size)}`;
      if (sizeParam !== null) nextLink += plane === 'arm' ? `&$top=${size}` : `&maxresults=${size}`;
    }
    return { status: 200, body: { value, nextLink } };
  }

  // ---------------------------------------------------------------- Resource Manager
  function subscription(id: string) {
    const key = Object.keys(state.subscriptions).find((k) => sameText(k, id));
    return key === undefined ? undefined : state.subscriptions[key];
  }

  function resourceGroupOf(hsm: ArmManagedHsm): string {
    return hsm.id.split('/')[4] ?? '';
  }

  function present(hsm: ArmManagedHsm): ArmManagedHsm {
    const copy = structuredClone(hsm);
    if (options.rewriteHsmUri !== false && copy.properties.hsmUri !== undefined) {
      copy.properties.hsmUri = `${dataPlaneUrl(hsm.name)}/`;
    }
    return copy;
  }

  const subscriptionNotFound = (sub: string) =>
    errorAnswer('arm', 404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);

  function findHsm(sub: string, rg: string, name: string): ArmManagedHsm | Answer {
    const s = subscription(sub);
    if (!s) return subscriptionNotFound(sub);
    const hsm = s.managedHsms.find((h) => sameText(h.name, name) && sameText(resourceGroupOf(h), rg));
    return (
      hsm ??
      errorAnswer(
        'arm',
        404,
        'ResourceNotFound',
        `The Resource 'Microsoft.KeyVault/managedHSMs/${name}' under resource group '${rg}' was not found.`,
      )
    );
  }

  const isAnswer = (x: ArmManagedHsm | Answer): x is Answer => 'status' in x && !('properties' in x);

  const HSMS = String.raw`/subscriptions/([^/]+)(?:/resourceGroups/([^/]+))?/providers/Microsoft\.KeyVault/managedHSMs`;
  const ONE = String.raw`/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\.KeyVault/managedHSMs/([^/]+)`;
  const armRoutes: Array<[RegExp, (ctx: Ctx, m: RegExpExecArray) => Answer]> = [
    [
      new RegExp(`^${HSMS}$`, 'i'),
      (ctx, [, sub, rg]) => {
        const s = subscription(sub);
        if (!s) return subscriptionNotFound(sub);
        const hsms = s.managedHsms.filter((h) => rg === undefined || sameText(resourceGroupOf(h), rg));
        return paged(ctx, hsms.map(present), 'arm');
      },
    ],
    [
      new RegExp(`^${ONE}$`, 'i'),
      (_ctx, [, sub, rg, name]) => {
        const hsm = findHsm(sub, rg, name);
        return isAnswer(hsm) ? hsm : { status: 200, body: present(hsm) };
      },
    ],
    [
      new RegExp(`^${ONE}/privateEndpointConnections(?:/([^/]+))?$`, 'i'),
      (ctx, [, sub, rg, name, connection]) => {
        const hsm = findHsm(sub, rg, name);
        if (isAnswer(hsm)) return hsm;
        const resources = (hsm.properties.privateEndpointConnections ?? []).map((item) => ({
          id: item.id,
          name: lastSegment(item.id),
          type: 'Microsoft.KeyVault/managedHSMs/privateEndpointConnections',
          etag: item.etag ?? '',
          properties: structuredClone(item.properties ?? {}),
        }));
        if (connection === undefined) return paged(ctx, resources, 'arm');
        const found = resources.find((r) => sameText(r.name, connection));
        return found
          ? { status: 200, body: found }
          : errorAnswer(
              'arm',
              404,
              'PrivateEndpointConnectionNotFound',
              `Connection '${connection}' not found.`,
            );
      },
    ],
    [
      new RegExp(`^${ONE}/regions$`, 'i'),
      (ctx, [, sub, rg, name]) => {
        const hsm = findHsm(sub, rg, name);
        return isAnswer(hsm) ? hsm : paged(ctx, structuredClone(hsm.properties.regions ?? []), 'arm');
      },
    ],
    [
      /^\/(.+)\/providers\/Microsoft\.Insights\/diagnosticSettings(?:\/([^/]+))?$/i,
      (_ctx, [, resourceUri, name]) => {
        const wanted = `/${resourceUri}`;
        const key = Object.keys(state.diagnosticSettings ?? {}).find((k) =>
          sameText(k.startsWith('/') ? k : `/${k}`, wanted),
        );
        const settings = structuredClone(key === undefined ? [] : (state.diagnosticSettings?.[key] ?? []));
        if (name === undefined) return { status: 200, body: { value: settings } };
        const found = settings.find((s) => sameText(s.name, name));
        return found
          ? { status: 200, body: found }
          : errorAnswer('arm', 404, 'ResourceNotFound', `The diagnostic setting '${name}' doesn't exist.`);
      },
    ],
  ];

  function routeArm(ctx: Ctx): Answer {
    const path = ctx.url.pathname;
    if (path.includes('//')) {
      return errorAnswer('arm', 400, 'BadRequest', `${FAKE}: '//' in the request path '${path}'.`);
    }
    if (!ctx.url.searchParams.get('api-version')) {
      return errorAnswer(
        'arm',
        400,
        'MissingApiVersionParameter',
        'The api-version query parameter (?api-version=) is required for all requests.',
      );
    }
    for (const [pattern, handler] of armRoutes) {
      const m = pattern.exec(path);
      if (m) return ctx.method === 'GET' ? handler(ctx, m) : methodNotAllowed(ctx);
    }
    return errorAnswer(
      'arm',
      404,
      'NotFound',
      `${FAKE}: no Resource Manager route for ${ctx.method} ${path}.`,
    );
  }

  // ---------------------------------------------------------------- data plane
  function dataPlaneOf(name: string): HsmDataPlane | undefined {
    const key = Object.keys(state.dataPlane ?? {}).find((k) => sameText(k, name));
    if (key !== undefined) return state.dataPlane?.[key];
    const inArm = Object.values(state.subscriptions).some((s) =>
      s.managedHsms.some((h) => sameText(h.name, name)),
    );
    return inArm ? {} : undefined;
  }

  function keyNotFound(name: string): Answer {
    return errorAnswer(
      'dataPlane',
      404,
      'KeyNotFound',
      `A key with (name/id) ${name} was not found in this key vault. If you recently deleted this key you may be able to recover it using the correct recovery command.`,
    );
  }

  function keyBundle(ctx: Ctx, key: FakeKey) {
    const bundle: Record<string, unknown> = {
      key: { kid: `${ctx.origin}/keys/${key.name}/${key.version}`, ...structuredClone(key.key) },
      attributes: structuredClone(key.attributes),
    };
    if (key.tags) bundle.tags = { ...key.tags };
    if (key.managed !== undefined) bundle.managed = key.managed;
    if (key.release_policy) bundle.release_policy = { ...key.release_policy };
    return bundle;
  }

  function keyItem(ctx: Ctx, key: FakeKey, withVersion: boolean) {
    const item: Record<string, unknown> = {
      kid: `${ctx.origin}/keys/${key.name}${withVersion ? `/${key.version}` : ''}`,
      attributes: structuredClone(key.attributes),
    };
    if (key.tags) item.tags = { ...key.tags };
    if (key.managed !== undefined) item.managed = key.managed;
    return item;
  }

  /** Assignments that apply at `scope` or below it (for `/`, all); `$filter=atScope()` keeps those at or above. */
  function assignmentsFor(all: RoleAssignment[], scope: string, filter: string | null): RoleAssignment[] {
    const within = (inner: string, outer: string) =>
      outer === '/' ||
      inner.toLowerCase() === outer.toLowerCase() ||
      inner.toLowerCase().startsWith(`${outer.toLowerCase()}/`);
    const principal = filter ? /principalId\s+eq\s+'([^']+)'/i.exec(filter)?.[1] : undefined;
    return all.filter((a) => {
      if (principal !== undefined && !sameText(a.properties.principalId, principal)) return false;
      if (filter && /atScope\(\)/i.test(filter)) return within(scope, a.properties.scope);
      return within(a.properties.scope, scope) || within(scope, a.properties.scope);
    });
  }

  function routeDataPlane(ctx: Ctx): Answer {
    const hsmName = ctx.hsm ?? '';
    const plane = dataPlaneOf(hsmName);
    if (!plane)
      return errorAnswer('dataPlane', 404, 'NotFound', `${FAKE}: no Managed HSM named '${hsmName}'.`);
    if (!ctx.url.searchParams.get('api-version')) {
      return errorAnswer('dataPlane', 400, 'BadParameter', 'The api-version query parameter is required.');
    }
    if (ctx.method !== 'GET') return methodNotAllowed(ctx);
    // The SDKs put RBAC scope "/" into "/{scope}/providers/...", which gives "//providers"; collapse slashes.
    const path = ctx.url.pathname.replace(/\/{2,}/g, '/');
    const keys = plane.keys ?? [];
    const findKey = (name: string) => keys.find((k) => sameText(k.name, decodeURIComponent(name)));
    let m: RegExpExecArray | null;

    if (/^\/keys\/?$/i.test(path))
      return paged(
        ctx,
        keys.map((k) => keyItem(ctx, k, false)),
        'dataPlane',
      );
    if ((m = /^\/keys\/([^/]+)\/versions\/?$/i.exec(path))) {
      const key = findKey(m[1]);
      return key ? paged(ctx, [keyItem(ctx, key, true)], 'dataPlane') : keyNotFound(m[1]);
    }
    if ((m = /^\/keys\/([^/]+)\/rotationpolicy\/?$/i.exec(path))) {
      const key = findKey(m[1]);
      if (!key || key.rotationPolicy === null) return keyNotFound(m[1]);
      const id = `${ctx.origin}/keys/${key.name}/rotationpolicy`;
      const policy = key.rotationPolicy ?? {
        lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'Notify' } }],
        attributes: {},
      };
      return { status: 200, body: { id, ...structuredClone(policy) } };
    }
    if ((m = /^\/keys\/([^/]+)(?:\/([^/]*))?\/?$/i.exec(path))) {
      const key = findKey(m[1]);
      if (!key || (m[2] && m[2] !== key.version)) return keyNotFound(m[1]);
      return { status: 200, body: keyBundle(ctx, key) };
    }
    if (
      (m =
        /^(\/keys(?:\/[^/]+)?)?\/providers\/Microsoft\.Authorization\/roleAssignments(?:\/([^/]+))?$/i.exec(
          path,
        ))
    ) {
      const all = plane.roleAssignments ?? [];
      if (m[2] !== undefined) {
        const found = all.find((a) => sameText(a.name, m?.[2]));
        return found
          ? { status: 200, body: structuredClone(found) }
          : errorAnswer(
              'dataPlane',
              404,
              'RoleAssignmentNotFound',
              `Requested role assignment not found (Activity ID: ${randomUUID()}).`,
            );
      }
      const scope = m[1] ?? '/';
      return paged(
        ctx,
        structuredClone(assignmentsFor(all, scope, ctx.url.searchParams.get('$filter'))),
        'dataPlane',
      );
    }
    if (
      (m =
        /^(\/keys(?:\/[^/]+)?)?\/providers\/Microsoft\.Authorization\/roleDefinitions(?:\/([^/]+))?$/i.exec(
          path,
        ))
    ) {
      const all = plane.roleDefinitions ?? builtInRoleDefinitions();
      if (m[2] !== undefined) {
        const found = all.find((d) => sameText(d.name, m?.[2]));
        return found
          ? { status: 200, body: structuredClone(found) }
          : errorAnswer('dataPlane', 404, 'RoleDefinitionNotFound', 'Requested role definition not found.');
      }
      return paged(ctx, structuredClone(all), 'dataPlane');
    }
    const settings = plane.settings ?? { AllowKeyManagementOperationsThroughARM: 'false' };
    const setting = (name: string) => ({
      name,
      value: settings[name],
      type: settings[name] === 'true' || settings[name] === 'false' ? 'boolean' : 'string',
    });
    if (/^\/settings\/?$/i.test(path))
      return { status: 200, body: { settings: Object.keys(settings).map(setting) } };
    if ((m = /^\/settings\/([^/]+)$/i.exec(path))) {
      const name = Object.keys(settings).find((k) => sameText(k, m?.[1]));
      return name
        ? { status: 200, body: setting(name) }
        : errorAnswer('dataPlane', 404, 'SettingNotFound', `The setting '${m[1]}' was not found.`);
    }
    return errorAnswer(
      'dataPlane',
      404,
      'NotFound',
      `${FAKE}: no data-plane route for ${ctx.method} ${path}.`,
    );
  }

  // ---------------------------------------------------------------- Microsoft Graph
  function graphType(object: DirectoryObject): string {
    return object['@odata.type'].replace(/^#?microsoft\.graph\./i, '').toLowerCase();
  }

  function routeGraph(ctx: Ctx): Answer {
    const path = ctx.url.pathname;
    const objects = state.directoryObjects ?? [];
    if (/^\/v1\.0\/directoryObjects\/getByIds$/i.test(path)) {
      if (ctx.method !== 'POST') return methodNotAllowed(ctx);
      const body = ctx.body as { ids?: unknown; types?: unknown } | undefined;
      const ids = body?.ids;
      if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
        return errorAnswer(
          'graph',
          400,
          'Request_BadRequest',
          "Invalid request: 'ids' must be a list of strings.",
        );
      }
      if (ids.length > 1000) {
        return errorAnswer('graph', 400, 'Request_BadRequest', 'Too many ids: at most 1000 in one request.');
      }
      const types = Array.isArray(body?.types)
        ? (body.types as unknown[]).map((t) =>
            String(t)
              .replace(/^#?microsoft\.graph\./i, '')
              .toLowerCase(),
          )
        : [];
      const wanted = (o: DirectoryObject) =>
        types.length === 0 || types.includes('directoryobject') || types.includes(graphType(o));
      const value = ids.flatMap((id) => objects.filter((o) => sameText(o.id, id as string) && wanted(o)));
      return {
        status: 200,
        body: {
          '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects',
          value: structuredClone(value),
        },
      };
    }
    const m = /^\/v1\.0\/directoryObjects\/([^/]+)$/i.exec(path);
    if (m) {
      if (ctx.method !== 'GET') return methodNotAllowed(ctx);
      const found = objects.find((o) => sameText(o.id, m[1]));
      return found
        ? {
            status: 200,
            body: {
              '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects/$entity',
              ...found,
            },
          }
        : errorAnswer(
            'graph',
            404,
            'Request_ResourceNotFound',
            `Resource '${m[1]}' does not exist or one of its queried reference-property objects are not present.`,
          );
    }
    return errorAnswer('graph', 404, 'NotFound', `${FAKE}: no Graph route for ${ctx.method} ${path}.`);
  }

  function methodNotAllowed(ctx: Ctx): Answer {
    return errorAnswer(
      ctx.plane,
      405,
      'MethodNotAllowed',
      `${FAKE} is read-only here: ${ctx.method} ${ctx.url.pathname}.`,
    );
  }

  // ---------------------------------------------------------------- faults and dispatch
  function takeFault(ctx: Ctx, rawUrl: string): FaultRule | undefined {
    for (const entry of faults) {
      const { rule } = entry;
      if (entry.left <= 0) continue;
      if (rule.plane && rule.plane !== ctx.plane) continue;
      if (rule.hsm && !sameText(rule.hsm, ctx.hsm)) continue;
      if (rule.method && !sameText(rule.method, ctx.method)) continue;
      rule.match.lastIndex = 0;
      if (!rule.match.test(rawUrl)) continue;
      entry.left -= 1;
      return rule;
    }
    return undefined;
  }

  function send(res: ServerResponse, answer: Answer): void {
    if (res.destroyed || res.writableEnded) return;
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-cache',
      'x-ms-request-id': randomUUID(),
      'content-length': Buffer.byteLength(payload),
      ...answer.headers,
    });
    res.end(payload);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const host = (req.headers.host ?? `127.0.0.1:${port}`).toLowerCase();
    const hostname = host.replace(/:\d+$/, '');
    const rawUrl = req.url ?? '/';
    // Concatenated, not resolved: `new URL('//x/y', base)` would read '//x' as a host name.
    const url = new URL(`https://${host}${rawUrl.startsWith('/') ? '' : '/'}${rawUrl}`);
    const dataPlaneHost = DATA_PLANE_HOST.exec(hostname);
    const plane: Plane = dataPlaneHost
      ? 'dataPlane'
      : /^\/(v1\.0|beta)\//i.test(url.pathname)
        ? 'graph'
        : 'arm';
    const method = (req.method ?? 'GET').toUpperCase();
    const authorization = req.headers.authorization;
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    const call: FakeCall = {
      plane,
      method,
      host,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      auth: token !== undefined ? 'bearer' : authorization ? 'other' : 'none',
      status: 0,
      ms: 0,
    };
    if (dataPlaneHost) call.hsm = dataPlaneHost[1];
    if (token !== undefined) call.token = token;
    calls.push(call);

    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) call.aborted = true;
      gone.abort();
    });
    const signal = AbortSignal.any([gone.signal, closing.signal]);
    try {
      const text = method === 'GET' || method === 'HEAD' ? '' : await readBody(req);
      let body: unknown;
      if (text) {
        try {
          body = JSON.parse(text) as unknown;
        } catch {
          body = undefined;
        }
      }
      const ctx: Ctx = { plane, hsm: call.hsm, method, url, origin: `https://${host}`, body };
      if (options.latencyMs) await sleep(options.latencyMs, undefined, { signal });
      let answer = authenticate(ctx, token);
      if (!answer) {
        const fault = takeFault(ctx, rawUrl);
        if (fault?.delayMs) await sleep(fault.delayMs, undefined, { signal });
        if (fault?.status !== undefined) {
          call.fault = true;
          const base =
            fault.body === undefined
              ? faultAnswer(plane, fault.status)
              : { status: fault.status, body: fault.body };
          answer = { ...base, status: fault.status, headers: { ...base.headers, ...fault.headers } };
        }
        answer ??=
          plane === 'arm' ? routeArm(ctx) : plane === 'graph' ? routeGraph(ctx) : routeDataPlane(ctx);
      }
      call.status = answer.status;
      call.ms = Date.now() - started;
      send(res, answer);
    } catch (error) {
      if (signal.aborted) return;
      call.status = 500;
      send(res, errorAnswer(plane, 500, 'InternalServerError', `${FAKE} failed: ${String(error)}`));
    }
  }

  let inFlight = 0;
  let peakInFlight = 0;
  const server = createServer({ key: tls.keyPem, cert: tls.certPem }, (req, res) => {
    inFlight++;
    peakInFlight = Math.max(peakInFlight, inFlight);
    void handle(req, res).finally(() => inFlight--);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const agent = createFakeAzureAgent();

  return {
    port,
    armUrl: `https://127.0.0.1:${port}`,
    graphUrl: `https://127.0.0.1:${port}`,
    dataPlaneUrl,
    agent,
    calls,
    get peakInFlight() {
      return peakInFlight;
    },
    state,
    addFault(rule) {
      faults.push({ rule, left: rule.times ?? 1 });
    },
    async close() {
      closing.abort();
      agent.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
