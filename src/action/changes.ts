import { execFileSync } from 'node:child_process';
import type { Octokit } from '../report/github/client.js';
import type { RunContext } from './context.js';

/** Changed lines per file: a set of line numbers of the new version, or 'all' when unknown. */
export type ChangedLines = Set<number> | 'all';

export interface ChangeSet {
  /** Workspace-relative paths (posix) of files added or modified, with their changed lines. */
  files: Map<string, ChangedLines>;
  source: 'git' | 'api';
}

/** GitHub's pull request files API lists at most this many files. */
export const PULL_FILES_LIMIT = 3000;

export type ChangeOutcome = { kind: 'changes'; changes: ChangeSet } | { kind: 'unavailable'; reason: string };

/** Line numbers (in the new file) that a unified diff adds or changes. */
export function addedLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    if (line.startsWith('+')) lines.add(next++);
    else if (line.startsWith(' ')) next++;
    // '-' lines and '\ No newline at end of file' do not advance the new file.
  }
  return lines;
}

/** Changed files of the pull request from git, when the checkout has the base commit. */
export function changesFromGit(workspace: string, baseSha: string, headSha: string): ChangeOutcome {
  const git = (args: string[]) =>
    execFileSync('git', args, {
      cwd: workspace,
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  try {
    git(['cat-file', '-e', `${baseSha}^{commit}`]);
  } catch {
    return { kind: 'unavailable', reason: `the base commit ${baseSha.slice(0, 12)} is not in the checkout` };
  }
  let diff: string;
  try {
    diff = git([
      'diff',
      '--unified=0',
      '--no-color',
      '--no-renames',
      '--diff-filter=AMR',
      `${baseSha}...${headSha || 'HEAD'}`,
    ]);
  } catch (error) {
    return { kind: 'unavailable', reason: `git diff failed: ${(error as Error).message}` };
  }
  const files = new Map<string, ChangedLines>();
  for (const section of diff.split(/^diff --git /m).slice(1)) {
    const path = /^\+\+\+ b\/(.+)$/m.exec(section)?.[1];
    if (!path) continue;
    files.set(
      path,
      /^Binary files/m.test(section) ? 'all' : addedLines(section.slice(section.indexOf('\n@@') + 1)),
    );
  }
  return { kind: 'changes', changes: { files, source: 'git' } };
}

/** Changed files from the pull request files API; unavailable above GitHub's 3,000-file limit. */
export async function changesFromApi(octokit: Octokit, context: RunContext): Promise<ChangeOutcome> {
  const pr = context.pullRequest!;
  const listed = await octokit.paginate(octokit.rest.pulls.listFiles, {
    owner: context.owner,
    repo: context.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  if (listed.length >= PULL_FILES_LIMIT) {
    return {
      kind: 'unavailable',
      reason: `the pull request changes ${PULL_FILES_LIMIT} or more files, more than GitHub lists`,
    };
  }
  const files = new Map<string, ChangedLines>();
  for (const file of listed) {
    if (file.status === 'removed') continue;
    files.set(file.filename, file.patch ? addedLines(file.patch) : 'all');
  }
  return { kind: 'changes', changes: { files, source: 'api' } };
}
