import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';

type MessageIds = 'enabled' | 'enabledByDefault' | 'notSet';

export default defineRule<MessageIds>({
  meta: {
    id: 'public-network-access',
    type: 'problem',
    docs: {
      description:
        'Managed HSMs disable public network access, so the data plane is reachable only privately.',
      recommendation: 'network-security/public-network-access',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      enabled:
        "Managed HSM '{{name}}' allows public network access (publicNetworkAccess is {{value}}). Set it to Disabled and reach the HSM through a private endpoint.",
      enabledByDefault:
        "Managed HSM '{{name}}' allows public network access: publicNetworkAccess is {{value}} ({{why}}). Set it to Disabled and reach the HSM through a private endpoint.",
      notSet:
        "Managed HSM '{{name}}' does not set publicNetworkAccess, and api version {{apiVersion}} defines no default. Set it to Disabled.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const access = hsm.get('properties.publicNetworkAccess');
        switch (access.kind) {
          case 'unknown':
            return context.unresolved(hsm, 'properties.publicNetworkAccess', access);
          case 'absent':
            return context.report({
              resource: hsm,
              at: access,
              messageId: 'notSet',
              data: { name, apiVersion: hsm.apiVersion ?? '(unknown)' },
            });
          case 'default':
            if (!equalsIgnoreCase(access.value, 'Disabled')) {
              context.report({
                resource: hsm,
                at: access,
                messageId: 'enabledByDefault',
                data: { name, value: displayValue(access), why: access.why },
              });
            }
            return;
          case 'known':
            if (!equalsIgnoreCase(access.value, 'Disabled')) {
              context.report({
                resource: hsm,
                at: access,
                messageId: 'enabled',
                data: { name, value: displayValue(access) },
              });
            }
        }
      },
    };
  },
});
