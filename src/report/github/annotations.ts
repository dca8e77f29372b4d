import type { AnnotationProperties } from '@actions/core';
import { SEVERITY_RANK, type Finding, type Severity } from '../../model/finding.js';
import { isResourceIdLocation } from '../../model/location.js';
import { compareRanges } from '../../model/range.js';
import { plural } from '../common.js';

/** GitHub shows at most this many annotations of each level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface AnnotationSink {
  error(message: string, properties: AnnotationProperties): void;
  warning(message: string, properties: AnnotationProperties): void;
  notice(message: string, properties?: AnnotationProperties): void;
}

export interface AnnotationOutcome {
  emitted: number;
  leftOut: Record<Severity, number>;
}

/**
 * Annotates findings within GitHub's budget: new findings first (lines the change touches), then by
 * severity and position. One notice slot is kept for the overflow message, which says how many were
 * left out and where they are, so nothing disappears silently.
 */
export function emitAnnotations(
  findings: readonly Finding[],
  sink: AnnotationSink,
  options: {
    isNew?: (f: Finding) => boolean;
    fullListAt: string;
    /** Annotations other code will add, e.g. the error of a failed step (core.setFailed). */
    reserved?: Partial<Record<Severity, number>>;
  },
): AnnotationOutcome {
  const active = findings.filter((f) => !f.suppressed);
  const isNew = options.isNew ?? (() => false);
  const ranked = [...active].sort(
    (a, b) =>
      Number(isNew(b)) - Number(isNew(a)) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      compareRanges(a.range, b.range),
  );
  const used: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  const leftOut: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  const limit: Record<Severity, number> = {
    error: ANNOTATIONS_PER_LEVEL - (options.reserved?.error ?? 0),
    warn: ANNOTATIONS_PER_LEVEL - (options.reserved?.warn ?? 0),
    info: ANNOTATIONS_PER_LEVEL - (options.reserved?.info ?? 0),
  };
  // Reserve a notice for the overflow message when anything will overflow.
  const totals = countBySeverity(ranked);
  if ((Object.keys(totals) as Severity[]).some((s) => totals[s] > limit[s])) limit.info -= 1;
  let emitted = 0;
  for (const finding of ranked) {
    if (used[finding.severity] >= limit[finding.severity]) {
      leftOut[finding.severity]++;
      continue;
    }
    used[finding.severity]++;
    emitted++;
    const properties = propertiesOf(finding);
    // A deployed resource is not a file of the repository: name it in the message instead.
    const where = isResourceIdLocation(finding.range.file) ? ` [${finding.range.file}]` : '';
    const message = `${finding.message}${where}${isNew(finding) ? '' : ' (existing)'}`;
    if (finding.severity === 'error') sink.error(message, properties);
    else if (finding.severity === 'warn') sink.warning(message, properties);
    else sink.notice(message, properties);
  }
  const omitted = leftOut.error + leftOut.warn + leftOut.info;
  if (omitted > 0) {
    sink.notice(
      `hsmlint: ${omitted} more finding${omitted === 1 ? ' is' : 's are'} not annotated (${plural(leftOut.error, 'error')}, ${plural(leftOut.warn, 'warning')}, ${plural(leftOut.info, 'notice')}; GitHub shows ${ANNOTATIONS_PER_LEVEL} per level per step). The full list is in ${options.fullListAt}.`,
      { title: 'hsmlint: more findings' },
    );
  }
  return { emitted, leftOut };
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warn: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function propertiesOf(finding: Finding): AnnotationProperties {
  const { start, end } = finding.range;
  const properties: AnnotationProperties = {
    title: finding.relatedRule ? `${finding.ruleId} (${finding.relatedRule})` : finding.ruleId,
  };
  if (!finding.range.file || isResourceIdLocation(finding.range.file)) return properties;
  properties.file = finding.range.file;
  properties.startLine = start.line;
  properties.endLine = Math.max(end.line, start.line);
  // GitHub accepts columns only on one-line annotations.
  if (properties.endLine === start.line) {
    properties.startColumn = start.column;
    properties.endColumn = Math.max(end.column, start.column);
  }
  return properties;
}
