import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import type { Finding } from '../../src/model/finding.js';
import { compareRanges } from '../../src/model/range.js';
import { readJsonWithMetadata } from '../../src/report/json.js';
import type { ScanResult } from '../../src/scan.js';
import { tempTree } from '../helpers.js';
import { generateTree } from './shard-tree.js';

async function cli(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTTY: false,
    env: {},
    now: new Date('2026-06-01T00:00:00Z'),
  });
  return { code, stdout, stderr };
}

const byScanOrder = (a: Finding, b: Finding) =>
  compareRanges(a.range, b.range) || a.ruleId.localeCompare(b.ruleId);
const suppressionKey = (s: ScanResult['suppressions'][number]) => JSON.stringify(s);

describe('hsmlint --shard and hsmlint merge on a generated tree', () => {
  // The reports go to out/, outside the scanned folder.
  const generated = Object.entries(generateTree()).map(([path, text]) => [`infra/${path}`, text]);
  const tree = tempTree({ ...Object.fromEntries(generated), 'hsmlint.config.yaml': 'extends: strict\n' });
  const dir = tree.dir;
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  const resultOf = (file: string) => readJsonWithMetadata(JSON.parse(read(file)), dir, file);
  let unsharded: ScanResult;

  beforeAll(async () => {
    for (const format of ['json-with-metadata', 'json', 'sarif', 'markdown', 'stylish']) {
      const run = await cli(
        ['infra', '--format', format, '--output', `out/full.${format}`, '--fail-on', 'never'],
        dir,
      );
      expect(run).toMatchObject({ code: 0, stderr: '' });
    }
    unsharded = resultOf('out/full.json-with-metadata');
  });
  afterAll(() => tree.cleanup());

  it('scans every surface of the tree, with findings, suppressions, skipped files and parse errors', () => {
    const surfaces = new Set(unsharded.files.map((f) => f.surface));
    expect([...surfaces].sort()).toEqual(['arm', 'bicep', 'terraform']);
    const ruleIds = new Set(unsharded.findings.map((f) => f.ruleId));
    for (const id of ['parse-error', 'purge-protection', 'public-network-access', 'suppression-unused'])
      expect(ruleIds).toContain(id);
    expect(unsharded.findings.some((f) => f.suppressed)).toBe(true);
    expect(unsharded.skipped.map((s) => s.path)).toContain('infra/tools/package.json');
    // Terraform root modules are evaluated with the local modules they call.
    expect(unsharded.files.map((f) => f.file)).toContain('infra/terraform/envs/env-0/main.tf');
    const terraform = unsharded.findings.filter((f) => f.surface === 'terraform');
    expect(terraform.map((f) => f.range.file)).toContain('infra/terraform/modules/hsm-open/main.tf');
    expect(terraform.map((f) => f.ruleId)).toContain('purge-protection');
    expect(unsharded.shard).toBeUndefined();
  });

  for (const count of [1, 2, 3, 4]) {
    it(`splits the sweep into ${count} disjoint shards whose union is the unsharded scan, and merges them back exactly`, async () => {
      const shards: ScanResult[] = [];
      for (let index = 1; index <= count; index++) {
        for (const format of ['json-with-metadata', 'sarif']) {
          const run = await cli(
            [
              'infra',
              '--shard',
              `${index}/${count}`,
              '--format',
              format,
              '-o',
              `out/${count}/shard-${index}.${format}`,
            ],
            dir,
          );
          expect(run.stderr).toBe('');
          expect([0, 1]).toContain(run.code);
        }
        const shard = resultOf(`out/${count}/shard-${index}.json-with-metadata`);
        expect(shard.shard).toEqual({ index, count });
        shards.push(shard);
      }

      // Every scanned file in exactly one shard.
      const files = shards.flatMap((s) => s.files.map((f) => f.file));
      expect(new Set(files).size).toBe(files.length);
      expect([...files].sort()).toEqual(unsharded.files.map((f) => f.file).sort());

      // The union of the shards' findings is the unsharded findings, exactly.
      const union = shards.flatMap((s) => s.findings).sort(byScanOrder);
      expect(union).toEqual(unsharded.findings);
      expect(shards.reduce((n, s) => n + s.resourceCount, 0)).toBe(unsharded.resourceCount);
      expect(
        shards
          .flatMap((s) => s.suppressions)
          .map(suppressionKey)
          .sort(),
      ).toEqual(unsharded.suppressions.map(suppressionKey).sort());

      // hsmlint merge gives what the unsharded scan gives, in every format.
      const shardFiles = Array.from(
        { length: count },
        (_, i) => `out/${count}/shard-${i + 1}.json-with-metadata`,
      );
      for (const format of ['json-with-metadata', 'json', 'sarif', 'markdown', 'stylish']) {
        const merged = await cli(
          ['merge', ...[...shardFiles].reverse(), '--format', format, '-o', `out/${count}/merged.${format}`],
          dir,
        );
        expect(merged.stderr).toBe('');
        expect(merged.code).toBe(1); // the strict preset fails on the findings, like the scan would
        if (format === 'json-with-metadata') continue;
        expect(read(`out/${count}/merged.${format}`)).toBe(read(`out/full.${format}`));
      }
      const merged = resultOf(`out/${count}/merged.json-with-metadata`);
      expect({ ...merged, suppressions: [] }).toEqual({ ...unsharded, suppressions: [] });
      expect(merged.suppressions.map(suppressionKey).sort()).toEqual(
        unsharded.suppressions.map(suppressionKey).sort(),
      );

      // SARIF shards merge into the unsharded SARIF; a folder of results is searched.
      const sarif = await cli(
        ['merge', `out/${count}`, '--format', 'sarif', '-o', `out/${count}/merged-from-sarif.txt`],
        dir,
      );
      expect(sarif.stderr).toContain('either SARIF logs or json-with-metadata'); // the folder holds both kinds
      const sarifFiles = Array.from({ length: count }, (_, i) => `out/${count}/shard-${i + 1}.sarif`);
      const fromSarif = await cli(
        ['merge', ...sarifFiles, '--format', 'sarif', '-o', `out/${count}/sarif-merged.txt`],
        dir,
      );
      expect(fromSarif).toMatchObject({ code: 1, stderr: '' });
      expect(read(`out/${count}/sarif-merged.txt`)).toBe(read('out/full.sarif'));
    });
  }

  it('says in the reports that a result is one shard', async () => {
    const run = await cli(['infra', '--shard', '2/3', '--fail-on', 'never'], dir);
    expect(run.stdout).toContain('Shard 2/3: only this shard');
    const md = await cli(['infra', '--shard', '2/3', '--format', 'markdown', '--fail-on', 'never'], dir);
    expect(md.stdout).toMatch(/resources?, shard 2\/3\)/);
    const sarif = await cli(['infra', '--shard', '2/3', '--format', 'sarif', '--fail-on', 'never'], dir);
    expect(JSON.parse(sarif.stdout).runs[0].properties).toEqual({ shard: { index: 2, count: 3 } });
  });
});

