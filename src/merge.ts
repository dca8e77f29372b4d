import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import type { Log } from 'sarif';
import type { Finding, Severity } from './model/finding.js';
import { readJsonWithMetadata, ResultDocumentError } from './report/json.js';
import { isSarifLog, MergeError, mergeResults, mergeSarifLogs } from './report/merge.js';
import type { ScanResult } from './scan.js';

/** What `hsmlint merge` read: a rebuilt scan result, or (from SARIF shards) a merged SARIF log. */
export type MergedInput = { kind: 'result'; result: ScanResult } | { kind: 'sarif'; log: Log };

/**
 * The result files named: files as given, folders searched (recursively, sorted) for `.json` and
 * `.sarif` files. Paths are relative to `cwd`.
 */
export function expandResultPaths(paths: readonly string[], cwd: string): string[] {
  const out: string[] = [];
  for (const given of paths) {
    const abs = resolve(cwd, given);
    let stats;
    try {
      stats = statSync(abs);
    } catch {
      throw new MergeError(`No such result file or folder: ${given}.`);
    }
    if (!stats.isDirectory()) {
      out.push(abs);
      continue;
    }
    const found = (readdirSync(abs, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((name) => /\.(json|sarif)$/i.test(name))
      .map((name) => join(abs, name))
      .filter((file) => lstatSync(file).isFile())
      .sort();
    if (found.length === 0)
      throw new MergeError(`The folder ${given} holds no .json or .sarif result files.`);
    out.push(...found);
  }
  return [...new Set(out)];
}

/**
 * Reads and merges the shards' results (absolute paths). All must be `json-with-metadata` documents or
 * all SARIF logs. Throws `MergeError` (or `ResultDocumentError`) with a message for people.
 */
export function mergeResultFiles(files: readonly string[], cwd: string): MergedInput {
  const name = (file: string) => relative(cwd, file).split(sep).join('/') || file;
  const documents = files.map((file) => {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new MergeError(`Cannot read ${name(file)}: ${(error as Error).message}`);
    }
    return { source: name(file), data };
  });
  const sarif = documents.filter((d) => isSarifLog(d.data));
  if (sarif.length > 0) {
    if (sarif.length !== documents.length) {
      throw new MergeError('Give either SARIF logs or json-with-metadata results to merge, not both.');
    }
    return {
      kind: 'sarif',
      log: mergeSarifLogs(sarif.map((d) => ({ source: d.source, log: d.data as Log }))),
    };
  }
  const results = documents.map((d) => {
    if (Array.isArray(d.data)) {
      throw new ResultDocumentError(
        `${d.source} is the json format, which lacks what a merge needs: write shard results with --format json-with-metadata.`,
      );
    }
    return { source: d.source, result: readJsonWithMetadata(d.data, cwd, d.source) };
  });
  return { kind: 'result', result: mergeResults(results, cwd) };
}

const SARIF_SEVERITY: Record<string, Severity> = { error: 'error', warning: 'warn', note: 'info' };

/** The findings of a SARIF log as far as the exit policy needs them (level and whether suppressed). */
export function exitFindingsOfSarif(log: Log): Finding[] {
  const out: Finding[] = [];
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const severity = SARIF_SEVERITY[result.level ?? 'warning'];
      if (!severity) continue;
      const range = { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
      const finding: Finding = { ruleId: result.ruleId ?? '', message: '', severity, range };
      if (result.suppressions?.length) finding.suppressed = { kind: 'directive', reason: '', range };
      out.push(finding);
    }
  }
  return out;
}

/**
 * Result files matching globs relative to `cwd` (the Action's `shard-results`), sorted; a pattern
 * without glob characters names a file or folder as is. Never follows symbolic links.
 */
export function globResultFiles(patterns: readonly string[], cwd: string): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const posixPattern = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
    const { base, glob } = picomatch.scan(posixPattern);
    if (!picomatch.scan(posixPattern).isGlob) {
      for (const file of expandResultPaths([pattern], cwd)) out.add(file);
      continue;
    }
    const root = resolve(cwd, base || '.');
    const match = picomatch(glob, { dot: true });
    let entries: string[];
    try {
      entries = readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[];
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      const rel = entry.split(sep).join('/');
      if (!match(rel)) continue;
      const file = join(root, entry);
      try {
        if (lstatSync(file).isFile()) out.add(file);
      } catch {
        // vanished or unreadable: not a result
      }
    }
  }
  if (out.size === 0) throw new MergeError(`No shard result files match ${patterns.join(', ')}.`);
  return [...out].sort();
}
