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
    errors: [{ messageId: 'noAlert', line: 1, column: 1 }],
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

new RuleTester(registry).run(rule, {
  valid: [
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
