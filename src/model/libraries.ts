import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type * as YamlModule from 'yaml';
import { shippedFile } from './bundle-files.js';

/**
 * YAML and ajv, which most runs never call (a run without configuration reads no YAML and validates
 * nothing), so they are not in the bundle's main chunk.
 * - ajv is a chunk of its own, imported by `loadLibraries()`: the entries call it when a configuration
 *   file or `--rule` is given.
 * - YAML is required on first use, from `yaml.cjs` next to the chunk that holds this code (see
 *   scripts/package.mjs). Configuration files, Bicep's `loadYamlContent()` and Terraform's `yamldecode()`
 *   need it in the middle of a synchronous evaluation, and most runs never do.
 */
const loaded: { yaml?: typeof YamlModule; ajv?: typeof AjvModule } = {};

/** The YAML library as one CommonJS file, written next to each bundle's main chunk. */
export const YAML_BUNDLE = 'yaml.cjs';

/** Loads ajv, which `ajvLibrary()` then returns. */
export async function loadLibraries(): Promise<void> {
  loaded.ajv ??= commonJsExports(await import('ajv'));
}

/** A CommonJS module's exports: bundled, `import()` may wrap them in a namespace as `default`. */
function commonJsExports<T extends object>(namespace: T): T {
  const wrapped = (namespace as { default?: unknown }).default;
  return 'Ajv' in namespace || typeof wrapped !== 'function' ? namespace : (wrapped as T);
}

export function yamlLibrary(): typeof YamlModule {
  return (loaded.yaml ??= requireYaml());
}

export function ajvLibrary(): typeof AjvModule {
  return (loaded.ajv ??= requireUnloaded('ajv'));
}

/** The bundled YAML file when there is one (the bundle), else the package (from source). */
function requireYaml(): typeof YamlModule {
  const bundled = shippedFile(YAML_BUNDLE);
  if (bundled) return createRequire(import.meta.url)(bundled) as typeof YamlModule;
  return requireUnloaded('yaml');
}

/**
 * A library asked for before `loadLibraries()`: from source (tests, tsx) it is required from
 * node_modules. The bundle loads first wherever a library is used; the module name is built at run time
 * so that the bundler does not pull the library back into the main chunk.
 */
function requireUnloaded<T>(name: string): T {
  const load = createRequire(import.meta.url);
  return load([name].join('')) as T;
}
