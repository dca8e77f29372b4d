import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm, tempTree } from '../helpers.js';

const inputs: Record<string, string> = {};
const summaryText: string[] = [];
const summary = {
  addRaw: jest.fn((text: string) => {
    summaryText.push(text);
    return summary;
  }),
  write: jest.fn(async () => summary),
};
const outputs: Record<string, unknown> = {};
const core = {
  getInput: jest.fn((name: string) => inputs[name] ?? ''),
  setSecret: jest.fn(),
  info: jest.fn(),
  error: jest.fn(),
  warning: jest.fn(),
  notice: jest.fn(),
  setOutput: jest.fn((name: string, value: unknown) => {
    outputs[name] = value;
  }),
  setFailed: jest.fn(),
  summary,
};
jest.unstable_mockModule('@actions/core', () => core);
const { run } = await import('../../src/main.js');

const ENV = [
  'GITHUB_WORKSPACE',
  'GITHUB_STEP_SUMMARY',
  'GITHUB_API_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_EVENT_NAME',
  'GITHUB_EVENT_PATH',
  'GITHUB_SHA',
  'GITHUB_WORKFLOW',
  'GITHUB_JOB',
];
let fake: FakeGitHub | undefined;

function reset() {
  jest.clearAllMocks();
  for (const key of Object.keys(inputs)) delete inputs[key];
  for (const key of Object.keys(outputs)) delete outputs[key];
  summaryText.length = 0;
}

afterEach(async () => {
  reset();
  for (const name of ENV) delete process.env[name];
  await fake?.close();
  fake = undefined;
});

/** Runs the Action with these inputs (and the GitHub token), then returns what it did and resets the mocks. */
async function action(with_: Record<string, string>) {
  reset();
  Object.assign(inputs, { 'github-token': 'test-token', ...with_ });
  await run();
  const did = {
    failed: core.setFailed.mock.calls.map((c) => String(c[0])),
    annotations:
      core.error.mock.calls.length + core.warning.mock.calls.length + core.notice.mock.calls.length,
    summary: summaryText.join(''),
    outputs: { ...outputs },
  };
  return did;
}

const bad = (name: string) =>
  armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false }, { name })]);
const worse = (name: string) =>
  armTemplate([
    hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false, publicNetworkAccess: 'Enabled' }, { name }),
  ]);

function workspace(event: { name: string; payload?: unknown }) {
  const files: Record<string, string> = {
    'event.json': JSON.stringify(event.payload ?? {}),
    'summary.md': '',
  };
  for (let i = 0; i < 8; i++) files[`infra/app-${i}/main.json`] = i % 2 ? bad(`hsm-${i}`) : worse(`hsm-${i}`);
  files['infra/app-3/main.json'] = armTemplate([hsm(COMPLIANT_PROPERTIES, { name: 'ok' })]);
  const tree = tempTree(files);
  process.env.GITHUB_WORKSPACE = tree.dir;
  process.env.GITHUB_STEP_SUMMARY = join(tree.dir, 'summary.md');
  process.env.GITHUB_API_URL = fake!.url;
  process.env.GITHUB_REPOSITORY = 'octo-org/infra';
  process.env.GITHUB_EVENT_NAME = event.name;
  process.env.GITHUB_EVENT_PATH = join(tree.dir, 'event.json');
  process.env.GITHUB_SHA = 'a'.repeat(40);
  process.env.GITHUB_WORKFLOW = 'hsmlint';
  return tree;
}

