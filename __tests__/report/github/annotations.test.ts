import { describe, expect, it } from '@jest/globals';
import type { AnnotationProperties } from '@actions/core';
import { emitAnnotations } from '../../../src/report/github/annotations.js';
import type { Finding, Severity } from '../../../src/model/finding.js';

function sink() {
  const calls: Array<{ level: string; message: string; properties?: AnnotationProperties }> = [];
  return {
    calls,
    error: (message: string, properties: AnnotationProperties) =>
      calls.push({ level: 'error', message, properties }),
    warning: (message: string, properties: AnnotationProperties) =>
      calls.push({ level: 'warning', message, properties }),
    notice: (message: string, properties?: AnnotationProperties) =>
      calls.push({ level: 'notice', message, properties }),
  };
}

const finding = (severity: Severity, file: string, line: number, endLine = line): Finding => ({
  ruleId: 'r',
  message: `${severity} at ${file}:${line}`,
  severity,
  range: { file, start: { line, column: 3 }, end: { line: endLine, column: 9 } },
});

describe('emitAnnotations', () => {
  it('annotates everything within the budget, with columns only on one-line ranges', () => {
    const out = sink();
    const result = emitAnnotations([finding('error', 'a.json', 2), finding('warn', 'a.json', 5, 7)], out, {
      fullListAt: 'the job summary',
    });
    expect(result).toEqual({ emitted: 2, leftOut: { error: 0, warn: 0, info: 0 } });
    expect(out.calls[0]).toMatchObject({
      level: 'error',
      properties: { file: 'a.json', startLine: 2, endLine: 2, startColumn: 3, endColumn: 9, title: 'r' },
    });
    expect(out.calls[1].properties).toEqual({ title: 'r', file: 'a.json', startLine: 5, endLine: 7 });
  });

  it('keeps 10 per level, puts new findings first, and says how many were left out and where', () => {
    const findings = [
      ...Array.from({ length: 15 }, (_, i) => finding('error', 'old.json', i + 1)),
      ...Array.from({ length: 3 }, (_, i) => finding('error', 'new.json', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => finding('info', 'old.json', 100 + i)),
    ];
    const out = sink();
    const result = emitAnnotations(findings, out, {
      isNew: (f) => f.range.file === 'new.json',
      fullListAt: 'the job summary and the SARIF file hsmlint.sarif',
    });
    const errors = out.calls.filter((c) => c.level === 'error');
    expect(errors).toHaveLength(10);
    expect(errors.slice(0, 3).every((c) => c.properties?.file === 'new.json')).toBe(true);
    expect(errors[3].message).toContain('(existing)');
    const notices = out.calls.filter((c) => c.level === 'notice');
    expect(notices).toHaveLength(10); // 9 findings and the overflow notice
    expect(result.leftOut).toEqual({ error: 8, warn: 0, info: 3 });
    expect(notices[9].message).toBe(
      'hsmlint: 11 more findings are not annotated (8 errors, 0 warnings, 3 notices; GitHub shows 10 per level per step). The full list is in the job summary and the SARIF file hsmlint.sarif.',
    );
  });

  it('never annotates suppressed findings', () => {
    const out = sink();
    const suppressed = {
      ...finding('error', 'a.json', 1),
      suppressed: { kind: 'directive' as const, reason: 'x', range: finding('error', 'a.json', 1).range },
    };
    expect(emitAnnotations([suppressed], out, { fullListAt: 'x' }).emitted).toBe(0);
    expect(out.calls).toEqual([]);
  });
});

describe('annotations for deployed resources', () => {
  it('name the resource id in the message instead of pointing at a file', () => {
    const out = sink();
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';
    emitAnnotations(
      [
        {
          ruleId: 'purge-protection',
          message: 'Off.',
          severity: 'error',
          surface: 'live',
          range: { file: id, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
        },
      ],
      out,
      { fullListAt: 'x' },
    );
    expect(out.calls[0]).toEqual({
      level: 'error',
      message: `Off. [${id}] (existing)`,
      properties: { title: 'purge-protection' },
    });
  });
});
