import { relative, resolve, sep } from 'node:path';

/**
 * A path as findings show it: relative to `from`, with `/` separators ('.' for `from` itself). Paths
 * inside `from` take a prefix cut instead of `path.relative`, which a sweep would call for every file.
 */
export function displayPath(from: string, abs: string): string {
  const prefix = from.endsWith(sep) ? from : from + sep;
  if (abs.startsWith(prefix) && abs.length > prefix.length && !abs.includes(`${sep}..`)) {
    const rest = abs.slice(prefix.length);
    return sep === '/' ? rest : rest.split(sep).join('/');
  }
  return relative(from, abs).split(sep).join('/') || '.';
}

/** Configured `modules` (references mapped to paths relative to `cwd`), with the paths as display paths. */
export function displayModules(
  cwd: string,
  modules: Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(modules ?? {}).map(([reference, file]) => [
      reference,
      displayPath(cwd, resolve(cwd, file)),
    ]),
  );
}
