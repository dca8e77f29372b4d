import { relative, resolve, sep } from 'node:path';
import { availableParallelism } from 'node:os';
import picomatch from 'picomatch';
import type { ResolvedConfig } from './engine/config.js';
import {
  discoverFiles,
  type DiscoveredFile,
  type Discovery,
  type DiscoverOptions,
  type SkippedFile,
} from './engine/discover.js';
import type { RuleRegistry } from './engine/rule.js';
import { prepareRules } from './engine/runner.js';
import { applySuppressions } from './engine/suppressions.js';
import { findDrift } from './engine/drift.js';
import { filesOfShard, type Shard } from './engine/shard.js';
import {
  FILES_PER_WORKER,
  startTriageWorkers,
  triageWalk,
  type TriageOutcome,
  type TriageWorker,
} from './engine/triage.js';
import type { Directive } from './model/directives.js';
import type { ParseProblem } from './model/parsed-file.js';
import { compareText } from './model/compare-text.js';
import { ENGINE_FINDINGS, type Finding, type Severity } from './model/finding.js';
import { displayModules, displayPath } from './model/display-path.js';
import { Graph } from './model/graph.js';
import { linkResources } from './model/link.js';
import { ruleDocsUrl } from './model/product.js';
import { compareRanges, pointRange, type SourceRange } from './model/range.js';
import { TYPES, type Resource, type Surface } from './model/resource.js';
import { loadSurface, SOURCE_EXTENSIONS, sourceFor, type LazySurface } from './sources/index.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './sources/read.js';
import {
  readScannedFile,
  skipReasonOfFailedRead,
  workspaceLister,
  workspaceReader,
} from './sources/workspace.js';

export interface ScanOptions {
  paths: string[];
  cwd: string;
  config: ResolvedConfig;
  registry: RuleRegistry;
  now?: Date;
  limits?: ReadLimits;
  /** Parameter files applied to every template (`--parameters`), relative to `cwd`. */
  parameterFiles?: string[];
  /** Treat named files like files found in a walk (for lists of changed files); default false. */
  namedFilesAreImplicit?: boolean;
  /** Resources read elsewhere, e.g. live HSMs from Azure; templates scanned with them are compared for drift. */
  external?: ExternalSource[];
  /** Scan only shard `index` (1-based) of `count` (see `engine/shard.ts`). */
  shard?: Shard;
  /** Worker threads that decide walk-found files beside the main thread (`scanAsync`; see `engine/triage.ts`). */
  workers?: number;
}

/** Resources from a source that is not a file, with what could not be read. */
export interface ExternalSource {
  surface: Surface;
  resources: Resource[];
  /** What could not be read at all (a subscription): reported as errors. */
  problems: ParseProblem[];
  /** Checks that could not run (a data plane out of reach): reported as unresolved. */
  unresolved: ParseProblem[];
}

/** A suppression written in the scanned files, whether or not it matched anything. */
export interface SuppressionRecord {
  kind: 'directive' | 'metadata';
  rules: string[];
  reason?: string;
  range: SourceRange;
}

/** What reporters know about a rule, without importing rules. */
export interface RuleSummary {
  id: string;
  description: string;
  recommendation?: string;
  policy?: string[];
  helpUri?: string;
  severity?: Severity;
}

export interface ScannedFile {
  file: string;
  surface: Surface;
  resources: number;
}

export interface ScanResult {
  cwd: string;
  files: ScannedFile[];
  skipped: SkippedFile[];
  /** Paths given that do not exist. */
  missing: string[];
  findings: Finding[];
  rules: RuleSummary[];
  resourceCount: number;
  /** Every suppression found, so that reviews can list the ones a change adds. */
  suppressions: SuppressionRecord[];
  /** For each scanned file, the other files it reads (parameter files, linked templates). */
  related: Record<string, string[]>;
  /** Set when the scan covered one shard of a sweep (`hsmlint merge` puts the shards together). */
  shard?: Shard;
  /** Walk-found files decided before the scan read them (`scanAsync`), and how many by a worker thread. */
  triage?: { files: number; byWorker: number };
}

