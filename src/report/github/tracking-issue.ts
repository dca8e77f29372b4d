import type { Octokit } from './client.js';
import type { Repository } from './comment.js';

export const TRACKING_LABEL = 'hsmlint';

export type IssueOutcome =
  | { action: 'created' | 'updated' | 'unchanged' | 'closed'; number: number; url: string }
  | { action: 'none' };

/**
 * Keeps a single tracking issue for scheduled sweeps: created when findings exist, updated in place,
 * and closed with a comment when the repository is clean. It is found by label and hidden marker.
 */
export async function syncTrackingIssue(
  octokit: Octokit,
  repository: Repository,
  options: { marker: string; title: string; body: string; findings: number; cleanComment: string },
): Promise<IssueOutcome> {
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    ...repository,
    labels: TRACKING_LABEL,
    state: 'open',
    per_page: 100,
  });
  const existing = open.find((issue) => !issue.pull_request && issue.body?.includes(options.marker));
  const body = `${options.body.trimEnd()}\n\n${options.marker}\n`;
  if (options.findings === 0) {
    if (!existing) return { action: 'none' };
    await octokit.rest.issues.createComment({
      ...repository,
      issue_number: existing.number,
      body: options.cleanComment,
    });
    await octokit.rest.issues.update({
      ...repository,
      issue_number: existing.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: existing.number, url: existing.html_url };
  }
  if (existing) {
    if (existing.body === body && existing.title === options.title) {
      return { action: 'unchanged', number: existing.number, url: existing.html_url };
    }
    const { data } = await octokit.rest.issues.update({
      ...repository,
      issue_number: existing.number,
      title: options.title,
      body,
    });
    return { action: 'updated', number: data.number, url: data.html_url };
  }
  const { data } = await octokit.rest.issues.create({
    ...repository,
    title: options.title,
    body,
    labels: [TRACKING_LABEL],
  });
  return { action: 'created', number: data.number, url: data.html_url };
}
