import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { displayValue, equalsIgnoreCase } from '../src/model/value.js';

type MessageIds = 'tooFewKeys' | 'quorumTooLow' | 'quorumNotBelowKeys' | 'incomplete' | 'notActive';
type Options = [{ minKeys: number; minQuorum: number }];

const CERTIFICATES = 'properties.securityDomain.certificateIds';
const QUORUM = 'properties.securityDomain.quorum';
const ACTIVATION = 'properties.securityDomainProperties.activationStatus';

/** A whole number, also when written as a numeric string. */
function count(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

export default defineRule<MessageIds, Options>({
  meta: {
    id: 'security-domain-quorum',
    type: 'problem',
    docs: {
      description:
        'The security domain is activated with enough wrapping keys and a quorum that needs several key holders but survives the loss of one.',
      recommendation: 'data-protection/security-domain-quorum',
    },
    surfaces: ['terraform', 'tfplan', 'live'],
    messages: {
      tooFewKeys:
        "Managed HSM '{{name}}' wraps its security domain with {{count}} certificate(s) (security_domain_key_vault_certificate_ids), fewer than the required {{minKeys}}. Give at least {{minKeys}} key holders a key pair each, so that custody is shared and one lost key does not make the security domain unrecoverable. Changing the certificates requires a new HSM.",
      quorumTooLow:
        "Managed HSM '{{name}}' sets security_domain_quorum to {{value}}, below the required {{minQuorum}}. With a quorum this low a single key holder can decrypt the security domain and restore the HSM's keys elsewhere; require at least {{minQuorum}} holders. Changing the quorum requires a new HSM.",
      quorumNotBelowKeys:
        "Managed HSM '{{name}}' sets security_domain_quorum to {{value}} with {{count}} wrapping certificate(s): every key holder is needed, so losing one key makes the security domain unrecoverable. Keep the quorum below the number of keys (for example 2 of 3, or 3 of 5). Changing the quorum requires a new HSM.",
      incomplete:
        "Managed HSM '{{name}}' sets {{present}} but not {{missing}}; the provider activates the security domain only when both are set. Set both (at least {{minKeys}} certificates and a quorum of at least {{minQuorum}}, below the number of certificates).",
      notActive:
        "Managed HSM '{{name}}' has security domain activation status {{value}}. Until the security domain is downloaded with at least {{minKeys}} key holders' public keys and a quorum of at least {{minQuorum}}, the HSM cannot be used and cannot be recovered; activate it (az keyvault security-domain download --sd-quorum ...).",
    },
    schema: [
      {
        type: 'object',
        properties: {
          minKeys: { type: 'integer', minimum: 3, maximum: 10 },
          minQuorum: { type: 'integer', minimum: 2, maximum: 10 },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minKeys: 3, minQuorum: 2 }],
  },
  create(context) {
    const [{ minKeys, minQuorum }] = context.options;

    /** Live: only the activation status is readable; key count and quorum are not exposed. */
    const checkActivation = (hsm: Resource) => {
      const status = hsm.get(ACTIVATION);
      if (status.kind === 'unknown') return context.unresolved(hsm, ACTIVATION, status);
      if (status.kind !== 'known' || equalsIgnoreCase(status.value, 'Active')) return;
      context.report({
        resource: hsm,
        at: status,
        messageId: 'notActive',
        data: { name: hsm.displayName, value: displayValue(status), minKeys, minQuorum },
      });
    };

    const checkConfiguration = (hsm: Resource) => {
      const name = hsm.displayName;
      const certificates = hsm.get(CERTIFICATES);
      const quorum = hsm.get(QUORUM);
      if (certificates.kind === 'absent' && quorum.kind === 'absent') {
        // Activation is then done out of band (az keyvault security-domain download), where it cannot be seen.
        const value: UnknownValue = {
          kind: 'unknown',
          expression: 'activated outside this configuration',
          range: hsm.range,
          reason: 'neither security_domain_key_vault_certificate_ids nor security_domain_quorum is set',
        };
        return context.unresolved(
          hsm,
          'the security domain',
          value,
          `Make sure it was downloaded (az keyvault security-domain download) with at least ${minKeys} key holders' public keys and a quorum of at least ${minQuorum}, or set both attributes so that the configuration states it.`,
        );
      }
      const missing = (present: string, absentName: string, at: Value) =>
        context.report({
          resource: hsm,
          at,
          messageId: 'incomplete',
          data: { name, present, missing: absentName, minKeys, minQuorum },
        });
      if (quorum.kind === 'absent')
        return missing('security_domain_key_vault_certificate_ids', 'security_domain_quorum', certificates);
      if (certificates.kind === 'absent')
        return missing('security_domain_quorum', 'security_domain_key_vault_certificate_ids', quorum);

      let keys: number | undefined;
      if (certificates.kind === 'unknown') context.unresolved(hsm, CERTIFICATES, certificates);
      else if (Array.isArray(certificates.value)) {
        // The list's length is known even when its certificate ids are known only after apply.
        keys = certificates.value.length;
        if (keys < minKeys)
          context.report({
            resource: hsm,
            at: certificates,
            messageId: 'tooFewKeys',
            data: { name, count: keys, minKeys },
          });
      }

      if (quorum.kind === 'unknown') return context.unresolved(hsm, QUORUM, quorum);
      const m = count(quorum.value);
      if (m === undefined) return;
      if (m < minQuorum) {
        context.report({
          resource: hsm,
          at: quorum,
          messageId: 'quorumTooLow',
          data: { name, value: displayValue(quorum), minQuorum },
        });
      }
      if (keys !== undefined && keys > 0 && m >= keys) {
        context.report({
          resource: hsm,
          at: quorum,
          messageId: 'quorumNotBelowKeys',
          data: { name, value: displayValue(quorum), count: keys },
        });
      }
    };

    return {
      [TYPES.managedHsm](hsm) {
        switch (hsm.surface) {
          case 'terraform':
          case 'tfplan':
            return checkConfiguration(hsm);
          case 'live':
            return checkActivation(hsm);
        }
      },
    };
  },
});
