import { defineRule } from '../src/engine/rule.js';
import { TYPES, type Resource } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { nameOf } from './util/names.js';

type MessageIds = 'tooShort' | 'tooLong' | 'notANumber' | 'noValidRange';
type Options = [{ minDays: number; maxDays: number }];

/** What the service keeps when nothing says otherwise (rule-semantics §2.1: default 90, accepted 7–90). */
const SERVICE_DEFAULT_DAYS = 90;

/** Days as a number: ARM accepts integers, and numeric strings are read as the number they spell. */
function days(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'soft-delete-retention',
    type: 'problem',
    docs: {
      description:
        'Managed HSMs keep deleted HSMs and keys recoverable for a retention period within the organisation range (7 to 90 days by default).',
      recommendation: 'data-protection/soft-delete-retention',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      tooShort:
        "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, fewer than the required {{minDays}} days. Set {{property}} to at least {{minDays}}.",
      tooLong:
        "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, more than the allowed {{maxDays}} days. Set {{property}} to at most {{maxDays}}.",
      notANumber:
        "Managed HSM '{{name}}' sets {{property}} to {{value}}, which is not a whole number of days. Set it to a number from {{minDays}} to {{maxDays}}.",
      noValidRange:
        "Managed HSM '{{name}}' keeps deleted HSMs and keys for {{value}}, but no retention can pass: the rule options set minDays ({{minDays}}) above maxDays ({{maxDays}}). Correct the soft-delete-retention options.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          minDays: { type: 'integer', minimum: 7, maximum: 90 },
          maxDays: { type: 'integer', minimum: 7, maximum: 90 },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minDays: 7, maxDays: 90 }],
  },
  create(context) {
    const [{ minDays, maxDays }] = context.options;
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const retention = hsm.get('properties.softDeleteRetentionInDays');
        if (retention.kind === 'unknown')
          return context.unresolved(hsm, 'properties.softDeleteRetentionInDays', retention);
        const written = retention.kind === 'absent' ? SERVICE_DEFAULT_DAYS : days(retention.value);
        const limits = { minDays, maxDays };
        if (written === undefined) {
          return context.report({
            resource: hsm,
            at: retention,
            messageId: 'notANumber',
            data: { name, property: propertyOf(hsm), value: displayValue(retention), ...limits },
          });
        }
        // Say where the number came from when nobody wrote it.
        const value =
          retention.kind === 'default'
            ? `${written} days (${retention.why})`
            : retention.kind === 'absent'
              ? `${written} days (omitted; the service default)`
              : `${displayValue(retention)} days`;
        const messageId =
          minDays > maxDays
            ? 'noValidRange'
            : written < minDays
              ? 'tooShort'
              : written > maxDays
                ? 'tooLong'
                : undefined;
        if (messageId)
          context.report({
            resource: hsm,
            at: retention,
            messageId,
            data: { name, property: propertyOf(hsm), value, ...limits },
          });
      },
    };
  },
});

/** The retention as its author writes it. */
function propertyOf(hsm: Resource): string {
  return nameOf(hsm, { arm: 'softDeleteRetentionInDays', provider: 'soft_delete_retention_days' });
}
