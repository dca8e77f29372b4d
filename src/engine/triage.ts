import { Worker } from 'node:worker_threads';
import { shippedFile } from '../model/bundle-files.js';
import { displayPath } from '../model/display-path.js';
import { decodeSource, visitChunksOfFile, type ReadLimits } from '../sources/read.js';
import {
  UNDECIDED,
  WALK_WORD_OVERLAP,
  walkSkipReason,
  walkSkipReasonOfBytes,
  walkSkipReasonOfWords,
  walkFileKind,
  walkWords,
} from '../sources/walk-skip.js';
import {
  readScannedFile,
  ScannedBytesReader,
  skipReasonOfFailedRead,
  workspaceReader,
} from '../sources/workspace.js';
import { bicepDeploys, terraformFacts, TerraformWords, type FileFacts } from '../sources/file-facts.js';
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
  /** The most text (characters) a thread keeps for the scan; default KEPT_CHARACTERS. */
  keptCharacters?: number;
}

/**
 * What a thread reports, each file by its index in the list: the files it skipped, with the reason, and
 * what it learnt of files for the sources that read them (see `sources/file-facts.ts`).
 */
export interface TriageShare {
  verdicts: Array<[index: number, reason: string]>;
  facts: Array<[index: number, facts: FileFacts]>;
  /** The text of each small file the scan will read, so that it is not read twice. */
  texts: Array<[index: number, text: string]>;
  /**
   * Terraform files that can be read as text. The Terraform source reads the files of a folder itself, so
   * the scan need not read these for it (see `SourceHandler.readsItsFiles`).
   */
  readable: number[];
}

export interface TriageOutcome {
  /** Skip reasons by absolute path. */
  verdicts: Map<string, string>;
  /** Facts by display path. */
  facts: Map<string, FileFacts>;
  /** Texts of small files the scan will read, by absolute path. */
  texts: Map<string, string>;
  /** Files that can be read as text, whose source reads them itself, by absolute path. */
  readable: Set<string>;
  /** Files decided, and how many of them a worker thread decided. */
  files: number;
  byWorker: number;
}

/** Fewer files than this are decided faster than a worker thread starts. */
export const FILES_PER_WORKER = 400;
/** Files claimed at a time: large enough that the threads rarely touch the shared counter. */
const BATCH = 16;
/** The worker's bundle, next to the chunk that holds this code (see scripts/package.mjs). */
const WORKER_FILE = 'triage-worker.js';
const YOUNG_GENERATION_MB = 8;
/**
 * The most text a thread keeps for the scan: past it, files are read again by the scan, so that a
 * repository where most files matter is not held in memory whole.
 */
const KEPT_CHARACTERS = 16 * 1024 * 1024;

/**
 * Decides the walk-found files of a scan, with `workers` worker threads (0: the main thread alone).
 * Workers started during the walk (`TriageWorker.start`) are used first; those not needed are stopped.
 */
export async function triageWalk(
  files: readonly DiscoveredFile[],
  context: TriageContext,
  workers: number,
  /** Work for the main thread before its share (see below). */
  meanwhile?: Promise<unknown>,
  started: readonly TriageWorker[] = [],
): Promise<TriageOutcome> {
  const eligible = files.filter((f) => !f.explicit && worthTriage(f.path)).map((f) => f.path);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const wanted =
    eligible.length >= FILES_PER_WORKER
      ? Math.min(workers, Math.floor(eligible.length / FILES_PER_WORKER))
      : 0;
  const pool = started.slice(0, wanted);
  for (const unneeded of started.slice(wanted)) unneeded.stop();
  pool.push(...startTriageWorkers(wanted - pool.length));
  const running = pool.map((worker) => worker.decide(eligible, counter, context));
  // Work the main thread owes the scan anyway (loading sources) is done while the workers start, which
  // then claim the files the main thread would have decided in that time. With nothing to decide, the
  // scan starts at once instead, reading files while the sources load.
  if (eligible.length > 0) await meanwhile?.catch(() => undefined);
  const outcome: TriageOutcome = {
    verdicts: new Map(),
    facts: new Map(),
    texts: new Map(),
    readable: new Set(),
    files: eligible.length,
    byWorker: 0,
  };
  const record = (share: TriageShare) => {
    for (const [index, reason] of share.verdicts) outcome.verdicts.set(eligible[index], reason);
    for (const [index, known] of share.facts)
      outcome.facts.set(displayPath(context.cwd, eligible[index]), known);
    for (const [index, text] of share.texts) outcome.texts.set(eligible[index], text);
    for (const index of share.readable) outcome.readable.add(eligible[index]);
  };
  // The main thread's share is recorded while the workers finish their last files.
  record(triageShare(eligible, counter, context));
  for (const share of await Promise.all(running)) {
    record(share);
    outcome.byWorker += share.verdicts.length;
  }
  return outcome;
}

