import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/security-domain-quorum.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { ADMINS_GROUP, loadTerraform, positionOf, tf, tfHsm } from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const certificates = (n: number) =>
  `  security_domain_key_vault_certificate_ids = [${Array.from(
    { length: n },
    (_, i) => `"https://kv-sd.vault.azure.net/certificates/sd${i}"`,
  ).join(', ')}]\n`;
const quorum = (m: number | string) => `  security_domain_quorum = ${m}\n`;

const config = (extra: string) => tf(ADMINS_GROUP, tfHsm(extra));
const at = (extra: string, text: string) => positionOf(config(extra)['main.tf'], text);
const CERTS = 'security_domain_key_vault_certificate_ids';
const QUORUM = 'security_domain_quorum =';

// The RuleTester scans files, which never hold live resources: the live-only message is exercised in
// terraform-live.model.test.ts, so the file cases run the rule without it.
const { notActive: _liveOnly, ...fileMessages } = rule.meta.messages;
const fileRule = { ...rule, meta: { ...rule.meta, messages: fileMessages } };

new RuleTester(registry).run(fileRule, {
  valid: [
    { name: 'three certificates, quorum 2', files: config(certificates(3) + quorum(2)) },
    { name: 'five certificates, quorum 3', files: config(certificates(5) + quorum(3)) },
    {
      name: 'certificate ids from a variable list of known length',
      files: tf(
        'variable "sd_certs" {\n  default = ["a", "b", "c"]\n}\n',
        ADMINS_GROUP,
        tfHsm('  security_domain_key_vault_certificate_ids = var.sd_certs\n' + quorum(2)),
      ),
    },
    {
      name: 'options: four keys and quorum 3',
      files: config(certificates(4) + quorum(3)),
      options: [{ minKeys: 4, minQuorum: 3 }],
    },
    {
      name: 'ARM: not expressible, silent without --explain-gaps',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) },
    },
  ],
  invalid: [
    {
      name: 'two certificates',
      files: config(certificates(2) + quorum(1)),
      errors: [
        {
          messageId: 'tooFewKeys',
          ...at(certificates(2) + quorum(1), CERTS),
          message: 'with 2 certificate(s)',
        },
        {
          messageId: 'quorumTooLow',
          ...at(certificates(2) + quorum(1), QUORUM),
          message: 'to 1, below the required 2',
        },
      ],
    },
    {
      name: 'quorum equal to the number of certificates',
      files: config(certificates(3) + quorum(3)),
      errors: [
        {
          messageId: 'quorumNotBelowKeys',
          ...at(certificates(3) + quorum(3), QUORUM),
          message: 'security_domain_quorum to 3 with 3 wrapping certificate(s)',
        },
      ],
    },
    {
      name: 'quorum written as a string',
      files: config(certificates(3) + quorum('"1"')),
      errors: [{ messageId: 'quorumTooLow', ...at(certificates(3) + quorum('"1"'), QUORUM) }],
    },
    {
      name: 'options raise the minimums',
      files: config(certificates(3) + quorum(2)),
      options: [{ minKeys: 5, minQuorum: 3 }],
      errors: [
        {
          messageId: 'tooFewKeys',
          ...at(certificates(3) + quorum(2), CERTS),
          message: 'fewer than the required 5',
        },
        {
          messageId: 'quorumTooLow',
          ...at(certificates(3) + quorum(2), QUORUM),
          message: 'below the required 3',
        },
      ],
    },
    {
      name: 'certificates without a quorum',
      files: config(certificates(3)),
      errors: [
        {
          messageId: 'incomplete',
          ...at(certificates(3), CERTS),
          message: 'sets security_domain_key_vault_certificate_ids but not security_domain_quorum',
        },
      ],
    },
    {
      name: 'a quorum without certificates',
      files: config(quorum(2)),
      errors: [{ messageId: 'incomplete', ...at(quorum(2), QUORUM) }],
    },
    {
      name: 'neither attribute: activated outside Terraform',
      files: config(''),
      errors: [
        {
          messageId: 'unresolved',
          ...at('', `resource "azurerm_key_vault_managed_hardware_security_module"`),
          message: 'the security domain is activated outside this configuration',
        },
      ],
    },
    {
      name: 'quorum from a variable without a value',
      files: tf(
        'variable "quorum" {\n  type = number\n}\n',
        ADMINS_GROUP,
        tfHsm(certificates(3) + '  security_domain_quorum = var.quorum\n'),
      ),
      errors: [{ messageId: 'unresolved', message: 'var.quorum' }],
    },
    {
      name: 'ARM with --explain-gaps',
      files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) },
      config: { explainGaps: true },
      errors: [{ messageId: 'unresolved', message: 'an ARM template cannot express what it checks' }],
    },
  ],
});
