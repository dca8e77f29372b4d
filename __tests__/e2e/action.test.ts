import { afterEach, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../fakes/github.js';
import { armTemplate, COMPLIANT_PROPERTIES, hsm } from '../helpers.js';
import { BASE_SHA, patchAdding, runAction } from './action-harness.js';

const root = join(import.meta.dirname, '..', '..');
const MARKER = '<!-- hsmlint:hsmlint:scan -->';
const bad = armTemplate([hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false })]);
const worse = armTemplate([
  hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false, publicNetworkAccess: 'Enabled' }),
]);
const compliantFiles = {
  'infra/azuredeploy.json': readFileSync(join(root, 'examples/arm/compliant/azuredeploy.json'), 'utf8'),
  'infra/azuredeploy.parameters.json': readFileSync(
    join(root, 'examples/arm/compliant/azuredeploy.parameters.json'),
    'utf8',
  ),
};

let fake: FakeGitHub | undefined;
afterEach(async () => {
  if (fake) expect(fake.validationErrors).toEqual([]);
  await fake?.close();
  fake = undefined;
});

const changed = (files: Record<string, string>) =>
  Object.entries(files).map(([filename, text]) => ({
    filename,
    status: 'modified',
    patch: patchAdding(text),
  }));
const callsTo = (f: FakeGitHub, method: string, path: RegExp) =>
  f.calls.filter((c) => c.method === method && path.test(c.path));

