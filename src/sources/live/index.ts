/**
 * The live source: reads deployed Managed HSMs through the Azure SDK (Resource Manager, and on request the
 * HSM data plane and Microsoft Graph) and maps them into the canonical, ARM-shaped model, so the rules apply
 * unchanged. Requests share one concurrency limit and have a timeout each; the SDK pipelines retry 429/503
 * (honouring Retry-After) and 5xx. Nothing that fails stops the rest: a subscription becomes a problem, an
 * HSM's unreadable parts become unknown values or `unresolved` entries, never a pass.
 */
import type { Agent } from 'node:https';
import type { ParseProblem } from '../../model/parsed-file.js';
import { pointRange } from '../../model/range.js';
import type { Resource } from '../../model/resource.js';
import { resolveCloud, type CloudName } from './clouds.js';
import { listHsms, listSubscriptions, readHsmControlPlane, subscriptionClients } from './control-plane.js';
import { AUTH_MODES, createCredentials, type AuthMode } from './credentials.js';
import { dataPlaneReader } from './data-plane.js';
import { resolvePrincipals } from './graph.js';
import { clientOptions, describeFailure, requestPolicy, restClient, type RequestStats } from './http.js';
import { createLimiter } from './limit.js';
import { mapLiveState } from './map.js';
import type { HsmRead, Principals } from './reads.js';

export type { AuthMode } from './credentials.js';
export type { CloudName } from './clouds.js';
export { CLOUDS } from './clouds.js';
export { LIVE_TYPES } from './map.js';

export interface LiveOptions {
  auth: AuthMode;
  /** Empty or undefined: every subscription the identity can list (`GET /subscriptions`). */
  subscriptions?: string[];
  /** Case-insensitive filters. */
  resourceGroups?: string[];
  hsmNames?: string[];
  /** Default AzureCloud. */
  cloud?: CloudName;
  /** Override the cloud's endpoints. */
  endpoints?: { arm?: string; hsmDnsSuffix?: string; graph?: string; authorityHost?: string };
  /** Default false: keys, local RBAC, settings and Graph are read only when true. */
  dataPlane?: boolean;
  /** Requests in flight at once, across everything; default 8. */
  concurrency?: number;
  /** Per request (each attempt), default 30000. */
  timeoutMs?: number;
  /** oidc */
  clientId?: string;
  tenantId?: string;
  /** oidc: the Action passes `core.getIDToken`. */
  getIdToken?: (audience: string) => Promise<string>;
  /** token mode reads AZURE_ACCESS_TOKEN, AZURE_HSM_ACCESS_TOKEN, AZURE_GRAPH_ACCESS_TOKEN; default process.env. */
  env?: Record<string, string | undefined>;
  /** Tests only: trust and name resolution of the fake. In production TLS trust comes from NODE_EXTRA_CA_CERTS. */
  agent?: Agent;
  /** Tests only: the first delay of the exponential retry (default 800 ms; 2 retries at most). */
  retryDelayMs?: number;
  log?: (message: string) => void;
}

export interface LiveResult {
  /** Surface 'live'. */
  resources: Resource[];
  /** What could not be read, e.g. the keys of an HSM whose data plane this runner cannot reach. */
  unresolved: ParseProblem[];
  /** Failures of a whole subscription, resource group or listing (never stopping the others). */
  problems: ParseProblem[];
  stats: { subscriptions: number; hsms: number; requests: number };
}

export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Attempts per request: the first and two retries. */
export const MAX_RETRIES = 2;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads the live state. Never throws for service errors (they become problems and unresolved entries);
 * throws only for bad options, with a message naming the option.
 */
