/**
 * Terraform addresses as `terraform show -json` writes them: `module.hsm["a"].azurerm_x.main[0]`,
 * `data.azuread_group.admins`, and the traversals configuration references use
 * (`azurerm_x.main.id`, `module.hsm.hsm_id`, `var.name`).
 */

/** One module call on the way to an instance; `key` is the instance key as written (`["a"]`, `[0]`). */
export interface ModuleStep {
  name: string;
  key?: string;
}

export interface InstanceAddress {
  modules: ModuleStep[];
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** The `count`/`for_each` key as written, when the resource has several instances. */
  key?: string;
}

/**
 * Splits a traversal at the dots outside brackets and strings:
 * `module.a["x.y"].res.n[0].id` → `module`, `a["x.y"]`, `res`, `n[0]`, `id`.
 */
export function splitTraversal(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      current += c;
      if (c === '\\') current += text[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current);
  return parts;
}

/** `name["a"]` → name and key. */
export function splitKey(part: string): { name: string; key?: string } {
  const open = part.indexOf('[');
  return open < 0 ? { name: part } : { name: part.slice(0, open), key: part.slice(open) };
}

/** Reads a resource instance address; undefined when it is not one. */
export function parseInstanceAddress(address: string): InstanceAddress | undefined {
  const parts = splitTraversal(address);
  const modules: ModuleStep[] = [];
  let i = 0;
  while (parts[i] === 'module' && i + 1 < parts.length) {
    modules.push(splitKey(parts[i + 1]));
    i += 2;
  }
  const mode = parts[i] === 'data' ? 'data' : 'managed';
  if (mode === 'data') i++;
  if (parts.length !== i + 2 || !parts[i]) return undefined;
  const { name, key } = splitKey(parts[i + 1]);
  if (!name) return undefined;
  return key === undefined
    ? { modules, mode, type: parts[i], name }
    : { modules, mode, type: parts[i], name, key };
}

/** `module.a["x"].module.b` for the given steps ('' for the root module). */
export function moduleAddress(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.name}${s.key ?? ''}`).join('.');
}

/**
 * Where an instance is declared: the module path (call names from the root) and the address of its
 * `resource`/`data` block without instance keys (`module.hsm.azurerm_x.main`). An HCL scan of the same
 * configuration gives that block's instances the same full address, so a caller can point findings at the
 * `.tf` declaration instead of the plan.
 */
export function configurationAddressOf(
  address: string,
): { modulePath: string[]; address: string; instanceKey?: string } | undefined {
  const parsed = parseInstanceAddress(address);
  if (!parsed) return undefined;
  const modulePath = parsed.modules.map((m) => m.name);
  const resource = `${parsed.mode === 'data' ? 'data.' : ''}${parsed.type}.${parsed.name}`;
  const declared = [...modulePath.map((m) => `module.${m}`), resource].join('.');
  return parsed.key === undefined
    ? { modulePath, address: declared }
    : { modulePath, address: declared, instanceKey: parsed.key };
}
