import type { HclParser } from './parse.js';

// The HCL parser as the Terraform source reads it, kept apart from `parse.ts` so that template-only runs
// never load the parser. It reads the common forms of HCL at once (fast-parse.ts) and everything else
// with tree-sitter, whose WebAssembly loads asynchronously while a scan is synchronous: most
// configurations never need it, so it loads only when a file does (`GrammarNeeded`).
let loaded: HclParser | undefined;
let grammarLoaded = false;
let grammarNeeds = 0;

export function loadedHclParser(): HclParser | undefined {
  return loaded;
}

export function setLoadedHclParser(parser: HclParser): void {
  loaded = parser;
}

/**
 * Thrown by the parser for text that needs tree-sitter before it is loaded. The source then answers that
 * the file needs the grammar, and the scan loads it and reads the file again.
 */
export class GrammarNeeded extends Error {
  constructor() {
    super('The HCL grammar (tree-sitter) is not loaded.');
  }
}

/** A `GrammarNeeded` to throw, counted: code that turns errors into values may catch it on the way. */
export function grammarNeeded(): GrammarNeeded {
  grammarNeeds++;
  return new GrammarNeeded();
}

/** How many times text has needed the grammar before it was loaded (see `grammarNeeded`). */
export function grammarNeedCount(): number {
  return grammarNeeds;
}

export function isHclGrammarLoaded(): boolean {
  return grammarLoaded;
}

export function setHclGrammarLoaded(): void {
  grammarLoaded = true;
}
