import type { ParsedFile } from '../model/parsed-file.js';
import type { Surface } from '../model/resource.js';
import { parameterInputsFor, type FileReader } from './arm/parameters.js';
import { mayBeArm, parseArmFile } from './arm/template.js';
import { parseBicepSource } from './bicep/source.js';

export interface SourceParseOptions {
  /** The user named the file: a file that is not of this surface is a problem, not a skip. */
  explicit: boolean;
  /** Reads another file of the workspace by display path (parameter files, linked templates). */
  readFile: FileReader;
  /** Parameter values from configuration for this file. */
  parameters?: Record<string, unknown>;
  /** Where those values were configured (for messages). */
  parametersSource?: string;
  /** Parameter files given on the command line, as display paths. */
  parameterFiles?: readonly string[];
  now: Date;
  /** Whether resources of a (canonical) type matter to this scan; others need not be evaluated. */
  isRelevantType?: (type: string) => boolean;
  /**
   * Every file of the scan, as display paths (the same array for each file of one scan). Bicep reports a
   * template deployed by another scanned file (a module, a `.bicepparam` file) through that file only.
   */
  scanFiles?: readonly string[];
  /** Bicep registry and template spec references mapped to local files, as display paths. */
  modules?: Readonly<Record<string, string>>;
}

export type SourceOutcome = { kind: 'parsed'; parsed: ParsedFile } | { kind: 'skipped'; reason: string };

export interface SourceHandler {
  surface: Surface;
  /** Lower-case file endings this source reads. */
  extensions: readonly string[];
  parse(file: string, text: string, options: SourceParseOptions): SourceOutcome;
}

const arm: SourceHandler = {
  surface: 'arm',
  extensions: ['.json', '.jsonc'],
  parse(file, text, options) {
    if (!options.explicit && !mayBeArm(text)) return { kind: 'skipped', reason: 'not an ARM template' };
    const params = parameterInputsFor(file, options.readFile, {
      configured: options.parameters,
      configSource: options.parametersSource,
      explicitFiles: options.parameterFiles,
    });
    const parsed = parseArmFile(file, text, {
      explicit: options.explicit,
      parameters: params.inputs,
      readFile: options.readFile,
      now: options.now,
      isRelevantType: options.isRelevantType,
    });
    if (parsed.kind === 'template') {
      parsed.problems.push(...params.problems);
      parsed.related = [...params.files, ...(parsed.related ?? [])];
    }
    if (parsed.kind === 'other' && parsed.problems.length === 0) {
      if (!options.explicit) return { kind: 'skipped', reason: 'not an ARM template' };
      parsed.problems.push({
        message:
          'Not an ARM deployment template or parameters file (no $schema, contentVersion or resources).',
        range: { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
    return { kind: 'parsed', parsed };
  },
};

/**
 * Bicep templates and parameter files. A file is read further only if it can matter: a template that
 * declares a `resource` or a `module`, a parameters file with a `using` declaration (see `mayBeBicep`).
 */
const bicep: SourceHandler = {
  surface: 'bicep',
  extensions: ['.bicep', '.bicepparam'],
  parse(file, text, options) {
    return parseBicepSource(file, text, options);
  },
};

export const SOURCES: readonly SourceHandler[] = [arm, bicep];

export const SOURCE_EXTENSIONS: readonly string[] = SOURCES.flatMap((s) => s.extensions);

export function sourceFor(file: string): SourceHandler | undefined {
  const lower = file.toLowerCase();
  return SOURCES.find((s) => s.extensions.some((ext) => lower.endsWith(ext)));
}
