// The seed deployments of the monorepo benchmark: small HSM-related deployments, one folder each under
// bench/seeds/, written for the benchmark. The generator copies them into the tree with `__ID__` replaced
// by a copy number (so copies never link to each other), and the reference count of findings is the sum of
// the expected counts below over the copies it emitted. __tests__/bench/seeds.test.ts scans each seed with
// the real scan() and compares per rule id, so these numbers cannot drift silently.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SEEDS_DIR = new URL('./seeds/', import.meta.url).pathname;

/**
 * Each seed: its folder, its surface, the share of copies it gets, and the findings (unsuppressed, per rule
 * id, recommended preset) one copy produces when its folder is scanned. `expected: null` means not pinned yet
 * (its surface is not scanned yet); such copies are still emitted but not checked. Changing a count changes
 * the version of generated trees, so their manifests are rewritten with the new reference.
 */
export const SEEDS = [
  {
    name: 'arm-nested',
    surface: 'arm',
    weight: 3,
    expected: {
      'arm-key-management': 1,
      'backup-identity': 1,
      'key-expiration': 1,
      'key-rotation': 1,
      'network-default-deny': 1,
      'private-endpoint': 1,
      'public-network-access': 1,
      'purge-protection': 1,
      unresolved: 2,
    },
  },
  {
    name: 'arm-linked',
    surface: 'arm',
    weight: 2,
    expected: {
      'arm-key-management': 3,
      'backup-identity': 3,
      'diagnostic-logs': 3,
      'key-rotation': 3,
      'private-endpoint': 2,
      unresolved: 3,
    },
  },
  {
    name: 'bicep-module',
    surface: 'bicep',
    weight: 3,
    expected: {
      'arm-key-management': 3,
      'backup-identity': 1,
      'key-aes-size': 1,
      'key-expiration': 1,
      'key-rotation': 3,
      'key-rsa-size': 1,
      'network-ip-rules': 1,
      'pim-admin-roles': 1,
      'private-endpoint': 1,
      'public-network-access': 1,
      unresolved: 2,
    },
  },
  {
    name: 'terraform-module',
    surface: 'terraform',
    weight: 3,
    expected: {
      'key-expiration': 1,
      'key-governance-service': 1,
      'key-rotation': 1,
      'network-default-deny': 1,
      'private-endpoint': 1,
      'public-network-access': 1,
      'purge-protection': 1,
      unresolved: 2,
    },
  },
];

/** Bumped whenever a seed's files change, so that cached trees are regenerated. */
export const SEEDS_VERSION = 1;

const cache = new Map();

/** The seed's files as `{ path, text }`, paths relative to the seed folder with `/` separators. */
export function seedFiles(name) {
  let files = cache.get(name);
  if (!files) {
    const root = join(SEEDS_DIR, name);
    files = [];
    const walk = (dir) => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : 1,
      )) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else
          files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
      }
    };
    walk(root);
    cache.set(name, files);
  }
  return files;
}

/** One copy of a seed: its files with `__ID__` replaced by the copy's id. */
export function instantiateSeed(name, id) {
  return seedFiles(name).map(({ path, text }) => ({ path, text: text.replaceAll('__ID__', id) }));
}

/** Adds `counts` (per rule id) times `times` into `into`. */
export function addCounts(into, counts, times = 1) {
  for (const [rule, n] of Object.entries(counts)) into[rule] = (into[rule] ?? 0) + n * times;
  return into;
}
