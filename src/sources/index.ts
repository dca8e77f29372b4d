import type { ParsedFile } from '../model/parsed-file.js';
import type { Surface } from '../model/resource.js';
import { parameterInputsFor, type FileReader } from './arm/parameters.js';
import { parseArmFile } from './arm/template.js';
import type { FactsLookup } from './file-facts.js';
import { TFVARS_FILE, TFVARS_REASON } from './terraform/files.js';
import type * as BicepSource from './bicep/source.js';
import type * as TerraformSource from './terraform/source.js';
import type { TerraformSourceOptions } from './terraform/source.js';
import { isTerraformPlan } from './tfplan/detect.js';
import { walkSkipReason } from './walk-skip.js';

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
  /** Bicep registry and template spec references, and Terraform module sources, mapped to local paths. */
  modules?: Readonly<Record<string, string>>;
  /** Lists a workspace folder by display path (Terraform evaluates a folder as one module). */
  listDir?: (dir: string) => string[] | { error: string };
  /** Shared by the files of one scan, for work done once per scan (a Terraform folder's evaluation). */
  cache?: Map<string, unknown>;
  /** What the walk triage learnt of the scan's files, so that sources need not read them again. */
  facts?: FactsLookup;
}

export type SourceOutcome =
  | { kind: 'parsed'; parsed: ParsedFile }
  | { kind: 'skipped'; reason: string }
  /** The file needs a source that is loaded on demand: `loadSurface(surface)`, then parse again. */
  | { kind: 'needs'; surface: LazySurface };

/**
 * Sources loaded on first need, so that a run over ARM templates never compiles the Bicep and Terraform
 * parsers, which would be a large part of its start-up time. The HCL grammar (tree-sitter's WebAssembly)
 * loads apart from the Terraform source: most configurations are read without it.
 */
export type LazySurface = 'bicep' | 'terraform' | 'hcl-grammar';

const loaded: { bicep?: typeof BicepSource; terraform?: typeof TerraformSource } = {};

export async function loadSurface(surface: LazySurface): Promise<void> {
  if (surface === 'bicep') {
    if (loaded.bicep) return;
    loaded.bicep = await import('./bicep/source.js');
    return;
  }
  if (surface === 'hcl-grammar') {
    await (await import('./terraform/parse.js')).loadHclGrammar();
    return;
  }
  if (loaded.terraform) return;
  // The parser's module sets the parser the source reads (see terraform/parser-state.ts).
  const [source] = await Promise.all([import('./terraform/source.js'), import('./terraform/parse.js')]);
  loaded.terraform = source;
}

/** Loads every source, and the HCL grammar (for callers of the synchronous `scan`). */
export async function loadSources(): Promise<void> {
  await Promise.all([loadSurface('bicep'), loadSurface('terraform'), loadSurface('hcl-grammar')]);
}

export interface SourceHandler {
  surface: Surface;
  /** Lower-case file endings this source reads. */
  extensions: readonly string[];
  parse(file: string, text: string, options: SourceParseOptions): SourceOutcome;
  /**
   * The source loaded on demand that a file of this kind is sure to need (`explicit`: the user named it),
   * so that a scan can start loading it before reaching the file.
   */
  certainlyLoads?(explicit: boolean): LazySurface | undefined;
  /**
   * Whether `parse` ignores the text it is given because the source reads the files it needs itself (a
   * Terraform folder is one module). A scan that knows such a file can be read gives it '' instead of
   * reading it; a file it does not know about is still read, so that a failed read is reported.
   */
  readsItsFiles?: boolean;
}

const arm: SourceHandler = {
  surface: 'arm',
  extensions: ['.json', '.jsonc'],
  parse(file, text, options) {
    if (TFVARS_FILE.test(file)) return { kind: 'skipped', reason: TFVARS_REASON };
    if (!options.explicit) {
      const skip = walkSkipReason(file, text, options);
      if (skip) return { kind: 'skipped', reason: skip };
    }
    if (isTerraformPlan(text)) {
      if (!loaded.terraform) return { kind: 'needs', surface: 'terraform' };
      return loaded.terraform.parseTerraformPlanSource(file, text, terraformOptions(options));
    }
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
 * declares a `resource` or a `module`, a parameters file with a `using` declaration (see `walkSkipReason`).
 */
const bicep: SourceHandler = {
  surface: 'bicep',
  extensions: ['.bicep', '.bicepparam'],
  parse(file, text, options) {
    if (!options.explicit) {
      const skip = walkSkipReason(file, text, options);
      if (skip) return { kind: 'skipped', reason: skip };
    }
    if (!loaded.bicep) return { kind: 'needs', surface: 'bicep' };
    return loaded.bicep.parseBicepSource(file, text, options);
  },
  // A file found in a walk may be skipped before it is parsed.
  certainlyLoads: (explicit) => (explicit ? 'bicep' : undefined),
};

/**
 * Terraform: each folder of `.tf` and `.tf.json` files is one module, evaluated once; see
 * `terraform/source.ts`.
 */
const terraform: SourceHandler = {
  surface: 'terraform',
  extensions: ['.tf', '.tf.json'],
  parse(file, text, options) {
    if (!loaded.terraform) return { kind: 'needs', surface: 'terraform' };
    return loaded.terraform.parseTerraformSource(file, text, terraformOptions(options));
  },
  certainlyLoads: () => 'terraform',
  readsItsFiles: true,
};

function terraformOptions(options: SourceParseOptions): TerraformSourceOptions {
  return {
    explicit: options.explicit,
    workspace: {
      readFile: options.readFile,
      listDir: options.listDir ?? (() => ({ error: 'folders cannot be listed here' })),
    },
    now: options.now,
    scanFiles: options.scanFiles,
    parameterFiles: options.parameterFiles,
    parameters: options.parameters,
    parametersSource: options.parametersSource,
    modules: options.modules,
    facts: options.facts,
    cache: options.cache ?? new Map(),
  };
}

export const SOURCES: readonly SourceHandler[] = [arm, bicep, terraform];

export const SOURCE_EXTENSIONS: readonly string[] = SOURCES.flatMap((s) => s.extensions);

/** Longer than any file ending a source reads: only the end of a path is compared. */
const ENDING_CHARACTERS = Math.max(...SOURCE_EXTENSIONS.map((ext) => ext.length), '.tfvars'.length);

export function sourceFor(file: string): SourceHandler | undefined {
  const lower = file.slice(-ENDING_CHARACTERS).toLowerCase();
  // A variables file named on the command line is read with its root module.
  if (lower.endsWith('.tfvars'))
    return {
      ...terraform,
      parse: () => ({ kind: 'skipped', reason: TFVARS_REASON }),
      certainlyLoads: () => undefined,
    };
  // The longest ending wins: a `.tf.json` file is Terraform's, not an ARM template.
  let found: { source: SourceHandler; length: number } | undefined;
  for (const source of SOURCES)
    for (const ext of source.extensions)
      if (lower.endsWith(ext) && ext.length > (found?.length ?? 0)) found = { source, length: ext.length };
  return found?.source;
}
