import type { FileReader } from './arm/parameters.js';
import { mayBeArm } from './arm/detect.js';
import { bicepSkipReason } from './bicep/detect.js';
import { IRRELEVANT_FILE, MAY_MATTER_WORDS, mayMatter, namesAnythingRelevant } from './relevance.js';
import { TFVARS_FILE, TFVARS_REASON } from './terraform/files.js';
import { ChunkWords } from './read.js';
import { isTerraformPlan } from './tfplan/detect.js';
import { WordSearch } from './word-search.js';

/**
 * Why a file found in a folder walk is not read further, decided from its text and the files it links
 * before any parser runs; undefined when its source must read it. Most files of a repository stop here.
 * It depends on nothing but the files, so any thread may decide it (see `engine/triage.ts`).
 * Terraform files have no answer here: a Terraform folder is one module (see `terraform/source.ts`).
 */
export function walkSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  return walkSkipTestFor(file)?.(file, text, context);
}

type WalkSkipTest = (file: string, text: string, context: WalkSkipContext) => string | undefined;

function walkSkipTestFor(file: string): WalkSkipTest | undefined {
  const kind = walkFileKind(file);
  return kind === 'json' ? armSkipReason : kind === 'bicep' ? bicepWalkSkipReason : undefined;
}

/**
 * What a walk-found file is by its ending: JSON (ARM templates, parameters, plans), Bicep (templates and
 * parameters files) or Terraform, for the tests and facts of a folder walk.
 */
export function walkFileKind(file: string): 'json' | 'bicep' | 'terraform' | undefined {
  // The longest ending is '.bicepparam': only the end of a path is compared.
  const lower = file.slice(-'.bicepparam'.length).toLowerCase();
  if (lower.endsWith('.tf.json') || lower.endsWith('.tf')) return 'terraform';
  if (lower.endsWith('.json') || lower.endsWith('.jsonc')) return 'json';
  if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam')) return 'bicep';
  return undefined;
}

export interface WalkSkipContext {
  /** Reads another file of the workspace by display path (linked templates, modules). */
  readFile: FileReader;
  /** Registry and template spec references, and Terraform module sources, mapped to local paths. */
  modules?: Readonly<Record<string, string>>;
  /** Whether files may matter, by display path, remembered across files (see `mayMatter`). */
  known?: Map<string, boolean>;
}

function armSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  if (TFVARS_FILE.test(file)) return TFVARS_REASON;
  // `terraform show -json` output shares the file ending; it is a Terraform surface of its own.
  if (isTerraformPlan(text)) return namesAnythingRelevant(text) ? undefined : IRRELEVANT_FILE;
  if (!mayBeArm(text)) return 'not an ARM template';
  // Parameters files are read with their template (and are small): only templates are prefiltered.
  if (/deploymentParameters/i.test(text)) return undefined;
  return mayMatter(file, text, context.readFile, context.modules, context.known)
    ? undefined
    : IRRELEVANT_FILE;
}

/** Bicep files that deploy nothing, then those that deploy nothing that matters. */
function bicepWalkSkipReason(file: string, text: string, context: WalkSkipContext): string | undefined {
  const skip = bicepSkipReason(file, text);
  if (skip) return skip;
  return mayMatter(file, text, context.readFile, context.modules, context.known)
    ? undefined
    : IRRELEVANT_FILE;
}

/** What `walkSkipReasonOfBytes` answers when the bytes alone cannot tell: the file's text must. */
export const UNDECIDED = Symbol('undecided');

/**
 * The words the walk-skip test of a JSON file asks about: with them, most JSON files of a repository are
 * decided from their bytes, in one pass, without being decoded.
 */
const JSON_WORDS = [
  ...MAY_MATTER_WORDS,
  'deploymenttemplate',
  'deploymentparameters',
  '"resources"',
  'relativepath',
  '"format_version"',
  '"terraform_version"',
];
/** As long as the longest word the walk's byte tests look for: enough for chunks to share. */
export const WALK_WORD_OVERLAP = Math.max(...JSON_WORDS.map((word) => word.length));
/** Made on first use: a run that walks no folder does not need its tables. */
let jsonWords: WordSearch | undefined;
const bitOf = (word: string) => 1 << JSON_WORDS.indexOf(word);
const MAY_MATTER_BITS = MAY_MATTER_WORDS.reduce((bits, word) => bits | bitOf(word), 0);
const DEPLOYMENT_TEMPLATE = bitOf('deploymenttemplate');
const DEPLOYMENT_PARAMETERS = bitOf('deploymentparameters');
const RESOURCES_KEY = bitOf('"resources"');
const RELATIVE_PATH = bitOf('relativepath');
const PLAN_KEYS = bitOf('"format_version"') | bitOf('"terraform_version"');

/**
 * `walkSkipReason` of a walk-found file from its bytes (as read from disk), or UNDECIDED when only its
 * text can tell: it never answers otherwise than the text would. It decides JSON files, which a search
 * for a few words settles: whether they can be a template, a parameters file or a plan, and whether
 * they name anything that matters or link another template.
 */
export function walkSkipReasonOfBytes(
  file: string,
  bytes: Uint8Array,
): string | undefined | typeof UNDECIDED {
  const words = walkWords();
  words.add(bytes);
  return walkSkipReasonOfWords(file, words);
}

/**
 * The words a JSON file's walk-skip test asks about, gathered from its bytes a chunk at a time (a large
 * file is never held whole): each chunk repeats at least the last `WALK_WORD_OVERLAP` bytes of the one
 * before, so that no word is lost between two.
 */
export function walkWords(): ChunkWords {
  return new ChunkWords(() => (jsonWords ??= new WordSearch(JSON_WORDS)));
}

/** `walkSkipReasonOfBytes` from the words of a file's bytes. */
export function walkSkipReasonOfWords(
  file: string,
  words: ChunkWords,
): string | undefined | typeof UNDECIDED {
  if (walkFileKind(file) !== 'json') return UNDECIDED;
  // Empty, binary and UTF-16 files, and text that opens with a character outside ASCII (which might all
  // be white space), are left to the decoder, which says what they are.
  if (!words.opensAsText) return UNDECIDED;
  if (TFVARS_FILE.test(file)) return TFVARS_REASON;
  const found = words.found;
  // A plan, an object with `"resources":` or a linked template: the text tells (see armSkipReason).
  if ((found & PLAN_KEYS) === PLAN_KEYS) return UNDECIDED;
  if ((found & (DEPLOYMENT_TEMPLATE | DEPLOYMENT_PARAMETERS)) === 0) {
    return found & RESOURCES_KEY ? UNDECIDED : 'not an ARM template';
  }
  if (found & (DEPLOYMENT_PARAMETERS | MAY_MATTER_BITS)) return undefined;
  if (found & RELATIVE_PATH) return UNDECIDED;
  return IRRELEVANT_FILE;
}
