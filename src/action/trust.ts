import { execFileSync } from 'node:child_process';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { RuleRegistry } from '../engine/rule.js';
import { CONFIG_FILE_NAMES, parseConfigText, resolveConfig, type ResolvedConfig } from '../engine/config.js';
import { SEVERITY_RANK, type Finding } from '../model/finding.js';
import type { ScanResult } from '../scan.js';
import type { ChangeSet } from './changes.js';
import type { RunContext } from './context.js';
import type { Octokit } from '../report/github/client.js';

/** Reads a file as it is at the pull request's base commit: from git when it has the commit, else the API. */
export type BaseReader = (path: string) => Promise<string | undefined>;

export function baseReader(context: RunContext, octokit: () => Promise<Octokit>): BaseReader {
  const base = context.pullRequest?.baseSha ?? '';
  let gitHasBase: boolean | undefined;
  return async (path) => {
    if (gitHasBase === undefined) {
      try {
        execFileSync('git', ['cat-file', '-e', `${base}^{commit}`], {
          cwd: context.workspace,
          stdio: 'ignore',
        });
        gitHasBase = true;
      } catch {
        gitHasBase = false;
      }
    }
    if (gitHasBase) {
      try {
        return execFileSync('git', ['show', `${base}:${path}`], {
          cwd: context.workspace,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      } catch {
        return undefined;
      }
    }
    const client = await octokit();
    try {
      const { data } = await client.rest.repos.getContent({
        owner: context.owner,
        repo: context.repo,
        path,
        ref: base,
      });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return undefined;
      return Buffer.from(data.content, 'base64').toString('utf8');
    } catch (error) {
      if ((error as { status?: number }).status === 404) return undefined;
      throw error;
    }
  };
}

const posixPath = (path: string) => path.split(sep).join('/');

export interface ConfigDecision {
  /** The configuration the scan uses. */
  config: ResolvedConfig;
  /** Workspace-relative path of the configuration file (head or base), when there is one. */
  file?: string;
  /** What the pull request changes in the configuration, as sentences for the review. */
  changes: string[];
}

/**
 * On a pull request, the configuration comes from the base commit, so that a change cannot switch off
 * the checks that judge it; what the pull request changes is listed for the reviewers.
 */
export async function decideConfig(options: {
  registry: RuleRegistry;
  workspace: string;
  startDir: string;
  headConfig: ResolvedConfig;
  explicitFile?: string;
  readBase: BaseReader;
  trustBase: boolean;
}): Promise<ConfigDecision> {
  const { headConfig, workspace } = options;
  const headFile = headConfig.file;
  const candidates = headFile
    ? [posixPath(relative(workspace, headFile))]
    : options.explicitFile
      ? [posixPath(options.explicitFile)]
      : configCandidates(workspace, options.startDir);
  let baseText: string | undefined;
  let baseFile: string | undefined;
  for (const candidate of candidates) {
    if (candidate.startsWith('..')) continue; // outside the repository: not versioned with it
    baseText = await options.readBase(candidate);
    if (baseText !== undefined) {
      baseFile = candidate;
      break;
    }
  }
  const baseConfig = baseText
    ? resolveConfig(parseConfigText(baseText, baseFile!), options.registry, {
        file: `${baseFile} (base commit)`,
        baseDir: dirname(join(workspace, baseFile!)),
      })
    : resolveConfig({}, options.registry, { baseDir: workspace });
  const changes = describeConfigChanges(
    baseConfig,
    headConfig,
    headFile ? posixPath(relative(workspace, headFile)) : baseFile,
    options.trustBase,
  );
  return {
    config: options.trustBase ? baseConfig : headConfig,
    file: baseFile ?? (headFile && posixPath(relative(workspace, headFile))),
    changes,
  };
}

/** Where a configuration could be: from the first scanned path up to the workspace root. */
function configCandidates(workspace: string, startDir: string): string[] {
  const out: string[] = [];
  let dir = resolve(startDir);
  const root = resolve(workspace);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) out.push(posixPath(relative(root, join(dir, name))));
    if (dir === root || !dir.startsWith(root)) break;
    dir = dirname(dir);
  }
  return out;
}

