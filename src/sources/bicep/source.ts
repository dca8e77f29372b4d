import { posix } from 'node:path';
import type { ParsedFile, ParseProblem } from '../../model/parsed-file.js';
import { pointRange } from '../../model/range.js';
import type { JsonValue } from '../arm/expressions/index.js';
import { readParameterFile, type FileReader } from '../arm/parameters.js';
import type { ParameterInput } from '../arm/scope.js';
import { parseArmFile } from '../arm/template.js';
import type { Program, UsingDeclaration } from './ast.js';
import { bicepDeploys, type FactsLookup } from '../file-facts.js';
import { mappedReference, resolveFrom } from '../references.js';
import { bicepSkipReason, isBicepParametersFile } from './detect.js';
import { parseBicep } from './parser.js';
import { BicepTemplate, loadProgram, newContext, recordProgram, type BicepContext } from './template.js';

/**
 * The Bicep source: `.bicep` templates and `.bicepparam` parameter files.
 *
 * Every resource is reported once per deployment, from the root of the deployment in the scan:
 * - a scanned `.bicepparam` file evaluates the template its `using` names with its values;
 * - a scanned `.bicep` file is evaluated on its own unless another scanned file deploys it (a
 *   `.bicepparam` file that names it, or a Bicep file that uses it as a module): then its resources are
 *   reported through that file, with the values it passes, and the template itself contributes only its
 *   syntax errors and suppression comments (a template that deploys itself through a cycle of modules
 *   stays a root, so that the cycle is reported).
 * A template evaluated on its own takes its parameter values from, lowest precedence first: the
 * defaults; `<name>.bicepparam` beside it when its `using` names the template, else the ARM parameters
 * file beside it (`<name>.parameters.json`, else `parameters.json`); values configured for the file's
 * glob; files given with `--parameters` (`.json` or `.bicepparam`).
 */

export interface BicepSourceOptions {
  explicit: boolean;
  readFile: FileReader;
  now: Date;
  isRelevantType?: (type: string) => boolean;
  parameters?: Record<string, unknown>;
  parametersSource?: string;
  parameterFiles?: readonly string[];
  /** Every file of the scan (display paths), to find the files that deploy this one. */
  scanFiles?: readonly string[];
  /** Registry and template spec references mapped to local files (display paths). */
  modules?: Readonly<Record<string, string>>;
  /** What the walk triage learnt of scanned files, so that they need not be read again. */
  facts?: FactsLookup;
}

export type BicepOutcome = { kind: 'parsed'; parsed: ParsedFile } | { kind: 'skipped'; reason: string };

/** Reads a `.bicep` or `.bicepparam` file into model resources. Never throws. */
export function parseBicepSource(file: string, text: string, options: BicepSourceOptions): BicepOutcome {
  const skip = options.explicit ? undefined : bicepSkipReason(file, text);
  if (skip) return { kind: 'skipped', reason: skip };
  const result: ParsedFile = {
    file,
    surface: 'bicep',
    resources: [],
    problems: [],
    directives: [],
    unresolved: [],
    related: [],
  };
  try {
    const program = parseBicep(text, file);
    recordProgram(result, program);
    const context = newContext(result, {
      readFile: options.readFile,
      now: options.now,
      isRelevantType: options.isRelevantType,
      modules: options.modules,
    });
    context.programs.set(file, { program, text });
    if (isBicepParametersFile(file)) evaluateParametersFile(context, program, text, options);
    else evaluateTemplate(context, program, text, options);
  } catch (error) {
    result.problems.push({
      message: `Internal error while evaluating: ${(error as Error).message}`,
      range: pointRange(file),
    });
  }
  result.related = [...new Set(result.related)].filter((f) => f !== file);
  return { kind: 'parsed', parsed: result };
}

function evaluateTemplate(
  context: BicepContext,
  program: Program,
  text: string,
  options: BicepSourceOptions,
): void {
  const file = program.file;
  // Deployed by another scanned file: its resources are reported there.
  if (deployersOf(file, options).length > 0) return;
  const inputs = new Map<string, ParameterInput>();
  conventionalParameters(context, file, inputs);
  configuredParameters(context, file, inputs, options);
  const template = new BicepTemplate(context, program, text, inputs, {
    keyPrefix: `bicep:${file}#`,
    depth: 0,
    chain: [file],
  });
  template.readResources();
}

