import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { isImport, keyOperations, normalizeKeyType } from './util/keys.js';
import { KEY_TYPE, nameOf, writtenInProviderTerms } from './util/names.js';

type MessageIds = 'notRsaHsm' | 'notExclusive';

export default defineRule<MessageIds>({
  meta: {
    id: 'byok-import-keys',
    type: 'problem',
    docs: {
      description:
        "Key exchange keys for BYOK (keys that allow 'import') are RSA-HSM keys that allow no other operation.",
      recommendation: 'service-specific-security/bring-your-own-key',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      notRsaHsm:
        "Key '{{name}}' allows 'import' but its key type is {{value}}. A BYOK key exchange key must be RSA-HSM; create it with {{property}} RSA-HSM.",
      notExclusive:
        "Key '{{name}}' allows 'import' together with {{others}}. 'import' is mutually exclusive with all other key operations: a key exchange key serves only to bring wrapped keys into the HSM. Set {{property}} to {{importOnly}} alone.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsmKey](key) {
        const ops = keyOperations(key);
        if (!ops.known.some(isImport)) {
          // An expression in keyOps may well be 'import'.
          if (ops.unknown.length > 0) context.unresolved(key, 'properties.keyOps', ops.unknown[0]);
          return;
        }
        const name = key.displayName;

        const kty = key.get('properties.kty');
        if (kty.kind === 'unknown') context.unresolved(key, 'properties.kty', kty);
        // A key without kty is key-type's finding (the service rejects it anyway).
        else if (kty.kind !== 'absent' && kty.value !== null) {
          const type = typeof kty.value === 'string' ? normalizeKeyType(kty.value) : undefined;
          if (type !== 'RSA-HSM')
            context.report({
              resource: key,
              at: kty,
              messageId: 'notRsaHsm',
              data: {
                name,
                value: displayValue(kty),
                property: nameOf(key, KEY_TYPE),
              },
            });
        }

        const others = ops.known.filter((op) => !isImport(op));
        if (others.length > 0) {
          context.report({
            resource: key,
            at: ops.value,
            messageId: 'notExclusive',
            data: {
              name,
              others: others.map((op) => `'${op}'`).join(', '),
              ...(writtenInProviderTerms(key)
                ? { property: 'key_opts', importOnly: '["import"]' }
                : { property: 'keyOps', importOnly: "['import']" }),
            },
          });
        } else if (ops.unknown.length > 0) {
          context.unresolved(
            key,
            'properties.keyOps',
            ops.unknown[0],
            "A key that allows 'import' must allow nothing else.",
          );
        }
      },
    };
  },
});
