import { beforeAll } from '@jest/globals';
import { registry } from '../../rules/index.js';
import rule from '../../rules/monitoring-alerts.js';
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
import { bicep, bicepHsm, BICEP_HSM_PROPERTIES, raw, resource } from './util/bicep.js';
import {
  ADMINS_GROUP,
  HSM_ID as TF_HSM_ID,
  HSM_TYPE,
  loadTerraform,
  planHsmWith,
  plannedAt,
  positionOf,
  tf,
  tfPlan,
  tfVariable,
  tfWithHsm,
} from './util/terraform.js';

beforeAll(async () => {
  await loadTerraform();
});

const HSM = hsm(COMPLIANT_PROPERTIES);
const HSM_ID =
  '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';

function criterion(metricName: string): Record<string, unknown> {
  return {
    criterionType: 'StaticThresholdCriterion',
    name: metricName,
    metricName,
    metricNamespace: 'Microsoft.KeyVault/managedHSMs',
    operator: metricName === 'Availability' ? 'LessThan' : 'GreaterThan',
    threshold: metricName === 'Availability' ? 100 : 1000,
    timeAggregation: 'Average',
  };
}

function alert(
  metrics: string[],
  extra: Record<string, unknown> = {},
  properties: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    type: 'Microsoft.Insights/metricAlerts',
    apiVersion: '2018-03-01',
    name: `alert-${metrics.join('-') || 'none'}`,
    location: 'global',
    ...extra,
    properties: {
      severity: 1,
      enabled: true,
      scopes: [HSM_ID],
      evaluationFrequency: 'PT1M',
      windowSize: 'PT5M',
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria',
        allOf: metrics.map(criterion),
      },
      ...properties,
    },
  };
}

const template = (...resources: unknown[]) => ({ 'a.json': armTemplate(resources) });

/** An alert on the HSM whose only criterion's metric is parameter `metric`, with the given default. */
const metricFrom = (metric: unknown) =>
  parameterized(
    defaults({ metric }),
    HSM,
    alert([], {}, { criteria: { allOf: [{ metricName: "[parameters('metric')]" }] } }),
  );
// Findings of this rule are about something missing: they point at the HSM declaration (its opening brace).
const HSM_LINE = lineOf(metricFrom('Availability'), '"type": "Microsoft.KeyVault/managedHSMs"') - 1;

/** An HSM named by parameter `hsmName` and an alert whose scopes name it with resourceId() of that parameter. */
const linkedByName = (parameters: ReturnType<typeof defaults>, metrics: string[]) =>
  parameterized(
    parameters,
    hsm(COMPLIANT_PROPERTIES, { name: HSM_NAME }),
    alert(metrics, {}, { scopes: [HSM_REF] }),
  );

const bicepAlert = (metric: unknown, scopes: unknown = [raw('hsm.id')]) =>
  resource('availability', 'Microsoft.Insights/metricAlerts@2018-03-01', {
    name: 'hsm1-availability',
    location: 'global',
    properties: {
      severity: 1,
      enabled: true,
      scopes,
      evaluationFrequency: 'PT1M',
      windowSize: 'PT5M',
      criteria: {
        'odata.type': 'Microsoft.Azure.Monitor.SingleResourceMultipleMetricCriteria',
        allOf: [
          {
            name: 'availability',
            metricName: metric,
            operator: 'LessThan',
            threshold: 100,
            timeAggregation: 'Average',
            criterionType: 'StaticThresholdCriterion',
          },
        ],
      },
    },
  });
const BICEP_ALERTED_HSM = bicepHsm(BICEP_HSM_PROPERTIES);

const bicepValid: RuleTestCase[] = [
  {
    name: 'Bicep: an availability alert on hsm.id',
    files: { 'main.bicep': bicep(BICEP_ALERTED_HSM, bicepAlert('Availability')) },
  },
];

const bicepInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Bicep: no alert',
    files: { 'main.bicep': BICEP_ALERTED_HSM },
    errors: [
      {
        messageId: 'noAlert',
        line: 1,
        column: 1,
        message:
          'Add a Microsoft.Insights/metricAlerts whose scopes include the HSM, with a criterion on metric',
      },
    ],
  },
  {
    name: 'Bicep: an alert on another metric',
    files: { 'main.bicep': bicep(BICEP_ALERTED_HSM, bicepAlert('ServiceApiHit')) },
    errors: [{ messageId: 'missingMetric', line: 1, column: 1 }],
  },
  {
    name: 'Bicep: the metric from a parameter without a value: unresolved',
    files: { 'main.bicep': bicep('param metric string', BICEP_ALERTED_HSM, bicepAlert(raw('metric'))) },
    errors: [{ messageId: 'unresolved' }],
  },
];

