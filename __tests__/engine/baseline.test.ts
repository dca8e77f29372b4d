import { describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { applyBaseline, baselineOf, pruneBaseline, readBaseline } from '../../src/engine/baseline.js';
import { ConfigError } from '../../src/engine/config.js';
import type { Finding } from '../../src/model/finding.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

const range = (file: string, line: number) => ({
  file,
  start: { line, column: 1 },
  end: { line, column: 1 },
});
const finding = (file: string, ruleId: string, line = 1): Finding => ({
  ruleId,
  message: 'm',
  severity: 'error',
  range: range(file, line),
});

describe('baseline', () => {
  it('counts unsuppressed findings per file and rule, leaving parse errors out', () => {
    const findings = [
      finding('a.json', 'x'),
      finding('a.json', 'x', 2),
      finding('b.json', 'y'),
      finding('b.json', 'parse-error'),
    ];
    expect(baselineOf(findings)).toEqual({
      version: 1,
      files: { 'a.json': { x: { count: 2 } }, 'b.json': { y: { count: 1 } } },
    });
  });

  it('suppresses findings within the count, and reports all of them when there are more', () => {
    const baseline = { version: 1 as const, files: { 'a.json': { x: { count: 2 } } } };
    const same = [finding('a.json', 'x'), finding('a.json', 'x', 2), finding('a.json', 'z')];
    expect(applyBaseline(same, baseline, 'b.json')).toBe(2);
    expect(same.map((f) => f.suppressed?.kind)).toEqual(['baseline', 'baseline', undefined]);
    const more = [finding('a.json', 'x'), finding('a.json', 'x', 2), finding('a.json', 'x', 3)];
    expect(applyBaseline(more, baseline, 'b.json')).toBe(0);
  });

  it('prunes fixed findings and never raises a count', () => {
    const baseline = {
      version: 1 as const,
      files: { 'a.json': { x: { count: 3 } }, 'gone.json': { y: { count: 1 } } },
    };
    const now = [finding('a.json', 'x'), finding('a.json', 'w')];
    expect(pruneBaseline(baseline, now)).toEqual({ version: 1, files: { 'a.json': { x: { count: 1 } } } });
  });

  it('rejects a malformed baseline naming the key path', () => {
    const { dir, cleanup } = tempTree({
      'b.json': '{"files": {"a.json": {"x": {"count": -1}}}}',
      'c.json': '[]',
    });
    try {
      expect(() => readBaseline(join(dir, 'b.json'))).toThrow(
        /files\["a.json"\]\["x"\]\.count must be a whole number/,
      );
      expect(() => readBaseline(join(dir, 'c.json'))).toThrow(ConfigError);
    } finally {
      cleanup();
    }
  });

  it('works from the command line: write, then only new findings fail, then prune', async () => {
    const bad = armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]);
    const { dir, cleanup } = tempTree({ 'hsm.json': bad });
    const cli = (argv: string[]) =>
      runCli(argv, { cwd: dir, stdout: () => {}, stderr: () => {}, isTTY: false, env: {} });
    try {
      expect(await cli(['hsm.json'])).toBe(1);
      expect(await cli(['hsm.json', '--write-baseline'])).toBe(0);
      const written = JSON.parse(readFileSync(join(dir, 'hsmlint-baseline.json'), 'utf8')) as {
        files: Record<string, unknown>;
      };
      expect(Object.keys(written.files)).toEqual(['hsm.json']);
      expect(await cli(['hsm.json', '--baseline', 'hsmlint-baseline.json'])).toBe(0);
      writeFileSync(
        join(dir, 'hsm.json'),
        armTemplate([
          hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false, publicNetworkAccess: 'Enabled' }),
        ]),
      );
      expect(await cli(['hsm.json', '--baseline', 'hsmlint-baseline.json'])).toBe(1); // a new finding
      writeFileSync(join(dir, 'hsm.json'), armTemplate([hsm(COMPLIANT_PROPERTIES)]));
      expect(await cli(['hsm.json', '--prune-baseline'])).toBe(0);
      const pruned = JSON.parse(readFileSync(join(dir, 'hsmlint-baseline.json'), 'utf8')) as {
        files: Record<string, Record<string, unknown>>;
      };
      expect(pruned.files['hsm.json']?.['purge-protection']).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
