/** A property path such as `properties.networkAcls.ipRules[0].value`, split into keys and indexes. */
export type PathSegment = string | number;

const cache = new Map<string, PathSegment[]>();

export function parsePath(path: string): PathSegment[] {
  const cached = cache.get(path);
  if (cached) return cached;
  const segments: PathSegment[] = [];
  const pattern = /([^.[\]]+)|\[(\d+)\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(match[1].toLowerCase());
  }
  if (cache.size > 5000) cache.clear();
  cache.set(path, segments);
  return segments;
}

/** The canonical lower-case form of a path, used as the key of default tables. */
export function normalizePath(path: string): string {
  return parsePath(path)
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');
}
