import { defineRule } from '../src/engine/rule.js';
import { apiVersionBefore } from '../src/model/api-version.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';

type MessageIds = 'missing' | 'notUserAssigned' | 'noIdentities' | 'apiVersionTooOld';

/** `identity` exists on Microsoft.KeyVault/managedHSMs from api 2023-07-01 (rule-semantics §2.3). */
const IDENTITY_SINCE = '2023-07-01';

/** Whether a written api version (`2022-07-01`, `2021-06-01-preview`) predates `minimum`. */

/** `UserAssigned`, `SystemAssigned,UserAssigned`, `SystemAssigned, UserAssigned` (any case). */
function includesUserAssigned(type: unknown): boolean {
  return (
    typeof type === 'string' && type.split(',').some((part) => equalsIgnoreCase(part.trim(), 'UserAssigned'))
  );
}

export default defineRule<MessageIds>({
  meta: {
    id: 'backup-identity',
    type: 'problem',
    docs: {
      description:
        'Managed HSMs have a user-assigned managed identity attached, which full backups use to write to Azure Storage.',
      recommendation: 'backup-and-recovery/backup-identity',
    },
    surfaces: ['arm', 'bicep', 'live'],
    messages: {
      missing:
        "Managed HSM '{{name}}' has no managed identity, so full backups cannot use a user-assigned identity to reach their storage account. Add identity with type UserAssigned and the identity's resource id under userAssignedIdentities.",
      notUserAssigned:
        "Managed HSM '{{name}}' has identity type {{value}}, which attaches no user-assigned identity for backups. Use UserAssigned (or SystemAssigned, UserAssigned) and list the identity under userAssignedIdentities.",
      noIdentities:
        "Managed HSM '{{name}}' has identity type {{value}} but lists no identity under identity.userAssignedIdentities. Add the resource id of the user-assigned identity that backups use.",
      apiVersionTooOld:
        "Managed HSM '{{name}}' is declared with api version {{apiVersion}}, which has no identity property, so no identity for backups can be attached. Use api version {{since}} or later and add a user-assigned identity.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        if (apiVersionBefore(hsm.apiVersion, IDENTITY_SINCE)) {
          return context.report({
            resource: hsm,
            messageId: 'apiVersionTooOld',
            data: { name, apiVersion: hsm.apiVersion ?? '', since: IDENTITY_SINCE },
          });
        }
        const identity = hsm.get('identity');
        if (identity.kind === 'unknown') return context.unresolved(hsm, 'identity', identity);
        if (identity.kind === 'absent')
          return context.report({ resource: hsm, at: identity, messageId: 'missing', data: { name } });

        const type = hsm.get('identity.type');
        if (type.kind === 'unknown') return context.unresolved(hsm, 'identity.type', type);
        if (type.kind === 'absent' || !includesUserAssigned(type.value)) {
          const at = type.kind === 'absent' ? identity : type;
          return context.report({
            resource: hsm,
            at,
            messageId: 'notUserAssigned',
            data: { name, value: displayValue(type) },
          });
        }

        const identities = hsm.get('identity.userAssignedIdentities');
        if (identities.kind === 'unknown')
          return context.unresolved(hsm, 'identity.userAssignedIdentities', identities);
        const listed =
          identities.kind === 'known' &&
          typeof identities.value === 'object' &&
          identities.value !== null &&
          !Array.isArray(identities.value) &&
          Object.keys(identities.value).length > 0;
        if (!listed) {
          const at = identities.kind === 'absent' ? identity : identities;
          context.report({
            resource: hsm,
            at,
            messageId: 'noIdentities',
            data: { name, value: displayValue(type) },
          });
        }
      },
    };
  },
});
