import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { daysBetween, formatUtc, MS_PER_DAY, toDate } from './util/time.js';
import { expiryWording } from './util/keys.js';

type MessageIds = 'tooSoon' | 'expired' | 'invalid';
type Options = [{ minDays: number }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'key-expiry-window',
    type: 'problem',
    docs: {
      description:
        'Managed HSM keys expire no sooner than a minimum number of days from now, leaving time to rotate them.',
      recommendation: 'compliance-and-governance/key-lifecycle',
      policy: ['ad27588c-0198-4c84-81ef-08efd0274653'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      tooSoon:
        "Key '{{name}}' expires at {{date}}, {{days}} days after {{now}}; keys should stay valid for at least {{minDays}} days. Set a later {{attribute}} or rotate the key to a version that expires later.",
      expired:
        "Key '{{name}}' expired at {{date}} ({{attribute}} is {{value}}), before {{now}}. An expired key can no longer encrypt, sign or wrap; set a future {{attribute}} or rotate the key.",
      invalid:
        "Key '{{name}}' has {{attribute}} {{value}}, which is not a point in time. Write it as {{writeAs}}.",
    },
    schema: [
      {
        type: 'object',
        properties: { minDays: { type: 'integer', minimum: 1, maximum: 3650 } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minDays: 90 }],
  },
  create(context) {
    const { minDays } = context.options[0];
    const now = context.now;
    return {
      [TYPES.managedHsmKey](key) {
        const exp = key.get('properties.attributes.exp');
        if (exp.kind === 'unknown') return context.unresolved(key, 'properties.attributes.exp', exp);
        // No expiry at all is key-expiration's finding.
        if (exp.kind === 'absent' || exp.value === null) return;
        const name = key.displayName;
        const wording = expiryWording(key);
        const expires = toDate(exp.value);
        // azurerm's expiration_date is mapped to epoch seconds; show it as the time the user wrote.
        const value =
          expires && wording.attribute === 'expiration_date' ? formatUtc(expires) : displayValue(exp);
        if (!expires)
          return context.report({
            resource: key,
            at: exp,
            messageId: 'invalid',
            data: { name, value, ...wording },
          });
        const base = { name, value, date: formatUtc(expires), now: formatUtc(now), ...wording };
        if (expires.getTime() <= now.getTime()) {
          return context.report({ resource: key, at: exp, messageId: 'expired', data: base });
        }
        if (expires.getTime() < now.getTime() + minDays * MS_PER_DAY) {
          context.report({
            resource: key,
            at: exp,
            messageId: 'tooSoon',
            data: { ...base, days: Math.floor(daysBetween(now, expires)), minDays },
          });
        }
      },
    };
  },
});
