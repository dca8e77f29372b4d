import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/network-bypass.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { defaultNote, defaults, lineOf, parameterized, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';
import {
  ADMINS_GROUP,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfHsm,
  tfPlan,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const { publicNetworkAccess: _access, networkAcls: _acls, ...base } = COMPLIANT_PROPERTIES;
const publicHsm = (networkAcls?: unknown, extra: Record<string, unknown> = {}) =>
  armTemplate([
    hsm(
      { ...base, publicNetworkAccess: 'Enabled', ...(networkAcls === undefined ? {} : { networkAcls }) },
      extra,
    ),
  ]);

/** A public HSM denying by default whose networkAcls.bypass is parameter `bypass`, with the given default. */
const bypassFrom = (bypass: unknown) =>
  parameterized(
    defaults({ bypass }),
    hsm({
      ...base,
      publicNetworkAccess: 'Enabled',
      networkAcls: { defaultAction: 'Deny', bypass: "[parameters('bypass')]" },
    }),
  );
const BYPASS_LINE = lineOf(bypassFrom('None'), '"bypass": "[parameters');

const bicepAcls = (networkAcls: unknown, declarations = '') =>
  bicep(declarations, bicepHsm({ ...BICEP_HSM_PROPERTIES, publicNetworkAccess: 'Enabled', networkAcls }));
const BICEP_BYPASS_NONE = bicepAcls({ bypass: 'None', defaultAction: 'Deny' });

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: AzureServices with Deny',
    files: { 'main.bicep': bicepAcls({ bypass: 'AzureServices', defaultAction: 'Deny' }) },
  },
  {
    name: 'Bicep: public access disabled',
    files: {
      'main.bicep': bicep(
        bicepHsm({ ...BICEP_HSM_PROPERTIES, networkAcls: { bypass: 'None', defaultAction: 'Deny' } }),
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: bypass None',
    files: { 'main.bicep': BICEP_BYPASS_NONE },
    errors: [{ messageId: 'bypassNone', ...at(BICEP_BYPASS_NONE, 'bypass:') }],
  },
  {
    name: 'Bicep: bypass from a parameter without a value is unresolved',
    files: {
      'main.bicep': bicepAcls({ bypass: raw('bypass'), defaultAction: 'Deny' }, 'param bypass string'),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfBypass = (bypass: string, defaultAction = '"Deny"') =>
  tf(
    ADMINS_GROUP,
    tfHsm(`\n  network_acls {\n    default_action = ${defaultAction}\n    bypass         = ${bypass}\n  }\n`),
  );
const TF_NO_ACLS = tf(ADMINS_GROUP, tfHsm());
const TF_BYPASS_NONE = tfBypass('"None"');
/** Two public HSMs from one for_each map of bypass settings: only the instance with None is reported. */
const TF_FOR_EACH = tf(
  ADMINS_GROUP,
  `resource "${HSM_TYPE}" "pool" {
  for_each                 = { hsm-a = "AzureServices", hsm-b = "None" }
  name                     = each.key
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku_name                 = "Standard_B1"
  tenant_id                = "11111111-1111-1111-1111-111111111111"
  admin_object_ids         = [azuread_group.admins.object_id]
  purge_protection_enabled = true

  network_acls {
    default_action = "Deny"
    bypass         = each.value
  }
}
`,
);
const PLAN_BYPASS_NONE = {
  'plan.json': tfPlan([
    planHsmWith({
      public_network_access_enabled: true,
      network_acls: [{ default_action: 'Deny', bypass: 'None' }],
    }),
  ]),
};

const terraformValid: RuleTestCase[] = [
  { name: 'Terraform: Deny with AzureServices', files: tfBypass('"AzureServices"') },
  {
    name: 'Terraform: public access disabled, network_acls omitted: the firewall mode does not matter',
    files: tf(ADMINS_GROUP, tfHsm('  public_network_access_enabled = false\n')),
  },
  {
    name: 'plan JSON: public access disabled with bypass None',
    files: {
      'plan.json': tfPlan([
        planHsmWith({
          public_network_access_enabled: false,
          network_acls: [{ default_action: 'Deny', bypass: 'None' }],
        }),
      ]),
    },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: public access by default and network_acls omitted (Allow by default)',
    files: TF_NO_ACLS,
    errors: [
      {
        messageId: 'allowMakesBypassMeaningless',
        ...positionOf(TF_NO_ACLS['main.tf'], `resource "${HSM_TYPE}"`),
        message:
          'network_acls.default_action is Allow (network_acls omitted; the provider flattens it to Allow/AzureServices)',
      },
    ],
  },
  {
    name: 'Terraform: Deny with bypass None',
    files: TF_BYPASS_NONE,
    errors: [
      {
        messageId: 'bypassNone',
        ...positionOf(TF_BYPASS_NONE['main.tf'], 'bypass '),
        message:
          "Managed HSM 'hsm1' keeps public network access, and its firewall bypass is None, so trusted Azure services cannot reach it either. If they need to, set network_acls.bypass to AzureServices, keeping network_acls.default_action Deny.",
      },
    ],
  },
  {
    name: 'Terraform: for_each over bypass settings, the None instance is reported at the shared attribute',
    files: TF_FOR_EACH,
    errors: [
      {
        messageId: 'bypassNone',
        ...positionOf(TF_FOR_EACH['main.tf'], 'bypass '),
        message: "Managed HSM 'hsm-b'",
      },
    ],
  },
  {
    name: 'plan JSON: bypass None with public access, located in the plan',
    files: PLAN_BYPASS_NONE,
    errors: [
      {
        messageId: 'bypassNone',
        file: 'plan.json',
        ...positionOf(PLAN_BYPASS_NONE['plan.json'], '"bypass"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    {
      name: 'public access on: Deny with AzureServices, the article mode',
      files: { 'a.json': publicHsm({ defaultAction: 'Deny', bypass: 'AzureServices' }) },
    },
    {
      name: 'bypass omitted: Resource Manager defaults it to AzureServices',
      files: { 'a.json': publicHsm({ defaultAction: 'Deny' }) },
    },
    {
      name: 'public access Disabled: the firewall mode is not judged',
      files: {
        'a.json': armTemplate([
          hsm({
            ...base,
            publicNetworkAccess: 'Disabled',
            networkAcls: { defaultAction: 'Allow', bypass: 'None' },
          }),
        ]),
      },
    },
    {
      name: 'public access disabled, any case, firewall omitted',
      files: { 'a.json': armTemplate([hsm({ ...base, publicNetworkAccess: 'disabled' })]) },
    },
    {
      name: 'case-insensitive property names and values',
      files: {
        'a.json': armTemplate([
          hsm({
            PublicNetworkAccess: 'Enabled',
            NetworkAcls: { DefaultAction: 'deny', Bypass: 'azureservices' },
          }),
        ]),
      },
    },
    {
      name: 'bypass from an expression does not matter when public access is disabled',
      files: {
        'a.json': armTemplate([
          hsm({
            ...base,
            publicNetworkAccess: 'Disabled',
            networkAcls: { defaultAction: 'Deny', bypass: "[parameters('b')]" },
          }),
        ]),
      },
    },
    {
      name: "parameter 'bypass' defaults to AzureServices",
      files: { 'a.json': bypassFrom('AzureServices') },
    },
    {
      name: "public access Disabled by the default of parameter 'access': the firewall mode is not judged",
      files: {
        'a.json': parameterized(
          defaults({ access: 'Disabled' }),
          hsm({
            ...base,
            publicNetworkAccess: "[parameters('access')]",
            networkAcls: { defaultAction: 'Allow', bypass: 'None' },
          }),
        ),
      },
    },
    {
      name: 'the parameters file beside the template sets AzureServices over a default of None',
      files: withParametersFile(bypassFrom('None'), { bypass: 'AzureServices' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'bypass None',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "publicNetworkAccess": "Enabled",
      "networkAcls": {
        "defaultAction": "Deny",
        "bypass": "None"
      }
    }
  }]
}`,
      },
      errors: [
        {
          messageId: 'bypassNone',
          line: 10,
          column: 9,
          message: "'hsm1' keeps public network access, and its firewall bypass is None",
        },
      ],
    },
    {
      name: 'defaultAction Allow',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [{
    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
    "properties": {
      "publicNetworkAccess": "Enabled",
      "networkAcls": { "bypass": "None", "defaultAction": "Allow" }
    }
  }]
}`,
      },
      errors: [
        { messageId: 'allowMakesBypassMeaningless', line: 8, column: 42, message: 'defaultAction is Allow)' },
      ],
    },
    {
      name: 'publicNetworkAccess omitted (defaults to Enabled) and networkAcls omitted (defaults to Allow)',
      files: { 'a.json': armTemplate([hsm(base)]) },
      errors: [
        {
          messageId: 'allowMakesBypassMeaningless',
          message:
            'defaultAction is Allow (networkAcls omitted; the HSM then accepts traffic from all networks)',
        },
      ],
    },
    {
      name: 'publicNetworkAccess omitted on api 2021-10-01 (no default): public access stays on',
      files: {
        'a.json': armTemplate([
          hsm(
            { ...base, networkAcls: { defaultAction: 'Deny', bypass: 'None' } },
            { apiVersion: '2021-10-01' },
          ),
        ]),
      },
      errors: [{ messageId: 'bypassNone' }],
    },
    {
      name: 'defaultAction omitted inside networkAcls',
      files: { 'a.json': publicHsm({ bypass: 'AzureServices' }) },
      errors: [{ messageId: 'allowMakesBypassMeaningless', message: 'defaultAction omitted' }],
    },
    {
      name: 'PascalCase property names',
      files: {
        'a.json': armTemplate([
          hsm({ PublicNetworkAccess: 'Enabled', NetworkAcls: { DefaultAction: 'Deny', Bypass: 'none' } }),
        ]),
      },
      errors: [{ messageId: 'bypassNone', message: 'bypass is none' }],
    },
    {
      name: 'publicNetworkAccess from an expression: unresolved',
      files: {
        'a.json': armTemplate([
          hsm({
            ...base,
            publicNetworkAccess: "[parameters('access')]",
            networkAcls: { defaultAction: 'Deny', bypass: 'None' },
          }),
        ]),
      },
      errors: [
        { messageId: 'unresolved', message: "properties.publicNetworkAccess is [parameters('access')]" },
      ],
    },
    {
      name: 'defaultAction from an expression: unresolved',
      files: { 'a.json': publicHsm({ defaultAction: "[parameters('action')]", bypass: 'None' }) },
      errors: [{ messageId: 'unresolved', message: "[parameters('action')]" }],
    },
    {
      name: 'bypass from an expression: unresolved',
      files: { 'a.json': publicHsm({ defaultAction: 'Deny', bypass: "[parameters('bypass')]" }) },
      errors: [
        { messageId: 'unresolved', message: "properties.networkAcls.bypass is [parameters('bypass')]" },
      ],
    },
    {
      name: "None as the default of parameter 'bypass'",
      files: { 'a.json': bypassFrom('None') },
      errors: [
        {
          messageId: 'bypassNone',
          parameter: 'bypass',
          line: BYPASS_LINE,
          message: `keeping networkAcls.defaultAction Deny. ${defaultNote('bypass')}`,
        },
      ],
    },
    {
      name: "Allow as the default of parameter 'action'",
      files: {
        'a.json': parameterized(
          defaults({ action: 'Allow' }),
          hsm({
            ...base,
            publicNetworkAccess: 'Enabled',
            networkAcls: { defaultAction: "[parameters('action')]", bypass: 'AzureServices' },
          }),
        ),
      },
      errors: [
        { messageId: 'allowMakesBypassMeaningless', parameter: 'action', message: 'defaultAction is Allow)' },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: None over AzureServices',
      files: withParametersFile(bypassFrom('AzureServices'), { bypass: 'None' }),
      errors: [{ messageId: 'bypassNone', file: 'main.json', line: BYPASS_LINE, message: 'bypass is None' }],
    },
  ],
});
