import { beforeAll } from '@jest/globals';
import rule from '../../rules/diagnostic-logs.js';
import { registry } from '../../rules/index.js';
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
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  azapiHsm,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  positionOf,
  tf,
  tfDiagnostic,
  tfHsm,
  tfModule,
  tfPlan,
  tfVariable,
  tfWithHsm,
  tfWorkspace,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM = hsm(COMPLIANT_PROPERTIES);
const HSM_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';
const WORKSPACE_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law';
const STORAGE_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs';
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
    properties,
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** A setting whose AuditEvent entry is enabled by parameter `auditEnabled`, with the given default. */
const auditEnabledFrom = (auditEnabled: unknown) =>
  parameterized(
    defaults({ auditEnabled }),
    HSM,
    diag({
      workspaceId: WORKSPACE_ID,
      logs: [{ category: 'AuditEvent', enabled: "[parameters('auditEnabled')]" }],
    }),
  );
const ENABLED_LINE = lineOf(auditEnabledFrom(true), '"enabled": "[parameters');

/** An HSM named by parameter `hsmName` and a setting scoped to it with resourceId() of that parameter. */
const linkedByName = (parameters: ReturnType<typeof defaults>, enabled: boolean) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    diag({ workspaceId: WORKSPACE_ID, logs: [{ category: 'AuditEvent', enabled }] }, { scope: HSM_REF }),
  );

const BICEP_LOGGED_HSM = bicepHsm(BICEP_HSM_PROPERTIES);
const BICEP_WORKSPACE = resource('workspace', 'Microsoft.OperationalInsights/workspaces@2023-09-01', {
  name: 'logs',
  location: 'westeurope',
  properties: { retentionInDays: 365 },
});
const bicepSetting = (properties: Record<string, unknown>, scope: unknown = raw('hsm')) =>
  resource('audit', 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview', {
    name: 'audit',
    scope,
    properties,
  });
