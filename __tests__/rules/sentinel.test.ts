import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/sentinel.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import {
  declared,
  defaults,
  HSM_NAME,
  HSM_REF,
  lineOf,
  parameterized,
  withParametersFile,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  HSM_TYPE,
  loadTerraform,
  plannedAt,
  planHsmWith,
  positionOf,
  tfDiagnostic,
  tfPlan,
  tfVariable,
  tfWithHsm,
  tfWorkspace,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM = hsm(COMPLIANT_PROPERTIES);
const RG = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers';
const WORKSPACE_ID = `${RG}/Microsoft.OperationalInsights/workspaces/law`;

function diag(
  properties: Record<string, unknown> = {},
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.Insights/diagnosticSettings',
    apiVersion: '2021-05-01-preview',
    name: 'audit',
    scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
    ...extra,
    properties: {
      workspaceId: WORKSPACE_ID,
      logs: [{ category: 'AuditEvent', enabled: true }],
      ...properties,
    },
  };
}

function workspace(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Microsoft.OperationalInsights/workspaces',
    apiVersion: '2022-10-01',
    name: 'law',
    location: 'westeurope',
    ...extra,
    properties: { retentionInDays: 365 },
  };
}

function onboarding(scope: string): Record<string, unknown> {
  return {
    type: 'Microsoft.SecurityInsights/onboardingStates',
    apiVersion: '2024-03-01',
    name: 'default',
    scope,
    properties: {},
  };
}

function solution(product: unknown, name = 'SecurityInsights(law)', workspaceResourceId = WORKSPACE_ID) {
  return {
    type: 'Microsoft.OperationsManagement/solutions',
    apiVersion: '2015-11-01-preview',
    name,
    location: 'westeurope',
    plan: { name, product, publisher: 'Microsoft', promotionCode: '' },
    properties: { workspaceResourceId },
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** The receiving workspace with a solution whose plan product is parameter `product`, with the given default. */
const productFrom = (product: unknown) =>
  parameterized(
    defaults({ product }),
    HSM,
    diag(),
    workspace(),
    solution("[parameters('product')]", 'Solution(law)'),
  );
// The finding is about a missing onboarding: it points at the workspace declaration (its opening brace).
const WORKSPACE_LINE =
  lineOf(productFrom('OMSGallery/SecurityInsights'), '"type": "Microsoft.OperationalInsights/workspaces"') -
  1;

const WORKSPACE_NAME = "[parameters('workspaceName')]";
const WORKSPACE_REF = "[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]";

/** HSM and workspace named by parameters; setting and onboarding refer to them with resourceId(). */
const linkedByName = (parameters: ReturnType<typeof defaults>, onboarded: boolean) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    diag({ workspaceId: WORKSPACE_REF }, { scope: HSM_REF }),
    workspace({ name: WORKSPACE_NAME }),
    ...(onboarded ? [onboarding(WORKSPACE_REF)] : []),
  );

const bicepWatched = (...extra: string[]) =>
  bicep(
    bicepHsm(BICEP_HSM_PROPERTIES),
    resource('workspace', 'Microsoft.OperationalInsights/workspaces@2023-09-01', {
      name: 'logs',
      location: 'westeurope',
      properties: { retentionInDays: 365 },
    }),
    resource('audit', 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview', {
      name: 'audit',
      scope: raw('hsm'),
      properties: { workspaceId: raw('workspace.id'), logs: [{ category: 'AuditEvent', enabled: true }] },
    }),
    ...extra,
  );