export async function readLiveState(options: LiveOptions): Promise<LiveResult> {
  validate(options);
  const cloud = resolveCloud(options.cloud, options.endpoints);
  const credentials = createCredentials(options, cloud);
  const log = options.log ?? (() => undefined);
  const stats: RequestStats = { requests: 0 };
  const limiter = createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  const policy = requestPolicy(limiter, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, stats);
  const clients = clientOptions(
    policy,
    { maxRetries: MAX_RETRIES, retryDelayInMs: options.retryDelayMs ?? 800, maxRetryDelayInMs: 10_000 },
    options.agent,
  );
  const problems: ParseProblem[] = [];
  const unresolved: ParseProblem[] = [];
  const result = (resources: Resource[], subscriptions: number, hsms: number): LiveResult => ({
    resources,
    unresolved,
    problems,
    stats: { subscriptions, hsms, requests: stats.requests },
  });

  try {
    let subscriptions = unique(options.subscriptions ?? []);
    if (subscriptions.length === 0) {
      try {
        subscriptions = unique(
          await listSubscriptions(restClient(credentials.arm, cloud.scopes.arm, clients), cloud),
        );
      } catch (error) {
        problems.push({
          message: `The subscriptions could not be listed: ${describeFailure(error).detail}; no Managed HSM was read.`,
          range: pointRange(`${cloud.arm}/subscriptions`),
        });
        return result([], 0, 0);
      }
      log(`live: ${subscriptions.length} subscription(s) visible to the identity`);
    }

    const dataPlane = options.dataPlane ? dataPlaneReader(credentials.hsm, cloud, clients) : undefined;
    const perSubscription = await Promise.all(
      subscriptions.map(async (subscriptionId): Promise<HsmRead[]> => {
        const arm = subscriptionClients(credentials.arm, subscriptionId, cloud, clients);
        let listing;
        try {
          listing = await listHsms(arm.keyvault, options.resourceGroups, options.hsmNames);
        } catch (error) {
          problems.push({
            message: `Subscription '${subscriptionId}' could not be read: ${describeFailure(error).detail}; its Managed HSMs were not checked.`,
            range: pointRange(`/subscriptions/${subscriptionId}`),
          });
          return [];
        }
        for (const { resourceGroup, error } of listing.failures)
          problems.push({
            message: `Resource group '${resourceGroup}' of subscription '${subscriptionId}' could not be read: ${describeFailure(error).detail}; its Managed HSMs were not checked.`,
            range: pointRange(`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`),
          });
        log(`live: subscription ${subscriptionId}: ${listing.hsms.length} Managed HSM(s)`);
        return Promise.all(
          listing.hsms.map(async (hsm) => {
            const [control, data] = await Promise.all([
              readHsmControlPlane(arm, subscriptionId, hsm),
              dataPlane?.read(hsm),
            ]);
            if (data) control.dataPlane = data;
            return control;
          }),
        );
      }),
    );
    const reads = perSubscription.flat().sort((a, b) => compare(a.hsm.id ?? '', b.hsm.id ?? ''));

    for (const wanted of unique(options.hsmNames ?? []))
      if (!reads.some((r) => (r.hsm.name ?? '').toLowerCase() === wanted.toLowerCase()))
        problems.push({
          message: `Managed HSM '${wanted}' was not found in the subscriptions${options.resourceGroups?.length ? ' and resource groups' : ''} read.`,
          range: pointRange(wanted),
        });

    let principals: Principals | undefined;
    if (dataPlane) {
      const ids = principalIds(reads);
      principals = await resolvePrincipals(credentials.graph, cloud, clients, ids);
      if (!principals.ok && ids.size > 0)
        unresolved.push({
          message: `Principal types could not be read from Microsoft Graph: ${principals.reason}; whether administrators and local role assignees are users, groups or managed identities is unknown.`,
          range: pointRange(`${cloud.graph}/v1.0/directoryObjects/getByIds`),
        });
    }

    const mapped = mapLiveState(reads, principals);
    unresolved.unshift(...mapped.unresolved);
    log(
      `live: ${reads.length} Managed HSM(s), ${mapped.resources.length} resource(s), ${stats.requests} request(s)`,
    );
    return result(mapped.resources, subscriptions.length, reads.length);
  } catch (error) {
    // A defect here, not a service error: still a result, never a crash of the scan.
    problems.push({
      message: `The live read failed: ${describeFailure(error).detail}.`,
      range: pointRange(cloud.arm),
    });
    return result([], 0, 0);
  }
}

function principalIds(reads: readonly HsmRead[]): Set<string> {
  const ids = new Set<string>();
  for (const read of reads) {
    if (!read.dataPlane) continue;
    for (const admin of read.hsm.properties?.initialAdminObjectIds ?? []) ids.add(admin.toLowerCase());
    const assignments = read.dataPlane.roleAssignments;
    if (assignments.ok)
      for (const a of assignments.value) {
        const id = a.properties?.principalId;
        if (typeof id === 'string') ids.add(id.toLowerCase());
      }
  }
  return ids;
}

/** Trimmed, without case-insensitive repeats (the first spelling is kept). */
function unique(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values.map((v) => v.trim())) {
    if (value === '' || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

function compare(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function validate(options: LiveOptions): void {
  if (options === null || typeof options !== 'object')
    throw new TypeError('live: options must be an object.');
  if (!AUTH_MODES.includes(options.auth))
    throw new TypeError(
      `live: auth must be one of ${AUTH_MODES.join(', ')} (got '${String(options.auth)}').`,
    );
  const list = (name: 'subscriptions' | 'resourceGroups' | 'hsmNames') => {
    const value = options[name];
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v.trim() === ''))
      throw new TypeError(`live: ${name} must be a list of non-empty strings.`);
    return value;
  };
  list('resourceGroups');
  list('hsmNames');
  list('subscriptions').forEach((id, i) => {
    if (!GUID.test(id.trim()))
      throw new TypeError(`live: subscriptions[${i}] '${id}' is not a subscription id (a GUID).`);
  });
  const positiveInteger = (name: 'concurrency' | 'timeoutMs') => {
    const value = options[name];
    if (value !== undefined && !(Number.isInteger(value) && value > 0))
      throw new TypeError(`live: ${name} must be a positive integer (got ${String(value)}).`);
  };
  positiveInteger('concurrency');
  positiveInteger('timeoutMs');
  if (
    options.retryDelayMs !== undefined &&
    !(Number.isFinite(options.retryDelayMs) && options.retryDelayMs >= 0)
  )
    throw new TypeError(
      `live: retryDelayMs must be a non-negative number (got ${String(options.retryDelayMs)}).`,
    );
  if (options.getIdToken !== undefined && typeof options.getIdToken !== 'function')
    throw new TypeError('live: getIdToken must be a function.');
}