const BICEP_AUDIT = { workspaceId: raw('workspace.id'), logs: [{ category: 'AuditEvent', enabled: true }] };
const BICEP_DISABLED = bicep(
  BICEP_LOGGED_HSM,
  BICEP_WORKSPACE,
  bicepSetting({ ...BICEP_AUDIT, logs: [{ category: 'AuditEvent', enabled: false }] }),
);
const BICEP_NOWHERE = bicep(
  BICEP_LOGGED_HSM,
  bicepSetting({ logs: [{ categoryGroup: 'audit', enabled: true }] }),
);

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: scope: hsm, AuditEvent to a workspace',
    files: { 'main.bicep': bicep(BICEP_LOGGED_HSM, BICEP_WORKSPACE, bicepSetting(BICEP_AUDIT)) },
  },
  {
    name: 'Bicep: the allLogs group to an existing workspace in another resource group',
    files: {
      'main.bicep': bicep(
        BICEP_LOGGED_HSM,
        "resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' existing = {\n  name: 'central'\n  scope: resourceGroup('monitoring')\n}",
        bicepSetting({
          workspaceId: raw('workspace.id'),
          logs: [{ categoryGroup: 'allLogs', enabled: true }],
        }),
      ),
    },
  },
  {
    name: 'Bicep: a conditional setting deployed with a parameter default of true',
    files: {
      'main.bicep': bicep(
        'param audit bool = true',
        BICEP_LOGGED_HSM,
        BICEP_WORKSPACE,
        resource(
          'audit',
          'Microsoft.Insights/diagnosticSettings@2021-05-01-preview',
          { name: 'audit', scope: raw('hsm'), properties: BICEP_AUDIT },
          { condition: 'audit' },
        ),
      ),
    },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no diagnostic setting',
    files: { 'main.bicep': BICEP_LOGGED_HSM },
    errors: [
      {
        messageId: 'noSetting',
        line: 1,
        column: 1,
        message:
          'Add a Microsoft.Insights/diagnosticSettings scoped to the HSM that enables category AuditEvent',
      },
    ],
  },
  {
    name: 'Bicep: AuditEvent disabled',
    files: { 'main.bicep': BICEP_DISABLED },
    errors: [{ messageId: 'noAuditLogs', ...at(BICEP_DISABLED, 'enabled: false') }],
  },
  {
    name: 'Bicep: no destination',
    files: { 'main.bicep': BICEP_NOWHERE },
    errors: [{ messageId: 'noDestination', ...at(BICEP_NOWHERE, 'properties: {\n    logs') }],
  },
  {
    name: "Bicep: enabled false as the default of parameter 'auditOn'",
    files: {
      'main.bicep': bicep(
        'param auditOn bool = false',
        BICEP_LOGGED_HSM,
        BICEP_WORKSPACE,
        bicepSetting({ ...BICEP_AUDIT, logs: [{ category: 'AuditEvent', enabled: raw('auditOn') }] }),
      ),
    },
    errors: [{ messageId: 'noAuditLogs', parameter: 'auditOn', message: bicepDefaultNote('auditOn') }],
  },
  {
    name: 'Bicep: logs from a parameter without a value: unresolved',
    files: {
      'main.bicep': bicep(
        'param logs array',
        BICEP_LOGGED_HSM,
        BICEP_WORKSPACE,
        bicepSetting({ ...BICEP_AUDIT, logs: raw('logs') }),
      ),
    },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfLogs = (lines: string, target?: string) => tfWithHsm(WORKSPACE, tfDiagnostic(lines, 'diag', target));
const WORKSPACE = tfWorkspace('  retention_in_days   = 365\n');
const TO_WORKSPACE = '  log_analytics_workspace_id = azurerm_log_analytics_workspace.law.id\n';
const TF_NO_SETTING = tfWithHsm(WORKSPACE);
const TF_LEGACY_OFF = tfLogs(
  `${TO_WORKSPACE}\n  log {\n    category = "AuditEvent"\n    enabled  = false\n  }\n`,
);
const TF_OTHER_CATEGORY = tfLogs(
  `${TO_WORKSPACE}\n  enabled_log {\n    category = "AzurePolicyEvaluationDetails"\n  }\n`,
);
const TF_NO_DESTINATION = tfLogs('\n  enabled_log {\n    category = "AuditEvent"\n  }\n');
const diagnosticAt = (files: Record<string, string>) =>
  positionOf(files['main.tf'], 'resource "azurerm_monitor_diagnostic_setting"');
/** The HSM and its diagnostic setting in a local module; the root passes the workspace id in. */
const TF_MODULE = {
  ...tfModule(
    '  workspace_id = azurerm_log_analytics_workspace.law.id\n',
    `${tfVariable('workspace_id', 'string')}\n${tfHsm('', 'hsm', '["22222222-2222-2222-2222-222222222222"]')}\n${tfDiagnostic('  log_analytics_workspace_id = var.workspace_id\n\n  enabled_log {\n    category_group = "audit"\n  }\n')}`,
  ),
};
TF_MODULE['main.tf'] += `\n${WORKSPACE}`;
const TF_MODULE_OFF = {
  ...TF_MODULE,
  'modules/hsm/main.tf': TF_MODULE['modules/hsm/main.tf'].replace('"audit"', '"AllMetrics"'),
};
const AZAPI_SETTING = (logs: string) =>
  tf(
    azapiHsm(),
    WORKSPACE,
    `resource "azapi_resource" "diag" {
  type      = "Microsoft.Insights/diagnosticSettings@2021-05-01-preview"
  name      = "hsm-audit"
  parent_id = azapi_resource.hsm.id
  body = {
    properties = {
      workspaceId = azurerm_log_analytics_workspace.law.id
      logs        = ${logs}
    }
  }
}
`,
  );
const AZAPI_OFF = AZAPI_SETTING('[{ category = "AuditEvent", enabled = false }]');
const planSetting = (values: Record<string, unknown>) => ({
  'plan.json': tfPlan([
    planHsmWith({}),
    {
      address: 'azurerm_monitor_diagnostic_setting.diag',
      values: {
        name: 'hsm-audit',
        storage_account_id: null,
        eventhub_authorization_rule_id: null,
        eventhub_name: null,
        partner_solution_id: null,
        ...values,
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
const PLAN_LEGACY_OFF = planSetting({
  log: [{ category: 'AuditEvent', category_group: null, enabled: false, retention_policy: [] }],
});

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: enabled_log AuditEvent to a workspace',
    files: tfLogs(`${TO_WORKSPACE}\n  enabled_log {\n    category = "AuditEvent"\n  }\n`),
  },
  {
    name: 'Terraform: enabled_log category_group "audit" to a storage account',
    files: tfLogs(
      '  storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/logs"\n\n  enabled_log {\n    category_group = "audit"\n  }\n',
    ),
  },
  {
    name: 'Terraform: enabled_log category_group "allLogs" to an event hub',
    files: tfLogs(
      '  eventhub_authorization_rule_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.EventHub/namespaces/ns/authorizationRules/send"\n\n  enabled_log {\n    category_group = "allLogs"\n  }\n',
    ),
  },
  {
    name: 'Terraform: legacy log block (azurerm < 4) with enabled = true',
    files: tfLogs(`${TO_WORKSPACE}\n  log {\n    category = "AuditEvent"\n    enabled  = true\n  }\n`),
  },
  {
    name: 'Terraform: legacy log block without enabled, which the provider defaults to true',
    files: tfLogs(`${TO_WORKSPACE}\n  log {\n    category = "AuditEvent"\n  }\n`),
  },
  {
    name: 'Terraform: the HSM and its setting in a local module, the workspace id passed in by reference',
    files: TF_MODULE,
    paths: ['.'],
  },
  {
    name: 'azapi: a diagnosticSettings body enabling AuditEvent, parent_id the HSM',
    files: AZAPI_SETTING('[{ category = "AuditEvent", enabled = true }]'),
  },
  {
    name: 'plan JSON: enabled_log AuditEvent, target and workspace ids known after apply',
    files: planSetting({ enabled_log: [{ category: 'AuditEvent', category_group: null }] }),
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: no azurerm_monitor_diagnostic_setting on the HSM',
    files: TF_NO_SETTING,
    errors: [
      {
        messageId: 'noSetting',
        ...positionOf(TF_NO_SETTING['main.tf'], `resource "${HSM_TYPE}"`),
        message:
          "Managed HSM 'hsm1' has no diagnostic setting, so no record is kept of who used or managed its keys. Add an azurerm_monitor_diagnostic_setting whose target_resource_id is the HSM's id, with an enabled_log of category AuditEvent",
      },
    ],
  },
  {
    name: 'Terraform: legacy log block with enabled = false',
    files: TF_LEGACY_OFF,
    errors: [
      {
        messageId: 'noAuditLogs',
        ...positionOf(TF_LEGACY_OFF['main.tf'], 'enabled  = false'),
        message:
          "Diagnostic setting 'hsm-audit' of Managed HSM 'hsm1' enables no audit logs: its audit entry has enabled set to false",
      },
    ],
  },
  {
    name: 'Terraform: enabled_log of a category that is not the audit log',
    files: TF_OTHER_CATEGORY,
    errors: [
      {
        messageId: 'noAuditLogs',
        ...positionOf(TF_OTHER_CATEGORY['main.tf'], 'enabled_log'),
        message:
          "has no log entry for category AuditEvent or category group audit or allLogs, so the HSM's audit log is not collected. Add an enabled_log block with category AuditEvent (or category_group audit or allLogs).",
      },
    ],
  },
  {
    name: 'Terraform: no destination attribute',
    files: TF_NO_DESTINATION,
    errors: [
      {
        messageId: 'noDestination',
        ...diagnosticAt(TF_NO_DESTINATION),
        message:
          'none of log_analytics_workspace_id, storage_account_id, eventhub_authorization_rule_id or partner_solution_id is set',
      },
    ],
  },
  {
    name: 'Terraform: a setting in a local module with only a non-audit category group',
    files: TF_MODULE_OFF,
    paths: ['.'],
    errors: [
      {
        messageId: 'noAuditLogs',
        file: 'modules/hsm/main.tf',
        ...positionOf(TF_MODULE_OFF['modules/hsm/main.tf'], 'enabled_log'),
        message: '(Deployed through module "hsm" at main.tf:1.)',
      },
    ],
  },
  {
    name: 'azapi: a diagnosticSettings body with AuditEvent disabled',
    files: AZAPI_OFF,
    errors: [{ messageId: 'noAuditLogs', ...positionOf(AZAPI_OFF['main.tf'], 'enabled = false') }],
  },
  {
    name: 'plan JSON: a legacy log block with enabled false, located in the plan',
    files: PLAN_LEGACY_OFF,
    errors: [
      {
        messageId: 'noAuditLogs',
        file: 'plan.json',
        ...positionOf(PLAN_LEGACY_OFF['plan.json'], '"enabled": false'),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    {
      name: 'AuditEvent enabled, sent to a Log Analytics workspace',
      files: template(HSM, diag({ workspaceId: WORKSPACE_ID, logs: AUDIT })),
    },
    {
      name: 'category group audit to a storage account, scope given as a full resource id',
      files: template(
        HSM,
        diag(
          { storageAccountId: STORAGE_ID, logs: [{ categoryGroup: 'audit', enabled: true }] },
          { scope: HSM_ID },
        ),
      ),
    },
    {
      name: 'category group allLogs to an event hub, any case in names and values',
      files: template(HSM, {
        Type: 'Microsoft.Insights/diagnosticSettings',
        ApiVersion: '2021-05-01-preview',
        Name: 'eh',
        Scope: 'Microsoft.KeyVault/managedHsms/HSM1',
        Properties: {
          EventHubAuthorizationRuleId: `${STORAGE_ID}/x`,
          Logs: [{ CategoryGroup: 'ALLLOGS', Enabled: true }],
        },
      }),
    },
    {
      name: 'a partner solution is a destination too',
      files: template(HSM, diag({ marketplacePartnerId: '/subscriptions/x/partner', logs: AUDIT })),
    },
    {
      name: 'enabled written as the string "true"',
      files: template(
        HSM,
        diag({ workspaceId: WORKSPACE_ID, logs: [{ category: 'AuditEvent', enabled: 'true' }] }),
      ),
    },
    {
      name: 'one passing setting is enough, even next to a metrics-only one',
      files: template(
        HSM,
        diag(
          { workspaceId: WORKSPACE_ID, metrics: [{ category: 'AllMetrics', enabled: true }] },
          { name: 'm' },
        ),
        diag({ storageAccountId: STORAGE_ID, logs: AUDIT }),
      ),
    },
    {
      name: 'the setting may live in another file',
      files: {
        'hsm.json': armTemplate([HSM]),
        'diag.json': armTemplate([diag({ workspaceId: WORKSPACE_ID, logs: AUDIT })]),
      },
    },
    {
      name: 'a referenced (existing) HSM is not judged',
      files: {
        'a.json': armTemplate([{ ...HSM, existing: true }]).replace(
          '"resources": [',
          '"languageVersion": "2.0", "resources": [',
        ),
      },
    },
    {
      name: 'no Managed HSM: nothing to check',
      files: template(diag({ logs: [] }, { scope: 'Microsoft.KeyVault/vaults/v1' })),
    },
    {
      name: 'provider form (hsm1/Microsoft.Insights/audit); relies on the ARM reader canonicalizing it',
      files: template(HSM, {
        type: 'Microsoft.KeyVault/managedHSMs/providers/diagnosticSettings',
        apiVersion: '2021-05-01-preview',
        name: 'hsm1/Microsoft.Insights/audit',
        properties: { workspaceId: WORKSPACE_ID, logs: AUDIT },
      }),
    },
    {
      name: 'destination built by resourceId(): unknown before deployment, but certainly set',
      files: template(
        HSM,
        diag({
          workspaceId: "[resourceId('Microsoft.OperationalInsights/workspaces', 'law')]",
          logs: AUDIT,
        }),
      ),
    },
    {
      name: "AuditEvent enabled by the default of parameter 'auditEnabled'",
      files: { 'a.json': auditEnabledFrom(true) },
    },
    {
      name: "the workspace id as the default of parameter 'workspaceId'",
      files: {
        'a.json': parameterized(
          defaults({ workspaceId: WORKSPACE_ID }),
          HSM,
          diag({ workspaceId: "[parameters('workspaceId')]", logs: AUDIT }),
        ),
      },
    },
    {
      name: "scoped through resourceId() of parameter 'hsmName', which has a default",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), true) },
    },
    {
      name: "scoped through resourceId() of parameter 'hsmName', which has no value: by expression text",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), true) },
    },
    {
      name: 'the parameters file beside the template enables AuditEvent over a default of false',
      files: withParametersFile(auditEnabledFrom(false), { auditEnabled: true }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'no diagnostic setting at all',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "properties": {}
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'noSetting',
          line: 5,
          column: 5,
          message: "Managed HSM 'hsm1' has no diagnostic setting",
        },
      ],
    },
    {
      name: 'a diagnostic setting on another HSM does not count',
      files: template(
        HSM,
        diag({ workspaceId: WORKSPACE_ID, logs: AUDIT }, { scope: 'Microsoft.KeyVault/managedHSMs/hsm2' }),
      ),
      errors: [{ messageId: 'noSetting' }],
    },
    {
      name: 'AuditEvent disabled',
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
        "logs": [{ "category": "AuditEvent", "enabled": false }]
      }
    }
  ]
}`,
      },
      errors: [
        {
          messageId: 'noAuditLogs',
          line: 11,
          column: 46,
          message:
            "Diagnostic setting 'audit' of Managed HSM 'hsm1' enables no audit logs: its audit entry has enabled set to false",
        },
      ],
    },
    {
      name: 'enabled omitted on the AuditEvent entry',
      files: template(HSM, diag({ workspaceId: WORKSPACE_ID, logs: [{ category: 'AuditEvent' }] })),
      errors: [{ messageId: 'noAuditLogs', message: 'enabled not set' }],
    },
    {
      name: 'metrics only: no logs section',
      files: template(
        HSM,
        diag({ workspaceId: WORKSPACE_ID, metrics: [{ category: 'AllMetrics', enabled: true }] }),
      ),
      errors: [{ messageId: 'noAuditLogs', message: 'has no logs section' }],
    },
    {
      name: 'a log entry for some other category',
      files: template(HSM, diag({ workspaceId: WORKSPACE_ID, logs: [{ category: 'Other', enabled: true }] })),
      errors: [{ messageId: 'noAuditLogs', message: 'no log entry for category AuditEvent' }],
    },
    {
      name: 'no destination',
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
        "logs": [{ "category": "AuditEvent", "enabled": true }]
      }
    }
  ]
}`,
      },
      errors: [{ messageId: 'noDestination', line: 9, column: 7, message: 'has no destination' }],
    },
    {
      name: 'an empty workspace id is no destination',
      files: template(HSM, diag({ workspaceId: '', logs: AUDIT })),
      errors: [{ messageId: 'noDestination' }],
    },
    {
      name: 'neither audit logs nor a destination: both reported',
      files: template(HSM, diag({ logs: [{ categoryGroup: 'other', enabled: true }] })),
      errors: [{ messageId: 'noAuditLogs' }, { messageId: 'noDestination' }],
    },
    {
      name: 'every failing setting is reported',
      files: template(
        HSM,
        diag({ logs: AUDIT }, { name: 'a' }),
        diag(
          { storageAccountId: STORAGE_ID, logs: [{ category: 'AuditEvent', enabled: false }] },
          { name: 'b' },
        ),
      ),
      errors: [
        { messageId: 'noDestination', message: "'a'" },
        { messageId: 'noAuditLogs', message: "'b'" },
      ],
    },
    {
      name: 'provider form with the audit log disabled',
      files: template(HSM, {
        type: 'Microsoft.KeyVault/managedHSMs/providers/diagnosticSettings',
        apiVersion: '2021-05-01-preview',
        name: 'hsm1/Microsoft.Insights/audit',
        properties: { workspaceId: WORKSPACE_ID, logs: [{ category: 'AuditEvent', enabled: false }] },
      }),
      errors: [{ messageId: 'noAuditLogs', message: "Diagnostic setting 'audit' of Managed HSM 'hsm1'" }],
    },
    {
      name: 'logs from an expression: unresolved',
      files: template(HSM, diag({ workspaceId: WORKSPACE_ID, logs: "[parameters('logs')]" })),
      errors: [{ messageId: 'unresolved', message: "properties.logs is [parameters('logs')]" }],
    },
    {
      name: 'enabled from an expression: unresolved',
      files: template(
        HSM,
        diag({
          workspaceId: WORKSPACE_ID,
          logs: [{ category: 'AuditEvent', enabled: "[parameters('on')]" }],
        }),
      ),
      errors: [{ messageId: 'unresolved', message: "[parameters('on')]" }],
    },
    {
      name: 'the only destination is an expression: unresolved',
      files: template(HSM, diag({ workspaceId: "[parameters('workspaceId')]", logs: AUDIT })),
      errors: [{ messageId: 'unresolved', message: 'properties.workspaceId' }],
    },
    {
      name: 'the setting targets an expression: unresolved, naming the HSM',
      files: template(
        HSM,
        diag({ workspaceId: WORKSPACE_ID, logs: AUDIT }, { scope: "[parameters('target')]" }),
      ),
      errors: [{ messageId: 'unresolved', message: "Managed HSM 'hsm1'" }],
    },
    {
      name: 'a failing setting next to one whose target is unknown: unresolved, not a problem',
      files: template(
        HSM,
        diag({ logs: AUDIT }, { name: 'a' }),
        diag({ workspaceId: WORKSPACE_ID, logs: AUDIT }, { name: 'b', scope: "[parameters('target')]" }),
      ),
      errors: [{ messageId: 'unresolved', message: 'scope' }],
    },
    {
      name: 'a conditional HSM is checked and the finding says so',
      files: template({ ...HSM, condition: "[parameters('deployHsm')]" }),
      errors: [{ messageId: 'noSetting', conditional: true }],
    },
    {
      name: "AuditEvent disabled by the default of parameter 'auditEnabled'",
      files: { 'a.json': auditEnabledFrom(false) },
      errors: [
        {
          messageId: 'noAuditLogs',
          parameter: 'auditEnabled',
          line: ENABLED_LINE,
          message: `its audit entry has enabled set to false, so the HSM's audit log is not collected. Add a logs entry with category AuditEvent (or category group audit or allLogs) and enabled true. ${defaultNote('auditEnabled')}`,
        },
      ],
    },
    {
      name: "the logs list as the default of parameter 'logs', without an audit entry",
      files: {
        'a.json': parameterized(
          defaults({ logs: [{ category: 'Other', enabled: true }] }),
          HSM,
          diag({ workspaceId: WORKSPACE_ID, logs: "[parameters('logs')]" }),
        ),
      },
      errors: [
        { messageId: 'noAuditLogs', parameter: 'logs', message: 'has no log entry for category AuditEvent' },
      ],
    },
    {
      name: "scoped through resourceId() of parameter 'hsmName' with a default: the setting is judged",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), false) },
      errors: [{ messageId: 'noAuditLogs', message: "Diagnostic setting 'audit' of Managed HSM 'hsm1'" }],
    },
    {
      name: "scoped through resourceId() of parameter 'hsmName' without a value: the setting is judged",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), false) },
      errors: [
        { messageId: 'noAuditLogs', message: `Diagnostic setting 'audit' of Managed HSM '${HSM_NAME}'` },
      ],
    },
    {
      name: 'the parameters file beside the template wins over the default: false over true',
      files: withParametersFile(auditEnabledFrom(true), { auditEnabled: false }),
      paths: ['main.json'],
      errors: [
        { messageId: 'noAuditLogs', file: 'main.json', line: ENABLED_LINE, message: 'enabled set to false' },
      ],
    },
  ],
});
