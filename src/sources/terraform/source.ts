import { posix } from 'node:path';
import type { PropertyEntry } from '../../model/node.js';
import type { ParsedFile } from '../../model/parsed-file.js';
import { pointRange } from '../../model/range.js';
import type { Resource } from '../../model/resource.js';
import type { HclParser } from './parse.js';
import { mapInstances } from './map.js';
import {
  dirParser,
  evaluateRootModule,
  type DirParser,
  type ModuleEvaluation,
  type TerraformWorkspace,
} from './module.js';
import { TERRAFORM_FILE, TFVARS_FILE } from './files.js';
import { GrammarNeeded, grammarNeedCount, loadedHclParser } from './parser-state.js';
import { terraformFacts, type FactsLookup, type TerraformFileFacts } from '../file-facts.js';
import { relocate } from './eval/nodes.js';
import { IRRELEVANT_FILE } from '../relevance.js';
import { isTerraformPlan, readPlan } from '../tfplan/index.js';
import type { TfInstance } from './instance.js';

export interface TerraformSourceOptions {
  explicit: boolean;
  workspace: TerraformWorkspace;
  now: Date;
  /** Every file of the scan (display paths); folders called as local modules by another are reported there. */
  scanFiles?: readonly string[];
  /** `--parameters` files; those ending in `.tfvars` or `.tfvars.json` apply to every root module. */
  parameterFiles?: readonly string[];
  parameters?: Record<string, unknown>;
  parametersSource?: string;
  modules?: Readonly<Record<string, string>>;
  /** What the walk triage learnt of scanned files, so that they need not be read again. */
  facts?: FactsLookup;
  /** Shared by the files of one scan: a root module folder is evaluated once. */
  cache: Map<string, unknown>;
}

export type TerraformOutcome =
  | { kind: 'parsed'; parsed: ParsedFile }
  | { kind: 'skipped'; reason: string }
  /** A file the folder reads needs tree-sitter (see `GrammarNeeded`): load it, then parse again. */
  | { kind: 'needs'; surface: 'hcl-grammar' };

const NEEDS_GRAMMAR: TerraformOutcome = { kind: 'needs', surface: 'hcl-grammar' };

const CHECKED_THROUGH_CALLER =
  'a Terraform module called by another scanned folder, checked through its caller';

interface ScanState {
  parse?: DirParser;
  roots?: Set<string>;
  /** The scanned files by folder, and the plan (if any) that stands for each folder. */
  byDir?: Map<string, string[]>;
  plans: Map<string, string | undefined>;
  evaluations: Map<string, FolderEvaluation | { skipped: string }>;
}

/**
 * Reads one `.tf` file: its folder is evaluated as one module (once per scan), and this file's resources
 * returned. `text` is not read: the folder's files are read through the workspace (the scan may give '').
 */
export function parseTerraformSource(
  file: string,
  text: string,
  options: TerraformSourceOptions,
): TerraformOutcome {
  const parser = loadedHclParser();
  if (!parser) {
    return {
      kind: 'parsed',
      parsed: {
        file,
        surface: 'terraform',
        resources: [],
        directives: [],
        problems: [
          { message: 'The HCL parser is not loaded; Terraform files are not read.', range: pointRange(file) },
        ],
      },
    };
  }
  const state = scanState(options, parser);
  const dir = posix.dirname(file);
  const roots = rootsOf(options, state);
  // A module folder another scanned folder calls is judged with that caller's inputs, there only.
  if (!roots.has(dir)) {
    if (!options.explicit) return { kind: 'skipped', reason: CHECKED_THROUGH_CALLER };
    return {
      kind: 'parsed',
      parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
    };
  }
  const plan = planCovering(dir, options, state);
  if (plan !== undefined) {
    if (!options.explicit) return { kind: 'skipped', reason: `checked through the Terraform plan ${plan}` };
    return {
      kind: 'parsed',
      parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
    };
  }
  let entry = state.evaluations.get(dir);
  if (!entry) {
    const evaluated = withGrammarIfNeeded(() => evaluate(dir, options, state, parser));
    if (evaluated === GRAMMAR_NEEDED) return NEEDS_GRAMMAR;
    entry = evaluated;
    state.evaluations.set(dir, entry);
    // The first file of the folder carries the folder's problems, notes and directives.
    if ('evaluation' in entry) return { kind: 'parsed', parsed: parsedFileOf(file, entry, true) };
  }
  if ('skipped' in entry) {
    if (!options.explicit) return { kind: 'skipped', reason: entry.skipped };
    return {
      kind: 'parsed',
      parsed: { file, surface: 'terraform', resources: [], problems: [], directives: [] },
    };
  }
  void text;
  return { kind: 'parsed', parsed: parsedFileOf(file, entry, false) };
}

