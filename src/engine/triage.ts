import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { displayPath } from '../model/display-path.js';
import { decodeSource, type ReadLimits } from '../sources/read.js';
import {
  hasWalkSkipTest,
  UNDECIDED,
  WALK_WORD_OVERLAP,
  WalkWords,
  walkSkipReason,
  walkSkipReasonOfBytes,
  walkSkipReasonOfWords,
} from '../sources/walk-skip.js';
import {
  readScannedFile,
  ScannedBytesReader,
  skipReasonOfFailedRead,
  visitChunksOfFile,
  workspaceReader,
} from '../sources/workspace.js';
import type { DiscoveredFile } from './discover.js';

/**
 * Triage of a folder walk: most files of a repository are skipped on their own bytes (see
 * `sources/walk-skip.ts`), and deciding that is most of a sweep's work. It needs nothing but the files,
 * so a worker thread decides a share of them while the main thread decides the rest; the scan then
 * reads only what is left. A verdict is only a shortcut: a file without one (the worker failed, or no
 * worker ran) takes the ordinary path and reaches the same outcome.
 */
export interface TriageContext {
  cwd: string;
  /** The scanned paths: the workspace that linked files may be read from. */
  paths: readonly string[];
  limits: ReadLimits;
  /** Registry references and module sources mapped to local files (display paths). */
  modules: Readonly<Record<string, string>>;
}

/** What the worker reports: for each file it skipped, its index in the list and the reason. */
export type TriageVerdicts = Array<[index: number, reason: string]>;

export interface TriageOutcome {
  /** Skip reasons by absolute path. */
  verdicts: Map<string, string>;
  /** Files decided, and how many of them a worker thread decided. */
  files: number;
  byWorker: number;
}

/** Fewer files than this are decided faster than a worker thread starts. */
const FILES_PER_WORKER = 400;
/** Files claimed at a time: large enough that the threads rarely touch the shared counter. */
const BATCH = 16;
/** The worker's bundle, next to the chunk that holds this code (see scripts/package.mjs). */
const WORKER_FILE = 'triage-worker.js';
const YOUNG_GENERATION_MB = 8;

/** Decides the walk-found files of a scan, with `workers` worker threads (0: the main thread alone). */
export async function triageWalk(
  files: readonly DiscoveredFile[],
  context: TriageContext,
  workers: number,
): Promise<TriageOutcome> {
  const eligible = files.filter((f) => !f.explicit && hasWalkSkipTest(f.path)).map((f) => f.path);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const running =
    eligible.length >= FILES_PER_WORKER
      ? Array.from({ length: Math.min(workers, Math.floor(eligible.length / FILES_PER_WORKER)) }, () =>
          startWorker(eligible, counter, context),
        ).filter((w) => w !== undefined)
      : [];
  const mine = triageShare(eligible, counter, context);
  const theirs = (await Promise.all(running)).flat();
  const verdicts = new Map<string, string>();
  for (const [index, reason] of [...mine, ...theirs]) verdicts.set(eligible[index], reason);
  return { verdicts, files: eligible.length, byWorker: theirs.length };
}

/** Decides files in batches claimed from `counter` until none is left. */
export function triageShare(
  files: readonly string[],
  counter: Int32Array,
  context: TriageContext,
): TriageVerdicts {
  const readers = {
    bytes: new ScannedBytesReader(context.limits),
    linked: workspaceReader(context.cwd, context.paths, context.limits),
  };
  const verdicts: TriageVerdicts = [];
  for (;;) {
    const start = Atomics.add(counter, 0, BATCH);
    if (start >= files.length) return verdicts;
    for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
      const reason = skipReasonOf(files[index], context, readers);
      if (reason !== undefined) verdicts.push([index, reason]);
    }
  }
}

/** The scan's own outcome for a skipped walk-found file, or undefined when the scan must read it. */
function skipReasonOf(
  path: string,
  context: TriageContext,
  readers: { bytes: ScannedBytesReader; linked: ReturnType<typeof workspaceReader> },
): string | undefined {
  const file = displayPath(context.cwd, path);
  const walkContext = { readFile: readers.linked, modules: context.modules };
  // Most files are decided on their bytes; the rest on their text, decoded from the same bytes.
  const bytes = readers.bytes.read(path);
  if (bytes) {
    const verdict = walkSkipReasonOfBytes(file, bytes);
    if (verdict !== UNDECIDED) return verdict;
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return skipReasonOfFailedRead(decoded, false);
    return walkSkipReason(file, decoded.text, walkContext);
  }
  // A large JSON file is searched a chunk at a time, and read whole only when its words do not decide it.
  const words = new WalkWords();
  const visit = (chunk: Uint8Array) => words.add(chunk);
  if (
    isJson(file) &&
    visitChunksOfFile(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit)
  ) {
    const verdict = walkSkipReasonOfWords(file, words);
    if (verdict !== UNDECIDED) return verdict;
  }
  const read = readScannedFile(path, context.limits, true);
  // Files that cannot be read are left to the scan, which reports why.
  if (!read.ok) return skipReasonOfFailedRead(read, false);
  return walkSkipReason(file, read.text, walkContext);
}

function isJson(file: string): boolean {
  return /\.jsonc?$/i.test(file);
}

/** A worker thread deciding a share of `files`, or undefined when its bundle is not there (from source). */
function startWorker(
  files: readonly string[],
  counter: Int32Array,
  context: TriageContext,
): Promise<TriageVerdicts> | undefined {
  // The path is built at run time so that the bundler leaves the separately built worker alone.
  const url = new URL(['.', WORKER_FILE].join('/'), import.meta.url);
  if (url.protocol !== 'file:' || !existsSync(fileURLToPath(url))) return undefined;
  return new Promise((resolve) => {
    const worker = new Worker(url, {
      workerData: { files, counter, context },
      // Its garbage is file text read once: a small young generation keeps the process's peak down.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    // A failed worker only costs time: the files it claimed take the ordinary path.
    worker.once('message', (verdicts: TriageVerdicts) => {
      resolve(verdicts);
      void worker.terminate();
    });
    worker.once('error', () => resolve([]));
    worker.once('exit', () => resolve([]));
  });
}
