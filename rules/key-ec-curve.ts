import { defineRule } from '../src/engine/rule.js';
import { TYPES } from '../src/model/resource.js';
import { displayPlain, displayValue } from '../src/model/value.js';
import { checkFamily, CURVES, normalizeCurve } from './util/keys.js';
import { nameOf } from './util/names.js';

type MessageIds = 'notAllowed' | 'notAllowedByDefault';
type Options = [{ allowed: string[] }];

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'key-ec-curve',
    type: 'problem',
    docs: {
      description: 'Elliptic-curve keys in a Managed HSM use one of the allowed curves.',
      recommendation: 'compliance-and-governance/cryptographic-standards',
      policy: ['e58fd0c1-feac-4d12-92db-0a7e9421f53e'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      notAllowed:
        "EC key '{{name}}' uses curve {{value}}{{normalized}}, which is not an allowed curve ({{allowed}}). A key's curve is fixed when it is created: create a key with an allowed {{property}}.",
      notAllowedByDefault:
        "EC key '{{name}}' gets curve {{value}} ({{why}}), which is not an allowed curve ({{allowed}}). Set {{property}} to an allowed curve.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allowed: { type: 'array', items: { enum: [...CURVES] }, uniqueItems: true, minItems: 1 },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allowed: [...CURVES] }],
  },
  create(context) {
    const allowed = context.options[0].allowed;
    const allowedText = allowed.join(', ');
    const isAllowed = (curve: unknown) =>
      typeof curve === 'string' && allowed.includes(normalizeCurve(curve));
    const ifEc = (what: string) =>
      `If it is an EC key, ${what}, which is not an allowed curve (${allowedText}).`;
    const alias = (written: unknown) => {
      const canonical = typeof written === 'string' ? normalizeCurve(written) : undefined;
      return canonical !== undefined &&
        canonical !== written &&
        (CURVES as readonly string[]).includes(canonical)
        ? ` (that is, ${canonical})`
        : '';
    };
    return {
      [TYPES.managedHsmKey](key) {
        const family = checkFamily(key, 'EC');
        if (family.kind === 'no') return;
        const name = key.displayName;
        const curve = key.get('properties.curveName');
        if (curve.kind === 'unknown') return context.unresolved(key, 'properties.curveName', curve);

        if (curve.kind === 'known' && curve.value !== null) {
          if (isAllowed(curve.value)) return;
          if (family.kind === 'unknown')
            return context.unresolved(
              key,
              'properties.kty',
              family.kty,
              ifEc(`its curve is ${displayValue(curve)}`),
            );
          return context.report({
            resource: key,
            at: curve,
            messageId: 'notAllowed',
            data: {
              name,
              value: displayValue(curve),
              normalized: alias(curve.value),
              allowed: allowedText,
              property: nameOf(key, CURVE),
            },
          });
        }

        // Omitted: the source's platform default, else the service's (rule-semantics.md §2.2).
        const omitted =
          curve.kind === 'default'
            ? { value: curve.value, why: curve.why }
            : { value: 'P-256', why: 'curveName omitted; EC keys default to curve P-256' };
        if (isAllowed(omitted.value)) return;
        if (family.kind === 'unknown')
          return context.unresolved(
            key,
            'properties.kty',
            family.kty,
            ifEc(`it gets curve ${displayPlain(omitted.value)} (${omitted.why})`),
          );
        context.report({
          resource: key,
          at: curve,
          messageId: 'notAllowedByDefault',
          data: {
            name,
            value: displayPlain(omitted.value),
            why: omitted.why,
            allowed: allowedText,
            property: nameOf(key, CURVE),
          },
        });
      },
    };
  },
});

const CURVE = { arm: 'curveName', provider: 'curve' };
