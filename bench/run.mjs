// The sweep benchmark (npm run bench): hsmlint on a synthetic monorepo against a grep floor, cold start,
// pull-request mode and parse throughput, each figure next to its target.
//   npm run bench                                   (20,000 files, about 300 MB, seed 1, 5 runs)
//   npm run bench -- --files 2000 --seed 7 --runs 3 (a quick smaller run)
// Options: --files N, --seed S, --runs R, --regenerate (rebuild the tree even if cached), --no-parse (skip
// the parse-throughput step). The runs use the Node.js that runs this script: `npm run package` and then
// `/path/to/node bench/run.mjs` measures another version. `npm run bench` rebuilds dist/ first; the runs
// use a copy of the bundle taken at start, so a concurrent rebuild of dist/ cannot change the code under
// measurement midway.
//
// Correctness: the sweep's findings, per surface and rule id, must equal the reference the generator
// summed from the seeds' pinned counts (bench/seeds.mjs, pinned by __tests__/bench/seeds.test.ts); the
// ordinary files must produce none. A surface whose seeds are not pinned yet is reported, not checked.
// Exit code 1 when the findings differ or a command fails; targets missed are reported, not fatal.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchRoot, DEFAULT_FILES, ensureMonorepo } from './generate-monorepo.mjs';
import { measure, median } from './lib.mjs';
import { copyWasmAssets, nccCli } from '../scripts/ncc-parts.mjs';

const repo = new URL('..', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    files: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    regenerate: { type: 'boolean' },
    'no-parse': { type: 'boolean' },
  },
});
const files = Number(values.files ?? DEFAULT_FILES);
const seed = Number(values.seed ?? 1);
const runs = Number(values.runs ?? 5);
const log = (message) => console.log(message);
const failures = [];

// ---- The tree and a snapshot of the bundle ----
const manifest = ensureMonorepo({ files, seed, force: values.regenerate ?? false, log });
const tree = manifest.tree;
const root = benchRoot(seed);
const bundle = join(root, 'dist');
rmSync(bundle, { recursive: true, force: true });
mkdirSync(bundle, { recursive: true });
for (const entry of ['cli.js', 'cli', 'package.json'])
  cpSync(join(repo, 'dist', entry), join(bundle, entry), { recursive: true });
const cli = join(bundle, 'cli.js');
const node = process.execPath;

