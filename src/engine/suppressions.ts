import type { Directive } from '../model/directives.js';
import type { Finding, Severity } from '../model/finding.js';
import { ENGINE_FINDINGS } from '../model/finding.js';
import type { SourceRange } from '../model/range.js';
import type { Resource } from '../model/resource.js';

const NOT_SUPPRESSIBLE = new Set<string>([ENGINE_FINDINGS.parseError, ENGINE_FINDINGS.internalError]);
const SEVERITY: Severity = 'warn';

export interface SuppressionInput {
  findings: Finding[];
  directivesByFile: ReadonlyMap<string, Directive[]>;
  resources: Iterable<Resource>;
  /** Rules that are active: a directive for a rule that is off is not reported as unused. */
  activeRules: ReadonlySet<string>;
  knownRules: ReadonlySet<string>;
  now: Date;
}

interface Candidate {
  rules: string[]; // empty = all rules
  reason: string;
  range: SourceRange;
  kind: 'directive' | 'metadata';
  matches: (finding: Finding) => boolean;
  used: Set<string>;
}

/**
 * Marks findings covered by inline directives or resource metadata as suppressed, and reports
 * directives that lack a reason, have expired or suppress nothing. A suppression without a reason
 * suppresses nothing: the reason is what a reviewer reads.
 */
export function applySuppressions(input: SuppressionInput): Finding[] {
  const extra: Finding[] = [];
  const candidates: Candidate[] = [];
  const report = (ruleId: string, message: string, range: SourceRange) =>
    extra.push({ ruleId, message, severity: SEVERITY, range });

  for (const [file, directives] of input.directivesByFile) {
    const open: Array<{ directive: Directive }> = [];
    const blocks: Array<{ directive: Directive; end?: SourceRange }> = [];
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (!input.knownRules.has(rule)) {
          report(
            ENGINE_FINDINGS.suppressionUnused,
            `Directive names unknown rule '${rule}'.`,
            directive.range,
          );
        }
      }
      if (directive.kind === 'enable') {
        for (let i = open.length - 1; i >= 0; i--) {
          const block = open[i].directive;
          const closes = directive.rules.length === 0 || block.rules.some((r) => directive.rules.includes(r));
          if (closes) {
            blocks.find((b) => b.directive === block)!.end = directive.range;
            open.splice(i, 1);
          }
        }
        continue;
      }
      if (!directive.reason) {
        report(
          ENGINE_FINDINGS.suppressionNoReason,
          `hsmlint-${directive.kind} needs a reason after ' -- '; it suppresses nothing until it has one.`,
          directive.range,
        );
        continue;
      }
      if (directive.kind === 'disable') {
        open.push({ directive });
        blocks.push({ directive });
        continue;
      }
      const targetLine =
        directive.kind === 'disable-next-line' ? directive.range.end.line + 1 : directive.range.start.line;
      candidates.push(
        candidate(directive, 'directive', (f) => f.range.file === file && f.range.start.line === targetLine),
      );
    }
    for (const block of blocks) {
      const start = block.directive.range.end;
      const end = block.end?.start;
      candidates.push(
        candidate(block.directive, 'directive', (f) => {
          if (f.range.file !== file) return false;
          const p = f.range.start;
          const after = p.line > start.line || (p.line === start.line && p.column >= start.column);
          const before = !end || p.line < end.line || (p.line === end.line && p.column < end.column);
          return after && before;
        }),
      );
    }
  }

  for (const resource of input.resources) {
    for (const s of resource.suppressions) {
      if (!input.knownRules.has(s.rule)) {
        report(ENGINE_FINDINGS.suppressionUnused, `Suppression names unknown rule '${s.rule}'.`, s.range);
        continue;
      }
      if (!s.reason) {
        report(
          ENGINE_FINDINGS.suppressionNoReason,
          `The suppression of '${s.rule}' needs a "reason"; it suppresses nothing until it has one.`,
          s.range,
        );
        continue;
      }
      if (s.expires !== undefined) {
        const expiry = parseExpiry(s.expires);
        if (!expiry) {
          report(
            ENGINE_FINDINGS.suppressionExpired,
            `The suppression of '${s.rule}' has an invalid "expires" date '${s.expires}' (use YYYY-MM-DD); it is not applied.`,
            s.range,
          );
          continue;
        }
        if (expiry.getTime() <= input.now.getTime()) {
          report(
            ENGINE_FINDINGS.suppressionExpired,
            `The suppression of '${s.rule}' expired on ${s.expires}; it is no longer applied.`,
            s.range,
          );
          continue;
        }
      }
      candidates.push({
        rules: [s.rule],
        reason: s.reason,
        range: s.range,
        kind: 'metadata',
        matches: (f) => f.resource?.key === resource.key,
        used: new Set(),
      });
    }
  }

  for (const finding of input.findings) {
    if (NOT_SUPPRESSIBLE.has(finding.ruleId)) continue;
    const ids = [finding.ruleId, finding.relatedRule].filter((x): x is string => Boolean(x));
    for (const c of candidates) {
      const rule = c.rules.length === 0 ? finding.ruleId : ids.find((id) => c.rules.includes(id));
      if (!rule || !c.matches(finding)) continue;
      finding.suppressed = { kind: c.kind, reason: c.reason, range: c.range };
      c.used.add(rule);
      break;
    }
  }

  for (const c of candidates) {
    if (c.rules.length === 0) {
      if (c.used.size === 0)
        report(
          ENGINE_FINDINGS.suppressionUnused,
          'Unused hsmlint-disable directive (no findings were suppressed).',
          c.range,
        );
      continue;
    }
    for (const rule of c.rules) {
      if (c.used.has(rule) || !input.activeRules.has(rule) || !input.knownRules.has(rule)) continue;
      report(
        ENGINE_FINDINGS.suppressionUnused,
        `Unused suppression of '${rule}' (no finding of that rule here); remove it.`,
        c.range,
      );
    }
  }
  return extra;
}

function candidate(directive: Directive, kind: 'directive', matches: (f: Finding) => boolean): Candidate {
  return {
    rules: directive.rules,
    reason: directive.reason!,
    range: directive.range,
    kind,
    matches,
    used: new Set(),
  };
}

function parseExpiry(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(text)) return undefined;
  const date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
