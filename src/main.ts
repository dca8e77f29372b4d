import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { registry } from '../rules/index.js';
import { affectedEntryPoints } from './action/affected.js';
import { changesFromApi, changesFromGit, type ChangeSet } from './action/changes.js';
import { readRunContext, type RunContext } from './action/context.js';
import { InputError, readInputs, type ActionInputs } from './action/inputs.js';
import { trackingTitle } from './action/sweep.js';
import { baseReader, decideConfig, isChangedLine, reviewNewSuppressions } from './action/trust.js';
import { applyBaseline, readBaseline } from './engine/baseline.js';
import { readLive } from './live-options.js';
import { loadConfig } from './engine/config.js';
import { loadLibraries } from './model/libraries.js';
import { discoverFiles } from './engine/discover.js';
import { decideExit } from './engine/exit-policy.js';
import type { Finding } from './model/finding.js';
import { emitAnnotations } from './report/github/annotations.js';
import { createOctokit, type Octokit } from './report/github/client.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  upsertStickyComment,
  type CommentOutcome,
} from './report/github/comment.js';
import { syncTrackingIssue } from './report/github/tracking-issue.js';
import { formatMarkdown } from './report/markdown.js';
import { formatSarif } from './report/sarif.js';
import { formatJsonWithMetadata, ResultDocumentError } from './report/json.js';
import { MergeError } from './report/merge.js';
import { globResultFiles, mergeResultFiles } from './merge.js';
import { scanAsync, type ScanResult } from './scan.js';
import { SOURCE_EXTENSIONS } from './sources/index.js';

/** A job summary holds 1 MiB; Markdown stays well below it. */
const SUMMARY_LIMIT = 900_000;

