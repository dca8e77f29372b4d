import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * An Octokit for the Action, loaded only when GitHub reporting needs it: retries 5xx answers and
 * waits out primary and secondary rate limits (honouring `retry-after`) a bounded number of times.
 */
export async function createOctokit(token: string, baseUrl: string): Promise<Octokit> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const retryLimited =
    (kind: string) =>
    (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      core.info(
        `GitHub ${kind} on ${options.method} ${options.url}; retrying after ${retryAfter} s (attempt ${retryCount + 1}).`,
      );
      return retryCount < 3;
    };
  return getOctokit(
    token,
    {
      baseUrl,
      throttle: {
        onRateLimit: retryLimited('rate limit'),
        onSecondaryRateLimit: retryLimited('secondary rate limit'),
      },
      // 429 is left to the throttling plugin, which honours retry-after; the retry plugin would not.
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    throttling,
  );
}

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
