import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import type { OctokitOptions, OctokitPlugin } from '@octokit/core/types';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from './github.js';
import { compileAll, loadGitHubSpec, requestBodySchema, findOperation } from './openapi.js';

const owner = 'octo-org';
const repo = 'infra';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function start(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub(options);
  return fake;
}

/** The client as the Action builds it, pointed at the fake. */
function client(server: FakeGitHub, options: OctokitOptions = {}, ...plugins: OctokitPlugin[]) {
  return getOctokit('test-token', { baseUrl: server.url, ...options }, ...plugins);
}

/** `retryAfterBaseValue` multiplies the plugins' delays in seconds; 1 makes them milliseconds. */
const fastRetry: OctokitOptions = { retry: { retryAfterBaseValue: 1 } };

function fastThrottle(onSecondaryRateLimit: (retryAfter: number) => boolean | void): OctokitOptions {
  return { throttle: { retryAfterBaseValue: 1, onRateLimit: () => true, onSecondaryRateLimit } };
}

function statusOf(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

describe('fake GitHub: pagination', () => {
  it('serves 250 comments over pages that octokit.paginate follows through the Link header', async () => {
    const seeded = Array.from({ length: 250 }, (_, i) => ({ body: `comment ${i + 1}`, login: 'octocat' }));
    const server = await start({ comments: { 7: seeded } });
    const octokit = client(server);

    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(seeded.map((c) => c.body));
    expect(new Set(all.map((c) => c.id)).size).toBe(250);
    expect(all[0].user).toMatchObject({ login: 'octocat', type: 'User' });
    expect(server.calls.map((c) => [c.query.page, c.status])).toEqual([
      [undefined, 200],
      ['2', 200],
      ['3', 200],
    ]);

    // The default page size is 30, and middle pages carry prev, next, last and first like GitHub's.
    const defaults = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: 7,
    });
    expect(defaults).toHaveLength(250);
    expect(server.calls).toHaveLength(3 + 9);
    const page2 = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number: 7,
      per_page: 100,
      page: 2,
    });
    const base = `${server.url}/repos/${owner}/${repo}/issues/7/comments?per_page=100`;
    expect(page2.headers.link).toBe(
      `<${base}&page=1>; rel="prev", <${base}&page=3>; rel="next", ` +
        `<${base}&page=3>; rel="last", <${base}&page=1>; rel="first"`,
    );
  });

  it('caps per_page at 100 and paginates pull-request files', async () => {
    const files = Array.from({ length: 205 }, (_, i) => ({
      filename: `infra/hsm-${i}.bicep`,
      status: i % 2 ? 'added' : 'modified',
      patch: '@@ -1 +1 @@\n-old\n+new',
    }));
    const server = await start({ pullFiles: { 12: files } });
    const octokit = client(server);

    const first = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 12, per_page: 500 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('rel="last"');
    expect(first.data[0]).toMatchObject({
      filename: 'infra/hsm-0.bicep',
      status: 'modified',
      additions: 1,
      deletions: 1,
      changes: 2,
      patch: '@@ -1 +1 @@\n-old\n+new',
    });
    expect(first.data[0].sha).toMatch(/^[0-9a-f]{40}$/);

    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner,
      repo,
      pull_number: 12,
      per_page: 100,
    });
    expect(all.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(server.calls.slice(1).map((c) => c.query.page)).toEqual([undefined, '2', '3']);

    await expect(octokit.rest.pulls.listFiles({ owner, repo, pull_number: 13 })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('fake GitHub: comments', () => {
  it('creates a comment, updates it and reads it back', async () => {
    const server = await start({ pullFiles: { 7: [{ filename: 'main.bicep' }] } });
    const octokit = client(server);

    const created = await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'first' });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({
      body: 'first',
      html_url: `https://github.com/${owner}/${repo}/pull/7#issuecomment-${created.data.id}`,
      issue_url: `${server.url}/repos/${owner}/${repo}/issues/7`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
    });
    expect(created.data.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const updated = await octokit.rest.issues.updateComment({
      owner,
      repo,
      comment_id: created.data.id,
      body: 'second',
    });
    expect(updated.status).toBe(200);
    expect(updated.data).toMatchObject({ id: created.data.id, body: 'second' });

    const listed = await octokit.rest.issues.listComments({ owner, repo, issue_number: 7 });
    expect(listed.data.map((c) => [c.id, c.body])).toEqual([[created.data.id, 'second']]);
    expect(server.comments(7)).toEqual([
      { id: created.data.id, body: 'second', user: { login: 'github-actions[bot]' } },
    ]);
    expect(server.calls.map((c) => `${c.method} ${c.path} ${c.status}`)).toEqual([
      `POST /repos/${owner}/${repo}/issues/7/comments 201`,
      `PATCH /repos/${owner}/${repo}/issues/comments/${created.data.id} 200`,
      `GET /repos/${owner}/${repo}/issues/7/comments 200`,
    ]);
    expect(server.calls[0]).toMatchObject({ body: { body: 'first' }, auth: 'token test-token' });

    await expect(
      octokit.rest.issues.updateComment({ owner, repo, comment_id: 999, body: 'x' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.issues.createComment({ owner, repo, issue_number: 8, body: 'no such pull request' }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('rejects bodies over 65,536 characters like GitHub', async () => {
    const server = await start({ pullFiles: { 7: [] } });
    const octokit = client(server);
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65536) });
    const error = await octokit.rest.issues
      .createComment({ owner, repo, issue_number: 7, body: 'x'.repeat(65537) })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(422);
    expect((error as { response: { data: unknown } }).response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
    });
    expect(server.comments(7)).toHaveLength(1);
    expect(server.validationErrors).toEqual([
      `POST /repos/${owner}/${repo}/issues/7/comments: body is too long (maximum is 65536 characters)`,
    ]);
  });
});

describe('fake GitHub: issues', () => {
  it('creates issues, lists them by label, state and creator, and closes one', async () => {
    const server = await start({
      pullFiles: { 1: [] },
      issues: [{ title: 'Old finding', body: 'b', labels: ['hsmlint'], state: 'closed', login: 'octocat' }],
    });
    const octokit = client(server);
    expect(server.issues()).toEqual([
      { number: 2, title: 'Old finding', body: 'b', state: 'closed', labels: ['hsmlint'] },
    ]);

    const a = await octokit.rest.issues.create({
      owner,
      repo,
      title: 'HSM findings',
      body: 'x',
      labels: ['hsmlint'],
    });
    expect(a.status).toBe(201);
    expect(a.data).toMatchObject({
      number: 3,
      state: 'open',
      html_url: `https://github.com/${owner}/${repo}/issues/3`,
      user: { login: 'github-actions[bot]', type: 'Bot' },
      labels: [{ name: 'hsmlint' }],
    });
    await octokit.rest.issues.create({ owner, repo, title: 'Unrelated', labels: [{ name: 'docs' }] });

    const labelled = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'hsmlint' });
    expect(labelled.data.map((i) => i.number)).toEqual([3]);
    const everything = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      labels: 'hsmlint',
      state: 'all',
    });
    expect(everything.data.map((i) => i.number)).toEqual([3, 2]); // newest first, like GitHub
    const byCreator = await octokit.rest.issues.listForRepo({
      owner,
      repo,
      state: 'all',
      creator: 'octocat',
    });
    expect(byCreator.data.map((i) => i.number)).toEqual([2]);
    // GitHub lists pull requests among issues; they carry `pull_request`.
    const open = await octokit.rest.issues.listForRepo({ owner, repo, direction: 'asc' });
    expect(open.data.map((i) => [i.number, 'pull_request' in i])).toEqual([
      [1, true],
      [3, false],
      [4, false],
    ]);

    const closed = await octokit.rest.issues.update({ owner, repo, issue_number: 3, state: 'closed' });
    expect(closed.data).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.data.closed_at).toEqual(expect.any(String));
    const stillOpen = await octokit.rest.issues.listForRepo({ owner, repo, labels: 'hsmlint' });
    expect(stillOpen.data).toEqual([]);

    const relabelled = await octokit.rest.issues.update({
      owner,
      repo,
      issue_number: 4,
      title: 'Renamed',
      body: null,
      labels: ['a', 'b'],
      milestone: null,
      state_reason: null,
    });
    expect(relabelled.data).toMatchObject({
      title: 'Renamed',
      body: null,
      labels: [{ name: 'a' }, { name: 'b' }],
    });
    const fetched = await octokit.rest.issues.get({ owner, repo, issue_number: 4 });
    expect(fetched.data.title).toBe('Renamed');
    expect(server.issues().map((i) => [i.number, i.state, i.labels])).toEqual([
      [2, 'closed', ['hsmlint']],
      [3, 'closed', ['hsmlint']],
      [4, 'open', ['a', 'b']],
    ]);
    expect(server.validationErrors).toEqual([]);
  });
});

