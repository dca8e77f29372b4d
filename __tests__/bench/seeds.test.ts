// Pins the findings of the benchmark's seed deployments (bench/seeds/): the monorepo benchmark checks the
// sweep's findings against counts summed from these constants, so each seed is scanned here with the real
// scan() and compared per rule id.
import { beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { addCounts, instantiateSeed, SEEDS } from '../../bench/seeds.mjs';
import { registry } from '../../rules/index.js';
import { loadConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import { loadSources, SOURCE_EXTENSIONS } from '../../src/sources/index.js';

beforeAll(loadSources);

/** Writes copies of a seed side by side (as the generator does) and scans the folder like the CLI. */
function scanCopies(name: string, ids: string[]): { counts: Record<string, number>; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'hsmlint-seed-'));
  try {
    for (const id of ids) {
      for (const file of instantiateSeed(name, id)) {
        const target = join(dir, `copy-${id}`, file.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.text);
      }
    }
    const config = loadConfig(registry, { startDir: dir });
    const result = scan({ paths: [dir], cwd: dir, config, registry });
    const counts: Record<string, number> = {};
    for (const finding of result.findings) {
      if (!finding.suppressed) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
    }
    return { counts, files: result.files.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const terraformScanned = SOURCE_EXTENSIONS.includes('.tf');

describe('benchmark seeds', () => {
  it.each(SEEDS.filter((s) => s.expected).map((s) => [s.name, s] as const))(
    '%s produces its pinned findings per rule id',
    (name, seed) => {
      const { counts, files } = scanCopies(name, ['00017']);
      expect(files).toBeGreaterThan(0);
      expect(counts).toEqual(seed.expected);
    },
  );

  it.each(SEEDS.filter((s) => s.expected).map((s) => [s.name, s] as const))(
    'copies of %s are independent: three copies give three times the findings',
    (name, seed) => {
      expect(scanCopies(name, ['00001', '00002', '00003']).counts).toEqual(addCounts({}, seed.expected!, 3));
    },
  );

  it('pins every seed whose surface is scanned', () => {
    for (const seed of SEEDS) {
      const scanned = seed.surface !== 'terraform' || terraformScanned;
      expect({ seed: seed.name, pinned: seed.expected !== null }).toEqual({
        seed: seed.name,
        pinned: scanned,
      });
    }
  });

  it('has seeds for ARM (with a nested deployment), Bicep (with a module) and Terraform (with a module)', () => {
    const text = (name: string) =>
      instantiateSeed(name, '1')
        .map((f) => `${f.path}\n${f.text}`)
        .join('\n');
    expect(SEEDS.map((s) => s.surface).sort()).toEqual(expect.arrayContaining(['arm', 'bicep', 'terraform']));
    expect(
      SEEDS.some((s) => s.surface === 'arm' && text(s.name).includes('Microsoft.Resources/deployments')),
    ).toBe(true);
    expect(SEEDS.some((s) => s.surface === 'bicep' && /\bmodule \w+ '\.\//.test(text(s.name)))).toBe(true);
    expect(
      SEEDS.some(
        (s) =>
          s.surface === 'terraform' &&
          text(s.name).includes('source              = "./modules/') &&
          text(s.name).includes('.tfvars'),
      ),
    ).toBe(true);
  });
});
