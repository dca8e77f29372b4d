import { describe, expect, it } from '@jest/globals';
import { ARTICLE_SECTIONS, ARTICLE_URL, PROCEDURAL_CHECKLIST } from '../../src/model/article.js';
import type { Finding } from '../../src/model/finding.js';
import { ruleDocsUrl } from '../../src/model/product.js';
import { MARKDOWN_DEFAULT_MAX_LENGTH, escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import { emptyResult, finding, range, sampleResult } from './fixture.js';

/** Splits a table row into cells the way GFM does: on pipes not escaped with a backslash. */
function cells(row: string): string[] {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '\\' && i + 1 < inner.length) {
      cell += c + inner[++i];
      continue;
    }
    if (c === '|') {
      out.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  out.push(cell.trim());
  return out;
}

/** The rows of the table that follows a heading or a line starting with `after`. */
function tableAfter(doc: string, after: string): string[] {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.startsWith(after));
  expect(start).toBeGreaterThanOrEqual(0);
  const header = lines.findIndex((l, i) => i > start && l.startsWith('| '));
  const rows: string[] = [];
  for (let i = header + 2; i < lines.length && lines[i].startsWith('| '); i++) rows.push(lines[i]);
  return rows;
}

/** Every table row has as many cells as its header row. */
function expectRegularTables(doc: string): void {
  let width = 0;
  let tables = 0;
  for (const line of doc.split('\n')) {
    if (!line.startsWith('| ')) {
      width = 0;
      continue;
    }
    if (width === 0) {
      width = cells(line).length;
      tables++;
    } else expect(cells(line)).toHaveLength(width);
  }
  expect(tables).toBeGreaterThan(0);
}

function many(count: number): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding(
      'purge-protection',
      i % 2 ? 'warn' : 'error',
      `Finding number ${i} is a problem.`,
      range('main.json', i + 1),
    ),
  );
}

