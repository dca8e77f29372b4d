import { beforeAll, describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-rsa-size.js';
import { registry } from '../../rules/index.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import {
  defaultNote,
  defaults,
  hsmWith,
  lineOf,
  withParametersFile,
  variableNote,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
  azapiHsm,
  azapiKey,
  loadTerraform,
  planHsmWith,
  planKey,
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

const { keySize: _omitted, ...withoutSize } = COMPLIANT_KEY;
const sized = (kty: unknown, keySize?: unknown) =>
  withHsm(key(keySize === undefined ? { ...withoutSize, kty } : { ...withoutSize, kty, keySize }));
const STRICT = [{ minimumSize: 3072 }];

/** An RSA-HSM key whose keySize is parameter `keySize`, with the given default. */
const sizeFrom = (keySize: unknown) =>
  hsmWith(defaults({ keySize }), key({ ...withoutSize, kty: 'RSA-HSM', keySize: "[parameters('keySize')]" }));
const SIZE_LINE = lineOf(sizeFrom(3072), '"keySize": "[parameters');

const BICEP_SMALL = withBicepKey({ ...BICEP_KEY_PROPERTIES, keySize: 1024 });
const { keySize: _bicepSize, ...bicepNoSize } = BICEP_KEY_PROPERTIES;

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: 3072 bits', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
  { name: 'Bicep: omitted, 2048 by default', files: { 'main.bicep': withBicepKey(bicepNoSize) } },
  {
    name: 'Bicep: keys from a loop over sizes',
    files: {
      'main.bicep': bicep(
        withBicepKey(BICEP_KEY_PROPERTIES),
        "resource more 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = [for size in [2048, 4096]: {\n  parent: hsm\n  name: 'rsa-${size}'\n  properties: { kty: 'RSA-HSM', keySize: size }\n}]",
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: 1024 bits',
    files: { 'main.bicep': BICEP_SMALL },
    errors: [{ messageId: 'tooSmall', ...at(BICEP_SMALL, 'keySize:') }],
  },
  {
    name: 'Bicep: omitted, 2048 by default, below a minimum of 3072',
    files: { 'main.bicep': withBicepKey(bicepNoSize) },
    options: [{ minimumSize: 3072 }],
    errors: [{ messageId: 'tooSmallByDefault' }],
  },
  {
    name: "Bicep: 1024 as the default of parameter 'size'",
    files: {
      'main.bicep': withBicepKey({ ...BICEP_KEY_PROPERTIES, keySize: raw('size') }, 'param size int = 1024'),
    },
    errors: [{ messageId: 'tooSmall', parameter: 'size', message: bicepDefaultNote('size') }],
  },
  {
    name: 'Bicep: one element of a loop is too small',
    files: {
      'main.bicep': bicep(
        withBicepKey(BICEP_KEY_PROPERTIES),
        "resource more 'Microsoft.KeyVault/managedHSMs/keys@2025-05-01' = [for size in [1024, 4096]: {\n  parent: hsm\n  name: 'rsa-${size}'\n  properties: { kty: 'RSA-HSM', keySize: size }\n}]",
      ),
    },
    errors: [{ messageId: 'tooSmall', message: "RSA key 'hsm1/rsa-1024'" }],
  },
  {
    name: 'Bicep: a size from a parameter without a value: unresolved',
    files: {
      'main.bicep': withBicepKey({ ...BICEP_KEY_PROPERTIES, keySize: raw('size') }, 'param size int'),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfSized = (size: string, ...more: string[]) => tfWithHsm(tfKey({ key_size: size }), ...more);
const TF_1024 = tfSized('1024');
const TF_2048 = tfSized('2048');
const TF_FROM_VARIABLE = tfSized('var.key_size', tfVariable('key_size', 'number', '1024'));
const TF_FOR_EACH = tfWithHsm(
  tfKey(
    { name: 'each.key', key_size: 'each.value' },
    { first: '  for_each        = { small = 1024, large = 4096 }' },
  ),
);
const AZAPI_1024 = tf(azapiHsm(), azapiKey('      kty     = "RSA-HSM"\n      keySize = 1024\n'));
const PLAN_1024 = { 'plan.json': tfPlan([planHsmWith({}), planKey({ key_size: 1024 })]) };
const sizeAt = (files: Record<string, string>) => {
  const { line, column } = positionOf(files['main.tf'], '  key_size ');
  return { line, column: column + 2 };
};

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: key_size 3072', files: tfSized('3072') },
  { name: 'Terraform: key_size 2048 under the default minimum', files: TF_2048 },
  {
    name: 'Terraform: an EC key with a curve has no RSA size',
    files: tfWithHsm(tfKey({ key_type: '"EC-HSM"', key_size: undefined, curve: '"P-384"' })),
  },
  {
    name: 'Terraform: for_each over sizes that all meet the minimum',
    files: tfWithHsm(
      tfKey(
        { name: 'each.key', key_size: 'each.value' },
        { first: '  for_each        = { a = 2048, b = 4096 }' },
      ),
    ),
  },
  {
    name: 'azapi: keySize 4096 in the key body',
    files: tf(azapiHsm(), azapiKey('      kty     = "RSA-HSM"\n      keySize = 4096\n')),
  },
  {
    name: 'plan JSON: key_size 4096',
    files: { 'plan.json': tfPlan([planHsmWith({}), planKey({ key_size: 4096 })]) },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: key_size 1024 (bits, although the provider documentation says bytes)',
    files: TF_1024,
    errors: [
      {
        messageId: 'tooSmall',
        ...sizeAt(TF_1024),
        message: "RSA key 'app-key' has key_size 1024, below the required 2048 bits",
      },
    ],
  },
  {
    name: 'Terraform: key_size 2048 under a strict minimum of 3072',
    files: TF_2048,
    options: STRICT,
    errors: [{ messageId: 'tooSmall', ...sizeAt(TF_2048), message: 'below the required 3072 bits' }],
  },
  {
    name: "Terraform: 1024 as the default of variable 'key_size'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'tooSmall',
        ...sizeAt(TF_FROM_VARIABLE),
        parameter: 'key_size',
        message: variableNote('key_size'),
      },
    ],
  },
  {
    name: 'Terraform: for_each over sizes, the small instance is reported',
    files: TF_FOR_EACH,
    errors: [{ messageId: 'tooSmall', ...sizeAt(TF_FOR_EACH), message: "RSA key 'small'" }],
  },
  {
    name: 'azapi: keySize 1024 in the key body',
    files: AZAPI_1024,
    errors: [{ messageId: 'tooSmall', ...positionOf(AZAPI_1024['main.tf'], 'keySize') }],
  },
  {
    name: 'plan JSON: key_size 1024, located in the plan',
    files: PLAN_1024,
    errors: [
      { messageId: 'tooSmall', file: 'plan.json', ...positionOf(PLAN_1024['plan.json'], '"key_size"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'RSA-HSM 3072', files: { 'a.json': withHsm(key(COMPLIANT_KEY)) } },
    { name: 'RSA 2048 meets the default minimum', files: { 'a.json': sized('RSA', 2048) } },
    { name: 'omitted keySize defaults to 2048', files: { 'a.json': sized('RSA-HSM') } },
    { name: 'nested key', files: { 'a.json': nestedKey({ ...withoutSize, keySize: 4096 }) } },
    { name: 'EC keys are not RSA keys', files: { 'a.json': sized('EC-HSM') } },
    { name: 'oct-HSM keys are not RSA keys', files: { 'a.json': sized('oct-HSM', 256) } },
    { name: 'a key without kty is key-type’s concern', files: { 'a.json': withHsm(key({ keySize: 1024 })) } },
    { name: 'keySize written as a string', files: { 'a.json': sized('RSA-HSM', '3072') } },
    {
      name: 'case-insensitive names and type',
      files: { 'a.json': withHsm(key({ KTY: 'rsa-hsm', KeySize: 2048 })) },
    },
    { name: 'minimumSize 3072 with 4096', files: { 'a.json': sized('RSA-HSM', 4096) }, options: STRICT },
    {
      name: 'kty an expression, but keySize is large enough for any RSA key',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...withoutSize, kty: "[parameters('kty')]", keySize: 4096 }),
        ),
      },
      options: STRICT,
    },
    {
      name: 'kty an expression, keySize omitted: an RSA key would get 2048, which the default minimum accepts',
      files: {
        'a.json': withParameters({ kty: 'string' }, key({ ...withoutSize, kty: "[parameters('kty')]" })),
      },
    },
    {
      name: 'kty an expression: a key exchange key (keyOps import) would get 4096 bits',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...withoutSize, kty: "[parameters('kty')]", keyOps: ['import'] }),
        ),
      },
      options: STRICT,
    },
    {
      name: "3072 as the default of parameter 'keySize'",
      files: { 'a.json': sizeFrom(3072) },
      options: STRICT,
    },
    {
      name: 'the parameters file beside the template sets 4096 over a default of 1024',
      files: withParametersFile(sizeFrom(1024), { keySize: 4096 }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'RSA-HSM 1024',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA-HSM",
      "keySize": 1024
    }`),
      },
      errors: [
        {
          messageId: 'tooSmall',
          line: 8,
          column: 7,
          message: "RSA key 'hsm1/key1' has keySize 1024, below the required 2048 bits",
        },
      ],
    },
    {
      name: 'RSA (without -HSM) is judged too',
      files: { 'a.json': sized('RSA', 2048) },
      options: [{ minimumSize: 4096 }],
      errors: [{ messageId: 'tooSmall', message: 'required 4096 bits' }],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...withoutSize, keySize: 1024 }) },
      errors: [{ messageId: 'tooSmall' }],
    },
    {
      name: 'a non-numeric keySize does not meet the minimum',
      files: { 'a.json': sized('RSA-HSM', 'large') },
      errors: [{ messageId: 'tooSmall', message: 'keySize large' }],
    },
    {
      name: 'omitted keySize is 2048, below a 3072 minimum',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "RSA"
    }`),
      },
      options: STRICT,
      errors: [
        {
          messageId: 'tooSmallByDefault',
          line: 6,
          column: 5,
          message: 'gets 2048 bits (omitted; RSA keys default to 2048 bits), below the required 3072 bits',
        },
      ],
    },
    {
      name: 'keySize from an expression: unresolved',
      files: {
        'a.json': withParameters({ size: 'int' }, key({ ...withoutSize, keySize: "[parameters('size')]" })),
      },
      errors: [{ messageId: 'unresolved', message: "properties.keySize is [parameters('size')]" }],
    },
    {
      name: 'kty from an expression with a small keySize: unresolved',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...withoutSize, kty: "[parameters('kty')]", keySize: 1024 }),
        ),
      },
      errors: [
        {
          messageId: 'unresolved',
          message: 'If it is an RSA key, its keySize 1024 is below the required 2048 bits.',
        },
      ],
    },
    {
      name: 'kty from an expression, keySize omitted, minimum 3072: unresolved',
      files: {
        'a.json': withParameters({ kty: 'string' }, key({ ...withoutSize, kty: "[parameters('kty')]" })),
      },
      options: STRICT,
      errors: [{ messageId: 'unresolved', message: 'If it is an RSA key, its size of 2048 bits' }],
    },
    {
      name: 'kty and keyOps from expressions, keySize omitted, minimum 3072: unresolved on keyOps',
      files: {
        'a.json': withParameters(
          { kty: 'string', ops: 'array' },
          key({ ...withoutSize, kty: "[parameters('kty')]", keyOps: "[parameters('ops')]" }),
        ),
      },
      options: STRICT,
      errors: [{ messageId: 'unresolved', message: "properties.keyOps is [parameters('ops')]" }],
    },
    {
      name: "1024 as the default of parameter 'keySize'",
      files: { 'a.json': sizeFrom(1024) },
      errors: [
        {
          messageId: 'tooSmall',
          parameter: 'keySize',
          line: SIZE_LINE,
          message: `has keySize 1024, below the required 2048 bits. A key's size is fixed when it is created: create a key with keySize 2048 or larger. ${defaultNote('keySize')}`,
        },
      ],
    },
    {
      name: "a size computed from the default of parameter 'keyBytes'",
      files: {
        'a.json': hsmWith(
          defaults({ keyBytes: 256 }),
          key({ ...withoutSize, kty: 'RSA-HSM', keySize: "[mul(parameters('keyBytes'), 8)]" }),
        ),
      },
      options: STRICT,
      errors: [
        {
          messageId: 'tooSmall',
          parameter: 'keyBytes',
          message: 'has keySize 2048, below the required 3072',
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: 2048 over 4096',
      files: withParametersFile(sizeFrom(4096), { keySize: 2048 }),
      paths: ['main.json'],
      options: STRICT,
      errors: [{ messageId: 'tooSmall', file: 'main.json', line: SIZE_LINE, message: 'has keySize 2048' }],
    },
  ],
});

describe('key-rsa-size options', () => {
  it('accepts the sizes of the Azure Policy parameter only', () => {
    for (const minimumSize of [2048, 3072, 4096])
      expect(validateOptions(rule, [{ minimumSize }])).toBeUndefined();
    for (const minimumSize of [1024, 2000, 8192, '3072'])
      expect(validateOptions(rule, [{ minimumSize }])).toBeDefined();
  });
});
