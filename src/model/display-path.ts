import { relative, sep } from 'node:path';

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
