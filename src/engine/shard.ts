import { posix } from 'node:path';
import { displayModules, displayPath } from '../model/display-path.js';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../sources/read.js';
import { referencesOf, type ReferenceOptions } from '../sources/references.js';
import { workspaceReader } from '../sources/workspace.js';

/**
 * Sharding: splits the files of one sweep into `count` disjoint parts, so that a workflow matrix can
 * scan them on several runners and `hsmlint merge` can put the results back together.
 *
 * The guarantee: every deployment is evaluated in exactly one shard, together with every file it
 * reads. Files are grouped into units that are never split:
 * - all source files of one folder (ARM parameters files pair with templates beside them, a Bicep
 *   template with the `.bicepparam` and parameters files beside it, a Terraform module is a folder, and
 *   templates of one folder commonly name each other's resources);
 * - a file and every file it reads, followed transitively: Bicep `module`, `using`, `extends`,
 *   `import … from` and `load*Content()` paths, registry and template spec references mapped under the
 *   configuration's `modules`, ARM `templateLink.relativePath`, and Terraform local module `source`
 *   folders (`./x`, `../x`). A file read by two deployments joins them, so that what it reports (a
 *   syntax error, a suppression comment) is reported once, as in an unsharded scan. An ARM
 *   `relativePath` that is an expression could name any template: such a file joins every ARM file.
 *
 * Each unit goes to the shard `fnv1a(its smallest path) mod count`: the same files give the same
 * partition on every runner, and a unit stays in its shard when unrelated files are added.
 *
 * The scan is conservative and cheap: regular expressions over the text, no parsing. A reference in a
 * comment still joins files, which only costs balance, never correctness. What it cannot see is a
 * reference by resource name between deployments in different folders (a private endpoint in one
 * folder naming a Managed HSM deployed from another): rules see such links only when both land in the
 * same shard (see docs/sharding.md).
 */

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export type PartitionOptions = ReferenceOptions;

/** Parses `i/n` (1-based `i`); undefined for anything else. */
export function parseShard(text: string): Shard | undefined {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match) return undefined;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return undefined;
  return { index, count };
}

/** What `parseShard` accepts, for messages. */
export const SHARD_SYNTAX = "'i/n' with 1 <= i <= n, for example 2/4";

/** 32-bit FNV-1a over the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The files (display paths, as given) that belong to `shard`. `readText` returns a file's text by
 * display path, or undefined when it cannot be read; referenced files outside `files` are read too, so
 * that files sharing a module outside the scan stay together.
 */
export function partition(
  files: readonly string[],
  readText: (file: string) => string | undefined,
  shard: Shard,
  options: PartitionOptions = {},
): Set<string> {
  const units = unitsOf(files, readText, options);
  const out = new Set<string>();
  for (const unit of units)
    if (shardOfUnit(unit, shard.count) === shard.index) for (const f of unit) out.add(f);
  return out;
}

/** The shard (1-based) a unit goes to. */
export function shardOfUnit(unit: readonly string[], count: number): number {
  let smallest = unit[0];
  for (const file of unit) if (file < smallest) smallest = file;
  return (fnv1a(smallest) % count) + 1;
}

/** The units of `files`: each a list of scanned files (in the order given) that stay together. */
export function unitsOf(
  files: readonly string[],
  readText: (file: string) => string | undefined,
  options: PartitionOptions = {},
): string[][] {
  const sets = new UnionFind();
  const scanned = new Set(files);
  const fileNode = (f: string) => `f:${f}`;
  const dirNode = (d: string) => `d:${d}`;
  const wild: string[] = [];

  const queue: string[] = [];
  const queued = new Set<string>();
  const enqueue = (file: string) => {
    if (queued.has(file)) return;
    queued.add(file);
    queue.push(file);
  };
  for (const file of files) {
    sets.union(fileNode(file), dirNode(posix.dirname(file)));
    enqueue(file);
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    const text = readText(file);
    if (text === undefined) continue;
    const refs = referencesOf(file, text, options);
    if (refs.wild) wild.push(file);
    for (const target of refs.files) {
      sets.union(fileNode(file), fileNode(target));
      // A file read on behalf of others is evaluated with the files beside it (its parameters).
      sets.union(fileNode(target), dirNode(posix.dirname(target)));
      enqueue(target);
    }
    for (const dir of refs.dirs) sets.union(fileNode(file), dirNode(dir));
  }
  if (wild.length > 0) {
    const arm = files.filter((f) => /\.jsonc?$/i.test(f));
    for (const file of [...wild, ...arm]) sets.union(fileNode(wild[0]), fileNode(file));
  }

  const byRoot = new Map<string, string[]>();
  for (const file of scanned) {
    const root = sets.find(fileNode(file));
    const unit = byRoot.get(root);
    if (unit) unit.push(file);
    else byRoot.set(root, [file]);
  }
  return [...byRoot.values()];
}

class UnionFind {
  private readonly parent = new Map<string, string>();

  find(node: string): string {
    let root = node;
    for (;;) {
      const up = this.parent.get(root);
      if (up === undefined || up === root) break;
      root = up;
    }
    // Path compression.
    let current = node;
    while (current !== root) {
      const up = this.parent.get(current)!;
      this.parent.set(current, root);
      current = up;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // The smaller name becomes the root: the result does not depend on the order of unions.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/**
 * The discovered files (absolute paths) of one shard, in their order. Display paths are relative to
 * `cwd`, as in the scan; `modules` is the configuration's mapping, relative to `cwd`.
 */
export function filesOfShard<T extends { path: string }>(
  discovered: readonly T[],
  shard: Shard,
  options: {
    cwd: string;
    /** The scanned paths, inside which (or `cwd`) the files read may lie, as for the scan. */
    paths: readonly string[];
    modules?: Readonly<Record<string, string>>;
    limits?: ReadLimits;
  },
): T[] {
  const { cwd } = options;
  const display = (abs: string) => displayPath(cwd, abs);
  const modules = displayModules(cwd, options.modules);
  // The scan's reader, so that a unit holds exactly the files the scan would read for it.
  const read = workspaceReader(cwd, options.paths, options.limits ?? DEFAULT_READ_LIMITS);
  const readText = (file: string) => {
    const outcome = read(file);
    return 'text' in outcome ? outcome.text : undefined;
  };
  const paths = discovered.map((f) => display(f.path));
  const selected = partition([...paths].sort(), readText, shard, { modules });
  return discovered.filter((_, i) => selected.has(paths[i]));
}