/** What `withGrammarIfNeeded` answers for an evaluation that needs the HCL grammar. */
const GRAMMAR_NEEDED = Symbol('the HCL grammar is needed');

/**
 * What `evaluate` gives, or GRAMMAR_NEEDED when a file it read needs tree-sitter before it is loaded. Most
 * such files stop the evaluation, but one read where errors become values (`templatefile()` inside `try()`,
 * say) does not: the count of needs tells, and that evaluation is dropped too, to be done again.
 */
function withGrammarIfNeeded<T>(evaluate: () => T): T | typeof GRAMMAR_NEEDED {
  const needsBefore = grammarNeedCount();
  let result: T;
  try {
    result = evaluate();
  } catch (error) {
    if (error instanceof GrammarNeeded) return GRAMMAR_NEEDED;
    throw error;
  }
  return grammarNeedCount() === needsBefore ? result : GRAMMAR_NEEDED;
}

/** A root folder's evaluation, with its resources by the root file that deploys them. */
interface FolderEvaluation {
  evaluation: ModuleEvaluation;
  byOrigin: Map<string, Resource[]>;
}

function parsedFileOf(file: string, entry: FolderEvaluation, first: boolean): ParsedFile {
  const { evaluation } = entry;
  const parsed: ParsedFile = {
    file,
    surface: 'terraform',
    resources: entry.byOrigin.get(file) ?? [],
    problems: first ? evaluation.problems : [],
    directives: first ? evaluation.directives : [],
    unresolved: first ? evaluation.unresolved : [],
  };
  if (first && evaluation.related.length) parsed.related = evaluation.related;
  return parsed;
}

function evaluate(
  dir: string,
  options: TerraformSourceOptions,
  state: ScanState,
  parser: HclParser,
): FolderEvaluation | { skipped: string } {
  if (!options.explicit && !mayMatter(dir, options, new Set())) return { skipped: IRRELEVANT_FILE };
  const evaluation = evaluateRootModule(dir, state.parse!, {
    workspace: options.workspace,
    parser,
    now: options.now,
    varFiles: (options.parameterFiles ?? []).filter((f) => TFVARS_FILE.test(f)),
    variables: options.parameters,
    variablesSource: options.parametersSource,
    modules: options.modules,
  });
  const byOrigin = new Map<string, Resource[]>();
  try {
    const origins = new Map(evaluation.instances.map((i) => [i.key, i.origin]));
    for (const resource of mapInstances(evaluation.instances)) {
      const origin = origins.get(resource.key)!;
      const list = byOrigin.get(origin);
      if (list) list.push(resource);
      else byOrigin.set(origin, [resource]);
    }
  } catch (error) {
    evaluation.problems.push({
      message: `Internal error while mapping: ${(error as Error).message}`,
      range: pointRange(dir),
    });
  }
  return { evaluation, byOrigin };
}

/** Whether a folder or a local module it calls mentions anything a rule looks at. */
function mayMatter(dir: string, options: TerraformSourceOptions, seen: Set<string>): boolean {
  if (seen.has(dir)) return false;
  seen.add(dir);
  const listed = options.workspace.listDir(dir);
  if ('error' in listed) return true;
  for (const name of listed) {
    if (!TERRAFORM_FILE.test(name)) continue;
    const facts = factsOf(dir === '.' ? name : `${dir}/${name}`, options);
    if (!facts) continue;
    if (facts.relevant) return true;
    for (const called of facts.calls) {
      if (mayMatter(called, options, seen)) return true;
    }
  }
  return false;
}

/**
 * The scanned folders that are root modules: not called as a local module by another scanned folder. A
 * ring of folders calling each other has its first folder as root, so nothing is lost.
 */
function rootsOf(options: TerraformSourceOptions, state: ScanState): Set<string> {
  if (state.roots) return state.roots;
  const dirs = [
    ...new Set((options.scanFiles ?? []).filter((f) => TERRAFORM_FILE.test(f)).map((f) => posix.dirname(f))),
  ].sort();
  const calls = new Map<string, string[]>();
  for (const dir of dirs) {
    const targets: string[] = [];
    const listed = options.workspace.listDir(dir);
    for (const name of 'error' in listed ? [] : listed) {
      if (!TERRAFORM_FILE.test(name)) continue;
      targets.push(...(factsOf(dir === '.' ? name : `${dir}/${name}`, options)?.calls ?? []));
    }
    calls.set(dir, targets);
  }
  const called = new Set([...calls.entries()].flatMap(([from, to]) => to.filter((t) => t !== from)));
  const roots = new Set(dirs.filter((d) => !called.has(d)));
  const reached = new Set<string>();
  const visit = (dir: string) => {
    if (reached.has(dir)) return;
    reached.add(dir);
    for (const next of calls.get(dir) ?? []) visit(next);
  };
  roots.forEach(visit);
  for (const dir of dirs) {
    if (reached.has(dir)) continue;
    roots.add(dir);
    visit(dir);
  }
  state.roots = roots;
  return roots;
}

