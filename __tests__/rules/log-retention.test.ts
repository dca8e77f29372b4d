import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/log-retention.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import {
  declared,
  defaultNote,
  defaults,
  HSM_NAME,
  HSM_REF,
  lineOf,
  parameterized,
  withParametersFile,
  variableNote,
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  HSM_TYPE,
  loadTerraform,
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
const WORKSPACE_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law';
const AUDIT = [{ category: 'AuditEvent', enabled: true }];

function diag(
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.Insights/diagnosticSettings',
    apiVersion: '2021-05-01-preview',
    name: 'audit',
    scope: 'Microsoft.KeyVault/managedHSMs/hsm1',
    ...extra,
    properties: { workspaceId: WORKSPACE_ID, logs: AUDIT, ...properties },
  };
}

function workspace(
  properties: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.OperationalInsights/workspaces',
    apiVersion: '2022-10-01',
    name: 'law',
    location: 'westeurope',
    ...extra,
    properties: { sku: { name: 'PerGB2018' }, ...properties },
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** A receiving workspace whose retentionInDays is parameter `retention`, with the given default. */
const retentionFrom = (retention: unknown) =>
  parameterized(
    defaults({ retention }),
    HSM,
    diag({}),
    workspace({ retentionInDays: "[parameters('retention')]" }),
  );
const RETENTION_LINE = lineOf(retentionFrom(365), '"retentionInDays"');

const WORKSPACE_NAME = "[parameters('workspaceName')]";
const WORKSPACE_REF = "[resourceId('Microsoft.OperationalInsights/workspaces', parameters('workspaceName'))]";

/** HSM and workspace named by parameters, linked by resourceId() of those parameters. */
const linkedByName = (parameters: ReturnType<typeof defaults>, retentionInDays: number) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    diag({ workspaceId: WORKSPACE_REF }, { scope: HSM_REF }),
    workspace({ retentionInDays }, { name: WORKSPACE_NAME }),
  );

const bicepLogs = (retention: unknown, declarations = '') =>
  bicep(
    declarations,
    bicepHsm(BICEP_HSM_PROPERTIES),
    resource('workspace', 'Microsoft.OperationalInsights/workspaces@2023-09-01', {
      name: 'logs',
      location: 'westeurope',
      properties: retention === undefined ? { sku: { name: 'PerGB2018' } } : { retentionInDays: retention },
    }),
    resource('audit', 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview', {
      name: 'audit',
      scope: raw('hsm'),
      properties: { workspaceId: raw('workspace.id'), logs: [{ category: 'AuditEvent', enabled: true }] },
    }),
  );
const BICEP_30_DAYS = bicepLogs(30);
const BICEP_DEFAULT_RETENTION = bicepLogs(undefined);

