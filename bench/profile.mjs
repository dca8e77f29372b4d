// CPU profile of the full sweep over the benchmark monorepo, summarised by self time.
//   node bench/profile.mjs [--files 20000] [--seed 1] [--top 15]   profiles dist/cli.js on the tree
//   node bench/profile.mjs --summarise <file.cpuprofile> [--top 15] summarises an existing profile
// It runs `node --cpu-prof dist/cli.js <tree> --format json --output /dev/null` and prints the functions
// with the most self time, each with its place in the bundle and the source module ncc concatenated
// there (from the bundle's `// CONCATENATED MODULE: ./src/...` markers), and the self time per module.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchRoot, DEFAULT_FILES, ensureMonorepo } from './generate-monorepo.mjs';

/** Self time per function of a .cpuprofile: [{ name, url, line, selfMs, share, module }] sorted, and per module. */
export function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  // timeDeltas[i] is the time between sample i-1 and sample i; it is charged to sample i's node.
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const functions = new Map();
  const moduleOf = moduleLocator();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    const name = functionName || (url ? '(anonymous)' : '(program)');
    const key = `${name}|${url}|${lineNumber}`;
    const entry = functions.get(key) ?? {
      name,
      url,
      line: lineNumber + 1,
      selfMs: 0,
      module: moduleOf(url, lineNumber),
    };
    entry.selfMs += micros / 1000;
    functions.set(key, entry);
  }
  const list = [...functions.values()].sort((a, b) => b.selfMs - a.selfMs);
  for (const f of list) f.share = f.selfMs / (total / 1000);
  const modules = new Map();
  for (const f of list) modules.set(f.module, (modules.get(f.module) ?? 0) + f.selfMs);
  return {
    totalMs: total / 1000,
    functions: list,
    modules: [...modules].map(([module, selfMs]) => ({ module, selfMs })).sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** Maps a bundle location to the module ncc placed there (the nearest marker above the line). */
function moduleLocator() {
  const cache = new Map();
  return (url, line) => {
    if (!url) return '(native / runtime)';
    if (url.startsWith('node:')) return url;
    if (!url.startsWith('file:')) return url;
    let markers = cache.get(url);
    if (!markers) {
      markers = [];
      try {
        const lines = readFileSync(fileURLToPath(url), 'utf8').split('\n');
        lines.forEach((text, i) => {
          const concatenated = /\/\/ CONCATENATED MODULE: (\S+)/.exec(text);
          if (concatenated) markers.push([i, concatenated[1]]);
          else {
            const numbered = /^\/\*\*\*\/ (\d+):/.exec(text);
            if (numbered) markers.push([i, `(bundled module ${numbered[1]}${hint(lines, i)})`]);
          }
        });
      } catch {
        // not readable: fall back to the file name
      }
      cache.set(url, markers);
    }
    let found;
    for (const [at, name] of markers) {
      if (at > line) break;
      found = name;
    }
    const file = url.slice(url.lastIndexOf('/') + 1);
    return found ? `${found} [${file}]` : file;
  };
}

/** What a numbered (not concatenated) module is: the names it exports, or its UMD dependencies. */
function hint(lines, at) {
  const head = lines.slice(at, at + 24).join('\n');
  const names = [...head.matchAll(/\/\* binding \*\/ (\w+)/g)].map((m) => m[1]).slice(0, 3);
  if (names.length) return `: exports ${names.join(', ')}`;
  const umd = /define\(\[([^\]]*)\]/.exec(head);
  if (umd) return `: UMD, requires ${umd[1].replaceAll('"', '')}`;
  return '';
}

export function printSummary(summary, top = 15) {
  console.log(`total sampled ${(summary.totalMs / 1000).toFixed(2)} s; top ${top} functions by self time:`);
  summary.functions.slice(0, top).forEach((f, i) => {
    const where = f.url ? `${f.url.slice(f.url.lastIndexOf('/') + 1)}:${f.line}` : '';
    console.log(
      `${String(i + 1).padStart(3)}. ${f.selfMs.toFixed(0).padStart(7)} ms ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}  ${where}  ${f.module}`,
    );
  });
  console.log(`self time per module (top ${top}):`);
  for (const m of summary.modules.slice(0, top))
    console.log(
      `  ${m.selfMs.toFixed(0).padStart(7)} ms ${((m.selfMs / summary.totalMs) * 100).toFixed(1).padStart(5)}%  ${m.module}`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      files: { type: 'string' },
      seed: { type: 'string' },
      top: { type: 'string' },
      summarise: { type: 'string' },
    },
  });
  const top = Number(values.top ?? 15);
  let file = values.summarise;
  if (!file) {
    const seed = Number(values.seed ?? 1);
    const manifest = ensureMonorepo({ files: Number(values.files ?? DEFAULT_FILES), seed, log: console.log });
    const dir = join(benchRoot(seed), 'profile');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const cli = new URL('../dist/cli.js', import.meta.url).pathname;
    const args = [
      '--cpu-prof',
      '--cpu-prof-dir',
      dir,
      cli,
      manifest.tree,
      '--format',
      'json',
      '--output',
      '/dev/null',
    ];
    console.log(`node ${args.join(' ')}`);
    const started = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: manifest.tree, stdio: 'inherit' });
    console.log(`exit ${run.status}, ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(2)} s`);
    file = join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.cpuprofile')),
    );
    console.log(`profile: ${file}`);
  }
  printSummary(summariseProfile(JSON.parse(readFileSync(file, 'utf8'))), top);
}