/**
 * Whether a `.tf` file names anything that matters, and the module folders it calls: as the walk triage
 * found them, or from the file (undefined when it cannot be read).
 */
function factsOf(file: string, options: TerraformSourceOptions): TerraformFileFacts | undefined {
  const known = options.facts?.(file);
  if (known?.kind === 'terraform') return known;
  const read = options.workspace.readFile(file);
  if ('error' in read) return undefined;
  return terraformFacts(file, read.text, options.modules);
}

function scanState(options: TerraformSourceOptions, parser: HclParser): ScanState {
  let state = options.cache.get('terraform') as ScanState | undefined;
  if (!state) {
    state = { evaluations: new Map(), plans: new Map(), parse: dirParser(options.workspace, parser) };
    options.cache.set('terraform', state);
  }
  return state;
}

/** The scanned plan file (`terraform show -json`) in the folder, which then stands for the folder's `.tf` files. */
function planCovering(dir: string, options: TerraformSourceOptions, state: ScanState): string | undefined {
  if (state.plans.has(dir)) return state.plans.get(dir);
  if (!state.byDir) {
    state.byDir = new Map();
    for (const file of options.scanFiles ?? []) {
      const folder = posix.dirname(file);
      const list = state.byDir.get(folder);
      if (list) list.push(file);
      else state.byDir.set(folder, [file]);
    }
  }
  let plan: string | undefined;
  for (const file of state.byDir.get(dir) ?? []) {
    if (!file.toLowerCase().endsWith('.json')) continue;
    const read = options.workspace.readFile(file);
    if ('text' in read && isTerraformPlan(read.text)) {
      plan = file;
      break;
    }
  }
  state.plans.set(dir, plan);
  return plan;
}

/**
 * Reads a plan file. When the configuration it was made from (the `.tf` files beside it) is part of the
 * scan, each instance points at its declaration there, attribute by attribute, and the suppression
 * comments of those files apply; otherwise findings point into the plan.
 */
export function parseTerraformPlanSource(
  file: string,
  text: string,
  options: TerraformSourceOptions,
): TerraformOutcome {
  const { instances, problems } = readPlan(file, text);
  const parsed: ParsedFile = { file, surface: 'tfplan', resources: [], problems, directives: [] };
  const dir = posix.dirname(file);
  const parser = loadedHclParser();
  const hasConfiguration = (options.scanFiles ?? []).some(
    (f) => TERRAFORM_FILE.test(f) && posix.dirname(f) === dir,
  );
  if (parser && hasConfiguration) {
    const state = scanState(options, parser);
    const evaluated = withGrammarIfNeeded(() =>
      evaluateRootModule(dir, state.parse!, {
        workspace: options.workspace,
        parser,
        now: options.now,
        modules: options.modules,
      }),
    );
    if (evaluated === GRAMMAR_NEEDED) return NEEDS_GRAMMAR;
    const evaluation = evaluated;
    const declared = new Map(evaluation.instances.map((i) => [i.address, i]));
    for (const instance of instances) {
      const declaration = declared.get(instance.address);
      if (declaration) pointAtDeclaration(instance, declaration);
    }
    parsed.problems.push(...evaluation.problems);
    parsed.directives = evaluation.directives;
    parsed.related = [...evaluation.files, ...evaluation.related];
  }
  try {
    parsed.resources = mapInstances(instances);
  } catch (error) {
    parsed.problems.push({
      message: `Internal error while mapping: ${(error as Error).message}`,
      range: pointRange(file),
    });
  }
  return { kind: 'parsed', parsed };
}

/** Moves an instance read from a plan onto its HCL declaration: written attributes to where they are written. */
function pointAtDeclaration(instance: TfInstance, declaration: TfInstance): void {
  instance.range = declaration.range;
  if (declaration.via) instance.via = declaration.via;
  const entries = new Map<string, PropertyEntry>();
  for (const [key, entry] of instance.attributes.entries) {
    const written = declaration.attributes.entries.get(key);
    const range = written ? written.node.range : declaration.range;
    entries.set(key, {
      name: entry.name,
      keyRange: written ? written.keyRange : declaration.range,
      node: relocate(entry.node, range),
    });
  }
  instance.attributes = { ...instance.attributes, range: declaration.range, entries };
}
