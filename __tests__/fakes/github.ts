/**
 * A local, stateful fake of the parts of GitHub's REST API that the Action uses: pull-request files,
 * issue comments, issues and repository contents. Plain HTTP on 127.0.0.1 only.
 *
 * Request bodies are validated against GitHub's OpenAPI description (see `openapi.ts`); failures are
 * answered 422 and kept in `validationErrors`. Faults can be injected before routing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findOperation, loadGitHubSpec, validateRequestBody, type Operation } from './openapi.js';

export interface FakeGitHubOptions {
  owner?: string;
  repo?: string;
  /** The only accepted credential, as `token <t>` or `Bearer <t>`. */
  token?: string;
  /** Pull-request number -> changed files. */
  pullFiles?: Record<number, Array<{ filename: string; status?: string; patch?: string }>>;
  /** Issue or pull-request number -> existing comments (a number that is not a seeded issue is a pull request). */
  comments?: Record<number, Array<{ body: string; login?: string }>>;
  /**
   * Seeded issues. Without `number` they are numbered from 1, skipping numbers used in `pullFiles` and
   * `comments`; give `number` to seed comments on an issue.
   */
  issues?: Array<{
    title: string;
    body: string;
    labels?: string[];
    state?: 'open' | 'closed';
    login?: string;
    number?: number;
  }>;
  /** Ref (sha or branch) -> path -> file text. Requests without `ref` read `main`. */
  contents?: Record<string, Record<string, string>>;
  /** Injected failures, consumed in order. */
  faults?: Fault[];
}

export interface Fault {
  /** HTTP method, case-insensitive; `*` matches any. */
  method: string;
  /** Tested against the request path without the query string. */
  path: RegExp;
  status: number;
  /** How many matching requests this fault answers; default 1. */
  times?: number;
  headers?: Record<string, string>;
  /** Default `{ message, documentation_url, status }` with GitHub's message for the status. */
  body?: unknown;
}

export interface RecordedCall {
  method: string;
  path: string;
  query: Record<string, string>;
  body?: unknown;
  /** The `authorization` header as sent. */
  auth?: string;
  status: number;
}

export interface FakeGitHub {
  url: string;
  calls: RecordedCall[];
  comments(issueNumber: number): Array<{ id: number; body: string; user: { login: string } }>;
  issues(): Array<{ number: number; title: string; body: string; state: string; labels: string[] }>;
  validationErrors: string[];
  close(): Promise<void>;
}

/** GitHub's limit for issue, pull-request and comment bodies. */
export const MAX_BODY_LENGTH = 65536;
export const DEFAULT_LOGIN = 'github-actions[bot]';
const DEFAULT_BRANCH = 'main';
const DOCS = 'https://docs.github.com/rest';
const SECONDARY_RATE_LIMIT =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
  'If you reach out to GitHub Support for help, please include the request ID ';
const FAULT_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Server Error',
};

/** The `resource` GitHub names in validation errors. */
const RESOURCES: Record<string, string> = {
  'issues/create': 'Issue',
  'issues/update': 'Issue',
  'issues/create-comment': 'IssueComment',
  'issues/update-comment': 'IssueComment',
};

interface IssueRecord {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  login: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPull: boolean;
  seq: number;
}

interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  login: string;
  createdAt: string;
  updatedAt: string;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Context {
  method: string;
  pathname: string;
  query: URLSearchParams;
  body: unknown;
  accept: string;
  requestId: string;
  operation?: Operation;
}

type Handler = (ctx: Context, params: string[]) => Answer;

function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function error(
  status: number,
  message: string,
  documentationUrl = DOCS,
  extra: Record<string, unknown> = {},
): Answer {
  return { status, body: { message, ...extra, documentation_url: documentationUrl, status: String(status) } };
}

function stableId(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) % 90_000_000;
}

