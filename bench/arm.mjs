// ARM throughput: generates the 2,000-file tree and scans it with the committed bundle.
// node bench/arm.mjs [files=2000] [runs=5]
import { statSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArmTree } from './generate-arm.mjs';
import { measure, median } from './lib.mjs';

const [filesArg = '2000', runsArg = '5'] = process.argv.slice(2);
// Outside the repository: its .gitignore would (rightly) hide the tree from the scan.
const out = join(tmpdir(), 'hsmlint-bench', 'arm');
const { expected } = generateArmTree(out, Number(filesArg), 1);
let fileCount = 0;
let bytes = 0;
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) walk(p);
    else {
      fileCount++;
      bytes += statSync(p).size;
    }
  }
};
walk(out);

const walls = [];
const peaks = [];
let counts;
measure(process.execPath, ['dist/cli.js', out, '--format', 'json', '--output', '/dev/null']); // warm-up
for (let i = 0; i < Number(runsArg); i++) {
  const run = measure(process.execPath, ['dist/cli.js', out, '--format', 'json']);
  walls.push(run.wall);
  peaks.push(run.peakMiB);
  const report = JSON.parse(run.stdout);
  counts = {};
  for (const file of report) for (const m of file.messages) counts[m.ruleId] = (counts[m.ruleId] ?? 0) + 1;
}
const wall = median(walls);
const correct = Object.entries(expected).every(([rule, n]) => (counts[rule] ?? 0) === n);
console.log(`ARM tree: ${fileCount} files, ${(bytes / 1048576).toFixed(1)} MiB`);
console.log(
  `median wall ${wall.toFixed(2)} s over ${walls.length} runs: ${(fileCount / wall).toFixed(0)} files/s, ${(bytes / 1048576 / wall).toFixed(1)} MiB/s`,
);
console.log(`median peak RSS ${median(peaks).toFixed(0)} MiB`);
console.log(
  `findings ${correct ? 'match' : 'DIFFER FROM'} the generator's reference: ${JSON.stringify(expected)} vs ${JSON.stringify(counts)}`,
);
if (!correct) process.exitCode = 1;