/** Files with a walk-skip test, and Terraform files, whose facts the Terraform source needs. */
function worthTriage(path: string): boolean {
  return walkFileKind(path) !== undefined;
}

/** Decides files in batches claimed from `counter` until none is left. */
export function triageShare(
  files: readonly string[],
  counter: Int32Array,
  context: TriageContext,
): TriageShare {
  const readers = {
    bytes: new ScannedBytesReader(context.limits),
    linked: workspaceReader(context.cwd, context.paths, context.limits),
    known: new Map<string, boolean>(),
  };
  const share: TriageShare = { verdicts: [], facts: [], texts: [], readable: [] };
  let keptCharacters = 0;
  const budget = context.keptCharacters ?? KEPT_CHARACTERS;
  for (;;) {
    const start = Atomics.add(counter, 0, BATCH);
    if (start >= files.length) return share;
    for (let index = start; index < Math.min(start + BATCH, files.length); index++) {
      const { reason, facts, text, readable } = triageFile(files[index], context, readers);
      if (reason !== undefined) share.verdicts.push([index, reason]);
      if (facts) share.facts.push([index, facts]);
      if (readable) share.readable.push(index);
      if (text !== undefined && reason === undefined && keptCharacters + text.length <= budget) {
        share.texts.push([index, text]);
        keptCharacters += text.length;
      }
    }
  }
}

interface Readers {
  bytes: ScannedBytesReader;
  linked: ReturnType<typeof workspaceReader>;
  /** What `mayMatter` learnt of the files this thread searched. */
  known: Map<string, boolean>;
}

/**
 * A walk-found file's triage: the scan's own outcome when it skips the file (undefined when the scan must
 * read it), the facts the sources need of it, and its text when it is small and decoded.
 */
function triageFile(
  path: string,
  context: TriageContext,
  readers: Readers,
): { reason?: string; facts?: FileFacts; text?: string; readable?: boolean } {
  const file = displayPath(context.cwd, path);
  const kind = walkFileKind(file);
  if (kind === 'terraform') return terraformTriage(path, file, context, readers);
  const walkContext = { readFile: readers.linked, modules: context.modules, known: readers.known };
  const ofText = (text: string) => ({
    reason: walkSkipReason(file, text, walkContext),
    facts:
      kind === 'bicep'
        ? { kind: 'bicep' as const, deploys: bicepDeploys(file, text, context.modules) }
        : undefined,
  });
  // Most files are decided on their bytes; the rest on their text, decoded from the same bytes.
  const bytes = readers.bytes.read(path);
  if (bytes) {
    const verdict = walkSkipReasonOfBytes(file, bytes);
    if (verdict !== UNDECIDED && verdict !== undefined) return { reason: verdict };
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return { reason: skipReasonOfFailedRead(decoded, false) };
    return verdict === undefined ? { text: decoded.text } : { ...ofText(decoded.text), text: decoded.text };
  }
  // A large JSON file is searched a chunk at a time, and read whole only when its words do not decide it.
  const words = walkWords();
  const visit = (chunk: Uint8Array) => words.add(chunk);
  if (
    kind === 'json' &&
    visitChunksOfFile(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit)
  ) {
    const verdict = walkSkipReasonOfWords(file, words);
    if (verdict !== UNDECIDED) return { reason: verdict };
  }
  const read = readScannedFile(path, context.limits, true);
  if (read.ok) return ofText(read.text);
  // A large file passed over on disk refers to no other file (see `mightMatterOnDisk`): a Bicep one
  // deploys nothing, which the scan need not read it again to learn.
  const facts: FileFacts | undefined =
    'skipped' in read && kind === 'bicep' ? { kind: 'bicep', deploys: [] } : undefined;
  // Files that cannot be read are left to the scan, which reports why.
  return { reason: skipReasonOfFailedRead(read, false), facts };
}

