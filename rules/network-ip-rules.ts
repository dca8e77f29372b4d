import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { addressCount, coversAllIpv4, parseIpv4Range } from './util/network.js';

type MessageIds = 'allAddresses' | 'tooWide' | 'malformed';
type Options = [{ minPrefixLength: number }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'network-ip-rules',
    type: 'problem',
    docs: {
      description:
        'Managed HSM firewall IP rules allow only narrow address ranges, never every IPv4 address (0.0.0.0/0).',
      recommendation: 'network-security/firewall-ip-rules',
    },
    surfaces: ['arm', 'bicep', 'live'],
    messages: {
      allAddresses:
        "Managed HSM '{{name}}' firewall has an IP rule {{value}} that admits every IPv4 address, which makes the firewall pointless. Remove it and list only the address ranges that need access.",
      tooWide:
        "Managed HSM '{{name}}' firewall has an IP rule {{value}} covering {{count}} addresses (/{{prefix}}, wider than the allowed /{{minPrefixLength}}). Narrow it to the addresses that need access.",
      malformed:
        'Managed HSM \'{{name}}\' firewall has an IP rule {{value}} that is not an IPv4 address or CIDR range. Write each rule as { "value": "203.0.113.0/24" } with an IPv4 address or range.',
    },
    schema: [
      {
        type: 'object',
        properties: { minPrefixLength: { type: 'integer', minimum: 0, maximum: 32 } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minPrefixLength: 16 }],
  },
  create(context) {
    const [{ minPrefixLength }] = context.options;
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const rules = hsm.get('properties.networkAcls.ipRules');
        if (rules.kind === 'unknown') return context.unresolved(hsm, 'properties.networkAcls.ipRules', rules);
        for (const [index, rule] of hsm.items('properties.networkAcls.ipRules').entries()) {
          const path = `properties.networkAcls.ipRules[${index}].value`;
          const value = rule.get('value');
          if (value.kind === 'unknown') {
            context.unresolved(hsm, path, value);
            continue;
          }
          const range =
            value.kind === 'known' && typeof value.value === 'string'
              ? parseIpv4Range(value.value)
              : undefined;
          // A rule without a `value` key is shown whole, so the reader sees what was written instead.
          const at = value.kind === 'absent' ? rule.value : value;
          const shown = displayValue(at);
          if (!range) {
            context.report({ resource: hsm, at, messageId: 'malformed', data: { name, value: shown } });
          } else if (coversAllIpv4(range)) {
            context.report({ resource: hsm, at, messageId: 'allAddresses', data: { name, value: shown } });
          } else if (range.prefix < minPrefixLength) {
            context.report({
              resource: hsm,
              at,
              messageId: 'tooWide',
              data: {
                name,
                value: shown,
                count: addressCount(range.prefix).toLocaleString('en-US'),
                prefix: range.prefix,
                minPrefixLength,
              },
            });
          }
        }
      },
    };
  },
});
