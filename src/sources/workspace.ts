import { closeSync, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { FileReader } from './arm/parameters.js';
import { readSourceText, type ReadLimits, type ReadResult } from './read.js';
import { IRRELEVANT_FILE, mightMatterOnDisk } from './relevance.js';

/**
 * Reads files a source refers to (parameter files, linked templates). Only files inside the working
 * folder or a scanned path are read, and never through a symbolic link: scanned content must not
 * make hsmlint read elsewhere.
 */
export function workspaceReader(cwd: string, paths: readonly string[], limits: ReadLimits): FileReader {
  const inside = insideWorkspace(cwd, paths);
  // Files read for several scanned files (a module, a parameters file) are read once while they are
  // recent; the cache keeps at most READ_CACHE_CHARACTERS of text so that a sweep does not hold the
  // repository in memory, and never a file larger than any template a deployment takes (such a file is
  // read again in the rare case it is needed twice).
  const cache = new Map<string, { text: string } | { error: string }>();
  let cachedCharacters = 0;
  const remember = (abs: string, outcome: { text: string } | { error: string }) => {
    if ('text' in outcome && outcome.text.length > READ_CACHE_ENTRY_CHARACTERS) return;
    cache.set(abs, outcome);
    if (!('text' in outcome)) return;
    cachedCharacters += outcome.text.length;
    for (const [key, old] of cache) {
      if (cachedCharacters <= READ_CACHE_CHARACTERS) break;
      if (!('text' in old) || key === abs) continue;
      cache.delete(key);
      cachedCharacters -= old.text.length;
    }
  };
  return (file) => {
    const abs = resolve(cwd, file);
    const cached = cache.get(abs);
    if (cached) {
      // Most recently used last, so that eviction drops the oldest first.
      cache.delete(abs);
      cache.set(abs, cached);
      return cached;
    }
    let outcome: { text: string } | { error: string };
    if (!inside(abs)) outcome = { error: 'outside the scanned folders' };
    else {
      try {
        if (lstatSync(abs).isSymbolicLink()) outcome = { error: 'a symbolic link, not followed' };
        else {
          const read = readSourceText(abs, limits);
          outcome = read.ok ? { text: read.text } : { error: read.message };
        }
      } catch {
        outcome = { error: 'no such file' };
      }
    }
    remember(abs, outcome);
    return outcome;
  };
}

const READ_CACHE_CHARACTERS = 32 * 1024 * 1024;
/** Twice ARM's 4 MB cap on a template. */
const READ_CACHE_ENTRY_CHARACTERS = 8 * 1024 * 1024;
const LARGE_FILE_BYTES = 1024 * 1024;

/**
 * Reads a scanned file. With `prefilter` (a file found in a folder walk), a large file is searched on
 * disk first: most are never read whole.
 */
export function readScannedFile(path: string, limits: ReadLimits, prefilter: boolean): ReadResult {
  return readSourceText(path, limits, (file, size) =>
    prefilter && size > LARGE_FILE_BYTES && !mightMatterOnDisk(file) ? IRRELEVANT_FILE : undefined,
  );
}

/**
 * What a failed read of a scanned file means: the reason it is skipped, or undefined when the failure is
 * an error to report. A file a prefilter passed over is skipped; so is an empty file found in a walk,
 * which a named one is not.
 */
export function skipReasonOfFailedRead(
  read: ReadResult & { ok: false },
  explicit: boolean,
): string | undefined {
  if ('skipped' in read || (!explicit && 'empty' in read)) return read.message;
  return undefined;
}

/**
 * Reads small walk-found files into one buffer that each read reuses, so that a sweep's many files cost
 * no allocation (nor the collection of it) when their bytes alone decide them.
 */
export class ScannedBytesReader {
  // One byte more than a small file can have, so that a file that grew past it is noticed.
  readonly buffer = Buffer.allocUnsafe(LARGE_FILE_BYTES + 1);

  constructor(private readonly limits: ReadLimits) {}

  /**
   * The bytes of the file at `path`, valid until the next read; undefined when the file is not small (it
   * takes `readScannedFile`, which searches large files on disk) or cannot be read (which that reports).
   */
  read(path: string): Uint8Array | undefined {
    const most = Math.min(LARGE_FILE_BYTES, this.limits.maxFileBytes);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      let filled = 0;
      for (;;) {
        const read = readSync(fd, this.buffer, filled, this.buffer.length - filled, null);
        if (read === 0) break;
        filled += read;
        if (filled > most) return undefined;
      }
      return this.buffer.subarray(0, filled);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  }
}

/** Whether an absolute path lies inside the working folder or a scanned path. */
function insideWorkspace(cwd: string, paths: readonly string[]): (abs: string) => boolean {
  const roots = [cwd, ...paths.map((p) => resolve(cwd, p))];
  return (abs) =>
    roots.some((root) => {
      const rel = relative(root, abs);
      return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
    });
}

/** Lists folders inside the working folder or a scanned path, never through a symbolic link. */
export function workspaceLister(
  cwd: string,
  paths: readonly string[],
  listed: ReadonlyMap<string, string[]> = new Map(),
): (dir: string) => string[] | { error: string } {
  const inside = insideWorkspace(cwd, paths);
  // Folders a walk listed are inside the workspace and not symbolic links: their listing stands.
  const cache = new Map<string, string[] | { error: string }>(listed);
  return (dir) => {
    const abs = resolve(cwd, dir);
    const cached = cache.get(abs);
    if (cached) return cached;
    let outcome: string[] | { error: string };
    if (!inside(abs)) outcome = { error: 'outside the scanned folders' };
    else {
      try {
        if (lstatSync(abs).isSymbolicLink()) outcome = { error: 'a symbolic link, not followed' };
        else
          outcome = readdirSync(abs, { withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => e.name)
            .sort();
      } catch {
        outcome = { error: 'no such folder' };
      }
    }
    cache.set(abs, outcome);
    return outcome;
  };
}
