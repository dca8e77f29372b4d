import type { Agent } from 'node:https';
import {
  AzureCliCredential,
  ClientAssertionCredential,
  CredentialUnavailableError,
  DefaultAzureCredential,
  type AccessToken,
  type TokenCredential,
} from '@azure/identity';
import type { ResolvedCloud } from './clouds.js';

export type AuthMode = 'oidc' | 'azure-cli' | 'default' | 'token';

export const AUTH_MODES: readonly AuthMode[] = ['oidc', 'azure-cli', 'default', 'token'];

/** The audience GitHub's OIDC token must have for the Entra ID federated credential exchange. */
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';

/** Environment variables of `token` mode: one bearer token per plane. */
export const TOKEN_VARIABLES = {
  arm: 'AZURE_ACCESS_TOKEN',
  hsm: 'AZURE_HSM_ACCESS_TOKEN',
  graph: 'AZURE_GRAPH_ACCESS_TOKEN',
} as const;

/** A plane's credential, or why there is none (then that plane is not read, and says so). */
export type PlaneCredential = { credential: TokenCredential } | { missing: string };

export interface PlaneCredentials {
  arm: TokenCredential;
  hsm: PlaneCredential;
  graph: PlaneCredential;
}

export interface CredentialOptions {
  auth: AuthMode;
  clientId?: string;
  tenantId?: string;
  getIdToken?: (audience: string) => Promise<string>;
  env?: Record<string, string | undefined>;
  agent?: Agent;
}

/**
 * The credentials of each plane. `oidc` exchanges the workflow's OIDC token (audience
 * `api://AzureADTokenExchange`) for Entra ID tokens; `azure-cli` uses the signed-in `az`; `default` is
 * `DefaultAzureCredential`; `token` takes ready bearer tokens from the environment, one per plane (the
 * Resource Manager one is required). The authority host follows the cloud. Tokens are never logged and never
 * part of a message. Throws a message naming the option for incomplete options.
 */
export function createCredentials(options: CredentialOptions, cloud: ResolvedCloud): PlaneCredentials {
  const common = {
    authorityHost: cloud.authorityHost,
    // An authority given explicitly is trusted as it is: no discovery call to the public cloud.
    ...(cloud.customAuthority ? { disableInstanceDiscovery: true } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
  };
  const shared = (credential: TokenCredential): PlaneCredentials => ({
    arm: credential,
    hsm: { credential },
    graph: { credential },
  });
  switch (options.auth) {
    case 'oidc': {
      const missing = (['clientId', 'tenantId', 'getIdToken'] as const).filter((k) => !options[k]);
      if (missing.length > 0)
        throw new TypeError(
          `live: auth 'oidc' needs clientId, tenantId and getIdToken (missing: ${missing.join(', ')}).`,
        );
      const getIdToken = options.getIdToken!;
      const assertion = async () => {
        try {
          return await getIdToken(OIDC_AUDIENCE);
        } catch (error) {
          throw new CredentialUnavailableError(
            `the workflow's OIDC token could not be obtained (${error instanceof Error ? error.message : String(error)})`,
          );
        }
      };
      return shared(new ClientAssertionCredential(options.tenantId!, options.clientId!, assertion, common));
    }
    case 'azure-cli':
      return shared(new AzureCliCredential(options.tenantId ? { tenantId: options.tenantId } : {}));
    case 'default':
      return shared(
        new DefaultAzureCredential({
          ...common,
          ...(options.tenantId ? { tenantId: options.tenantId } : {}),
        }),
      );
    case 'token': {
      const env = options.env ?? process.env;
      const read = (name: string) => {
        const value = env[name]?.trim();
        return value ? value : undefined;
      };
      const arm = read(TOKEN_VARIABLES.arm);
      if (!arm)
        throw new TypeError(
          `live: auth 'token' needs a Resource Manager access token in ${TOKEN_VARIABLES.arm} (env).`,
        );
      const plane = (name: string, what: string): PlaneCredential => {
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
      throw new TypeError(
        `live: auth must be one of ${AUTH_MODES.join(', ')} (got '${String(options.auth as unknown)}').`,
      );
  }
}

/** A ready bearer token; its expiry is read from the token when it is a JWT, else assumed an hour away. */
export function staticCredential(token: string): TokenCredential {
  const expiresOnTimestamp = jwtExpiry(token) ?? Date.now() + 3_600_000;
  return {
    getToken: async (): Promise<AccessToken> => ({ token, expiresOnTimestamp }),
  };
}

function jwtExpiry(token: string): number | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const exp = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}