function evaluateParametersFile(
  context: BicepContext,
  program: Program,
  text: string,
  options: BicepSourceOptions,
): void {
  const file = program.file;
  const using = program.declarations.find((d): d is UsingDeclaration => d.kind === 'UsingDeclaration');
  if (!using) {
    context.result.problems.push({
      message: "A Bicep parameters file starts with a using declaration (using './main.bicep').",
      range: pointRange(file),
    });
    return;
  }
  if (using.path === null) return; // `using none`: values for whatever deploys them
  const range = { file, ...program.rangeOf(using.path) };
  if (using.path.kind !== 'StringLiteral') {
    context.result.problems.push({ message: 'The using path must be a literal string.', range });
    return;
  }
  const reference = using.path.value;
  const mapped = mappedReference(options.modules, reference);
  if (/^(br|ts)[:/]/i.test(reference) && !mapped) {
    context.result.unresolved!.push({
      message: `The template ${reference} is not a local file; the resources it deploys are not checked.`,
      range,
    });
    return;
  }
  const target = mapped ?? resolveFrom(file, reference);
  const values = new BicepTemplate(context, program, text, new Map(), {
    keyPrefix: `bicep:${file}#`,
    depth: 0,
    chain: [file],
  });
  const inputs = new Map<string, ParameterInput>();
  for (const name of values.parameterNames()) {
    const node = values.parameterTree(name);
    if (node) inputs.set(name.toLowerCase(), { node, source: file });
  }
  configuredParameters(context, target, inputs, options, file);

  const read = context.readFile(target);
  if ('error' in read) {
    context.result.problems.push({
      message: `Cannot read ${target}, which the using declaration names: ${read.error}.`,
      range,
    });
    return;
  }
  context.result.related!.push(target);
  if (/\.jsonc?$/i.test(target)) {
    const arm = parseArmFile(target, read.text, {
      parameters: inputs,
      readFile: context.readFile,
      now: context.now,
      isRelevantType: context.isRelevantType,
    });
    context.result.resources.push(...arm.resources);
    context.result.problems.push(...arm.problems);
    context.result.directives.push(...arm.directives);
    context.result.unresolved!.push(...(arm.unresolved ?? []));
    context.result.related!.push(...(arm.related ?? []));
    return;
  }
  const loaded = loadProgram(context, target);
  if ('error' in loaded) return;
  const template = new BicepTemplate(context, loaded.program, loaded.text, inputs, {
    keyPrefix: `bicep:${file}>bicep:${target}#`,
    depth: 0,
    chain: [file, target],
  });
  template.readResources();
}

/** The `.bicepparam` values a file gives, when it is one whose `using` names `template` (or any, if not given). */
function bicepParameterValues(
  context: BicepContext,
  file: string,
  template: string | undefined,
): Map<string, ParameterInput> | undefined {
  const loaded = loadProgram(context, file);
  if ('error' in loaded) return undefined;
  const using = loaded.program.declarations.find((d): d is UsingDeclaration => d.kind === 'UsingDeclaration');
  if (template !== undefined) {
    if (using?.path?.kind !== 'StringLiteral' || resolveFrom(file, using.path.value) !== template)
      return undefined;
  }
  const values = new BicepTemplate(context, loaded.program, loaded.text, new Map(), {
    keyPrefix: `bicep:${file}#`,
    depth: 0,
    chain: [file],
  });
  const inputs = new Map<string, ParameterInput>();
  for (const name of values.parameterNames()) {
    const node = values.parameterTree(name);
    if (node) inputs.set(name.toLowerCase(), { node, source: file });
  }
  return inputs;
}

/** `main.bicepparam` (naming main.bicep), else `main.parameters.json` or `parameters.json`, beside the template. */
function conventionalParameters(
  context: BicepContext,
  template: string,
  inputs: Map<string, ParameterInput>,
): void {
  const base = template.replace(/\.bicep$/i, '');
  const sibling = `${base}.bicepparam`;
  if (!('error' in context.readFile(sibling))) {
    const values = bicepParameterValues(context, sibling, template);
    if (values) {
      for (const [name, input] of values) inputs.set(name, input);
      return;
    }
  }
  for (const candidate of [
    `${base}.parameters.json`,
    posix.join(posix.dirname(template), 'parameters.json'),
  ]) {
    const read = context.readFile(candidate);
    if ('error' in read) continue;
    const parsed = readParameterFile(candidate, read.text);
    if (!parsed) continue;
    context.result.related!.push(candidate);
    context.result.problems.push(...parsed.problems);
    for (const [name, input] of parsed.inputs) inputs.set(name, input);
    return;
  }
}

