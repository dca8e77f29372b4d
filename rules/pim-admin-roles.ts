import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import {
  controlAdminRoleName,
  hsmsOfAssignment,
  readRoleDefinition,
  unresolvedScopeOf,
} from './util/roles.js';

type MessageIds = 'permanentAdmin';

export default defineRule<MessageIds>({
  meta: {
    id: 'pim-admin-roles',
    type: 'suggestion',
    docs: {
      description:
        'Control-plane administrative roles on a Managed HSM (Managed HSM Contributor, Owner) are PIM-eligible, not permanent assignments.',
      recommendation: 'identity-and-access-management/pim-admin-roles',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
    messages: {
      permanentAdmin:
        "Role assignment '{{name}}' permanently grants {{role}} on Managed HSM '{{hsm}}'. Standing administrative access is always available to an attacker who takes over the principal; make the role eligible through Privileged Identity Management (Microsoft.Authorization/roleEligibilityScheduleRequests) so it is activated just in time.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      // Eligibility schedule requests are the recommended form and are not judged.
      [TYPES.roleAssignment](assignment) {
        const hsms = hsmsOfAssignment(graph, assignment);
        const role = readRoleDefinition(assignment);
        if (hsms.length === 0) {
          // An administrative role on a scope that cannot be followed may be on an HSM.
          const scope = unresolvedScopeOf(graph, assignment);
          if (scope?.kind === 'unknown' && role.kind === 'role' && controlAdminRoleName(role.guid)) {
            context.unresolved(
              assignment,
              'scope',
              scope,
              `If the scope is a Managed HSM, this ${controlAdminRoleName(role.guid)} assignment should be PIM-eligible instead.`,
            );
          }
          return;
        }
        const hsm = hsms.map((h) => h.displayName).join("', '");
        if (role.kind === 'unknown')
          return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
        const roleName = role.kind === 'role' ? controlAdminRoleName(role.guid) : undefined;
        if (!roleName) return;
        context.report({
          resource: assignment,
          at: role.value,
          messageId: 'permanentAdmin',
          data: { name: assignment.displayName, role: roleName, hsm },
        });
      },
    };
  },
});
