/** A resource type with its name segments, e.g. `Microsoft.KeyVault/managedHSMs/keys` and `['hsm', 'key1']`. */
export interface ResourceIdentity {
  type: string;
  names: string[];
}

/** How many name segments a fully qualified type needs: one per type segment after the provider namespace. */
export function nameSegmentCount(type: string): number {
  return type.split('/').length - 1;
}

export function splitNames(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split('/'));
}

/**
 * The identity the resource graph links by: the type followed by the full name, as a template declares them
 * (`Microsoft.KeyVault/managedHSMs/keys/hsm/key1` for type `.../keys` and name `hsm/key1`).
 */
export function referenceOf(identity: ResourceIdentity): string {
  return `${identity.type}/${identity.names.join('/')}`;
}

/** `providers/Ns/t1/n1/t2/n2` for type `Ns/t1/t2` and names `[n1, n2]`; undefined when the counts disagree. */
export function providerPath(identity: ResourceIdentity): string | undefined {
  const [namespace, ...types] = identity.type.split('/');
  const names = splitNames(identity.names);
  if (!namespace || types.length === 0 || types.length !== names.length) return undefined;
  return ['providers', namespace, ...types.flatMap((type, index) => [type, names[index]])].join('/');
}

/**
 * The type and name a resource id points at, from its last `/providers/` segment (so an extension resource
 * yields the extension, not its parent). Undefined for text that is not a provider resource id.
 */
export function identityFromResourceId(id: string): ResourceIdentity | undefined {
  if (!id.startsWith('/')) return undefined;
  const segments = id.split('/').slice(1);
  let providers = -1;
  for (let index = segments.length - 1; index >= 0; index--) {
    if (segments[index].toLowerCase() === 'providers') {
      providers = index;
      break;
    }
  }
  if (providers < 0) return undefined;
  const [namespace, ...rest] = segments.slice(providers + 1);
  if (!namespace || rest.length < 2 || rest.length % 2 !== 0 || rest.some((segment) => segment === ''))
    return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let index = 0; index < rest.length; index += 2) {
    types.push(rest[index]);
    names.push(rest[index + 1]);
  }
  return { type: [namespace, ...types].join('/'), names };
}

/** The graph reference for a resource id, when the text is one. */
export function referenceFromResourceId(id: string): string | undefined {
  const identity = identityFromResourceId(id);
  return identity ? referenceOf(identity) : undefined;
}
