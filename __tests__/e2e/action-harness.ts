import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

export const OWNER = 'octo-org';
export const REPO = 'infra';
export const TOKEN = 'test-token';
export const BASE_SHA = 'b'.repeat(40);
export const HEAD_SHA = 'a'.repeat(40);

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** Workflow commands on stdout, e.g. `{ command: 'error', properties: {file, line}, message }`. */
  commands: Array<{ command: string; properties: Record<string, string>; message: string }>;
}

export interface RunOptions {
  files: Record<string, string>;
  inputs?: Record<string, string>;
  apiUrl: string;
  event?:
    | { name: 'pull_request'; number: number; fromFork?: boolean }
    | { name: 'schedule' | 'workflow_dispatch' | 'push' };
  /** More environment for the child, e.g. NODE_EXTRA_CA_CERTS for a live scan against a local fake. */
  env?: Record<string, string>;
}

/** Runs the committed bundle dist/index.js the way the runner does: INPUT_* variables, event file, output files. */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'hsmlint-action-'));
  const workspace = join(dir, 'workspace');
  for (const [path, text] of Object.entries(options.files)) {
    mkdirSync(dirname(join(workspace, path)), { recursive: true });
    writeFileSync(join(workspace, path), text);
  }
  mkdirSync(workspace, { recursive: true });
  const event = options.event ?? { name: 'pull_request', number: 7 };
  const payload =
    event.name === 'pull_request'
      ? {
          action: 'opened',
          number: event.number,
          pull_request: {
            number: event.number,
            head: {
              sha: HEAD_SHA,
              ref: 'feature',
              repo: { full_name: event.fromFork ? `someone/${REPO}` : `${OWNER}/${REPO}` },
            },
            base: { sha: BASE_SHA, ref: 'main', repo: { full_name: `${OWNER}/${REPO}` } },
          },
          repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } },
        }
      : { repository: { full_name: `${OWNER}/${REPO}`, name: REPO, owner: { login: OWNER } } };
  writeFileSync(join(dir, 'event.json'), JSON.stringify(payload));
  writeFileSync(join(dir, 'output'), '');
  writeFileSync(join(dir, 'summary.md'), '');
  const inputs: Record<string, string> = { 'github-token': TOKEN, paths: '.', ...options.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    NO_PROXY: '127.0.0.1,localhost',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: join(dir, 'event.json'),
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_SHA: HEAD_SHA,
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_WORKFLOW: 'hsmlint',
    GITHUB_JOB: 'scan',
    GITHUB_RUN_ID: '42',
    RUNNER_TEMP: dir,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [join(root, 'dist', 'index.js')], { cwd: workspace, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs = parseOutputs(readFileSync(join(dir, 'output'), 'utf8'));
  const summary = readFileSync(join(dir, 'summary.md'), 'utf8');
  rmSync(dir, { recursive: true, force: true });
  return { code, stdout, stderr, outputs, summary, workspace, commands: parseCommands(stdout) };
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

const unescape = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');

function parseCommands(stdout: string): ActionRun['commands'] {
  const out: ActionRun['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(\w+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    out.push({ command: m[1], properties, message: unescape(m[3]) });
  }
  return out;
}

/** A unified diff patch that adds every line of a new file, as the pull request files API returns it. */
export function patchAdding(text: string): string {
  const lines = text.split('\n');
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}
