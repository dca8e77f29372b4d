import { defineRule } from '../src/engine/rule.js';
import { TYPES, type Resource } from '../src/model/resource.js';
import type { Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';
import { FIREWALL_DEFAULT_ACTION, nameOf } from './util/names.js';

type MessageIds = 'bypassNone' | 'allowMakesBypassMeaningless';

/** A value for a message, with the platform's reason when it is a default. */
function shown(value: Value): string {
  return value.kind === 'default' ? `${displayValue(value)} (${value.why})` : displayValue(value);
}

export default defineRule<MessageIds>({
  meta: {
    id: 'network-bypass',
    type: 'suggestion',
    docs: {
      description:
        'A Managed HSM that keeps public network access uses the firewall mode of the guidance: deny by default, with trusted Azure services bypassing it.',
      recommendation: 'network-security/firewall-trusted-services',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      bypassNone:
        "Managed HSM '{{name}}' keeps public network access, and its firewall bypass is {{value}}, so trusted Azure services cannot reach it either. If they need to, set {{bypass}} to AzureServices, keeping {{defaultAction}} Deny.",
      allowMakesBypassMeaningless:
        "Managed HSM '{{name}}' keeps public network access, and its firewall lets every network in ({{defaultAction}} is {{value}}), so the bypass setting has no effect. Set {{defaultAction}} to Deny and {{bypass}} to AzureServices.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        // Public access is judged as public-network-access judges it: only Disabled turns it off.
        const access = hsm.get('properties.publicNetworkAccess');
        if (access.kind === 'unknown')
          return context.unresolved(hsm, 'properties.publicNetworkAccess', access);
        if (access.kind !== 'absent' && equalsIgnoreCase(access.value, 'Disabled')) return;

        const action = hsm.get('properties.networkAcls.defaultAction');
        if (action.kind === 'unknown')
          return context.unresolved(hsm, 'properties.networkAcls.defaultAction', action);
        if (action.kind === 'absent' || !equalsIgnoreCase(action.value, 'Deny')) {
          const value = action.kind === 'absent' ? 'not set, so traffic is allowed' : shown(action);
          return context.report({
            resource: hsm,
            at: action,
            messageId: 'allowMakesBypassMeaningless',
            data: { name, value, ...namesOf(hsm) },
          });
        }

        const bypass = hsm.get('properties.networkAcls.bypass');
        if (bypass.kind === 'unknown')
          return context.unresolved(hsm, 'properties.networkAcls.bypass', bypass);
        // Omitted, the service uses AzureServices (MHSMNetworkRuleSet.bypass in the REST specification).
        if (bypass.kind === 'absent' || equalsIgnoreCase(bypass.value, 'AzureServices')) return;
        context.report({
          resource: hsm,
          at: bypass,
          messageId: 'bypassNone',
          data: { name, value: shown(bypass), ...namesOf(hsm) },
        });
      },
    };
  },
});

/** The firewall's settings as the HSM's author writes them. */
function namesOf(hsm: Resource): { defaultAction: string; bypass: string } {
  return {
    defaultAction: nameOf(hsm, FIREWALL_DEFAULT_ACTION),
    bypass: nameOf(hsm, { arm: 'networkAcls.bypass', provider: 'network_acls.bypass' }),
  };
}
