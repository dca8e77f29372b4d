import { describe, expect, it } from '@jest/globals';
import {
  formatJsonWithMetadata,
  readJsonWithMetadata,
  RESULT_DOCUMENT_VERSION,
  toJsonResults,
} from '../../src/report/json.js';
import { checkShards, compareWalkOrder, mergeResults } from '../../src/report/merge.js';
import { CWD, sampleResult } from './fixture.js';

describe('json-with-metadata', () => {
  it("is ESLint's shape around the json format, and carries the whole result back", () => {
    const result = { ...sampleResult(), shard: { index: 2, count: 3 } };
    const doc = JSON.parse(formatJsonWithMetadata(result));
    expect(doc.results).toEqual(JSON.parse(JSON.stringify(toJsonResults(result))));
    expect(doc.metadata.cwd).toBe(CWD);
    expect(doc.metadata.rulesMeta['purge-protection'].docs.description).toContain('purge protection');
    expect(doc.metadata.hsmlint).toMatchObject({
      version: RESULT_DOCUMENT_VERSION,
      shard: { index: 2, count: 3 },
    });
    expect(readJsonWithMetadata(doc, CWD)).toEqual(JSON.parse(JSON.stringify(result)));
  });

  it('refuses other documents and other versions', () => {
    expect(() => readJsonWithMetadata([], CWD, 'a.json')).toThrow(/a\.json is not an hsmlint result/);
    const doc = JSON.parse(formatJsonWithMetadata(sampleResult()));
    doc.metadata.hsmlint.version = 99;
    expect(() => readJsonWithMetadata(doc, CWD, 'b.json')).toThrow(
      /version 99; this hsmlint reads version 1/,
    );
    delete doc.metadata.hsmlint.result.findings;
    doc.metadata.hsmlint.version = 1;
    expect(() => readJsonWithMetadata(doc, CWD, 'b.json')).toThrow(/incomplete/);
  });
});

describe('merging', () => {
  it('orders paths as a folder walk finds them: files before subfolders, by name', () => {
    const paths = ['a/b/c.json', 'a/z.json', 'b.json', 'a/a.json', 'a/b.json', 'A.json'];
    expect([...paths].sort(compareWalkOrder)).toEqual([
      'A.json',
      'b.json',
      'a/a.json',
      'a/b.json',
      'a/z.json',
      'a/b/c.json',
    ]);
  });

  it('checks that the inputs are all the shards of one sweep', () => {
    const of = (index: number, count: number, source = `s${index}`) => ({ source, shard: { index, count } });
    expect(() => checkShards([of(1, 2), of(2, 2)])).not.toThrow();
    expect(() => checkShards([{ source: 'only' }])).not.toThrow();
    expect(() => checkShards([])).toThrow(/Nothing to merge/);
    expect(() => checkShards([of(1, 4), of(3, 4)])).toThrow('Shards 2/4, 4/4 are missing (got 1, 3 of 4).');
    expect(() => checkShards([of(1, 2), of(1, 2, 'again')])).toThrow('s1 and again are both shard 1/2.');
    expect(() => checkShards([of(1, 2), of(2, 3)])).toThrow(
      /not shards of one sweep: s1 is shard 1\/2 and s2 is shard 2\/3/,
    );
  });

  it('reports discovery once and a parse error of a file read by two shards once', () => {
    const base = sampleResult();
    const shared = {
      ruleId: 'parse-error',
      message: 'params.json: bad',
      severity: 'error' as const,
      range: { file: 'params.json', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    };
    const shard = (index: number, file: string) => ({
      ...base,
      shard: { index, count: 2 },
      files: [{ file, surface: 'arm' as const, resources: 1 }],
      skipped: [
        { path: 'link.json', reason: 'symbolic link (not followed)' },
        { path: `${file}.skipped.json`, reason: 'not an ARM template' },
      ],
      missing: ['nope'],
      findings: [shared],
      resourceCount: 1,
      suppressions: [],
      related: { [file]: ['params.json'] },
    });
    const merged = mergeResults(
      [
        { source: 'b', result: shard(2, 'b.json') },
        { source: 'a', result: shard(1, 'a.json') },
      ],
      CWD,
    );
    expect(merged.shard).toBeUndefined();
    expect(merged.files.map((f) => f.file)).toEqual(['a.json', 'b.json']);
    expect(merged.skipped.map((s) => s.path)).toEqual([
      'link.json',
      'a.json.skipped.json',
      'b.json.skipped.json',
    ]);
    expect(merged.missing).toEqual(['nope']);
    expect(merged.findings).toEqual([shared]);
    expect(merged.resourceCount).toBe(2);
    expect(Object.keys(merged.related)).toEqual(['a.json', 'b.json']);
  });
});
