import { defineRule } from '../src/engine/rule.js';
import type { Resource } from '../src/model/resource.js';
import { TYPES } from '../src/model/resource.js';
import type { UnknownValue, Value } from '../src/model/value.js';
import { equalsIgnoreCase } from '../src/model/value.js';
import { diagnosticSettingsOf, unresolvedDiagnosticScopes, type Pending } from './util/diagnostics.js';
import { isTrue } from './util/values.js';
import { writtenInProviderTerms } from './util/names.js';

type MessageIds = 'noSetting' | 'noAuditLogs' | 'noDestination';

/** Where a diagnostic setting can send logs (rule-semantics.md §1.4; `marketplacePartnerId` is the partner solution). */
const DESTINATIONS = [
  'properties.workspaceId',
  'properties.storageAccountId',
  'properties.eventHubAuthorizationRuleId',
  'properties.marketplacePartnerId',
];

/** AuditEvent is the only Managed HSM log category; the audit and allLogs groups include it (§2.2). */
const AUDIT_GROUPS = ['audit', 'allLogs'];

type Tri = 'yes' | 'no' | 'maybe';

interface SettingProblem {
  messageId: Exclude<MessageIds, 'noSetting'>;
  at: Value;
  detail: string;
}

type Verdict =
  | { kind: 'ok' }
  | { kind: 'problems'; problems: SettingProblem[] }
  | { kind: 'unresolved'; pending: Pending[] };

function auditLogs(setting: Resource): { state: Tri; pending?: Pending; problem?: SettingProblem } {
  const logs = setting.get('properties.logs');
  if (logs.kind === 'unknown')
    return { state: 'maybe', pending: { resource: setting, path: 'properties.logs', value: logs } };
  let pending: Pending | undefined;
  let disabled: Value | undefined;
  for (const entry of setting.items('properties.logs')) {
    const whole = entry.value;
    if (whole.kind === 'unknown') {
      pending ??= { resource: setting, path: entry.path, value: whole };
      continue;
    }
    const category = entry.get('category');
    const group = entry.get('categoryGroup');
    const enabled = entry.get('enabled');
    const isAudit =
      (category.kind === 'known' && equalsIgnoreCase(category.value, 'AuditEvent')) ||
      (group.kind === 'known' && AUDIT_GROUPS.some((g) => equalsIgnoreCase(group.value, g)));
    // `enabled` is required by Resource Manager; a missing one collects nothing. A platform default counts
    // (the azurerm provider's legacy `log` block defaults `enabled` to true).
    const on: Tri =
      enabled.kind === 'unknown'
        ? 'maybe'
        : enabled.kind !== 'absent' && isTrue(enabled.value)
          ? 'yes'
          : 'no';
    if (on === 'no') {
      if (isAudit) disabled ??= enabled;
      continue;
    }
    if (isAudit && on === 'yes') return { state: 'yes' };
    if (isAudit) {
      pending ??= { resource: setting, path: `${entry.path}.enabled`, value: enabled as UnknownValue };
    } else if (category.kind === 'unknown') {
      pending ??= { resource: setting, path: `${entry.path}.category`, value: category };
    } else if (group.kind === 'unknown') {
      pending ??= { resource: setting, path: `${entry.path}.categoryGroup`, value: group };
    }
  }
  if (pending) return { state: 'maybe', pending };
  const problem: SettingProblem = disabled
    ? {
        messageId: 'noAuditLogs',
        at: disabled,
        detail: `enables no audit logs: its audit entry has enabled ${disabled.kind === 'absent' ? 'not set' : 'set to false'}`,
      }
    : {
        messageId: 'noAuditLogs',
        at: logs,
        detail:
          logs.kind === 'absent'
            ? 'has no logs section'
            : 'has no log entry for category AuditEvent or category group audit or allLogs',
      };
  return { state: 'no', problem };
}

function destination(setting: Resource): { state: Tri; pending?: Pending; problem?: SettingProblem } {
  let pending: Pending | undefined;
  for (const path of DESTINATIONS) {
    const value = setting.get(path);
    if (value.kind === 'known' && typeof value.value === 'string' && value.value.trim() !== '')
      return { state: 'yes' };
    // An id built by resourceId() and the like is unknown before deployment, but is certainly set.
    if (value.kind === 'unknown' && value.references?.length) return { state: 'yes' };
    if (value.kind === 'unknown') pending ??= { resource: setting, path, value };
  }
  if (pending) return { state: 'maybe', pending };
  const at = setting.get('properties');
  return { state: 'no', problem: { messageId: 'noDestination', at, detail: '' } };
}

