import { beforeAll, describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-aes-size.js';
import { registry } from '../../rules/index.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
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
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { keySize: _omitted, ...base } = COMPLIANT_KEY;
// oct-HSM keys exist from api version 2026-05-15.
const API = { apiVersion: '2026-05-15' };
const aes = (keySize?: unknown, kty: unknown = 'oct-HSM') =>
  withHsm(key(keySize === undefined ? { ...base, kty } : { ...base, kty, keySize }, API));

/** An oct-HSM key whose keySize is parameter `keySize`, with the given default. */
const sizeFrom = (keySize: unknown) =>
  hsmWith(defaults({ keySize }), key({ ...base, kty: 'oct-HSM', keySize: "[parameters('keySize')]" }, API));
const SIZE_LINE = lineOf(sizeFrom(256), '"keySize": "[parameters');

const bicepAes = (keySize: unknown, declarations = '') =>
  withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: 'oct-HSM', keySize }, declarations);
const BICEP_AES_128 = bicepAes(128);

const bicepValid: RuleTestCase[] = [{ name: 'Bicep: 256 bits', files: { 'main.bicep': bicepAes(256) } }];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: 128 bits',
    files: { 'main.bicep': BICEP_AES_128 },
    errors: [{ messageId: 'tooSmall', ...at(BICEP_AES_128, 'keySize:') }],
  },
  {
    name: "Bicep: 128 as the default of parameter 'bits'",
    files: { 'main.bicep': bicepAes(raw('bits'), 'param bits int = 128') },
    errors: [{ messageId: 'tooSmall', parameter: 'bits', message: bicepDefaultNote('bits') }],
  },
  {
    name: 'Bicep: a size from a parameter without a value: unresolved',
    files: { 'main.bicep': bicepAes(raw('bits'), 'param bits int') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfAes = (size: string | undefined) =>
  tfWithHsm(
    tfKey({
      key_type: '"oct-HSM"',
      key_size: size,
      key_opts: '["encrypt", "decrypt", "wrapKey", "unwrapKey"]',
    }),
  );
const TF_128 = tfAes('128');
const TF_NO_SIZE = tfAes(undefined);
const PLAN_128 = {
  'plan.json': tfPlan([
    planHsmWith({}),
    planKey({ key_type: 'oct-HSM', key_size: 128, key_opts: ['encrypt'] }),
  ]),
};

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: oct-HSM with key_size 256', files: tfAes('256') },
  {
    name: 'Terraform: an RSA key of 2048 bits is not an AES key',
    files: tfWithHsm(tfKey({ key_size: '2048' })),
  },
  {
    name: 'plan JSON: oct-HSM with key_size 256',
    files: {
      'plan.json': tfPlan([
        planHsmWith({}),
        planKey({ key_type: 'oct-HSM', key_size: 256, key_opts: ['encrypt'] }),
      ]),
    },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: oct-HSM with key_size 128',
    files: TF_128,
    errors: [
      {
        messageId: 'tooSmall',
        ...positionOf(TF_128['main.tf'], 'key_size'),
        message:
          "AES key 'app-key' (oct-HSM) has key_size 128, below the required 256 bits. A key's size is fixed when it is created: create a key with key_size 256 or larger.",
      },
    ],
  },
  {
    name: 'Terraform: oct-HSM without key_size',
    files: TF_NO_SIZE,
    errors: [{ messageId: 'notSet', ...positionOf(TF_NO_SIZE['main.tf'], `resource "${KEY_TYPE}"`) }],
  },
  {
    name: 'Terraform: key_type from a variable without a value, key_size 128: unresolved',
    files: tfWithHsm(tfKey({ key_type: 'var.key_type', key_size: '128' }), tfVariable('key_type', 'string')),
    errors: [{ messageId: 'unresolved', message: 'If it is an oct-HSM key, its keySize 128 is below' }],
  },
  {
    name: 'plan JSON: oct-HSM with key_size 128, located in the plan',
    files: PLAN_128,
    errors: [
      { messageId: 'tooSmall', file: 'plan.json', ...positionOf(PLAN_128['plan.json'], '"key_size"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'oct-HSM 256', files: { 'a.json': aes(256) } },
    { name: 'oct-HSM 512', files: { 'a.json': aes(512) } },
    { name: 'nested key', files: { 'a.json': nestedKey({ ...base, kty: 'oct-HSM', keySize: 256 }, API) } },
    { name: 'minimumSize 128 accepts 128', files: { 'a.json': aes(128) }, options: [{ minimumSize: 128 }] },
    {
      name: 'case-insensitive type and names',
      files: { 'a.json': withHsm(key({ KTY: 'OCT-HSM', KEYSIZE: 256 }, API)) },
    },
    { name: 'RSA keys are not AES keys', files: { 'a.json': withHsm(key({ ...base, kty: 'RSA-HSM' })) } },
    { name: 'EC keys are not AES keys', files: { 'a.json': withHsm(key({ ...base, kty: 'EC-HSM' })) } },
    {
      name: 'kty an expression, but keySize meets the minimum whatever the type',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...base, kty: "[parameters('kty')]", keySize: 2048 }, API),
        ),
      },
    },
    { name: "256 as the default of parameter 'keySize'", files: { 'a.json': sizeFrom(256) } },
    {
      name: 'the parameters file beside the template sets 256 over a default of 128',
      files: withParametersFile(sizeFrom(128), { keySize: 256 }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'oct-HSM 128 below the default minimum of 256',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs/keys", "apiVersion": "2026-05-15", "name": "hsm1/aes",
    "properties": { "kty": "oct-HSM", "keySize": 128 }
  }]
}`,
      },
      errors: [
        {
          messageId: 'tooSmall',
          line: 6,
          column: 39,
          message: "AES key 'hsm1/aes' (oct-HSM) has keySize 128, below the required 256 bits",
        },
      ],
    },
    {
      name: 'minimumSize 512',
      files: { 'a.json': aes(256) },
      options: [{ minimumSize: 512 }],
      errors: [{ messageId: 'tooSmall', message: 'required 512 bits' }],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...base, kty: 'oct-HSM', keySize: 192 }, API) },
      errors: [{ messageId: 'tooSmall' }],
    },
    {
      name: 'keySize omitted: no documented default',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs/keys", "apiVersion": "2026-05-15", "name": "hsm1/aes",
    "properties": { "kty": "oct-HSM" }
  }]
}`,
      },
      errors: [{ messageId: 'notSet', line: 6, column: 5, message: 'does not set keySize' }],
    },
    {
      name: 'keySize null is not set',
      files: { 'a.json': aes(null) },
      errors: [{ messageId: 'notSet' }],
    },
    {
      name: 'keySize from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { size: 'int' },
          key({ ...base, kty: 'oct-HSM', keySize: "[parameters('size')]" }, API),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "properties.keySize is [parameters('size')]" }],
    },
    {
      name: 'kty an expression with a small keySize: unresolved',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...base, kty: "[parameters('kty')]", keySize: 128 }, API),
        ),
      },
      errors: [{ messageId: 'unresolved', message: 'If it is an oct-HSM key, its keySize 128 is below' }],
    },
    {
      name: 'kty an expression and no keySize: unresolved',
      files: {
        'a.json': withParameters({ kty: 'string' }, key({ ...base, kty: "[parameters('kty')]" }, API)),
      },
      errors: [{ messageId: 'unresolved', message: 'If it is an oct-HSM key, it sets no keySize' }],
    },
    {
      name: "128 as the default of parameter 'keySize'",
      files: { 'a.json': sizeFrom(128) },
      errors: [
        {
          messageId: 'tooSmall',
          parameter: 'keySize',
          line: SIZE_LINE,
          message: `has keySize 128, below the required 256 bits. A key's size is fixed when it is created: create a key with keySize 256 or larger. ${defaultNote('keySize')}`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: 192 over 256',
      files: withParametersFile(sizeFrom(256), { keySize: 192 }),
      paths: ['main.json'],
      errors: [{ messageId: 'tooSmall', file: 'main.json', line: SIZE_LINE, message: 'has keySize 192' }],
    },
  ],
});

describe('key-aes-size options', () => {
  it('accepts the sizes of the Azure Policy parameter only', () => {
    for (const minimumSize of [128, 192, 256, 512])
      expect(validateOptions(rule, [{ minimumSize }])).toBeUndefined();
    for (const minimumSize of [64, 100, 1024]) expect(validateOptions(rule, [{ minimumSize }])).toBeDefined();
  });
});
