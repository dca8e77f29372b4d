/** The date part of an ARM api version (`2023-07-01` of `2023-07-01-preview`), or undefined. */
function dateOf(apiVersion: string | undefined): string | undefined {
  return apiVersion === undefined ? undefined : /^\d{4}-\d{2}-\d{2}/.exec(apiVersion)?.[0];
}

/** Whether an api version is at least `minimum`; an unknown version is read with the newest semantics. */
export function apiVersionAtLeast(apiVersion: string | undefined, minimum: string): boolean {
  const date = dateOf(apiVersion);
  return date === undefined ? true : date >= minimum;
}

/** Whether an api version is known to be older than `minimum`. */
export function apiVersionBefore(apiVersion: string | undefined, minimum: string): boolean {
  return !apiVersionAtLeast(apiVersion, minimum);
}
