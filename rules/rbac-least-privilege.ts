import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { KEY_USAGE_ROLES, localRoleName, normalizeLocalScope, readRoleDefinition } from './util/roles.js';

type MessageIds = 'broadScope';

const SCOPE = 'properties.scope';

export default defineRule<MessageIds>({
  meta: {
    id: 'rbac-least-privilege',
    type: 'suggestion',
    docs: {
      description:
        'Key-usage roles (Crypto User, Crypto Service Encryption User, Crypto Service Release User) are assigned on the one key they are for, not on the whole HSM (scope / or /keys).',
      recommendation: 'identity-and-access-management/least-privilege-scope',
    },
    surfaces: ['terraform', 'tfplan', 'live'],
    messages: {
      broadScope:
        "Local role assignment '{{name}}' grants {{role}} at scope {{scope}}{{hsm}}, which covers every key in the HSM, including keys created later. Assign key-usage roles on the key the principal needs (scope /keys/<key name>), one assignment per key.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.localRoleAssignment](assignment) {
        const scope = assignment.get(SCOPE);
        // The scope is required where local role assignments are written; without one there is nothing to judge.
        if (scope.kind === 'absent' || scope.kind === 'default') return;
        const role = readRoleDefinition(assignment, graph);
        if (role.kind === 'role' && !KEY_USAGE_ROLES.has(role.guid)) return;
        if (role.kind === 'absent' || role.kind === 'other') return;
        if (scope.kind === 'unknown') {
          if (role.kind === 'role') context.unresolved(assignment, SCOPE, scope);
          return;
        }
        if (typeof scope.value !== 'string') return;
        const normalized = normalizeLocalScope(scope.value);
        if (normalized !== '/' && normalized !== '/keys') return;
        if (role.kind === 'unknown')
          return context.unresolved(
            assignment,
            'properties.roleDefinitionId',
            role.value,
            `The assignment is at scope ${normalized}; if the role is a key-usage role, assign it on a key instead.`,
          );
        const hsm = graph.parentOf(assignment);
        context.report({
          resource: assignment,
          at: scope,
          messageId: 'broadScope',
          data: {
            name: assignment.displayName,
            role: localRoleName(role.guid) ?? role.guid,
            scope: displayValue(scope) === normalized ? normalized : `${displayValue(scope)} (${normalized})`,
            hsm: hsm ? ` of Managed HSM '${hsm.displayName}'` : '',
          },
        });
      },
    };
  },
});
