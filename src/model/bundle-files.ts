import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where a file shipped next to the bundle's chunks would be: the triage worker, `yaml.cjs`, the HCL
 * parser's WebAssembly (see scripts/package.mjs, which puts them beside every chunk). The URL is built at
 * run time so that the bundler leaves the file alone.
 */
export function besideBundle(name: string): URL {
  return new URL(['.', name].join('/'), import.meta.url);
}

/** The path of a file shipped next to the bundle's chunks, or undefined when there is none (run from source). */
export function shippedFile(name: string): string | undefined {
  const url = besideBundle(name);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? fileURLToPath(url) : undefined;
}
