import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/purge-protection.js';
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
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfHsm,
  tfHsmWithout,
  tfModule,
  tfPlan,
  tfVariable,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { enablePurgeProtection: _omitted, ...withoutPurge } = COMPLIANT_PROPERTIES;

/** An HSM whose enablePurgeProtection is parameter `purge`, with the given default. */
const purgeFrom = (purge: unknown) =>
  parameterized(
    defaults({ purge }),
    hsm({ ...withoutPurge, enablePurgeProtection: "[parameters('purge')]" }),
  );
const PURGE_LINE = lineOf(purgeFrom(true), '"enablePurgeProtection"');

const bicepPurge = (value: unknown, declarations = '') =>
  bicep(declarations, bicepHsm({ ...BICEP_HSM_PROPERTIES, enablePurgeProtection: value }));
const BICEP_PURGE_OFF = bicepPurge(false);
const { enablePurgeProtection: _bicepPurge, ...bicepWithoutPurge } = BICEP_HSM_PROPERTIES;
const BICEP_SOFT_DELETE_OFF = bicep(bicepHsm({ ...BICEP_HSM_PROPERTIES, enableSoftDelete: false }));

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: enablePurgeProtection true', files: { 'main.bicep': bicepPurge(true) } },
  {
    name: 'Bicep: omitted, Resource Manager defaults it to true',
    files: { 'main.bicep': bicepHsm(bicepWithoutPurge) },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: enablePurgeProtection false',
    files: { 'main.bicep': BICEP_PURGE_OFF },
    errors: [{ messageId: 'disabled', ...at(BICEP_PURGE_OFF, 'enablePurgeProtection:') }],
  },
  {
    name: 'Bicep: enableSoftDelete false',
    files: { 'main.bicep': BICEP_SOFT_DELETE_OFF },
    errors: [{ messageId: 'softDeleteDisabled', ...at(BICEP_SOFT_DELETE_OFF, 'enableSoftDelete:') }],
  },
  {
    name: "Bicep: false as the default of parameter 'purge'",
    files: { 'main.bicep': bicepPurge(raw('purge'), 'param purge bool = false') },
    errors: [{ messageId: 'disabled', parameter: 'purge', message: bicepDefaultNote('purge') }],
  },
  {
    name: 'Bicep: a parameter without a value is unresolved',
    files: { 'main.bicep': bicepPurge(raw('purge'), 'param purge bool') },
    errors: [{ messageId: 'unresolved', message: "parameter 'purge' has no value" }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfPurge = (value: string, ...more: string[]) =>
  tf(
    ADMINS_GROUP,
    tfHsmWithout('purge_protection_enabled', `  purge_protection_enabled = ${value}\n`),
    ...more,
  );
const TF_OMITTED = tf(ADMINS_GROUP, tfHsmWithout('purge_protection_enabled'));
const TF_FALSE = tfPurge('false');
const TF_FROM_VARIABLE = tfPurge('var.purge', tfVariable('purge', 'bool', 'false'));
const TF_MODULE = tfModule(
  '  purge  = false\n',
  `${tfVariable('purge', 'bool', 'true')}\n${tfHsmWithout('purge_protection_enabled', '  purge_protection_enabled = var.purge\n', 'hsm', '["22222222-2222-2222-2222-222222222222"]')}`,
);
const AZAPI_FALSE = tf(azapiHsm('      enablePurgeProtection = false\n'));
const PLAN_FALSE = { 'plan.json': tfPlan([planHsmWith({ purge_protection_enabled: false })]) };

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: purge_protection_enabled = true', files: tf(ADMINS_GROUP, tfHsm()) },
  {
    name: 'Terraform: a variable whose default is true',
    files: tfPurge('var.purge', tfVariable('purge', 'bool', 'true')),
  },
  {
    name: 'Terraform: terraform.tfvars sets true over a default of false',
    files: { ...TF_FROM_VARIABLE, 'terraform.tfvars': 'purge = true\n' },
    paths: ['.'],
  },
  {
    name: 'azapi: enablePurgeProtection omitted, Resource Manager defaults it to true (ARM defaults apply)',
    files: tf(azapiHsm()),
  },
  { name: 'plan JSON: purge_protection_enabled true', files: { 'plan.json': tfPlan([planHsmWith({})]) } },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: purge_protection_enabled omitted, the provider sends false (unlike ARM)',
    files: TF_OMITTED,
    errors: [
      {
        messageId: 'disabled',
        ...positionOf(TF_OMITTED['main.tf'], 'resource "azurerm_key_vault_managed_hardware_security_module"'),
        message: 'purge_protection_enabled is false: omitted; the azurerm provider sends false',
      },
    ],
  },
  {
    name: 'Terraform: purge_protection_enabled = false',
    files: TF_FALSE,
    errors: [
      {
        messageId: 'disabled',
        ...positionOf(TF_FALSE['main.tf'], 'purge_protection_enabled'),
        message: "Managed HSM 'hsm1' has purge protection disabled (purge_protection_enabled is false)",
      },
    ],
  },
  {
    name: "Terraform: false as the default of variable 'purge'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'disabled',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'purge_protection_enabled'),
        parameter: 'purge',
        message: variableNote('purge'),
      },
    ],
  },
  {
    name: 'Terraform: a variable without a value is unresolved',
    files: tfPurge('var.purge', tfVariable('purge', 'bool')),
    errors: [{ messageId: 'unresolved', message: "variable 'purge' has no default" }],
  },
  {
    name: 'Terraform: false passed to a local module, reported in the module with the call',
    files: TF_MODULE,
    paths: ['.'],
    errors: [
      {
        messageId: 'disabled',
        file: 'modules/hsm/main.tf',
        ...positionOf(TF_MODULE['modules/hsm/main.tf'], 'purge_protection_enabled'),
        message: '(Deployed through module "hsm" at main.tf:1.)',
      },
    ],
  },
  {
    name: 'azapi: enablePurgeProtection false in the body',
    files: AZAPI_FALSE,
    errors: [
      { messageId: 'disabled', ...positionOf(AZAPI_FALSE['main.tf'], 'enablePurgeProtection = false') },
    ],
  },
  {
    name: 'plan JSON: purge_protection_enabled false, located in the plan',
    files: PLAN_FALSE,
    errors: [
      {
        messageId: 'disabled',
        file: 'plan.json',
        ...positionOf(PLAN_FALSE['plan.json'], '"purge_protection_enabled"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    ...terraformValid,
    { name: 'explicitly enabled', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    { name: 'omitted: ARM defaults it to true', files: { 'a.json': armTemplate([hsm(withoutPurge)]) } },
    {
      name: 'string "true"',
      files: { 'a.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: 'true' })]) },
    },
    {
      name: 'other resource types are not judged',
      files: {
        'a.json': armTemplate([
          {
            type: 'Microsoft.KeyVault/vaults',
            apiVersion: '2023-07-01',
            name: 'v',
            properties: { enablePurgeProtection: false },
          },
        ]),
      },
    },
    {
      name: 'a referenced (existing) HSM is not judged',
      files: {
        'a.json': armTemplate([{ ...hsm({ enablePurgeProtection: false }), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'a resource whose condition is literally false is not deployed',
      files: { 'a.json': armTemplate([{ ...hsm({ enablePurgeProtection: false }), condition: false }]) },
    },
    { name: "parameter 'purge' defaults to true", files: { 'a.json': purgeFrom(true) } },
    {
      name: 'the parameters file beside the template sets true over a default of false',
      files: withParametersFile(purgeFrom(false), { purge: true }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    ...terraformInvalid,
    {
      name: 'explicitly disabled',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "enablePurgeProtection": false
    }
  }]
}`,
      },
      errors: [{ messageId: 'disabled', line: 7, column: 7, message: "'hsm1'" }],
    },
    {
      name: 'PascalCase property name (older templates)',
      files: { 'a.json': armTemplate([hsm({ EnablePurgeProtection: false })]) },
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'soft delete turned off as well',
      files: { 'a.json': armTemplate([hsm({ enableSoftDelete: false, enablePurgeProtection: false })]) },
      errors: [{ messageId: 'softDeleteDisabled' }, { messageId: 'disabled' }],
    },
    {
      name: 'an expression cannot be verified: unresolved, never a pass',
      files: { 'a.json': armTemplate([hsm({ enablePurgeProtection: "[parameters('purge')]" })]) },
      errors: [{ messageId: 'unresolved', message: "[parameters('purge')]" }],
    },
    {
      name: 'a conditional HSM is checked and the finding says so',
      files: {
        'a.json': armTemplate([
          { ...hsm({ enablePurgeProtection: false }), condition: "[parameters('deployHsm')]" },
        ]),
      },
      errors: [
        { messageId: 'disabled', conditional: true, message: "deployed only when [parameters('deployHsm')]" },
      ],
    },
    {
      name: 'nested in a child resources array of something else',
      files: {
        'a.json': armTemplate([
          {
            type: 'Microsoft.Resources/resourceGroups',
            apiVersion: '2022-09-01',
            name: 'rg',
            resources: [{ ...hsm({ enablePurgeProtection: false }), type: 'Microsoft.KeyVault/managedHSMs' }],
          },
        ]),
      },
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: "false as the default of parameter 'purge'",
      files: { 'a.json': purgeFrom(false) },
      errors: [
        {
          messageId: 'disabled',
          parameter: 'purge',
          line: PURGE_LINE,
          message: `enablePurgeProtection is false). A deleted HSM and its keys can then be purged before the retention period ends. Purge protection can only be turned on when the HSM is created. ${defaultNote('purge')}`,
        },
      ],
    },
    {
      name: "soft delete turned off by the default of parameter 'softDelete'",
      files: {
        'a.json': parameterized(
          defaults({ softDelete: false }),
          hsm({ ...COMPLIANT_PROPERTIES, enableSoftDelete: "[parameters('softDelete')]" }),
        ),
      },
      errors: [{ messageId: 'softDeleteDisabled', parameter: 'softDelete' }],
    },
    {
      name: 'the parameters file beside the template wins over the default: false over true',
      files: withParametersFile(purgeFrom(true), { purge: false }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'disabled',
          file: 'main.json',
          line: PURGE_LINE,
          message: 'enablePurgeProtection is false',
        },
      ],
    },
  ],
});
