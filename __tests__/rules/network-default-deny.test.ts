import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/network-default-deny.js';
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

const { networkAcls: _omitted, ...withoutAcls } = COMPLIANT_PROPERTIES;

/** An HSM whose networkAcls.defaultAction is parameter `defaultAction`, with the given default. */
const actionFrom = (defaultAction: unknown) =>
  parameterized(
    defaults({ defaultAction }),
    hsm({
      ...withoutAcls,
      networkAcls: { bypass: 'AzureServices', defaultAction: "[parameters('defaultAction')]" },
    }),
  );
const ACTION_LINE = lineOf(actionFrom('Deny'), '"defaultAction": "[parameters');

const bicepAction = (value: unknown, declarations = '') =>
  bicep(
    declarations,
    bicepHsm({ ...BICEP_HSM_PROPERTIES, networkAcls: { bypass: 'AzureServices', defaultAction: value } }),
  );
const BICEP_ALLOW = bicepAction('Allow');
const { networkAcls: _bicepAcls, ...bicepWithoutAcls } = BICEP_HSM_PROPERTIES;
const BICEP_NO_ACLS = bicepHsm(bicepWithoutAcls);

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: Deny', files: { 'main.bicep': bicepAction('Deny') } },
  {
    name: 'Bicep: deny from a variable',
    files: { 'main.bicep': bicepAction(raw('action'), "var action = 'Deny'") },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: Allow',
    files: { 'main.bicep': BICEP_ALLOW },
    errors: [{ messageId: 'allow', ...at(BICEP_ALLOW, 'defaultAction:') }],
  },
  {
    name: 'Bicep: networkAcls omitted',
    files: { 'main.bicep': BICEP_NO_ACLS },
    errors: [{ messageId: 'allowByDefault', ...at(BICEP_NO_ACLS, 'properties:') }],
  },
  {
    name: "Bicep: Allow as the default of parameter 'action'",
    files: { 'main.bicep': bicepAction(raw('action'), "param action string = 'Allow'") },
    errors: [{ messageId: 'allow', parameter: 'action', message: bicepDefaultNote('action') }],
  },
  {
    name: 'Bicep: a parameter without a value is unresolved',
    files: { 'main.bicep': bicepAction(raw('action'), 'param action string') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfAcls = (defaultAction: string, ...more: string[]) =>
  tf(
    ADMINS_GROUP,
    tfHsm(
      `\n  network_acls {\n    default_action = ${defaultAction}\n    bypass         = "AzureServices"\n  }\n`,
    ),
    ...more,
  );
const TF_NO_ACLS = tf(ADMINS_GROUP, tfHsm());
const TF_ALLOW = tfAcls('"Allow"');
const TF_FROM_VARIABLE = tfAcls('var.default_action', tfVariable('default_action', 'string', '"Allow"'));
const AZAPI_NO_ACLS = tf(azapiHsm());
const PLAN_ALLOW = {
  'plan.json': tfPlan([
    planHsmWith({ network_acls: [{ default_action: 'Allow', bypass: 'AzureServices' }] }),
  ]),
};

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: network_acls default_action Deny', files: tfAcls('"Deny"') },
  {
    name: 'Terraform: Deny from a dynamic network_acls block',
    files: tf(
      ADMINS_GROUP,
      tfHsm(
        '\n  dynamic "network_acls" {\n    for_each = ["Deny"]\n    content {\n      default_action = network_acls.value\n      bypass         = "AzureServices"\n    }\n  }\n',
      ),
    ),
  },
  {
    name: 'azapi: networkAcls.defaultAction Deny in the body',
    files: tf(
      azapiHsm('      networkAcls           = { defaultAction = "Deny", bypass = "AzureServices" }\n'),
    ),
  },
  {
    name: 'plan JSON: network_acls default_action Deny',
    files: {
      'plan.json': tfPlan([planHsmWith({ network_acls: [{ default_action: 'Deny', bypass: 'None' }] })]),
    },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: network_acls omitted, the provider flattens it to Allow',
    files: TF_NO_ACLS,
    errors: [
      {
        messageId: 'allowByDefault',
        ...positionOf(TF_NO_ACLS['main.tf'], `resource "${HSM_TYPE}"`),
        message: 'network_acls omitted; the provider flattens it to Allow/AzureServices',
      },
    ],
  },
  {
    name: 'Terraform: default_action = "Allow"',
    files: TF_ALLOW,
    errors: [
      {
        messageId: 'allow',
        ...positionOf(TF_ALLOW['main.tf'], 'default_action'),
        message: 'network_acls.default_action is Allow',
      },
    ],
  },
  {
    name: "Terraform: Allow as the default of variable 'default_action'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'allow',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'default_action ='),
        parameter: 'default_action',
        message: variableNote('default_action'),
      },
    ],
  },
  {
    name: 'Terraform: default_action from a variable without a value is unresolved, named as written',
    files: tfAcls('var.default_action', tfVariable('default_action', 'string')),
    errors: [
      {
        messageId: 'unresolved',
        message: 'network_acls.default_action is var.default_action, which cannot be evaluated here',
      },
    ],
  },
  {
    name: 'Terraform: a network_acls block from a dynamic block over an unknown list is unresolved',
    files: tf(
      ADMINS_GROUP,
      tfHsm(
        '\n  dynamic "network_acls" {\n    for_each = var.acls\n    content {\n      default_action = network_acls.value\n      bypass         = "AzureServices"\n    }\n  }\n',
      ),
      tfVariable('acls', 'list(string)'),
    ),
    errors: [{ messageId: 'unresolved' }],
  },
  {
    name: 'azapi: networkAcls omitted, the ARM reading applies',
    files: AZAPI_NO_ACLS,
    errors: [
      {
        messageId: 'allowByDefault',
        ...positionOf(AZAPI_NO_ACLS['main.tf'], 'properties = {'),
        message: 'networkAcls omitted',
      },
    ],
  },
  {
    name: 'plan JSON: network_acls default_action Allow, located in the plan',
    files: PLAN_ALLOW,
    errors: [
      { messageId: 'allow', file: 'plan.json', ...positionOf(PLAN_ALLOW['plan.json'], '"default_action"') },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'Deny', files: { 'a.json': armTemplate([hsm(COMPLIANT_PROPERTIES)]) } },
    {
      name: 'recovering a deleted HSM is exempt, as in Azure Policy',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, createMode: 'recover' })]) },
    },
    {
      name: 'case-insensitive property names and values',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, NetworkAcls: { DefaultAction: 'deny' } })]) },
    },
    { name: "parameter 'defaultAction' defaults to Deny", files: { 'a.json': actionFrom('Deny') } },
    {
      name: 'the whole networkAcls object as a parameter default',
      files: {
        'a.json': parameterized(
          defaults({ acls: { bypass: 'AzureServices', defaultAction: 'Deny' } }),
          hsm({ ...withoutAcls, networkAcls: "[parameters('acls')]" }),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets Deny over a default of Allow',
      files: withParametersFile(actionFrom('Allow'), { defaultAction: 'Deny' }),
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'Allow',
      files: {
        'a.json': armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, networkAcls: { bypass: 'None', defaultAction: 'Allow' } }),
        ]),
      },
      errors: [{ messageId: 'allow', line: 24, column: 11, message: 'defaultAction is Allow' }],
    },
    {
      name: 'networkAcls omitted: the HSM accepts all networks',
      files: { 'a.json': armTemplate([hsm(withoutAcls)]) },
      errors: [{ messageId: 'allowByDefault', message: 'networkAcls omitted' }],
    },
    {
      name: 'defaultAction omitted inside networkAcls',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, networkAcls: { bypass: 'AzureServices' } })]) },
      errors: [{ messageId: 'allowByDefault', message: 'defaultAction omitted' }],
    },
    {
      name: 'createMode default is still checked',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, createMode: 'default' })]) },
      errors: [{ messageId: 'allowByDefault' }],
    },
    {
      name: 'networkAcls from an expression: unresolved',
      files: { 'a.json': armTemplate([hsm({ ...withoutAcls, networkAcls: "[variables('acls')]" })]) },
      errors: [{ messageId: 'unresolved', message: "[variables('acls')]" }],
    },
    {
      name: "Allow as the default of parameter 'defaultAction'",
      files: { 'a.json': actionFrom('Allow') },
      errors: [
        {
          messageId: 'allow',
          parameter: 'defaultAction',
          line: ACTION_LINE,
          message: `(networkAcls.defaultAction is Allow). Set it to Deny and allow only what needs access. ${defaultNote('defaultAction')}`,
        },
      ],
    },
    {
      name: 'Allow inside a networkAcls object that is the default of parameter acls',
      files: {
        'a.json': parameterized(
          defaults({ acls: { bypass: 'AzureServices', defaultAction: 'Allow' } }),
          hsm({ ...withoutAcls, networkAcls: "[parameters('acls')]" }),
        ),
      },
      errors: [{ messageId: 'allow', parameter: 'acls' }],
    },
    {
      name: 'the parameters file beside the template wins over the default: Allow over Deny',
      files: withParametersFile(actionFrom('Deny'), { defaultAction: 'Allow' }),
      paths: ['main.json'],
      errors: [
        { messageId: 'allow', file: 'main.json', line: ACTION_LINE, message: 'defaultAction is Allow' },
      ],
    },
  ],
});
