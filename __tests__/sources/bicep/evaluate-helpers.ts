import { Graph } from '../../../src/model/graph.js';
import { linkResources } from '../../../src/model/link.js';
import type { ParsedFile } from '../../../src/model/parsed-file.js';
import type { Resource } from '../../../src/model/resource.js';
import type { Value } from '../../../src/model/value.js';
import { parseBicepSource, type BicepSourceOptions } from '../../../src/sources/bicep/index.js';

export const NOW = new Date('2026-01-01T00:00:00Z');

/** Evaluates `entry` among in-memory files (display paths), as the scan would with that file named. */
export function evaluateFiles(
  files: Record<string, string>,
  entry = 'main.bicep',
  options: Partial<BicepSourceOptions> = {},
): ParsedFile {
  const readFile = (file: string) =>
    Object.hasOwn(files, file) ? { text: files[file] } : { error: 'no such file' };
  const outcome = parseBicepSource(entry, files[entry], { explicit: true, readFile, now: NOW, ...options });
  if (outcome.kind !== 'parsed') throw new Error(`skipped: ${outcome.reason}`);
  return outcome.parsed;
}

/** Evaluates one template text as `main.bicep`. */
export function evaluate(text: string, options: Partial<BicepSourceOptions> = {}): ParsedFile {
  return evaluateFiles({ 'main.bicep': text }, 'main.bicep', options);
}

/** The resource with a symbol (and, for loop instances, an index in its key). */
export function resource(parsed: ParsedFile, key: string): Resource {
  const found = parsed.resources.find((r) => r.key === key || r.key.endsWith(`#${key}`));
  if (!found)
    throw new Error(`no resource ${key}; have ${parsed.resources.map((r) => r.key).join(', ') || 'none'}`);
  return found;
}

/** The value of `<expression>` written as `properties.v` of a resource, after the given declarations. */
export function valueOf(expression: string, declarations = ''): Value {
  const parsed = evaluate(
    `${declarations}\nresource probe 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  name: 'probe'\n  properties: {\n    v: ${expression}\n  }\n}\n`,
  );
  const problems = parsed.problems.map((p) => p.message);
  if (problems.length > 0) throw new Error(`problems: ${problems.join('; ')}`);
  return resource(parsed, 'probe').get('properties.v');
}

/** The known value of an expression; fails with the reason when it is not known. */
export function known(expression: string, declarations = ''): unknown {
  const value = valueOf(expression, declarations);
  if (value.kind !== 'known')
    throw new Error(`${expression} is ${value.kind}${value.kind === 'unknown' ? ` (${value.reason})` : ''}`);
  return value.value;
}

/** The reason an expression is unknown; fails when it is known. */
export function unknownReason(expression: string, declarations = ''): string {
  const value = valueOf(expression, declarations);
  if (value.kind !== 'unknown') throw new Error(`${expression} is ${value.kind}: ${JSON.stringify(value)}`);
  return value.reason ?? '';
}

/** The scan's resources linked as the scan links them. */
export function linked(...parsed: ParsedFile[]): Graph {
  const graph = new Graph(parsed.flatMap((p) => p.resources));
  linkResources(graph);
  return graph;
}
