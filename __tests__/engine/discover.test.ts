import { describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { discoverFiles } from '../../src/engine/discover.js';
import { workspaceLister } from '../../src/sources/workspace.js';
import { tempTree } from '../helpers.js';

const options = (dir: string, ignore: string[] = []) => ({
  extensions: ['.json', '.jsonc'],
  ignore,
  baseDir: dir,
});

describe('discoverFiles', () => {
  it('calls whenFound once when the walk has found that many files, explicit files not counted', () => {
    const files: Record<string, string> = { 'named.json': '{}' };
    for (let i = 0; i < 5; i++) files[`d${i}/t.json`] = '{}';
    const { dir, cleanup } = tempTree(files);
    try {
      const callsFor = (wanted: number) => {
        let calls = 0;
        const found = discoverFiles(['named.json', '.'], dir, {
          ...options(dir),
          whenFound: { files: wanted, then: () => calls++ },
        });
        expect(found.files).toHaveLength(6);
        return calls;
      };
      expect(callsFor(1)).toBe(1);
      expect(callsFor(5)).toBe(1);
      // Five files found in the walk: the named file is explicit.
      expect(callsFor(6)).toBe(0);
    } finally {
      cleanup();
    }
  });

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

  it('keeps the regular files of each folder it lists, as the workspace lister lists them', () => {
    const { dir, cleanup } = tempTree({
      '.gitignore': 'build/\n*.generated.json\n',
      'b.json': '{}',
      'A.tf': '',
      'notes.txt': 'x',
      'infra/x.generated.json': '{}',
      'infra/modules/m/main.tf': '',
      'build/c.json': '{}',
      'node_modules/pkg/d.json': '{}',
    });
    try {
      const found = discoverFiles(['.'], dir, { ...options(dir), listFoldersWith: ['.tf', '.json'] });
      const listings = Object.fromEntries(
        [...found.listings].map(([folder, names]) => [relative(dir, folder), names]),
      );
      // Folders the walk does not enter are not listed, nor those without a file of the endings asked for
      // (infra/modules); ignored files of a listed folder are listed.
      expect(listings).toEqual({
        '': ['.gitignore', 'A.tf', 'b.json', 'notes.txt'],
        infra: ['x.generated.json'],
        'infra/modules/m': ['main.tf'],
      });
      expect(discoverFiles(['.'], dir, options(dir)).listings.size).toBe(0);
      const fresh = workspaceLister(dir, ['.']);
      for (const folder of Object.keys(listings)) expect(fresh(folder || '.')).toEqual(listings[folder]);
      // A lister given the listings answers from them.
      const seeded = workspaceLister(dir, ['.'], found.listings);
      rmSync(join(dir, 'infra/modules/m/main.tf'));
      expect(seeded('infra/modules/m')).toEqual(['main.tf']);
      expect(workspaceLister(dir, ['.'])('infra/modules/m')).toEqual([]);
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
