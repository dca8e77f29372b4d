import { SEVERITY_RANK, type Finding, type Severity } from '../model/finding.js';

export type FailOn = Severity | 'never';

export interface ExitPolicy {
  /** The lowest severity that fails the run. */
  failOn: FailOn;
  /** More unsuppressed warnings than this fail the run; -1 disables the limit. */
  maxWarnings: number;
}

export const DEFAULT_EXIT_POLICY: ExitPolicy = { failOn: 'error', maxWarnings: -1 };

export interface ExitDecision {
  failed: boolean;
  reasons: string[];
}

/** Decides pass or fail from the findings, independently of what is displayed. */
export function decideExit(findings: readonly Finding[], policy: ExitPolicy): ExitDecision {
  const active = findings.filter((f) => !f.suppressed);
  const reasons: string[] = [];
  if (policy.failOn !== 'never') {
    const threshold = SEVERITY_RANK[policy.failOn];
    const failing = active.filter((f) => SEVERITY_RANK[f.severity] >= threshold).length;
    if (failing > 0)
      reasons.push(`${failing} finding${failing === 1 ? '' : 's'} at or above '${policy.failOn}'`);
  }
  if (policy.maxWarnings >= 0) {
    const warnings = active.filter((f) => f.severity === 'warn').length;
    if (warnings > policy.maxWarnings) {
      reasons.push(`${warnings} warnings exceed --max-warnings ${policy.maxWarnings}`);
    }
  }
  return { failed: reasons.length > 0, reasons };
}
