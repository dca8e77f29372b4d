import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { controlAdminRoleName, hsmsOfAssignment, isDeployer, readRoleDefinition } from './util/roles.js';

type MessageIds = 'deployerAdmin' | 'userAssignment' | 'deployerAssignment';

const DIRECTORY_LOOKUP =
  'Whether these object ids are security groups needs a Microsoft Entra directory lookup (for example az ad group show --group <id>), which an offline scan cannot do.';

/** An unknown standing for values that are written but can only be judged with the directory. */
function needsLookup(value: Value, reason: string): UnknownValue {
  return { kind: 'unknown', expression: displayValue(value), range: value.range, reason };
}

export default defineRule<MessageIds>({
  meta: {
    id: 'admin-groups',
    type: 'problem',
    docs: {
      description:
        'Managed HSM administrators are Microsoft Entra security groups, not individual users or the deploying principal.',
      recommendation: 'identity-and-access-management/admin-security-groups',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      deployerAdmin:
        "Managed HSM '{{name}}' makes the deploying principal an initial administrator ({{value}} in initialAdminObjectIds). That is whoever runs the deployment, often a person or a pipeline identity, and the HSM is locked out when it goes away. List the object id of a Microsoft Entra security group instead.",
      userAssignment:
        "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to a single user (principalType {{value}}). Administrative access tied to one account is lost with it and hard to review; assign the role to a security group.",
      deployerAssignment:
        "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to the deploying principal ({{value}}). Assign administrative roles to a security group, not to whoever runs the deployment.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;

    const checkAdmins = (hsm: Resource) => {
      const path = 'properties.initialAdminObjectIds';
      const admins = hsm.get(path);
      if (admins.kind === 'unknown') {
        if (isDeployer(admins)) {
          context.report({
            resource: hsm,
            at: admins,
            messageId: 'deployerAdmin',
            data: { name: hsm.displayName, value: displayValue(admins) },
          });
          return;
        }
        return context.unresolved(hsm, path, admins, DIRECTORY_LOOKUP);
      }
      // Required by Resource Manager; nothing to judge when it is missing or not a list.
      if (admins.kind !== 'known' || !Array.isArray(admins.value)) return;
      let unverified = false;
      for (const element of hsm.items(path)) {
        const id = element.value;
        if (id.kind === 'unknown' && isDeployer(id)) {
          context.report({
            resource: hsm,
            at: id,
            messageId: 'deployerAdmin',
            data: { name: hsm.displayName, value: displayValue(id) },
          });
        } else if (id.kind === 'unknown' || (id.kind === 'known' && typeof id.value === 'string')) {
          unverified = true;
        }
      }
      // One could-not-verify finding per HSM, not one per id.
      if (unverified) {
        const others = hsm
          .items(path)
          .map((e) => e.value)
          .filter((v) => !isDeployer(v));
        const value: UnknownValue = {
          kind: 'unknown',
          expression: others.map(displayValue).join(', '),
          range: admins.range,
          reason: 'an object id may name a user, a group or a service principal',
        };
        context.unresolved(hsm, path, value, DIRECTORY_LOOKUP);
      }
    };

    const checkAssignment = (assignment: Resource) => {
      const hsms = hsmsOfAssignment(graph, assignment);
      if (hsms.length === 0) return;
      const hsm = hsms.map((h) => h.displayName).join("', '");
      const role = readRoleDefinition(assignment);
      // Only control-plane administration of the HSM matters here.
      const roleName = role.kind === 'role' ? controlAdminRoleName(role.guid) : undefined;
      if (role.kind !== 'unknown' && roleName === undefined) return;

      const principal = assignment.get('properties.principalId');
      if (isDeployer(principal)) {
        if (role.kind === 'unknown')
          return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
        return context.report({
          resource: assignment,
          at: principal,
          messageId: 'deployerAssignment',
          data: { name: assignment.displayName, role: roleName!, hsm, value: displayValue(principal) },
        });
      }
      const type = assignment.get('properties.principalType');
      if (type.kind === 'known' && !equalsIgnoreCase(type.value, 'User')) return;
      if (role.kind === 'unknown')
        return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
      if (type.kind === 'known') {
        return context.report({
          resource: assignment,
          at: type,
          messageId: 'userAssignment',
          data: { name: assignment.displayName, role: roleName!, hsm, value: displayValue(type) },
        });
      }
      if (type.kind === 'unknown') return context.unresolved(assignment, 'properties.principalType', type);
      // principalType omitted: the principal may be a user or a group; only the directory knows.
      context.unresolved(
        assignment,
        'properties.principalId',
        needsLookup(principal, 'principalType is not set'),
        `Set principalType, or check in Microsoft Entra that the principal of this ${roleName} assignment is a security group.`,
      );
    };

    return {
      [TYPES.managedHsm]: checkAdmins,
      [TYPES.roleAssignment]: checkAssignment,
    };
  },
});
