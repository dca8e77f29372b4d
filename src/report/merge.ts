import type { Log, Notification, ReportingDescriptor, Result, Run } from 'sarif';
import { ENGINE_FINDINGS, type Finding } from '../model/finding.js';
import { compareRanges } from '../model/range.js';
import type { ScanResult } from '../scan.js';
import { compareText } from './common.js';

/**
 * `hsmlint merge`: puts the shards of one sweep back together. From `json-with-metadata` documents it
 * rebuilds the scan result the unsharded sweep would have produced (any format can then be written);
 * SARIF logs are merged into one run per tool and automation id.
 *
 * Each shard reports the same discovery (skipped folders and links, missing paths), which appears
 * once; files are put back in the order a folder walk finds them; findings are sorted as the scan sorts
 * them. A parse error or unresolved note of a file read by several deployments is reported once in
 * one scan; shards that read the same file (a `--parameters` file) report it once between them.
 */

export class MergeError extends Error {
  override name = 'MergeError';
}

export interface ShardInfo {
  index: number;
  count: number;
}

/** Checks that the inputs are the shards of one sweep: same count, each index once, none missing. */
export function checkShards(inputs: ReadonlyArray<{ source: string; shard?: ShardInfo }>): void {
  if (inputs.length === 0) throw new MergeError('Nothing to merge: give the result files of the shards.');
  const described = inputs.map((input) => ({
    source: input.source,
    shard: input.shard ?? { index: 1, count: 1 },
  }));
  const first = described[0];
  for (const other of described.slice(1)) {
    if (other.shard.count !== first.shard.count) {
      throw new MergeError(
        `The inputs are not shards of one sweep: ${first.source} is shard ${label(first.shard)} and ${other.source} is shard ${label(other.shard)}.`,
      );
    }
  }
  const byIndex = new Map<number, string>();
  for (const input of described) {
    const seen = byIndex.get(input.shard.index);
    if (seen !== undefined) {
      throw new MergeError(`${seen} and ${input.source} are both shard ${label(input.shard)}.`);
    }
    byIndex.set(input.shard.index, input.source);
  }
  const count = first.shard.count;
  const missing: number[] = [];
  for (let i = 1; i <= count; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0) {
    const present = [...byIndex.keys()].sort((a, b) => a - b).join(', ');
    throw new MergeError(
      `${missing.length === 1 ? 'Shard' : 'Shards'} ${missing.map((i) => `${i}/${count}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing (got ${present} of ${count}).`,
    );
  }
}

function label(shard: ShardInfo): string {
  return `${shard.index}/${shard.count}`;
}

/**
 * The order in which a folder walk finds display paths: in each folder, files before subfolders, each
 * by name (code units).
 */
export function compareWalkOrder(a: string, b: string): number {
  if (a === b) return 0;
  const as = a.split('/');
  const bs = b.split('/');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    if (as[i] === bs[i]) continue;
    const aFile = i === as.length - 1;
    const bFile = i === bs.length - 1;
    if (aFile !== bFile) return aFile ? -1 : 1;
    return compareText(as[i], bs[i]);
  }
  return as.length - bs.length;
}

/** Merges lists that are each in order, keeping each list's order; ties go to the earlier list. */
function mergeOrdered<T>(lists: readonly T[][], compare: (a: T, b: T) => number): T[] {
  const heads = lists.map(() => 0);
  const out: T[] = [];
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      if (heads[i] >= lists[i].length) continue;
      if (best < 0 || compare(lists[i][heads[i]], lists[best][heads[best]]) < 0) best = i;
    }
    if (best < 0) return out;
    out.push(lists[best][heads[best]++]);
  }
}

/**
 * Entries every shard reports (discovery's) come first, in the first shard's order; the others are
 * merged in walk order of `pathOf`.
 */
function mergeDiscovered<T>(
  lists: readonly T[][],
  keyOf: (item: T) => string,
  pathOf: (item: T) => string,
): T[] {
  if (lists.length === 1) return [...lists[0]];
  const inAll = (key: string) => lists.every((list) => list.some((item) => keyOf(item) === key));
  const common = lists[0].filter((item) => inAll(keyOf(item)));
  const commonKeys = new Set(common.map(keyOf));
  const rest = lists.map((list) => list.filter((item) => !commonKeys.has(keyOf(item))));
  return [...common, ...mergeOrdered(rest, (a, b) => compareWalkOrder(pathOf(a), pathOf(b)))];
}

/** The scan's order of findings (see `scan.ts`). */
function compareScanOrder(a: Finding, b: Finding): number {
  return compareRanges(a.range, b.range) || compareText(a.ruleId, b.ruleId);
}

/** Findings a scan reports once however many files read their file. */
const REPORTED_ONCE = new Set<string>([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.unresolved]);

/**
 * Rebuilds the result of the unsharded sweep from the results of its shards (relative to `cwd`).
 * Throws `MergeError` when they are not the shards of one sweep.
 */
export function mergeResults(
  inputs: ReadonlyArray<{ source: string; result: ScanResult }>,
  cwd: string,
): ScanResult {
  checkShards(inputs.map((input) => ({ source: input.source, shard: input.result.shard })));
  const ordered = [...inputs].sort((a, b) => (a.result.shard?.index ?? 1) - (b.result.shard?.index ?? 1));
  const results = ordered.map((input) => input.result);
  const rules = JSON.stringify(results[0].rules);
  for (const input of ordered.slice(1)) {
    if (JSON.stringify(input.result.rules) !== rules) {
      throw new MergeError(
        `The shards were not run with the same rules and settings (${ordered[0].source} and ${input.source} differ).`,
      );
    }
  }

  const findings: Finding[] = [];
  // Only duplicates between shards go: within one shard the scan already reported each once.
  const reportedBy = new Map<string, number>();
  results.forEach((result, shard) => {
    for (const finding of result.findings) {
      if (REPORTED_ONCE.has(finding.ruleId) && results.length > 1) {
        const key = JSON.stringify(finding);
        const by = reportedBy.get(key);
        if (by !== undefined && by !== shard) continue;
        reportedBy.set(key, shard);
      }
      findings.push(finding);
    }
  });
  findings.sort(compareScanOrder);

  const files = mergeOrdered(
    results.map((r) => r.files),
    (a, b) => compareWalkOrder(a.file, b.file),
  );
  const related: Record<string, string[]> = {};
  for (const { file } of files) {
    const owner = results.find((r) => Object.hasOwn(r.related, file));
    if (owner) related[file] = owner.related[file];
  }
  return {
    cwd,
    files,
    skipped: mergeDiscovered(
      results.map((r) => r.skipped),
      (s) => `${s.path}\u0000${s.reason}`,
      (s) => s.path,
    ),
    missing: [...results[0].missing],
    findings,
    rules: results[0].rules,
    resourceCount: results.reduce((sum, r) => sum + r.resourceCount, 0),
    suppressions: [
      ...results.flatMap((r) => r.suppressions.filter((s) => s.kind === 'directive')),
      ...results.flatMap((r) => r.suppressions.filter((s) => s.kind !== 'directive')),
    ],
    related,
  };
}

// --- SARIF -------------------------------------------------------------------------------------------

/** The shard a SARIF run says it is (hsmlint writes `run.properties.shard`). */
function shardOfRun(run: Run): ShardInfo | undefined {
  const shard = (run.properties as { shard?: ShardInfo } | undefined)?.shard;
  return shard && Number.isInteger(shard.index) && Number.isInteger(shard.count) ? shard : undefined;
}

/** Checks that a parsed document is a SARIF 2.1.0 log. */
export function isSarifLog(data: unknown): data is Log {
  const log = data as Partial<Log> | null;
  return typeof log === 'object' && log !== null && log.version === '2.1.0' && Array.isArray(log.runs);
}

/**
 * Merges the SARIF logs of the shards of one sweep: the runs of one tool and automation id become one
 * run, with each rule once and every result, in the order an unsharded scan writes them.
 */
export function mergeSarifLogs(inputs: ReadonlyArray<{ source: string; log: Log }>): Log {
  checkShards(
    inputs.map((input) => ({
      source: input.source,
      shard: input.log.runs.map(shardOfRun).find((s) => s !== undefined),
    })),
  );
  const ordered = [...inputs].sort(
    (a, b) =>
      (a.log.runs.map(shardOfRun).find(Boolean)?.index ?? 1) -
      (b.log.runs.map(shardOfRun).find(Boolean)?.index ?? 1),
  );
  const groups = new Map<string, Run[]>();
  for (const { log } of ordered) {
    for (const run of log.runs) {
      const key = `${run.tool.driver.name}\u0000${run.automationDetails?.id ?? ''}`;
      const group = groups.get(key);
      if (group) group.push(run);
      else groups.set(key, [run]);
    }
  }
  const first = ordered[0].log;
  return { ...first, runs: [...groups.values()].map(mergeRuns) };
}

function mergeRuns(runs: Run[]): Run {
  const merged: Run = structuredClone(runs[0]);
  if (merged.properties) {
    const { shard: _shard, ...rest } = merged.properties as Record<string, unknown>;
    void _shard;
    if (Object.keys(rest).length > 0) merged.properties = rest;
    else delete merged.properties;
  }
  if (runs.length === 1) return merged;

  // Results, with the rule each names, in the scan's order (each run's own order is kept on ties).
  const tagged: Array<{ run: number; result: Result; ruleId: string }> = [];
  runs.forEach((run, i) => {
    for (const result of run.results ?? []) {
      const ruleId = result.ruleId ?? run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id ?? '';
      tagged.push({ run: i, result, ruleId });
    }
  });
  tagged.sort((a, b) => compareSarifResults(a.result, a.ruleId, b.result, b.ruleId));

  // Each rule once; its descriptor from the run with the first result of the rule (a rule without a
  // configured level takes its level from the results), else from the first run that has it.
  const owner = new Map<string, number>();
  for (const t of tagged) if (!owner.has(t.ruleId)) owner.set(t.ruleId, t.run);
  const ids: string[] = [];
  const byId = new Map<string, ReportingDescriptor>();
  runs.forEach((run, i) => {
    for (const rule of run.tool.driver.rules ?? []) {
      if (!byId.has(rule.id)) ids.push(rule.id);
      if (!byId.has(rule.id) || owner.get(rule.id) === i) byId.set(rule.id, rule);
    }
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  merged.tool.driver.rules = ids.map((id) => structuredClone(byId.get(id)!));
  merged.results = tagged.map(({ result, ruleId }) => {
    const out = structuredClone(result);
    if (index.has(ruleId)) out.ruleIndex = index.get(ruleId);
    return out;
  });

  if (merged.invocations?.length) {
    const notifications = runs.map((run) => run.invocations?.[0]?.toolExecutionNotifications ?? []);
    const key = (n: Notification) => JSON.stringify(n);
    const isSkipped = (n: Notification) => n.descriptor?.id === 'skipped-file';
    const common = notifications[0].filter((n) =>
      notifications.every((list) => list.some((m) => key(m) === key(n))),
    );
    const commonKeys = new Set(common.map(key));
    const rest = notifications.map((list) => list.filter((n) => !commonKeys.has(key(n))));
    merged.invocations[0].executionSuccessful = runs.every((run) =>
      (run.invocations ?? []).every((inv) => inv.executionSuccessful),
    );
    merged.invocations[0].toolExecutionNotifications = structuredClone([
      ...common.filter(isSkipped),
      ...mergeOrdered(rest, (a, b) => compareWalkOrder(notificationPath(a), notificationPath(b))),
      ...common.filter((n) => !isSkipped(n)),
    ]);
  }
  return merged;
}

function compareSarifResults(a: Result, aRule: string, b: Result, bRule: string): number {
  const ka = resultKey(a);
  const kb = resultKey(b);
  return (
    compareText(ka.file, kb.file) ||
    ka.line - kb.line ||
    ka.column - kb.column ||
    compareText(aRule, bRule) ||
    compareText(a.message?.text ?? '', b.message?.text ?? '')
  );
}

/** The display path (or resource id) and position a result is at. */
function resultKey(result: Result): { file: string; line: number; column: number } {
  const location = result.locations?.[0];
  const physical = location?.physicalLocation;
  let file = '';
  if (physical?.artifactLocation?.uri) file = displayPathOf(physical.artifactLocation);
  else if (location?.logicalLocations?.[0]?.fullyQualifiedName)
    file = location.logicalLocations[0].fullyQualifiedName;
  return { file, line: physical?.region?.startLine ?? 0, column: physical?.region?.startColumn ?? 0 };
}

function notificationPath(notification: Notification): string {
  const artifact = notification.locations?.[0]?.physicalLocation?.artifactLocation;
  return artifact?.uri ? displayPathOf(artifact) : '';
}

/** A relative URI under `%SRCROOT%` back to the display path it encodes. */
function displayPathOf(artifact: { uri?: string; uriBaseId?: string }): string {
  const uri = artifact.uri ?? '';
  if (!artifact.uriBaseId) return uri;
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}
