import { describe, expect, it } from '@jest/globals';
import { FORMAT_NAMES, type FormatName, formatResult, isFormatName } from '../../src/report/index.js';
import { formatJson } from '../../src/report/json.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { formatSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { emptyResult, sampleResult } from './fixture.js';

describe('formatResult', () => {
  it('names the formats, stylish first', () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'markdown', 'json-with-metadata']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('junit')).toBe(false);
  });

  it('dispatches to each formatter with its options', () => {
    const result = sampleResult();
    expect(formatResult('stylish', result, { color: true })).toBe(formatStylish(result, { color: true }));
    expect(formatResult('stylish', result, { color: false })).toBe(formatStylish(result, { color: false }));
    expect(formatResult('json', result, { color: true })).toBe(formatJson(result));
    expect(formatResult('sarif', result, { color: false, automationId: 'hsmlint/x/' })).toBe(
      formatSarif(result, { automationId: 'hsmlint/x/' }),
    );
    expect(formatResult('sarif', result, { color: false, automationId: 'hsmlint/x/' })).toContain(
      '"id": "hsmlint/x/"',
    );
    const md = formatResult('markdown', result, {
      color: true,
      title: 'T',
      linkBase: 'https://l/',
      maxLength: 5000,
    });
    expect(md).toBe(formatMarkdown(result, { title: 'T', linkBase: 'https://l/', maxLength: 5000 }));
    expect(md.startsWith('## T\n')).toBe(true);
    expect(md).toContain('(<https://l/main.json#L12>)');
  });

  it('ends every non-empty output with one newline and leaves a clean stylish run empty', () => {
    for (const name of FORMAT_NAMES) {
      const out = formatResult(name, sampleResult(), { color: false });
      expect(out.endsWith('\n')).toBe(true);
      expect(out.endsWith('\n\n')).toBe(false);
    }
    expect(formatResult('stylish', emptyResult(), { color: false })).toBe('');
  });

  it('rejects an unknown format name at run time', () => {
    expect(() => formatResult('junit' as FormatName, emptyResult(), { color: false })).toThrow(
      /Unknown format 'junit'/,
    );
  });
});
