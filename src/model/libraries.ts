import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type * as YamlModule from 'yaml';

/**
 * YAML and ajv, which most runs never call (a run without configuration reads no YAML and validates
 * nothing). In the bundle they are chunks of their own, imported by `loadLibraries()`: the entries call
 * it when a configuration file or `--rule` is given, and the Bicep and Terraform sources load YAML with
 * themselves (for `loadYamlContent()` and `yamldecode()`).
 * A run that never loads them does not compile them, about 40% of the main chunk.
 */
const loaded: { yaml?: typeof YamlModule; ajv?: typeof AjvModule } = {};

/** Loads the libraries named (default: both). */
export async function loadLibraries(names: ReadonlyArray<'yaml' | 'ajv'> = ['yaml', 'ajv']): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      if (name === 'yaml') loaded.yaml ??= await import('yaml');
      else loaded.ajv ??= commonJsExports(await import('ajv'));
    }),
  );
}

/** A CommonJS module's exports: bundled, `import()` may wrap them in a namespace as `default`. */
function commonJsExports<T extends object>(namespace: T): T {
  const wrapped = (namespace as { default?: unknown }).default;
  return 'Ajv' in namespace || typeof wrapped !== 'function' ? namespace : (wrapped as T);
}

export function yamlLibrary(): typeof YamlModule {
  return (loaded.yaml ??= requireUnloaded('yaml'));
}

export function ajvLibrary(): typeof AjvModule {
  return (loaded.ajv ??= requireUnloaded('ajv'));
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
