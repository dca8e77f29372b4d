import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue } from '../src/model/value.js';
import { displayValue } from '../src/model/value.js';
import { classifyPrincipal, writtenReference } from './util/principals.js';
import { KEY_USAGE_ROLES, localRoleName, readRoleDefinition } from './util/roles.js';

type MessageIds = 'appRegistration' | 'user';

const PRINCIPAL = 'properties.principalId';

export default defineRule<MessageIds>({
  meta: {
    id: 'managed-identity-principals',
    type: 'suggestion',
    docs: {
      description:
        'Applications use keys through managed identities: key-usage roles are granted to managed identities, not to app registrations or users.',
      recommendation: 'identity-and-access-management/managed-identities',
    },
    surfaces: ['terraform', 'tfplan', 'live'],
    messages: {
      appRegistration:
        "Local role assignment '{{name}}' grants {{role}}{{hsm}} to {{value}}, an app registration's service principal. Its client secret or certificate must be stored and rotated somewhere, and can leak; run the application with a managed identity (system- or user-assigned) and grant the role to that identity.",
      user: "Local role assignment '{{name}}' grants {{role}}{{hsm}} to {{value}}, a user account. Key-usage roles are for applications: grant them to the application's managed identity, and give people administrative roles through groups instead.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.localRoleAssignment](assignment) {
        const role = readRoleDefinition(assignment, graph);
        if (role.kind !== 'role' && role.kind !== 'unknown') return;
        if (role.kind === 'role' && !KEY_USAGE_ROLES.has(role.guid)) return;
        const principal = assignment.get(PRINCIPAL);
        if (principal.kind === 'absent' || principal.kind === 'default') return;
        const kind = classifyPrincipal(graph, principal, assignment.get('properties.principalType'));
        // Managed identities are the recommendation; groups and the deploying principal are other rules' concern.
        if (kind === 'managed-identity' || kind === 'group' || kind === 'deployer') return;
        if (kind === 'unknown') {
          if (role.kind === 'unknown') return;
          const value: UnknownValue =
            principal.kind === 'unknown'
              ? principal
              : {
                  kind: 'unknown',
                  expression: displayValue(principal),
                  range: principal.range,
                  reason: 'an object id does not say what it designates',
                };
          return context.unresolved(
            assignment,
            PRINCIPAL,
            value,
            `Check in Microsoft Entra that this ${localRoleName(role.guid)} assignment goes to a managed identity (az ad sp show --id <id> --query servicePrincipalType), or refer to the identity in the configuration.`,
          );
        }
        if (role.kind === 'unknown')
          return context.unresolved(
            assignment,
            'properties.roleDefinitionId',
            role.value,
            'If the role is a key-usage role, it should go to a managed identity.',
          );
        const hsm = graph.parentOf(assignment);
        context.report({
          resource: assignment,
          at: principal,
          messageId: kind === 'user' ? 'user' : 'appRegistration',
          data: {
            name: assignment.displayName,
            role: localRoleName(role.guid) ?? role.guid,
            hsm: hsm ? ` on Managed HSM '${hsm.displayName}'` : '',
            value: principalText(principal),
          },
        });
      },
    };
  },
});

/** The principal as written: the reference for Terraform, the object id otherwise. */
function principalText(principal: Parameters<typeof displayValue>[0]): string {
  const written = principal.kind === 'known' ? writtenReference(principal.references) : undefined;
  return written && principal.kind === 'known' && !principal.secure
    ? `${displayValue(principal)} (${written})`
    : displayValue(principal);
}