describe('hsmlint --shard and merge: usage errors', () => {
  it('rejects bad --shard values with exit 2 and a message naming the flag', async () => {
    const { dir, cleanup } = tempTree({ 'a.json': '{}' });
    try {
      for (const bad of ['0/4', '5/4', 'x/y', '1/0', '3']) {
        const run = await cli(['.', '--shard', bad], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(
          `--shard must be 'i/n' with 1 <= i <= n, for example 2/4 (got '${bad}')`,
        );
      }
      expect((await cli(['.', '--shard'], dir)).code).toBe(2);
      const live = await cli(['.', '--shard', '1/2', '--live'], dir);
      expect(live).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--shard cannot be combined with --live'),
      });
      const baseline = await cli(['.', '--shard', '1/2', '--write-baseline'], dir);
      expect(baseline).toMatchObject({ code: 2, stderr: expect.stringContaining('--write-baseline') });
    } finally {
      cleanup();
    }
  });

  it('merge rejects results that are not all the shards of one sweep', async () => {
    const { dir, cleanup } = tempTree({
      'infra/a/main.json': '{"$schema": "x", "resources": []}',
      'infra/b/main.json': '{"$schema": "x", "resources": []}',
    });
    try {
      const shard = async (spec: string, name: string, format = 'json-with-metadata') =>
        expect((await cli(['infra', '--shard', spec, '-f', format, '-o', name], dir)).stderr).toBe('');
      await shard('1/3', 'r1.json');
      await shard('2/3', 'r2.json');
      await shard('3/3', 'r3.json');
      await shard('2/4', 'other.json');
      await shard('1/3', 'r1.sarif', 'sarif');
      await shard('2/3', 'r2.sarif', 'sarif');
      await cli(['infra', '-f', 'json', '-o', 'eslint.json'], dir);

      const merge = (...argv: string[]) => cli(['merge', ...argv], dir);
      expect(await merge('r1.json', 'r2.json', 'r3.json', '-f', 'json')).toMatchObject({
        code: 0,
        stderr: '',
      });
      expect(await merge('r1.json', 'r2.json')).toMatchObject({
        code: 2,
        stderr: 'hsmlint: Shard 3/3 is missing (got 1, 2 of 3).\n',
      });
      expect(await merge('r1.json', 'r2.json', 'r3.json', 'other.json')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining(
          'not shards of one sweep: r1.json is shard 1/3 and other.json is shard 2/4',
        ),
      });
      writeFileSync(join(dir, 'copy.json'), readFileSync(join(dir, 'r2.json')));
      expect(await merge('r1.json', 'r2.json', 'copy.json', 'r3.json')).toMatchObject({
        code: 2,
        stderr: 'hsmlint: r2.json and copy.json are both shard 2/3.\n',
      });
      expect(await merge('r1.sarif', 'r2.sarif', '-f', 'sarif')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('Shard 3/3 is missing'),
      });
      expect(await merge('r1.sarif', 'r2.json', '-f', 'sarif')).toMatchObject({ code: 2 });
      expect(await merge('r1.sarif', '-f', 'json')).toMatchObject({ code: 2 });
      expect(await merge('eslint.json')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('write shard results with --format json-with-metadata'),
      });
      expect(await merge('nope.json')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('nope.json'),
      });
      expect(await merge()).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('needs the result files'),
      });
      expect(await merge('r1.json', '--rule', 'purge-protection: off')).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--rule does not apply to hsmlint merge'),
      });
    } finally {
      cleanup();
    }
  });

  it('merge rejects shards run with different rules', async () => {
    const { dir, cleanup } = tempTree({ 'a/main.json': '{"$schema": "x", "resources": []}' });
    try {
      await cli(['.', '--shard', '1/2', '-f', 'json-with-metadata', '-o', 'r1.json'], dir);
      await cli(
        [
          '.',
          '--shard',
          '2/2',
          '-f',
          'json-with-metadata',
          '-o',
          'r2.json',
          '--rule',
          'purge-protection: off',
        ],
        dir,
      );
      const run = await cli(['merge', 'r1.json', 'r2.json'], dir);
      expect(run).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('not run with the same rules and settings'),
      });
    } finally {
      cleanup();
    }
  });
});
