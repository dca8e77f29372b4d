import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { classifyPrincipal, writtenReference } from './util/principals.js';
import { nameOf } from './util/names.js';
import {
  controlAdminRoleName,
  hsmsOfAssignment,
  isDeployer,
  LOCAL_ROLE_IDS,
  localRoleName,
  readRoleDefinition,
} from './util/roles.js';

type MessageIds = 'deployerAdmin' | 'userAdmin' | 'userAssignment' | 'deployerAssignment';

const DIRECTORY_LOOKUP =
  'Whether these object ids are security groups needs a Microsoft Entra directory lookup (for example az ad group show --group <id>), which an offline scan cannot do.';

/** How a principal is written, for messages: the reference it comes from when the source kept one. */
function principalText(value: Value): string {
  if (value.kind !== 'known') return displayValue(value);
  const written = writtenReference(value.references);
  return written && !value.secure ? `${displayValue(value)} from ${written}` : displayValue(value);
}

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
      userAdmin:
        "Managed HSM '{{name}}' makes a single user an initial administrator ({{value}} in {{property}}). The HSM's administration is lost with that account and cannot be reviewed as a team's; list the object id of a Microsoft Entra security group instead.",
      deployerAdmin:
        "Managed HSM '{{name}}' makes the deploying principal an initial administrator ({{value}} in {{property}}). That is whoever runs the deployment, often a person or a pipeline identity, and the HSM is locked out when it goes away. List the object id of a Microsoft Entra security group instead.",
      userAssignment:
        "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to a single user ({{value}}). Administrative access tied to one account is lost with it and hard to review; assign the role to a security group.",
      deployerAssignment:
        "Role assignment '{{name}}' grants {{role}} on Managed HSM '{{hsm}}' to the deploying principal ({{value}}). Assign administrative roles to a security group, not to whoever runs the deployment.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;

    /** Reports an administrator the configuration names as the deployer or a user; true when it did. */
    const judgeAdmin = (hsm: Resource, id: Value): boolean => {
      const kind = classifyPrincipal(graph, id);
      if (kind !== 'deployer' && kind !== 'user') return kind !== 'unknown';
      context.report({
        resource: hsm,
        at: id,
        messageId: kind === 'deployer' ? 'deployerAdmin' : 'userAdmin',
        data: {
          name: hsm.displayName,
          value: principalText(id),
          property: nameOf(hsm, { arm: 'initialAdminObjectIds', provider: 'admin_object_ids' }),
        },
      });
      return true;
    };

    const checkAdmins = (hsm: Resource) => {
      const path = 'properties.initialAdminObjectIds';
      const admins = hsm.get(path);
      if (admins.kind === 'unknown') {
        if (judgeAdmin(hsm, admins)) return;
        return context.unresolved(hsm, path, admins, DIRECTORY_LOOKUP);
      }
      // Required by Resource Manager; nothing to judge when it is missing or not a list.
      if (admins.kind !== 'known' || !Array.isArray(admins.value)) return;
      // Groups (and other principals a reference names) pass; the rest needs the directory.
      const unverified = hsm
        .items(path)
        .map((e) => e.value)
        .filter(
          (id) =>
            (id.kind === 'unknown' || (id.kind === 'known' && typeof id.value === 'string')) &&
            !judgeAdmin(hsm, id),
        );
      // One could-not-verify finding per HSM, not one per id.
      if (unverified.length > 0) {
        const value: UnknownValue = {
          kind: 'unknown',
          expression: unverified.map(displayValue).join(', '),
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
      // Without a principalType, what the principal id refers to (azuread_group, azuread_user) may say.
      const kind = type.kind === 'known' ? 'user' : classifyPrincipal(graph, principal);
      if (kind !== 'user' && kind !== 'unknown') return;
      if (role.kind === 'unknown')
        return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
      if (kind === 'user') {
        return context.report({
          resource: assignment,
          at: type.kind === 'known' ? type : principal,
          messageId: 'userAssignment',
          data: {
            name: assignment.displayName,
            role: roleName!,
            hsm,
            value: type.kind === 'known' ? `principalType ${displayValue(type)}` : principalText(principal),
          },
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

    /** Managed HSM local Administrator assignments (Terraform, live), at any scope. */
    const checkLocalAssignment = (assignment: Resource) => {
      const role = readRoleDefinition(assignment, graph);
      if (role.kind === 'absent' || role.kind === 'other') return;
      if (role.kind === 'role' && role.guid !== LOCAL_ROLE_IDS.administrator) return;
      const principal = assignment.get('properties.principalId');
      if (principal.kind === 'absent' || principal.kind === 'default') return;
      const kind = classifyPrincipal(graph, principal, assignment.get('properties.principalType'));
      if (kind !== 'user' && kind !== 'deployer' && kind !== 'unknown') return;
      if (role.kind === 'unknown')
        return context.unresolved(assignment, 'properties.roleDefinitionId', role.value);
      const roleName = localRoleName(role.guid)!;
      if (kind === 'unknown') {
        const value = principal.kind === 'unknown' ? principal : needsLookup(principal, 'an object id');
        return context.unresolved(
          assignment,
          'properties.principalId',
          value,
          `Check in Microsoft Entra that the principal of this ${roleName} assignment is a security group, or refer to the azuread_group in the configuration.`,
        );
      }
      context.report({
        resource: assignment,
        at: principal,
        messageId: kind === 'deployer' ? 'deployerAssignment' : 'userAssignment',
        data: {
          name: assignment.displayName,
          role: roleName,
          hsm: graph.parentOf(assignment)?.displayName ?? '(not resolved)',
          value: principalText(principal),
        },
      });
    };

    return {
      [TYPES.managedHsm]: checkAdmins,
      [TYPES.roleAssignment]: checkAssignment,
      [TYPES.localRoleAssignment]: checkLocalAssignment,
    };
  },
});
