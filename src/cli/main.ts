import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { registry } from '../../rules/index.js';
import { applyBaseline, baselineOf, pruneBaseline, readBaseline, writeBaseline } from '../engine/baseline.js';
import { ConfigError, findConfigFile, loadConfig } from '../engine/config.js';
import { loadLibraries } from '../model/libraries.js';
import { decideExit } from '../engine/exit-policy.js';
import { readLive } from '../live-options.js';
import { PRODUCT_VERSION } from '../model/product.js';
import { formatResult } from '../report/index.js';
import { scanAsync, type ScanResult } from '../scan.js';
import { MergeError } from '../report/merge.js';
import { ResultDocumentError } from '../report/json.js';
import { HELP, parseCliArgs, UsageError, type CliArgs } from './args.js';
import { exitFindingsOfSarif, expandResultPaths, mergeResultFiles } from '../merge.js';

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether standard output is a terminal (decides colour unless forced). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  now?: Date;
}

/** Runs the command line and returns the exit code; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.stdout(`${HELP}\n`);
      return 0;
    }
    if (args.version) {
      io.stdout(`${PRODUCT_VERSION}\n`);
      return 0;
    }
    if (args.command === 'merge') return runMerge(args, io);
    const startDir = dirnameIfFile(resolve(io.cwd, args.paths[0] ?? '.'));
    // ajv checks configuration (YAML loads on first use); a run without any is spared compiling it.
    if (args.config || args.rules.length > 0 || findConfigFile(startDir)) await loadLibraries();
    const config = loadConfig(registry, {
      configFile: args.config ? resolve(io.cwd, args.config) : undefined,
      startDir,
      overrides: { rules: args.rules, unresolved: args.unresolved, explainGaps: args.explainGaps },
    });
    const external = args.live
      ? [await readLive(args.live, { log: (message) => io.stderr(`hsmlint: ${message}\n`) })]
      : undefined;
    const result = await scanAsync({
      external,
      paths: args.paths,
      cwd: io.cwd,
      config,
      registry,
      now: io.now,
      parameterFiles: args.parameters,
      shard: args.shard,
    });
    if (result.missing.length > 0) {
      io.stderr(`hsmlint: no such file or folder: ${result.missing.join(', ')}\n`);
      return 2;
    }
    if (io.env.HSMLINT_DEBUG && result.triage)
      io.stderr(
        `hsmlint: triage decided ${result.triage.files} walk-found files before reading, ${result.triage.byWorker} of them skipped by a worker thread\n`,
      );
    return report(args, io, result);
  } catch (error) {
    return failure(error, io);
  }
}

/** `hsmlint merge`: the report of the unsharded sweep, from its shards' results. */
function runMerge(args: CliArgs, io: CliIo): number {
  const merged = mergeResultFiles(expandResultPaths(args.paths, io.cwd), io.cwd);
  if (merged.kind === 'result') return report(args, io, merged.result);
  if (args.format !== 'sarif') {
    throw new UsageError(
      `SARIF shards merge into SARIF only (--format sarif); for --format ${args.format}, write the shards with --format json-with-metadata.`,
    );
  }
  if (args.baseline) throw new UsageError('--baseline needs json-with-metadata shards, not SARIF.');
  write(args, io, `${JSON.stringify(merged.log, null, 2)}\n`);
  const decision = decideExit(exitFindingsOfSarif(merged.log), {
    failOn: args.failOn,
    maxWarnings: args.maxWarnings,
  });
  return decision.failed ? 1 : 0;
}

/** Baseline, report and exit code of a scan result (scanned or merged). */
function report(args: CliArgs, io: CliIo, result: ScanResult): number {
  if (args.baseline) {
    const file = resolve(io.cwd, args.baseline);
    if (args.writeBaseline) writeBaseline(file, baselineOf(result.findings));
    const baseline = readBaseline(file);
    applyBaseline(result.findings, baseline, args.baseline);
    if (args.pruneBaseline) writeBaseline(file, pruneBaseline(baseline, result.findings));
  }
  const shown: ScanResult = args.quiet
    ? { ...result, findings: result.findings.filter((f) => f.severity === 'error') }
    : result;
  const color = args.color ?? (io.isTTY && !io.env.NO_COLOR && !args.output);
  write(args, io, formatResult(args.format, shown, { color }));
  return decideExit(result.findings, { failOn: args.failOn, maxWarnings: args.maxWarnings }).failed ? 1 : 0;
}

function write(args: CliArgs, io: CliIo, report: string): void {
  if (args.output) {
    const target = resolve(io.cwd, args.output);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, report.endsWith('\n') ? report : `${report}\n`);
  } else if (report) {
    io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  }
}

function failure(error: unknown, io: CliIo): number {
  if (error instanceof MergeError || error instanceof ResultDocumentError) {
    io.stderr(`hsmlint: ${error.message}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`hsmlint: ${error.message}\nRun 'hsmlint --help' for usage.\n`);
    return 2;
  }
  if (error instanceof ConfigError) {
    io.stderr(`hsmlint: ${error.message}\n`);
    return 2;
  }
  const detail = io.env.HSMLINT_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : '';
  io.stderr(`hsmlint: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
  return 2;
}

function dirnameIfFile(path: string): string {
  try {
    return statSync(path).isFile() ? dirname(path) : path;
  } catch {
    return path;
  }
}
