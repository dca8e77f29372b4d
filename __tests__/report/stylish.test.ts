import { describe, expect, it } from '@jest/globals';
import { STYLISH_MAX_SKIPPED_PATHS, formatStylish } from '../../src/report/stylish.js';
import { ANSI_PATTERN, emptyResult, finding, range, sampleResult, stripAnsi } from './fixture.js';

/** The problem lines of one file group: from the header line to the next blank line. */
function group(output: string, file: string): string[] {
  const lines = output.split('\n');
  const start = lines.indexOf(file);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe('stylish', () => {
  const plain = formatStylish(sampleResult(), { color: false });

  it('has no ANSI escapes when color is off', () => {
    expect(plain).not.toMatch(ANSI_PATTERN);
    expect(plain).not.toContain('\u001b');
  });

  it('colours severities, the file header and the summary when color is on', () => {
    const colored = formatStylish(sampleResult(), { color: true });
    expect(colored).toMatch(ANSI_PATTERN);
    expect(colored).toContain('\u001b[31merror');
    expect(colored).toContain('\u001b[33mwarning');
    expect(colored).toContain('\u001b[34minfo');
    expect(colored).toContain('\u001b[4mmain.json\u001b[24m');
    // Without the escapes it is exactly the plain report.
    expect(stripAnsi(colored)).toBe(plain);
  });

  it('groups findings by file, in path order, parse errors included', () => {
    const headers = plain
      .split('\n')
      .filter((l) => /^\S/.test(l) && !l.startsWith('\u2716') && !l.startsWith('Skipped'));
    expect(headers).toEqual(['broken.json', 'main.json', 'nested/kv.json']);
    expect(group(plain, 'broken.json')).toEqual([
      expect.stringMatching(/^ {2}3:7 {2}error {2}Unexpected token \} at line 3\. {2}parse-error$/),
    ]);
  });

  it('aligns line:column, severity, message and rule id in columns', () => {
    const lines = group(plain, 'main.json');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ {2}12:9 {3}error {4}Managed HSM 'hsm-prod' has purge protection/);
    expect(lines[2]).toMatch(/^ {2}30:5 {3}info {5}Could not verify/);
    const colon = lines.map((l) => l.indexOf(':'));
    expect(new Set(colon).size).toBe(1);
    const severityAt = lines.map((l) => l.search(/(error|warning|info) /));
    expect(new Set(severityAt).size).toBe(1);
    const ruleAt = lines.map((l) => l.lastIndexOf('  ') + 2);
    expect(new Set(ruleAt).size).toBe(1);
    expect(lines.map((l) => l.slice(ruleAt[0]))).toEqual([
      'purge-protection',
      'public-network-access',
      'unresolved',
    ]);
  });

  it('does not list suppressed findings but counts them in the summary', () => {
    expect(plain).not.toContain('allows traffic by default');
    expect(group(plain, 'nested/kv.json')).toHaveLength(1);
    expect(plain).toContain('\u2716 5 problems (2 errors, 2 warnings, 1 info), 1 suppressed\n');
  });

  it('omits the suppressed count when nothing is suppressed and uses singulars', () => {
    const result = emptyResult({
      findings: [finding('purge-protection', 'error', 'Purge protection is off.', range('main.json', 4))],
    });
    const out = formatStylish(result, { color: false });
    expect(out).toContain('\u2716 1 problem (1 error, 0 warnings, 0 info)\n');
    expect(out).not.toContain('suppressed');
  });

  it('prints a conditional finding with its condition, on one line', () => {
    const lines = group(plain, 'main.json');
    expect(lines[1]).toContain("deployed only when [parameters('deployHsm')]");
    const result = emptyResult({
      findings: [finding('purge-protection', 'error', 'First line.\n   Second line.', range('main.json', 4))],
    });
    expect(group(formatStylish(result, { color: false }), 'main.json')).toEqual([
      '  4:1  error  First line. Second line.  purge-protection',
    ]);
  });

  it('prints nothing at all for a clean run with nothing skipped (like ESLint)', () => {
    expect(formatStylish(emptyResult(), { color: false })).toBe('');
    expect(formatStylish(emptyResult(), { color: true })).toBe('');
  });

  it('stays quiet about suppressed findings when nothing else is reported', () => {
    const onlySuppressed = sampleResult({
      findings: sampleResult().findings.filter((f) => f.suppressed),
      skipped: [],
    });
    expect(formatStylish(onlySuppressed, { color: false })).toBe('');
  });

  it('still reports skipped files and missing paths on a clean run', () => {
    const out = formatStylish(
      emptyResult({
        skipped: [{ path: 'package.json', reason: 'not an ARM template' }],
        missing: ['nope.json'],
      }),
      {
        color: false,
      },
    );
    expect(out).not.toContain('\u2716');
    expect(out).toContain('Skipped 1 file: 1 not an ARM template.');
    expect(out).toContain('  package.json (not an ARM template)');
    expect(out).toContain('Not found: nope.json');
  });

  it('counts skipped files by reason and lists at most ten paths', () => {
    const skipped = [
      ...Array.from({ length: 11 }, (_, i) => ({ path: `data/${i}.json`, reason: 'not an ARM template' })),
      { path: 'vendor', reason: 'matches an ignore pattern' },
    ];
    const out = formatStylish(sampleResult({ skipped }), { color: false });
    expect(out).toContain('Skipped 12 files: 11 not an ARM template, 1 matches an ignore pattern.');
    const listed = out
      .split('\n')
      .filter((l) => /^ {2}\S.*\((not an ARM template|matches an ignore pattern)\)$/.test(l));
    expect(listed).toHaveLength(STYLISH_MAX_SKIPPED_PATHS);
    expect(out).toContain('  \u2026 and 2 more');
    // The footer comes after the summary.
    expect(out.indexOf('Skipped')).toBeGreaterThan(out.indexOf('\u2716'));
  });

  it('puts findings without a file under a placeholder header', () => {
    const result = emptyResult({
      findings: [finding('internal-error', 'error', "Rule 'x' failed: boom", range('', 1, 1))],
    });
    expect(group(formatStylish(result, { color: false }), '(no file)')).toHaveLength(1);
  });

  it('does not depend on the order of the input findings', () => {
    const reversed = sampleResult();
    reversed.findings.reverse();
    expect(formatStylish(reversed, { color: false })).toBe(plain);
  });
});
