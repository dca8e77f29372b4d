import { beforeAll, describe, expect, it } from '@jest/globals';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { registry } from '../../rules/index.js';
import { resolveConfig } from '../../src/engine/config.js';
import { scan } from '../../src/scan.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';
import { loadSources } from '../../src/sources/index.js';

beforeAll(loadSources);

const bad = armTemplate([hsm({ ...COMPLIANT_PROPERTIES, publicNetworkAccess: 'Enabled' })]);

function scanTree(
  files: Record<string, string | Uint8Array>,
  paths: string[],
  prepare?: (dir: string) => void,
) {
  const { dir, cleanup } = tempTree(files);
  try {
    prepare?.(dir);
    const config = resolveConfig({}, registry, { baseDir: dir });
    return scan({ paths, cwd: dir, config, registry });
  } finally {
    cleanup();
  }
}

const summary = (result: ReturnType<typeof scanTree>) =>
  result.findings.map((f) => [f.range.file, f.ruleId, f.range.start.line, f.range.start.column]);

describe('bad input never stops the scan', () => {
  it('malformed JSON is a parse error at its position; the other files are still scanned', () => {
    const result = scanTree({ 'a.json': '{\n  "resources": [\n    { "type": \n  ]\n}', 'b.json': bad }, [
      'a.json',
      'b.json',
    ]);
    const parse = result.findings.filter((f) => f.ruleId === 'parse-error');
    expect(parse.length).toBeGreaterThan(0);
    expect(parse[0]).toMatchObject({
      severity: 'error',
      range: { file: 'a.json', start: { line: 4, column: 3 } },
    });
    expect(
      result.findings.some((f) => f.range.file === 'b.json' && f.ruleId === 'public-network-access'),
    ).toBe(true);
  });

  it('an empty file named explicitly is a parse error; found by a walk it is skipped and counted', () => {
    expect(summary(scanTree({ 'empty.json': '' }, ['empty.json']))).toEqual([
      ['empty.json', 'parse-error', 1, 1],
    ]);
    const walked = scanTree({ 'empty.json': '', 'b.json': bad }, ['.']);
    expect(walked.skipped).toEqual([{ path: 'empty.json', reason: 'File is empty.' }]);
  });

  it('a UTF-8 byte order mark is accepted and does not shift columns', () => {
    const result = scanTree({ 'bom.json': `\uFEFF${bad}` }, ['bom.json']);
    const clean = scanTree({ 'plain.json': bad }, ['plain.json']);
    expect(result.findings.map((f) => f.range.start)).toEqual(clean.findings.map((f) => f.range.start));
    expect(result.findings.find((f) => f.ruleId === 'public-network-access')?.range.start).toEqual({
      line: 21,
      column: 9,
    });
  });

  it('a UTF-16 file with a byte order mark is decoded', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bad, 'utf16le')]);
    const findings = scanTree({ 'wide.json': utf16 }, ['wide.json']).findings;
    expect(findings.filter((f) => f.ruleId === 'public-network-access')).toHaveLength(1);
    expect(findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });

  it('a 10,000-level nested document is a parse error, not a stack overflow', () => {
    const deep = `{"resources": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const result = scanTree({ 'deep.json': deep }, ['deep.json']);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0].message).toMatch(/Nesting deeper than 256 levels/);
  });

  it('a 50 MB file is reported as over the size limit without being read', () => {
    const result = scanTree({ 'b.json': bad }, ['huge.json', 'b.json'], (dir) => {
      const fd = openSync(join(dir, 'huge.json'), 'w');
      writeSync(fd, '{"resources": [', 0);
      writeSync(fd, ' ', 50 * 1024 * 1024); // sparse: 50 MB on paper
      closeSync(fd);
    });
    const huge = result.findings.find((f) => f.range.file === 'huge.json');
    expect(huge).toMatchObject({ ruleId: 'parse-error', range: { start: { line: 1, column: 1 } } });
    expect(huge?.message).toMatch(/File is 50\.0 MiB, above the 32\.0 MiB limit/);
    expect(result.findings.some((f) => f.range.file === 'b.json')).toBe(true);
  });

  it('a binary file is a parse error', () => {
    const result = scanTree({ 'blob.json': new Uint8Array([0x7b, 0x00, 0x01, 0x02, 0xff]) }, ['blob.json']);
    expect(summary(result)).toEqual([['blob.json', 'parse-error', 1, 1]]);
    expect(result.findings[0].message).toMatch(/binary/);
  });

  it('JSON that is not a template: a parse error when named, a counted skip in a walk', () => {
    const pkg = '{"name": "x", "version": "1.0.0"}';
    const named = scanTree({ 'package.json': pkg }, ['package.json']);
    expect(named.findings[0].message).toMatch(/Not an ARM deployment template/);
    const walked = scanTree({ 'package.json': pkg, 'tsconfig.json': '{"compilerOptions": {}}' }, ['.']);
    expect(walked.findings).toEqual([]);
    expect(walked.skipped.map((s) => s.path).sort()).toEqual(['package.json', 'tsconfig.json']);
  });

  it('an unsupported file named explicitly is reported', () => {
    expect(scanTree({ 'notes.txt': 'hello' }, ['notes.txt']).findings[0].message).toMatch(
      /Unsupported file type/,
    );
  });
});
