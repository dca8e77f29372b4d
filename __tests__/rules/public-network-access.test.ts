import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/public-network-access.js';
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
import { at, bicep, bicepHsm, raw } from './util/bicep.js';
import {
  ADMINS_GROUP,
  azapiHsm,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfHsm,
  tfModule,
  tfPlan,
  tfVariable,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { publicNetworkAccess: _omitted, ...withoutAccess } = COMPLIANT_PROPERTIES;

/** An HSM whose publicNetworkAccess is parameter `access`, with the given default. */
const accessFrom = (access: unknown) =>
  parameterized(
    defaults({ access }),
    hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[parameters('access')]" }),
  );
const ACCESS_LINE = lineOf(accessFrom('Disabled'), '"publicNetworkAccess"');

// Bicep: the same judgements, located at the Bicep property.
const bicepAccess = (access: unknown, declarations = '') =>
  bicep(declarations, bicepHsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: access }));
const BICEP_ENABLED = bicepAccess('Enabled');
const BICEP_FROM_PARAMETER = bicepAccess(raw('access'), 'param access string');

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: Disabled', files: { 'main.bicep': bicepAccess('Disabled') } },
  {
    name: 'Bicep: a .bicepparam file sets Disabled',
    files: {
      'main.bicep': BICEP_FROM_PARAMETER,
      'main.bicepparam': "using './main.bicep'\nparam access = 'Disabled'\n",
    },
  },
  {
    name: 'Bicep: a conditional expression that is Disabled either way',
    files: { 'main.bicep': bicepAccess(raw("prod ? 'Disabled' : 'Disabled'"), 'param prod bool') },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: Enabled, at the property',
    files: { 'main.bicep': BICEP_ENABLED },
    errors: [
      {
        messageId: 'enabled',
        ...at(BICEP_ENABLED, 'publicNetworkAccess:'),
        message: 'publicNetworkAccess is Enabled',
      },
    ],
  },
  {
    name: 'Bicep: omitted, the default is Enabled, at the properties key',
    files: { 'main.bicep': bicep(bicepHsm(withoutAccess)) },
    errors: [{ messageId: 'enabledByDefault', ...at(bicepHsm(withoutAccess), 'properties:') }],
  },
  {
    name: "Bicep: Enabled as the default of parameter 'access'",
    files: { 'main.bicep': bicepAccess(raw('access'), "param access string = 'Enabled'") },
    errors: [{ messageId: 'enabled', parameter: 'access', message: defaultNote('access') }],
  },
  {
    name: 'Bicep: Enabled from the .bicepparam file, scanned with the template',
    files: {
      'main.bicep': BICEP_FROM_PARAMETER,
      'main.bicepparam': "using './main.bicep'\nparam access = 'Enabled'\n",
    },
    errors: [
      { messageId: 'enabled', file: 'main.bicep', ...at(BICEP_FROM_PARAMETER, 'publicNetworkAccess:') },
    ],
  },
  {
    name: 'Bicep: a parameter without a value is unresolved',
    files: { 'main.bicep': BICEP_FROM_PARAMETER },
    errors: [
      {
        messageId: 'unresolved',
        ...at(BICEP_FROM_PARAMETER, 'publicNetworkAccess:'),
        message: "parameter 'access' has no value",
      },
    ],
  },
  {
    name: 'Bicep: inside a conditional module, reported in the module with how it is deployed',
    files: {
      'main.bicep': "param deployHsm bool\nmodule pool './hsm.bicep' = if (deployHsm) {\n  name: 'pool'\n}\n",
      'hsm.bicep': BICEP_ENABLED,
    },
    errors: [
      {
        messageId: 'enabled',
        file: 'hsm.bicep',
        ...at(BICEP_ENABLED, 'publicNetworkAccess:'),
        conditional: true,
        message:
          "(The resource is deployed only when deployHsm.) (Deployed through module 'pool' at main.bicep:2.)",
      },
    ],
  },
];

// ---------------------------------------------------------------- Terraform

const tfAccess = (value: string, ...more: string[]) =>
  tf(ADMINS_GROUP, tfHsm(`  public_network_access_enabled = ${value}\n`), ...more);
