// What a build with ncc needs besides the sources, shared by scripts/package.mjs (dist/) and the
// benchmark's parse step (bench/run.mjs), so that both bundle the same way.
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** ncc's command line, run with `node`. */
export function nccCli(root) {
  return join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
}

/**
 * The HCL parser's WebAssembly, copied byte for byte next to the chunks (src/sources/terraform/parse.ts
 * looks for them there). ncc's own copies of .wasm assets are corrupted, so any it made are removed first.
 */
export function copyWasmAssets(root, dir) {
  for (const file of readdirSync(dir)) if (file.endsWith('.wasm')) rmSync(join(dir, file));
  for (const [pkg, file] of [
    ['web-tree-sitter', 'web-tree-sitter.wasm'],
    ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
  ])
    cpSync(join(root, 'node_modules', pkg, file), join(dir, file));
}