function judge(setting: Resource): Verdict {
  const audit = auditLogs(setting);
  const dest = destination(setting);
  if (audit.state === 'yes' && dest.state === 'yes') return { kind: 'ok' };
  const problems = [audit.problem, dest.problem].filter((p): p is SettingProblem => p !== undefined);
  if (problems.length > 0) return { kind: 'problems', problems };
  return {
    kind: 'unresolved',
    pending: [audit.pending, dest.pending].filter((p): p is Pending => p !== undefined),
  };
}

export default defineRule<MessageIds>({
  meta: {
    id: 'diagnostic-logs',
    type: 'problem',
    docs: {
      description:
        'A diagnostic setting on each Managed HSM enables the AuditEvent log and sends it to a destination.',
      recommendation: 'logging-and-monitoring/audit-logging',
      policy: ['a2a5b911-5617-447e-a49e-59dbe0e0434b'],
    },
    surfaces: ['arm', 'bicep', 'terraform', 'tfplan', 'live'],
    messages: {
      noSetting:
        "Managed HSM '{{name}}' has no diagnostic setting, so no record is kept of who used or managed its keys. {{fix}}",
      noAuditLogs:
        "Diagnostic setting '{{name}}' of Managed HSM '{{hsm}}' {{detail}}, so the HSM's audit log is not collected. {{fix}}",
      noDestination:
        "Diagnostic setting '{{name}}' of Managed HSM '{{hsm}}' has no destination: none of {{destinations}} is set, so the logs go nowhere. Send them to a Log Analytics workspace, storage account or event hub.",
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    const { graph } = context;
    return {
      [TYPES.managedHsm](hsm) {
        const name = hsm.displayName;
        const settings = diagnosticSettingsOf(graph, hsm);
        const scopes = unresolvedDiagnosticScopes(graph);
        if (settings.length === 0 && scopes.length === 0) {
          const fix = writtenInProviderTerms(hsm)
            ? "Add an azurerm_monitor_diagnostic_setting whose target_resource_id is the HSM's id, with an enabled_log of category AuditEvent (or category_group audit or allLogs), sending it to a Log Analytics workspace, storage account or event hub."
            : 'Add a Microsoft.Insights/diagnosticSettings scoped to the HSM that enables category AuditEvent (or category group audit or allLogs) and sends it to a Log Analytics workspace, storage account or event hub.';
          return context.report({ resource: hsm, messageId: 'noSetting', data: { name, fix } });
        }
        const verdicts = settings.map((setting) => ({ setting, verdict: judge(setting) }));
        if (verdicts.some((v) => v.verdict.kind === 'ok')) return;
        const pending = [
          ...verdicts.flatMap((v) => (v.verdict.kind === 'unresolved' ? v.verdict.pending : [])),
          ...scopes,
        ];
        if (pending.length > 0) {
          for (const p of pending) {
            context.unresolved(
              p.resource,
              p.path,
              p.value,
              `It decides whether Managed HSM '${name}' has its audit log collected.`,
            );
          }
          return;
        }
        for (const { setting, verdict } of verdicts) {
          if (verdict.kind !== 'problems') continue;
          for (const problem of verdict.problems) {
            context.report({
              resource: setting,
              at: problem.at,
              messageId: problem.messageId,
              data: {
                name: setting.displayName,
                hsm: name,
                detail: problem.detail,
                ...settingWording(setting),
              },
            });
          }
        }
      },
    };
  },
});

/** How a diagnostic setting's fixes are written: with the azurerm provider's names, or Resource Manager's. */
function settingWording(setting: Resource): { fix: string; destinations: string } {
  return writtenInProviderTerms(setting)
    ? {
        fix: 'Add an enabled_log block with category AuditEvent (or category_group audit or allLogs).',
        destinations:
          'log_analytics_workspace_id, storage_account_id, eventhub_authorization_rule_id or partner_solution_id',
      }
    : {
        fix: 'Add a logs entry with category AuditEvent (or category group audit or allLogs) and enabled true.',
        destinations: 'workspaceId, storageAccountId, eventHubAuthorizationRuleId or marketplacePartnerId',
      };
}