const bicepValid: RuleTestCase[] = [
  { name: 'Bicep: a year', files: { 'main.bicep': bicepLogs(365) } },
  {
    name: 'Bicep: two years from a parameter default',
    files: { 'main.bicep': bicepLogs(raw('days'), 'param days int = 730') },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: 30 days',
    files: { 'main.bicep': BICEP_30_DAYS },
    errors: [{ messageId: 'tooShort', ...at(BICEP_30_DAYS, 'retentionInDays:') }],
  },
  {
    name: 'Bicep: retention omitted: 30 days by default',
    files: { 'main.bicep': BICEP_DEFAULT_RETENTION },
    errors: [{ messageId: 'tooShortByDefault', ...at(BICEP_DEFAULT_RETENTION, 'properties: {\n    sku') }],
  },
  {
    name: "Bicep: 90 days as the default of parameter 'days'",
    files: { 'main.bicep': bicepLogs(raw('days'), 'param days int = 90') },
    errors: [{ messageId: 'tooShort', parameter: 'days', message: bicepDefaultNote('days') }],
  },
  {
    name: 'Bicep: a parameter without a value: unresolved',
    files: { 'main.bicep': bicepLogs(raw('days'), 'param days int') },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const AUDIT_TO_WORKSPACE = tfDiagnostic();
const tfRetention = (workspaceLines: string, diagnostic = AUDIT_TO_WORKSPACE, ...more: string[]) =>
  tfWithHsm(tfWorkspace(workspaceLines), diagnostic, ...more);
const TF_SHORT = tfRetention('  retention_in_days   = 30\n');
const TF_OMITTED = tfRetention('');
const TF_FROM_VARIABLE = tfRetention(
  '  retention_in_days   = var.retention\n',
  AUDIT_TO_WORKSPACE,
  tfVariable('retention', 'number', '90'),
);
const TF_LEGACY = tfRetention(
  '  retention_in_days   = 30\n',
  tfDiagnostic(
    '  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n\n  log {\n    category = "AuditEvent"\n  }\n',
  ),
);
const TF_UNKNOWN_WORKSPACE = tfWithHsm(
  tfDiagnostic(
    '  log_analytics_workspace_id = var.workspace_id\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n',
  ),
  tfVariable('workspace_id', 'string'),
);
const planRetention = (days: number) => ({
  'plan.json': tfPlan([
    planHsmWith({}),
    {
      address: 'azurerm_log_analytics_workspace.law',
      values: {
        name: 'law1',
        location: 'westeurope',
        resource_group_name: 'rg',
        sku: 'PerGB2018',
        retention_in_days: days,
      },
      unknown: ['id', 'workspace_id'],
    },
    {
      address: 'azurerm_monitor_diagnostic_setting.diag',
      values: {
        name: 'hsm-audit',
        enabled_log: [{ category: 'AuditEvent', category_group: null }],
        storage_account_id: null,
      },
      unknown: ['id', 'target_resource_id', 'log_analytics_workspace_id'],
      references: {
        target_resource_id: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`],
        log_analytics_workspace_id: [
          'azurerm_log_analytics_workspace.law.id',
          'azurerm_log_analytics_workspace.law',
        ],
      },
    },
  ]),
});
const PLAN_SHORT = planRetention(30);

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: 365 days, the workspace linked through its unknown id by reference',
    files: tfRetention('  retention_in_days   = 365\n'),
  },
  {
    name: 'Terraform: 30 days against minDays 30',
    files: TF_SHORT,
    options: [{ minDays: 30 }],
  },
  {
    name: 'Terraform: a short-lived workspace that receives no HSM logs (the setting sends to storage)',
    files: tfRetention(
      '  retention_in_days   = 30\n',
      tfDiagnostic(
        '  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"\n\n  enabled_log {\n    category = "AuditEvent"\n  }\n',
      ),
    ),
  },
  {
    name: 'Terraform: the only audit entry of the setting is disabled: the workspace receives no HSM logs',
    files: tfRetention(
      '  retention_in_days   = 30\n',
      tfDiagnostic(
        '  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n\n  log {\n    category = "AuditEvent"\n    enabled  = false\n  }\n',
      ),
    ),
  },
  { name: 'plan JSON: 400 days', files: planRetention(400) },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: retention_in_days = 30',
    files: TF_SHORT,
    errors: [
      {
        messageId: 'tooShort',
        ...positionOf(TF_SHORT['main.tf'], 'retention_in_days'),
        message:
          "Log Analytics workspace 'law1' keeps the logs of Managed HSM 'hsm1' for 30 days (retention_in_days), less than the required 365. Raise retention_in_days to at least 365,",
      },
    ],
  },
  {
    name: 'Terraform: retention_in_days omitted, the provider defaults it to 30',
    files: TF_OMITTED,
    errors: [
      {
        messageId: 'tooShortByDefault',
        ...positionOf(TF_OMITTED['main.tf'], 'resource "azurerm_log_analytics_workspace"'),
        message: '30 days (omitted; the azurerm provider defaults retention_in_days to 30)',
      },
    ],
  },
  {
    name: "Terraform: 90 as the default of variable 'retention'",
    files: TF_FROM_VARIABLE,
    errors: [
      {
        messageId: 'tooShort',
        ...positionOf(TF_FROM_VARIABLE['main.tf'], 'retention_in_days'),
        parameter: 'retention',
        message: variableNote('retention'),
      },
    ],
  },
  {
    name: 'Terraform: a legacy log block without enabled (true by the provider) still feeds the workspace',
    files: TF_LEGACY,
    errors: [{ messageId: 'tooShort', ...positionOf(TF_LEGACY['main.tf'], 'retention_in_days') }],
  },
  {
    name: 'Terraform: a workspace id from a variable without a value is unresolved',
    files: TF_UNKNOWN_WORKSPACE,
    errors: [
      {
        messageId: 'unresolved',
        ...positionOf(TF_UNKNOWN_WORKSPACE['main.tf'], 'log_analytics_workspace_id'),
        message: 'var.workspace_id',
      },
    ],
  },
  {
    name: 'plan JSON: 30 days, located in the plan',
    files: PLAN_SHORT,
    errors: [
      {
        messageId: 'tooShort',
        file: 'plan.json',
        ...positionOf(PLAN_SHORT['plan.json'], '"retention_in_days"'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    {
      name: '365 days meets the default minimum',
      files: template(HSM, diag({}), workspace({ retentionInDays: 365 })),
    },
    {
      name: 'more than required',
      files: template(HSM, diag({}), workspace({ retentionInDays: 730 })),
    },
    {
      name: 'a lower minimum from options',
      files: template(HSM, diag({}), workspace({ retentionInDays: 90 })),
      options: [{ minDays: 90 }],
    },
    {
      name: 'a workspace that receives no HSM logs is not judged',
      files: template(HSM, workspace({ retentionInDays: 30 })),
    },
    {
      name: 'a workspace receiving only the logs of another resource type is not judged',
      files: template(HSM, diag({}, { scope: 'Microsoft.KeyVault/vaults/v1' }), workspace({})),
    },
    {
      name: 'a setting that sends no logs (metrics only) does not make the workspace a receiver',
      files: template(
        HSM,
        diag({ logs: undefined, metrics: [{ category: 'AllMetrics', enabled: true }] }),
        workspace({ retentionInDays: 30 }),
      ),
    },
    {
      name: 'a setting whose logs are all disabled does not make the workspace a receiver',
      files: template(
        HSM,
        diag({ logs: [{ category: 'AuditEvent', enabled: false }] }),
        workspace({ retentionInDays: 30 }),
      ),
    },
    {
      name: 'a workspace outside the scan: nothing to judge',
      files: template(HSM, diag({})),
    },
    {
      name: 'a referenced (existing) workspace is not judged',
      files: {
        'a.json': armTemplate([HSM, diag({}), { ...workspace({}), existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'PascalCase property name and a numeric string',
      files: template(HSM, diag({}), workspace({ RetentionInDays: '400' })),
    },
    { name: "parameter 'retention' defaults to 365", files: { 'a.json': retentionFrom(365) } },
    {
      name: 'HSM and workspace linked through resourceId() of parameters with defaults',
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1', workspaceName: 'law' }), 365) },
    },
    {
      name: 'HSM and workspace linked through resourceId() of parameters without values',
      files: { 'a.json': linkedByName(declared({ hsmName: 'string', workspaceName: 'string' }), 365) },
    },
    {
      name: 'the parameters file beside the template sets 400 over a default of 30',
      files: withParametersFile(retentionFrom(30), { retention: 400 }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: '30 days',
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
      "properties": {
        "retentionInDays": 30
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'tooShort',
          line: 17,
          column: 9,
          message: "Log Analytics workspace 'law' keeps the logs of Managed HSM 'hsm1' for 30 days",
        },
      ],
    },
    {
      name: 'retention omitted: Log Analytics keeps 30 days',
      files: template(HSM, diag({}), workspace({})),
      errors: [{ messageId: 'tooShortByDefault', message: 'Log Analytics keeps data 30 days by default' }],
    },
    {
      name: 'properties omitted altogether',
      files: template(HSM, diag({}), { ...workspace({}), properties: undefined }),
      errors: [{ messageId: 'tooShortByDefault', message: 'for 30 days' }],
    },
    {
      name: 'a stricter minimum from options',
      files: template(HSM, diag({}), workspace({ retentionInDays: 365 })),
      options: [{ minDays: 730 }],
      errors: [{ messageId: 'tooShort', message: 'less than the required 730' }],
    },
    {
      name: 'one finding per workspace, naming every HSM that sends to it',
      files: template(
        HSM,
        hsm(COMPLIANT_PROPERTIES, { name: 'hsm2' }),
        diag({}),
        diag({}, { name: 'audit2', scope: 'Microsoft.KeyVault/managedHSMs/hsm2' }),
        workspace({ retentionInDays: 90 }),
      ),
      errors: [{ messageId: 'tooShort', message: "Managed HSM 'hsm1', 'hsm2'" }],
    },
    {
      name: 'a workspace in another file is still judged',
      files: {
        'hsm.json': armTemplate([HSM, diag({})]),
        'law.json': armTemplate([workspace({ retentionInDays: 60 })]),
      },
      errors: [{ messageId: 'tooShort', file: 'law.json' }],
    },
    {
      name: 'a setting whose logs come from an expression may send logs: judged',
      files: template(HSM, diag({ logs: "[parameters('logs')]" }), workspace({ retentionInDays: 30 })),
      errors: [{ messageId: 'tooShort' }],
    },
    {
      name: 'retention from an expression: unresolved',
      files: template(HSM, diag({}), workspace({ retentionInDays: "[parameters('retention')]" })),
      errors: [{ messageId: 'unresolved', message: "[parameters('retention')]" }],
    },
    {
      name: 'the receiving workspace is named by an expression: unresolved',
      files: template(
        HSM,
        diag({ workspaceId: "[parameters('workspaceId')]" }),
        workspace({ retentionInDays: 30 }),
      ),
      errors: [{ messageId: 'unresolved', message: "workspace receiving the logs of Managed HSM 'hsm1'" }],
    },
    {
      name: "30 days as the default of parameter 'retention'",
      files: { 'a.json': retentionFrom(30) },
      errors: [
        {
          messageId: 'tooShort',
          parameter: 'retention',
          line: RETENTION_LINE,
          message: `for 30 days (retentionInDays), less than the required 365. Raise retentionInDays to at least 365, or archive the logs elsewhere for that long. ${defaultNote('retention')}`,
        },
      ],
    },
    {
      name: 'HSM and workspace linked through resourceId() of parameters with defaults: judged',
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1', workspaceName: 'law' }), 30) },
      errors: [
        {
          messageId: 'tooShort',
          message: "workspace 'law' keeps the logs of Managed HSM 'hsm1' for 30 days",
        },
      ],
    },
    {
      name: 'HSM and workspace linked through resourceId() of parameters without values: judged',
      files: { 'a.json': linkedByName(declared({ hsmName: 'string', workspaceName: 'string' }), 30) },
      errors: [
        {
          messageId: 'tooShort',
          message: `workspace '${WORKSPACE_NAME}' keeps the logs of Managed HSM '${HSM_NAME}' for 30 days`,
        },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: 30 over 365',
      files: withParametersFile(retentionFrom(365), { retention: 30 }),
      errors: [{ messageId: 'tooShort', file: 'main.json', line: RETENTION_LINE, message: 'for 30 days' }],
    },
  ],
});
