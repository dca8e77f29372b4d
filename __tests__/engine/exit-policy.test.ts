import { describe, expect, it } from '@jest/globals';
import { decideExit } from '../../src/engine/exit-policy.js';
import type { Finding, Severity } from '../../src/model/finding.js';

const range = { file: 'a', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
const finding = (severity: Severity, suppressed = false): Finding => ({
  ruleId: 'r',
  message: 'm',
  severity,
  range,
  ...(suppressed ? { suppressed: { kind: 'directive' as const, reason: 'x', range } } : {}),
});

describe('decideExit', () => {
  it('fails at or above the fail-on severity', () => {
    expect(decideExit([finding('warn')], { failOn: 'error', maxWarnings: -1 }).failed).toBe(false);
    expect(decideExit([finding('warn')], { failOn: 'warn', maxWarnings: -1 }).failed).toBe(true);
    expect(decideExit([finding('info')], { failOn: 'info', maxWarnings: -1 }).failed).toBe(true);
    expect(decideExit([finding('error')], { failOn: 'never', maxWarnings: -1 }).failed).toBe(false);
  });

  it('fails when warnings exceed max-warnings', () => {
    const two = [finding('warn'), finding('warn')];
    expect(decideExit(two, { failOn: 'error', maxWarnings: 2 }).failed).toBe(false);
    const decision = decideExit(two, { failOn: 'error', maxWarnings: 1 });
    expect(decision).toEqual({ failed: true, reasons: ['2 warnings exceed --max-warnings 1'] });
  });

  it('ignores suppressed findings', () => {
    expect(decideExit([finding('error', true)], { failOn: 'error', maxWarnings: 0 }).failed).toBe(false);
  });
});
