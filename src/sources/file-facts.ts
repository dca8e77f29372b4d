import { posix } from 'node:path';
import { ChunkWords } from './read.js';
import { mappedReference, referencesOf, resolveFrom } from './references.js';
import { MAY_MATTER_WORDS, namesAnythingRelevant } from './relevance.js';
import { WordSearch } from './word-search.js';

/**
 * What the Terraform and Bicep sources need to know of every file of a scan, not only of the files they
 * parse: whether a Terraform file names anything that matters and which module folders it calls (to find
 * root modules, and folders that cannot matter), and which files a Bicep file deploys (to report a module
 * through the file that deploys it). Each depends on one file alone, so the walk triage gathers them
 * while it reads the files, on a worker thread too; a source asks for them before reading a file again.
 */
export type FileFacts = TerraformFileFacts | BicepFileFacts;

export interface TerraformFileFacts {
  kind: 'terraform';
  /** Names something a rule looks at (see `namesAnythingRelevant`). */
  relevant: boolean;
  /** The module folders it calls (display paths). */
  calls: string[];
}

export interface BicepFileFacts {
  kind: 'bicep';
  /** The files it deploys (display paths; see `bicepDeploys`). */
  deploys: string[];
}

/** Facts by display path; undefined for a file the triage did not read. */
export type FactsLookup = (file: string) => FileFacts | undefined;

/** The module folders a `.tf` file calls: local sources, and sources mapped under `modules`. */
export function terraformCalls(
  file: string,
  text: string,
  modules: Readonly<Record<string, string>> | undefined,
): string[] {
  return referencesOf(file, text, { modules }).dirs.map(normalizeDir);
}

export function normalizeDir(path: string): string {
  const normalized = posix.normalize(path).replace(/\/+$/, '');
  return normalized === '' ? '.' : normalized;
}

export function terraformFacts(
  file: string,
  text: string,
  modules: Readonly<Record<string, string>> | undefined,
): TerraformFileFacts {
  return {
    kind: 'terraform',
    relevant: namesAnythingRelevant(text),
    calls: terraformCalls(file, text, modules),
  };
}

// `source` at a word start, as a module's source is written (`resource` does not count).
const TERRAFORM_WORDS = [...MAY_MATTER_WORDS, { word: 'source', atWordStart: true }];
const SOURCE_BIT = 1 << MAY_MATTER_WORDS.length;
/** Made on first use: a scan without Terraform does not need its tables. */
let terraformWords: WordSearch | undefined;

/**
 * A Terraform file's facts from its bytes, gathered a chunk at a time when they tell them. A module call
 * that `terraformCalls` follows has a `source` attribute whose value starts with `./` or `../`, or one
 * that `modules` maps: a file without either calls no module (a provider's `source` does not count).
 * Chunks repeat the end of the one before (see `ChunkWords`).
 */
export class TerraformWords {
  private readonly words = new ChunkWords(() => (terraformWords ??= new WordSearch(TERRAFORM_WORDS)));
  /** Whether the bytes hold `"./` or `"../`, as a local module's source starts. */
  private localPath = false;

  add(chunk: Uint8Array): void {
    this.words.add(chunk);
    if (!this.localPath) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      this.localPath = bytes.includes('"./') || bytes.includes('"../');
    }
  }

  /** The facts, or undefined when the file's text must be read for them. */
  facts(modules: Readonly<Record<string, string>> | undefined): TerraformFileFacts | undefined {
    const { found, opensAsText } = this.words;
    if (!opensAsText) return undefined;
    const mapped = modules !== undefined && Object.keys(modules).length > 0;
    if (found & SOURCE_BIT && (this.localPath || mapped)) return undefined;
    return { kind: 'terraform', relevant: (found & ~SOURCE_BIT) !== 0, calls: [] };
  }
}

// A `module` declaration, after any decorators; a parameters file's `using` declaration.
const MODULE_REFERENCE = /^[ \t]*(?:@[^\n]*\n[ \t]*)*module\s+[A-Za-z_]\w*\s+'([^'\n]+)'/gm;
const USING_REFERENCE = /^[ \t]*using\s+'([^'\n]+)'/gm;

/**
 * The files a Bicep file deploys, found by a byte search: its modules' local paths (and references
 * mapped under `modules`), or the template its `using` names. A reference in a comment may count.
 */
export function bicepDeploys(
  file: string,
  text: string,
  modules: Readonly<Record<string, string>> | undefined,
): string[] {
  const [keyword, pattern] = file.toLowerCase().endsWith('.bicepparam')
    ? ['using', USING_REFERENCE]
    : ['module', MODULE_REFERENCE];
  // Most files name no module: a plain search for the keyword is much faster than the pattern.
  if (!text.includes(keyword)) return [];
  const deploys: string[] = [];
  for (const match of text.matchAll(pattern)) {
    const reference = match[1];
    const mapped = mappedReference(modules, reference);
    if (mapped) deploys.push(mapped);
    else if (!/^(br|ts)[:/]/i.test(reference)) deploys.push(resolveFrom(file, reference));
  }
  return deploys;
}