// ---------------------------------------------------------------- Terraform

const tfCriterion = (block: string, metric: string, threshold = '    threshold        = 100\n') =>
  `\n  ${block} {\n    metric_namespace = "Microsoft.KeyVault/managedHSMs"\n    metric_name      = "${metric}"\n    aggregation      = "Average"\n    operator         = "LessThan"\n${threshold}  }\n`;
const tfAlert = (scopes: string, criteria: string, first = '', name = 'availability') =>
  `resource "azurerm_monitor_metric_alert" "${name}" {
${first}  name                = "hsm-${name}"
  resource_group_name = "rg"
  scopes              = ${scopes}
${criteria}}
`;
const AVAILABILITY = tfCriterion('criteria', 'Availability');
const TF_NO_ALERT = tfWithHsm();
const TF_DISABLED = tfWithHsm(tfAlert(`[${TF_HSM_ID}]`, AVAILABILITY, '  enabled             = false\n'));
const TF_NO_LATENCY = tfWithHsm(tfAlert(`[${TF_HSM_ID}]`, AVAILABILITY));
/** Two HSMs from one for_each; `scopes` of the alert decides which of them are watched. */
const tfPool = (alert: string) =>
  tf(
    ADMINS_GROUP,
    `resource "${HSM_TYPE}" "pool" {
  for_each                 = toset(["hsm-a", "hsm-b"])
  name                     = each.key
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku_name                 = "Standard_B1"
  tenant_id                = "11111111-1111-1111-1111-111111111111"
  admin_object_ids         = [azuread_group.admins.object_id]
  purge_protection_enabled = true
}
`,
    alert,
  );
const TF_POOL_ONE = tfPool(tfAlert(`[${HSM_TYPE}.pool["hsm-a"].id]`, AVAILABILITY));
const PLAN_NO_ALERT = { 'plan.json': tfPlan([planHsmWith({})]) };

const terraformValid: RuleTestCase[] = [
  {
    name: 'Terraform: an Availability alert whose scopes name the HSM id',
    files: TF_NO_LATENCY,
  },
  {
    name: 'Terraform: Availability and a dynamic ServiceApiLatency criterion, latency required',
    files: tfWithHsm(
      tfAlert(`[${TF_HSM_ID}]`, AVAILABILITY),
      tfAlert(
        `[${TF_HSM_ID}]`,
        tfCriterion('dynamic_criteria', 'ServiceApiLatency', '    alert_sensitivity = "Medium"\n').replace(
          'operator         = "LessThan"',
          'operator         = "GreaterThan"',
        ),
        '',
        'latency',
      ),
    ),
    options: [{ requireLatency: true }],
  },
  {
    name: 'Terraform: a for_each alert over a for_each of HSMs watches each of them',
    files: tfPool(tfAlert('[each.value.id]', AVAILABILITY, `  for_each            = ${HSM_TYPE}.pool\n`)),
  },
  {
    name: 'plan JSON: an Availability alert on the HSM',
    files: {
      'plan.json': tfPlan([
        planHsmWith({}),
        {
          address: 'azurerm_monitor_metric_alert.availability',
          values: {
            name: 'hsm-availability',
            resource_group_name: 'rg',
            enabled: true,
            severity: 3,
            criteria: [
              {
                metric_namespace: 'Microsoft.KeyVault/managedHSMs',
                metric_name: 'Availability',
                aggregation: 'Average',
                operator: 'LessThan',
                threshold: 100,
              },
            ],
            dynamic_criteria: [],
          },
          unknown: ['id', 'scopes'],
          references: { scopes: [`${HSM_TYPE}.hsm.id`, `${HSM_TYPE}.hsm`] },
        },
      ]),
    },
  },
];

