import { registry } from '../../rules/index.js';
import rule from '../../rules/network-bypass.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { defaultNote, defaults, lineOf, parameterized, withParametersFile } from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw } from './util/bicep.js';

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

new RuleTester(registry).run(rule, {
  valid: [
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
          message: `keeping defaultAction Deny. ${defaultNote('bypass')}`,
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