describe('the Action on a pull request (dist/index.js against a fake GitHub)', () => {
  it('annotates, creates one comment, writes outputs and the summary, and fails by fail-on', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [] },
    });
    const run = await runAction({ files: { 'infra/hsm.json': bad, 'README.md': '# x' }, apiUrl: fake.url });
    expect(run.code).toBe(1);
    const errors = run.commands.filter((c) => c.command === 'error');
    expect(errors).toContainEqual(
      expect.objectContaining({
        properties: expect.objectContaining({
          file: 'infra/hsm.json',
          line: '19',
          title: 'purge-protection',
        }),
      }),
    );
    const comments = fake.comments(7);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain(MARKER);
    expect(comments[0].body).toContain('### New findings');
    expect(comments[0].body).toContain(
      `https://github.com/octo-org/infra/blob/${'a'.repeat(40)}/infra/hsm.json#L19`,
    );
    expect(run.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
    expect(run.outputs.conclusion).toBe('failure');
    expect(Number(run.outputs.errors)).toBe(1);
    expect(Number(run.outputs['new-findings'])).toBe(Number(run.outputs.findings));
    expect(run.summary).toContain('purge-protection');
    expect(callsTo(fake, 'GET', /\/pulls\/7\/files$/)).toHaveLength(1);
  });

  it('updates the same comment on a re-run, never duplicates it, and does not re-send an unchanged body', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [{ body: 'LGTM', login: 'someone' }] },
    });
    await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    const calls = fake.calls.length;
    await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    expect(fake.calls.slice(calls).filter((c) => c.method !== 'GET')).toEqual([]);
    await runAction({ files: { 'infra/hsm.json': worse }, apiUrl: fake.url });
    expect(callsTo(fake, 'PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    const ours = fake.comments(7).filter((c) => c.body.includes(MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('public-network-access');
  });

  it('turns the comment into an all clear when the findings are fixed', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [] },
    });
    await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    const run = await runAction({ files: compliantFiles, apiUrl: fake.url });
    expect(run.code).toBe(0);
    const [comment] = fake.comments(7);
    expect(comment.body).toContain('## hsmlint: all clear');
    expect(fake.comments(7)).toHaveLength(1);
    expect(run.outputs.conclusion).toBe('success');
  });

  it('skips the comment with one clear line when the token is read-only (fork), and still fails by findings', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [] },
      faults: [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 403 }],
    });
    const run = await runAction({
      files: { 'infra/hsm.json': bad },
      apiUrl: fake.url,
      event: { name: 'pull_request', number: 7, fromFork: true },
    });
    expect(run.code).toBe(1);
    expect(run.stdout.match(/pull request comment skipped/g)).toHaveLength(1);
    expect(run.summary).toContain('The pull request comment was skipped');
    expect(run.outputs['comment-url']).toBe('');
    expect(run.commands.some((c) => c.command === 'error' && c.properties.title === 'purge-protection')).toBe(
      true,
    );
  });

  it('retries a 502 from the files API', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [] },
      faults: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 502 }],
    });
    const run = await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    expect(callsTo(fake, 'GET', /\/pulls\/7\/files$/).map((c) => c.status)).toEqual([502, 200]);
    expect(run.code).toBe(1);
    expect(fake.comments(7)).toHaveLength(1);
  });

  it('waits out a secondary rate limit (429 with retry-after) and then comments', async () => {
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: [] },
      faults: [
        { method: 'POST', path: /\/issues\/7\/comments$/, status: 429, headers: { 'retry-after': '1' } },
      ],
    });
    const started = Date.now();
    await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    expect(callsTo(fake, 'POST', /\/issues\/7\/comments$/).map((c) => c.status)).toEqual([429, 201]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(fake.comments(7)).toHaveLength(1);
  });

  it('finds its comment on the second page of more than 100 comments', async () => {
    const comments = Array.from({ length: 130 }, (_, i) => ({ body: `comment ${i}`, login: 'reviewer' }));
    comments[117] = { body: `old report\n\n${MARKER}\n`, login: 'github-actions[bot]' };
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.json': bad }) },
      comments: { 7: comments },
    });
    await runAction({ files: { 'infra/hsm.json': bad }, apiUrl: fake.url });
    expect(callsTo(fake, 'POST', /\/issues\/7\/comments$/)).toEqual([]);
    expect(callsTo(fake, 'PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(fake.comments(7)).toHaveLength(130);
    expect(fake.comments(7)[117].body).toContain('purge-protection');
  });

  it('keeps annotations within 10 per level and says how many were left out', async () => {
    const many = armTemplate(
      Array.from({ length: 25 }, (_, i) =>
        hsm({ ...COMPLIANT_PROPERTIES, enablePurgeProtection: false }, { name: `hsm${i}` }),
      ),
    );
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/many.json': many }) },
      comments: { 7: [] },
    });
    const run = await runAction({ files: { 'infra/many.json': many }, apiUrl: fake.url });
    const count = (command: string) => run.commands.filter((c) => c.command === command).length;
    expect(count('error')).toBe(10);
    expect(count('warning')).toBe(10);
    expect(count('notice')).toBe(10);
    const overflow = run.commands.find((c) => c.command === 'notice' && c.message.startsWith('hsmlint: '));
    expect(overflow?.message).toMatch(
      /^hsmlint: \d+ more findings are not annotated \(16 errors, \d+ warnings, \d+ notices; GitHub shows 10 per level per step\)\. The full list is in the job summary\.$/,
    );
    expect(run.summary).toContain('hsm24');
  });

  it('applies the base configuration and lists the rule turned off and the suppression added', async () => {
    const template = [
      '{',
      '  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",',
      '  "contentVersion": "1.0.0.0",',
      '  "resources": [{',
      '    "type": "Microsoft.KeyVault/managedHSMs", "apiVersion": "2025-05-01", "name": "hsm1",',
      '    "properties": {',
      '      "enablePurgeProtection": false,',
      '      // hsmlint-disable-next-line public-network-access -- reached from the build agents until the private endpoint exists',
      '      "publicNetworkAccess": "Enabled",',
      '      "networkAcls": { "defaultAction": "Deny" }',
      '    }',
      '  }]',
      '}',
    ].join('\n');
    const headConfig = 'rules:\n  purge-protection: "off"\n';
    fake = await startFakeGitHub({
      pullFiles: { 7: changed({ 'infra/hsm.jsonc': template, 'hsmlint.config.yaml': headConfig }) },
      comments: { 7: [] },
      contents: { [BASE_SHA]: { 'hsmlint.config.yaml': 'extends: recommended\n' } },
    });
    const run = await runAction({
      files: { 'infra/hsm.jsonc': template, 'hsmlint.config.yaml': headConfig },
      apiUrl: fake.url,
    });
    expect(run.code).toBe(1);
    expect(run.commands.some((c) => c.command === 'error' && c.properties.title === 'purge-protection')).toBe(
      true,
    );
    const [comment] = fake.comments(7);
    expect(comment.body).toContain(
      "Rule 'purge-protection' turned off (was error) in hsmlint.config.yaml (not applied: the base configuration is used).",
    );
    expect(comment.body).toContain(
      "'public-network-access' suppressed at infra/hsm.jsonc:8 (reason: reached from the build agents until the private endpoint exists).",
    );
    expect(run.summary).toContain('Suppressions added in this pull request');
    expect(callsTo(fake, 'GET', /\/contents\/hsmlint\.config\.yaml$/)).toHaveLength(1);
  });
});

describe('the Action in a scheduled sweep', () => {
  it('creates the tracking issue, updates it, and closes it when the repository is clean', async () => {
    fake = await startFakeGitHub({});
    const sweep = (files: Record<string, string>) =>
      runAction({
        files,
        apiUrl: fake!.url,
        event: { name: 'schedule' },
        inputs: { 'sarif-file': 'hsmlint.sarif' },
      });
    const first = await sweep({ 'infra/hsm.json': bad });
    expect(first.code).toBe(1);
    expect(fake.issues()).toEqual([expect.objectContaining({ state: 'open', labels: ['hsmlint'] })]);
    expect(first.outputs['sarif-file']).toBe('hsmlint.sarif');
    await sweep({ 'infra/hsm.json': worse });
    expect(fake.issues()).toHaveLength(1);
    expect(fake.issues()[0].body).toContain('public-network-access');
    expect(callsTo(fake, 'PATCH', /\/issues\/\d+$/)).toHaveLength(1);
    const clean = await sweep(compliantFiles);
    expect(clean.code).toBe(0);
    expect(fake.issues()[0].state).toBe('closed');
    expect(fake.comments(fake.issues()[0].number)[0].body).toContain('nothing left to fix');
    expect(callsTo(fake, 'GET', /\/pulls\//)).toEqual([]);
  });
});