const BICEP_ONBOARDING = resource('onboarding', 'Microsoft.SecurityInsights/onboardingStates@2024-03-01', {
  name: 'default',
  scope: raw('workspace'),
  properties: {},
});

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: onboardingStates with scope: workspace',
    files: { 'main.bicep': bicepWatched(BICEP_ONBOARDING) },
  },
  {
    name: 'Bicep: the SecurityInsights solution',
    files: {
      'main.bicep': bicepWatched(
        resource('solution', 'Microsoft.OperationsManagement/solutions@2015-11-01-preview', {
          name: 'SecurityInsights(logs)',
          location: 'westeurope',
          plan: {
            name: 'SecurityInsights(logs)',
            product: 'OMSGallery/SecurityInsights',
            publisher: 'Microsoft',
            promotionCode: '',
          },
          properties: { workspaceResourceId: raw('workspace.id') },
        }),
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: the workspace is not onboarded',
    files: { 'main.bicep': bicepWatched() },
    errors: [
      {
        messageId: 'notOnboarded',
        ...at(bicepWatched(), 'resource workspace'),
        message:
          'Add a Microsoft.SecurityInsights/onboardingStates (or the SecurityInsights solution) on the workspace.',
      },
    ],
  },
  {
    name: 'Bicep: an onboarding scoped to a workspace id from a parameter without a value: unresolved',
    files: {
      'main.bicep': bicep(
        'param target string',
        bicepWatched(
          resource('onboarding', 'Microsoft.SecurityInsights/onboardingStates@2024-03-01', {
            name: 'default',
            scope: raw("resourceId('Microsoft.OperationalInsights/workspaces', target)"),
            properties: {},
          }),
        ),
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfOnboarding = (workspace: string) =>
  `resource "azurerm_sentinel_log_analytics_workspace_onboarding" "sentinel" {\n  ${workspace}\n}\n`;
const tfSentinel = (...more: string[]) =>
  tfWithHsm(tfWorkspace('  retention_in_days   = 365\n'), tfDiagnostic(), ...more);
const TF_NOT_ONBOARDED = tfSentinel();
const TF_OTHER_ONBOARDED = tfSentinel(
  tfWorkspace('', 'soc'),
  tfOnboarding('workspace_id = azurerm_log_analytics_workspace.soc.id'),
);
const TF_UNKNOWN_ONBOARDING = tfSentinel(
  tfOnboarding('workspace_id = var.sentinel_workspace_id'),
  tfVariable('sentinel_workspace_id', 'string'),
);
const planSentinel = (onboarded: boolean) => ({
  'plan.json': tfPlan([
    planHsmWith({}),
    {
      address: 'azurerm_log_analytics_workspace.law',
      values: { name: 'law1', location: 'westeurope', resource_group_name: 'rg', retention_in_days: 365 },
      unknown: ['id', 'workspace_id'],
    },
    {
      address: 'azurerm_monitor_diagnostic_setting.diag',
      values: { name: 'hsm-audit', enabled_log: [{ category: 'AuditEvent', category_group: null }] },
      unknown: ['id', 'target_resource_id', 'log_analytics_workspace_id'],
      references: {
        target_resource_id: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`],
        log_analytics_workspace_id: [
          'azurerm_log_analytics_workspace.law.id',
          'azurerm_log_analytics_workspace.law',
        ],
      },
    },
    ...(onboarded
      ? [
          {
            address: 'azurerm_sentinel_log_analytics_workspace_onboarding.sentinel',
            values: { customer_managed_key_enabled: false },
            unknown: ['id', 'workspace_id'],
            references: {
              workspace_id: ['azurerm_log_analytics_workspace.law.id', 'azurerm_log_analytics_workspace.law'],
            },
          },
        ]
      : []),
  ]),
});
const PLAN_NOT_ONBOARDED = planSentinel(false);

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: the receiving workspace is onboarded by reference to its id',
    files: tfSentinel(tfOnboarding('workspace_id = azurerm_log_analytics_workspace.law.id')),
  },
  {
    name: 'Terraform: onboarded through the deprecated workspace_name',
    files: tfSentinel(tfOnboarding('workspace_name = azurerm_log_analytics_workspace.law.name')),
  },
  {
    name: 'Terraform: the logs go to a workspace outside the configuration (a literal id)',
    files: tfWithHsm(
      tfDiagnostic(
        '  log_analytics_workspace_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/soc/providers/Microsoft.OperationalInsights/workspaces/soc"\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n',
      ),
    ),
  },
  {
    name: 'Terraform: the logs go to a looked-up (data) workspace, onboarded elsewhere',
    files: tfWithHsm(
      'data "azurerm_log_analytics_workspace" "law" {\n  name                = "soc"\n  resource_group_name = "soc"\n}\n',
      tfDiagnostic(
        '  log_analytics_workspace_id = data.azurerm_log_analytics_workspace.law.id\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n',
      ),
    ),
  },
  { name: 'plan JSON: the workspace is onboarded', files: planSentinel(true) },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: the receiving workspace is not onboarded',
    files: TF_NOT_ONBOARDED,
    errors: [
      {
        messageId: 'notOnboarded',
        ...positionOf(TF_NOT_ONBOARDED['main.tf'], 'resource "azurerm_log_analytics_workspace"'),
        message:
          "Log Analytics workspace 'law1' receives the logs of Managed HSM 'hsm1' but is not onboarded to Microsoft Sentinel, so no analytics rule watches for suspicious key or security domain operations. Add an azurerm_sentinel_log_analytics_workspace_onboarding for the workspace.",
      },
    ],
  },
  {
    name: 'Terraform: another workspace is onboarded, not the one receiving the logs',
    files: TF_OTHER_ONBOARDED,
    errors: [
      {
        messageId: 'notOnboarded',
        ...positionOf(TF_OTHER_ONBOARDED['main.tf'], 'resource "azurerm_log_analytics_workspace" "law"'),
      },
    ],
  },
  {
    name: 'Terraform: an onboarding whose workspace_id is a variable without a value is unresolved',
    files: TF_UNKNOWN_ONBOARDING,
    errors: [{ messageId: 'unresolved', message: 'var.sentinel_workspace_id' }],
  },
  {
    name: 'plan JSON: the receiving workspace is not onboarded, located in the plan',
    files: PLAN_NOT_ONBOARDED,
    errors: [
      {
        messageId: 'notOnboarded',
        file: 'plan.json',
        ...plannedAt(PLAN_NOT_ONBOARDED['plan.json'], 'azurerm_log_analytics_workspace.law'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    {
      name: 'onboarding state on the receiving workspace',
      files: template(HSM, diag(), workspace(), onboarding('Microsoft.OperationalInsights/workspaces/law')),
    },
    {
      name: 'onboarding state scoped by full resource id, in another file',
      files: {
        'hsm.json': armTemplate([HSM, diag(), workspace()]),
        'sentinel.json': armTemplate([onboarding(WORKSPACE_ID)]),
      },
    },
    {
      name: 'the SecurityInsights solution on the workspace',
      files: template(HSM, diag(), workspace(), solution('OMSGallery/SecurityInsights')),
    },
    {
      name: 'the SecurityInsights solution, plan product in another case',
      files: template(HSM, diag(), workspace(), solution('omsgallery/securityinsights')),
    },
    {
      name: 'one onboarded workspace among two is enough',
      files: template(
        HSM,
        diag(),
        diag({ workspaceId: `${RG}/Microsoft.OperationalInsights/workspaces/law2` }, { name: 'audit2' }),
        workspace(),
        workspace({ name: 'law2' }),
        onboarding('Microsoft.OperationalInsights/workspaces/law2'),
      ),
    },
    {
      name: 'no workspace receives logs: silent (diagnostic-logs reports that)',
      files: template(HSM, workspace()),
    },
    {
      name: 'logs go to a storage account only: silent',
      files: template(
        HSM,
        diag({ workspaceId: undefined, storageAccountId: `${RG}/Microsoft.Storage/storageAccounts/s` }),
        workspace(),
      ),
    },
    {
      name: 'the receiving workspace is outside the scan: nothing to judge',
      files: template(HSM, diag()),
    },
    {
      name: 'the receiving workspace is referenced (existing): nothing to judge',
      files: {
        'a.json': armTemplate([HSM, diag(), { ...workspace(), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'a setting that sends no logs does not count',
      files: template(HSM, diag({ logs: [{ category: 'AuditEvent', enabled: false }] }), workspace()),
    },
    {
      name: "the SecurityInsights solution, plan product the default of parameter 'product'",
      files: { 'a.json': productFrom('OMSGallery/SecurityInsights') },
    },
    {
      name: 'onboarded, every link made with resourceId() of parameters with defaults',
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1', workspaceName: 'law' }), true) },
    },
    {
      name: 'onboarded, every link made with resourceId() of parameters without values',
      files: { 'a.json': linkedByName(declared({ hsmName: 'string', workspaceName: 'string' }), true) },
    },
    {
      name: 'the parameters file beside the template sets SecurityInsights over another default',
      files: withParametersFile(productFrom('OMSGallery/ContainerInsights'), {
        product: 'OMSGallery/SecurityInsights',
      }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'the receiving workspace is not onboarded',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1", "properties": {} },
    {
      "type": "Microsoft.Insights/diagnosticSettings", "apiVersion": "2021-05-01-preview", "name": "audit",
      "scope": "Microsoft.KeyVault/managedHSMs/hsm1",
      "properties": {
        "workspaceId": "${WORKSPACE_ID}",
        "logs": [{ "category": "AuditEvent", "enabled": true }]
      }
    },
    {
      "type": "Microsoft.OperationalInsights/workspaces", "apiVersion": "2022-10-01", "name": "law",
      "properties": { "retentionInDays": 365 }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'notOnboarded',
          line: 14,
          column: 5,
          message: "Log Analytics workspace 'law' receives the logs of Managed HSM 'hsm1'",
        },
      ],
    },
    {
      name: 'onboarding on a different workspace does not count',
      files: template(
        HSM,
        diag(),
        workspace(),
        workspace({ name: 'other' }),
        onboarding('Microsoft.OperationalInsights/workspaces/other'),
      ),
      errors: [{ messageId: 'notOnboarded', message: "'law'" }],
    },
    {
      name: 'a solution that is not Sentinel does not count',
      files: template(
        HSM,
        diag(),
        workspace(),
        solution('OMSGallery/ContainerInsights', 'ContainerInsights(law)'),
      ),
      errors: [{ messageId: 'notOnboarded' }],
    },
    {
      name: 'each of two receiving workspaces is reported when neither is onboarded',
      files: template(
        HSM,
        diag(),
        diag({ workspaceId: `${RG}/Microsoft.OperationalInsights/workspaces/law2` }, { name: 'audit2' }),
        workspace(),
        workspace({ name: 'law2' }),
      ),
      errors: [
        { messageId: 'notOnboarded', message: "'law'" },
        { messageId: 'notOnboarded', message: "'law2'" },
      ],
    },
    {
      name: 'the receiving workspace is named by an expression: unresolved',
      files: template(HSM, diag({ workspaceId: "[parameters('workspaceId')]" }), workspace()),
      errors: [{ messageId: 'unresolved', message: "[parameters('workspaceId')]" }],
    },
    {
      name: 'an onboarding whose workspace is an expression: unresolved',
      files: template(HSM, diag(), workspace(), onboarding("[parameters('workspaceId')]")),
      errors: [{ messageId: 'unresolved', message: 'reach Microsoft Sentinel' }],
    },
    {
      name: 'a solution whose plan product and name are both expressions: unresolved',
      files: template(
        HSM,
        diag(),
        workspace(),
        solution("[variables('product')]", "[variables('solutionName')]"),
      ),
      errors: [{ messageId: 'unresolved', message: "plan.product is [variables('product')]" }],
    },
    {
      name: 'a solution whose plan product is an expression: decided by its name',
      files: template(HSM, diag(), workspace(), solution("[variables('product')]", 'Updates(law)')),
      errors: [{ messageId: 'notOnboarded' }],
    },
    {
      // Reported on the workspace (the finding is about a missing onboarding), so no value carries the parameter.
      name: "a solution whose plan product is the default of parameter 'product', ContainerInsights",
      files: { 'a.json': productFrom('OMSGallery/ContainerInsights') },
      errors: [
        { messageId: 'notOnboarded', line: WORKSPACE_LINE, message: "workspace 'law' receives the logs" },
      ],
    },
    {
      name: 'not onboarded, every link made with resourceId() of parameters with defaults',
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1', workspaceName: 'law' }), false) },
      errors: [
        { messageId: 'notOnboarded', message: "workspace 'law' receives the logs of Managed HSM 'hsm1'" },
      ],
    },
    {
      name: 'not onboarded, every link made with resourceId() of parameters without values',
      files: { 'a.json': linkedByName(declared({ hsmName: 'string', workspaceName: 'string' }), false) },
      errors: [
        {
          messageId: 'notOnboarded',
          message: `workspace '${WORKSPACE_NAME}' receives the logs of Managed HSM '${HSM_NAME}'`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: ContainerInsights over SecurityInsights',
      files: withParametersFile(productFrom('OMSGallery/SecurityInsights'), {
        product: 'OMSGallery/ContainerInsights',
      }),
      paths: ['main.json'],
      errors: [{ messageId: 'notOnboarded', file: 'main.json', line: WORKSPACE_LINE }],
    },
  ],
});
