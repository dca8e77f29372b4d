import type { HclParser } from './parse.js';

// The HCL parser loads asynchronously (WebAssembly) while a scan is synchronous: the scan's async entry
// loads it first, and the Terraform source reads it from here. Kept apart from `parse.ts` so that
// template-only runs never load the tree-sitter runtime.
let loaded: HclParser | undefined;

export function loadedHclParser(): HclParser | undefined {
  return loaded;
}

export function setLoadedHclParser(parser: HclParser): void {
  loaded = parser;
}