function severityText(config: ResolvedConfig, id: string): string {
  return config.rules.get(id)?.severity ?? 'off';
}

/** Sentences naming each change that weakens or alters checks, base to head. */
export function describeConfigChanges(
  base: ResolvedConfig,
  head: ResolvedConfig,
  file: string | undefined,
  applied: boolean,
): string[] {
  const where = file ? ` in ${file}` : '';
  const suffix = applied ? ' (not applied: the base configuration is used)' : ' (applied)';
  const out: string[] = [];
  const ids = [...new Set([...base.rules.keys(), ...head.rules.keys()])].sort();
  for (const id of ids) {
    const before = severityText(base, id);
    const after = severityText(head, id);
    const rank = (s: string) => (s === 'off' ? -1 : SEVERITY_RANK[s as keyof typeof SEVERITY_RANK]);
    if (rank(after) < rank(before)) {
      out.push(
        `Rule '${id}' ${after === 'off' ? 'turned off' : `lowered to ${after}`} (was ${before})${where}${suffix}.`,
      );
    } else if (rank(after) > rank(before)) {
      out.push(`Rule '${id}' raised to ${after} (was ${before})${where}.`);
    } else if (JSON.stringify(base.rules.get(id)?.options) !== JSON.stringify(head.rules.get(id)?.options)) {
      out.push(`Options of rule '${id}' changed${where}${suffix}.`);
    }
  }
  for (const glob of head.ignore.filter((g) => !base.ignore.includes(g))) {
    out.push(`Files matching '${glob}' are now ignored${where}${suffix}.`);
  }
  if (base.unresolved !== head.unresolved) {
    out.push(`Unresolved checks reported as ${head.unresolved} (was ${base.unresolved})${where}${suffix}.`);
  }
  if (JSON.stringify(base.parameters) !== JSON.stringify(head.parameters)) {
    out.push(`Configured template parameters changed${where}${suffix}.`);
  }
  if (JSON.stringify(base.modules ?? {}) !== JSON.stringify(head.modules ?? {})) {
    out.push(`Bicep module mappings changed${where}${suffix}.`);
  }
  return out;
}

/** Whether a line of a file is among the lines the pull request changed. */
export function isChangedLine(changes: ChangeSet | undefined, file: string, line: number): boolean {
  const lines = changes?.files.get(file);
  return lines === 'all' || (lines instanceof Set && lines.has(line));
}

/**
 * Suppressions written on lines the pull request changed, as sentences for the review. When they may
 * not take effect, the findings they would hide are restored.
 */
export function reviewNewSuppressions(
  result: ScanResult,
  changes: ChangeSet | undefined,
  allow: boolean,
): string[] {
  if (!changes) return [];
  const added = result.suppressions.filter((s) => isChangedLine(changes, s.range.file, s.range.start.line));
  const out: string[] = [];
  for (const s of added) {
    const rules = s.rules.length ? s.rules.map((r) => `'${r}'`).join(', ') : 'every rule';
    const where = `${s.range.file}:${s.range.start.line}`;
    const reason = s.reason ? `reason: ${s.reason}` : 'no reason given';
    out.push(`${rules} suppressed at ${where} (${reason})${allow ? '' : ' (not applied)'}.`);
  }
  if (!allow) {
    const keys = new Set(added.map((s) => `${s.range.file}:${s.range.start.line}:${s.range.start.column}`));
    for (const f of result.findings) {
      const by = f.suppressed;
      if (
        by &&
        by.kind !== 'baseline' &&
        keys.has(`${by.range.file}:${by.range.start.line}:${by.range.start.column}`)
      ) {
        (f as Finding).suppressed = undefined;
      }
    }
  }
  return out;
}
