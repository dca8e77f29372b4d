import type { ParsedFile } from '../model/parsed-file.js';
import type { Surface } from '../model/resource.js';
import { mayBeArm, parseArmFile } from './arm/template.js';

export interface SourceParseOptions {
  /** The user named the file: a file that is not of this surface is a problem, not a skip. */
  explicit: boolean;
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
    const parsed = parseArmFile(file, text);
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

export const SOURCES: readonly SourceHandler[] = [arm];

export const SOURCE_EXTENSIONS: readonly string[] = SOURCES.flatMap((s) => s.extensions);

export function sourceFor(file: string): SourceHandler | undefined {
  const lower = file.toLowerCase();
  return SOURCES.find((s) => s.extensions.some((ext) => lower.endsWith(ext)));
}
