import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ENGINE_FINDINGS, type Finding } from '../model/finding.js';
import { pointRange } from '../model/range.js';
import { ConfigError } from './config.js';

/**
 * The baseline: how many findings of each rule each file is allowed to keep, as ESLint's bulk
 * suppressions count them. Only findings beyond the baseline are new; a file that has more findings of a
 * rule than its count reports all of them, since nothing tells which ones are new.
 */
export interface Baseline {
  version: 1;
  files: Record<string, Record<string, { count: number }>>;
}

const NOT_BASELINED = new Set<string>([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.internalError]);

export function readBaseline(file: string): Baseline {
  if (!existsSync(file)) return { version: 1, files: {} };
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`Cannot read baseline ${file}: ${(error as Error).message}`, 'baseline');
  }
  const files = (data as { files?: unknown })?.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) {
    throw new ConfigError(`Baseline ${file} has no "files" object.`, 'baseline.files');
  }
  for (const [path, rules] of Object.entries(files as Record<string, unknown>)) {
    for (const [rule, entry] of Object.entries((rules ?? {}) as Record<string, unknown>)) {
      const count = (entry as { count?: unknown })?.count;
      if (!Number.isInteger(count) || (count as number) < 0) {
        throw new ConfigError(
          `Baseline ${file}: files["${path}"]["${rule}"].count must be a whole number.`,
          `baseline.files.${path}.${rule}.count`,
        );
      }
    }
  }
  return { version: 1, files: files as Baseline['files'] };
}

function countsOf(findings: readonly Finding[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  for (const f of findings) {
    if (f.suppressed || NOT_BASELINED.has(f.ruleId)) continue;
    const byRule = counts.get(f.range.file) ?? new Map<string, number>();
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    counts.set(f.range.file, byRule);
  }
  return counts;
}

/** Marks findings covered by the baseline as suppressed (kind `baseline`); returns how many it covered. */
export function applyBaseline(findings: Finding[], baseline: Baseline, source: string): number {
  const counts = countsOf(findings);
  let covered = 0;
  for (const f of findings) {
    if (f.suppressed || NOT_BASELINED.has(f.ruleId)) continue;
    const allowed = baseline.files[f.range.file]?.[f.ruleId]?.count ?? 0;
    const actual = counts.get(f.range.file)?.get(f.ruleId) ?? 0;
    if (allowed > 0 && actual <= allowed) {
      f.suppressed = {
        kind: 'baseline',
        reason: `in the baseline ${source}`,
        range: pointRange(f.range.file),
      };
      covered++;
    }
  }
  return covered;
}

/** A baseline that accepts every current unsuppressed finding. */
export function baselineOf(findings: readonly Finding[]): Baseline {
  const files: Baseline['files'] = {};
  for (const [file, rules] of [...countsOf(findings)].sort(([a], [b]) => a.localeCompare(b))) {
    files[file] = {};
    for (const [rule, count] of [...rules].sort(([a], [b]) => a.localeCompare(b)))
      files[file][rule] = { count };
  }
  return { version: 1, files };
}

/** Lowers counts to what is still there and drops entries that were fixed; never raises a count. */
export function pruneBaseline(baseline: Baseline, findings: readonly Finding[]): Baseline {
  const current = baselineOf(
    findings.map((f) => (f.suppressed?.kind === 'baseline' ? { ...f, suppressed: undefined } : f)),
  );
  const files: Baseline['files'] = {};
  for (const [file, rules] of Object.entries(baseline.files)) {
    for (const [rule, { count }] of Object.entries(rules)) {
      const now = current.files[file]?.[rule]?.count ?? 0;
      const kept = Math.min(count, now);
      if (kept > 0) (files[file] ??= {})[rule] = { count: kept };
    }
  }
  return { version: 1, files };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileSync(file, `${JSON.stringify(baseline, null, 2)}\n`);
}