describe('fake GitHub: contents', () => {
  it('serves a file at a ref as base64 with its git blob sha, and 404 elsewhere', async () => {
    const text = 'resource hsm "Microsoft.KeyVault/managedHSMs@2025-05-01" = {\n  name: \'hsm1\'\n}\n'.repeat(
      3,
    );
    const server = await start({ contents: { abc123: { 'infra/main.bicep': text } } });
    const octokit = client(server);

    const { data } = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: 'infra/main.bicep',
      ref: 'abc123',
    });
    expect(Array.isArray(data)).toBe(false);
    const file = data as {
      type: string;
      encoding: string;
      content: string;
      sha: string;
      path: string;
      name: string;
    };
    expect(file).toMatchObject({
      type: 'file',
      encoding: 'base64',
      path: 'infra/main.bicep',
      name: 'main.bicep',
    });
    expect(Buffer.from(file.content, 'base64').toString('utf8')).toBe(text);
    const blob = Buffer.from(text);
    const sha = createHash('sha1')
      .update(Buffer.concat([Buffer.from(`blob ${blob.length}\0`), blob]))
      .digest('hex');
    expect(file.sha).toBe(sha);
    // Octokit encodes the slash in {path}; the fake decodes it like GitHub does.
    expect(server.calls[0].path).toBe(`/repos/${owner}/${repo}/contents/infra%2Fmain.bicep`);

    await expect(
      octokit.rest.repos.getContent({ owner, repo, path: 'infra/main.bicep', ref: 'other' }),
    ).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.repos.getContent({ owner, repo, path: 'infra/main.bicep' }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe('fake GitHub: faults and the retry and throttling plugins', () => {
  it('a 502 is retried by the retry plugin and then succeeds', async () => {
    const server = await start({
      pullFiles: { 7: [{ filename: 'a.bicep' }] },
      faults: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 2 }],
    });
    const octokit = client(server, fastRetry, retry);
    const started = performance.now();
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    expect(files.data.map((f) => f.filename)).toEqual(['a.bicep']);
    expect(server.calls.map((c) => c.status)).toEqual([502, 502, 200]);
    // Unscaled, the two retries would wait 1 s + 4 s.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a 429 secondary rate limit with retry-after is retried by the throttling plugin', async () => {
    const server = await start({
      pullFiles: { 7: [{ filename: 'a.bicep' }] },
      faults: [{ method: 'GET', path: /\/pulls\/7\/files$/, status: 429, headers: { 'retry-after': '1' } }],
    });
    const waits: number[] = [];
    const octokit = client(
      server,
      fastThrottle((retryAfter) => {
        waits.push(retryAfter);
        return true;
      }),
      throttling,
    );
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
    expect(files.status).toBe(200);
    expect(waits).toEqual([1]);
    expect(server.calls.map((c) => c.status)).toEqual([429, 200]);
  });

  it('with both plugins, the retry plugin takes a 429 first unless 429 is in doNotRetry', async () => {
    const fault = { method: 'GET', path: /\/files$/, status: 429, headers: { 'retry-after': '1' } };
    for (const doNotRetry of [undefined, [400, 401, 403, 404, 410, 422, 451, 429]]) {
      const server = await startFakeGitHub({ pullFiles: { 7: [] }, faults: [fault] });
      try {
        const waits: number[] = [];
        const octokit = client(
          server,
          {
            retry: { retryAfterBaseValue: 1, ...(doNotRetry ? { doNotRetry } : {}) },
            ...fastThrottle((retryAfter) => {
              waits.push(retryAfter);
              return true;
            }),
          },
          retry,
          throttling,
        );
        await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 7 });
        expect(server.calls.map((c) => c.status)).toEqual([429, 200]);
        expect(waits).toEqual(doNotRetry ? [1] : []);
      } finally {
        await server.close();
      }
    }
  });

  it('a 403 fault surfaces as an error with status 403 and is not retried', async () => {
    const server = await start({
      pullFiles: { 7: [] },
      faults: [{ method: 'POST', path: /\/issues\/7\/comments$/, status: 403 }],
    });
    const octokit = client(server, { ...fastRetry, ...fastThrottle(() => true) }, retry, throttling);
    const error = await octokit.rest.issues
      .createComment({ owner, repo, issue_number: 7, body: 'hello' })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(403);
    expect((error as Error).message).toContain('Resource not accessible by integration');
    expect(server.calls).toEqual([
      expect.objectContaining({ method: 'POST', status: 403, body: { body: 'hello' } }),
    ]);
    expect(server.comments(7)).toEqual([]);
  });

  it('faults may carry their own body and apply to any method with *', async () => {
    const server = await start({
      pullFiles: { 7: [] },
      faults: [
        { method: '*', path: /./, status: 503, body: { message: 'Unicorn!' }, headers: { 'X-Test': 'yes' } },
      ],
    });
    const error = await client(server)
      .rest.issues.get({ owner, repo, issue_number: 7 })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(503);
    expect(
      (error as { response: { data: unknown; headers: Record<string, string> } }).response,
    ).toMatchObject({
      data: { message: 'Unicorn!' },
      headers: { 'x-test': 'yes' },
    });
    // Consumed: the next call is answered normally.
    const issue = await client(server).rest.issues.get({ owner, repo, issue_number: 7 });
    expect(issue.data.pull_request).toBeDefined();
  });
});

