import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { hsmsOfAssignment, localRoleName, readRoleDefinition } from './util/roles.js';

type MessageIds = 'localRoleInAzureRbac';

export default defineRule<MessageIds>({
  meta: {
    id: 'rbac-plane-separation',
    type: 'problem',
    docs: {
      description:
        'Azure RBAC role assignments (control plane) never use a Managed HSM local RBAC role, which exists only in the HSM data plane.',
      recommendation: 'identity-and-access-management/separate-planes',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      localRoleInAzureRbac:
        "Role assignment '{{name}}'{{target}} uses {{property}} {{value}}, the Managed HSM local RBAC role '{{role}}'. Local roles exist only inside the HSM: Azure Resource Manager does not know them, so this grants nothing (or fails to deploy). Grant data-plane access with an HSM local role assignment (az keyvault role assignment create --hsm-name ...), and use Azure RBAC roles such as Managed HSM Contributor only for managing the resource.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.roleAssignment](assignment) {
        const hsms = hsmsOfAssignment(graph, assignment);
        const role = readRoleDefinition(assignment);
        if (role.kind === 'unknown') {
          // Only an assignment on an HSM is worth a could-not-verify finding.
          if (hsms.length > 0)
            context.unresolved(
              assignment,
              'properties.roleDefinitionId',
              role.value,
              `The assignment is scoped to Managed HSM '${hsms.map((h) => h.displayName).join("', '")}'.`,
            );
          return;
        }
        if (role.kind !== 'role') return;
        const local = localRoleName(role.guid);
        if (!local) return;
        // As written: Resource Manager's roleDefinitionId, or the azurerm provider's id or role name.
        const property = assignment.nameOf('properties.roleDefinitionId');
        context.report({
          resource: assignment,
          at: role.value,
          messageId: 'localRoleInAzureRbac',
          data: {
            name: assignment.displayName,
            target: hsms.length > 0 ? ` on Managed HSM '${hsms.map((h) => h.displayName).join("', '")}'` : '',
            property: property.replace(/^properties\./, ''),
            value: property === 'role_definition_name' ? local : displayValue(role.value),
            role: local,
          },
        });
      },
    };
  },
});
