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
} from './util/parameters.js';
import type { InvalidRuleTestCase, RuleTestCase } from '../../src/engine/rule-tester.js';
import { at, bicep, bicepDefaultNote, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';

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

new RuleTester(registry).run(rule, {
  valid: [
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
