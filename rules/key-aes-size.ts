import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { asKeySize, checkFamily } from './util/keys.js';
import { KEY_SIZE, nameOf } from './util/names.js';

type MessageIds = 'tooSmall' | 'notSet';
type Options = [{ minimumSize: 128 | 192 | 256 | 512 }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'key-aes-size',
    type: 'problem',
    docs: {
      description: 'AES (oct-HSM) keys in a Managed HSM set a key size of at least the minimum (256 bits).',
      recommendation: 'compliance-and-governance/cryptographic-standards',
      policy: ['fa85a975-a142-46dc-a9ab-8cc69ecb358c'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
    messages: {
      tooSmall:
        "AES key '{{name}}' (oct-HSM) has {{property}} {{value}}, below the required {{minimum}} bits. A key's size is fixed when it is created: create a key with {{property}} {{minimum}} or larger.",
      notSet:
        "AES key '{{name}}' (oct-HSM) does not set {{property}}, and no default size is documented for oct-HSM keys. Set {{property}} to {{minimum}} or larger.",
    },
    schema: [
      {
        type: 'object',
        properties: { minimumSize: { enum: [128, 192, 256, 512] } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimumSize: 256 }],
  },
  create(context) {
    const { minimumSize: minimum } = context.options[0];
    return {
      [TYPES.managedHsmKey](key) {
        const family = checkFamily(key, 'oct');
        if (family.kind === 'no') return;
        const name = key.displayName;
        const size = key.get('properties.keySize');
        if (size.kind === 'unknown') return context.unresolved(key, 'properties.keySize', size);

        if (size.kind === 'absent' || size.value === null) {
          if (family.kind === 'unknown')
            return context.unresolved(
              key,
              'properties.kty',
              family.kty,
              'If it is an oct-HSM key, it sets no keySize, and none is documented as the default.',
            );
          return context.report({
            resource: key,
            at: size,
            messageId: 'notSet',
            data: { name, minimum, property: nameOf(key, KEY_SIZE) },
          });
        }

        const bits = asKeySize(size.value);
        if (bits !== undefined && bits >= minimum) return;
        const value = size.kind === 'default' ? `${displayValue(size)} (${size.why})` : displayValue(size);
        if (family.kind === 'unknown')
          return context.unresolved(
            key,
            'properties.kty',
            family.kty,
            `If it is an oct-HSM key, its keySize ${value} is below the required ${minimum} bits.`,
          );
        context.report({
          resource: key,
          at: size,
          messageId: 'tooSmall',
          data: { name, value, minimum, property: nameOf(key, KEY_SIZE) },
        });
      },
    };
  },
});
