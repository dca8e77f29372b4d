import type { ParsedFile } from '../model/parsed-file.js';
import type { Surface } from '../model/resource.js';
import { parameterInputsFor, type FileReader } from './arm/parameters.js';
import { mayBeArm, parseArmFile } from './arm/template.js';
import { isBicepParametersFile, mayBeBicep, parseBicepSource } from './bicep/source.js';
import { IRRELEVANT_FILE, mayMatter, namesAnythingRelevant } from './relevance.js';
import {
  parseTerraformPlanSource,
  parseTerraformSource,
  TFVARS_FILE,
  TFVARS_REASON,
  type TerraformSourceOptions,
} from './terraform/source.js';
import { isTerraformPlan } from './tfplan/index.js';

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
    if (TFVARS_FILE.test(file)) return { kind: 'skipped', reason: TFVARS_REASON };
    // `terraform show -json` output shares the file ending; it is a Terraform surface of its own.
    if (isTerraformPlan(text)) {
      if (!options.explicit && !namesAnythingRelevant(text))
        return { kind: 'skipped', reason: IRRELEVANT_FILE };
      return parseTerraformPlanSource(file, text, terraformOptions(options));
    }
    if (!options.explicit && !mayBeArm(text)) return { kind: 'skipped', reason: 'not an ARM template' };
    // Parameters files are read with their template (and are small): only templates are prefiltered.
    const parametersFile = /deploymentParameters/i.test(text);
    if (!options.explicit && !parametersFile && !mayMatter(file, text, options.readFile, options.modules))
      return { kind: 'skipped', reason: IRRELEVANT_FILE };
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
    // Files that deploy nothing are skipped by the Bicep source, with its own reason.
    const deploys = mayBeBicep(text, isBicepParametersFile(file));
    if (!options.explicit && deploys && !mayMatter(file, text, options.readFile, options.modules))
      return { kind: 'skipped', reason: IRRELEVANT_FILE };
    return parseBicepSource(file, text, options);
  },
};

/** Terraform: each folder of `.tf` files is one module, evaluated once; see `terraform/source.ts`. */
const terraform: SourceHandler = {
  surface: 'terraform',
  extensions: ['.tf'],
  parse(file, text, options) {
    return parseTerraformSource(file, text, terraformOptions(options));
  },
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
    cache: options.cache ?? new Map(),
  };
}

export const SOURCES: readonly SourceHandler[] = [arm, bicep, terraform];

export const SOURCE_EXTENSIONS: readonly string[] = SOURCES.flatMap((s) => s.extensions);

export function sourceFor(file: string): SourceHandler | undefined {
  const lower = file.toLowerCase();
  // A variables file named on the command line is read with its root module.
  if (lower.endsWith('.tfvars'))
    return { ...terraform, parse: () => ({ kind: 'skipped', reason: TFVARS_REASON }) };
  return SOURCES.find((s) => s.extensions.some((ext) => lower.endsWith(ext)));
}
