// Builds the committed bundles: dist/index.js (the Action) and dist/cli.js (the command line).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist');
const work = join(root, '.tmp', 'ncc');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

rmSync(work, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const entries = [
  { source: 'src/index.ts', target: 'index.js', license: true },
  { source: 'src/cli.ts', target: 'cli.js', license: false },
];
for (const entry of entries) {
  const dir = join(work, entry.target);
  const args = ['build', entry.source, '-o', dir, '--quiet'];
  if (entry.license) args.push('--license', 'licenses.txt');
  execFileSync(process.execPath, [ncc, ...args], { cwd: root, stdio: 'inherit' });
  for (const file of readdirSync(dir)) {
    if (file === 'package.json') continue;
    const target = file === 'index.js' ? entry.target : file;
    if (file.endsWith('.js') && file !== 'index.js' && existsSync(join(out, target))) {
      throw new Error(`Chunk name collision in dist/: ${target}`);
    }
    cpSync(join(dir, file), join(out, target));
  }
}

const cli = join(out, 'cli.js');
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n');
rmSync(join(root, '.tmp', 'ncc'), { recursive: true, force: true });
console.log(`dist/: ${readdirSync(out).sort().join(', ')}`);
