import type { FileReader } from './arm/parameters.js';
import { visitChunksOfFile } from './read.js';
import { referencesOf } from './references.js';
import { WordSearch } from './word-search.js';

/** Why a file in a folder walk is not read further. */
export const IRRELEVANT_FILE = 'declares no Managed HSM resources';

/**
 * Words (any case) without which a file cannot matter to any rule: the Managed HSM in each surface's spelling
 * (`managedHSMs`, `managed_hardware_security_module`, `managedHsm` data actions, `managed-hsm` registry
 * modules), Managed HSM role names and GUIDs (which control-plane assignments may misuse), and the Log
 * Analytics workspaces and Sentinel onboarding that receive HSM logs from another file.
 */
export const MAY_MATTER_WORDS: readonly string[] = [
  'managedhsm',
  'managed_hardware_security_module',
  'managed hsm',
  'managed-hsm',
  'operationalinsights/workspaces',
  'log_analytics_workspace',
  'securityinsights',
  'sentinel',
  // Managed HSM local role GUIDs and the Managed HSM Contributor (control plane), by their first group.
  'a290e904',
  '515eb02d',
  '21dbd100',
  '4bd23610',
  '2c18b078',
  '33413926',
  '7b127d3c',
  '6efe6056',
  '18500a29',
];

/**
 * One pass for all the words: a regular expression of their alternatives is about three times slower on a
 * large file. Made on first use.
 */
let mayMatterWords: WordSearch | undefined;
const mayMatterSearch = () => (mayMatterWords ??= new WordSearch(MAY_MATTER_WORDS));

/**
 * Whether a file can matter to a rule: it names something a rule looks at, or a file it deploys does
 * (followed through linked templates and modules). Files that cannot are not parsed at all in a folder
 * walk, which is most files of a large repository. Terraform folders are followed by the Terraform
 * source itself.
 *
 * `known` remembers answers across calls (a walk's thread keeps one): a module deployed by several files,
 * or deployed by a file and then decided on its own, is searched once.
 */
export function mayMatter(
  file: string,
  text: string,
  readFile: FileReader,
  modules: Readonly<Record<string, string>> = {},
  known?: Map<string, boolean>,
): boolean {
  const seen = new Set<string>();
  const reaches = (current: string, currentText: string): boolean => {
    if (namesAnythingRelevant(currentText)) return true;
    seen.add(current);
    const references = referencesOf(current, currentText, { modules });
    // A link written as an expression cannot be followed by a byte search: keep the file.
    if (references.wild) return true;
    for (const linked of references.files) {
      if (seen.has(linked)) continue;
      const remembered = known?.get(linked);
      if (remembered !== undefined) {
        if (remembered) return true;
        continue;
      }
      const read = readFile(linked);
      if ('error' in read) continue;
      if (reaches(linked, read.text)) return true;
    }
    return false;
  };
  const remembered = known?.get(file);
  if (remembered !== undefined) return remembered;
  const matters = reaches(file, text);
  // A search that found nothing went through every file reachable from each file it saw, so none of
  // them matters; one that found something only tells about the file it started from.
  if (matters) known?.set(file, true);
  else for (const seenFile of seen) known?.set(seenFile, false);
  return matters;
}

/** Whether text names something a rule looks at (without following links; Terraform follows its modules). */
export function namesAnythingRelevant(text: string): boolean {
  return mayMatterSearch().inText(text, true) !== 0;
}

/**
 * What makes a file worth reading whole although it names nothing relevant: it refers to other files (see
 * `referencesOf`), which may matter. The pattern runs on a chunk decoded as latin1 (one character per
 * byte), where a character outside ASCII becomes characters from U+0080 to U+00FF. Those count as white
 * space here, so that the pattern finds every reference the sources find in the decoded text, where
 * U+00A0 (say) is white space.
 */
const MAY_LINK = new RegExp(
  [
    'relativepath',
    'templatelink',
    '\\b(?:module|using|extends)[\\s\\u0080-\\u00ff]',
    '\\bimport\\b',
    '\\bload[a-z0-9]*\\(',
    '\\bsource[\\s\\u0080-\\u00ff]*=',
  ].join('|'),
  'i',
);
/** Words without which MAY_LINK finds nothing, searched for with the relevant words in one pass. */
const LINK_WORDS = [
  'relativepath',
  'templatelink',
  { word: 'module', atWordStart: true },
  { word: 'using', atWordStart: true },
  { word: 'source', atWordStart: true },
  { word: 'extends', atWordStart: true },
  { word: 'import', atWordStart: true },
  { word: 'load', atWordStart: true },
];
const LINK_BITS = ((1 << LINK_WORDS.length) - 1) << MAY_MATTER_WORDS.length;
let onDiskWords: WordSearch | undefined;
/** The chunk buffer of `mightMatterOnDisk`, made once per thread (the search is synchronous). */
let onDiskBuffer: Buffer | undefined;
const CHUNK_BYTES = 1024 * 1024;
/** Longer than any word searched for, so a word split between two chunks is still found. */
const OVERLAP_BYTES = 256;

/**
 * The same test on a large file's bytes, a chunk at a time, so that a large file that cannot matter is
 * never held in memory whole. True when it might matter (or cannot be read: the full read reports why).
 * False means that the file names nothing relevant and refers to no other file: no Bicep `module`, `using`,
 * `extends`, `import` or `load*()`, no ARM `relativePath` or `templateLink`, no Terraform `source`.
 */
export function mightMatterOnDisk(path: string): boolean {
  let found = false;
  const search = (onDiskWords ??= new WordSearch([...MAY_MATTER_WORDS, ...LINK_WORDS]));
  const read = visitChunksOfFile(
    path,
    { maxFileBytes: Number.POSITIVE_INFINITY },
    OVERLAP_BYTES,
    (onDiskBuffer ??= Buffer.allocUnsafe(CHUNK_BYTES + OVERLAP_BYTES)),
    (chunk) => {
      const words = search.inBytes(chunk);
      if (words & ~LINK_BITS) return (found = true);
      if (words === 0) return false;
      const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
      return (found = MAY_LINK.test(text));
    },
  );
  return found || !read;
}