const TF_OMITTED = tf(ADMINS_GROUP, tfHsm());
const TF_TRUE = tfAccess('true');
const TF_FROM_VARIABLE = tfAccess('var.public_access', tfVariable('public_access', 'bool', 'true'));
const TF_MODULE = tfModule(
  '  public_access = true\n',
  `${tfVariable('public_access', 'bool', 'false')}\n${tfHsm('  public_network_access_enabled = var.public_access\n', 'hsm', '["22222222-2222-2222-2222-222222222222"]')}`,
);
const AZAPI_OMITTED = tf(azapiHsm());
const PLAN_TRUE = { 'plan.json': tfPlan([planHsmWith({ public_network_access_enabled: true })]) };
const resourceLine = (files: Record<string, string>) =>
  positionOf(files['main.tf'], `resource "${HSM_TYPE}"`);

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: public_network_access_enabled = false', files: tfAccess('false') },
  {
    name: 'Terraform: a variable whose default is false',
    files: tfAccess('var.public_access', tfVariable('public_access', 'bool', 'false')),
  },
  {
    name: 'Terraform: a conditional that is false for the environment given',
    files: tfAccess('var.env == "prod" ? false : true', tfVariable('env', 'string', '"prod"')),
  },
  {
    name: 'azapi: publicNetworkAccess Disabled in the body',
    files: tf(azapiHsm('      publicNetworkAccess   = "Disabled"\n')),
  },
  {
    name: 'plan JSON: public_network_access_enabled false',
    files: { 'plan.json': tfPlan([planHsmWith({ public_network_access_enabled: false })]) },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: public_network_access_enabled omitted, the provider defaults it to true',
    files: TF_OMITTED,
    errors: [
      {
        messageId: 'enabledByDefault',
        ...resourceLine(TF_OMITTED),
        // Named as the author writes it, with the provider's values.
        message:
          'public_network_access_enabled is true (omitted; the azurerm provider defaults public_network_access_enabled to true). Set it to false and',
      },
    ],
  },
  {
    name: 'Terraform: public_network_access_enabled = true, read as Enabled',
    files: TF_TRUE,
    errors: [
      {
        messageId: 'enabled',
        ...positionOf(TF_TRUE['main.tf'], 'public_network_access_enabled'),
        message: '(public_network_access_enabled is true). Set it to false and reach the HSM',
      },
    ],
  },
  {
    name: "Terraform: true as the default of variable 'public_access' names the variable",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'enabled',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'public_network_access_enabled'),
        parameter: 'public_access',
        message: variableNote('public_access'),
      },
    ],
  },
  {
    name: 'Terraform: a variable without a value is unresolved',
    files: tfAccess('var.public_access', tfVariable('public_access', 'bool')),
    errors: [
      {
        messageId: 'unresolved',
        message:
          "public_network_access_enabled is var.public_access, which cannot be evaluated here (variable 'public_access' has no default",
      },
    ],
  },
  {
    name: 'Terraform: true passed to a local module, reported in the module with the call',
    files: TF_MODULE,
    paths: ['.'],
    errors: [
      {
        messageId: 'enabled',
        file: 'modules/hsm/main.tf',
        ...positionOf(TF_MODULE['modules/hsm/main.tf'], 'public_network_access_enabled'),
        message: '(Deployed through module "hsm" at main.tf:1.)',
      },
    ],
  },
  {
    name: 'azapi: publicNetworkAccess omitted, the ARM default (Enabled) applies at the properties',
    files: AZAPI_OMITTED,
    errors: [
      {
        messageId: 'enabledByDefault',
        ...positionOf(AZAPI_OMITTED['main.tf'], 'properties = {'),
        // An azapi body is written with Resource Manager's names.
        message:
          'publicNetworkAccess is Enabled (omitted; Resource Manager defaults publicNetworkAccess to Enabled',
      },
    ],
  },
  {
    name: 'plan JSON: public_network_access_enabled true, located in the plan',
    files: PLAN_TRUE,
    errors: [
      {
        messageId: 'enabled',
        file: 'plan.json',
        ...positionOf(PLAN_TRUE['plan.json'], '"public_network_access_enabled"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...bicepValid,
    ...terraformValid,
    { name: 'Disabled', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    {
      name: 'case-insensitive value',
      files: { 'a.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'disabled' })]) },
    },
    { name: "parameter 'access' defaults to Disabled", files: { 'a.json': accessFrom('Disabled') } },
    {
      name: 'a parameter default through a function: toLower of Disabled',
      files: {
        'a.json': parameterized(
          defaults({ access: 'DISABLED' }),
          hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[toLower(parameters('access'))]" }),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets Disabled over a default of Enabled',
      files: withParametersFile(accessFrom('Enabled'), { access: 'Disabled' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...bicepInvalid,
    ...terraformInvalid,
    {
      name: 'Enabled',
      files: { 'a.json': armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' })]) },
      errors: [{ messageId: 'enabled', line: 21, column: 9, message: 'publicNetworkAccess is Enabled' }],
    },
    {
      name: 'omitted on a current api version: the default is Enabled',
      files: { 'a.json': armTemplate([hsm(withoutAccess)]) },
      errors: [
        {
          messageId: 'enabledByDefault',
          line: 14,
          column: 7,
          message: 'defaults publicNetworkAccess to Enabled',
        },
      ],
    },
    {
      name: 'omitted on api 2021-10-01, which has no default',
      files: { 'a.json': armTemplate([hsm(withoutAccess, { apiVersion: '2021-10-01' })]) },
      errors: [{ messageId: 'notSet', message: 'api version 2021-10-01 defines no default' }],
    },
    {
      name: 'expression: unresolved',
      files: {
        'a.json': armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[variables('access')]" }),
        ]),
      },
      errors: [{ messageId: 'unresolved' }],
    },
    {
      name: 'PascalCase property name',
      files: { 'a.json': armTemplate([hsm({ ...withoutAccess, PublicNetworkAccess: 'Enabled' })]) },
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: "Enabled as the default of parameter 'access'",
      files: { 'a.json': accessFrom('Enabled') },
      errors: [
        {
          messageId: 'enabled',
          parameter: 'access',
          line: ACCESS_LINE,
          message: `publicNetworkAccess is Enabled). Set it to Disabled and reach the HSM through a private endpoint. ${defaultNote('access')}`,
        },
      ],
    },
    {
      name: 'a default reached through a variable still names the parameter',
      files: {
        'a.json': armTemplate(
          [hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: "[variables('access')]" })],
          {
            parameters: defaults({ access: 'Enabled' }),
            variables: { access: "[parameters('access')]" },
          },
        ),
      },
      errors: [{ messageId: 'enabled', parameter: 'access' }],
    },
    {
      name: 'the parameters file beside the template wins over the default: Enabled over Disabled',
      files: withParametersFile(accessFrom('Disabled'), { access: 'Enabled' }),
      paths: ['main.json'],
      errors: [
        {
          messageId: 'enabled',
          file: 'main.json',
          line: ACCESS_LINE,
          message: 'publicNetworkAccess is Enabled',
        },
      ],
    },
    {
      name: 'scanning the template and its parameters file together: the file value is judged once',
      files: withParametersFile(accessFrom('Disabled'), { access: 'Enabled' }),
      errors: [{ messageId: 'enabled', file: 'main.json', line: ACCESS_LINE }],
    },
  ],
});
