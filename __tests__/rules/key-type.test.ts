import { beforeAll, describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-type.js';
import { registry } from '../../rules/index.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
  KEY_TYPE,
  loadTerraform,
  planHsmWith,
  planKey,
  positionOf,
  tfKey,
  tfPlan,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { kty: _omitted, ...withoutType } = COMPLIANT_KEY;
const typed = (kty: unknown) => withHsm(key({ ...withoutType, kty }));
const NO_AES = [{ allowed: ['RSA-HSM', 'EC-HSM'] }];

/** A key whose kty is parameter `kty`, with the given default. */
const typeFrom = (kty: unknown) =>
  hsmWith(defaults({ kty }), key({ ...withoutType, kty: "[parameters('kty')]" }));
const KTY_LINE = lineOf(typeFrom('RSA-HSM'), '"kty": "[parameters');

const BICEP_OCT = withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: 'oct', keySize: 256 });

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: RSA-HSM', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
  {
    name: 'Bicep: RSA (the same as RSA-HSM in a Managed HSM)',
    files: { 'main.bicep': withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: 'RSA' }) },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: oct',
    files: { 'main.bicep': BICEP_OCT },
    errors: [{ messageId: 'notAllowed', ...at(BICEP_OCT, 'kty:') }],
  },
  {
    name: "Bicep: oct as the default of parameter 'kty'",
    files: {
      'main.bicep': withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: raw('kty') }, "param kty string = 'oct'"),
    },
    errors: [{ messageId: 'notAllowed', parameter: 'kty', message: bicepDefaultNote('kty') }],
  },
  {
    name: 'Bicep: kty from a parameter without a value: unresolved',
    files: { 'main.bicep': withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: raw('kty') }, 'param kty string') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const RSA_AND_EC = [{ allowed: ['RSA-HSM', 'EC-HSM'] }];
