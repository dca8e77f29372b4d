import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue, equalsIgnoreCase, type Value } from '../src/model/value.js';
import { nameOf, writtenInProviderTerms } from './util/names.js';
import type { Resource } from '../src/model/resource.js';

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
        "Managed HSM '{{name}}' allows public network access ({{property}} is {{value}}). Set it to {{disabled}} and reach the HSM through a private endpoint.",
      enabledByDefault:
        "Managed HSM '{{name}}' allows public network access: {{property}} is {{value}} ({{why}}). Set it to {{disabled}} and reach the HSM through a private endpoint.",
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
                data: { name, ...wording(hsm, access), why: access.why },
              });
            }
            return;
          case 'known':
            if (!equalsIgnoreCase(access.value, 'Disabled')) {
              context.report({
                resource: hsm,
                at: access,
                messageId: 'enabled',
                data: { name, ...wording(hsm, access) },
              });
            }
        }
      },
    };
  },
});

/**
 * The setting as its author writes it: Resource Manager's `publicNetworkAccess` enum, or the azurerm
 * provider's `public_network_access_enabled` boolean (which the Terraform source reads as the enum).
 */
function wording(hsm: Resource, access: Value): { property: string; value: string; disabled: string } {
  const property = nameOf(hsm, { arm: 'publicNetworkAccess', provider: 'public_network_access_enabled' });
  if (!writtenInProviderTerms(hsm)) return { property, value: displayValue(access), disabled: 'Disabled' };
  // A sensitive value stays masked.
  const value =
    (access.kind === 'known' && !access.secure) || access.kind === 'default' ? access.value : undefined;
  const enabled = typeof value === 'string' ? !equalsIgnoreCase(value, 'Disabled') : undefined;
  return {
    property,
    value: enabled === undefined ? displayValue(access) : String(enabled),
    disabled: 'false',
  };
}
