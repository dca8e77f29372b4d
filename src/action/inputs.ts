import * as core from '@actions/core';
import type { FailOn } from '../engine/exit-policy.js';
import { parseLiveSettings, type LiveSettings } from '../live-options.js';
import type { SeveritySetting } from '../model/finding.js';
import { parseShard, SHARD_SYNTAX, type Shard } from '../engine/shard.js';

/** `merge` reports the shards' results (`shard-results`) instead of scanning, as `auto` would report a scan. */
export type Mode = 'auto' | 'pull-request' | 'sweep' | 'merge';

/** The Action's inputs, validated. */
export interface ActionInputs {
  paths: string[];
  config?: string;
  failOn: FailOn;
  maxWarnings: number;
  unresolved?: SeveritySetting;
  mode: Mode;
  /** Undefined means the default of the mode (true on pull requests). */
  changedOnly?: boolean;
  annotations: boolean;
  comment: boolean;
  jobSummary: boolean;
  sarifFile?: string;
  baseline?: string;
  trackingIssue?: boolean;
  /** Read configuration and baseline from the pull request's base commit. */
  trustBaseConfig: boolean;
  /** Let suppressions the pull request adds take effect (they are always listed). */
  allowNewSuppressions: boolean;
  token: string;
  /** Live scan settings, when `live` is true. */
  live?: LiveSettings;
  /** Scan only this shard of the sweep; the step then writes its result file and reports nothing else. */
  shard?: Shard;
  /** Where to write the whole result (json-with-metadata); in shard mode there is a default. */
  resultFile?: string;
  /** In merge mode: globs (relative to the workspace) of the shards' result files. */
  shardResults: string[];
}

export class InputError extends Error {
  override name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim() || fallback;
  if (!allowed.includes(value as T)) {
    throw new InputError(`Input '${name}' must be one of ${allowed.join(', ')} (got '${value}').`);
  }
  return value as T;
}

function flag(name: string, fallback: boolean | undefined): boolean | undefined {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', 'on', '1'].includes(value)) return true;
  if (['false', 'no', 'off', '0'].includes(value)) return false;
  throw new InputError(`Input '${name}' must be true or false (got '${value}').`);
}

function liveSettings(): LiveSettings {
  try {
    return parseLiveSettings(
      (name) => core.getInput(name).trim() || undefined,
      (name) => `Input '${name}'`,
    );
  } catch (error) {
    throw new InputError((error as Error).message);
  }
}

export function readInputs(): ActionInputs {
  const paths = core
    .getInput('paths')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const maxWarningsText = core.getInput('max-warnings').trim();
  if (maxWarningsText !== '' && !/^-?\d+$/.test(maxWarningsText)) {
    throw new InputError(`Input 'max-warnings' must be a whole number (got '${maxWarningsText}').`);
  }
  const unresolved = core.getInput('unresolved').trim();
  const token = core.getInput('github-token');
  if (token) core.setSecret(token);
  return {
    paths: paths.length ? paths : ['.'],
    config: core.getInput('config').trim() || undefined,
    failOn: choice('fail-on', ['error', 'warn', 'info', 'never'] as const, 'error'),
    maxWarnings: maxWarningsText === '' ? -1 : Number(maxWarningsText),
    unresolved: unresolved
      ? choice('unresolved', ['off', 'info', 'warn', 'error'] as const, 'info')
      : undefined,
    mode: choice('mode', ['auto', 'pull-request', 'sweep', 'merge'] as const, 'auto'),
    changedOnly: flag('changed-only', undefined),
    annotations: flag('annotations', true)!,
    comment: flag('comment', true)!,
    jobSummary: flag('job-summary', true)!,
    sarifFile: core.getInput('sarif-file').trim() || undefined,
    baseline: core.getInput('baseline').trim() || undefined,
    trackingIssue: flag('tracking-issue', undefined),
    trustBaseConfig: flag('trust-base-config', true)!,
    allowNewSuppressions: flag('allow-new-suppressions', true)!,
    token,
    live: flag('live', false) ? liveSettings() : undefined,
    ...shardInputs(),
  };
}

function shardInputs(): Pick<ActionInputs, 'shard' | 'resultFile' | 'shardResults'> {
  const shardText = core.getInput('shard').trim();
  let shard: Shard | undefined;
  if (shardText !== '') {
    shard = parseShard(shardText);
    if (!shard) throw new InputError(`Input 'shard' must be ${SHARD_SYNTAX} (got '${shardText}').`);
  }
  const mode = core.getInput('mode').trim();
  const shardResults = core
    .getInput('shard-results')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (mode === 'merge') {
    if (shard)
      throw new InputError("Input 'shard' does not apply to mode merge, which reads the shards' results.");
    if (shardResults.length === 0)
      throw new InputError(
        "Mode merge needs input 'shard-results': the result files the shard jobs wrote (globs).",
      );
    if (flag('live', false)) throw new InputError("Input 'live' does not apply to mode merge.");
  }
  if (shard && flag('live', false))
    throw new InputError("Input 'shard' cannot be combined with live: live scans are not sharded.");
  return { shard, resultFile: core.getInput('result-file').trim() || undefined, shardResults };
}
