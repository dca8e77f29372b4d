import { readFileSync } from 'node:fs';

/** What the Action knows about the run it is part of, from the runner's environment. */
export interface RunContext {
  eventName: string;
  owner: string;
  repo: string;
  sha: string;
  workspace: string;
  serverUrl: string;
  apiUrl: string;
  workflow: string;
  job: string;
  runId?: string;
  pullRequest?: PullRequestInfo;
}

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  /** The head branch lives in another repository: the token is read-only there. */
  fromFork: boolean;
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review']);

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch {
      payload = {};
    }
  }
  const context: RunContext = {
    eventName,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, ''),
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workflow: env.GITHUB_WORKFLOW ?? 'workflow',
    job: env.GITHUB_JOB ?? 'job',
    runId: env.GITHUB_RUN_ID,
  };
  const pr = payload.pull_request as
    | {
        number?: number;
        head?: { sha?: string; repo?: { full_name?: string } };
        base?: { sha?: string; repo?: { full_name?: string } };
      }
    | undefined;
  if (PULL_REQUEST_EVENTS.has(eventName) && pr?.number) {
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? `${owner}/${repo}`;
    context.pullRequest = {
      number: pr.number,
      headSha: pr.head?.sha ?? context.sha,
      baseSha: pr.base?.sha ?? '',
      fromFork: headRepo !== undefined && headRepo !== baseRepo,
    };
  }
  return context;
}
