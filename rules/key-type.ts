import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { KEY_TYPES, normalizeKeyType } from './util/keys.js';
import { KEY_TYPE, nameOf } from './util/names.js';

type MessageIds = 'notAllowed' | 'missing';
type Options = [{ allowed: string[] }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'key-type',
    type: 'problem',
    docs: {
      description: 'Managed HSM keys are of an allowed key type (RSA-HSM, EC-HSM, oct-HSM).',
      recommendation: 'compliance-and-governance/cryptographic-standards',
      policy: ['1fd3b2cc-9904-40fa-b8da-050c02612da9'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      notAllowed:
        "Key '{{name}}' has key type {{value}}{{normalized}}, which is not an allowed type ({{allowed}}). Create the key with an allowed {{property}}.",
      missing:
        "Key '{{name}}' does not set {{property}}. The service requires a key type; set {{property}} to one of the allowed types ({{allowed}}).",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowed: { type: 'array', items: { enum: [...KEY_TYPES] }, uniqueItems: true, minItems: 1 },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowed: [...KEY_TYPES] }],
  },
  create(context) {
    const allowed = context.options[0].allowed;
    const allowedText = allowed.join(', ');
    return {
      [TYPES.managedHsmKey](key) {
        const name = key.displayName;
        const kty = key.get('properties.kty');
        if (kty.kind === 'unknown') return context.unresolved(key, 'properties.kty', kty);
        if (kty.kind === 'absent' || kty.value === null || kty.value === '') {
          return context.report({
            resource: key,
            at: kty,
            messageId: 'missing',
            data: { name, allowed: allowedText, property: nameOf(key, KEY_TYPE) },
          });
        }
        const normalized = typeof kty.value === 'string' ? normalizeKeyType(kty.value) : undefined;
        if (normalized !== undefined && allowed.includes(normalized)) return;
        const value = displayValue(kty);
        context.report({
          resource: key,
          at: kty,
          messageId: 'notAllowed',
          data: {
            name,
            value,
            normalized: normalized !== undefined && normalized !== value ? ` (that is, ${normalized})` : '',
            allowed: allowedText,
            property: nameOf(key, KEY_TYPE),
          },
        });
      },
    };
  },
});
