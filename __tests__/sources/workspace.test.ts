import { describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read.js';
import { workspaceReader } from '../../src/sources/workspace.js';
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
