import { defineRule } from '../src/engine/rule.js';
import { apiVersionBefore } from '../src/model/api-version.js';
import type { Element } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue } from '../src/model/value.js';
import { isFalse, isTrue } from './util/values.js';

type MessageIds = 'notSet' | 'primaryOnly' | 'apiVersionTooOld';

/** `regions` exists on Microsoft.KeyVault/managedHSMs from api 2023-07-01 (rule-semantics §2.3). */
const REGIONS_SINCE = '2023-07-01';

/** Whether a written api version (`2022-07-01`, `2021-06-01-preview`) predates `minimum`. */

/** Azure region names compare without case and spaces (`West Europe` is `westeurope`). */
function sameRegion(a: unknown, b: unknown): boolean {
  const norm = (s: unknown) => (typeof s === 'string' ? s.replace(/\s+/g, '').toLowerCase() : undefined);
  return norm(a) !== undefined && norm(a) === norm(b);
}

type Reading = 'primary' | 'secondary' | { path: string; value: UnknownValue };

/**
 * A region entry is the primary when `isPrimary` is true or when it names the HSM's own location; any
 * other entry extends the HSM to a secondary region.
 */
function readRegion(entry: Element, location: Value): Reading {
  const path = 'properties.regions[0]';
  const whole = entry.value;
  if (whole.kind === 'unknown') return { path, value: whole };
  const isPrimary = entry.get('isPrimary');
  if (isPrimary.kind === 'unknown') return { path: `${path}.isPrimary`, value: isPrimary };
  if (isPrimary.kind !== 'absent' && isTrue(isPrimary.value)) return 'primary';
  const name = entry.get('name');
  if (name.kind === 'unknown') return { path: `${path}.name`, value: name };
  if (location.kind === 'unknown') {
    // An entry that says it is not the primary is a secondary wherever the HSM is.
    if (isPrimary.kind !== 'absent' && isFalse(isPrimary.value)) return 'secondary';
    return { path: 'location', value: location };
  }
  return name.kind === 'known' && location.kind === 'known' && sameRegion(name.value, location.value)
    ? 'primary'
    : 'secondary';
}

export default defineRule<MessageIds>({
  meta: {
    id: 'multi-region',
    type: 'suggestion',
    docs: {
      description:
        'Managed HSMs are replicated to a secondary (extended) region, so keys stay available when the primary region is not.',
      recommendation: 'service-specific-security/multi-region-replication',
    },
    surfaces: ['arm', 'bicep', 'live'],
    messages: {
      notSet:
        "Managed HSM '{{name}}' lists no regions, so it runs in its primary region only. Add a secondary region to properties.regions (the HSM must be activated before it can be extended).",
      primaryOnly:
        "Managed HSM '{{name}}' lists only its primary region ({{value}}). Add a secondary region to properties.regions so keys stay available if the primary region fails.",
      apiVersionTooOld:
        "Managed HSM '{{name}}' is declared with api version {{apiVersion}}, which has no regions property, so no secondary region can be declared. Use api version {{since}} or later and add a secondary region.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        if (apiVersionBefore(hsm.apiVersion, REGIONS_SINCE)) {
          return context.report({
            resource: hsm,
            messageId: 'apiVersionTooOld',
            data: { name, apiVersion: hsm.apiVersion ?? '', since: REGIONS_SINCE },
          });
        }
        const regions = hsm.get('properties.regions');
        if (regions.kind === 'unknown') return context.unresolved(hsm, 'properties.regions', regions);
        const entries = hsm.items('properties.regions');
        if (entries.length === 0)
          return context.report({ resource: hsm, at: regions, messageId: 'notSet', data: { name } });
        // Two entries are a primary and a secondary, whatever they say about themselves.
        if (entries.length >= 2) return;
        const reading = readRegion(entries[0], hsm.get('location'));
        if (reading === 'secondary') return;
        if (reading !== 'primary') return context.unresolved(hsm, reading.path, reading.value);
        context.report({
          resource: hsm,
          at: regions,
          messageId: 'primaryOnly',
          data: { name, value: displayValue(entries[0].get('name')) },
        });
      },
    };
  },
});