describe('fake GitHub: request validation and authentication', () => {
  it('answers an invalid body 422 against the OpenAPI schema and records it', async () => {
    const server = await start({ pullFiles: { 7: [] } });
    const octokit = client(server);
    const error = await octokit
      .request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: 7,
        body: 42 as unknown as string,
      })
      .catch((e: unknown) => e);
    expect(statusOf(error)).toBe(422);
    expect((error as { response: { data: unknown } }).response.data).toMatchObject({
      message: 'Validation Failed',
      errors: [{ resource: 'IssueComment', code: 'invalid', field: 'body' }],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
    });
    expect(server.validationErrors).toEqual([
      `POST /repos/${owner}/${repo}/issues/7/comments: body must be string`,
    ]);
    expect(server.calls).toEqual([expect.objectContaining({ status: 422, body: { body: 42 } })]);
    expect(server.comments(7)).toEqual([]);
  });

  it('checks required fields and enums, and accepts OpenAPI 3.0 nullable values', async () => {
    const server = await start({ issues: [{ title: 't', body: 'b' }] });
    const octokit = client(server);
    const missing = await octokit
      .request('POST /repos/{owner}/{repo}/issues', { owner, repo, body: 'no title' } as never)
      .catch((e: unknown) => e);
    expect(statusOf(missing)).toBe(422);
    const badState = await octokit
      .request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: 1,
        state: 'merged' as 'closed',
      })
      .catch((e: unknown) => e);
    expect(statusOf(badState)).toBe(422);
    expect(server.validationErrors).toEqual([
      `POST /repos/${owner}/${repo}/issues: title is missing`,
      `PATCH /repos/${owner}/${repo}/issues/1: state must be equal to one of the allowed values (["open","closed"])`,
    ]);

    // `type` is `nullable` beside `oneOf` and `state_reason` is a nullable enum without null in it.
    const ok = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner,
      repo,
      issue_number: 1,
      title: null,
      type: null,
      state_reason: null,
      milestone: null,
      assignee: null,
    });
    expect(ok.status).toBe(200);
    expect(server.validationErrors).toHaveLength(2);
  });

  it('answers 400 to a body that is not JSON', async () => {
    const server = await start({ pullFiles: { 7: [] } });
    const response = await fetch(`${server.url}/repos/${owner}/${repo}/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: '{"body": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
    expect(server.calls[0]).toMatchObject({ body: '{"body": ', auth: 'Bearer test-token', status: 400 });
  });

  it('answers 401 to a wrong or missing token, and 404 to unknown routes and repositories', async () => {
    const server = await start({ pullFiles: { 7: [] } });
    const wrong = await getOctokit('wrong-token', { baseUrl: server.url })
      .rest.issues.listComments({ owner, repo, issue_number: 7 })
      .catch((e: unknown) => e);
    expect(statusOf(wrong)).toBe(401);
    expect((wrong as { response: { data: unknown } }).response.data).toEqual({
      message: 'Bad credentials',
      documentation_url: 'https://docs.github.com/rest',
      status: '401',
    });
    const anonymous = await fetch(`${server.url}/repos/${owner}/${repo}/issues/7/comments`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });

    const octokit = client(server);
    for (const call of [
      () => octokit.request('GET /repos/{owner}/{repo}/releases', { owner, repo }),
      () => octokit.rest.issues.listComments({ owner: 'someone', repo: 'else', issue_number: 7 }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(statusOf(error)).toBe(404);
      expect((error as { response: { data: unknown } }).response.data).toEqual({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      });
    }
    expect(server.calls.map((c) => c.status)).toEqual([401, 401, 404, 404]);
  });
});

describe('OpenAPI request-body schemas', () => {
  it('converts nullable to JSON Schema and compiles every JSON request body in the description', async () => {
    const index = await loadGitHubSpec();
    const update = findOperation(index, 'PATCH', `/repos/${owner}/${repo}/issues/1`);
    expect(update?.template).toBe('/repos/{owner}/{repo}/issues/{issue_number}');
    expect(findOperation(index, 'PATCH', `/repos/${owner}/${repo}/issues/comments/5`)?.template).toBe(
      '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    );
    expect(findOperation(index, 'GET', `/repos/${owner}/${repo}/contents/a/b/c.bicep`)?.template).toBe(
      '/repos/{owner}/{repo}/contents/{path}',
    );
    const schema = requestBodySchema(index, update!) as { properties: Record<string, unknown> };
    expect(schema.properties.body).toMatchObject({ type: ['string', 'null'] });
    expect(schema.properties.state_reason).toMatchObject({
      type: ['string', 'null'],
      enum: ['completed', 'not_planned', 'duplicate', 'reopened', null],
    });
    expect(schema.properties.type).toMatchObject({ anyOf: [{ oneOf: expect.any(Array) }, { type: 'null' }] });
    expect(JSON.stringify(schema)).not.toMatch(/"nullable"|"example"/);

    expect(compileAll(index)).toBeGreaterThan(300);
  });
});
