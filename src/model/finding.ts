import type { SourceRange } from './range.js';
import type { Surface } from './resource.js';

export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warn: 1, error: 2 };

/** Engine-level findings that are not configurable rules. */
export const ENGINE_FINDINGS = {
  parseError: 'parse-error',
  unresolved: 'unresolved',
  suppressionUnused: 'suppression-unused',
  suppressionExpired: 'suppression-expired',
  suppressionNoReason: 'suppression-no-reason',
  internalError: 'internal-error',
  drift: 'drift',
} as const;

export interface FindingResource {
  key: string;
  type: string;
  name: string;
}

/** One problem, located in a file (or at a live resource id), with everything a reporter needs. */
export interface Finding {
  ruleId: string;
  messageId?: string;
  message: string;
  severity: Severity;
  range: SourceRange;
  surface?: Surface;
  resource?: FindingResource;
  /** The article section and recommendation, e.g. `data-protection/purge-protection`. */
  recommendation?: string;
  /** For `unresolved` findings: the rule that could not decide. */
  relatedRule?: string;
  /** Set when the resource is deployed only under a condition. */
  conditional?: string;
  /** Set when the judged value is a parameter default a deployment may override. */
  parameter?: string;
  /** Suppressed findings are kept for reporting and baselines but do not fail the run. */
  suppressed?: { kind: 'directive' | 'metadata' | 'baseline'; reason: string; range: SourceRange };
}
