import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue } from '../src/model/value.js';
import { equalsIgnoreCase } from '../src/model/value.js';
import { isFalse } from './util/values.js';
import { writtenInProviderTerms } from './util/names.js';

type MessageIds = 'noAlert' | 'missingMetric';

interface Options {
  requireLatency: boolean;
}

interface Pending {
  resource: Resource;
  path: string;
  value: UnknownValue;
}

/** Whether an alert watches a metric: 'yes', 'no', or an unknown that might name it. */
function watches(alert: Resource, metric: string): true | false | Pending {
  const enabled = alert.get('properties.enabled');
  if (enabled.kind === 'unknown') return { resource: alert, path: 'properties.enabled', value: enabled };
  if (enabled.kind === 'known' && isFalse(enabled.value)) return false;
  const allOf = alert.get('properties.criteria.allOf');
  if (allOf.kind === 'unknown') return { resource: alert, path: 'properties.criteria.allOf', value: allOf };
  let pending: Pending | undefined;
  for (const criterion of alert.items('properties.criteria.allOf')) {
    const name = criterion.get('metricName');
    if (name.kind === 'known' && equalsIgnoreCase(name.value, metric)) return true;
    if (name.kind === 'unknown')
      pending ??= { resource: alert, path: `${criterion.path}.metricName`, value: name };
  }
  return pending ?? false;
}

export default defineRule<MessageIds, [Options]>({
  meta: {
    id: 'monitoring-alerts',
    type: 'suggestion',
    docs: {
      description:
        'A metric alert watches the availability (and optionally the latency) of each Managed HSM.',
      recommendation: 'logging-and-monitoring/alerts',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
    messages: {
      noAlert:
        "No metric alert targets Managed HSM '{{name}}', so nobody is told when it becomes unavailable. {{fix}}",
      missingMetric:
        "No enabled metric alert on Managed HSM '{{name}}' has a criterion on metric {{metric}}. Add one (for Availability, e.g. Average LessThan 100) to the HSM's metric alerts.",
    },
    schema: [
      {
        type: 'object',
        properties: { requireLatency: { type: 'boolean' } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireLatency: false }],
  },
  create(context) {
    const { graph } = context;
    const [{ requireLatency }] = context.options;
    const metrics = requireLatency ? ['Availability', 'ServiceApiLatency'] : ['Availability'];
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const alerts = graph.linkedTo(hsm, 'metric-alert');
        const scopes: Pending[] = [];
        for (const link of graph.unresolvedLinks('metric-alert')) {
          if (link.value.kind === 'unknown')
            scopes.push({ resource: link.from, path: 'properties.scopes', value: link.value });
        }
        if (alerts.length === 0 && scopes.length === 0) {
          return context.report({
            resource: hsm,
            messageId: 'noAlert',
            data: {
              name,
              fix: writtenInProviderTerms(hsm)
                ? `Add an azurerm_monitor_metric_alert whose scopes include the HSM's id, with a criteria block on metric_name ${metrics.join(' and ')}.`
                : `Add a Microsoft.Insights/metricAlerts whose scopes include the HSM, with a criterion on metric ${metrics.join(' and ')}.`,
            },
          });
        }
        // One unresolved finding per unknown value, naming every metric it leaves open.
        const open = new Map<string, { pending: Pending; metrics: string[] }>();
        for (const metric of metrics) {
          const results = alerts.map((alert) => watches(alert, metric));
          if (results.includes(true)) continue;
          const pending = [...results.filter((r): r is Pending => typeof r === 'object'), ...scopes];
          if (pending.length === 0) {
            context.report({ resource: hsm, messageId: 'missingMetric', data: { name, metric } });
            continue;
          }
          for (const p of pending) {
            const key = `${p.resource.key}|${p.path}`;
            const entry = open.get(key) ?? { pending: p, metrics: [] };
            entry.metrics.push(metric);
            open.set(key, entry);
          }
        }
        for (const { pending: p, metrics: which } of open.values()) {
          context.unresolved(
            p.resource,
            p.path,
            p.value,
            `It decides whether metric ${which.join(' and ')} of Managed HSM '${name}' is alerted on.`,
          );
        }
      },
    };
  },
});
