import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue } from '../src/model/value.js';
import { displayValue } from '../src/model/value.js';
import { asKeySize, checkFamily, isImport, keyOperations } from './util/keys.js';
import { KEY_SIZE, nameOf } from './util/names.js';

type MessageIds = 'tooSmall' | 'tooSmallByDefault';
type Options = [{ minimumSize: 2048 | 3072 | 4096 }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'key-rsa-size',
    type: 'problem',
    docs: {
      description: 'RSA keys in a Managed HSM are at least a minimum size (2048 bits unless configured).',
      recommendation: 'compliance-and-governance/cryptographic-standards',
      policy: ['86810a98-8e91-4a44-8386-ec66d0de5d57'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      tooSmall:
        "RSA key '{{name}}' has {{property}} {{value}}, below the required {{minimum}} bits. A key's size is fixed when it is created: create a key with {{property}} {{minimum}} or larger.",
      tooSmallByDefault:
        "RSA key '{{name}}' gets {{value}} bits ({{why}}), below the required {{minimum}} bits. Set {{property}} to {{minimum}} or larger.",
    },
    schema: [
      {
        type: 'object',
        properties: { minimumSize: { enum: [2048, 3072, 4096] } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimumSize: 2048 }],
  },
  create(context) {
    const { minimumSize: minimum } = context.options[0];
    return {
      [TYPES.managedHsmKey](key) {
        const family = checkFamily(key, 'RSA');
        if (family.kind === 'no') return;
        const name = key.displayName;
        const size = key.get('properties.keySize');
        if (size.kind === 'unknown') return context.unresolved(key, 'properties.keySize', size);

        if (size.kind === 'known' && size.value !== null) {
          const bits = asKeySize(size.value);
          if (bits !== undefined && bits >= minimum) return;
          if (family.kind === 'unknown')
            return context.unresolved(
              key,
              'properties.kty',
              family.kty,
              ifRsa(`its keySize ${displayValue(size)}`),
            );
          return context.report({
            resource: key,
            at: size,
            messageId: 'tooSmall',
            data: { name, value: displayValue(size), minimum, property: nameOf(key, KEY_SIZE) },
          });
        }

        // Omitted: the source's platform default, else what the service does.
        const omitted =
          size.kind === 'default' ? { bits: asKeySize(size.value), why: size.why } : serviceDefault(key);
        if ('unknown' in omitted)
          return context.unresolved(
            key,
            'properties.keyOps',
            omitted.unknown,
            'Without keySize, an RSA key gets 2048 bits, or 4096 when it is a key exchange key (keyOps import).',
          );
        if (omitted.bits !== undefined && omitted.bits >= minimum) return;
        if (family.kind === 'unknown')
          return context.unresolved(
            key,
            'properties.kty',
            family.kty,
            ifRsa(`its size of ${omitted.bits} bits (${omitted.why})`),
          );
        context.report({
          resource: key,
          at: size,
          messageId: 'tooSmallByDefault',
          data: {
            name,
            value: omitted.bits ?? displayValue(size),
            why: omitted.why,
            minimum,
            property: nameOf(key, KEY_SIZE),
          },
        });
      },
    };

    function ifRsa(what: string): string {
      return `If it is an RSA key, ${what} is below the required ${minimum} bits.`;
    }

    /** The size the service gives an RSA key created without keySize (rule-semantics.md §2.2). */
    function serviceDefault(key: Resource): { bits: number; why: string } | { unknown: UnknownValue } {
      const ops = keyOperations(key);
      if (ops.known.some(isImport))
        return { bits: 4096, why: 'keySize omitted; key exchange keys (keyOps import) default to 4096 bits' };
      // A key exchange key would get 4096 bits; only an unknown keyOps can make the difference.
      if (ops.unknown.length > 0 && minimum > 2048) return { unknown: ops.unknown[0] };
      return { bits: 2048, why: 'keySize omitted; RSA keys default to 2048 bits' };
    }
  },
});
