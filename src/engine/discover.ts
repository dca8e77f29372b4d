import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';

export interface DiscoveredFile {
  /** Absolute path. */
  path: string;
  /** Named on the command line (not found by walking a folder). */
  explicit: boolean;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
  /** Paths given that do not exist. */
  missing: string[];
  /**
   * The regular files of the folders the walk listed that hold a file ending as `listFoldersWith` says
   * (absolute path), by name in code-unit order, ignored ones included: what a source that reads a whole
   * folder (a Terraform module) would list again.
   */
  listings: Map<string, string[]>;
}

export interface DiscoverOptions {
  /** File endings read while walking folders (explicit files are always read). */
  extensions: readonly string[];
  /** Globs relative to `baseDir` of files never scanned. */
  ignore: readonly string[];
  baseDir: string;
  /**
   * Whether files named in `paths` are explicit (always read, and a file of no known kind is a problem)
   * or, like files found in a walk, read only when their ending is a source's (a list of changed files).
   */
  namedFilesAreExplicit?: boolean;
  /** Lower-case file endings whose folders' listings the discovery keeps (see `Discovery.listings`). */
  listFoldersWith?: readonly string[];
  /**
   * Called once, when that many files that are not explicit have been found, while the walk goes on (a
   * sweep starts its worker threads then, so that they boot meanwhile).
   */
  whenFound?: { files: number; then: () => void };
}

const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.terraform']);

/**
 * Expands paths into files: folders are walked honouring .gitignore files, skipping node_modules and
 * never following symbolic links (they could leave the workspace or loop).
 */
export function discoverFiles(paths: readonly string[], cwd: string, options: DiscoverOptions): Discovery {
  const result: Discovery = { files: [], skipped: [], missing: [], listings: new Map() };
  const ignored = options.ignore.length ? picomatch(options.ignore as string[], { dot: true }) : undefined;
  const isIgnoredByConfig = (abs: string) => {
    if (!ignored) return false;
    const rel = relative(options.baseDir, abs).split(sep).join('/');
    return !rel.startsWith('..') && ignored(rel);
  };
  const seen = new Set<string>();
  let found = 0;
  const add = (path: string, explicit: boolean) => {
    if (seen.has(path)) return;
    seen.add(path);
    result.files.push({ path, explicit });
    if (!explicit && ++found === options.whenFound?.files) options.whenFound.then();
  };

  for (const given of paths) {
    const abs = resolve(cwd, given);
    let stats: Stats;
    try {
      stats = lstatSync(abs);
    } catch {
      result.missing.push(given);
      continue;
    }
    if (stats.isSymbolicLink()) {
      result.skipped.push({ path: abs, reason: 'symbolic link (not followed)' });
      continue;
    }
    if (stats.isFile()) {
      const explicit = options.namedFilesAreExplicit ?? true;
      if (!explicit && !options.extensions.some((ext) => abs.toLowerCase().endsWith(ext))) continue;
      if (isIgnoredByConfig(abs)) result.skipped.push({ path: abs, reason: 'matches an ignore pattern' });
      else add(abs, explicit);
      continue;
    }
    if (stats.isDirectory()) walk(abs, options, isIgnoredByConfig, result, add);
  }
  return result;
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function walk(
  root: string,
  options: DiscoverOptions,
  isIgnoredByConfig: (abs: string) => boolean,
  result: Discovery,
  add: (path: string, explicit: boolean) => void,
): void {
  const stack: Array<{ dir: string; scopes: IgnoreScope[] }> = [{ dir: root, scopes: inheritedScopes(root) }];
  const { extensions, listFoldersWith = [] } = options;
  while (stack.length > 0) {
    const { dir, scopes: parentScopes } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      result.skipped.push({ path: dir, reason: `cannot read folder: ${(error as Error).message}` });
      continue;
    }
    // Looked up in the listing: trying to open a .gitignore in every folder costs a failed call in most.
    const scopes = entries.some((e) => e.name === '.gitignore' && !e.isDirectory())
      ? withGitignore(dir, parentScopes)
      : parentScopes;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const lowerNames = entries.map((e) => e.name.toLowerCase());
    if (lowerNames.some((name) => listFoldersWith.some((end) => name.endsWith(end)))) {
      result.listings.set(
        dir,
        entries.filter((e) => e.isFile()).map((e) => e.name),
      );
    }
    const subdirs: string[] = [];
    // `dir` is absolute and normalised, and a name has no separator: a plain join is enough.
    const prefix = dir.endsWith(sep) ? dir : dir + sep;
    for (const [index, entry] of entries.entries()) {
      const abs = prefix + entry.name;
      const isLink = entry.isSymbolicLink();
      const isDir = entry.isDirectory() || (isLink && pointsToDirectory(abs));
      const isSource = extensions.some((ext) => lowerNames[index].endsWith(ext));
      if (isDir && ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
      if (isGitIgnored(abs, isDir, scopes) || isIgnoredByConfig(abs)) continue;
      if (isLink) {
        if (isDir || isSource) result.skipped.push({ path: abs, reason: 'symbolic link (not followed)' });
        continue;
      }
      if (isDir) subdirs.push(abs);
      else if (entry.isFile() && isSource) add(abs, false);
    }
    for (const sub of subdirs.reverse()) stack.push({ dir: sub, scopes });
  }
}

function withGitignore(dir: string, scopes: IgnoreScope[]): IgnoreScope[] {
  let text: string;
  try {
    text = readFileSync(join(dir, '.gitignore'), 'utf8');
  } catch {
    return scopes;
  }
  return [...scopes, { dir, rules: ignore().add(text) }];
}

/** .gitignore files above the walked folder, up to the repository root, apply too. */
function inheritedScopes(root: string): IgnoreScope[] {
  const chain: string[] = [];
  let dir = resolve(root, '..');
  for (;;) {
    chain.unshift(dir);
    if (exists(join(dir, '.git'))) break;
    const parent = resolve(dir, '..');
    if (parent === dir) return []; // not inside a repository: nothing above applies
    dir = parent;
  }
  return chain.reduce<IgnoreScope[]>((scopes, d) => withGitignore(d, scopes), []);
}

function pointsToDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling link
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isGitIgnored(abs: string, isDir: boolean, scopes: IgnoreScope[]): boolean {
  for (const scope of scopes) {
    const rel = relative(scope.dir, abs).split(sep).join('/');
    if (!rel || rel.startsWith('..')) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