/** Engine-level findings, described for reporters the same way rules are. */
export const ENGINE_RULES: RuleSummary[] = [
  { id: ENGINE_FINDINGS.parseError, description: 'A file could not be read or parsed.' },
  {
    id: ENGINE_FINDINGS.unresolved,
    description: 'A rule could not decide because a value cannot be evaluated.',
  },
  { id: ENGINE_FINDINGS.suppressionUnused, description: 'A suppression suppresses nothing.' },
  { id: ENGINE_FINDINGS.suppressionExpired, description: 'A suppression has expired.' },
  { id: ENGINE_FINDINGS.suppressionNoReason, description: 'A suppression gives no reason.' },
  { id: ENGINE_FINDINGS.internalError, description: 'A rule failed while checking a resource.' },
  {
    id: ENGINE_FINDINGS.drift,
    description: 'A property a rule checks is declared with one value and deployed with another.',
  },
];

/**
 * The pipeline for the entries: as `scan`, loading on the way the sources the files turn out to need
 * (Bicep, Terraform and its grammar), and nothing a run does not use.
 */
export async function scanAsync(options: ScanOptions): Promise<ScanResult> {
  const workers = options.workers ?? defaultWorkers();
  // Worker threads for the triage start once the walk has found enough files to share, and boot while
  // the main thread walks on.
  let started: TriageWorker[] = [];
  const startWorkers = () => (started = startTriageWorkers(workers));
  let discovery: Discovery;
  try {
    discovery = discover(options, { files: FILES_PER_WORKER, then: startWorkers });
  } catch (error) {
    for (const worker of started) worker.stop();
    throw error;
  }
  const { cwd, config } = options;
  // Sources certain to be needed start loading now.
  const loading = new Map(surfacesCertainlyNeeded(discovery.files).map((s) => [s, loadSurface(s)]));
  for (const promise of loading.values()) promise.catch(() => undefined); // awaited (and reported) below
  const triage = await triageWalk(
    discovery.files,
    {
      cwd,
      paths: options.paths,
      limits: options.limits ?? DEFAULT_READ_LIMITS,
      modules: displayModules(cwd, config.modules),
    },
    workers,
    Promise.all(loading.values()),
    started,
  );
  const steps = scanSteps(options, discovery, triage);
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { ...step.value, triage: { files: triage.files, byWorker: triage.byWorker } };
    await (loading.get(step.value) ?? loadSurface(step.value));
  }
}

/** Sources the scan will load whatever the files say (see `SourceHandler.certainlyLoads`). */
function surfacesCertainlyNeeded(files: readonly DiscoveredFile[]): LazySurface[] {
  const needed = new Set<LazySurface>();
  for (const { path, explicit } of files) {
    const surface = sourceFor(path)?.certainlyLoads?.(explicit);
    if (surface) needed.add(surface);
  }
  return [...needed];
}

/** One worker thread on a machine with more than one core; `HSMLINT_WORKERS` sets the number (0: none). */
function defaultWorkers(): number {
  const configured = Number.parseInt(process.env.HSMLINT_WORKERS ?? '', 10);
  if (Number.isInteger(configured) && configured >= 0) return configured;
  return availableParallelism() > 1 ? 1 : 0;
}

/** The pipeline both entries share: discover, parse, link, check, suppress. Needs `loadSources()` first. */
export function scan(options: ScanOptions): ScanResult {
  const step = scanSteps(options, discover(options)).next();
  if (!step.done)
    throw new Error(
      `The ${step.value} source is not loaded: await loadSources() before scan(), or use scanAsync().`,
    );
  return step.value;
}

function discover(options: ScanOptions, whenFound?: DiscoverOptions['whenFound']): Discovery {
  const discovery = discoverFiles(options.paths, options.cwd, {
    whenFound,
    extensions: SOURCE_EXTENSIONS,
    ignore: options.config.ignore,
    baseDir: options.config.baseDir,
    namedFilesAreExplicit: !options.namedFilesAreImplicit,
    // The Terraform source lists the folders of .tf files (modules); no other source lists folders.
    listFoldersWith: ['.tf', '.tf.json'],
  });
  // Sharding: only this shard's files (each with every file it reads) are parsed and reported.
  if (options.shard) {
    const { cwd, paths, config, limits } = options;
    discovery.files = filesOfShard(discovery.files, options.shard, {
      cwd,
      paths,
      modules: config.modules,
      limits,
    });
  }
  return discovery;
}

