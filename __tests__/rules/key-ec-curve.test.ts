import { beforeAll, describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-ec-curve.js';
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
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
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
const ec = (curveName?: unknown, kty: unknown = 'EC-HSM') =>
  withHsm(key(curveName === undefined ? { ...base, kty } : { ...base, kty, curveName }));
const ONLY_384 = [{ allowed: ['P-384', 'P-521'] }];

/** An EC-HSM key whose curveName is parameter `curve`, with the given default. */
const curveFrom = (curve: unknown) =>
  hsmWith(defaults({ curve }), key({ ...base, kty: 'EC-HSM', curveName: "[parameters('curve')]" }));
const CURVE_LINE = lineOf(curveFrom('P-384'), '"curveName"');

const bicepEc = (curveName: unknown, declarations = '') =>
  withBicepKey({ ...BICEP_KEY_PROPERTIES, kty: 'EC-HSM', keySize: raw('null'), curveName }, declarations);
const BICEP_K = bicepEc('P-256K');

const bicepValid: RuleTestCase[] = [{ name: 'Bicep: P-384', files: { 'main.bicep': bicepEc('P-384') } }];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: P-256K outside the allowed list',
    files: { 'main.bicep': BICEP_K },
    options: [{ allowed: ['P-256', 'P-384', 'P-521'] }],
    errors: [{ messageId: 'notAllowed', ...at(BICEP_K, 'curveName:') }],
  },
  {
    name: "Bicep: P-256K as the default of parameter 'curve'",
    files: { 'main.bicep': bicepEc(raw('curve'), "param curve string = 'P-256K'") },
    options: [{ allowed: ['P-384'] }],
    errors: [{ messageId: 'notAllowed', parameter: 'curve', message: bicepDefaultNote('curve') }],
  },
  {
    name: 'Bicep: a curve from a parameter without a value: unresolved',
    files: { 'main.bicep': bicepEc(raw('curve'), 'param curve string') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfCurve = (curve: string, ...more: string[]) =>
  tfWithHsm(
    tfKey({ key_type: '"EC-HSM"', key_size: undefined, curve, key_opts: '["sign", "verify"]' }),
    ...more,
  );
const TF_P256 = tfCurve('"P-256"');
const TF_SECP = tfCurve('"SECP256K1"');
const TF_FROM_VARIABLE = tfCurve('var.curve', tfVariable('curve', 'string', '"P-256K"'));
const PLAN_P256 = {
  'plan.json': tfPlan([
    planHsmWith({}),
    planKey({ key_type: 'EC-HSM', key_size: null, curve: 'P-256', key_opts: ['sign', 'verify'] }),
  ]),
};
const curveAt = (files: Record<string, string>) => positionOf(files['main.tf'], 'curve ');

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: curve P-384', files: tfCurve('"P-384"') },
  { name: 'Terraform: SECP256K1 is P-256K, allowed by default', files: TF_SECP },
  { name: 'Terraform: an RSA key has no curve', files: tfWithHsm(tfKey()), options: ONLY_384 },
  {
    name: 'plan JSON: curve P-521',
    files: {
      'plan.json': tfPlan([
        planHsmWith({}),
        planKey({ key_type: 'EC-HSM', key_size: null, curve: 'P-521', key_opts: ['sign'] }),
      ]),
    },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: curve P-256 when only P-384 and P-521 are allowed',
    files: TF_P256,
    options: ONLY_384,
    errors: [
      {
        messageId: 'notAllowed',
        ...curveAt(TF_P256),
        message:
          "EC key 'app-key' uses curve P-256, which is not an allowed curve (P-384, P-521). A key's curve is fixed when it is created: create a key with an allowed curve.",
      },
    ],
  },
  {
    name: 'Terraform: SECP256K1 is named as P-256K when that is not allowed',
    files: TF_SECP,
    options: [{ allowed: ['P-256', 'P-384'] }],
    errors: [{ messageId: 'notAllowed', ...curveAt(TF_SECP), message: 'curve SECP256K1 (that is, P-256K)' }],
  },
  {
    name: "Terraform: P-256K as the default of variable 'curve'",
    files: TF_FROM_VARIABLE,
    options: ONLY_384,
    errors: [
      {
        messageId: 'notAllowed',
        ...curveAt(TF_FROM_VARIABLE),
        parameter: 'curve',
        message: variableNote('curve'),
      },
    ],
  },
  {
    name: 'plan JSON: curve P-256 when only P-384 and P-521 are allowed, located in the plan',
    files: PLAN_P256,
    options: ONLY_384,
    errors: [
      { messageId: 'notAllowed', file: 'plan.json', ...positionOf(PLAN_P256['plan.json'], '"curve"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'P-384', files: { 'a.json': ec('P-384') } },
    { name: 'every curve is allowed by default: P-256K', files: { 'a.json': ec('P-256K') } },
    { name: 'SECP256K1 is P-256K', files: { 'a.json': ec('SECP256K1') } },
    { name: 'omitted curve is P-256, allowed by default', files: { 'a.json': ec() } },
    { name: 'EC (without -HSM)', files: { 'a.json': ec('P-521', 'EC') } },
    { name: 'nested key', files: { 'a.json': nestedKey({ ...base, kty: 'EC-HSM', curveName: 'P-384' }) } },
    { name: 'RSA keys have no curve', files: { 'a.json': withHsm(key(COMPLIANT_KEY)) }, options: ONLY_384 },
    { name: 'curve names compared case-insensitively', files: { 'a.json': ec('p-384') }, options: ONLY_384 },
    {
      name: 'case-insensitive property names',
      files: { 'a.json': withHsm(key({ Kty: 'ec-hsm', CurveName: 'P-521' })) },
      options: ONLY_384,
    },
    {
      name: 'kty an expression, but the curve is allowed',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...base, kty: "[parameters('kty')]", curveName: 'P-384' }),
        ),
      },
      options: ONLY_384,
    },
    {
      name: 'kty an expression, curve omitted: P-256 is allowed by default',
      files: { 'a.json': withParameters({ kty: 'string' }, key({ ...base, kty: "[parameters('kty')]" })) },
    },
    {
      name: "P-384 as the default of parameter 'curve'",
      files: { 'a.json': curveFrom('P-384') },
      options: ONLY_384,
    },
    {
      name: 'the parameters file beside the template sets P-521 over a default of P-256',
      files: withParametersFile(curveFrom('P-256'), { curve: 'P-521' }),
      paths: ['main.json'],
      options: ONLY_384,
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'P-256 when only P-384 and P-521 are allowed',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "EC-HSM",
      "curveName": "P-256"
    }`),
      },
      options: ONLY_384,
      errors: [
        {
          messageId: 'notAllowed',
          line: 8,
          column: 7,
          message: "EC key 'hsm1/key1' uses curve P-256, which is not an allowed curve (P-384, P-521)",
        },
      ],
    },
    {
      name: 'SECP256K1 is judged as P-256K',
      files: { 'a.json': ec('SECP256K1') },
      options: [{ allowed: ['P-256', 'P-384'] }],
      errors: [{ messageId: 'notAllowed', message: 'uses curve SECP256K1 (that is, P-256K)' }],
    },
    {
      name: 'a curve that does not exist',
      files: { 'a.json': ec('P-192', 'EC') },
      errors: [{ messageId: 'notAllowed', message: 'curve P-192' }],
    },
    {
      name: 'omitted curve is P-256',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "EC"
    }`),
      },
      options: ONLY_384,
      errors: [
        {
          messageId: 'notAllowedByDefault',
          line: 6,
          column: 5,
          message: 'gets curve P-256 (omitted; EC keys default to curve P-256)',
        },
      ],
    },
    {
      name: 'nested key',
      files: { 'a.json': nestedKey({ ...base, kty: 'EC-HSM', curveName: 'P-256K' }) },
      options: ONLY_384,
      errors: [{ messageId: 'notAllowed' }],
    },
    {
      name: 'curve from an expression: unresolved',
      files: {
        'a.json': withParameters(
          { curve: 'string' },
          key({ ...base, kty: 'EC-HSM', curveName: "[parameters('curve')]" }),
        ),
      },
      errors: [{ messageId: 'unresolved', message: "properties.curveName is [parameters('curve')]" }],
    },
    {
      name: 'kty an expression with a curve that is not allowed: unresolved',
      files: {
        'a.json': withParameters(
          { kty: 'string' },
          key({ ...base, kty: "[parameters('kty')]", curveName: 'P-256' }),
        ),
      },
      options: ONLY_384,
      errors: [{ messageId: 'unresolved', message: 'If it is an EC key, its curve is P-256' }],
    },
    {
      name: 'kty an expression, curve omitted, P-256 not allowed: unresolved',
      files: { 'a.json': withParameters({ kty: 'string' }, key({ ...base, kty: "[parameters('kty')]" })) },
      options: ONLY_384,
      errors: [{ messageId: 'unresolved', message: 'If it is an EC key, it gets curve P-256' }],
    },
    {
      name: "P-256K as the default of parameter 'curve'",
      files: { 'a.json': curveFrom('P-256K') },
      options: ONLY_384,
      errors: [
        {
          messageId: 'notAllowed',
          parameter: 'curve',
          line: CURVE_LINE,
          message: `uses curve P-256K, which is not an allowed curve (P-384, P-521). A key's curve is fixed when it is created: create a key with an allowed curveName. ${defaultNote('curve')}`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: P-256 over P-384',
      files: withParametersFile(curveFrom('P-384'), { curve: 'P-256' }),
      paths: ['main.json'],
      options: ONLY_384,
      errors: [
        { messageId: 'notAllowed', file: 'main.json', line: CURVE_LINE, message: 'uses curve P-256,' },
      ],
    },
  ],
});

describe('key-ec-curve options', () => {
  it('accepts a non-empty list of distinct curve names', () => {
    expect(validateOptions(rule, [{ allowed: ['P-384'] }])).toBeUndefined();
    expect(validateOptions(rule, [{ allowed: [] }])).toBeDefined();
    expect(validateOptions(rule, [{ allowed: ['P-384', 'P-384'] }])).toBeDefined();
    expect(validateOptions(rule, [{ allowed: ['SECP256K1'] }])).toBeDefined();
    expect(validateOptions(rule, [{ allowed: 'P-384' }])).toBeDefined();
  });
});