/** The blob sha git would give this text. */
function gitBlobSha(text: string): string {
  const data = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const owner = options.owner ?? 'octo-org';
  const repo = options.repo ?? 'infra';
  const token = options.token ?? 'test-token';
  const contents = options.contents ?? {};
  const faults = (options.faults ?? []).map((fault) => ({ fault, left: fault.times ?? 1 }));
  const calls: RecordedCall[] = [];
  const validationErrors: string[] = [];
  const issues = new Map<number, IssueRecord>();
  const comments = new Map<number, CommentRecord>();
  let nextCommentId = 1_000_001;
  let nextIssueId = 2_000_001;
  let seq = 0;
  let baseUrl = '';
  const apiRepo = () => `${baseUrl}/repos/${owner}/${repo}`;
  const webRepo = `https://github.com/${owner}/${repo}`;

  const user = (login: string) => ({
    login,
    id: login === DEFAULT_LOGIN ? 41898282 : stableId(login),
    node_id: Buffer.from(`User:${login}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/u/${stableId(login)}?v=4`,
    url: `${baseUrl}/users/${encodeURIComponent(login)}`,
    html_url: login.endsWith('[bot]')
      ? `https://github.com/apps/${login.slice(0, -'[bot]'.length)}`
      : `https://github.com/${login}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  });

  const addIssue = (seed: Partial<IssueRecord> & { number: number; title: string }) => {
    const at = now();
    const record: IssueRecord = {
      id: nextIssueId++,
      body: null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      login: DEFAULT_LOGIN,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      isPull: false,
      seq: seq++,
      ...seed,
    };
    if (record.state === 'closed' && !record.closedAt) {
      record.closedAt = at;
      record.stateReason ??= 'completed';
    }
    issues.set(record.number, record);
    return record;
  };

  // Seed: explicit issue numbers, pull requests, then auto-numbered issues.
  const taken = new Set<number>([
    ...Object.keys(options.pullFiles ?? {}).map(Number),
    ...Object.keys(options.comments ?? {}).map(Number),
    ...(options.issues ?? []).flatMap((i) => (i.number === undefined ? [] : [i.number])),
  ]);
  let free = 1;
  for (const seed of options.issues ?? []) {
    let number = seed.number;
    if (number === undefined) {
      while (taken.has(free)) free++;
      number = free;
      taken.add(free);
    }
    addIssue({
      number,
      title: seed.title,
      body: seed.body,
      labels: [...(seed.labels ?? [])],
      state: seed.state ?? 'open',
      login: seed.login ?? DEFAULT_LOGIN,
    });
  }
  const pullNumbers = [...Object.keys(options.pullFiles ?? {}), ...Object.keys(options.comments ?? {})].map(
    Number,
  );
  for (const number of pullNumbers) {
    if (!issues.has(number)) addIssue({ number, title: `Pull request #${number}`, body: '', isPull: true });
  }
  for (const [number, seeded] of Object.entries(options.comments ?? {})) {
    for (const seed of seeded) {
      const at = now();
      const id = nextCommentId++;
      comments.set(id, {
        id,
        issueNumber: Number(number),
        body: seed.body,
        login: seed.login ?? DEFAULT_LOGIN,
        createdAt: at,
        updatedAt: at,
      });
    }
  }

  // --- response shapes ------------------------------------------------------------------------------

  const labelJson = (name: string) => ({
    id: stableId(`label:${name}`),
    node_id: Buffer.from(`Label:${name}`).toString('base64'),
    url: `${apiRepo()}/labels/${encodeURIComponent(name)}`,
    name,
    color: createHash('sha1').update(name).digest('hex').slice(0, 6),
    default: false,
    description: null,
  });

  const commentsOf = (issueNumber: number) =>
    [...comments.values()].filter((c) => c.issueNumber === issueNumber).sort((a, b) => a.id - b.id);

  const issueJson = (issue: IssueRecord) => {
    const kind = issue.isPull ? 'pull' : 'issues';
    return {
      url: `${apiRepo()}/issues/${issue.number}`,
      repository_url: apiRepo(),
      labels_url: `${apiRepo()}/issues/${issue.number}/labels{/name}`,
      comments_url: `${apiRepo()}/issues/${issue.number}/comments`,
      events_url: `${apiRepo()}/issues/${issue.number}/events`,
      html_url: `${webRepo}/${kind}/${issue.number}`,
      id: issue.id,
      node_id: Buffer.from(`Issue:${issue.id}`).toString('base64'),
      number: issue.number,
      title: issue.title,
      user: user(issue.login),
      labels: issue.labels.map(labelJson),
      state: issue.state,
      state_reason: issue.stateReason,
      locked: false,
      assignee: issue.assignees.length > 0 ? user(issue.assignees[0]) : null,
      assignees: issue.assignees.map(user),
      milestone: null,
      comments: commentsOf(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: issue.login === DEFAULT_LOGIN ? 'NONE' : 'MEMBER',
      body: issue.body,
      ...(issue.isPull
        ? {
            pull_request: {
              url: `${apiRepo()}/pulls/${issue.number}`,
              html_url: `${webRepo}/pull/${issue.number}`,
              diff_url: `${webRepo}/pull/${issue.number}.diff`,
              patch_url: `${webRepo}/pull/${issue.number}.patch`,
              merged_at: null,
            },
          }
        : {}),
    };
  };

  const commentJson = (comment: CommentRecord) => {
    const issue = issues.get(comment.issueNumber);
    const kind = issue?.isPull ? 'pull' : 'issues';
    return {
      url: `${apiRepo()}/issues/comments/${comment.id}`,
      html_url: `${webRepo}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${apiRepo()}/issues/${comment.issueNumber}`,
      id: comment.id,
      node_id: Buffer.from(`IssueComment:${comment.id}`).toString('base64'),
      user: user(comment.login),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.login === DEFAULT_LOGIN ? 'NONE' : 'MEMBER',
      body: comment.body,
      reactions: { url: `${apiRepo()}/issues/comments/${comment.id}/reactions`, total_count: 0 },
    };
  };

  /** One page of `items`, with GitHub's `Link` header (rel prev, next, last, first). */
  const paginate = <T>(ctx: Context, items: T[]): Answer => {
    const requested = Number.parseInt(ctx.query.get('per_page') ?? '', 10);
    const perPage = Number.isFinite(requested) && requested > 0 ? Math.min(requested, 100) : 30;
    const askedPage = Number.parseInt(ctx.query.get('page') ?? '', 10);
    const page = Number.isFinite(askedPage) && askedPage > 0 ? askedPage : 1;
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const pageUrl = (n: number) => {
      const query = new URLSearchParams(ctx.query);
      query.delete('page');
      query.append('page', String(n));
      return `<${baseUrl}${ctx.pathname}?${query.toString()}>`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`${pageUrl(Math.min(page - 1, last))}; rel="prev"`);
    if (page < last) links.push(`${pageUrl(page + 1)}; rel="next"`, `${pageUrl(last)}; rel="last"`);
    if (page > 1) links.push(`${pageUrl(1)}; rel="first"`);
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length > 0 ? { link: links.join(', ') } : {},
    };
  };

  const notFound = (ctx: Context) => error(404, 'Not Found', ctx.operation?.documentationUrl ?? DOCS);

  const tooLong = (ctx: Context, resource: string, text: unknown): Answer | undefined => {
    if (typeof text !== 'string' || text.length <= MAX_BODY_LENGTH) return undefined;
    const message = `body is too long (maximum is ${MAX_BODY_LENGTH} characters)`;
    validationErrors.push(`${ctx.method} ${ctx.pathname}: ${message}`);
    return error(422, 'Validation Failed', ctx.operation?.documentationUrl, {
      errors: [{ resource, code: 'custom', field: 'body', message }],
    });
  };

  const labelNames = (labels: unknown): string[] =>
    Array.isArray(labels)
      ? [
          ...new Set(
            labels
              .map((l) => (typeof l === 'string' ? l : (l as { name?: unknown })?.name))
              .filter((l): l is string => typeof l === 'string' && l.length > 0),
          ),
        ]
      : [];

  const assigneeLogins = (assignees: unknown): string[] =>
    Array.isArray(assignees)
      ? assignees
          .map((a) => (typeof a === 'string' ? a : (a as { login?: unknown })?.login))
          .filter((a): a is string => typeof a === 'string')
      : [];

  const issueNumber = (raw: string) => (/^\d+$/.test(raw) ? Number(raw) : NaN);

  // --- routes -----------------------------------------------------------------------------------------

  const routes: Array<{ method: string; pattern: RegExp; handle: Handler }> = [
    {
      method: 'GET',
      pattern: /^\/pulls\/([^/]+)\/files$/,
      handle: (ctx, [n]) => {
        const number = issueNumber(n);
        const files = options.pullFiles?.[number];
        if (!files && !issues.get(number)?.isPull) return notFound(ctx);
        return paginate(
          ctx,
          (files ?? []).map((file) => {
            const lines = (file.patch ?? '').split('\n');
            const additions = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
            const deletions = lines.filter((l) => l.startsWith('-') && !l.startsWith('---')).length;
            const sha = gitBlobSha(`${number}:${file.filename}:${file.patch ?? ''}`);
            return {
              sha,
              filename: file.filename,
              status: file.status ?? 'modified',
              additions,
              deletions,
              changes: additions + deletions,
              blob_url: `${webRepo}/blob/${sha}/${file.filename}`,
              raw_url: `${webRepo}/raw/${sha}/${file.filename}`,
              contents_url: `${apiRepo()}/contents/${file.filename}?ref=${sha}`,
              ...(file.patch === undefined ? {} : { patch: file.patch }),
            };
          }),
        );
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues\/([^/]+)\/comments$/,
      handle: (ctx, [n]) => {
        const number = issueNumber(n);
        if (!issues.has(number)) return notFound(ctx);
        return paginate(ctx, commentsOf(number).map(commentJson));
      },
    },
    {
      method: 'POST',
      pattern: /^\/issues\/([^/]+)\/comments$/,
      handle: (ctx, [n]) => {
        const issue = issues.get(issueNumber(n));
        if (!issue) return notFound(ctx);
        const { body } = ctx.body as { body: string };
        const rejected = tooLong(ctx, 'IssueComment', body);
        if (rejected) return rejected;
        const at = now();
        const comment: CommentRecord = {
          id: nextCommentId++,
          issueNumber: issue.number,
          body,
          login: DEFAULT_LOGIN,
          createdAt: at,
          updatedAt: at,
        };
        comments.set(comment.id, comment);
        issue.updatedAt = at;
        return { status: 201, body: commentJson(comment), headers: { location: commentJson(comment).url } };
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/comments\/([^/]+)$/,
      handle: (ctx, [id]) => {
        const comment = comments.get(issueNumber(id));
        if (!comment) return notFound(ctx);
        const { body } = ctx.body as { body: string };
        const rejected = tooLong(ctx, 'IssueComment', body);
        if (rejected) return rejected;
        comment.body = body;
        comment.updatedAt = now();
        return { status: 200, body: commentJson(comment) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues$/,
      handle: (ctx) => {
        const state = ctx.query.get('state') ?? 'open';
        const wanted = (ctx.query.get('labels') ?? '')
          .split(',')
          .map((l) => l.trim().toLowerCase())
          .filter(Boolean);
        const creator = ctx.query.get('creator')?.toLowerCase();
        const sort = ctx.query.get('sort') ?? 'created';
        const direction = ctx.query.get('direction') === 'asc' ? 1 : -1;
        const key = (i: IssueRecord) =>
          sort === 'updated' ? i.updatedAt : sort === 'comments' ? commentsOf(i.number).length : i.createdAt;
        const selected = [...issues.values()]
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
          .filter((i) => creator === undefined || i.login.toLowerCase() === creator)
          .sort((a, b) => {
            const [ka, kb] = [key(a), key(b)];
            return direction * (ka < kb ? -1 : ka > kb ? 1 : a.seq - b.seq);
          });
        return paginate(ctx, selected.map(issueJson));
      },
    },
    {
      method: 'POST',
      pattern: /^\/issues$/,
      handle: (ctx) => {
        const body = ctx.body as {
          title: string | number;
          body?: string;
          labels?: unknown;
          assignees?: unknown;
        };
        const rejected = tooLong(ctx, 'Issue', body.body);
        if (rejected) return rejected;
        const number = Math.max(0, ...issues.keys()) + 1;
        const issue = addIssue({
          number,
          title: String(body.title),
          body: body.body ?? null,
          labels: labelNames(body.labels),
          assignees: assigneeLogins(body.assignees),
        });
        return { status: 201, body: issueJson(issue), headers: { location: issueJson(issue).url } };
      },
    },
    {
      method: 'GET',
      pattern: /^\/issues\/([^/]+)$/,
      handle: (ctx, [n]) => {
        const issue = issues.get(issueNumber(n));
        return issue ? { status: 200, body: issueJson(issue) } : notFound(ctx);
      },
    },
    {
      method: 'PATCH',
      pattern: /^\/issues\/([^/]+)$/,
      handle: (ctx, [n]) => {
        const issue = issues.get(issueNumber(n));
        if (!issue) return notFound(ctx);
        const patch = (ctx.body ?? {}) as Record<string, unknown>;
        const rejected = tooLong(ctx, 'Issue', patch.body);
        if (rejected) return rejected;
        const at = now();
        if (typeof patch.title === 'string' || typeof patch.title === 'number')
          issue.title = String(patch.title);
        if ('body' in patch) issue.body = (patch.body as string | null) ?? null;
        if ('labels' in patch) issue.labels = labelNames(patch.labels);
        if ('assignees' in patch) issue.assignees = assigneeLogins(patch.assignees);
        if ((patch.state === 'open' || patch.state === 'closed') && patch.state !== issue.state) {
          issue.state = patch.state;
          issue.closedAt = patch.state === 'closed' ? at : null;
          issue.stateReason =
            (patch.state_reason as string | null | undefined) ??
            (patch.state === 'closed' ? 'completed' : 'reopened');
        }
        issue.updatedAt = at;
        return { status: 200, body: issueJson(issue) };
      },
    },
    {
      method: 'GET',
      pattern: /^\/contents\/(.+)$/,
      handle: (ctx, [rawPath]) => {
        const path = rawPath
          .split('/')
          .map((s) => decodeURIComponent(s))
          .join('/')
          .replace(/^\/+|\/+$/g, '');
        const ref = ctx.query.get('ref') ?? DEFAULT_BRANCH;
        const files = contents[ref] ?? contents[ref.replace(/^refs\/heads\//, '')];
        const text = files?.[path];
        if (text === undefined) return notFound(ctx);
        if (/\.raw\b/.test(ctx.accept)) {
          return {
            status: 200,
            body: text,
            headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
          };
        }
        const sha = gitBlobSha(text);
        const self = `${apiRepo()}/contents/${path}?ref=${encodeURIComponent(ref)}`;
        const html = `${webRepo}/blob/${ref}/${path}`;
        const git = `${apiRepo()}/git/blobs/${sha}`;
        return {
          status: 200,
          body: {
            type: 'file',
            encoding: 'base64',
            size: Buffer.byteLength(text),
            name: path.split('/').pop(),
            path,
            // GitHub wraps the base64 text at 60 characters.
            content: (
              Buffer.from(text, 'utf8')
                .toString('base64')
                .match(/.{1,60}/g) ?? []
            ).join('\n'),
            sha,
            url: self,
            git_url: git,
            html_url: html,
            download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${path}`,
            _links: { self, git, html },
          },
        };
      },
    },
  ];

  const route = (ctx: Context): { handle: Handler; params: string[] } | undefined => {
    const prefix = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(ctx.pathname);
    if (!prefix) return undefined;
    if (prefix[1].toLowerCase() !== owner.toLowerCase() || prefix[2].toLowerCase() !== repo.toLowerCase()) {
      return undefined;
    }
    for (const r of routes) {
      const match = r.method === ctx.method ? r.pattern.exec(prefix[3]) : null;
      if (match) return { handle: r.handle, params: match.slice(1) };
    }
    return undefined;
  };

  const faultAnswer = (ctx: Context): Answer | undefined => {
    const entry = faults.find(({ fault, left }) => {
      if (left <= 0) return false;
      if (fault.method !== '*' && fault.method.toUpperCase() !== ctx.method) return false;
      fault.path.lastIndex = 0;
      return fault.path.test(ctx.pathname);
    });
    if (!entry) return undefined;
    entry.left--;
    const { status, headers = {}, body } = entry.fault;
    if (body !== undefined) return { status, headers, body };
    const message =
      status === 429
        ? `${SECONDARY_RATE_LIMIT}${ctx.requestId}.`
        : (FAULT_MESSAGES[status] ?? STATUS_CODES[status] ?? 'Error');
    return { status, headers, body: error(status, message).body };
  };

  const authorize = (header: string | undefined): Answer | undefined => {
    if (!header) return error(401, 'Requires authentication');
    const match = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header);
    return match && match[1] === token ? undefined : error(401, 'Bad credentials');
  };

  const answer = async (req: IncomingMessage, ctx: Context, raw: string): Promise<Answer> => {
    const fault = faultAnswer(ctx);
    if (fault) return fault;
    const denied = authorize(req.headers.authorization);
    if (denied) return denied;
    const found = route(ctx);
    if (!found) return error(404, 'Not Found');
    if (raw.length > 0 && ctx.body === undefined) return error(400, 'Problems parsing JSON');
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      const index = await loadGitHubSpec();
      ctx.operation = findOperation(index, ctx.method, ctx.pathname);
      if (ctx.operation) {
        const problems = validateRequestBody(index, ctx.operation, ctx.body);
        if (problems.length > 0) {
          for (const p of problems) validationErrors.push(`${ctx.method} ${ctx.pathname}: ${p.message}`);
          const resource = RESOURCES[ctx.operation.operationId] ?? ctx.operation.tag;
          return error(422, 'Validation Failed', ctx.operation.documentationUrl, {
            errors: problems.map((p) => ({ resource, code: p.code, field: p.field, message: p.message })),
          });
        }
      }
    }
    return found.handle(ctx, found.params);
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = raw.length > 0 ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const ctx: Context = {
        method: (req.method ?? 'GET').toUpperCase(),
        pathname: url.pathname,
        query: url.searchParams,
        body,
        accept: String(req.headers.accept ?? ''),
        requestId: randomBytes(8).toString('hex').toUpperCase(),
      };
      const call: RecordedCall = {
        method: ctx.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        ...(raw.length > 0 ? { body: body === undefined ? raw : body } : {}),
        ...(req.headers.authorization ? { auth: req.headers.authorization } : {}),
        status: 0,
      };
      calls.push(call);
      answer(req, ctx, raw)
        .catch((e: unknown) => error(500, `fake GitHub: ${e instanceof Error ? e.message : String(e)}`))
        .then((result) => {
          call.status = result.status;
          const text =
            result.body === undefined
              ? ''
              : typeof result.body === 'string'
                ? result.body
                : JSON.stringify(result.body);
          const type =
            typeof result.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
          res.writeHead(result.status, {
            'content-type': type,
            'x-github-request-id': ctx.requestId,
            'x-github-api-version-selected': '2022-11-28',
            'x-ratelimit-limit': '5000',
            'x-ratelimit-remaining': String(Math.max(0, 5000 - calls.length)),
            'x-ratelimit-used': String(Math.min(5000, calls.length)),
            'x-ratelimit-resource': 'core',
            'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
            ...lowerCaseKeys(result.headers ?? {}),
          });
          res.end(text);
        });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    calls,
    validationErrors,
    comments: (issueNumber) =>
      commentsOf(issueNumber).map((c) => ({ id: c.id, body: c.body, user: { login: c.login } })),
    issues: () =>
      [...issues.values()]
        .filter((i) => !i.isPull)
        .sort((a, b) => a.number - b.number)
        .map((i) => ({
          number: i.number,
          title: i.title,
          body: i.body ?? '',
          state: i.state,
          labels: [...i.labels],
        })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // Octokit's fetch keeps connections alive; drop them so close() does not wait for their timeout.
        server.closeAllConnections();
      }),
  };
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
