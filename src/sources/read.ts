import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { WordSearch } from './word-search.js';

export interface ReadLimits {
  /** Files larger than this are reported, not read. */
  maxFileBytes: number;
}

/** ARM caps a template at 4 MB; eight times that leaves room for generated files. */
export const DEFAULT_READ_LIMITS: ReadLimits = { maxFileBytes: 32 * 1024 * 1024 };

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; message: string }
  /** `worthReading` said no: the file is skipped, not an error. */
  | { ok: false; message: string; skipped: true }
  /** The file holds nothing but white space. */
  | { ok: false; message: string; empty: true };

/**
 * Reads a source file as text: UTF-8 (BOM removed) or UTF-16 with a BOM, as editors on Windows write
 * them. Binary and oversized files are refused with a reason.
 */
export function readSourceText(
  path: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  worthReading?: (path: string, size: number) => string | undefined,
): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return { ok: false, message: `Cannot read file: ${(error as Error).message}` };
  }
  if (size > limits.maxFileBytes) {
    return {
      ok: false,
      message: `File is ${formatBytes(size)}, above the ${formatBytes(limits.maxFileBytes)} limit; it is not scanned.`,
    };
  }
  const skip = worthReading?.(path, size);
  if (skip !== undefined) return { ok: false, message: skip, skipped: true };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, message: `Cannot read file: ${(error as Error).message}` };
  }
  return decodeSource(bytes);
}

/** The UTF-16 encoding a byte order mark names, as editors on Windows write it. */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** A NUL byte early on: the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

const EMPTY_FILE: ReadResult = { ok: false, message: 'File is empty.', empty: true };

export function decodeSource(bytes: Uint8Array): ReadResult {
  if (bytes.length === 0) return EMPTY_FILE;
  const utf16 = utf16Of(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes) };
  if (looksBinary(bytes))
    return { ok: false, message: 'File is binary (contains NUL bytes); it is not scanned.' };
  const text = new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM
  // A search, not trim(): trimming would copy a large file's whole text.
  if (!/\S/.test(text)) return EMPTY_FILE;
  return { ok: true, text };
}

/**
 * Whether `decodeSource` reads these bytes (or a file's first chunk of them) as UTF-8 text whose first
 * character that is not white space is ASCII: not empty, not binary, not UTF-16. Such bytes can be
 * searched for ASCII words as they are, with the same answers as their text.
 */
export function opensAsUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.length === 0 || utf16Of(bytes) || looksBinary(bytes)) return false;
  // The decoder drops a UTF-8 byte order mark.
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i];
    // tab, line feed, vertical tab, form feed, carriage return, space
    if ((byte >= 9 && byte <= 13) || byte === 32) continue;
    return byte < 0x80;
  }
  return false;
}

/**
 * Passes a file's bytes to `visit` in chunks of at most `buffer`'s length, each repeating the last
 * `overlap` bytes of the one before (so that a word cut between two is whole in one), read into `buffer`:
 * a chunk is valid during its visit. `visit` returns true to stop. False when the file cannot be read or
 * is over the limit (the ordinary read reports why), true when every chunk was visited or one stopped.
 */
export function visitChunksOfFile(
  path: string,
  limits: ReadLimits,
  overlap: number,
  buffer: Buffer,
  visit: (chunk: Uint8Array) => boolean | void,
): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    if (fstatSync(fd).size > limits.maxFileBytes) return false;
    let carried = 0;
    for (;;) {
      const read = readSync(fd, buffer, carried, buffer.length - carried, null);
      if (read === 0) return true;
      const filled = carried + read;
      if (visit(buffer.subarray(0, filled)) === true) return true;
      carried = Math.min(overlap, filled);
      buffer.copy(buffer, 0, filled - carried, filled);
    }
  } catch {
    return false;
  } finally {
    closeSync(fd);
  }
}

/**
 * The words of a file's bytes, gathered a chunk at a time (see `visitChunksOfFile`: chunks overlap by at
 * least the longest word's length), and whether the first chunk opens as UTF-8 text, so that the words
 * answer as the text would (see `opensAsUtf8Text`). The word search is made on first use.
 */
export class ChunkWords {
  /** The words found, a bit for each word of the search. */
  found = 0;
  /** Whether the first chunk opens as UTF-8 text (undefined before any chunk). */
  opensAsText: boolean | undefined;

  constructor(private readonly search: () => WordSearch) {}

  add(chunk: Uint8Array): void {
    this.opensAsText ??= opensAsUtf8Text(chunk);
    this.found |= this.search().inBytes(chunk);
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
