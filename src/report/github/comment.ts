import type { Octokit } from './client.js';
import { statusOf } from './client.js';

/** GitHub refuses comment bodies longer than this. */
export const COMMENT_LIMIT = 65536;

export interface Repository {
  owner: string;
  repo: string;
}

export type CommentOutcome =
  | { action: 'created' | 'updated' | 'unchanged'; url: string; id: number }
  | { action: 'skipped'; reason: string };

/** The hidden marker that identifies one workflow job's comment, safe to put in HTML comments. */
export function commentMarker(workflow: string, job: string): string {
  const clean = (s: string) => s.replace(/--+/g, '-').replace(/[<>]/g, '').trim();
  return `<!-- hsmlint:${clean(workflow)}:${clean(job)} -->`;
}

/**
 * Keeps one comment per workflow job on the pull request: finds it by its marker across every page of
 * comments, updates it in place (not at all when the body is unchanged), or creates it. A read-only
 * token (fork pull requests) gives a skip with the reason instead of a failure.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  repository: Repository,
  issueNumber: number,
  marker: string,
  body: string,
): Promise<CommentOutcome> {
  const full = `${body.trimEnd()}\n\n${marker}\n`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repository,
      issue_number: issueNumber,
      per_page: 100,
    });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
      if (existing.body === full) return { action: 'unchanged', url: existing.html_url, id: existing.id };
      const { data } = await octokit.rest.issues.updateComment({
        ...repository,
        comment_id: existing.id,
        body: full,
      });
      return { action: 'updated', url: data.html_url, id: data.id };
    }
    const { data } = await octokit.rest.issues.createComment({
      ...repository,
      issue_number: issueNumber,
      body: full,
    });
    return { action: 'created', url: data.html_url, id: data.id };
  } catch (error) {
    const status = statusOf(error);
    if (status === 403 || status === 404) {
      return {
        action: 'skipped',
        reason: `the token cannot comment on this pull request (HTTP ${status}: ${(error as Error).message}); this is expected for pull requests from forks`,
      };
    }
    throw error;
  }
}
