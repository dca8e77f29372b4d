import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { addedLines, changesFromApi, changesFromGit } from '../../src/action/changes.js';
import { startFakeGitHub } from '../fakes/github.js';
import { affectedEntryPoints } from '../../src/action/affected.js';
import { tempTree } from '../helpers.js';

describe('addedLines', () => {
  it('reads the new-file line numbers a unified diff adds, across hunks', () => {
    const patch = [
      '@@ -1,3 +1,4 @@',
      ' {',
      '-  "a": 1,',
      '+  "a": 2,',
      '+  "b": 3,',
      '   "c": 4',
      '@@ -10,2 +11,2 @@',
      '   "x": 1,',
      '-  "y": 2',
      '+  "y": 3',
      '\\ No newline at end of file',
    ].join('\n');
    expect([...addedLines(patch)]).toEqual([2, 3, 12]);
  });

  it('handles hunks without counts and pure deletions', () => {
    expect([...addedLines('@@ -5 +5 @@\n-old\n+new')]).toEqual([5]);
    expect([...addedLines('@@ -5,2 +4,0 @@\n-a\n-b')]).toEqual([]);
  });
});

describe('changesFromGit', () => {
  it('lists changed files and lines between the base and head commits', () => {
    const { dir, cleanup } = tempTree({ 'a.json': '{\n  "x": 1\n}\n', 'b.json': '{}\n' });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@t',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@t',
        },
      }).trim();
    try {
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'base');
      const base = git('rev-parse', 'HEAD');
      writeFileSync(join(dir, 'a.json'), '{\n  "x": 2,\n  "y": 3\n}\n');
      writeFileSync(join(dir, 'c.json'), '{}\n');
      git('add', '.');
      git('commit', '-qm', 'head');
      const head = git('rev-parse', 'HEAD');
      const outcome = changesFromGit(dir, base, head);
      expect(outcome.kind).toBe('changes');
      if (outcome.kind !== 'changes') return;
      expect([...outcome.changes.files.keys()].sort()).toEqual(['a.json', 'c.json']);
      expect([...(outcome.changes.files.get('a.json') as Set<number>)]).toEqual([2, 3]);
      expect(changesFromGit(dir, 'f'.repeat(40), head)).toMatchObject({ kind: 'unavailable' });
    } finally {
      cleanup();
    }
  });
});