const TF_OCT = tfWithHsm(
  tfKey({ key_type: '"oct-HSM"', key_size: '256', key_opts: '["encrypt", "decrypt"]' }),
);
const TF_NO_TYPE = tfWithHsm(tfKey({ key_type: undefined }));
const TF_FOR_EACH = tfWithHsm(
  tfKey(
    { name: 'each.key', key_type: 'each.value', key_size: '256' },
    { first: '  for_each        = { rsa = "RSA-HSM", aes = "oct-HSM" }' },
  ),
);
const PLAN_OCT = {
  'plan.json': tfPlan([
    planHsmWith({}),
    planKey({ key_type: 'oct-HSM', key_size: 256, key_opts: ['encrypt'] }),
  ]),
};
const typeAt = (files: Record<string, string>) => positionOf(files['main.tf'], 'key_type');

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: RSA-HSM', files: tfWithHsm(tfKey()) },
  { name: 'Terraform: oct-HSM is allowed by default', files: TF_OCT },
  {
    name: 'Terraform: EC-HSM when RSA-HSM and EC-HSM are allowed',
    files: tfWithHsm(tfKey({ key_type: '"EC-HSM"', key_size: undefined, curve: '"P-384"' })),
    options: RSA_AND_EC,
  },
  { name: 'plan JSON: RSA-HSM', files: { 'plan.json': tfPlan([planHsmWith({}), planKey({})]) } },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: oct-HSM when only RSA-HSM and EC-HSM are allowed',
    files: TF_OCT,
    options: RSA_AND_EC,
    errors: [
      {
        messageId: 'notAllowed',
        ...typeAt(TF_OCT),
        message:
          "Key 'app-key' has key type oct-HSM, which is not an allowed type (RSA-HSM, EC-HSM). Create the key with an allowed key_type.",
      },
    ],
  },
  {
    name: 'Terraform: key_type omitted',
    files: TF_NO_TYPE,
    errors: [{ messageId: 'missing', ...positionOf(TF_NO_TYPE['main.tf'], `resource "${KEY_TYPE}"`) }],
  },
  {
    name: 'Terraform: for_each over key types, the oct-HSM instance is reported',
    files: TF_FOR_EACH,
    options: RSA_AND_EC,
    errors: [{ messageId: 'notAllowed', ...typeAt(TF_FOR_EACH), message: "Key 'aes'" }],
  },
  {
    name: 'plan JSON: oct-HSM when only RSA-HSM and EC-HSM are allowed, located in the plan',
    files: PLAN_OCT,
    options: RSA_AND_EC,
    errors: [
      { messageId: 'notAllowed', file: 'plan.json', ...positionOf(PLAN_OCT['plan.json'], '"key_type"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'RSA-HSM', files: { 'a.json': typed('RSA-HSM') } },
    { name: 'EC-HSM', files: { 'a.json': typed('EC-HSM') } },
    {
      name: 'oct-HSM',
      files: { 'a.json': withHsm(key({ kty: 'oct-HSM', keySize: 256 }, { apiVersion: '2026-05-15' })) },
    },
    { name: 'RSA is RSA-HSM in a Managed HSM', files: { 'a.json': typed('RSA') } },
    { name: 'EC is EC-HSM in a Managed HSM', files: { 'a.json': typed('EC') }, options: NO_AES },
    {
      name: 'type compared case-insensitively',
      files: { 'a.json': typed('rsa-hsm') },
      options: [{ allowed: ['RSA-HSM'] }],
    },
    { name: 'case-insensitive property name', files: { 'a.json': withHsm(key({ KTY: 'EC-HSM' })) } },
    { name: 'nested key', files: { 'a.json': nestedKey(COMPLIANT_KEY) } },
    { name: "EC-HSM as the default of parameter 'kty'", files: { 'a.json': typeFrom('EC-HSM') } },
    {
      name: 'the parameters file beside the template sets RSA-HSM over a default of oct',
      files: withParametersFile(typeFrom('oct'), { kty: 'RSA-HSM' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'oct-HSM when only RSA and EC are allowed',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "oct-HSM",
      "keySize": 256
    }`),
      },
      options: NO_AES,
      errors: [
        {
          messageId: 'notAllowed',
          line: 7,
          column: 7,
          message: "Key 'hsm1/key1' has key type oct-HSM, which is not an allowed type (RSA-HSM, EC-HSM)",
        },
      ],
    },
    {
      name: 'RSA judged as RSA-HSM',
      files: { 'a.json': typed('RSA') },
      options: [{ allowed: ['EC-HSM'] }],
      errors: [{ messageId: 'notAllowed', message: 'key type RSA (that is, RSA-HSM)' }],
    },
    {
      name: 'a type a Managed HSM does not offer',
      files: { 'a.json': typed('oct') },
      errors: [{ messageId: 'notAllowed', message: 'key type oct,' }],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...withoutType, kty: 'EC' }) },
      options: [{ allowed: ['RSA-HSM'] }],
      errors: [{ messageId: 'notAllowed' }],
    },
    {
      name: 'kty missing',
      files: {
        'a.json': literal(`    "properties": {
      "keySize": 2048
    }`),
      },
      errors: [{ messageId: 'missing', line: 6, column: 5, message: "Key 'hsm1/key1' does not set kty" }],
    },
    {
      name: 'kty empty',
      files: { 'a.json': typed('') },
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'kty from an expression: unresolved',
      files: {
        'a.json': withParameters({ kty: 'string' }, key({ ...withoutType, kty: "[parameters('kty')]" })),
      },
      errors: [{ messageId: 'unresolved', message: "properties.kty is [parameters('kty')]" }],
    },
    {
      name: "oct as the default of parameter 'kty'",
      files: { 'a.json': typeFrom('oct') },
      errors: [
        {
          messageId: 'notAllowed',
          parameter: 'kty',
          line: KTY_LINE,
          message: `has key type oct, which is not an allowed type (RSA-HSM, EC-HSM, oct-HSM). Create the key with an allowed kty. ${defaultNote('kty')}`,
        },
      ],
    },
    {
      name: "an empty default of parameter 'kty'",
      files: { 'a.json': typeFrom('') },
      errors: [{ messageId: 'missing', parameter: 'kty', line: KTY_LINE }],
    },
    {
      name: 'the parameters file beside the template wins over the default: EC over RSA-HSM',
      files: withParametersFile(typeFrom('RSA-HSM'), { kty: 'EC' }),
      paths: ['main.json'],
      options: [{ allowed: ['RSA-HSM'] }],
      errors: [
        {
          messageId: 'notAllowed',
          file: 'main.json',
          line: KTY_LINE,
          message: 'key type EC (that is, EC-HSM)',
        },
      ],
    },
  ],
});

describe('key-type options', () => {
  it('accepts a non-empty list of distinct -HSM type names', () => {
    expect(validateOptions(rule, [{ allowed: ['RSA-HSM', 'EC-HSM'] }])).toBeUndefined();
    expect(validateOptions(rule, [{ allowed: [] }])).toBeDefined();
    expect(validateOptions(rule, [{ allowed: ['RSA'] }])).toBeDefined();
    expect(validateOptions(rule, [{ allowed: ['EC-HSM', 'EC-HSM'] }])).toBeDefined();
  });
});
