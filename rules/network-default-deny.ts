import { defineRule } from '../src/engine/rule.js';
import { TYPES, type Resource } from '../src/model/resource.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { FIREWALL_DEFAULT_ACTION, nameOf } from './util/names.js';

type MessageIds = 'allow' | 'allowByDefault';

export default defineRule<MessageIds>({
  meta: {
    id: 'network-default-deny',
    type: 'problem',
    docs: {
      description:
        "The Managed HSM firewall denies traffic by default (networkAcls.defaultAction is 'Deny').",
      recommendation: 'network-security/firewall-default-deny',
      policy: ['19ea9d63-adee-4431-a95e-1913c6c1c75f'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      allow:
        "Managed HSM '{{name}}' firewall allows all networks ({{property}} is {{value}}). Set it to Deny and allow only what needs access.",
      allowByDefault:
        "Managed HSM '{{name}}' firewall allows all networks ({{why}}). Set {{property}} to Deny.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        // Recovering a deleted HSM restores its earlier settings; Azure Policy exempts it too.
        const createMode = hsm.get('properties.createMode');
        if (createMode.kind === 'known' && equalsIgnoreCase(createMode.value, 'recover')) return;
        const name = hsm.displayName;
        const action = hsm.get('properties.networkAcls.defaultAction');
        switch (action.kind) {
          case 'unknown':
            return context.unresolved(hsm, 'properties.networkAcls.defaultAction', action);
          case 'absent':
            return context.report({
              resource: hsm,
              at: action,
              messageId: 'allowByDefault',
              data: { name, property: propertyOf(hsm), why: `${propertyOf(hsm)} is not set` },
            });
          case 'default':
            if (!equalsIgnoreCase(action.value, 'Deny')) {
              context.report({
                resource: hsm,
                at: action,
                messageId: 'allowByDefault',
                data: { name, property: propertyOf(hsm), why: action.why },
              });
            }
            return;
          case 'known':
            if (!equalsIgnoreCase(action.value, 'Deny')) {
              context.report({
                resource: hsm,
                at: action,
                messageId: 'allow',
                data: { name, property: propertyOf(hsm), value: displayValue(action) },
              });
            }
        }
      },
    };
  },
});

/** The firewall's default action as its author writes it. */
function propertyOf(hsm: Resource): string {
  return nameOf(hsm, FIREWALL_DEFAULT_ACTION);
}