describe('the Action, sharded', () => {
  it('in a sweep: shards write their results and report nothing; merge reports once, as the unsharded run', async () => {
    fake = await startFakeGitHub({});
    const { dir, cleanup } = workspace({ name: 'schedule' });
    try {
      // The unsharded run, for comparison (no tracking issue, so that the merge creates the only one).
      process.env.GITHUB_JOB = 'merge';
      const full = await action({ paths: 'infra', 'tracking-issue': 'false' });
      expect(full.failed).toHaveLength(1);
      expect(fake.calls).toEqual([]);

      process.env.GITHUB_JOB = 'scan';
      const shards = [];
      for (const index of [1, 2, 3]) shards.push(await action({ paths: 'infra', shard: `${index}/3` }));
      for (const [i, shard] of shards.entries()) {
        expect(shard.failed).toEqual([]); // the merge step fails the run
        expect(shard.annotations).toBe(0);
        expect(shard.summary).toBe('');
        expect(shard.outputs['result-file']).toBe(`hsmlint-shard-${i + 1}-of-3.json`);
        expect(existsSync(join(dir, `hsmlint-shard-${i + 1}-of-3.json`))).toBe(true);
      }
      expect(shards.reduce((n, s) => n + Number(s.outputs.findings), 0)).toBe(full.outputs.findings);
      expect(fake.calls).toEqual([]); // no comment, no issue

      process.env.GITHUB_JOB = 'merge';
      const merged = await action({
        mode: 'merge',
        'shard-results': 'hsmlint-shard-*.json',
        'sarif-file': 'out.sarif',
      });
      expect(merged.summary).toBe(full.summary);
      expect(merged.annotations).toBe(full.annotations);
      expect(merged.failed).toEqual(full.failed);
      expect({ ...merged.outputs, 'sarif-file': '' }).toEqual({ ...full.outputs, 'sarif-file': '' });
      expect(JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(
        Number(full.outputs.findings),
      );
      expect(fake.issues()).toEqual([expect.objectContaining({ state: 'open', labels: ['hsmlint'] })]);
      expect(fake.issues()[0].title).toContain(`${String(full.outputs.findings)} findings`);
    } finally {
      cleanup();
    }
  });

  it('on a pull request: the merge step keeps the one comment', async () => {
    const patch = (text: string) => `@@ -0,0 +1,${text.split('\n').length} @@\n${text.replace(/^/gm, '+')}`;
    fake = await startFakeGitHub({
      pullFiles: {
        7: [{ filename: 'infra/app-1/main.json', status: 'modified', patch: patch(bad('hsm-1')) }],
      },
    });
    const payload = {
      pull_request: {
        number: 7,
        head: { sha: 'a'.repeat(40), repo: { full_name: 'octo-org/infra' } },
        base: { sha: 'b'.repeat(40), repo: { full_name: 'octo-org/infra' } },
      },
    };
    const { cleanup } = workspace({ name: 'pull_request', payload });
    try {
      process.env.GITHUB_JOB = 'scan';
      for (const index of [1, 2]) {
        const shard = await action({
          paths: 'infra',
          shard: `${index}/2`,
          'result-file': `results/s${index}.json`,
        });
        expect(shard.failed).toEqual([]);
        expect(shard.outputs['result-file']).toBe(`results/s${index}.json`);
      }
      expect(fake.comments(7)).toEqual([]);
      process.env.GITHUB_JOB = 'merge';
      const merged = await action({
        mode: 'merge',
        'shard-results': 'results/*.json',
        'trust-base-config': 'false',
      });
      expect(fake.comments(7)).toHaveLength(1);
      expect(fake.comments(7)[0].body).toContain('purge-protection');
      // Only the changed file was scanned (by one of the shards), and all its lines are new.
      expect(Number(merged.outputs['new-findings'])).toBeGreaterThan(0);
      expect(merged.outputs['new-findings']).toBe(merged.outputs.findings);
      expect(merged.failed).toHaveLength(1);
      expect(fake.issues()).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('fails clearly on a bad shard input, a missing shard or no result files', async () => {
    fake = await startFakeGitHub({});
    const { dir, cleanup } = workspace({ name: 'schedule' });
    try {
      expect((await action({ paths: 'infra', shard: '0/3' })).failed).toEqual([
        "Input 'shard' must be 'i/n' with 1 <= i <= n, for example 2/4 (got '0/3').",
      ]);
      expect((await action({ mode: 'merge' })).failed[0]).toContain("needs input 'shard-results'");
      expect((await action({ mode: 'merge', 'shard-results': 'nothing-*.json' })).failed[0]).toContain(
        'No shard result files match nothing-*.json',
      );
      await action({ paths: 'infra', shard: '1/2' });
      expect((await action({ mode: 'merge', 'shard-results': 'hsmlint-shard-*.json' })).failed).toEqual([
        'Shard 2/2 is missing (got 1 of 2).',
      ]);
      writeFileSync(join(dir, 'hsmlint-shard-2-of-2.json'), '[]');
      expect((await action({ mode: 'merge', 'shard-results': 'hsmlint-shard-*.json' })).failed[0]).toContain(
        'write shard results with --format json-with-metadata',
      );
      expect(fake.calls).toEqual([]);
    } finally {
      cleanup();
    }
  });
});
