import { posix } from 'node:path';

export interface ReferenceOptions {
  /** Registry and template spec references, and Terraform module sources, mapped to local paths (display paths). */
  modules?: Readonly<Record<string, string>>;
}

/**
 * What a file reads, found by a byte search for each surface's way of naming another file: Bicep
 * `module`, `using`, `extends`, `import … from` and `load*()` paths, ARM `relativePath`, Terraform
 * module `source` folders; references mapped under `modules` are followed to their local copy. Sharding
 * keeps a file with what it reads, and the prefilter of folder walks follows it to see whether a file
 * deploys anything that matters.
 */
export interface References {
  /** Files read (display paths, normalised). */
  files: string[];
  /** Folders read as a whole (Terraform modules). */
  dirs: string[];
  /** A reference that cannot be followed without evaluation (an ARM `relativePath` expression). */
  wild: boolean;
}

// Each pattern with a word it cannot match without: most files lack the word, and a plain search for
// it is several times faster than the pattern's.
const BICEP_REFERENCES: ReadonlyArray<[string, RegExp]> = [
  ['module', /\bmodule\s+[A-Za-z_]\w*\s+'([^'\n]*)'/g],
  ['using', /^[ \t]*using\s+'([^'\n]*)'/gm],
  ['extends', /^[ \t]*extends\s+'([^'\n]*)'/gm],
  ['import', /\bimport\b[^'\n]*?\bfrom\s+'([^'\n]*)'/g],
  ['load', /\bload[A-Za-z0-9]*\(\s*'([^'\n]*)'/g],
];
const ARM_RELATIVE_PATH = /"relativePath"\s*:\s*"((?:[^"\\]|\\.)*)"/gi;
const ARM_RELATIVE_PATH_WORD = /relativepath/i;
const TERRAFORM_SOURCE = /\bsource\s*=\s*"([^"\n]*)"/g;
const TERRAFORM_JSON_SOURCE = /"source"\s*:\s*"([^"\n]*)"/g;

/** The files and folders `file` reads, found by a byte search (a mention in a comment counts). */
export function referencesOf(file: string, text: string, options: ReferenceOptions = {}): References {
  const out: References = { files: [], dirs: [], wild: false };
  const lower = file.toLowerCase();
  const local = (reference: string) => resolveFrom(file, reference);
  // Terraform module sources: local folders, and sources mapped to a local folder under `modules`.
  const moduleSources = (pattern: RegExp) => {
    for (const match of text.matchAll(pattern)) {
      const mapped = options.modules?.[match[1]];
      if (mapped !== undefined) out.dirs.push(posix.normalize(mapped));
      else if (/^\.\.?\//.test(match[1])) out.dirs.push(local(match[1]));
    }
  };
  if (lower.endsWith('.bicep') || lower.endsWith('.bicepparam')) {
    for (const [keyword, pattern] of BICEP_REFERENCES) {
      if (!text.includes(keyword)) continue;
      for (const match of text.matchAll(pattern)) {
        const reference = match[1];
        if (!reference || reference.includes('${')) continue;
        const mapped = mappedReference(options.modules, reference);
        if (mapped) out.files.push(mapped);
        else if (!/^(br|ts)[:/]/i.test(reference)) out.files.push(local(reference));
      }
    }
  } else if (lower.endsWith('.json') || lower.endsWith('.jsonc')) {
    const relativePaths = ARM_RELATIVE_PATH_WORD.test(text) ? text.matchAll(ARM_RELATIVE_PATH) : [];
    for (const match of relativePaths) {
      const reference = match[1];
      if (/^\s*\[/.test(reference) && !reference.startsWith('[[')) out.wild = true;
      else if (reference) out.files.push(local(reference.replace(/^\[\[/, '[')));
    }
    if (lower.endsWith('.tf.json') && text.includes('"source"')) moduleSources(TERRAFORM_JSON_SOURCE);
  } else if (lower.endsWith('.tf') && text.includes('source')) moduleSources(TERRAFORM_SOURCE);
  return out;
}

/** A path written in `file`, relative to its folder, as a display path. */
export function resolveFrom(file: string, relativePath: string): string {
  return posix.normalize(posix.join(posix.dirname(file), relativePath.replace(/\\/g, '/')));
}

/** `modules` lookup: exact, then case-insensitive (as the Bicep source does). */
export function mappedReference(modules: Readonly<Record<string, string>> | undefined, reference: string) {
  if (!modules) return undefined;
  if (Object.hasOwn(modules, reference)) return modules[reference];
  const wanted = reference.toLowerCase();
  for (const [key, file] of Object.entries(modules)) if (key.toLowerCase() === wanted) return file;
  return undefined;
}
