import type { Graph } from '../../src/model/graph.js';
import type { Resource } from '../../src/model/resource.js';
import { TYPES } from '../../src/model/resource.js';
import type { UnknownValue, Value } from '../../src/model/value.js';
import { isFalse } from './values.js';

/** A value a rule could not decide, with where it sits. */
export interface Pending {
  resource: Resource;
  path: string;
  value: UnknownValue;
}

/** The diagnostic settings scoped to a Managed HSM (both the `scope` and the provider form). */
export function diagnosticSettingsOf(graph: Graph, hsm: Resource): Resource[] {
  return graph.linkedTo(hsm, 'diagnostic-setting');
}

/** Diagnostic settings whose target is an expression that could not be followed. */
export function unresolvedDiagnosticScopes(graph: Graph): Pending[] {
  const out: Pending[] = [];
  for (const link of graph.unresolvedLinks('diagnostic-setting')) {
    if (link.value.kind === 'unknown') out.push({ resource: link.from, path: 'scope', value: link.value });
  }
  return out;
}

/** False only when the setting provably sends no logs (no log entry, or every entry disabled). */
export function sendsLogs(setting: Resource): boolean {
  const logs = setting.get('properties.logs');
  if (logs.kind === 'unknown') return true;
  return setting.items('properties.logs').some((entry) => {
    const enabled = entry.get('enabled');
    // A platform default counts as written (the azurerm legacy `log` block defaults `enabled` to true).
    return enabled.kind === 'unknown' || (enabled.kind !== 'absent' && !isFalse(enabled.value));
  });
}

export interface LogWorkspaces {
  /** Workspaces declared in the scan (possibly `existing`) that receive the HSM's logs. */
  workspaces: Array<{ workspace: Resource; setting: Resource }>;
  /** Literal workspace ids of workspaces outside the scan. */
  external: Array<{ setting: Resource; value: Value }>;
  /** Workspace ids written as expressions that could not be followed. */
  unresolved: Pending[];
}

/** The Log Analytics workspaces that receive a Managed HSM's logs through its diagnostic settings. */
export function logWorkspacesOf(graph: Graph, hsm: Resource): LogWorkspaces {
  const result: LogWorkspaces = { workspaces: [], external: [], unresolved: [] };
  const unresolvedLinks = graph.unresolvedLinks('log-destination');
  for (const setting of diagnosticSettingsOf(graph, hsm)) {
    if (!sendsLogs(setting)) continue;
    const workspaces = graph
      .linkedFrom(setting, 'log-destination')
      .filter((r) => r.isType(TYPES.logAnalyticsWorkspace));
    for (const workspace of workspaces) result.workspaces.push({ workspace, setting });
    if (workspaces.length > 0) continue;
    const pending = unresolvedLinks.find((l) => l.from === setting)?.value;
    if (pending?.kind === 'unknown') {
      result.unresolved.push({ resource: setting, path: 'properties.workspaceId', value: pending });
      continue;
    }
    const id = setting.get('properties.workspaceId');
    if (id.kind === 'known' && typeof id.value === 'string' && id.value.trim() !== '')
      result.external.push({ setting, value: id });
  }
  return result;
}
