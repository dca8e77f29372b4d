// Parse throughput per surface on the very large files of the monorepo benchmark, with the parsers the
// per-surface benchmarks time (bench/bicep-parse.mjs, bench/hcl-parse.mjs): ARM parseJsonc, Bicep
// parseBicep, Terraform loadHclParser().parse. For ARM it also times the whole template read
// (parseArmFile), for information. It imports src/: run it with tsx, or bundled (as `npm run bench` does):
//   npx tsx bench/parse-throughput.mjs <file>... [--runs 5] [--json]
// Each file gets a warm-up parse and then `runs` timed parses; the figure is its size over the median.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseJsonc } from '../src/sources/arm/jsonc.ts';
import { parseArmFile } from '../src/sources/arm/template.ts';
import { parseBicep } from '../src/sources/bicep/index.ts';
import { loadHclParser } from '../src/sources/terraform/parse.ts';
import { median } from './lib.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string' }, json: { type: 'boolean' } },
});
const runs = Number(values.runs ?? 5);
const hcl = await loadHclParser();

const PARSERS = {
  arm: (text, file) => {
    const document = parseJsonc(file, text);
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0].message}`);
  },
  'arm (whole template read)': (text, file) => {
    const parsed = parseArmFile(file, text, { explicit: false, isRelevantType: () => false });
    if (parsed.problems.length) throw new Error(`${file}: ${parsed.problems[0].message}`);
  },
  bicep: (text, file) => {
    const program = parseBicep(text, file);
    if (program.diagnostics.length) throw new Error(`${file}: ${program.diagnostics[0].message}`);
  },
  terraform: (text, file) => {
    const parsed = hcl.parse(text, file);
    if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0].message}`);
  },
};

const surfacesOf = (file) =>
  file.endsWith('.json')
    ? ['arm', 'arm (whole template read)']
    : file.endsWith('.bicep')
      ? ['bicep']
      : file.endsWith('.tf')
        ? ['terraform']
        : [];

/** Per surface: total megabytes (2^20 bytes) and total median seconds over its files. */
const results = {};
for (const file of positionals) {
  const text = readFileSync(file, 'utf8');
  const mb = Buffer.byteLength(text) / 1048576;
  for (const surface of surfacesOf(file)) {
    const parse = PARSERS[surface];
    parse(text, file);
    const times = [];
    for (let run = 0; run < runs; run++) {
      const started = process.hrtime.bigint();
      parse(text, file);
      times.push(Number(process.hrtime.bigint() - started) / 1e9);
    }
    const seconds = median(times);
    const entry = (results[surface] ??= { files: 0, mb: 0, seconds: 0 });
    entry.files++;
    entry.mb += mb;
    entry.seconds += seconds;
    if (!values.json) console.log(`${surface}: ${file} ${mb.toFixed(1)} MB, median ${seconds.toFixed(2)} s`);
  }
}
for (const entry of Object.values(results)) entry.mbPerSecond = entry.mb / entry.seconds;
const peakMiB = process.resourceUsage().maxRSS / 1024;
if (values.json) console.log(JSON.stringify({ results, peakMiB }));
else {
  for (const [surface, r] of Object.entries(results))
    console.log(`${surface}: ${r.mbPerSecond.toFixed(1)} MB/s over ${r.files} files (${r.mb.toFixed(1)} MB)`);
  console.log(`peak RSS ${peakMiB.toFixed(0)} MiB`);
}