describe('markdown', () => {
  const doc = formatMarkdown(sampleResult());

  it('starts with the title and the counts', () => {
    expect(doc.startsWith('## hsmlint\n\n')).toBe(true);
    expect(
      formatMarkdown(sampleResult(), { title: 'HSM check: prod' }).startsWith('## HSM check: prod\n'),
    ).toBe(true);
    expect(doc).toContain(
      '**5 problems** in 3 files (4 resources): 2 errors, 2 warnings, 1 info. 1 suppressed, 1 file skipped.',
    );
  });

  it('has a row for every article section, in order, with counts and fired rules', () => {
    const rows = tableAfter(doc, '### By article section').map(cells);
    expect(rows.map((r) => r[0])).toEqual([...ARTICLE_SECTIONS.map((s) => s.title), 'Not tied to a section']);
    const row = (title: string) => rows.find((r) => r[0] === title)!;
    expect(row('Network security')).toEqual([
      'Network security',
      '0',
      '1',
      '1',
      '`public-network-access`, `unresolved`',
    ]);
    expect(row('Data protection')).toEqual(['Data protection', '1', '0', '0', '`purge-protection`']);
    expect(row('Logging and monitoring')).toEqual(['Logging and monitoring', '0', '0', '0', '\u2014']);
    expect(row('Not tied to a section')).toEqual([
      'Not tied to a section',
      '1',
      '1',
      '0',
      '`parse-error`, `suppression-no-reason`',
    ]);
  });

  it('lists every section row even when there are no findings, and no extra row', () => {
    const empty = formatMarkdown(emptyResult());
    const rows = tableAfter(empty, '### By article section').map(cells);
    expect(rows.map((r) => r[0])).toEqual(ARTICLE_SECTIONS.map((s) => s.title));
    for (const r of rows) expect(r.slice(1, 4)).toEqual(['0', '0', '0']);
    expect(empty).toContain('No problems found in 1 file (1 resource).');
    expect(empty).toContain('No unsuppressed findings.');
    expect(empty).not.toContain('<details>');
  });

  it('lists unsuppressed findings, errors first, with linked rule ids', () => {
    const rows = tableAfter(doc, '### Findings').map(cells);
    expect(rows.map((r) => r[0])).toEqual(['Error', 'Error', 'Warning', 'Warning', 'Info']);
    expect(rows.map((r) => r[1])).toEqual([
      'broken.json:3',
      'main.json:12',
      'main.json:20',
      'nested/kv.json:2',
      'main.json:30',
    ]);
    expect(rows[1][2]).toBe(`[purge-protection](<${ruleDocsUrl('purge-protection')}>)`);
    expect(rows[1][3]).toBe(
      "Managed HSM 'hsm-prod' has purge protection disabled (enablePurgeProtection is false).",
    );
    expect(rows[2][3]).toContain("deployed only when \\[parameters('deployHsm')\\]");
    expect(doc).not.toMatch(/^\| Warning .*allows traffic by default/m);
  });

  it('links locations when linkBase is given', () => {
    const linked = formatMarkdown(sampleResult(), { linkBase: 'https://github.com/o/r/blob/abc123/' });
    const rows = tableAfter(linked, '### Findings').map(cells);
    expect(rows[1][1]).toBe('[main.json:12](<https://github.com/o/r/blob/abc123/main.json#L12>)');
    expect(rows[3][1]).toBe('[nested/kv.json:2](<https://github.com/o/r/blob/abc123/nested/kv.json#L2>)');
    const spaced = formatMarkdown(
      emptyResult({ findings: [finding('purge-protection', 'error', 'x', range('my dir/a.json', 4))] }),
      { linkBase: 'https://x/' },
    );
    expect(spaced).toContain('(<https://x/my%20dir/a.json#L4>)');
  });

  it('puts suppressed findings in a collapsed block with their reasons', () => {
    const start = doc.indexOf('<details>');
    const end = doc.indexOf('</details>');
    expect(start).toBeGreaterThan(doc.indexOf('### Findings'));
    expect(doc.slice(start, end)).toContain('<summary>1 suppressed finding</summary>');
    const rows = tableAfter(doc, '<summary>').map(cells);
    expect(rows).toHaveLength(1);
    expect(rows[0][0]).toBe('nested/kv.json:9');
    expect(rows[0][2]).toContain('allows traffic by default');
    expect(rows[0][3]).toBe('Dev HSM behind a private endpoint; see ADR-12.');
  });

  it('ends with the checklist of procedural recommendations', () => {
    const at = doc.indexOf('### Recommendations no scan can verify');
    expect(at).toBeGreaterThan(doc.indexOf('</details>'));
    const tail = doc.slice(at);
    expect(tail).toContain(`](${ARTICLE_URL})`);
    const items = tail.split('\n').filter((l) => l.startsWith('- [ ] '));
    expect(items).toHaveLength(PROCEDURAL_CHECKLIST.length);
    expect(items[0]).toBe(
      '- [ ] **Data protection:** Security domain keys are stored offline, in separate secure locations.',
    );
    expect(items[5]).toContain('FIPS 140-3 Level 3');
  });

  it('escapes messages so they cannot break the table or inject HTML', () => {
    const evil = 'a | b <script>alert(1)</script> `code` *bold* [x](y) @octocat\nnext';
    const out = formatMarkdown(
      emptyResult({
        findings: [
          finding('purge-protection', 'error', evil, range('main.json', 4)),
          finding('purge-protection', 'warn', 'other', range('main.json', 5), {
            suppressed: {
              kind: 'directive',
              reason: 'because | <b>reasons</b>',
              range: range('main.json', 4),
            },
          }),
        ],
      }),
    );
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).not.toContain('@octocat');
    const [row] = tableAfter(out, '### Findings').map(cells);
    expect(row).toHaveLength(4);
    expect(row[3]).toBe(
      'a \\| b &lt;script&gt;alert(1)&lt;/script&gt; \\`code\\` \\*bold\\* \\[x\\](y) &#64;octocat next',
    );
    const [suppressedRow] = tableAfter(out, '<summary>').map(cells);
    expect(suppressedRow).toHaveLength(4);
    expect(suppressedRow[3]).toBe('because \\| &lt;b&gt;reasons&lt;/b&gt;');
    expectRegularTables(out);
    // A backslash before a pipe cannot unescape it.
    expect(escapeMarkdown('a\\|b & c')).toBe('a\\\\\\|b &amp; c');
  });

  it('escapes the title', () => {
    expect(formatMarkdown(emptyResult(), { title: '<img src=x> hi' }).split('\n')[0]).toBe(
      '## &lt;img src=x&gt; hi',
    );
  });

  it('keeps within maxLength and says how many findings were left out', () => {
    const result = emptyResult({ findings: many(200) });
    const full = formatMarkdown(result);
    expect(full.length).toBeLessThan(MARKDOWN_DEFAULT_MAX_LENGTH);
    expect(tableAfter(full, '### Findings')).toHaveLength(200);
    expect(full).not.toContain('not shown');

    const maxLength = 6000;
    const cut = formatMarkdown(result, { maxLength });
    expect(cut.length).toBeLessThanOrEqual(maxLength);
    const shown = tableAfter(cut, '### Findings').length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(200);
    const match = /\*\*(\d+) more findings are not shown; see the SARIF file or the job summary\.\*\*/.exec(
      cut,
    );
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBe(200 - shown);
    // As many rows as fit: the next row alone (the note shrinks by at most a digit) would not have.
    const nextRow = tableAfter(full, '### Findings')[shown];
    expect(cut.length + nextRow.length).toBeGreaterThan(maxLength);
    expectRegularTables(cut);
    // The rest of the document survives the cut.
    expect(cut).toContain('### By article section');
    expect(cut).toContain('### Recommendations no scan can verify');
    // Errors come first, so the cut drops warnings before errors.
    expect(tableAfter(cut, '### Findings').every((r) => cells(r)[0] === 'Error')).toBe(true);
  });

  it('cuts suppressed findings before unsuppressed ones', () => {
    const suppressed = many(100).map((f) => ({
      ...f,
      suppressed: { kind: 'metadata' as const, reason: 'Accepted risk for this test.', range: f.range },
    }));
    const result = emptyResult({ findings: [...many(3), ...suppressed] });
    const cut = formatMarkdown(result, { maxLength: 5000 });
    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(tableAfter(cut, '### Findings')).toHaveLength(3);
    const kept = tableAfter(cut, '<summary>').length;
    expect(kept).toBeLessThan(100);
    expect(cut).toContain(
      `${100 - kept} more suppressed findings are not shown; see the SARIF file or the job summary.`,
    );
    expect(cut).toContain('<summary>100 suppressed findings</summary>');
    expect(cut.indexOf('</details>')).toBeGreaterThan(cut.indexOf('more suppressed findings'));
  });

  it('says so when a single finding is left out', () => {
    const result = emptyResult({ findings: many(2) });
    const full = formatMarkdown(result);
    const lastRow = tableAfter(full, '### Findings')[1];
    const note = '**1 more finding is not shown; see the SARIF file or the job summary.**';
    // The last row and its newline go; a blank line, the note and its newline come in.
    const maxLength = full.length - lastRow.length - 1 + note.length + 2;
    const cut = formatMarkdown(result, { maxLength });
    expect(cut.length).toBe(maxLength);
    expect(cut).toContain(note);
    expect(tableAfter(cut, '### Findings')).toHaveLength(1);
    expect(formatMarkdown(result, { maxLength: maxLength - 1 })).toContain('**2 more findings are not shown');
  });

  it('is deterministic and its tables are regular', () => {
    const shuffled = sampleResult();
    shuffled.findings.reverse();
    expect(formatMarkdown(shuffled)).toBe(doc);
    expectRegularTables(doc);
  });
});

