export const id = 408;
export const ids = [408];
export const modules = {

/***/ 8408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readLiveState: () => (/* binding */ readLiveState)
});

// UNUSED EXPORTS: CLOUDS, DEFAULT_CONCURRENCY, DEFAULT_TIMEOUT_MS, LIVE_TYPES, MAX_RETRIES

// EXTERNAL MODULE: ./src/model/range.ts
var model_range = __webpack_require__(12);
;// CONCATENATED MODULE: ./src/sources/live/clouds.ts
const CLOUD_NAMES = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'];
const CLOUDS = {
    AzureCloud: {
        arm: 'https://management.azure.com',
        hsmDnsSuffix: 'managedhsm.azure.net',
        graph: 'https://graph.microsoft.com',
        authorityHost: 'https://login.microsoftonline.com',
    },
    AzureChinaCloud: {
        arm: 'https://management.chinacloudapi.cn',
        hsmDnsSuffix: 'managedhsm.azure.cn',
        graph: 'https://microsoftgraph.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
    },
    AzureUSGovernment: {
        arm: 'https://management.usgovcloudapi.net',
        hsmDnsSuffix: 'managedhsm.usgovcloudapi.net',
        graph: 'https://graph.microsoft.us',
        authorityHost: 'https://login.microsoftonline.us',
    },
};
/**
 * The endpoints of a cloud with the caller's overrides, and the scope of each plane:
 * `${arm}/.default`, `https://${hsmDnsSuffix}/.default`, `${graph}/.default`. Throws a message naming the
 * option for an unknown cloud or an endpoint that is not an https URL.
 */
function resolveCloud(cloud, overrides = {}) {
    const name = cloud ?? 'AzureCloud';
    const base = CLOUDS[name];
    if (!base)
        throw new TypeError(`live: cloud must be one of ${CLOUD_NAMES.join(', ')} (got '${String(cloud)}').`);
    const arm = httpsUrl('endpoints.arm', overrides.arm ?? base.arm);
    const graph = httpsUrl('endpoints.graph', overrides.graph ?? base.graph);
    const authorityHost = httpsUrl('endpoints.authorityHost', overrides.authorityHost ?? base.authorityHost);
    const hsmDnsSuffix = (overrides.hsmDnsSuffix ?? base.hsmDnsSuffix).trim().replace(/^\.+|\.+$/g, '');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(hsmDnsSuffix))
        throw new TypeError(`live: endpoints.hsmDnsSuffix must be a DNS suffix such as managedhsm.azure.net (got '${hsmDnsSuffix}').`);
    return {
        name,
        arm,
        graph,
        authorityHost,
        hsmDnsSuffix,
        customAuthority: overrides.authorityHost !== undefined,
        scopes: { arm: `${arm}/.default`, hsm: `https://${hsmDnsSuffix}/.default`, graph: `${graph}/.default` },
    };
}
function httpsUrl(option, value) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new TypeError(`live: ${option} must be an https URL (got '${value}').`);
    }
    if (url.protocol !== 'https:')
        throw new TypeError(`live: ${option} must be an https URL (got '${value}'); tokens are never sent in clear.`);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

// EXTERNAL MODULE: ./node_modules/@azure/arm-keyvault/dist/esm/index.js + 35 modules
var esm = __webpack_require__(4950);
// EXTERNAL MODULE: ./node_modules/@azure/arm-monitor/dist/esm/index.js + 104 modules
var dist_esm = __webpack_require__(2729);
// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var core_rest_pipeline_dist_esm = __webpack_require__(1818);
// EXTERNAL MODULE: ./src/model/product.ts
var product = __webpack_require__(4678);
;// CONCATENATED MODULE: ./src/sources/live/http.ts