/** Values configured for the file's glob, then `--parameters` files (later wins). */
function configuredParameters(
  context: BicepContext,
  template: string,
  inputs: Map<string, ParameterInput>,
  options: BicepSourceOptions,
  self?: string,
): void {
  for (const [name, value] of Object.entries(options.parameters ?? {})) {
    inputs.set(name.toLowerCase(), {
      value: value as JsonValue,
      source: options.parametersSource ?? 'configuration',
    });
  }
  const problems: ParseProblem[] = context.result.problems;
  for (const file of options.parameterFiles ?? []) {
    if (file === self) continue;
    if (isBicepParametersFile(file)) {
      const values = bicepParameterValues(context, file, undefined);
      if (!values) {
        problems.push({ message: `Cannot read parameters file ${file}.`, range: pointRange(template) });
        continue;
      }
      for (const [name, input] of values) inputs.set(name, input);
      continue;
    }
    const read = context.readFile(file);
    if ('error' in read) {
      problems.push({
        message: `Cannot read parameters file ${file}: ${read.error}`,
        range: pointRange(template),
      });
      continue;
    }
    const parsed = readParameterFile(file, read.text);
    if (!parsed) {
      problems.push({ message: `${file} is not an ARM parameters file.`, range: pointRange(template) });
      continue;
    }
    context.result.related!.push(file);
    problems.push(...parsed.problems);
    for (const [name, input] of parsed.inputs) inputs.set(name, input);
  }
}

// --- Which scanned files deploy which ---------------------------------------------------------------

interface DeployIndex {
  /** Target file → scanned files that deploy it (as a module, or through `using`). */
  deployers: Map<string, string[]>;
  /** Scanned file → files it deploys. */
  deploys: Map<string, string[]>;
}

const INDEXES = new WeakMap<readonly string[], DeployIndex>();

/** The scanned files that deploy `file`, unless `file` deploys them itself (a cycle). */
export function deployersOf(file: string, options: BicepSourceOptions): string[] {
  const scanFiles = options.scanFiles;
  if (!scanFiles) return [];
  let index = INDEXES.get(scanFiles);
  if (!index) {
    index = buildIndex(scanFiles, options);
    INDEXES.set(scanFiles, index);
  }
  const deployers = (index.deployers.get(file) ?? []).filter((d) => d !== file);
  return deployers.filter((deployer) => !reaches(index, file, deployer));
}

function reaches(index: DeployIndex, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const stack = [from];
  while (stack.length > 0) {
    const current = stack.pop()!;
    for (const next of index.deploys.get(current) ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return false;
}

/**
 * Notes the modules each scanned Bicep file uses and the template its `using` names (see `bicepDeploys`),
 * as the walk triage found them or by reading the file (the reader caches). A reference in a comment may
 * count: then the module is reported through the file that mentions it, which still checks it.
 */
function buildIndex(scanFiles: readonly string[], options: BicepSourceOptions): DeployIndex {
  const index: DeployIndex = { deployers: new Map(), deploys: new Map() };
  const scanned = new Set(scanFiles);
  const add = (from: string, target: string) => {
    if (!scanned.has(target)) return;
    index.deployers.set(target, [...(index.deployers.get(target) ?? []), from]);
    index.deploys.set(from, [...(index.deploys.get(from) ?? []), target]);
  };
  for (const file of scanFiles) {
    const lower = file.toLowerCase();
    if (!lower.endsWith('.bicep') && !lower.endsWith('.bicepparam')) continue;
    const known = options.facts?.(file);
    if (known?.kind === 'bicep') {
      for (const target of known.deploys) add(file, target);
      continue;
    }
    const read = options.readFile(file);
    if ('error' in read) continue;
    for (const target of bicepDeploys(file, read.text, options.modules)) add(file, target);
  }
  return index;
}
