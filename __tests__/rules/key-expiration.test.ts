import { beforeAll } from '@jest/globals';
import rule from '../../rules/key-expiration.js';
import { registry } from '../../rules/index.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate } from '../helpers.js';
import {
  COMPLIANT_KEY,
  EXP_2027,
  key,
  literal,
  nestedKey,
  withHsm,
  withParameters,
} from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, BICEP_KEY_PROPERTIES, nestedBicepKey, raw, withBicepKey } from './util/bicep.js';
import {
  azapiHsm,
  azapiKey,
  KEY_TYPE,
  loadTerraform,
  planHsmWith,
  planKey,
  plannedAt,
  positionOf,
  tf,
  tfKey,
  tfPlan,
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { attributes: _omitted, ...withoutAttributes } = COMPLIANT_KEY;

/** A key that expires in 2027 when parameter `expires` (with the given default) is true, and never otherwise. */
const expiresFrom = (expires: boolean) =>
  hsmWith(
    defaults({ expires }),
    key({ ...withoutAttributes, attributes: { exp: `[if(parameters('expires'), ${EXP_2027}, null())]` } }),
  );
const EXP_LINE = lineOf(expiresFrom(true), '"exp"');

const { attributes: _bicepAttributes, ...bicepNoExpiry } = BICEP_KEY_PROPERTIES;
const BICEP_NO_EXP = withBicepKey(bicepNoExpiry);

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: exp set', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
  {
    name: 'Bicep: exp computed from a date',
    files: {
      'main.bicep': withBicepKey({
        ...BICEP_KEY_PROPERTIES,
        attributes: { exp: raw("dateTimeToEpoch('2027-06-01T00:00:00Z')") },
      }),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no attributes.exp, at the properties key',
    files: { 'main.bicep': BICEP_NO_EXP },
    errors: [{ messageId: 'missing', ...at(BICEP_NO_EXP, 'properties: {\n    kty') }],
  },
  {
    name: 'Bicep: nested key without exp',
    files: { 'main.bicep': nestedBicepKey(bicepNoExpiry) },
    errors: [{ messageId: 'missing', message: "Key 'hsm1/key1'" }],
  },
  {
    name: 'Bicep: exp from a parameter without a value: unresolved',
    files: {
      'main.bicep': withBicepKey(
        { ...BICEP_KEY_PROPERTIES, attributes: { exp: raw('expiry') } },
        'param expiry int',
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const TF_NO_EXPIRY = tfWithHsm(tfKey({ expiration_date: undefined }));
const TF_NULL_EXPIRY = tfWithHsm(tfKey({ expiration_date: 'null' }));
const TF_FOR_EACH = tfWithHsm(
  tfKey(
    { name: 'each.key', expiration_date: 'each.value' },
    { first: '  for_each        = { with-expiry = "2027-01-01T00:00:00Z", without = null }' },
  ),
);
const AZAPI_NO_EXP = tf(azapiHsm(), azapiKey('      kty     = "RSA-HSM"\n      keySize = 3072\n'));
const PLAN_NO_EXPIRY = { 'plan.json': tfPlan([planHsmWith({}), planKey({ expiration_date: null })]) };
const keyAt = (files: Record<string, string>) => positionOf(files['main.tf'], `resource "${KEY_TYPE}"`);

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: expiration_date in RFC 3339', files: tfWithHsm(tfKey()) },
  {
    name: 'Terraform: expiration_date computed with timeadd(timestamp(), ...)',
    files: tfWithHsm(tfKey({ expiration_date: 'timeadd(timestamp(), "8760h")' })),
  },
  {
    name: 'azapi: attributes.exp in the key body',
    files: tf(
      azapiHsm(),
      azapiKey('      kty        = "RSA-HSM"\n      attributes = { exp = 1798761600 }\n'),
    ),
  },
  { name: 'plan JSON: expiration_date set', files: { 'plan.json': tfPlan([planHsmWith({}), planKey({})]) } },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: expiration_date omitted, reported at the key',
    files: TF_NO_EXPIRY,
    errors: [
      {
        messageId: 'missing',
        ...keyAt(TF_NO_EXPIRY),
        message:
          "Key 'app-key' has no expiration date (expiration_date is (not set)), so it stays usable indefinitely. Set expiration_date (an RFC 3339 time)",
      },
    ],
  },
  {
    name: 'Terraform: expiration_date = null is not setting it',
    files: TF_NULL_EXPIRY,
    errors: [{ messageId: 'missing', ...keyAt(TF_NULL_EXPIRY) }],
  },
  {
    name: 'Terraform: for_each keys, the instance with a null expiry is reported',
    files: TF_FOR_EACH,
    errors: [{ messageId: 'missing', ...keyAt(TF_FOR_EACH), message: "Key 'without'" }],
  },
  {
    name: 'Terraform: expiration_date from a variable without a value is unresolved',
    files: tfWithHsm(tfKey({ expiration_date: 'var.expiry' }), tfVariable('expiry', 'string')),
    errors: [{ messageId: 'unresolved', message: 'var.expiry' }],
  },
  {
    name: 'azapi: a key body without attributes.exp',
    files: AZAPI_NO_EXP,
    errors: [
      {
        messageId: 'missing',
        ...positionOf(AZAPI_NO_EXP['main.tf'], 'properties = {\n      kty'),
        // The AzAPI body is ARM-shaped: its wording is ARM's.
        message: 'Set attributes.exp (seconds since the Unix epoch)',
      },
    ],
  },
  {
    name: 'plan JSON: expiration_date null, located at the planned key',
    files: PLAN_NO_EXPIRY,
    errors: [
      { messageId: 'missing', file: 'plan.json', ...plannedAt(PLAN_NO_EXPIRY['plan.json'], `${KEY_TYPE}.k`) },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'exp set on a top-level key', files: { 'a.json': withHsm(key(COMPLIANT_KEY)) } },
    { name: 'exp set on a nested key', files: { 'a.json': nestedKey(COMPLIANT_KEY) } },
    {
      name: 'case-insensitive property names',
      files: { 'a.json': withHsm(key({ ...withoutAttributes, Attributes: { Exp: EXP_2027 } })) },
    },
    {
      name: 'an expiry in the past is still an expiry (key-expiry-window judges it)',
      files: { 'a.json': withHsm(key({ ...withoutAttributes, attributes: { exp: 1 } })) },
    },
    {
      name: 'the HSM itself is not a key',
      files: { 'a.json': withHsm() },
    },
    {
      name: 'Key Vault (vaults/keys) keys are out of scope',
      files: {
        'a.json': armTemplate([
          {
            type: 'Microsoft.KeyVault/vaults/keys',
            apiVersion: '2023-07-01',
            name: 'v/k',
            properties: { kty: 'RSA' },
          },
        ]),
      },
    },
    {
      name: 'a referenced (existing) key is not judged',
      files: {
        'a.json': armTemplate([{ ...key(withoutAttributes), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: "exp as the default of parameter 'keyExpiry'",
      files: {
        'a.json': hsmWith(
          defaults({ keyExpiry: EXP_2027 }),
          key({ ...withoutAttributes, attributes: { exp: "[parameters('keyExpiry')]" } }),
        ),
      },
    },
    {
      name: "an expiry chosen by the default of parameter 'expires' (true)",
      files: { 'a.json': expiresFrom(true) },
    },
    {
      name: 'the parameters file beside the template turns the expiry on over a default of false',
      files: withParametersFile(expiresFrom(false), { expires: true }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'no attributes at all',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM"
    }`),
      },
      errors: [
        { messageId: 'missing', line: 6, column: 5, message: "Key 'hsm1/key1' has no expiration date" },
      ],
    },
    {
      name: 'attributes without exp',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM",
      "attributes": { "enabled": true, "nbf": 1767225600 }
    }`),
      },
      errors: [{ messageId: 'missing', line: 8, column: 7 }],
    },
    {
      name: 'exp explicitly null',
      files: { 'a.json': withHsm(key({ ...withoutAttributes, attributes: { exp: null } })) },
      errors: [{ messageId: 'missing', message: 'attributes.exp is null' }],
    },
    {
      name: 'nested key without exp',
      files: { 'a.json': nestedKey(withoutAttributes) },
      errors: [{ messageId: 'missing', message: "'hsm1/key1'" }],
    },
    {
      name: 'a rotation policy expiryTime does not set the key expiry',
      files: { 'a.json': withHsm(key(withoutAttributes)) },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'exp from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { keyExpiry: 'int' },
          key({ ...withoutAttributes, attributes: { exp: "[parameters('keyExpiry')]" } }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "[parameters('keyExpiry')]" }],
    },
    {
      name: 'attributes from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { keyAttributes: 'object' },
          key({ ...withoutAttributes, attributes: "[parameters('keyAttributes')]" }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "[parameters('keyAttributes')]" }],
    },
    {
      name: 'a conditional key is checked and the finding says so',
      files: {
        'a.json': withParameters(
          { withKey: 'bool' },
          key(withoutAttributes, { condition: "[parameters('withKey')]" }),
        ),
      },
      errors: [{ messageId: 'missing', conditional: true }],
    },
    {
      name: "no expiry because of the default of parameter 'expires' (false)",
      files: { 'a.json': expiresFrom(false) },
      errors: [
        {
          messageId: 'missing',
          parameter: 'expires',
          line: EXP_LINE,
          message: `(attributes.exp is null), so it stays usable indefinitely. Set attributes.exp (seconds since the Unix epoch) and rotate the key before that date. ${defaultNote('expires')}`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: false over true',
      files: withParametersFile(expiresFrom(true), { expires: false }),
      paths: ['main.json'],
      errors: [
        { messageId: 'missing', file: 'main.json', line: EXP_LINE, message: 'attributes.exp is null' },
      ],
    },
  ],
});
