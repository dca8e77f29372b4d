import { beforeAll, describe, expect, it } from '@jest/globals';
import rule from '../../rules/key-expiry-window.js';
import { registry } from '../../rules/index.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
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
import { at, bicepDefaultNote, BICEP_KEY_PROPERTIES, raw, withBicepKey } from './util/bicep.js';
import {
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

const { attributes: _omitted, ...withoutAttributes } = COMPLIANT_KEY;
const expiring = (exp: unknown) => withHsm(key({ ...withoutAttributes, attributes: { exp } }));

// The RuleTester's clock is 2026-01-01T00:00:00Z unless a case sets `now`.
const APRIL_1_2026 = 1775001600; // exactly 90 days later
const MARCH_1_2026 = 1772323200; // 59 days later
const DECEMBER_1_2025 = 1764547200;

/** A key whose attributes.exp is parameter `keyExpiry`, with the given default. */
const expiryFrom = (keyExpiry: unknown) =>
  hsmWith(
    defaults({ keyExpiry }),
    key({ ...withoutAttributes, attributes: { exp: "[parameters('keyExpiry')]" } }),
  );
const EXP_LINE = lineOf(expiryFrom(EXP_2027), '"exp"');

const BICEP_SOON = withBicepKey({ ...BICEP_KEY_PROPERTIES, attributes: { exp: 1769904000 } });

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: a year ahead', files: { 'main.bicep': withBicepKey(BICEP_KEY_PROPERTIES) } },
  {
    name: 'Bicep: computed with dateTimeAdd from a fixed date',
    files: {
      'main.bicep': withBicepKey({
        ...BICEP_KEY_PROPERTIES,
        attributes: { exp: raw("dateTimeToEpoch(dateTimeAdd('2026-01-01T00:00:00Z', 'P2Y'))") },
      }),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: expires in a month',
    files: { 'main.bicep': BICEP_SOON },
    errors: [{ messageId: 'tooSoon', ...at(BICEP_SOON, 'exp:') }],
  },
  {
    name: "Bicep: already expired, as the default of parameter 'expiry'",
    files: {
      'main.bicep': withBicepKey(
        { ...BICEP_KEY_PROPERTIES, attributes: { exp: raw('expiry') } },
        'param expiry int = 1700000000',
      ),
    },
    errors: [{ messageId: 'expired', parameter: 'expiry', message: bicepDefaultNote('expiry') }],
  },
  {
    name: 'Bicep: exp from utcNow() is unresolved',
    files: {
      'main.bicep': withBicepKey(
        { ...BICEP_KEY_PROPERTIES, attributes: { exp: raw("dateTimeToEpoch(dateTimeAdd(now, 'P1Y'))") } },
        'param now string',
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfExpiring = (date: string) => tfWithHsm(tfKey({ expiration_date: date }));
const TF_SOON = tfExpiring('"2026-02-01T00:00:00Z"');
const TF_EXPIRED = tfExpiring('"2027-01-01T00:00:00Z"');
const TF_NOT_A_DATE = tfExpiring('"2027-13-01T00:00:00Z"');
const TF_THIRTY_DAYS = tfExpiring('timeadd(timestamp(), "720h")');
const PLAN_SOON = {
  'plan.json': tfPlan([planHsmWith({}), planKey({ expiration_date: '2026-03-01T00:00:00Z' })]),
};
const expiryAt = (files: Record<string, string>) => positionOf(files['main.tf'], 'expiration_date');

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: expiration_date a year after the scan', files: tfExpiring('"2027-01-01T00:00:00Z"') },
  {
    name: 'Terraform: 213 days ahead of the tester clock',
    files: tfExpiring('"2026-12-31T00:00:00Z"'),
    now: new Date('2026-06-01T00:00:00Z'),
  },
  {
    name: 'Terraform: timeadd(timestamp(), "8760h") is a year after the scan time',
    files: tfExpiring('timeadd(timestamp(), "8760h")'),
  },
  {
    name: 'Terraform: a date with an offset, 90 days ahead in UTC',
    files: tfExpiring('"2026-04-01T02:00:00+02:00"'),
  },
  { name: 'Terraform: no expiration_date is the finding of key-expiration', files: tfExpiring('null') },
  { name: 'plan JSON: a year ahead', files: { 'plan.json': tfPlan([planHsmWith({}), planKey({})]) } },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: 31 days ahead',
    files: TF_SOON,
    errors: [
      {
        messageId: 'tooSoon',
        ...expiryAt(TF_SOON),
        message: "Key 'app-key' expires at 2026-02-01T00:00:00Z, 31 days after 2026-01-01T00:00:00Z",
      },
    ],
  },
  {
    name: 'Terraform: expired before the tester clock',
    files: TF_EXPIRED,
    now: new Date('2027-06-01T00:00:00Z'),
    errors: [
      {
        messageId: 'expired',
        ...expiryAt(TF_EXPIRED),
        message:
          "Key 'app-key' expired at 2027-01-01T00:00:00Z (expiration_date is 2027-01-01T00:00:00Z), before 2027-06-01T00:00:00Z. An expired key can no longer encrypt, sign or wrap; set a future expiration_date or rotate the key.",
      },
    ],
  },
  {
    name: 'Terraform: timeadd(timestamp(), "720h") is 30 days after the scan time',
    files: TF_THIRTY_DAYS,
    now: new Date('2026-05-10T12:00:00Z'),
    errors: [
      { messageId: 'tooSoon', ...expiryAt(TF_THIRTY_DAYS), message: '30 days after 2026-05-10T12:00:00Z' },
    ],
  },
  {
    name: 'Terraform: an expiration_date that is not RFC 3339',
    files: TF_NOT_A_DATE,
    errors: [
      {
        messageId: 'invalid',
        ...expiryAt(TF_NOT_A_DATE),
        message: 'Write it as an RFC 3339 time (for example 2027-01-01T00:00:00Z).',
      },
    ],
  },
  {
    name: 'plan JSON: 59 days ahead, located in the plan',
    files: PLAN_SOON,
    errors: [
      { messageId: 'tooSoon', file: 'plan.json', ...positionOf(PLAN_SOON['plan.json'], '"expiration_date"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'a year ahead', files: { 'a.json': expiring(EXP_2027) } },
    { name: 'exactly 90 days ahead', files: { 'a.json': expiring(APRIL_1_2026) } },
    { name: 'nested key', files: { 'a.json': nestedKey(COMPLIANT_KEY) } },
    { name: 'no expiry: key-expiration reports that', files: { 'a.json': withHsm(key(withoutAttributes)) } },
    { name: 'exp null: key-expiration reports that', files: { 'a.json': expiring(null) } },
    { name: 'epoch seconds written as a string', files: { 'a.json': expiring(String(EXP_2027)) } },
    {
      name: 'an RFC 3339 timestamp (as Terraform writes it)',
      files: { 'a.json': expiring('2027-01-01T00:00:00Z') },
    },
    {
      name: 'case-insensitive property names',
      files: { 'a.json': withHsm(key({ ...withoutAttributes, ATTRIBUTES: { EXP: EXP_2027 } })) },
    },
    {
      name: 'minDays option: 30 days is enough',
      files: { 'a.json': expiring(MARCH_1_2026) },
      options: [{ minDays: 30 }],
    },
    {
      name: 'judged against the injected clock',
      files: { 'a.json': expiring(MARCH_1_2026) },
      now: new Date('2025-11-01T00:00:00Z'),
    },
    {
      name: "a year ahead as the default of parameter 'keyExpiry'",
      files: { 'a.json': expiryFrom(EXP_2027) },
    },
    {
      name: "a year from the deployment time: a default of parameter 'keyExpiry' built with utcNow()",
      files: { 'a.json': expiryFrom("[dateTimeToEpoch(dateTimeAdd(utcNow(), 'P1Y'))]") },
    },
    {
      name: 'the parameters file beside the template sets a year ahead over a default 59 days ahead',
      files: withParametersFile(expiryFrom(MARCH_1_2026), { keyExpiry: EXP_2027 }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: '59 days ahead, 90 required',
      files: {
        'a.json': literal(`    "properties": {
      "kty": "EC-HSM",
      "attributes": { "exp": 1772323200 }
    }`),
      },
      errors: [
        {
          messageId: 'tooSoon',
          line: 8,
          column: 23,
          message: "Key 'hsm1/key1' expires at 2026-03-01T00:00:00Z, 59 days after 2026-01-01T00:00:00Z",
        },
      ],
    },
    {
      name: 'one second short of 90 days',
      files: { 'a.json': expiring(APRIL_1_2026 - 1) },
      errors: [{ messageId: 'tooSoon', message: '89 days' }],
    },
    {
      name: 'minDays option raises the bar',
      files: { 'a.json': expiring(EXP_2027) },
      options: [{ minDays: 400 }],
      errors: [{ messageId: 'tooSoon', message: 'at least 400 days' }],
    },
    {
      name: 'already expired',
      files: {
        'a.json': literal(`    "properties": {
      "attributes": {
        "exp": 1764547200
      }
    }`),
      },
      errors: [{ messageId: 'expired', line: 8, column: 9, message: 'expired at 2025-12-01T00:00:00Z' }],
    },
    {
      name: 'expiring exactly now counts as expired',
      files: { 'a.json': expiring(DECEMBER_1_2025) },
      now: new Date('2025-12-01T00:00:00Z'),
      errors: [{ messageId: 'expired' }],
    },
    {
      name: 'nested key expiring soon',
      files: { 'a.json': nestedKey({ ...withoutAttributes, attributes: { exp: MARCH_1_2026 } }) },
      errors: [{ messageId: 'tooSoon' }],
    },
    {
      name: 'an RFC 3339 timestamp in the past',
      files: { 'a.json': expiring('2025-06-30T12:00:00+02:00') },
      errors: [{ messageId: 'expired', message: '2025-06-30T10:00:00Z' }],
    },
    {
      name: 'not a time at all',
      files: { 'a.json': expiring('next year') },
      errors: [{ messageId: 'invalid', message: 'attributes.exp next year' }],
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
      name: "already expired: the default of parameter 'keyExpiry'",
      files: { 'a.json': expiryFrom(DECEMBER_1_2025) },
      errors: [
        {
          messageId: 'expired',
          parameter: 'keyExpiry',
          line: EXP_LINE,
          message: `expired at 2025-12-01T00:00:00Z (attributes.exp is 1764547200), before 2026-01-01T00:00:00Z. An expired key can no longer encrypt, sign or wrap; set a future attributes.exp or rotate the key. ${defaultNote('keyExpiry')}`,
        },
      ],
    },
    {
      name: "30 days from the deployment time: a default of parameter 'keyExpiry' built with utcNow()",
      files: { 'a.json': expiryFrom("[dateTimeToEpoch(dateTimeAdd(utcNow(), 'P30D'))]") },
      errors: [
        {
          messageId: 'tooSoon',
          parameter: 'keyExpiry',
          message: 'expires at 2026-01-31T00:00:00Z, 30 days after 2026-01-01T00:00:00Z',
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: 59 days ahead over a year',
      files: withParametersFile(expiryFrom(EXP_2027), { keyExpiry: MARCH_1_2026 }),
      paths: ['main.json'],
      errors: [{ messageId: 'tooSoon', file: 'main.json', line: EXP_LINE, message: '59 days after' }],
    },
  ],
});

describe('key-expiry-window options', () => {
  it('accepts minDays from 1 to 3650', () => {
    expect(validateOptions(rule, [{ minDays: 1 }])).toBeUndefined();
    expect(validateOptions(rule, [{ minDays: 3650 }])).toBeUndefined();
  });
  it('rejects out-of-bounds, fractional and unknown options', () => {
    expect(validateOptions(rule, [{ minDays: 0 }])).toBeDefined();
    expect(validateOptions(rule, [{ minDays: 3651 }])).toBeDefined();
    expect(validateOptions(rule, [{ minDays: 1.5 }])).toBeDefined();
    expect(validateOptions(rule, [{ days: 30 }])).toBeDefined();
  });
});
