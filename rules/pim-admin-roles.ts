import { defineRule } from '../src/engine/rule.js';
import type { Graph } from '../src/model/graph.js';
import { refKeysOf } from '../src/model/link.js';
import type { Resource } from '../src/model/resource.js';
import type { Value } from '../src/model/value.js';
import { TYPES } from '../src/model/resource.js';
import { parseResourceId, refKey } from '../src/model/resource-id.js';
import { referencedResources, terraformTypesOf } from './util/principals.js';
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
        "Role assignment '{{name}}' permanently grants {{role}} on Managed HSM '{{hsm}}'. Standing administrative access is always available to an attacker who takes over the principal; make the role eligible through Privileged Identity Management ({{pim}}) so it is activated just in time.{{eligible}}",
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
          if (
            scope?.kind === 'unknown' &&
            role.kind === 'role' &&
            controlAdminRoleName(role.guid) &&
            mayBeHsm(scope)
          ) {
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
        if (role.kind !== 'role' || !roleName) return;
        const terraform = assignment.surface === 'terraform' || assignment.surface === 'tfplan';
        const eligible = eligibleRequests(graph, hsms, role.guid);
        context.report({
          resource: assignment,
          at: role.value,
          messageId: 'permanentAdmin',
          data: {
            name: assignment.displayName,
            role: roleName,
            hsm,
            pim: terraform
              ? 'azurerm_pim_eligible_role_assignment instead of azurerm_role_assignment'
              : 'Microsoft.Authorization/roleEligibilityScheduleRequests',
            eligible:
              eligible.length > 0
                ? ` An eligible assignment of the same role exists ('${eligible.map((e) => e.displayName).join("', '")}'); this permanent one makes it pointless, remove it.`
                : '',
          },
        });
      },
    };
  },
});

/** PIM eligibility requests for the role on one of the HSMs (the recommended form, never judged). */
function eligibleRequests(graph: Graph, hsms: Resource[], guid: string): Resource[] {
  return graph.ofType(TYPES.roleEligibilityScheduleRequest).filter((request) => {
    const role = readRoleDefinition(request);
    if (role.kind !== 'role' || role.guid !== guid) return false;
    const scope = request.get('scope');
    if (referencedResources(graph, scope).some((r) => hsms.includes(r))) return true;
    if (scope.kind !== 'known' || typeof scope.value !== 'string') return false;
    const ref = parseResourceId(scope.value);
    return ref !== undefined && hsms.some((hsm) => refKeysOf(hsm).includes(refKey(ref)));
  });
}

/** Whether an unknown scope may be an HSM: not when it only names other Terraform resource types. */
function mayBeHsm(scope: Value): boolean {
  const types = terraformTypesOf(scope);
  return types.length === 0 || types.includes('azurerm_key_vault_managed_hardware_security_module');
}
