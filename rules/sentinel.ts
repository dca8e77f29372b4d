import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue } from '../src/model/value.js';
import { equalsIgnoreCase } from '../src/model/value.js';
import { logWorkspacesOf } from './util/diagnostics.js';
import { writtenInProviderTerms } from './util/names.js';

type MessageIds = 'notOnboarded';

interface Pending {
  resource: Resource;
  path: string;
  value: UnknownValue;
}

/**
 * Whether a resource linked to a workspace as 'sentinel' really onboards Microsoft Sentinel. An
 * onboarding state always does; a Log Analytics solution only when it is the SecurityInsights solution
 * (plan product `OMSGallery/SecurityInsights`, named `SecurityInsights(<workspace>)`).
 */
function onboards(resource: Resource): true | false | Pending {
  if (!resource.isType(TYPES.sentinelSolution)) return true;
  const product = resource.get('plan.product');
  if (product.kind === 'known') return equalsIgnoreCase(product.value, 'OMSGallery/SecurityInsights');
  const name = resource.name;
  if (name.kind === 'known' && typeof name.value === 'string') return /^SecurityInsights\(/i.test(name.value);
  if (product.kind === 'unknown') return { resource, path: 'plan.product', value: product };
  if (name.kind === 'unknown') return { resource, path: 'name', value: name };
  return false;
}

export default defineRule<MessageIds>({
  meta: {
    id: 'sentinel',
    type: 'suggestion',
    docs: {
      description:
        'The Log Analytics workspace that receives Managed HSM logs is onboarded to Microsoft Sentinel.',
      recommendation: 'logging-and-monitoring/sentinel',
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
    messages: {
      notOnboarded:
        "Log Analytics workspace '{{name}}' receives the logs of Managed HSM '{{hsm}}' but is not onboarded to Microsoft Sentinel, so no analytics rule watches for suspicious key or security domain operations. {{fix}}",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.managedHsm](hsm) {
        const destinations = logWorkspacesOf(graph, hsm);
        const pending: Pending[] = [...destinations.unresolved];
        const candidates: Resource[] = [];
        for (const { workspace } of destinations.workspaces) {
          if (candidates.includes(workspace)) continue;
          candidates.push(workspace);
          const verdicts = graph.linkedTo(workspace, 'sentinel').map(onboards);
          if (verdicts.includes(true)) return;
          pending.push(...verdicts.filter((v): v is Pending => typeof v === 'object'));
        }
        // A workspace this scan does not declare may well be onboarded elsewhere: nothing to judge.
        if (destinations.external.length > 0 || candidates.some((w) => w.existing)) return;
        if (candidates.length === 0 && pending.length === 0) return; // diagnostic-logs reports that
        for (const link of graph.unresolvedLinks('sentinel')) {
          if (link.value.kind === 'unknown')
            pending.push({
              resource: link.from,
              path: link.from.isType(TYPES.sentinelSolution) ? 'properties.workspaceResourceId' : 'scope',
              value: link.value,
            });
        }
        if (pending.length > 0) {
          for (const p of pending) {
            context.unresolved(
              p.resource,
              p.path,
              p.value,
              `It decides whether the logs of Managed HSM '${hsm.displayName}' reach Microsoft Sentinel.`,
            );
          }
          return;
        }
        for (const workspace of candidates) {
          context.report({
            resource: workspace,
            messageId: 'notOnboarded',
            data: {
              name: workspace.displayName,
              hsm: hsm.displayName,
              fix: writtenInProviderTerms(workspace)
                ? 'Add an azurerm_sentinel_log_analytics_workspace_onboarding for the workspace.'
                : 'Add a Microsoft.SecurityInsights/onboardingStates (or the SecurityInsights solution) on the workspace.',
            },
          });
        }
      },
    };
  },
});
