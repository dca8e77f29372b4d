import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { isFalse, isTrue } from './util/values.js';
import { nameOf } from './util/names.js';

type MessageIds = 'disabled' | 'softDeleteDisabled';

export default defineRule<MessageIds>({
  meta: {
    id: 'purge-protection',
    type: 'problem',
    docs: {
      description: 'Managed HSMs have purge protection enabled, so deleted keys cannot be destroyed early.',
      recommendation: 'data-protection/purge-protection',
      policy: ['c39ba22d-4428-4149-b981-70acb31fc383'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      disabled:
        "Managed HSM '{{name}}' has purge protection disabled ({{property}} is {{value}}). A deleted HSM and its keys can then be purged before the retention period ends. Purge protection can only be turned on when the HSM is created.",
      softDeleteDisabled:
        "Managed HSM '{{name}}' sets enableSoftDelete to {{value}}. Soft delete is what makes a deleted HSM recoverable; leave it enabled.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const softDelete = hsm.get('properties.enableSoftDelete');
        if (softDelete.kind === 'known' && isFalse(softDelete.value)) {
          context.report({
            resource: hsm,
            at: softDelete,
            messageId: 'softDeleteDisabled',
            data: { name, value: displayValue(softDelete) },
          });
        }
        const purge = hsm.get('properties.enablePurgeProtection');
        if (purge.kind === 'unknown')
          return context.unresolved(hsm, 'properties.enablePurgeProtection', purge);
        // Absent, or a platform default other than true, leaves the HSM as unprotected as an explicit false.
        if (purge.kind === 'absent' || !isTrue(purge.value)) {
          context.report({
            resource: hsm,
            at: purge,
            messageId: 'disabled',
            // A provider default says why the value applies (Terraform sends false when it is omitted).
            data: {
              name,
              property: nameOf(hsm, { arm: 'enablePurgeProtection', provider: 'purge_protection_enabled' }),
              value: purge.kind === 'default' ? `${displayValue(purge)}: ${purge.why}` : displayValue(purge),
            },
          });
        }
      },
    };
  },
});