const mib = (bytes) => bytes / 1048576;
log(
  `tree: ${tree}\n  ${manifest.fileCount} files, ${mib(manifest.bytes).toFixed(0)} MiB; ${manifest.iacFiles} IaC files, ` +
    `${manifest.hsmFiles} of them HSM-related (${((manifest.hsmFiles / manifest.iacFiles) * 100).toFixed(1)}%) in ` +
    `${Object.values(manifest.copies).reduce((a, b) => a + b, 0)} seed copies ${JSON.stringify(manifest.copies)}`,
);
log(
  `  kinds: ${Object.entries(manifest.kinds)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);
log(`  large: ${manifest.large.map((l) => `${l.path} (${mib(l.bytes).toFixed(1)} MiB)`).join(', ')}`);
log(`  bundle: copy of dist/cli.js in ${bundle}; node ${process.version}; ${runs} runs each after a warm-up`);
log(`  commit: ${commitMeasured()}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
log(`  load average at start: ${load()} (${availableParallelism()} cores)\n`);

const inTree = { cwd: tree };
const sweepArgs = (output) => [cli, tree, '--format', 'json', '--output', output];
const floorArgs = ['-rlE', 'managedHSMs|managed_hardware_security_module|Microsoft.KeyVault', tree];
const check = (label, run, okCodes) => {
  if (!okCodes.includes(run.code)) {
    failures.push(`${label} exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
    log(`${label} FAILED (exit ${run.code}):\n${run.stderr.slice(0, 2000)}`);
  }
  return run;
};

// ---- Warm-up, which also gives the findings ----
const findingsFile = join(root, 'sweep.json');
const warmup = check('sweep (warm-up)', measure(node, sweepArgs(findingsFile), inTree), [0, 1]);
if (![0, 1].includes(warmup.code)) {
  log('the sweep itself fails on this tree; nothing to measure.');
  process.exit(1);
}
check('grep floor (warm-up)', measure('grep', floorArgs, inTree), [0]);

// ---- Correctness ----
const report = existsSync(findingsFile) ? JSON.parse(readFileSync(findingsFile, 'utf8')) : [];
const actual = {};
let terraformScanned = false;
for (const result of report) {
  if (result.filePath.endsWith('.tf')) terraformScanned = true;
  for (const message of result.messages) {
    const surface = message.surface ?? '(none)';
    actual[surface] ??= {};
    actual[surface][message.ruleId] = (actual[surface][message.ruleId] ?? 0) + 1;
  }
}
const sorted = (counts) =>
  Object.fromEntries(Object.entries(counts ?? {}).sort(([a], [b]) => a.localeCompare(b)));
const total = (counts) => Object.values(counts ?? {}).reduce((a, b) => a + b, 0);
log('correctness (findings per surface and rule id vs the reference summed from the seeds):');
for (const surface of [...new Set([...Object.keys(manifest.reference), ...Object.keys(actual)])]) {
  const expected = manifest.reference[surface];
  const got = sorted(actual[surface]);
  if (surface === 'terraform' && !terraformScanned && total(got) === 0) {
    log(`  terraform: not scanned by this build of dist/cli.js (no .tf file in the report); not checked`);
    continue;
  }
  if (expected === null || expected === undefined) {
    const why = expected === null ? 'seeds not pinned yet' : 'no reference for this surface';
    if (surface === '(none)' || expected === undefined) {
      failures.push(`findings without a checked surface: ${JSON.stringify(got)}`);
      log(`  ${surface}: UNEXPECTED ${total(got)} findings ${JSON.stringify(got)}`);
    } else log(`  ${surface}: ${total(got)} findings, not checked (${why}): ${JSON.stringify(got)}`);
    continue;
  }
  const same = JSON.stringify(sorted(expected)) === JSON.stringify(got);
  log(`  ${surface}: ${total(got)} findings vs reference ${total(expected)}: ${same ? 'MATCH' : 'DIFFER'}`);
  if (!same) {
    failures.push(`${surface} findings differ from the reference`);
    log(`    reference ${JSON.stringify(sorted(expected))}\n    actual    ${JSON.stringify(got)}`);
    const outside = report.filter((r) => r.messages.length && !r.filePath.includes('/hsm-'));
    for (const r of outside.slice(0, 5))
      log(`    ordinary file with findings: ${r.filePath}: ${r.messages.map((m) => m.ruleId).join(', ')}`);
  }
}

// ---- Shards: the union of four shards' findings is the unsharded sweep's, and merge rebuilds it ----
{
  const SHARDS = 4;
  const shardFiles = [];
  const key = (filePath, m) => `${filePath}|${m.line}|${m.column}|${m.ruleId}|${m.message}`;
  const union = [];
  for (let i = 1; i <= SHARDS; i++) {
    const out = join(root, `shard-${i}.json`);
    shardFiles.push(out);
    const args = [cli, tree, '--shard', `${i}/${SHARDS}`, '--format', 'json-with-metadata', '--output', out];
    check(`shard ${i}/${SHARDS}`, measure(node, args, inTree), [0, 1]);
    const shard = JSON.parse(readFileSync(out, 'utf8'));
    for (const r of shard.results) for (const m of r.messages) union.push(key(r.filePath, m));
  }
  const merged = join(root, 'merged.json');
  check(
    'merge',
    measure(node, [cli, 'merge', ...shardFiles, '--format', 'json', '--output', merged], inTree),
    [0, 1],
  );
  const whole = report.flatMap((r) => r.messages.map((m) => key(r.filePath, m))).sort();
  const fromMerge = JSON.parse(readFileSync(merged, 'utf8'))
    .flatMap((r) => r.messages.map((m) => key(r.filePath, m)))
    .sort();
  const sameUnion = JSON.stringify(union.sort()) === JSON.stringify(whole);
  const sameMerge = JSON.stringify(fromMerge) === JSON.stringify(whole);
  log(
    `shards: union of ${SHARDS} shards ${union.length} findings vs sweep ${whole.length}: ${sameUnion ? 'MATCH' : 'DIFFER'}; merged report ${sameMerge ? 'MATCH' : 'DIFFER'}`,
  );
  if (!sameUnion) failures.push('the union of the shards differs from the sweep');
  if (!sameMerge) failures.push('the merged shards differ from the sweep');
}

// ---- Full sweep against the grep floor, interleaved ----
const sweep = { wall: [], peak: [], cpu: [] };
const floor = { wall: [], peak: [], cpu: [] };
for (let i = 0; i < runs; i++) {
  const s = check('sweep', measure(node, sweepArgs('/dev/null'), inTree), [0, 1]);
  sweep.wall.push(s.wall);
  sweep.peak.push(s.peakMiB);
  sweep.cpu.push(s.cpu);
  const f = check('grep floor', measure('grep', floorArgs, inTree), [0]);
  floor.wall.push(f.wall);
  floor.peak.push(f.peakMiB);
  floor.cpu.push(f.cpu);
  log(
    `  run ${i + 1}: sweep ${s.wall.toFixed(2)} s (cpu ${s.cpu.toFixed(2)} s) ${s.peakMiB.toFixed(0)} MiB; floor ${f.wall.toFixed(2)} s (cpu ${f.cpu.toFixed(2)} s)`,
  );
}

// ---- Cold start and pull-request mode, interleaved ----
// The smallest ARM template without findings stands for "one small template".
// (The sweep's report lists only the files it read; most templates are skipped by the prefilter, so the
// candidates come from the tree itself.)
const small = smallestTemplate(manifest.tree);
const changed = manifest.changed;
const cold = { wall: [], peak: [] };
const bare = { wall: [], peak: [] };
const pr = { wall: [], peak: [] };
const coldArgs = [cli, small.path, '--format', 'json', '--output', '/dev/null'];
const prArgs = [cli, ...changed, '--format', 'json', '--output', '/dev/null'];
check('cold start (warm-up)', measure(node, coldArgs, inTree), [0, 1]);
check('node -e 0 (warm-up)', measure(node, ['-e', '0'], inTree), [0]);
check('PR mode (warm-up)', measure(node, prArgs, inTree), [0, 1]);
for (let i = 0; i < runs; i++) {
  for (const [target, args, label] of [
    [cold, coldArgs, 'cold start'],
    [bare, ['-e', '0'], 'node -e 0'],
    [pr, prArgs, 'PR mode'],
  ]) {
    const run = check(label, measure(node, args, inTree), [0, 1]);
    target.wall.push(run.wall);
    target.peak.push(run.peakMiB);
  }
}
// Reading the changed files' dependency closure (the files the scan reads for them), warm cache.
const closure = manifest.closure.map((p) => join(tree, p));
const closureBytes = closure.reduce((s, p) => s + statSync(p).size, 0);
const readTimes = [];
for (let i = 0; i < runs + 1; i++) {
  const started = process.hrtime.bigint();
  for (const p of closure) readFileSync(p, 'utf8');
  if (i > 0) readTimes.push(Number(process.hrtime.bigint() - started) / 1e9);
}
const closureRead = median(readTimes);

// ---- Parse throughput ----
// Measured on the parsers as they ship: bench/parse-throughput.mjs bundled by ncc, as dist/ is (under tsx,
// each call across modules goes through an export getter, which costs the hot paths up to a tenth).
let parse;
if (!values['no-parse']) {
  const built = join(root, 'parse-bundle');
  rmSync(built, { recursive: true, force: true });
  const build = spawnSync(
    node,
    [nccCli(repo), 'build', join(repo, 'bench', 'parse-throughput.mjs'), '-o', built, '--quiet'],
    {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  // The HCL parser reads its WebAssembly next to its chunk, as in dist/.
  if (build.status === 0) copyWasmAssets(repo, built);
  const out =
    build.status === 0
      ? spawnSync(
          node,
          [
            join(built, 'index.mjs'),
            '--json',
            '--runs',
            String(runs),
            ...manifest.large.map((l) => join(tree, l.path)),
          ],
          { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 },
        )
      : build;
  if (out.status !== 0) {
    // A command that could not start has no output, only an error.
    const why = (out.stderr || String(out.error ?? `exit ${out.status}`)).slice(0, 2000);
    failures.push(`parse throughput failed: ${why}`);
    log(`parse throughput FAILED:\n${why}`);
  } else parse = JSON.parse(out.stdout.trim().split('\n').pop());
}

// ---- Figures against targets ----
const rows = [];
const row = (figure, value, target, pass) => rows.push({ figure, value, target, pass });
const sweepWall = median(sweep.wall);
const floorWall = median(floor.wall);
const sweepPeak = median(sweep.peak);
/** The fastest and the slowest run: how much the machine moved during the measurement. */
const spread = (times, unit = 1, digits = 2) =>
  `${(Math.min(...times) * unit).toFixed(digits)}-${(Math.max(...times) * unit).toFixed(digits)}`;
row('full sweep wall (median)', `${sweepWall.toFixed(2)} s (runs ${spread(sweep.wall)} s)`, '', undefined);
row(
  'grep floor wall (median)',
  `${floorWall.toFixed(2)} s (runs ${spread(floor.wall)} s, peak ${median(floor.peak).toFixed(0)} MiB)`,
  '',
  undefined,
);
row('ratio hsmlint / floor', `${(sweepWall / floorWall).toFixed(2)}x`, '<= 3x', sweepWall <= 3 * floorWall);
const sweepCpu = median(sweep.cpu);
const floorCpu = median(floor.cpu);
row(
  'CPU time (user + sys, median)',
  `sweep ${sweepCpu.toFixed(2)} s, floor ${floorCpu.toFixed(2)} s = ${floorCpu > 0 ? `${(sweepCpu / floorCpu).toFixed(1)}x` : 'n/a'}`,
  '(information: less sensitive to load)',
  undefined,
);
row('full sweep peak RSS (median)', `${sweepPeak.toFixed(0)} MiB`, '<= 300 MiB', sweepPeak <= 300);
const coldWall = median(cold.wall);
const bareWall = median(bare.wall);
row(
  'cold start, one small template',
  `${(coldWall * 1000).toFixed(0)} ms (runs ${spread(cold.wall, 1000, 0)}) vs node -e 0 ${(bareWall * 1000).toFixed(0)} ms (runs ${spread(bare.wall, 1000, 0)}) = ${(coldWall / bareWall).toFixed(2)}x`,
  '<= 2x node -e 0',
  coldWall <= 2 * bareWall,
);
const prWall = median(pr.wall);
const prLimit = 1.2 * coldWall + closureRead;
row(
  `PR mode, ${changed.length} changed files`,
  `${(prWall * 1000).toFixed(0)} ms (runs ${spread(pr.wall, 1000, 0)}; closure ${closure.length} files, ${(closureBytes / 1024).toFixed(0)} KiB, read in ${(closureRead * 1000).toFixed(1)} ms)`,
  `<= 1.2 x cold + closure read = ${(prLimit * 1000).toFixed(0)} ms`,
  prWall <= prLimit,
);
const PARSE_TARGETS = { arm: 40, bicep: 15, terraform: 2 };
if (parse) {
  for (const [surface, r] of Object.entries(parse.results)) {
    const target = PARSE_TARGETS[surface];
    row(
      `parse throughput ${surface}`,
      `${r.mbPerSecond.toFixed(1)} MB/s (${r.files} file${r.files > 1 ? 's' : ''}, ${r.mb.toFixed(1)} MB)`,
      target ? `>= ${target} MB/s` : '(information)',
      target ? r.mbPerSecond >= target : undefined,
    );
  }
}
row('correctness (findings = reference)', failures.length ? 'FAILED' : 'ok', 'equal', failures.length === 0);

const width = (key) => Math.max(...rows.map((r) => r[key].length));
log(
  `\nresults (${manifest.fileCount} files, ${mib(manifest.bytes).toFixed(0)} MiB, seed ${seed}, medians of ${runs} runs; MB = 2^20 bytes):`,
);
for (const r of rows) {
  const verdict = r.pass === undefined ? '' : r.pass ? 'PASS' : 'FAIL';
  log(
    `  ${r.figure.padEnd(width('figure'))}  ${r.value.padEnd(width('value'))}  ${r.target.padEnd(width('target'))}  ${verdict}`,
  );
}
log(`load average at end: ${load()}`);
const judged = rows.filter((r) => r.pass !== undefined);
log(`targets: ${judged.filter((r) => r.pass).length}/${judged.length} pass`);
if (failures.length) {
  log(`\nfailures:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
}

/** The commit the bundle was built from, marked when the working tree differs from it. */
function commitMeasured() {
  const git = (...args) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  if (head.status !== 0) return 'unknown (not a git checkout)';
  const dirty = git('status', '--porcelain', '--', 'src', 'rules', 'scripts').stdout.trim() !== '';
  return `${head.stdout.trim()}${dirty ? ' with uncommitted changes to src/, rules/ or scripts/' : ''}`;
}

/** The smallest ARM deployment template of the tree that has nothing to do with an HSM. */
function smallestTemplate(root) {
  let best;
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.json') && !entry.name.includes('parameters')) {
        const size = statSync(path).size;
        if (best && size >= best.size) continue;
        const text = readFileSync(path, 'utf8');
        if (text.includes('deploymentTemplate.json#') && !/managedhsm|keyvault/i.test(text))
          best = { path, size };
      }
    }
  };
  walk(root);
  return best;
}