/**
 * The Action: scans the workspace (on pull requests, the changed files and what uses them) with the
 * configuration from the base commit, then annotates findings, writes the job summary and SARIF, keeps
 * one pull request comment or one tracking issue up to date, sets outputs and fails by the exit policy.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = readRunContext();
    await runAction(inputs, context);
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}

async function runAction(inputs: ActionInputs, context: RunContext): Promise<void> {
  // Merge mode reports the shards' results as auto mode would report a scan of the same event.
  const merging = inputs.mode === 'merge';
  const sharded = inputs.shard !== undefined;
  const mode =
    inputs.mode === 'auto' || merging ? (context.pullRequest ? 'pull-request' : 'sweep') : inputs.mode;
  if (mode === 'pull-request' && !context.pullRequest) {
    throw new InputError(
      `Input 'mode' is pull-request, but the '${context.eventName}' event has no pull request.`,
    );
  }
  const pr = mode === 'pull-request' ? context.pullRequest : undefined;
  const workspace = context.workspace;
  const display = (abs: string) => relative(workspace, abs).split(sep).join('/');
  let client: Promise<Octokit> | undefined;
  const octokit = () => {
    if (!inputs.token) throw new InputError("Input 'github-token' is empty; GitHub reporting needs a token.");
    client ??= createOctokit(inputs.token, context.apiUrl);
    return client;
  };
  const notes: Array<{ title: string; items: string[] }> = [];
  const logNotes: string[] = [];

  // Configuration: on pull requests from the base commit unless opted out.
  await loadLibraries();
  const startDir = resolve(workspace, inputs.paths[0] ?? '.');
  const headConfig = loadConfig(registry, {
    configFile: inputs.config ? resolve(workspace, inputs.config) : undefined,
    startDir,
    overrides: { unresolved: inputs.unresolved },
  });
  let config = headConfig;
  const readBase = pr ? baseReader(context, octokit) : undefined;
  if (pr && readBase) {
    const decision = await decideConfig({
      registry,
      workspace,
      startDir,
      headConfig,
      explicitFile: inputs.config,
      readBase,
      trustBase: inputs.trustBaseConfig,
    });
    config = inputs.unresolved ? { ...decision.config, unresolved: inputs.unresolved } : decision.config;
    if (decision.changes.length)
      notes.push({ title: 'Configuration changes in this pull request', items: decision.changes });
  }

  // What to scan: on pull requests the changed files and their dependents, unless changed-only is off.
  let changes: ChangeSet | undefined;
  let paths = inputs.paths;
  let implicit = false;
  if (pr) {
    const fromGit = changesFromGit(workspace, pr.baseSha, pr.headSha);
    const outcome = fromGit.kind === 'changes' ? fromGit : await changesFromApi(await octokit(), context);
    if (outcome.kind === 'changes') changes = outcome.changes;
    else {
      const message = `Scanning everything: the changed files are not known (${outcome.reason}).`;
      core.notice(message, { title: 'hsmlint' });
      logNotes.push(message);
    }
    if ((inputs.changedOnly ?? true) && changes && !merging) {
      const candidates = discoverFiles(inputs.paths, workspace, {
        extensions: SOURCE_EXTENSIONS,
        ignore: config.ignore,
        baseDir: config.baseDir,
      }).files.map((f) => display(f.path));
      const candidateSet = new Set(candidates);
      const changed = [...changes.files.keys()].filter((f) => candidateSet.has(f));
      paths = affectedEntryPoints(changed, candidates, workspace, SOURCE_EXTENSIONS);
      implicit = true;
      core.info(
        `hsmlint: ${changed.length} changed source files; scanning ${paths.length} files (with their dependents).`,
      );
    }
  }

  if (inputs.live) {
    // Pre-issued tokens must never reach the log, even through an echo elsewhere in the job.
    for (const name of ['AZURE_ACCESS_TOKEN', 'AZURE_HSM_ACCESS_TOKEN', 'AZURE_GRAPH_ACCESS_TOKEN']) {
      const token = process.env[name];
      if (token) core.setSecret(token);
    }
  }
  const external = inputs.live
    ? [
        await readLive(inputs.live, {
          getIdToken: (audience) => core.getIDToken(audience),
          log: (message) => core.info(`hsmlint: ${message}`),
        }),
      ]
    : undefined;
  if (external) {
    const { hsms, subscriptions } = external[0].stats;
    core.info(`hsmlint: read ${hsms} Managed HSMs in ${subscriptions} subscriptions.`);
  }
  const result: ScanResult = merging
    ? mergedShards(inputs.shardResults, workspace)
    : await scanAsync({
        paths,
        cwd: workspace,
        config,
        registry,
        namedFilesAreImplicit: implicit,
        external,
        shard: inputs.shard,
      });
  if (sharded)
    core.info(`hsmlint: shard ${inputs.shard!.index}/${inputs.shard!.count}: ${result.files.length} files.`);
  for (const missing of result.missing) core.warning(`hsmlint: no such file or folder: ${missing}`);

  // Suppressions added by the pull request are listed; they apply unless the workflow says otherwise.
  const added = reviewNewSuppressions(result, changes, inputs.allowNewSuppressions);
  if (added.length) notes.push({ title: 'Suppressions added in this pull request', items: added });

  // Baseline: findings it counts are accepted; on pull requests it is read from the base commit.
  if (inputs.baseline) {
    let baselineText: string | undefined;
    if (pr && readBase && inputs.trustBaseConfig) baselineText = await readBase(inputs.baseline);
    const baseline =
      baselineText !== undefined
        ? JSON.parse(baselineText)
        : readBaseline(resolve(workspace, inputs.baseline));
    applyBaseline(result.findings, baseline, inputs.baseline);
  }

  const isNew =
    pr && changes ? (f: Finding) => isChangedLine(changes, f.range.file, f.range.start.line) : undefined;
  const active = result.findings.filter((f) => !f.suppressed);
  const newFindings = isNew ? active.filter(isNew) : active;
  const automationId = `hsmlint/${context.workflow}/${context.job}/`;

  // SARIF: complete, never cut.
  let sarifPath = '';
  if (inputs.sarifFile) {
    const target = resolve(workspace, inputs.sarifFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, formatSarif(result, { automationId }));
    sarifPath = display(target);
  }
  const fullListAt = sarifPath ? `the job summary and the SARIF file ${sarifPath}` : 'the job summary';

  // The whole result, for `mode: merge` (always written by a shard).
  let resultPath = '';
  const resultFile =
    inputs.resultFile ??
    (inputs.shard ? `hsmlint-shard-${inputs.shard.index}-of-${inputs.shard.count}.json` : undefined);
  if (resultFile) {
    const target = resolve(workspace, resultFile);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, formatJsonWithMetadata(result));
    resultPath = display(target);
  }

  const decision = decideExit(result.findings, { failOn: inputs.failOn, maxWarnings: inputs.maxWarnings });
  // A failed step adds one error annotation of its own, which counts against the same budget.
  // A shard reports only its result file: the merge step annotates, comments and fails the run once.
  if (inputs.annotations && !sharded) {
    emitAnnotations(result.findings, core, {
      isNew,
      fullListAt,
      reserved: { error: decision.failed ? 1 : 0 },
    });
  }

  const linkBase = `${context.serverUrl}/${context.owner}/${context.repo}/blob/${pr?.headSha ?? context.sha}/`;
  let comment: CommentOutcome | undefined;
  if (pr && inputs.comment && !sharded) {
    const marker = commentMarker(context.workflow, context.job);
    const body = formatMarkdown(result, {
      title: active.length === 0 ? 'hsmlint: all clear' : 'hsmlint',
      linkBase,
      isNew,
      notes,
      fullListAt,
      maxLength: COMMENT_LIMIT - marker.length - 100,
    });
    comment = await upsertStickyComment(await octokit(), context, pr.number, marker, body);
    if (comment.action === 'skipped') {
      core.info(`hsmlint: pull request comment skipped: ${comment.reason}.`);
      logNotes.push(`The pull request comment was skipped: ${comment.reason}.`);
    } else core.info(`hsmlint: pull request comment ${comment.action}: ${comment.url}`);
  }

  if (mode === 'sweep' && (inputs.trackingIssue ?? true) && inputs.token && !sharded) {
    const marker = commentMarker(`${context.workflow} tracking`, context.job);
    const outcome = await syncTrackingIssue(await octokit(), context, {
      marker,
      title: trackingTitle(result),
      body: formatMarkdown(result, {
        title: 'hsmlint sweep',
        linkBase,
        fullListAt,
        maxLength: COMMENT_LIMIT - marker.length - 100,
      }),
      findings: active.length,
      cleanComment: `hsmlint found nothing left to fix at ${context.sha.slice(0, 12)}; closing.`,
    });
    if (outcome.action !== 'none') core.info(`hsmlint: tracking issue #${outcome.number} ${outcome.action}.`);
  }

  if (inputs.jobSummary && process.env.GITHUB_STEP_SUMMARY && !sharded) {
    if (logNotes.length) notes.push({ title: 'Notes', items: logNotes });
    const summary = formatMarkdown(result, {
      title: 'hsmlint',
      linkBase,
      isNew,
      notes,
      fullListAt: sarifPath ? `the SARIF file ${sarifPath}` : 'the SARIF output',
      maxLength: SUMMARY_LIMIT,
    });
    await core.summary.addRaw(summary, true).write();
  }

  core.setOutput('findings', active.length);
  core.setOutput('errors', active.filter((f) => f.severity === 'error').length);
  core.setOutput('warnings', active.filter((f) => f.severity === 'warn').length);
  core.setOutput('new-findings', newFindings.length);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('comment-url', comment && comment.action !== 'skipped' ? comment.url : '');
  core.setOutput('result-file', resultPath);
  core.setOutput('conclusion', decision.failed ? 'failure' : 'success');
  if (decision.failed && !sharded) core.setFailed(`hsmlint: ${decision.reasons.join('; ')}.`);
  else if (decision.failed)
    core.info(
      `hsmlint: this shard's findings fail the sweep (${decision.reasons.join('; ')}); the merge step reports them.`,
    );
}

/** Merge mode: the result of the unsharded sweep, rebuilt from the shards' json-with-metadata files. */
function mergedShards(patterns: readonly string[], workspace: string): ScanResult {
  let merged;
  try {
    const files = globResultFiles(patterns, workspace);
    core.info(`hsmlint: merging ${files.length} shard results.`);
    merged = mergeResultFiles(files, workspace);
  } catch (error) {
    if (error instanceof MergeError || error instanceof ResultDocumentError)
      throw new InputError(error.message);
    throw error;
  }
  if (merged.kind !== 'result') {
    throw new InputError(
      "Mode merge reads json-with-metadata results (what a shard step writes to 'result-file'), not SARIF.",
    );
  }
  return merged.result;
}
