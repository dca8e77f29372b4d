import type { ObjectNode, PropertyEntry, PropertyNode } from '../../model/node.js';

/** Small readers over the property tree of a parsed plan (keys are matched as `jsonc.ts` stores them). */

export function entryOf(node: PropertyNode | undefined, name: string): PropertyEntry | undefined {
  return node?.kind === 'object' ? node.entries.get(name.toLowerCase()) : undefined;
}

export function memberOf(node: PropertyNode | undefined, name: string): PropertyNode | undefined {
  return entryOf(node, name)?.node;
}

/** The node at a path of member names. */
export function at(node: PropertyNode | undefined, ...names: string[]): PropertyNode | undefined {
  let current = node;
  for (const name of names) current = memberOf(current, name);
  return current;
}

export function objectAt(node: PropertyNode | undefined, ...names: string[]): ObjectNode | undefined {
  const found = at(node, ...names);
  return found?.kind === 'object' ? found : undefined;
}

export function stringAt(node: PropertyNode | undefined, ...names: string[]): string | undefined {
  const found = at(node, ...names);
  return found?.kind === 'scalar' && typeof found.value === 'string' ? found.value : undefined;
}

export function itemsOf(node: PropertyNode | undefined): PropertyNode[] {
  return node?.kind === 'array' ? node.items : [];
}

export function stringsOf(node: PropertyNode | undefined): string[] {
  return itemsOf(node).flatMap((n) => (n.kind === 'scalar' && typeof n.value === 'string' ? [n.value] : []));
}

/** Whether a mirror node (`after_unknown`, `sensitive_values`) marks its whole value: `true`. */
export function isMarked(node: PropertyNode | undefined): boolean {
  return node?.kind === 'scalar' && node.value === true;
}
