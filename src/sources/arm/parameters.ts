import { posix } from 'node:path';
import type { ParseProblem } from '../../model/parsed-file.js';
import { parseJsonc } from './jsonc.js';
import type { JsonValue } from './expressions/index.js';
import { parameterInputsOf, type ParameterInput } from './scope.js';
import { classifyArmRoot } from './template.js';

export type FileReader = (file: string) => { text: string } | { error: string };

/** The parameter file names Azure tooling pairs with a template, nearest convention first. */
export function parameterFileCandidates(template: string): string[] {
  const dir = posix.dirname(template);
  const base = posix.basename(template).replace(/\.jsonc?$/i, '');
  if (/\.parameters$/i.test(base)) return [];
  return [posix.join(dir, `${base}.parameters.json`), posix.join(dir, 'parameters.json')];
}

export interface ParameterFile {
  file: string;
  inputs: Map<string, ParameterInput>;
  problems: ParseProblem[];
}

/** Reads `{"parameters": {"x": {"value": ...} | {"reference": ...}}}`; values keep their ranges. */
export function readParameterFile(file: string, text: string): ParameterFile | undefined {
  const doc = parseJsonc(file, text);
  if (classifyArmRoot(doc.root) !== 'parameters' || doc.root?.kind !== 'object') return undefined;
  const problems: ParseProblem[] = doc.errors.map((e) => ({ message: e.message, range: e.range }));
  const inputs = parameterInputsOf(doc.root.entries.get('parameters')?.node, file);
  return { file, inputs, problems };
}

/**
 * Collects the parameter values for a template: the conventional parameter file beside it, then
 * configuration values for its glob, then files given with `--parameters` (later sources win).
 */
export function parameterInputsFor(
  template: string,
  read: FileReader,
  options: { configured?: Record<string, unknown>; configSource?: string; explicitFiles?: readonly string[] },
): { inputs: Map<string, ParameterInput>; files: string[]; problems: ParseProblem[] } {
  const inputs = new Map<string, ParameterInput>();
  const files: string[] = [];
  const problems: ParseProblem[] = [];
  const merge = (file: ParameterFile) => {
    files.push(file.file);
    problems.push(...file.problems);
    for (const [k, v] of file.inputs) inputs.set(k, v);
  };
  for (const candidate of parameterFileCandidates(template)) {
    const content = read(candidate);
    if ('error' in content) continue;
    const parsed = readParameterFile(candidate, content.text);
    if (parsed) {
      merge(parsed);
      break;
    }
  }
  for (const [name, value] of Object.entries(options.configured ?? {})) {
    inputs.set(name.toLowerCase(), {
      value: value as JsonValue,
      source: options.configSource ?? 'configuration',
    });
  }
  for (const file of options.explicitFiles ?? []) {
    const content = read(file);
    if ('error' in content) {
      problems.push({
        message: `Cannot read parameters file ${file}: ${content.error}`,
        range: { file: template, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
      continue;
    }
    const parsed = readParameterFile(file, content.text);
    if (parsed) merge(parsed);
    else
      problems.push({
        message: `${file} is not an ARM parameters file.`,
        range: { file: template, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
  }
  return { inputs, files, problems };
}