/** The pipeline; it yields a source that must be loaded before it can go on (see `loadSurface`). */
function* scanSteps(
  options: ScanOptions,
  discovery: Discovery,
  triage?: Pick<TriageOutcome, 'verdicts' | 'facts' | 'texts' | 'readable'>,
): Generator<LazySurface, ScanResult, void> {
  const { cwd, config, registry } = options;
  const now = options.now ?? new Date();
  const display = (abs: string) => displayPath(cwd, abs);

  const findings: Finding[] = [];
  const files: ScannedFile[] = [];
  const skipped = discovery.skipped.map((s) => ({ ...s, path: display(s.path) }));
  const resources: Resource[] = [];
  const directivesByFile = new Map<string, Directive[]>();
  const related: Record<string, string[]> = {};
  const parseError = (file: string, message: string, range = pointRange(file), surface?: Surface) => {
    const finding: Finding = { ruleId: ENGINE_FINDINGS.parseError, message, severity: 'error', range };
    if (surface) finding.surface = surface;
    findings.push(finding);
  };

  const graph = new Graph();
  const prepared = prepareRules(registry, graph, {
    rules: config.rules,
    unresolved: config.unresolved,
    explainGaps: config.explainGaps,
    now,
  });
  // Resources no rule listens to and no link passes through are not worth evaluating.
  const relevantTypes = new Set([...prepared.types, ...Object.values(TYPES).map((t) => t.toLowerCase())]);
  const isRelevantType = (type: string) => relevantTypes.has(type.toLowerCase());
  const readFile = workspaceReader(cwd, options.paths, options.limits ?? DEFAULT_READ_LIMITS);
  const listDir = workspaceLister(cwd, options.paths, discovery.listings);
  const cache = new Map<string, unknown>();
  const parameterFiles = (options.parameterFiles ?? []).map((p) => display(resolve(cwd, p)));
  const configuredParameters = parameterMatcher(config);
  const scanFiles = discovery.files.map((f) => display(f.path));
  const modules = displayModules(cwd, config.modules);
  const facts = triage && ((file: string) => triage.facts.get(file));
  // A file read on behalf of several scanned files (a module, a parameters file) reports its syntax
  // errors, unresolved references and directives once.
  const reported = new Set<string>();
  const once = (kind: string, range: SourceRange, message: string) => {
    const key = `${kind}|${range.file}|${range.start.line}|${range.start.column}|${message}`;
    if (reported.has(key)) return false;
    reported.add(key);
    return true;
  };

  for (const [index, discovered] of discovery.files.entries()) {
    const file = scanFiles[index];
    const source = sourceFor(discovered.path);
    if (!source) {
      parseError(
        file,
        'Unsupported file type: hsmlint reads ARM JSON templates (.json, .jsonc), Bicep files (.bicep, .bicepparam), Terraform (.tf) and Terraform plan JSON (.json).',
      );
      continue;
    }
    const verdict = triage?.verdicts.get(discovered.path);
    if (verdict !== undefined) {
      skipped.push({ path: file, reason: verdict });
      continue;
    }
    const prefilter = !discovered.explicit && source.surface !== 'terraform';
    // The triage read most files the scan reads; their texts are used once.
    const kept = triage?.texts.get(discovered.path);
    triage?.texts.delete(discovered.path);
    const read =
      kept !== undefined
        ? ({ ok: true, text: kept } as const)
        : source.readsItsFiles && triage?.readable.has(discovered.path)
          ? ({ ok: true, text: '' } as const)
          : readScannedFile(discovered.path, options.limits ?? DEFAULT_READ_LIMITS, prefilter);
    if (!read.ok) {
      const reason = skipReasonOfFailedRead(read, discovered.explicit);
      if (reason === undefined) parseError(file, read.message, undefined, source.surface);
      else skipped.push({ path: file, reason });
      continue;
    }
    let outcome;
    try {
      const parseOptions = {
        explicit: discovered.explicit,
        readFile,
        parameterFiles,
        now,
        isRelevantType,
        scanFiles,
        modules,
        listDir,
        cache,
        facts,
        ...configuredParameters(discovered.path),
      };
      outcome = source.parse(file, read.text, parseOptions);
      // A file may need its source, and then the HCL grammar: each is loaded once.
      const loadedForFile = new Set<LazySurface>();
      while (outcome.kind === 'needs' && !loadedForFile.has(outcome.surface)) {
        loadedForFile.add(outcome.surface);
        yield outcome.surface;
        outcome = source.parse(file, read.text, parseOptions);
      }
    } catch (error) {
      parseError(
        file,
        `Internal error while parsing: ${(error as Error).message}`,
        undefined,
        source.surface,
      );
      continue;
    }
    if (outcome.kind === 'skipped') {
      skipped.push({ path: file, reason: outcome.reason });
      continue;
    }
    if (outcome.kind === 'needs') throw new Error(`The ${outcome.surface} source did not load.`);
    const parsed = outcome.parsed;
    for (const problem of parsed.problems)
      if (once('problem', problem.range, problem.message))
        parseError(problem.range.file, problem.message, problem.range, parsed.surface);
    if (config.unresolved !== 'off') {
      for (const note of parsed.unresolved ?? []) {
        if (!once('unresolved', note.range, note.message)) continue;
        findings.push({
          ruleId: ENGINE_FINDINGS.unresolved,
          message: note.message,
          severity: config.unresolved,
          range: note.range,
          surface: parsed.surface,
        });
      }
    }
    resources.push(...parsed.resources);
    // Directives apply to the file they are written in (a linked template, a module), once.
    for (const directive of parsed.directives) {
      if (!once('directive', directive.range, directive.kind)) continue;
      const list = directivesByFile.get(directive.range.file);
      if (list) list.push(directive);
      else directivesByFile.set(directive.range.file, [directive]);
    }
    files.push({ file, surface: parsed.surface, resources: parsed.resources.length });
    if (parsed.related?.length) related[file] = [...new Set(parsed.related)];
  }

  for (const source of options.external ?? []) {
    for (const problem of source.problems)
      parseError(problem.range.file, problem.message, problem.range, source.surface);
    if (config.unresolved !== 'off') {
      for (const note of source.unresolved) {
        findings.push({
          ruleId: ENGINE_FINDINGS.unresolved,
          message: note.message,
          severity: config.unresolved,
          range: note.range,
          surface: source.surface,
        });
      }
    }
    resources.push(...source.resources);
  }
  for (const resource of resources) graph.add(resource);
  linkResources(graph);
  if (options.external?.length) findings.push(...findDrift(resources));
  findings.push(...prepared.run());
  const knownRules = new Set([...registry.rules.keys(), ENGINE_FINDINGS.unresolved, ENGINE_FINDINGS.drift]);
  const activeRules = new Set(config.rules.keys());
  if (config.unresolved !== 'off') activeRules.add(ENGINE_FINDINGS.unresolved);
  if (options.external?.length) activeRules.add(ENGINE_FINDINGS.drift);
  findings.push(
    ...applySuppressions({ findings, directivesByFile, resources, activeRules, knownRules, now }),
  );
  findings.sort((a, b) => compareRanges(a.range, b.range) || compareText(a.ruleId, b.ruleId));

  const rules: RuleSummary[] = [...registry.rules.values()]
    .map((rule) => ({
      id: rule.meta.id,
      description: rule.meta.docs.description,
      recommendation: rule.meta.docs.recommendation,
      policy: rule.meta.docs.policy,
      helpUri: ruleDocsUrl(rule.meta.id),
      severity: config.rules.get(rule.meta.id)?.severity,
    }))
    .sort((a, b) => compareText(a.id, b.id));
  const suppressions: SuppressionRecord[] = [];
  for (const directives of directivesByFile.values()) {
    for (const d of directives) {
      if (d.kind === 'enable') continue;
      suppressions.push({ kind: 'directive', rules: d.rules, reason: d.reason, range: d.range });
    }
  }
  for (const resource of resources) {
    for (const s of resource.suppressions) {
      suppressions.push({ kind: 'metadata', rules: [s.rule], reason: s.reason, range: s.range });
    }
  }
  return {
    cwd,
    suppressions,
    related,
    files,
    skipped,
    missing: discovery.missing,
    findings,
    rules: [...rules, ...ENGINE_RULES],
    resourceCount: resources.length,
    ...(options.shard ? { shard: { index: options.shard.index, count: options.shard.count } } : {}),
  };
}

/** The configured parameter values for a file: every matching glob, later globs winning. */
function parameterMatcher(
  config: ResolvedConfig,
): (abs: string) => { parameters?: Record<string, unknown>; parametersSource?: string } {
  const matchers = config.parameters.map((set) => ({ set, match: picomatch(set.glob, { dot: true }) }));
  // Without configured parameters, the sweep's files need no path relative to the configuration.
  if (matchers.length === 0) return () => ({});
  return (abs) => {
    const rel = relative(config.baseDir, abs).split(sep).join('/');
    let parameters: Record<string, unknown> | undefined;
    let parametersSource: string | undefined;
    for (const { set, match } of matchers) {
      if (!match(rel)) continue;
      parameters = { ...parameters, ...set.values };
      parametersSource = `configuration parameters for '${set.glob}'`;
    }
    return parameters ? { parameters, parametersSource } : {};
  };
}
