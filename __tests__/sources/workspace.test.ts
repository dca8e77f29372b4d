import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read.js';
import { readScannedFile, skipReasonOfFailedRead, workspaceReader } from '../../src/sources/workspace.js';
import { tempTree } from '../helpers.js';

describe('the workspace reader', () => {
  it('reads a file once while it is recent, but never keeps a file larger than any template', () => {
    const large = 'x'.repeat(9 * 1024 * 1024);
    const { dir, cleanup } = tempTree({ 'small.json': '{"a": 1}', 'large.tf': large });
    try {
      const read = workspaceReader(dir, ['.'], DEFAULT_READ_LIMITS);
      expect(read('small.json')).toEqual({ text: '{"a": 1}' });
      expect(read('large.tf')).toEqual({ text: large });
      writeFileSync(join(dir, 'small.json'), '{"a": 2}');
      writeFileSync(join(dir, 'large.tf'), 'y');
      // The small file comes from the cache; the large one was not kept, so it is read again.
      expect(read('small.json')).toEqual({ text: '{"a": 1}' });
      expect(read('large.tf')).toEqual({ text: 'y' });
    } finally {
      cleanup();
    }
  });

  it('refuses files outside the scanned folders', () => {
    const { dir, cleanup } = tempTree({ 'in/a.json': '{}', 'out/b.json': '{}' });
    try {
      const read = workspaceReader(dir, ['in'], DEFAULT_READ_LIMITS);
      expect(read('../outside.json')).toEqual({ error: 'outside the scanned folders' });
      expect(read('in/a.json')).toEqual({ text: '{}' });
    } finally {
      cleanup();
    }
  });
});

describe('a failed read of a scanned file', () => {
  it('is a skip when a prefilter passed the file over, whether or not the user named it', () => {
    const read = { ok: false as const, message: 'nothing relevant', skipped: true as const };
    expect(skipReasonOfFailedRead(read, false)).toBe('nothing relevant');
    expect(skipReasonOfFailedRead(read, true)).toBe('nothing relevant');
  });

  it('is a skip for an empty file found in a walk, and an error for an empty file the user named', () => {
    const { dir, cleanup } = tempTree({ 'blank.json': ' \n\t\n' });
    try {
      const read = readScannedFile(join(dir, 'blank.json'), DEFAULT_READ_LIMITS, true);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(skipReasonOfFailedRead(read, false)).toBe('File is empty.');
      expect(skipReasonOfFailedRead(read, true)).toBeUndefined();
    } finally {
      cleanup();
    }
  });

  it('is an error when the file cannot be read, even in a walk', () => {
    const { dir, cleanup } = tempTree({});
    try {
      const read = readScannedFile(join(dir, 'gone.json'), DEFAULT_READ_LIMITS, true);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.message).toMatch(/^Cannot read file/);
      expect(skipReasonOfFailedRead(read, false)).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