const terraformInvalid: InvalidRuleTestCase[] = [
  {
    name: 'Terraform: no azurerm_monitor_metric_alert',
    files: TF_NO_ALERT,
    errors: [
      {
        messageId: 'noAlert',
        ...positionOf(TF_NO_ALERT['main.tf'], `resource "${HSM_TYPE}"`),
        message:
          "No metric alert targets Managed HSM 'hsm1', so nobody is told when it becomes unavailable. Add an azurerm_monitor_metric_alert whose scopes include the HSM's id, with a criteria block on metric_name Availability.",
      },
    ],
  },
  {
    name: 'Terraform: the only Availability alert has enabled = false',
    files: TF_DISABLED,
    errors: [
      {
        messageId: 'missingMetric',
        ...positionOf(TF_DISABLED['main.tf'], `resource "${HSM_TYPE}"`),
        message: 'has a criterion on metric Availability',
      },
    ],
  },
  {
    name: 'Terraform: latency required, only Availability watched',
    files: TF_NO_LATENCY,
    options: [{ requireLatency: true }],
    errors: [{ messageId: 'missingMetric', message: 'metric ServiceApiLatency' }],
  },
  {
    name: 'Terraform: for_each HSMs, the alert watches only one of them',
    files: TF_POOL_ONE,
    errors: [
      {
        messageId: 'noAlert',
        ...positionOf(TF_POOL_ONE['main.tf'], `resource "${HSM_TYPE}"`),
        message: "Managed HSM 'hsm-b'",
      },
    ],
  },
  {
    name: 'Terraform: scopes from a variable without a value is unresolved',
    files: tfWithHsm(tfAlert('var.scopes', AVAILABILITY), tfVariable('scopes', 'list(string)')),
    errors: [{ messageId: 'unresolved', message: 'var.scopes' }],
  },
  {
    name: 'plan JSON: no alert, located at the planned HSM',
    files: PLAN_NO_ALERT,
    errors: [
      {
        messageId: 'noAlert',
        file: 'plan.json',
        ...plannedAt(PLAN_NO_ALERT['plan.json'], `${HSM_TYPE}.hsm`),
      },
    ],
  },
];