describe('affectedEntryPoints', () => {
  it('adds templates that link a changed file and templates whose parameters file changed', () => {
    const { dir, cleanup } = tempTree({
      'main.json': '{"resources": [{"properties": {"templateLink": {"relativePath": "modules/hsm.json"}}}]}',
      'other.json': '{"resources": []}',
      'modules/hsm.json': '{}',
      'app.json': '{}',
      'app.parameters.json': '{}',
    });
    try {
      const candidates = ['app.json', 'app.parameters.json', 'main.json', 'modules/hsm.json', 'other.json'];
      expect(affectedEntryPoints(['modules/hsm.json', 'README.md'], candidates, dir, ['.json'])).toEqual([
        'main.json',
        'modules/hsm.json',
      ]);
      expect(affectedEntryPoints(['app.parameters.json'], candidates, dir, ['.json'])).toEqual([
        'app.json',
        'app.parameters.json',
      ]);
      expect(affectedEntryPoints(['docs/readme.md'], candidates, dir, ['.json'])).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('adds the Terraform root that calls a changed module folder, and the root beside a changed tfvars file', () => {
    const { dir, cleanup } = tempTree({
      'env/prod/main.tf': 'module "hsm" {\n  source = "../../modules/hsm"\n}\n',
      'env/dev/main.tf': 'module "net" {\n  source = "../../modules/network"\n}\n',
      'env/dev/terraform.tfvars': 'x = 1\n',
      'modules/hsm/main.tf': 'resource "azurerm_key_vault_managed_hardware_security_module" "this" {}\n',
      'modules/network/main.tf': '',
    });
    try {
      const candidates = [
        'env/dev/main.tf',
        'env/prod/main.tf',
        'modules/hsm/main.tf',
        'modules/network/main.tf',
      ];
      expect(affectedEntryPoints(['modules/hsm/main.tf'], candidates, dir, ['.tf'])).toEqual([
        'env/prod/main.tf',
        'modules/hsm/main.tf',
      ]);
      expect(affectedEntryPoints(['env/dev/terraform.tfvars'], candidates, dir, ['.tf'])).toEqual([
        'env/dev/main.tf',
      ]);
    } finally {
      cleanup();
    }
  });

  it('adds the Bicep files that use a changed module, name a changed template, or own a parameters file', () => {
    const { dir, cleanup } = tempTree({
      'main.bicep': "module pool './modules/hsm.bicep' = {\n  name: 'pool'\n}\n",
      'main.bicepparam': "using './main.bicep'\n",
      'modules/hsm.bicep': "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = { name: 'x' }\n",
      'app.bicep': "resource hsm 'Microsoft.KeyVault/managedHSMs@2025-05-01' = { name: 'y' }\n",
      'app.parameters.json': '{}',
    });
    const extensions = ['.json', '.bicep', '.bicepparam'];
    try {
      const candidates = [
        'app.bicep',
        'app.parameters.json',
        'main.bicep',
        'main.bicepparam',
        'modules/hsm.bicep',
      ];
      expect(affectedEntryPoints(['modules/hsm.bicep'], candidates, dir, extensions)).toEqual([
        'main.bicep',
        'modules/hsm.bicep',
      ]);
      expect(affectedEntryPoints(['main.bicep'], candidates, dir, extensions)).toEqual([
        'main.bicep',
        'main.bicepparam',
      ]);
      expect(affectedEntryPoints(['app.parameters.json'], candidates, dir, extensions)).toEqual([
        'app.bicep',
        'app.parameters.json',
      ]);
    } finally {
      cleanup();
    }
  });
});

describe('changesFromApi', () => {
  const context = (n: number) => ({
    eventName: 'pull_request',
    owner: 'octo-org',
    repo: 'infra',
    sha: 'a'.repeat(40),
    workspace: '/w',
    serverUrl: 'https://github.com',
    apiUrl: '',
    workflow: 'w',
    job: 'j',
    pullRequest: { number: n, headSha: 'a'.repeat(40), baseSha: 'b'.repeat(40), fromFork: false },
  });

  it('pages through the files API and reads the changed lines of each patch', async () => {
    const files = Array.from({ length: 150 }, (_, i) => ({
      filename: `f${i}.json`,
      status: 'modified',
      patch: '@@ -1 +1,2 @@\n-a\n+b\n+c',
    }));
    const fake = await startFakeGitHub({
      pullFiles: { 3: [...files, { filename: 'gone.json', status: 'removed' }] },
    });
    try {
      const outcome = await changesFromApi(getOctokit('test-token', { baseUrl: fake.url }), {
        ...context(3),
        apiUrl: fake.url,
      });
      expect(outcome.kind).toBe('changes');
      if (outcome.kind !== 'changes') return;
      expect(outcome.changes.files.size).toBe(150);
      expect([...(outcome.changes.files.get('f7.json') as Set<number>)]).toEqual([1, 2]);
      expect(fake.calls.filter((c) => c.path.endsWith('/pulls/3/files'))).toHaveLength(2);
    } finally {
      await fake.close();
    }
  });

  it("gives up at GitHub's 3,000-file limit so that the Action scans everything instead", async () => {
    const files = Array.from({ length: 3000 }, (_, i) => ({ filename: `f${i}.json`, status: 'added' }));
    const fake = await startFakeGitHub({ pullFiles: { 4: files } });
    try {
      const outcome = await changesFromApi(getOctokit('test-token', { baseUrl: fake.url }), {
        ...context(4),
        apiUrl: fake.url,
      });
      expect(outcome).toEqual({
        kind: 'unavailable',
        reason: 'the pull request changes 3000 or more files, more than GitHub lists',
      });
    } finally {
      await fake.close();
    }
  });
});
