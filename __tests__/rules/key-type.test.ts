import { describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-type.js';
import { registry } from '../../rules/index.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { COMPLIANT_KEY, key, literal, nestedKey, withHsm, withParameters } from './util/key-fixtures.js';
import { defaultNote, defaults, hsmWith, lineOf, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';

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

new RuleTester(registry).run(rule, {
  valid: [
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
