import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS, visitChunksOfFile } from '../../src/sources/read.js';
import {
  readScannedFile,
  ScannedBytesReader,
  skipReasonOfFailedRead,
  workspaceReader,
} from '../../src/sources/workspace.js';
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

describe('the scanned bytes reader', () => {
  it('reads small files into one reused buffer, and leaves large, over-limit and unreadable files alone', () => {
    const large = 'x'.repeat(1024 * 1024 + 1);
    const { dir, cleanup } = tempTree({ 'a.json': '{"a": 1}', 'b.json': '{}', 'large.json': large });
    try {
      const reader = new ScannedBytesReader(DEFAULT_READ_LIMITS);
      const a = reader.read(join(dir, 'a.json'));
      expect(Buffer.from(a!).toString()).toBe('{"a": 1}');
      expect(Buffer.from(reader.read(join(dir, 'b.json'))!).toString()).toBe('{}');
      // The next read reuses the buffer the last one returned.
      expect(a!.buffer).toBe(reader.read(join(dir, 'a.json'))!.buffer);
      expect(reader.read(join(dir, 'large.json'))).toBeUndefined();
      expect(reader.read(join(dir, 'missing.json'))).toBeUndefined();
      expect(new ScannedBytesReader({ maxFileBytes: 4 }).read(join(dir, 'a.json'))).toBeUndefined();
      expect(
        Buffer.from(new ScannedBytesReader({ maxFileBytes: 8 }).read(join(dir, 'a.json'))!).toString(),
      ).toBe('{"a": 1}');
    } finally {
      cleanup();
    }
  });
});

describe('reading a file in chunks', () => {
  it('passes every byte, each chunk repeating the tail of the one before, and refuses files over the limit', () => {
    const text = Array.from({ length: 300_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const { dir, cleanup } = tempTree({ 'big.txt': text.repeat(8) });
    try {
      const chunks: string[] = [];
      const buffer = Buffer.alloc(1000);
      const read = visitChunksOfFile(join(dir, 'big.txt'), DEFAULT_READ_LIMITS, 10, buffer, (chunk) => {
        chunks.push(Buffer.from(chunk).toString());
      });
      expect(read).toBe(true);
      expect(chunks.length).toBeGreaterThan(2);
      // Without each chunk's first 10 bytes (the overlap), the chunks are the file.
      expect(
        chunks[0] +
          chunks
            .slice(1)
            .map((c) => c.slice(10))
            .join(''),
      ).toBe(text.repeat(8));
      for (let i = 1; i < chunks.length; i++) expect(chunks[i].slice(0, 10)).toBe(chunks[i - 1].slice(-10));
      // A visit that returns true stops the reading.
      let visits = 0;
      expect(
        visitChunksOfFile(join(dir, 'big.txt'), DEFAULT_READ_LIMITS, 10, buffer, () => ++visits === 2),
      ).toBe(true);
      expect(visits).toBe(2);
      expect(
        visitChunksOfFile(join(dir, 'big.txt'), { maxFileBytes: 100 }, 10, buffer, () => undefined),
      ).toBe(false);
      expect(visitChunksOfFile(join(dir, 'gone.txt'), DEFAULT_READ_LIMITS, 10, buffer, () => undefined)).toBe(
        false,
      );
    } finally {
      cleanup();
    }
  });
});