/** A request that got no answer in time; not retried (a hang usually means the host is unreachable). */
class RequestTimeoutError extends Error {
    timeoutMs;
    name = 'RequestTimeoutError';
    constructor(timeoutMs) {
        super(`no answer within ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
/**
 * The policy every client of the live source carries, closest to the transport (after the Sign phase, so
 * below the SDK's retry policy): each attempt takes a slot of the shared limiter, counts as a request and has
 * its own timeout. Retry waits and token requests hold no slot.
 */
function requestPolicy(limiter, timeoutMs, stats) {
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
                if (outer?.aborted)
                    controller.abort();
                outer?.addEventListener('abort', forward);
                request.abortSignal = controller.signal;
                try {
                    return await next(request);
                }
                catch (error) {
                    if (timedOut)
                        throw new RequestTimeoutError(timeoutMs);
                    throw error;
                }
                finally {
                    clearTimeout(timer);
                    outer?.removeEventListener('abort', forward);
                    request.abortSignal = outer;
                }
            });
        },
    };
}
function clientOptions(policy, retryOptions, agent) {
    return {
        ...(agent ? { agent } : {}),
        retryOptions,
        additionalPolicies: [{ policy, position: 'perRetry' }],
        userAgentOptions: { userAgentPrefix: `${product/* PRODUCT_NAME */.KR}/${product/* PRODUCT_VERSION */.vg}` },
    };
}
const MAX_PAGES = 1000;
function restClient(credential, scope, options) {
    const pipeline = (0,core_rest_pipeline_dist_esm/* createPipelineFromOptions */.Fp)({
        retryOptions: options.retryOptions,
        userAgentOptions: options.userAgentOptions,
        ...(options.agent ? { agent: options.agent } : {}),
    });
    pipeline.addPolicy((0,core_rest_pipeline_dist_esm/* bearerTokenAuthenticationPolicy */.N$)({ credential, scopes: scope }));
    for (const { policy, position } of options.additionalPolicies)
        pipeline.addPolicy(policy, position === 'perRetry' ? { afterPhase: 'Sign' } : {});
    const http = (0,core_rest_pipeline_dist_esm/* createDefaultHttpClient */.fl)();
    const send = async (url, method, body) => {
        const request = (0,core_rest_pipeline_dist_esm/* createPipelineRequest */.G6)({ url, method });
        request.headers = (0,core_rest_pipeline_dist_esm/* createHttpHeaders */.Nc)({ accept: 'application/json' });
        if (body !== undefined) {
            request.headers.set('content-type', 'application/json');
            request.body = JSON.stringify(body);
        }
        const response = await pipeline.sendRequest(http, request);
        let parsed;
        try {
            parsed = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
        }
        catch {
            parsed = undefined;
        }
        if (response.status < 200 || response.status >= 300) {
            const error = parsed?.error;
            const code = typeof error?.code === 'string' ? error.code : undefined;
            const message = typeof error?.message === 'string' ? error.message : `HTTP ${response.status}`;
            throw new core_rest_pipeline_dist_esm/* RestError */.pj(message, { statusCode: response.status, code, request, response });
        }
        return parsed;
    };
    return {
        get: (url) => send(url, 'GET'),
        post: (url, body) => send(url, 'POST', body),
        async list(url) {
            const origin = new URL(url).origin;
            const items = [];
            let next = url;
            for (let page = 0; next !== undefined && page < MAX_PAGES; page++) {
                const body = (await send(next, 'GET'));
                const value = body?.value;
                if (Array.isArray(value))
                    items.push(...value);
                const link = body?.nextLink ?? body?.['@odata.nextLink'];
                next = typeof link === 'string' && link !== '' ? link : undefined;
                // The bearer token goes only to the host it was meant for.
                if (next !== undefined && new URL(next, origin).origin !== origin)
                    throw new Error(`a nextLink points to another host (${new URL(next, origin).host})`);
                if (next !== undefined)
                    next = new URL(next, origin).toString();
            }
            return items;
        },
    };
}
const NETWORK_CODES = {
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
function describeFailure(error) {
    const e = (error ?? {});
    const name = typeof e.name === 'string' ? e.name : '';
    const code = typeof e.code === 'string' ? e.code : undefined;
    const message = typeof e.message === 'string' ? e.message : String(error);
    if (error instanceof RequestTimeoutError)
        return { kind: 'timeout', detail: error.message };
    // Before the status check: an Entra ID error carries the status of the token request.
    if (AUTH_ERRORS.has(name))
        return { kind: 'auth', detail: `could not get a token (${name}: ${firstLine(message)})` };
    if (typeof e.statusCode === 'number' && e.statusCode > 0)
        return {
            kind: 'http',
            status: e.statusCode,
            detail: `HTTP ${e.statusCode}${code && code !== String(e.statusCode) ? ` ${code}` : ''}`,
        };
    if (code && NETWORK_CODES[code])
        return { kind: 'network', detail: `${code}: ${NETWORK_CODES[code]}` };
    if (code && /CERT|SSL|TLS|SIGNATURE/i.test(code))
        return { kind: 'network', detail: `${code}: the TLS certificate is not trusted` };
    if (name === 'AbortError')
        return { kind: 'timeout', detail: 'the request was aborted' };
    return { kind: 'other', detail: firstLine(message) };
}
function firstLine(text) {
    const line = text.split('\n')[0].trim();
    return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

;// CONCATENATED MODULE: ./src/sources/live/reads.ts
const read = (value) => ({ ok: true, value });
const notRead = (reason) => ({ ok: false, reason });

;// CONCATENATED MODULE: ./src/sources/live/control-plane.ts




/** Pinned, so that the mapped resources say which schema their properties follow. */
const KEYVAULT_API_VERSION = '2026-02-01';
const SUBSCRIPTIONS_API_VERSION = '2022-12-01';
function subscriptionClients(credential, subscriptionId, cloud, options) {
    const common = { ...options, endpoint: cloud.arm, credentials: { scopes: [cloud.scopes.arm] } };
    return {
        keyvault: new esm/* KeyVaultManagementClient */.ch(credential, subscriptionId, {
            ...common,
            apiVersion: KEYVAULT_API_VERSION,
        }),
        monitor: new dist_esm/* MonitorClient */.UK(credential, subscriptionId, common),
    };
}
/** Every subscription the identity can list (`GET /subscriptions`) that is not disabled or deleted. */
async function listSubscriptions(arm, cloud) {
    const items = await arm.list(`${cloud.arm}/subscriptions?api-version=${SUBSCRIPTIONS_API_VERSION}`);
    const ids = [];
    for (const item of items) {
        const { subscriptionId, state } = (item ?? {});
        if (typeof subscriptionId !== 'string')
            continue;
        if (typeof state === 'string' && /^(disabled|deleted)$/i.test(state))
            continue;
        ids.push(subscriptionId);
    }
    return ids;
}
async function collect(items) {
    const out = [];
    for await (const item of items)
        out.push(item);
    return out;
}
/**
 * The Managed HSMs of a subscription, or of the given resource groups in it, filtered by name (both
 * case-insensitive). Throws when the subscription listing itself fails.
 */
async function listHsms(client, resourceGroups, names) {
    const wanted = names?.length ? new Set(names.map((n) => n.toLowerCase())) : undefined;
    const keep = (hsm) => !wanted || wanted.has((hsm.name ?? '').toLowerCase());
    if (!resourceGroups?.length) {
        const hsms = await collect(client.managedHsms.listBySubscription());
        return { hsms: hsms.filter(keep), failures: [] };
    }
    const groups = resourceGroups.filter((g, i) => resourceGroups.findIndex((other) => other.toLowerCase() === g.toLowerCase()) === i);
    const failures = [];
    const lists = await Promise.all(groups.map(async (resourceGroup) => {
        try {
            return await collect(client.managedHsms.listByResourceGroup(resourceGroup));
        }
        catch (error) {
            failures.push({ resourceGroup, error });
            return [];
        }
    }));
    return { hsms: lists.flat().filter(keep), failures };
}
/** The regions (when the HSM's properties lack them) and the diagnostic settings of one HSM. */
async function readHsmControlPlane(clients, subscriptionId, hsm) {
    const id = hsm.id ?? '';
    const resourceGroup = id.split('/')[4] ?? '';
    const name = hsm.name ?? '';
    const regions = hsm.properties?.regions === undefined
        ? collect(clients.keyvault.mhsmRegions.listByResource(resourceGroup, name)).then(read, (error) => notRead(describeFailure(error).detail))
        : undefined;
    // The resource URI goes into `/{+resourceUri}/providers/...`: without its leading slash.
    const diagnosticSettings = collect(clients.monitor.diagnosticSettings.list(id.replace(/^\/+/, ''))).then(read, (error) => notRead(describeFailure(error).detail));
    const result = { subscriptionId, hsm, diagnosticSettings: await diagnosticSettings };
    if (regions)
        result.regions = await regions;
    return result;
}

// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 172 modules
var identity_dist_esm = __webpack_require__(9907);
;// CONCATENATED MODULE: ./src/sources/live/credentials.ts

const AUTH_MODES = ['oidc', 'azure-cli', 'default', 'token'];
/** The audience GitHub's OIDC token must have for the Entra ID federated credential exchange. */
const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
/** Environment variables of `token` mode: one bearer token per plane. */
const TOKEN_VARIABLES = {
    arm: 'AZURE_ACCESS_TOKEN',
    hsm: 'AZURE_HSM_ACCESS_TOKEN',
    graph: 'AZURE_GRAPH_ACCESS_TOKEN',
};
/**
 * The credentials of each plane. `oidc` exchanges the workflow's OIDC token (audience
 * `api://AzureADTokenExchange`) for Entra ID tokens; `azure-cli` uses the signed-in `az`; `default` is
 * `DefaultAzureCredential`; `token` takes ready bearer tokens from the environment, one per plane (the
 * Resource Manager one is required). The authority host follows the cloud. Tokens are never logged and never
 * part of a message. Throws a message naming the option for incomplete options.
 */
function createCredentials(options, cloud) {
    const common = {
        authorityHost: cloud.authorityHost,
        // An authority given explicitly is trusted as it is: no discovery call to the public cloud.
        ...(cloud.customAuthority ? { disableInstanceDiscovery: true } : {}),
        ...(options.agent ? { agent: options.agent } : {}),
    };
    const shared = (credential) => ({
        arm: credential,
        hsm: { credential },
        graph: { credential },
    });
    switch (options.auth) {
        case 'oidc': {
            const missing = ['clientId', 'tenantId', 'getIdToken'].filter((k) => !options[k]);
            if (missing.length > 0)
                throw new TypeError(`live: auth 'oidc' needs clientId, tenantId and getIdToken (missing: ${missing.join(', ')}).`);
            const getIdToken = options.getIdToken;
            const assertion = async () => {
                try {
                    return await getIdToken(OIDC_AUDIENCE);
                }
                catch (error) {
                    throw new identity_dist_esm/* CredentialUnavailableError */.oT(`the workflow's OIDC token could not be obtained (${error instanceof Error ? error.message : String(error)})`);
                }
            };
            return shared(new identity_dist_esm/* ClientAssertionCredential */.XI(options.tenantId, options.clientId, assertion, common));
        }
        case 'azure-cli':
            return shared(new identity_dist_esm/* AzureCliCredential */.nG(options.tenantId ? { tenantId: options.tenantId } : {}));
        case 'default':
            return shared(new identity_dist_esm/* DefaultAzureCredential */.gv({
                ...common,
                ...(options.tenantId ? { tenantId: options.tenantId } : {}),
            }));
        case 'token': {
            const env = options.env ?? process.env;
            const read = (name) => {
                const value = env[name]?.trim();
                return value ? value : undefined;
            };
            const arm = read(TOKEN_VARIABLES.arm);
            if (!arm)
                throw new TypeError(`live: auth 'token' needs a Resource Manager access token in ${TOKEN_VARIABLES.arm} (env).`);
            const plane = (name, what) => {
                const token = read(name);
                return token
                    ? { credential: staticCredential(token) }
                    : { missing: `no ${what} token (${name} is not set)` };
            };
            return {
                arm: staticCredential(arm),
                hsm: plane(TOKEN_VARIABLES.hsm, 'Managed HSM data-plane'),
                graph: plane(TOKEN_VARIABLES.graph, 'Microsoft Graph'),
            };
        }
        default:
            throw new TypeError(`live: auth must be one of ${AUTH_MODES.join(', ')} (got '${String(options.auth)}').`);
    }
}
/** A ready bearer token; its expiry is read from the token when it is a JWT, else assumed an hour away. */
function staticCredential(token) {
    const expiresOnTimestamp = jwtExpiry(token) ?? Date.now() + 3_600_000;
    return {
        getToken: async () => ({ token, expiresOnTimestamp }),
    };
}
function jwtExpiry(token) {
    const payload = token.split('.')[1];
    if (!payload)
        return undefined;
    try {
        const exp = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')).exp;
        return typeof exp === 'number' ? exp * 1000 : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./node_modules/@azure/keyvault-keys/dist/esm/index.js + 43 modules
var keyvault_keys_dist_esm = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/sources/live/data-plane.ts



/** Managed HSM local RBAC and settings (the REST API `KeyVaultAccessControlClient` and `KeyVaultSettingsClient` call). */
const DATA_PLANE_API_VERSION = '7.5';
const ARM_SETTING = 'AllowKeyManagementOperationsThroughARM';
/** Reads keys, local RBAC and the ARM setting of HSMs, or says for each why it could not. */
function dataPlaneReader(plane, cloud, options) {
    if ('missing' in plane) {
        const reason = `data plane not read: ${plane.missing}`;
        return { read: async () => everything(reason) };
    }
    const rest = restClient(plane.credential, cloud.scopes.hsm, options);
    return { read: (hsm) => readOne(hsm, plane.credential, rest, cloud, options) };
}
function everything(reason) {
    return {
        allowKeyManagementThroughArm: notRead(reason),
        keys: notRead(reason),
        roleAssignments: notRead(reason),
        roleDefinitions: notRead(reason),
    };
}
/**
 * Why a data-plane request failed, as the reason of what it leaves unknown. A 403 (the HSM firewall, or no
 * local role) and an HSM this runner cannot connect to (a private endpoint elsewhere) both mean the runner
 * cannot see the data plane; never a pass.
 */
function dataPlaneReason(error) {
    const failure = describeFailure(error);
    if (failure.kind === 'network' || failure.kind === 'timeout' || failure.status === 403)
        return `data plane not reachable from this runner (${failure.detail})`;
    if (failure.status === 401)
        return `data plane refused the token (${failure.detail})`;
    return `data plane request failed (${failure.detail})`;
}
function statusOf(error) {
    const status = error?.statusCode;
    return typeof status === 'number' ? status : undefined;
}
/** The data-plane base URL, without a trailing slash: `hsmUri` as ARM reports it, else from the DNS suffix. */
function dataPlaneUrl(hsm, cloud) {
    const uri = hsm.properties?.hsmUri ?? `https://${(hsm.name ?? '').toLowerCase()}.${cloud.hsmDnsSuffix}/`;
    return uri.replace(/\/+$/, '');
}
function hostOf(url) {
    try {
        return new URL(url).hostname.toLowerCase();
    }
    catch {
        return '';
    }
}
async function data_plane_collect(items) {
    const out = [];
    for await (const item of items)
        out.push(item);
    return out;
}
async function readOne(hsm, credential, rest, cloud, options) {
    const base = dataPlaneUrl(hsm, cloud);
    // The data-plane token goes only to hosts of the cloud's Managed HSM domain.
    const host = hostOf(base);
    if (!host.endsWith(`.${cloud.hsmDnsSuffix.toLowerCase()}`))
        return everything(`data plane not read: its address ${host || base} is not under ${cloud.hsmDnsSuffix} (set endpoints.hsmDnsSuffix for another cloud)`);
    // One request first: when the HSM cannot be reached at all, the other reads are not attempted.
    const setting = await readSetting(rest, base);
    if (!setting.ok && setting.unreachable)
        return everything(setting.reason);
    const keyClient = new keyvault_keys_dist_esm/* KeyClient */.xp(`${base}/`, credential, options);
    // RBAC at scope "/" lists every assignment of the HSM; the SDKs write that scope as "//providers".
    const rbac = (kind) => rest
        .list(`${base}//providers/Microsoft.Authorization/${kind}?api-version=${DATA_PLANE_API_VERSION}`)
        .then((items) => read(items), (error) => notRead(dataPlaneReason(error)));
    const [keys, roleAssignments, roleDefinitions] = await Promise.all([
        readKeys(keyClient),
        rbac('roleAssignments'),
        rbac('roleDefinitions'),
    ]);
    return {
        allowKeyManagementThroughArm: setting.ok ? read(setting.value) : notRead(setting.reason),
        keys,
        roleAssignments,
        roleDefinitions,
    };
}
async function readSetting(rest, base) {
    try {
        const body = (await rest.get(`${base}/settings/${ARM_SETTING}?api-version=${DATA_PLANE_API_VERSION}`));
        const value = body?.value;
        if (value === true || value === false)
            return { ok: true, value };
        if (typeof value === 'string' && /^(true|false)$/i.test(value.trim()))
            return { ok: true, value: value.trim().toLowerCase() === 'true' };
        return {
            ok: false,
            reason: `the data plane returned an unexpected value for ${ARM_SETTING}`,
            unreachable: false,
        };
    }
    catch (error) {
        // Even a 404 stays unknown: it may as well mean that this is not the HSM's data plane.
        const kind = describeFailure(error).kind;
        return {
            ok: false,
            reason: dataPlaneReason(error),
            unreachable: kind === 'network' || kind === 'timeout',
        };
    }
}
async function readKeys(client) {
    let listed;
    try {
        listed = await data_plane_collect(client.listPropertiesOfKeys());
    }
    catch (error) {
        return notRead(dataPlaneReason(error));
    }
    const keys = await Promise.all(listed.map(async (properties) => {
        const [key, rotationPolicy] = await Promise.all([
            client.getKey(properties.name).then(read, (error) => notRead(dataPlaneReason(error))),
            client.getKeyRotationPolicy(properties.name).then((policy) => read(policy), 
            // No policy for this key.
            (error) => (statusOf(error) === 404 ? read(undefined) : notRead(dataPlaneReason(error)))),
        ]);
        return { name: properties.name, listed: properties, key, rotationPolicy };
    }));
    return read(keys);
}

;// CONCATENATED MODULE: ./src/sources/live/graph.ts


/** `directoryObjects/getByIds` takes at most this many ids per request. */
const IDS_PER_REQUEST = 1000;
/**
 * The principal type of each object id, from Microsoft Graph `POST /v1.0/directoryObjects/getByIds`:
 * `User`, `Group`, `ServicePrincipal`, or `ManagedIdentity` for a service principal of a managed identity.
 * Ids the directory does not return are left out of the map.
 */
async function resolvePrincipals(plane, cloud, options, ids) {
    const unique = [...new Set([...ids].map((id) => id.toLowerCase()))];
    if ('missing' in plane)
        return notRead(`principal types not read: ${plane.missing}`);
    if (unique.length === 0)
        return read(new Map());
    const rest = restClient(plane.credential, cloud.scopes.graph, options);
    const chunks = [];
    for (let i = 0; i < unique.length; i += IDS_PER_REQUEST)
        chunks.push(unique.slice(i, i + IDS_PER_REQUEST));
    try {
        const answers = await Promise.all(chunks.map((chunk) => rest.post(`${cloud.graph}/v1.0/directoryObjects/getByIds`, {
            ids: chunk,
            types: ['user', 'group', 'servicePrincipal'],
        })));
        const types = new Map();
        for (const answer of answers) {
            const value = answer?.value;
            if (!Array.isArray(value))
                continue;
            for (const object of value) {
                const type = principalType(object);
                if (typeof object.id === 'string' && type)
                    types.set(object.id.toLowerCase(), type);
            }
        }
        return read(types);
    }
    catch (error) {
        return notRead(`Microsoft Graph request failed (${describeFailure(error).detail})`);
    }
}
/** The principal type as Azure RBAC names it, from a Graph directory object. */
function principalType(object) {
    const odata = object['@odata.type'];
    if (typeof odata !== 'string')
        return undefined;
    const kind = odata.replace(/^#?microsoft\.graph\./i, '').toLowerCase();
    switch (kind) {
        case 'user':
            return 'User';
        case 'group':
            return 'Group';
        case 'serviceprincipal':
            return object.servicePrincipalType === 'ManagedIdentity' ? 'ManagedIdentity' : 'ServicePrincipal';
        default:
            return kind ? kind[0].toUpperCase() + kind.slice(1) : undefined;
    }
}

;// CONCATENATED MODULE: ./src/sources/live/limit.ts
function createLimiter(concurrency) {
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new RangeError(`concurrency must be a positive integer (got ${String(concurrency)})`);
    const waiting = [];
    let active = 0;
    let peak = 0;
    const acquire = () => {
        if (active < concurrency) {
            active++;
            peak = Math.max(peak, active);
            return Promise.resolve();
        }
        // The slot is handed over by release(), so `active` stays counted for the waiter.
        return new Promise((resolve) => waiting.push(resolve));
    };
    const release = () => {
        const next = waiting.shift();
        if (next)
            next();
        else
            active--;
    };
    return {
        async run(task) {
            await acquire();
            try {
                return await task();
            }
            finally {
                release();
            }
        },
        get active() {
            return active;
        },
        get peak() {
            return peak;
        },
    };
}

// EXTERNAL MODULE: ./src/model/node.ts
var node = __webpack_require__(2909);
// EXTERNAL MODULE: ./src/model/resource.ts + 1 modules
var resource = __webpack_require__(9060);
;// CONCATENATED MODULE: ./src/sources/live/map.ts




/** Managed HSM local RBAC (data plane) in the canonical model; never `Microsoft.Authorization/*`. */
const LIVE_TYPES = {
    localRoleAssignment: resource/* TYPES */.QE.localRoleAssignment,
    localRoleDefinition: resource/* TYPES */.QE.localRoleDefinition,
};
const DIAGNOSTIC_SETTINGS_API_VERSION = '2021-05-01-preview';
/** A value the live source could not read: an unknown node in the property tree. */
class Unknown {
    expression;
    reason;
    constructor(expression, reason) {
        this.expression = expression;
        this.reason = reason;
    }
}
/** Maps every HSM read (and the principal types found in Microsoft Graph) to live resources. */
function mapLiveState(reads, principals) {
    const out = { resources: [], unresolved: [] };
    for (const hsmRead of reads)
        mapHsmRead(hsmRead, principals, out);
    return out;
}
function mapHsmRead(hsmRead, principals, out) {
    const { hsm, dataPlane } = hsmRead;
    const name = hsm.name ?? lastSegment(hsm.id);
    const id = hsm.id ?? name;
    const hsmResource = live({
        id,
        type: resource/* TYPES */.QE.managedHsm,
        name,
        apiVersion: KEYVAULT_API_VERSION,
        body: hsmBody(hsmRead, principals),
    });
    out.resources.push(hsmResource);
    const settings = hsmRead.diagnosticSettings;
    if (settings.ok) {
        for (const setting of settings.value)
            out.resources.push(diagnosticSetting(id, setting));
    }
    else {
        // A setting whose content is unknown: the audit-log check says it could not verify, never "missing".
        const placeholder = `${id}/providers/Microsoft.Insights/diagnosticSettings/(not listed)`;
        out.resources.push(live({
            id: placeholder,
            type: resource/* TYPES */.QE.diagnosticSetting,
            name: '(not listed)',
            apiVersion: DIAGNOSTIC_SETTINGS_API_VERSION,
            body: {
                name: '(not listed)',
                type: resource/* TYPES */.QE.diagnosticSetting,
                scope: id,
                properties: new Unknown('(diagnostic settings not read)', `the diagnostic settings of '${name}' could not be listed: ${settings.reason}`),
            },
        }));
    }
    if (!dataPlane)
        return;
    const range = (0,model_range/* pointRange */.it)(id);
    if (dataPlane.keys.ok) {
        for (const key of dataPlane.keys.value)
            out.resources.push(keyResource(id, name, hsmResource.key, key));
    }
    else {
        out.unresolved.push({
            message: `Keys of HSM '${name}' could not be read: ${dataPlane.keys.reason}; key checks were not run.`,
            range,
        });
    }
    if (dataPlane.roleAssignments.ok) {
        for (const assignment of dataPlane.roleAssignments.value)
            out.resources.push(roleAssignment(id, name, hsmResource.key, assignment, principals));
        if (!dataPlane.roleDefinitions.ok)
            out.unresolved.push({
                message: `Local role definitions of HSM '${name}' could not be read: ${dataPlane.roleDefinitions.reason}; custom roles were not checked.`,
                range,
            });
    }
    else {
        out.unresolved.push({
            message: `Local role assignments of HSM '${name}' could not be read: ${dataPlane.roleAssignments.reason}; local RBAC checks were not run.`,
            range,
        });
    }
    if (dataPlane.roleDefinitions.ok)
        for (const definition of dataPlane.roleDefinitions.value)
            out.resources.push(roleDefinition(id, name, hsmResource.key, definition));
}
function hsmBody(hsmRead, principals) {
    const { hsm, regions, dataPlane } = hsmRead;
    const properties = (clean(hsm.properties) ?? {});
    if (hsm.properties?.privateEndpointConnections)
        properties.privateEndpointConnections = hsm.properties.privateEndpointConnections.map((c) => clean({
            id: c.id,
            etag: c.etag,
            // arm-keyvault 5 flattens `properties` of each connection; the ARM shape nests them.
            properties: {
                privateEndpoint: c.privateEndpoint,
                privateLinkServiceConnectionState: c.privateLinkServiceConnectionState,
                provisioningState: c.provisioningState,
            },
        }));
    if (regions)
        properties.regions = regions.ok
            ? clean(regions.value)
            : new Unknown('(regions not read)', `the regions could not be listed: ${regions.reason}`);
    if (dataPlane) {
        const setting = dataPlane.allowKeyManagementThroughArm;
        properties.settings = {
            allowKeyManagementOperationsThroughARM: setting.ok
                ? setting.value
                : new Unknown('(data-plane setting not read)', setting.reason),
        };
    }
    const body = {
        id: hsm.id,
        name: hsm.name,
        type: resource/* TYPES */.QE.managedHsm,
        location: hsm.location,
        tags: hsm.tags,
        sku: hsm.sku,
        identity: hsm.identity,
        properties,
    };
    // Not ARM: what Microsoft Graph says the initial administrators are, by object id.
    const admins = hsm.properties?.initialAdminObjectIds ?? [];
    if (dataPlane && principals && admins.length > 0)
        body.principalTypes = Object.fromEntries(admins.map((a) => [a, principalTypeOf(a, principals)]));
    return body;
}
function diagnosticSetting(hsmId, setting) {
    const name = setting.name ?? lastSegment(setting.id);
    const id = setting.id ?? `${hsmId}/providers/Microsoft.Insights/diagnosticSettings/${name}`;
    return live({
        id,
        type: resource/* TYPES */.QE.diagnosticSetting,
        name,
        apiVersion: DIAGNOSTIC_SETTINGS_API_VERSION,
        body: {
            id,
            name,
            type: resource/* TYPES */.QE.diagnosticSetting,
            scope: hsmId,
            // MonitorClient 8 flattens `properties`; the ARM shape nests them.
            properties: {
                storageAccountId: setting.storageAccountId,
                serviceBusRuleId: setting.serviceBusRuleId,
                eventHubAuthorizationRuleId: setting.eventHubAuthorizationRuleId,
                eventHubName: setting.eventHubName,
                workspaceId: setting.workspaceId,
                marketplacePartnerId: setting.marketplacePartnerId,
                logAnalyticsDestinationType: setting.logAnalyticsDestinationType,
                logs: setting.logs,
                metrics: setting.metrics,
            },
        },
    });
}
const SYMMETRIC_SIZE = 'the Managed HSM data plane does not report the size of symmetric (oct-HSM) keys; check it where the key is created';
function keyResource(hsmId, hsmName, parentKey, read) {
    const id = `${hsmId}/keys/${read.name}`;
    const properties = {};
    if (read.key.ok) {
        const key = read.key.value;
        const kty = key.keyType ?? key.key?.kty;
        properties.kty = kty;
        const family = typeof kty === 'string' ? kty.toUpperCase().replace(/-HSM$/, '') : '';
        if (family === 'RSA') {
            properties.keySize = key.key?.n?.length
                ? bitLength(key.key.n)
                : new Unknown('(size not reported)', 'the data plane returned no RSA modulus for the key');
        }
        else if (family === 'OCT') {
            properties.keySize = new Unknown('(size not reported)', SYMMETRIC_SIZE);
        }
        if (key.key?.crv !== undefined)
            properties.curveName = normalizeCurve(key.key.crv);
        properties.keyOps = key.keyOperations ?? key.key?.keyOps;
    }
    else {
        properties.kty = new Unknown('(key not read)', read.key.reason);
        properties.keyOps = new Unknown('(key not read)', read.key.reason);
    }
    const attributes = read.key.ok ? read.key.value.properties : read.listed;
    properties.attributes = {
        enabled: attributes.enabled,
        exp: epochSeconds(attributes.expiresOn),
        nbf: epochSeconds(attributes.notBefore),
        created: epochSeconds(attributes.createdOn),
        updated: epochSeconds(attributes.updatedOn),
        recoveryLevel: attributes.recoveryLevel,
        exportable: attributes.exportable,
    };
    const policy = read.rotationPolicy;
    if (!policy.ok)
        properties.rotationPolicy = new Unknown('(rotation policy not read)', policy.reason);
    else if (policy.value)
        properties.rotationPolicy = rotationPolicy(policy.value);
    const name = `${hsmName}/${read.name}`;
    return live({
        id,
        type: resource/* TYPES */.QE.managedHsmKey,
        name,
        parentKey,
        body: { id, name, type: resource/* TYPES */.QE.managedHsmKey, tags: read.listed.tags, properties },
    });
}
/** The ARM shape of a rotation policy (`trigger`, `action.type`, `attributes.expiryTime`). */
function rotationPolicy(policy) {
    return {
        lifetimeActions: (policy.lifetimeActions ?? []).map((a) => ({
            trigger: { timeAfterCreate: a.timeAfterCreate, timeBeforeExpiry: a.timeBeforeExpiry },
            action: { type: a.action },
        })),
        attributes: {
            expiryTime: policy.expiresIn,
            created: epochSeconds(policy.createdOn),
            updated: epochSeconds(policy.updatedOn),
        },
    };
}
function roleAssignment(hsmId, hsmName, parentKey, assignment, principals) {
    const own = assignment.name ?? lastSegment(assignment.id);
    const id = `${hsmId}/roleAssignments/${own}`;
    const name = `${hsmName}/${own}`;
    const principalId = assignment.properties?.principalId;
    return live({
        id,
        type: LIVE_TYPES.localRoleAssignment,
        name,
        parentKey,
        body: {
            id: assignment.id,
            name,
            type: LIVE_TYPES.localRoleAssignment,
            properties: {
                scope: assignment.properties?.scope,
                roleDefinitionId: assignment.properties?.roleDefinitionId,
                principalId,
                principalType: principalId === undefined
                    ? undefined
                    : principals
                        ? principalTypeOf(principalId, principals)
                        : new Unknown('(not resolved)', 'principal types were not read'),
            },
        },
    });
}
function roleDefinition(hsmId, hsmName, parentKey, definition) {
    const own = definition.name ?? lastSegment(definition.id);
    const id = `${hsmId}/roleDefinitions/${own}`;
    const name = `${hsmName}/${own}`;
    return live({
        id,
        type: LIVE_TYPES.localRoleDefinition,
        name,
        parentKey,
        body: {
            id: definition.id,
            name,
            type: LIVE_TYPES.localRoleDefinition,
            properties: definition.properties,
        },
    });
}
function principalTypeOf(objectId, principals) {
    if (!principals.ok)
        return new Unknown('(not resolved)', principals.reason);
    return (principals.value.get(objectId.toLowerCase()) ??
        new Unknown('(not in the directory)', 'Microsoft Graph returned no user, group or service principal with this object id (deleted, or in another tenant)'));
}
function live(init) {
    const range = (0,model_range/* pointRange */.it)(init.id);
    return new resource/* Resource */.FW({
        key: `live:${init.id}`,
        type: init.type,
        apiVersion: init.apiVersion,
        name: { kind: 'known', value: init.name, range },
        surface: 'live',
        range,
        body: toNode(clean(init.body), range),
        symbol: init.id,
        parentKey: init.parentKey,
    });
}
/**
 * Plain JSON of an SDK model: `undefined` and `null` members dropped (an omitted property reads as absent,
 * as in a template), dates as ISO strings, unknowns kept.
 */
function clean(value) {
    if (value === null || value === undefined)
        return undefined;
    if (value instanceof Unknown)
        return value;
    if (value instanceof Date)
        return value.toISOString();
    if (Array.isArray(value))
        return value.map(clean).filter((v) => v !== undefined);
    if (typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            const c = clean(v);
            if (c !== undefined)
                out[k] = c;
        }
        return out;
    }
    return value;
}
function containsUnknown(value) {
    if (value instanceof Unknown)
        return true;
    if (Array.isArray(value))
        return value.some(containsUnknown);
    if (value !== null && typeof value === 'object')
        return Object.values(value).some(containsUnknown);
    return false;
}
/** `jsonToNode`, with `Unknown` markers becoming unknown nodes. */
function toNode(value, range) {
    if (value instanceof Unknown)
        return { kind: 'unknown', expression: value.expression, reason: value.reason, range };
    if (!containsUnknown(value))
        return (0,node/* jsonToNode */.iH)(value, range);
    if (Array.isArray(value))
        return { kind: 'array', items: value.map((v) => toNode(v, range)), range };
    const entries = new Map();
    for (const [name, v] of Object.entries(value))
        entries.set(name.toLowerCase(), { name, keyRange: range, node: toNode(v, range) });
    return { kind: 'object', entries, range };
}
function lastSegment(id) {
    return id?.split('/').filter(Boolean).pop() ?? '';
}
function epochSeconds(date) {
    return date ? Math.floor(date.getTime() / 1000) : undefined;
}
/** The modulus length in bits (leading zero bytes do not count). */
function bitLength(bytes) {
    let i = 0;
    while (i < bytes.length && bytes[i] === 0)
        i++;
    if (i === bytes.length)
        return 0;
    return (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes[i]));
}
/** Curve names as ARM writes them; some services report P-256K as SECP256K1. */
function normalizeCurve(curve) {
    return /^secp256k1$/i.test(curve.trim()) ? 'P-256K' : curve;
}

;// CONCATENATED MODULE: ./src/sources/live/index.ts











const DEFAULT_CONCURRENCY = 8;
const DEFAULT_TIMEOUT_MS = 30_000;
/** Attempts per request: the first and two retries. */
const MAX_RETRIES = 2;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Reads the live state. Never throws for service errors (they become problems and unresolved entries);
 * throws only for bad options, with a message naming the option.
 */
async function readLiveState(options) {
    validate(options);
    const cloud = resolveCloud(options.cloud, options.endpoints);
    const credentials = createCredentials(options, cloud);
    const log = options.log ?? (() => undefined);
    const stats = { requests: 0 };
    const limiter = createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const policy = requestPolicy(limiter, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, stats);
    const clients = clientOptions(policy, { maxRetries: MAX_RETRIES, retryDelayInMs: options.retryDelayMs ?? 800, maxRetryDelayInMs: 10_000 }, options.agent);
    const problems = [];
    const unresolved = [];
    const result = (resources, subscriptions, hsms) => ({
        resources,
        unresolved,
        problems,
        stats: { subscriptions, hsms, requests: stats.requests },
    });
    try {
        let subscriptions = unique(options.subscriptions ?? []);
        if (subscriptions.length === 0) {
            try {
                subscriptions = unique(await listSubscriptions(restClient(credentials.arm, cloud.scopes.arm, clients), cloud));
            }
            catch (error) {
                problems.push({
                    message: `The subscriptions could not be listed: ${describeFailure(error).detail}; no Managed HSM was read.`,
                    range: (0,model_range/* pointRange */.it)(`${cloud.arm}/subscriptions`),
                });
                return result([], 0, 0);
            }
            log(`live: ${subscriptions.length} subscription(s) visible to the identity`);
        }
        const dataPlane = options.dataPlane ? dataPlaneReader(credentials.hsm, cloud, clients) : undefined;
        const perSubscription = await Promise.all(subscriptions.map(async (subscriptionId) => {
            const arm = subscriptionClients(credentials.arm, subscriptionId, cloud, clients);
            let listing;
            try {
                listing = await listHsms(arm.keyvault, options.resourceGroups, options.hsmNames);
            }
            catch (error) {
                problems.push({
                    message: `Subscription '${subscriptionId}' could not be read: ${describeFailure(error).detail}; its Managed HSMs were not checked.`,
                    range: (0,model_range/* pointRange */.it)(`/subscriptions/${subscriptionId}`),
                });
                return [];
            }
            for (const { resourceGroup, error } of listing.failures)
                problems.push({
                    message: `Resource group '${resourceGroup}' of subscription '${subscriptionId}' could not be read: ${describeFailure(error).detail}; its Managed HSMs were not checked.`,
                    range: (0,model_range/* pointRange */.it)(`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`),
                });
            log(`live: subscription ${subscriptionId}: ${listing.hsms.length} Managed HSM(s)`);
            return Promise.all(listing.hsms.map(async (hsm) => {
                const [control, data] = await Promise.all([
                    readHsmControlPlane(arm, subscriptionId, hsm),
                    dataPlane?.read(hsm),
                ]);
                if (data)
                    control.dataPlane = data;
                return control;
            }));
        }));
        const reads = perSubscription.flat().sort((a, b) => compare(a.hsm.id ?? '', b.hsm.id ?? ''));
        for (const wanted of unique(options.hsmNames ?? []))
            if (!reads.some((r) => (r.hsm.name ?? '').toLowerCase() === wanted.toLowerCase()))
                problems.push({
                    message: `Managed HSM '${wanted}' was not found in the subscriptions${options.resourceGroups?.length ? ' and resource groups' : ''} read.`,
                    range: (0,model_range/* pointRange */.it)(wanted),
                });
        let principals;
        if (dataPlane) {
            const ids = principalIds(reads);
            principals = await resolvePrincipals(credentials.graph, cloud, clients, ids);
            if (!principals.ok && ids.size > 0)
                unresolved.push({
                    message: `Principal types could not be read from Microsoft Graph: ${principals.reason}; whether administrators and local role assignees are users, groups or managed identities is unknown.`,
                    range: (0,model_range/* pointRange */.it)(`${cloud.graph}/v1.0/directoryObjects/getByIds`),
                });
        }
        const mapped = mapLiveState(reads, principals);
        unresolved.unshift(...mapped.unresolved);
        log(`live: ${reads.length} Managed HSM(s), ${mapped.resources.length} resource(s), ${stats.requests} request(s)`);
        return result(mapped.resources, subscriptions.length, reads.length);
    }
    catch (error) {
        // A defect here, not a service error: still a result, never a crash of the scan.
        problems.push({
            message: `The live read failed: ${describeFailure(error).detail}.`,
            range: (0,model_range/* pointRange */.it)(cloud.arm),
        });
        return result([], 0, 0);
    }
}
function principalIds(reads) {
    const ids = new Set();
    for (const read of reads) {
        if (!read.dataPlane)
            continue;
        for (const admin of read.hsm.properties?.initialAdminObjectIds ?? [])
            ids.add(admin.toLowerCase());
        const assignments = read.dataPlane.roleAssignments;
        if (assignments.ok)
            for (const a of assignments.value) {
                const id = a.properties?.principalId;
                if (typeof id === 'string')
                    ids.add(id.toLowerCase());
            }
    }
    return ids;
}
/** Trimmed, without case-insensitive repeats (the first spelling is kept). */
function unique(values) {
    const seen = new Set();
    const out = [];
    for (const value of values.map((v) => v.trim())) {
        if (value === '' || seen.has(value.toLowerCase()))
            continue;
        seen.add(value.toLowerCase());
        out.push(value);
    }
    return out;
}
function compare(a, b) {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
}
function validate(options) {
    if (options === null || typeof options !== 'object')
        throw new TypeError('live: options must be an object.');
    if (!AUTH_MODES.includes(options.auth))
        throw new TypeError(`live: auth must be one of ${AUTH_MODES.join(', ')} (got '${String(options.auth)}').`);
    const list = (name) => {
        const value = options[name];
        if (value === undefined)
            return [];
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
    const positiveInteger = (name) => {
        const value = options[name];
        if (value !== undefined && !(Number.isInteger(value) && value > 0))
            throw new TypeError(`live: ${name} must be a positive integer (got ${String(value)}).`);
    };
    positiveInteger('concurrency');
    positiveInteger('timeoutMs');
    if (options.retryDelayMs !== undefined &&
        !(Number.isFinite(options.retryDelayMs) && options.retryDelayMs >= 0))
        throw new TypeError(`live: retryDelayMs must be a non-negative number (got ${String(options.retryDelayMs)}).`);
    if (options.getIdToken !== undefined && typeof options.getIdToken !== 'function')
        throw new TypeError('live: getIdToken must be a function.');
}


/***/ })

};
