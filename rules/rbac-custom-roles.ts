import { defineRule } from '../src/engine/rule.js';
import type { Element, Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { equalsIgnoreCase } from '../src/model/value.js';

type MessageIds = 'sensitiveWithUsage';

const PREFIX = 'Microsoft.KeyVault/managedHsm/';

/** Data actions that move keys or control out of the HSM's protection, or hand out access (§1.2). */
const SENSITIVE = ['keys/export/action', 'securitydomain/download/action', 'roleAssignments/write/action'];

/** Data actions that use keys: cryptographic operations and key release. */
const USAGE = [
  'keys/encrypt/action',
  'keys/decrypt/action',
  'keys/wrap/action',
  'keys/unwrap/action',
  'keys/sign/action',
  'keys/verify/action',
  'keys/release/action',
];

/** A data action pattern (`Microsoft.KeyVault/managedHsm/keys/*`, `*`) as a case-insensitive matcher. */
function matcher(pattern: string): RegExp {
  const escaped = pattern
    .trim()
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${escaped}$`, 'i');
}

/** What one permission block grants: its data actions minus its not-data-actions, per action. */
interface Grant {
  permission: Element;
  /** Actions of interest granted (full names), and the dataActions value that grants them. */
  granted: Map<string, Value>;
  /** An unknown data action or exclusion that could change the answer. */
  unknown?: { path: string; value: UnknownValue };
}

function grantOf(permission: Element, candidates: string[]): Grant {
  const grant: Grant = { permission, granted: new Map() };
  const allowed: Array<{ test: RegExp; value: Value }> = [];
  const excluded: RegExp[] = [];
  const read = (relative: string, sink: (text: string, value: Value) => void) => {
    const list = permission.get(relative);
    if (list.kind === 'unknown') {
      grant.unknown ??= { path: `${permission.path}.${relative}`, value: list };
      return;
    }
    for (const element of permission.items(relative)) {
      const value = element.value;
      if (value.kind === 'unknown') grant.unknown ??= { path: element.path, value };
      else if (value.kind === 'known' && typeof value.value === 'string') sink(value.value, value);
    }
  };
  read('dataActions', (text, value) => allowed.push({ test: matcher(text), value }));
  read('notDataActions', (text) => excluded.push(matcher(text)));
  for (const action of candidates) {
    if (excluded.some((x) => x.test(action))) continue;
    const by = allowed.find((a) => a.test.test(action));
    if (by) grant.granted.set(action, by.value);
  }
  return grant;
}

const short = (action: string) => action.slice(PREFIX.length);

export default defineRule<MessageIds>({
  meta: {
    id: 'rbac-custom-roles',
    type: 'problem',
    docs: {
      description:
        'Custom Managed HSM local roles do not combine key export, security domain download or role assignment with the use of keys.',
      recommendation: 'identity-and-access-management/least-privilege-roles',
    },
    surfaces: ['terraform', 'tfplan', 'live'],
    messages: {
      sensitiveWithUsage:
        "Custom role '{{name}}' grants {{sensitive}} together with key usage ({{usage}}). A principal holding it can use keys and also take them or the HSM's control out of reach of the other roles: split it into a key-usage role (or the built-in Managed HSM Crypto User) and a separate, closely held administrative role.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const sensitive = SENSITIVE.map((a) => PREFIX + a);
    const usage = USAGE.map((a) => PREFIX + a);
    return {
      [TYPES.localRoleDefinition](definition: Resource) {
        // Built-in roles are what the article recommends; only custom roles are judged.
        if (equalsIgnoreCase(known(definition.get('properties.roleType')), 'AKVBuiltInRole')) return;
        const permissions = definition.get('properties.permissions');
        if (permissions.kind === 'unknown')
          return context.unresolved(definition, 'properties.permissions', permissions);
        const grants = definition
          .items('properties.permissions')
          .map((p) => grantOf(p, [...sensitive, ...usage]));
        const granted = new Map<string, Value>();
        for (const g of grants)
          for (const [action, value] of g.granted) if (!granted.has(action)) granted.set(action, value);
        const risky = sensitive.filter((a) => granted.has(a));
        const uses = usage.filter((a) => granted.has(a));
        if (risky.length > 0 && uses.length > 0) {
          const name = known(definition.get('properties.roleName'));
          return context.report({
            resource: definition,
            at: granted.get(risky[0]),
            messageId: 'sensitiveWithUsage',
            data: {
              name: typeof name === 'string' ? name : definition.displayName,
              sensitive: risky.map(short).join(', '),
              usage: uses.map(short).join(', '),
            },
          });
        }
        // Something unknown could still add the missing half, or take an exclusion away.
        const open = grants.find((g) => g.unknown)?.unknown;
        if (open) context.unresolved(definition, open.path, open.value);
      },
    };
  },
});

function known(value: Value): unknown {
  return value.kind === 'known' ? value.value : undefined;
}