/**
 * A Terraform file's facts, from its bytes when they tell them (none when it cannot be read), and whether
 * it can be read as text. Its text is not kept: the Terraform source reads the files of the folders that
 * matter itself, and most folders do not.
 */
function terraformTriage(
  path: string,
  file: string,
  context: TriageContext,
  readers: Readers,
): { facts?: FileFacts; readable?: boolean } {
  const bytes = readers.bytes.read(path);
  if (bytes) {
    const words = new TerraformWords();
    words.add(bytes);
    // Facts from the words come only from bytes that open as UTF-8 text, which decode.
    const known = words.facts(context.modules);
    if (known) return { facts: known, readable: true };
    const decoded = decodeSource(bytes);
    if (!decoded.ok) return {};
    return { facts: terraformFacts(file, decoded.text, context.modules), readable: true };
  }
  return largeTerraformTriage(path, file, context, readers);
}

/** `terraformTriage` of a large file, its bytes searched a chunk at a time. */
function largeTerraformTriage(
  path: string,
  file: string,
  context: TriageContext,
  readers: Readers,
): { facts?: FileFacts; readable?: boolean } {
  const words = new TerraformWords();
  const visit = (chunk: Uint8Array) => words.add(chunk);
  if (!visitChunksOfFile(path, context.limits, WALK_WORD_OVERLAP, readers.bytes.buffer, visit)) return {};
  const known = words.facts(context.modules);
  if (known) return { facts: known, readable: true };
  const read = readScannedFile(path, context.limits, false);
  return read.ok ? { facts: terraformFacts(file, read.text, context.modules), readable: true } : {};
}

const NOTHING_DECIDED: TriageShare = { verdicts: [], facts: [], texts: [], readable: [] };

/**
 * A worker thread that decides a share of a walk's files. It can start before the walk ends, so that it
 * boots while the main thread lists folders, and then waits for its files (`decide`). Until then it does not
 * keep the process alive, and one that is never given files is stopped (`stop`).
 */
export class TriageWorker {
  readonly #worker: Worker;
  readonly #share: Promise<TriageShare>;

  private constructor(worker: Worker) {
    this.#worker = worker;
    // A failed worker only costs time: the files it claimed take the ordinary path.
    this.#share = new Promise((resolve) => {
      worker.once('message', (share: TriageShare) => {
        resolve(share);
        void worker.terminate();
      });
      worker.once('error', () => resolve(NOTHING_DECIDED));
      worker.once('exit', () => resolve(NOTHING_DECIDED));
    });
  }

  /** A worker thread, or undefined when its bundle is not there (run from source) or it cannot start. */
  static start(): TriageWorker | undefined {
    const file = shippedFile(WORKER_FILE);
    if (!file) return undefined;
    let worker: Worker;
    try {
      worker = new Worker(file, {
        // Its garbage is file text read once: a small young generation keeps the process's peak down.
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    } catch {
      return undefined; // no thread to be had: the main thread decides every file
    }
    worker.unref();
    return new TriageWorker(worker);
  }

  /** Gives the worker its files, whose indexes it claims from `counter`; resolves with what it decided. */
  decide(files: readonly string[], counter: Int32Array, context: TriageContext): Promise<TriageShare> {
    this.#worker.ref();
    this.#worker.postMessage({ files, counter, context } satisfies TriageRequest);
    return this.#share;
  }

  stop(): void {
    void this.#worker.terminate();
  }
}

/** Up to `count` triage workers (none when their bundle is not there). */
export function startTriageWorkers(count: number): TriageWorker[] {
  const started: TriageWorker[] = [];
  for (let i = 0; i < count; i++) {
    const worker = TriageWorker.start();
    if (!worker) break;
    started.push(worker);
  }
  return started;
}

/** What the main thread sends a triage worker. */
export interface TriageRequest {
  files: readonly string[];
  counter: Int32Array;
  context: TriageContext;
}
