import type { ResolvedCloud } from './clouds.js';
import type { PlaneCredential } from './credentials.js';
import { describeFailure, restClient, type ClientOptions } from './http.js';
import { notRead, read, type Principals } from './reads.js';

/** `directoryObjects/getByIds` takes at most this many ids per request. */
const IDS_PER_REQUEST = 1000;

/**
 * The principal type of each object id, from Microsoft Graph `POST /v1.0/directoryObjects/getByIds`:
 * `User`, `Group`, `ServicePrincipal`, or `ManagedIdentity` for a service principal of a managed identity.
 * Ids the directory does not return are left out of the map.
 */
export async function resolvePrincipals(
  plane: PlaneCredential,
  cloud: ResolvedCloud,
  options: ClientOptions,
  ids: Iterable<string>,
): Promise<Principals> {
  const unique = [...new Set([...ids].map((id) => id.toLowerCase()))];
  if ('missing' in plane) return notRead(`principal types not read: ${plane.missing}`);
  if (unique.length === 0) return read(new Map());
  const rest = restClient(plane.credential, cloud.scopes.graph, options);
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += IDS_PER_REQUEST) chunks.push(unique.slice(i, i + IDS_PER_REQUEST));
  try {
    const answers = await Promise.all(
      chunks.map((chunk) =>
        rest.post(`${cloud.graph}/v1.0/directoryObjects/getByIds`, {
          ids: chunk,
          types: ['user', 'group', 'servicePrincipal'],
        }),
      ),
    );
    const types = new Map<string, string>();
    for (const answer of answers) {
      const value = (answer as { value?: unknown } | undefined)?.value;
      if (!Array.isArray(value)) continue;
      for (const object of value as Array<Record<string, unknown>>) {
        const type = principalType(object);
        if (typeof object.id === 'string' && type) types.set(object.id.toLowerCase(), type);
      }
    }
    return read(types);
  } catch (error) {
    return notRead(`Microsoft Graph request failed (${describeFailure(error).detail})`);
  }
}

/** The principal type as Azure RBAC names it, from a Graph directory object. */
export function principalType(object: Record<string, unknown>): string | undefined {
  const odata = object['@odata.type'];
  if (typeof odata !== 'string') return undefined;
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