new RuleTester(registry).run(rule, {
  valid: [
    ...terraformValid,
    ...bicepValid,
    { name: 'an Availability alert on the HSM', files: template(HSM, alert(['Availability'])) },
    {
      name: 'scopes given as a relative id, metric name in any case',
      files: template(
        HSM,
        alert(
          [],
          {},
          {
            scopes: ['Microsoft.KeyVault/managedHSMs/hsm1'],
            criteria: { allOf: [{ metricName: 'availability' }] },
          },
        ),
      ),
    },
    {
      name: 'requireLatency: Availability and ServiceApiLatency, in separate alerts',
      files: template(HSM, alert(['Availability']), alert(['ServiceApiLatency'])),
      options: [{ requireLatency: true }],
    },
    {
      name: 'requireLatency: both criteria in one alert',
      files: template(HSM, alert(['Availability', 'ServiceApiLatency'])),
      options: [{ requireLatency: true }],
    },
    {
      name: 'latency is not required by default',
      files: template(HSM, alert(['Availability'])),
      options: [{}],
    },
    {
      name: 'PascalCase property names',
      files: template(HSM, {
        Type: 'Microsoft.Insights/metricAlerts',
        ApiVersion: '2018-03-01',
        Name: 'a',
        Properties: { Scopes: [HSM_ID], Criteria: { AllOf: [{ MetricName: 'Availability' }] } },
      }),
    },
    {
      name: 'the alert may live in another file',
      files: { 'hsm.json': armTemplate([HSM]), 'alerts.json': armTemplate([alert(['Availability'])]) },
    },
    {
      name: "metric Availability as the default of parameter 'metric'",
      files: { 'a.json': metricFrom('Availability') },
    },
    {
      name: "the alert enabled by the default of parameter 'alertsOn'",
      files: {
        'a.json': parameterized(
          defaults({ alertsOn: true }),
          HSM,
          alert(['Availability'], {}, { enabled: "[parameters('alertsOn')]" }),
        ),
      },
    },
    {
      name: "scopes name the HSM with resourceId() of parameter 'hsmName', which has a default",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), ['Availability']) },
    },
    {
      name: "scopes name the HSM with resourceId() of parameter 'hsmName', which has no value",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), ['Availability']) },
    },
    {
      name: 'the parameters file beside the template sets Availability over a default of ServiceApiHit',
      files: withParametersFile(metricFrom('ServiceApiHit'), { metric: 'Availability' }),
      paths: ['main.json'],
    },
  ],
  invalid: [
    ...terraformInvalid,
    ...bicepInvalid,
    {
      name: 'no metric alert at all',
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
        { messageId: 'noAlert', line: 5, column: 5, message: "No metric alert targets Managed HSM 'hsm1'" },
      ],
    },
    {
      name: 'an alert on another resource does not count',
      files: template(HSM, alert(['Availability'], {}, { scopes: ['Microsoft.KeyVault/managedHSMs/other'] })),
      errors: [{ messageId: 'noAlert', message: 'metric Availability.' }],
    },
    {
      name: 'requireLatency: no alert names both metrics in the message',
      files: template(HSM),
      options: [{ requireLatency: true }],
      errors: [{ messageId: 'noAlert', message: 'metric Availability and ServiceApiLatency' }],
    },
    {
      name: 'an alert on the HSM, but not on Availability',
      files: {
        'a.json': `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "contentVersion": "1.0.0.0",
  "resources": [
    { "type": "Microsoft.Insights/metricAlerts", "apiVersion": "2018-03-01", "name": "hits",
      "properties": { "scopes": ["Microsoft.KeyVault/managedHSMs/hsm1"], "criteria": { "allOf": [{ "metricName": "ServiceApiHit" }] } } },
    {
      "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",
      "properties": {}
    }
  ]
}`,
      },
      errors: [
        { messageId: 'missingMetric', line: 7, column: 5, message: 'criterion on metric Availability' },
      ],
    },
    {
      name: 'a disabled Availability alert does not count',
      files: template(HSM, alert(['Availability'], {}, { enabled: false })),
      errors: [{ messageId: 'missingMetric', message: 'Availability' }],
    },
    {
      name: 'requireLatency: latency missing',
      files: template(HSM, alert(['Availability'])),
      options: [{ requireLatency: true }],
      errors: [{ messageId: 'missingMetric', message: 'metric ServiceApiLatency' }],
    },
    {
      name: 'criteria from an expression: unresolved',
      files: template(HSM, alert([], {}, { criteria: { allOf: "[variables('criteria')]" } })),
      errors: [{ messageId: 'unresolved', message: "[variables('criteria')]" }],
    },
    {
      name: 'metric name from an expression: unresolved once, naming both metrics',
      files: template(
        HSM,
        alert([], {}, { criteria: { allOf: [{ metricName: "[parameters('metric')]" }] } }),
      ),
      options: [{ requireLatency: true }],
      errors: [{ messageId: 'unresolved', message: 'metric Availability and ServiceApiLatency' }],
    },
    {
      name: 'enabled from an expression: unresolved',
      files: template(HSM, alert(['Availability'], {}, { enabled: "[parameters('alertsOn')]" })),
      errors: [{ messageId: 'unresolved', message: 'properties.enabled' }],
    },
    {
      name: 'alert scopes from an expression: unresolved',
      files: template(HSM, alert(['Availability'], {}, { scopes: ["[parameters('hsmId')]"] })),
      errors: [{ messageId: 'unresolved', message: "[parameters('hsmId')]" }],
    },
    {
      // Reported on the HSM (the finding is about a missing alert), so no value carries the parameter.
      name: "the only criterion is on the default of parameter 'metric', ServiceApiHit",
      files: { 'a.json': metricFrom('ServiceApiHit') },
      errors: [
        { messageId: 'missingMetric', line: HSM_LINE, message: 'has a criterion on metric Availability' },
      ],
    },
    {
      name: "the Availability alert disabled by the default of parameter 'alertsOn'",
      files: {
        'a.json': parameterized(
          defaults({ alertsOn: false }),
          HSM,
          alert(['Availability'], {}, { enabled: "[parameters('alertsOn')]" }),
        ),
      },
      errors: [{ messageId: 'missingMetric', message: 'No enabled metric alert' }],
    },
    {
      name: "scopes name the HSM with resourceId() of parameter 'hsmName' with a default: the alert is judged",
      files: { 'a.json': linkedByName(defaults({ hsmName: 'hsm1' }), ['ServiceApiHit']) },
      errors: [
        { messageId: 'missingMetric', message: "Managed HSM 'hsm1' has a criterion on metric Availability" },
      ],
    },
    {
      name: "scopes name the HSM with resourceId() of parameter 'hsmName' without a value: the alert is judged",
      files: { 'a.json': linkedByName(declared({ hsmName: 'string' }), ['ServiceApiHit']) },
      errors: [{ messageId: 'missingMetric', message: `Managed HSM '${HSM_NAME}' has a criterion` }],
    },
    {
      name: 'the parameters file beside the template wins over the default: ServiceApiHit over Availability',
      files: withParametersFile(metricFrom('Availability'), { metric: 'ServiceApiHit' }),
      paths: ['main.json'],
      errors: [{ messageId: 'missingMetric', file: 'main.json', line: HSM_LINE }],
    },
  ],
});
