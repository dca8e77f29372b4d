// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the command line). Each entry
// gets its own folder for the chunks ncc splits off (lazily loaded parts such as the Azure SDK), since the
// two builds number their chunks independently.
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { copyWasmAssets, nccCli } from './ncc-parts.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist');
const work = join(root, '.tmp', 'ncc');
const ncc = nccCli(root);

rmSync(work, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const build = (source, dir, license) => {
  const args = ['build', source, '-o', dir, '--quiet'];
  if (license) args.push('--license', 'licenses.txt');
  execFileSync(process.execPath, [ncc, ...args], { cwd: root, stdio: 'inherit' });
};

// The Action: dist/index.js and its chunks, as action.yml expects.
build('src/index.ts', join(work, 'action'), true);
for (const file of readdirSync(join(work, 'action'))) {
  if (file !== 'package.json') cpSync(join(work, 'action', file), join(out, file), { recursive: true });
}

// The command line: dist/cli/ with its chunks, and dist/cli.js, the bin entry, importing it. The entry
// first turns on Node.js's compile cache (22.1 and later; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so
// that runs after the first reuse the compiled code of the chunks; it only covers what is imported after
// it, hence the dynamic import. Where the cache is missing or cannot be written, the run goes on without.
build('src/cli.ts', join(work, 'cli'), false);
mkdirSync(join(out, 'cli'));
for (const file of readdirSync(join(work, 'cli'))) {
  if (file !== 'package.json') cpSync(join(work, 'cli', file), join(out, 'cli', file), { recursive: true });
}
writeFileSync(
  join(out, 'cli.js'),
  [
    '#!/usr/bin/env node',
    "import module from 'node:module';",
    '',
    'try {',
    '  module.enableCompileCache?.();',
    '} catch {',
    '  // A cache that cannot be used only costs time.',
    '}',
    "await import('./cli/index.js');",
    '',
  ].join('\n'),
);
chmodSync(join(out, 'cli.js'), 0o755);

/**
 * Builds `source` on its own into one file, `main` (ncc's name for it), copied as `name` next to each
 * entry's main chunk, where the code that loads it looks. Returns the build's folder.
 */
const buildBesideEntries = (source, folder, main, name, license) => {
  const built = join(work, folder);
  build(source, built, license);
  const files = readdirSync(built).filter((file) => file !== 'package.json' && file !== 'licenses.txt');
  if (files.join() !== main) throw new Error(`${source} split into chunks: ${files.join(', ')}`);
  for (const dir of [out, join(out, 'cli')]) cpSync(join(built, main), join(dir, name));
  return built;
};

// The worker thread that triages folder walks (src/engine/triage.ts), bundled on its own so that it starts
// without the rest.
buildBesideEntries('src/engine/triage-worker.ts', 'worker', 'index.js', 'triage-worker.js', false);

// The YAML library, one CommonJS file (see src/model/libraries.ts). Its license joins the Action's, in
// which it is no longer bundled.
const yaml = buildBesideEntries('scripts/yaml-bundle.cjs', 'yaml', 'index.cjs', 'yaml.cjs', true);
appendFileSync(join(out, 'licenses.txt'), `\n\n${readFileSync(join(yaml, 'licenses.txt'), 'utf8')}`);

// The HCL parser's WebAssembly next to each entry's chunks.
for (const dir of [out, join(out, 'cli')]) copyWasmAssets(root, dir);

writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
rmSync(join(root, '.tmp', 'ncc'), { recursive: true, force: true });
console.log(
  `dist/: ${readdirSync(out).sort().join(', ')}; dist/cli/: ${readdirSync(join(out, 'cli')).sort().join(', ')}`,
);