describe('markdown for a pull request', () => {
  const many = (n: number, file: string) =>
    Array.from({ length: n }, (_, i) =>
      finding('purge-protection', 'error', `Problem ${i} in ${file}.`, range(file, i + 1)),
    );

  it('lists new findings first and collapses existing ones', () => {
    const result = sampleResult({ findings: [...many(2, 'changed.json'), ...many(3, 'old.json')] });
    const doc = formatMarkdown(result, { isNew: (f) => f.range.file === 'changed.json' });
    const newAt = doc.indexOf('### New findings');
    expect(newAt).toBeGreaterThan(0);
    expect(doc.indexOf('changed.json:1')).toBeGreaterThan(newAt);
    const existing = doc.indexOf('<summary>3 existing findings</summary>');
    expect(existing).toBeGreaterThan(doc.indexOf('changed.json:2'));
    expect(doc.indexOf('old.json:1')).toBeGreaterThan(existing);
  });

  it('says when no new finding is on the changed lines', () => {
    const doc = formatMarkdown(sampleResult({ findings: many(1, 'old.json') }), { isNew: () => false });
    expect(doc).toContain('No new findings on the lines this change touches.');
  });

  it('shows notes, escaped, after the summary', () => {
    const doc = formatMarkdown(emptyResult(), {
      notes: [
        {
          title: 'Changes to checks in this pull request',
          items: ['Rule `purge-protection` turned off | <b>'],
        },
      ],
    });
    expect(doc).toContain('### Changes to checks in this pull request');
    expect(doc).toContain('- Rule \\`purge-protection\\` turned off \\| &lt;b&gt;');
  });

  it('cuts existing findings before new ones and names where the full list is', () => {
    const result = sampleResult({ findings: [...many(30, 'changed.json'), ...many(300, 'old.json')] });
    const doc = formatMarkdown(result, {
      isNew: (f) => f.range.file === 'changed.json',
      maxLength: 12_000,
      fullListAt: 'the job summary',
    });
    expect(doc.length).toBeLessThanOrEqual(12_000);
    expect(doc).toContain('changed.json:30');
    expect(doc).toMatch(/\d+ more existing findings are not shown; see the job summary\./);
  });
});

describe('markdown for deployed resources', () => {
  it('links the resource id to the portal', () => {
    const id = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm1';
    const doc = formatMarkdown(
      sampleResult({
        findings: [
          finding('purge-protection', 'error', 'Off.', {
            file: id,
            start: { line: 1, column: 1 },
            end: { line: 1, column: 1 },
          }),
        ],
      }),
    );
    expect(doc).toContain(`(<https://portal.azure.com/#@/resource${id}>)`);
  });
});
