import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { formatJson, type JsonFileResult } from '../../src/report/json.js';
import { CWD, emptyResult, finding, range, sampleResult } from './fixture.js';

function parse(text: string): JsonFileResult[] {
  return JSON.parse(text) as JsonFileResult[];
}

function byName(results: JsonFileResult[], file: string): JsonFileResult {
  const entry = results.find((r) => r.filePath === resolve(CWD, file));
  if (!entry) throw new Error(`no entry for ${file} in ${results.map((r) => r.filePath).join(', ')}`);
  return entry;
}

describe('json', () => {
  const text = formatJson(sampleResult());
  const results = parse(text);

  it('is compact JSON on one line', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    expect(text).not.toContain('  ');
  });

  it('has one entry per scanned file and per file only seen in findings, with absolute paths, sorted', () => {
    expect(results.map((r) => r.filePath)).toEqual(
      ['broken.json', 'clean.json', 'main.json', 'nested/kv.json'].map((f) => resolve(CWD, f)),
    );
  });

  it('gives a clean file an entry with no messages and zero counts', () => {
    expect(byName(results, 'clean.json')).toEqual({
      filePath: resolve(CWD, 'clean.json'),
      messages: [],
      suppressedMessages: [],
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      infoCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('maps severities to 2, 1 and 0 and counts them per file', () => {
    const main = byName(results, 'main.json');
    expect(main.messages.map((m) => [m.ruleId, m.severity])).toEqual([
      ['purge-protection', 2],
      ['public-network-access', 1],
      ['unresolved', 0],
    ]);
    expect([main.errorCount, main.warningCount, main.infoCount, main.fatalErrorCount]).toEqual([1, 1, 1, 0]);
  });

  it('reports a parse error as a fatal error', () => {
    const broken = byName(results, 'broken.json');
    expect(broken.messages).toEqual([
      {
        ruleId: 'parse-error',
        severity: 2,
        message: 'Unexpected token } at line 3.',
        line: 3,
        column: 7,
        endLine: 3,
        endColumn: 11,
        fatal: true,
        surface: 'arm',
      },
    ]);
    expect([broken.errorCount, broken.fatalErrorCount]).toEqual([1, 1]);
  });

  it('carries the full range, messageId, resource, surface and recommendation', () => {
    const [purge] = byName(results, 'main.json').messages;
    expect(purge).toEqual({
      ruleId: 'purge-protection',
      severity: 2,
      message: "Managed HSM 'hsm-prod' has purge protection disabled (enablePurgeProtection is false).",
      line: 12,
      column: 9,
      endLine: 12,
      endColumn: 38,
      messageId: 'disabled',
      resource: {
        key: 'arm:main.json#resources[0]',
        type: 'Microsoft.KeyVault/managedHSMs',
        name: 'hsm-prod',
      },
      surface: 'arm',
      recommendation: 'data-protection/purge-protection',
    });
    expect(purge).not.toHaveProperty('conditional');
    expect(purge).not.toHaveProperty('fatal');
  });

  it('adds conditional, parameter and relatedRule only when set', () => {
    const [, conditional, unresolved] = byName(results, 'main.json').messages;
    expect(conditional.conditional).toBe("[parameters('deployHsm')]");
    expect(conditional.parameter).toBe('publicAccess');
    expect(conditional).not.toHaveProperty('relatedRule');
    expect(unresolved.relatedRule).toBe('network-default-deny');
    expect(unresolved).not.toHaveProperty('parameter');
  });

  it('moves suppressed findings to suppressedMessages, uncounted, with ESLint-shaped suppressions', () => {
    const kv = byName(results, 'nested/kv.json');
    expect(kv.messages.map((m) => m.ruleId)).toEqual(['suppression-no-reason']);
    expect(kv.suppressedMessages).toHaveLength(1);
    expect(kv.suppressedMessages[0]).toMatchObject({
      ruleId: 'network-default-deny',
      severity: 1,
      line: 9,
      column: 7,
      messageId: 'allow',
      suppressions: [{ kind: 'directive', justification: 'Dev HSM behind a private endpoint; see ADR-12.' }],
    });
    expect([kv.errorCount, kv.warningCount, kv.infoCount]).toEqual([0, 1, 0]);
  });

  it('totals match the unsuppressed findings', () => {
    const sum = (pick: (r: JsonFileResult) => number) => results.reduce((n, r) => n + pick(r), 0);
    expect(sum((r) => r.errorCount)).toBe(2);
    expect(sum((r) => r.warningCount)).toBe(2);
    expect(sum((r) => r.infoCount)).toBe(1);
    expect(sum((r) => r.fatalErrorCount)).toBe(1);
    expect(sum((r) => r.suppressedMessages.length)).toBe(1);
    expect(sum((r) => r.fixableErrorCount + r.fixableWarningCount)).toBe(0);
  });

  it('gives an empty result one clean entry per file', () => {
    const empty = parse(formatJson(emptyResult()));
    expect(empty).toHaveLength(1);
    expect(empty[0]).toMatchObject({ filePath: resolve(CWD, 'main.json'), messages: [], errorCount: 0 });
    expect(parse(formatJson(emptyResult({ files: [] })))).toEqual([]);
  });

  it('uses a placeholder path for findings without a file', () => {
    const out = parse(
      formatJson(emptyResult({ findings: [finding('internal-error', 'error', 'boom', range('', 1))] })),
    );
    expect(out.map((r) => r.filePath)).toEqual(['<no file>', resolve(CWD, 'main.json')]);
  });
});
