import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import { displayValue } from '../src/model/value.js';
import { logWorkspacesOf } from './util/diagnostics.js';
import { nameOf } from './util/names.js';

type MessageIds = 'tooShort' | 'tooShortByDefault';

interface Options {
  minDays: number;
}

/** A retention in days, when the value is one (ARM accepts numbers and numeric strings). */
function days(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

export default defineRule<MessageIds, [Options]>({
  meta: {
    id: 'log-retention',
    type: 'problem',
    docs: {
      description:
        'Log Analytics workspaces that receive Managed HSM logs keep them at least the required number of days.',
      recommendation: 'logging-and-monitoring/log-retention',
      policy: ['a2a5b911-5617-447e-a49e-59dbe0e0434b'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan'],
    messages: {
      tooShort:
        "Log Analytics workspace '{{name}}' keeps the logs of Managed HSM '{{hsm}}' for {{value}} days ({{property}}), less than the required {{minDays}}. Raise {{property}} to at least {{minDays}}, or archive the logs elsewhere for that long.",
      tooShortByDefault:
        "Log Analytics workspace '{{name}}' keeps the logs of Managed HSM '{{hsm}}' for {{value}} days ({{why}}), less than the required {{minDays}}. Set {{property}} to at least {{minDays}}.",
    },
    schema: [
      {
        type: 'object',
        properties: { minDays: { type: 'integer', minimum: 30, maximum: 4383 } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minDays: 365 }],
  },
  create(context) {
    const { graph } = context;
    const [{ minDays }] = context.options;
    // A workspace may receive the logs of several HSMs; judge it once, naming them all.
    const receivers = new Map<string, { workspace: Resource; hsms: string[] }>();
    let collected = false;
    const collect = () => {
      if (collected) return;
      collected = true;
      for (const hsm of graph.ofType(TYPES.managedHsm)) {
        for (const { workspace } of logWorkspacesOf(graph, hsm).workspaces) {
          const entry = receivers.get(workspace.key) ?? { workspace, hsms: [] };
          if (!entry.hsms.includes(hsm.displayName)) entry.hsms.push(hsm.displayName);
          receivers.set(workspace.key, entry);
        }
      }
    };
    return {
      [TYPES.managedHsm](hsm) {
        // A workspace named by an expression cannot be looked up: say so rather than pass.
        for (const pending of logWorkspacesOf(graph, hsm).unresolved) {
          context.unresolved(
            pending.resource,
            pending.path,
            pending.value,
            `The retention of the workspace receiving the logs of Managed HSM '${hsm.displayName}' cannot be checked.`,
          );
        }
      },
      [TYPES.logAnalyticsWorkspace](workspace) {
        collect();
        const entry = receivers.get(workspace.key);
        if (!entry) return; // receives no Managed HSM logs
        const hsm = entry.hsms.join("', '");
        const name = workspace.displayName;
        const property = nameOf(workspace, { arm: 'retentionInDays', provider: 'retention_in_days' });
        const retention = workspace.get('properties.retentionInDays');
        switch (retention.kind) {
          case 'unknown':
            return context.unresolved(workspace, 'properties.retentionInDays', retention);
          case 'absent':
            // Sources without a defaults table: Log Analytics keeps data 30 days when unset.
            return context.report({
              resource: workspace,
              at: retention,
              messageId: 'tooShortByDefault',
              data: { name, hsm, property, value: 30, why: `${property} is not set`, minDays },
            });
          case 'default': {
            const value = days(retention.value);
            if (value === undefined || value < minDays) {
              context.report({
                resource: workspace,
                at: retention,
                messageId: 'tooShortByDefault',
                data: { name, hsm, property, value: displayValue(retention), why: retention.why, minDays },
              });
            }
            return;
          }
          case 'known': {
            const value = days(retention.value);
            if (value === undefined || value < minDays) {
              context.report({
                resource: workspace,
                at: retention,
                messageId: 'tooShort',
                data: { name, hsm, property, value: displayValue(retention), minDays },
              });
            }
          }
        }
      },
    };
  },
});
