import { beforeAll, describe, expect, it } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/soft-delete-retention.js';
import { validateOptions } from '../../src/engine/options.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import {
  defaultNote,
  defaults,
  lineOf,
  parameterized,
  withParametersFile,
  variableNote,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';
import {
  ADMINS_GROUP,
  azapiHsm,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfHsm,
  tfPlan,
  tfVariable,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { softDeleteRetentionInDays: _omitted, ...withoutRetention } = COMPLIANT_PROPERTIES;
const withRetention = (softDeleteRetentionInDays: unknown) =>
  armTemplate([hsm({ ...withoutRetention, softDeleteRetentionInDays })]);

/** An HSM whose softDeleteRetentionInDays is parameter `retention`, with the given default. */
const retentionFrom = (retention: unknown) =>
  parameterized(
    defaults({ retention }),
    hsm({ ...withoutRetention, softDeleteRetentionInDays: "[parameters('retention')]" }),
  );
const RETENTION_LINE = lineOf(retentionFrom(90), '"softDeleteRetentionInDays"');

describe('soft-delete-retention options', () => {
  it('accepts days from 7 to 90', () => {
    expect(validateOptions(rule, [{ minDays: 7, maxDays: 90 }])).toBeUndefined();
    expect(validateOptions(rule, [{ minDays: 90 }])).toBeUndefined();
    expect(validateOptions(rule, [])).toBeUndefined();
  });

  it('rejects out-of-range, fractional and unknown options', () => {
    expect(validateOptions(rule, [{ minDays: 6 }])).toBeDefined();
    expect(validateOptions(rule, [{ maxDays: 91 }])).toBeDefined();
    expect(validateOptions(rule, [{ minDays: 7.5 }])).toBeDefined();
    expect(validateOptions(rule, [{ days: 30 }])?.message).toBe("has an unknown property 'days'");
  });
});

const bicepRetention = (value: unknown, declarations = '') =>
  bicep(declarations, bicepHsm({ ...BICEP_HSM_PROPERTIES, softDeleteRetentionInDays: value }));
const BICEP_TOO_LONG = bicepRetention(120);

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: 90 days', files: { 'main.bicep': bicepRetention(90) } },
  {
    name: 'Bicep: computed 7 days',
    files: { 'main.bicep': bicepRetention(raw('weeks * 7'), 'param weeks int = 1') },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: 120 days is longer than allowed',
    files: { 'main.bicep': BICEP_TOO_LONG },
    errors: [{ messageId: 'tooLong', ...at(BICEP_TOO_LONG, 'softDeleteRetentionInDays:') }],
  },
  {
    name: "Bicep: 3 days as the default of parameter 'days'",
    files: { 'main.bicep': bicepRetention(raw('days'), 'param days int = 3') },
    errors: [{ messageId: 'tooShort', parameter: 'days', message: bicepDefaultNote('days') }],
  },
  {
    name: 'Bicep: a parameter without a value is unresolved',
    files: { 'main.bicep': bicepRetention(raw('days'), 'param days int') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfRetention = (days: string, ...more: string[]) =>
  tf(ADMINS_GROUP, tfHsm(`  soft_delete_retention_days = ${days}\n`), ...more);
const TF_OMITTED = tf(ADMINS_GROUP, tfHsm());
const TF_SHORT = tfRetention('3');
const TF_FROM_VARIABLE = tfRetention('var.retention_days', tfVariable('retention_days', 'number', '30'));
const AZAPI_LONG = tf(azapiHsm('      softDeleteRetentionInDays = 120\n'));
const PLAN_SHORT = { 'plan.json': tfPlan([planHsmWith({ soft_delete_retention_days: 7 })]) };

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: soft_delete_retention_days = 30', files: tfRetention('30') },
  { name: 'Terraform: omitted, the provider defaults it to 90', files: TF_OMITTED },
  {
    name: 'Terraform: omitted, 90 by the provider, meets a strict minimum of 90',
    files: TF_OMITTED,
    options: [{ minDays: 90 }],
  },
  {
    name: 'azapi: softDeleteRetentionInDays omitted (the service keeps 90 days)',
    files: tf(azapiHsm()),
  },
  {
    name: 'plan JSON: 90 days, as the provider plans it when omitted',
    files: { 'plan.json': tfPlan([planHsmWith({ soft_delete_retention_days: 90 })]) },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: soft_delete_retention_days = 3',
    files: TF_SHORT,
    errors: [
      {
        messageId: 'tooShort',
        ...positionOf(TF_SHORT['main.tf'], 'soft_delete_retention_days'),
        message:
          "Managed HSM 'hsm1' keeps deleted HSMs and keys for 3 days, fewer than the required 7 days. Set soft_delete_retention_days to at least 7.",
      },
    ],
  },
  {
    name: 'Terraform: omitted, the provider default of 90 is above a maximum of 60',
    files: TF_OMITTED,
    options: [{ maxDays: 60 }],
    errors: [
      {
        messageId: 'tooLong',
        ...positionOf(TF_OMITTED['main.tf'], `resource "${HSM_TYPE}"`),
        message: '90 days (omitted; the azurerm provider defaults soft_delete_retention_days to 90)',
      },
    ],
  },
  {
    name: "Terraform: 30 as the default of variable 'retention_days', below a strict minimum of 90",
    files: TF_FROM_VARIABLE,
    options: [{ minDays: 90 }],
    errors: [
      {
        messageId: 'tooShort',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'soft_delete_retention_days'),
        parameter: 'retention_days',
        message: variableNote('retention_days'),
      },
    ],
  },
  {
    name: 'azapi: softDeleteRetentionInDays 120 in the body',
    files: AZAPI_LONG,
    errors: [{ messageId: 'tooLong', ...positionOf(AZAPI_LONG['main.tf'], 'softDeleteRetentionInDays') }],
  },
  {
    name: 'plan JSON: 7 days against a strict minimum of 90, located in the plan',
    files: PLAN_SHORT,
    options: [{ minDays: 90 }],
    errors: [
      {
        messageId: 'tooShort',
        file: 'plan.json',
        ...positionOf(PLAN_SHORT['plan.json'], '"soft_delete_retention_days"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: '90 days', files: { 'a.json': withRetention(90) } },
    { name: '7 days, the lower bound', files: { 'a.json': withRetention(7) } },
    {
      name: 'omitted: Resource Manager defaults to 90',
      files: { 'a.json': armTemplate([hsm(withoutRetention)]) },
    },
    { name: 'a numeric string', files: { 'a.json': withRetention('30') } },
    {
      name: 'strict preset: minDays 90 admits 90 and the default',
      files: {
        'a.json': withRetention(90),
        'b.json': armTemplate([hsm(withoutRetention, { name: 'hsm2' })]),
      },
      options: [{ minDays: 90 }],
    },
    {
      name: 'option: a range of 30 to 60',
      files: { 'a.json': withRetention(45) },
      options: [{ minDays: 30, maxDays: 60 }],
    },
    {
      name: 'PascalCase property name',
      files: { 'a.json': armTemplate([hsm({ ...withoutRetention, SoftDeleteRetentionInDays: 60 })]) },
    },
    { name: "parameter 'retention' defaults to 90", files: { 'a.json': retentionFrom(90) } },
    {
      name: 'strict preset: the parameters file sets 90 over a default of 30',
      files: withParametersFile(retentionFrom(30), { retention: 90 }),
      options: [{ minDays: 90 }],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'below the platform minimum',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "softDeleteRetentionInDays": 3
    }
  }]
}`,
      },
      errors: [
        {
          messageId: 'tooShort',
          line: 7,
          column: 7,
          message: "'hsm1' keeps deleted HSMs and keys for 3 days, fewer than the required 7 days",
        },
      ],
    },
    {
      name: 'above the platform maximum',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": { "softDeleteRetentionInDays": 365 }
  }]
}`,
      },
      errors: [
        { messageId: 'tooLong', line: 6, column: 21, message: 'for 365 days, more than the allowed 90 days' },
      ],
    },
    {
      name: 'strict preset: minDays 90 rejects 30',
      files: { 'a.json': withRetention(30) },
      options: [{ minDays: 90 }],
      errors: [{ messageId: 'tooShort', message: 'fewer than the required 90 days' }],
    },
    {
      name: 'option maxDays: the default of 90 is too long, and the message says it is the default',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "enablePurgeProtection": true
    }
  }]
}`,
      },
      options: [{ maxDays: 30 }],
      errors: [
        {
          messageId: 'tooLong',
          line: 6,
          column: 5,
          message:
            'for 90 days (omitted; Resource Manager defaults softDeleteRetentionInDays to 90), more than the allowed 30 days',
        },
      ],
    },
    {
      name: 'minDays above maxDays: nothing can pass, and the message says why',
      files: { 'a.json': withRetention(60) },
      options: [{ minDays: 80, maxDays: 40 }],
      errors: [{ messageId: 'noValidRange', message: 'minDays (80) above maxDays (40)' }],
    },
    {
      name: 'not a whole number',
      files: { 'a.json': withRetention('ninety') },
      errors: [{ messageId: 'notANumber', message: 'to ninety, which is not a whole number' }],
    },
    {
      name: 'a fraction is not a number of days',
      files: { 'a.json': withRetention(30.5) },
      errors: [{ messageId: 'notANumber' }],
    },
    {
      name: 'PascalCase property name',
      files: { 'a.json': armTemplate([hsm({ ...withoutRetention, SoftDeleteRetentionInDays: 120 })]) },
      errors: [{ messageId: 'tooLong' }],
    },
    {
      name: 'an expression: unresolved',
      files: { 'a.json': withRetention("[parameters('retention')]") },
      errors: [
        {
          messageId: 'unresolved',
          message: "properties.softDeleteRetentionInDays is [parameters('retention')]",
        },
      ],
    },
    {
      name: "3 days as the default of parameter 'retention'",
      files: { 'a.json': retentionFrom(3) },
      errors: [
        {
          messageId: 'tooShort',
          parameter: 'retention',
          line: RETENTION_LINE,
          message: `keeps deleted HSMs and keys for 3 days, fewer than the required 7 days. Set softDeleteRetentionInDays to at least 7. ${defaultNote('retention')}`,
        },
      ],
    },
    {
      name: 'strict preset: a default of 30 computed from another parameter default',
      files: {
        'a.json': parameterized(
          defaults({ weeks: 4 }),
          hsm({ ...withoutRetention, softDeleteRetentionInDays: "[add(mul(parameters('weeks'), 7), 2)]" }),
        ),
      },
      options: [{ minDays: 90 }],
      errors: [
        { messageId: 'tooShort', parameter: 'weeks', message: 'for 30 days, fewer than the required 90' },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: 365 over 90',
      files: withParametersFile(retentionFrom(90), { retention: 365 }),
      paths: ['main.json'],
      errors: [
        { messageId: 'tooLong', file: 'main.json', line: RETENTION_LINE, message: 'for 365 days, more than' },
      ],
    },
  ],
});
