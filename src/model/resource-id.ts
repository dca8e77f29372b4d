/** The type and name a resource id designates, e.g. `Microsoft.KeyVault/managedHSMs` + `hsm1`. */
export interface ResourceRef {
  type: string;
  name: string;
}

/**
 * Parses a full (`/subscriptions/…/providers/NS/type/name[/child/name]`) or relative
 * (`NS/type/name`, as Bicep writes extension scopes) resource id. Names may contain expressions in
 * brackets, so splitting ignores slashes inside `[...]`.
 */
export function parseResourceId(id: string): ResourceRef | undefined {
  const text = id.trim();
  const providersAt = text.toLowerCase().lastIndexOf('/providers/');
  const tail = providersAt >= 0 ? text.slice(providersAt + '/providers/'.length) : text.replace(/^\//, '');
  const segments = splitOutsideBrackets(tail);
  if (segments.length < 3 || !segments[0].includes('.')) return undefined;
  const [namespace, ...rest] = segments;
  if (rest.length % 2 !== 0) return undefined;
  const types: string[] = [];
  const names: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    types.push(rest[i]);
    names.push(rest[i + 1]);
  }
  return { type: `${namespace}/${types.join('/')}`, name: names.join('/') };
}

function splitOutsideBrackets(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth = Math.max(0, depth - 1);
    if (ch === '/' && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.filter((s) => s.length > 0);
}

/**
 * The key under which resources are matched by reference: lower-case type and name. Names that are
 * still expressions are compared without the white space outside their string literals, so
 * `[parameters( 'n' )]` and `[parameters('n')]` name the same resource.
 */
export function refKey(ref: ResourceRef): string {
  const name = ref.name.startsWith('[') ? compactExpression(ref.name) : ref.name;
  return `${ref.type.toLowerCase()}|${name.toLowerCase()}`;
}

function compactExpression(text: string): string {
  let out = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && /\s/.test(ch)) continue;
    out += ch;
  }
  return out;
}
