import { describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { discoverFiles } from '../../src/engine/discover.js';
import { tempTree } from '../helpers.js';

const options = (dir: string, ignore: string[] = []) => ({
  extensions: ['.json', '.jsonc'],
  ignore,
  baseDir: dir,
});

describe('discoverFiles', () => {
  it('walks folders for source files, honouring .gitignore and skipping node_modules', () => {
    const { dir, cleanup } = tempTree({
      '.gitignore': 'build/\n*.generated.json\n',
      'a.json': '{}',
      'notes.txt': 'x',
      'infra/b.jsonc': '{}',
      'infra/.gitignore': 'local.json\n',
      'infra/local.json': '{}',
      'infra/x.generated.json': '{}',
      'build/c.json': '{}',
      'node_modules/pkg/d.json': '{}',
    });
    try {
      mkdirSync(join(dir, '.git'));
      const found = discoverFiles(['.'], dir, options(dir));
      expect(found.files.map((f) => relative(dir, f.path)).sort()).toEqual(['a.json', 'infra/b.jsonc']);
      expect(found.files.every((f) => !f.explicit)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('applies configured ignore globs relative to the configuration folder', () => {
    const { dir, cleanup } = tempTree({ 'a.json': '{}', 'test/fixtures/b.json': '{}' });
    try {
      const found = discoverFiles(['.'], dir, options(dir, ['**/fixtures/**']));
      expect(found.files.map((f) => relative(dir, f.path))).toEqual(['a.json']);
    } finally {
      cleanup();
    }
  });

  it('reads explicitly named files whatever their extension, and reports missing paths', () => {
    const { dir, cleanup } = tempTree({ 'template.txt': '{}' });
    try {
      const found = discoverFiles(['template.txt', 'missing.json'], dir, options(dir));
      expect(found.files).toEqual([{ path: join(dir, 'template.txt'), explicit: true }]);
      expect(found.missing).toEqual(['missing.json']);
    } finally {
      cleanup();
    }
  });

  it('never follows symbolic links, and says so', () => {
    const { dir, cleanup } = tempTree({ 'inside/a.json': '{}' });
    const outside = tempTree({ 'secret.json': '{}' });
    try {
      symlinkSync(outside.dir, join(dir, 'inside/link-dir'));
      symlinkSync(join(outside.dir, 'secret.json'), join(dir, 'inside/link.json'));
      writeFileSync(join(dir, 'inside/b.json'), '{}');
      const found = discoverFiles(['inside'], dir, options(dir));
      expect(found.files.map((f) => relative(dir, f.path))).toEqual(['inside/a.json', 'inside/b.json']);
      expect(found.skipped.map((s) => [relative(dir, s.path), s.reason])).toEqual([
        ['inside/link-dir', 'symbolic link (not followed)'],
        ['inside/link.json', 'symbolic link (not followed)'],
      ]);
    } finally {
      cleanup();
      outside.cleanup();
    }
  });
});
