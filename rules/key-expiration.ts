import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { expiryWording } from './util/keys.js';

type MessageIds = 'missing';

export default defineRule<MessageIds>({
  meta: {
    id: 'key-expiration',
    type: 'problem',
    docs: {
      description: 'Managed HSM keys have an expiration date (attributes.exp).',
      recommendation: 'compliance-and-governance/key-lifecycle',
      policy: ['1d478a74-21ba-4b9f-9d8f-8e6fced0eec5'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      missing:
        "Key '{{name}}' has no expiration date ({{attribute}} is {{value}}), so it stays usable indefinitely. Set {{attribute}} ({{hint}}) and rotate the key before that date.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsmKey](key) {
        const exp = key.get('properties.attributes.exp');
        if (exp.kind === 'unknown') return context.unresolved(key, 'properties.attributes.exp', exp);
        // An explicit null is as good as omitting the property.
        if (exp.kind === 'absent' || exp.value === null) {
          context.report({
            resource: key,
            at: exp,
            messageId: 'missing',
            data: { name: key.displayName, value: displayValue(exp), ...expiryWording(key) },
          });
        }
      },
    };
  },
});
