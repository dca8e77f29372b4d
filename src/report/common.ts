import { type ARTICLE_SECTIONS, sectionOf } from '../model/article.js';
import { ENGINE_FINDINGS, type Finding, type Severity } from '../model/finding.js';
import { compareText } from '../model/compare-text.js';
import { ruleDocsUrl } from '../model/product.js';
import type { RuleSummary, ScanResult } from '../scan.js';

/** Shared helpers for the formatters. Nothing here reads input; everything works on a `ScanResult`. */

export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];

export interface SeverityCounts {
  error: number;
  warn: number;
  info: number;
  suppressed: number;
}

/** Findings in a stable order: file, line, column, rule id, message. Does not mutate its input. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareText(a.range.file, b.range.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

export { compareText };

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warn: 0, info: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppressed) counts.suppressed++;
    else counts[finding.severity]++;
  }
  return counts;
}

export function isParseError(finding: Finding): boolean {
  return finding.ruleId === ENGINE_FINDINGS.parseError;
}

/** Groups findings by file, keeping the order of first appearance. */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.range.file);
    if (group) group.push(finding);
    else groups.set(finding.range.file, [finding]);
  }
  return groups;
}

export class RuleIndex {
  private readonly byId = new Map<string, RuleSummary>();

  constructor(rules: readonly RuleSummary[]) {
    for (const rule of rules) if (!this.byId.has(rule.id)) this.byId.set(rule.id, rule);
  }

  get(id: string): RuleSummary | undefined {
    return this.byId.get(id);
  }

  helpUri(id: string): string {
    return this.byId.get(id)?.helpUri ?? ruleDocsUrl(id);
  }

  /**
   * The article section a finding belongs to: its own recommendation, else its rule's, else (for
   * `unresolved` and `internal-error`) the rule it is about.
   */
  sectionOf(finding: Finding): ArticleSection | undefined {
    return (
      sectionOf(finding.recommendation) ??
      sectionOf(this.byId.get(finding.ruleId)?.recommendation) ??
      (finding.relatedRule ? sectionOf(this.byId.get(finding.relatedRule)?.recommendation) : undefined)
    );
  }
}

export function ruleIndexOf(result: ScanResult): RuleIndex {
  return new RuleIndex(result.rules);
}

/** Severity ranks for ordering, most severe first. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Messages are one line in every report: newlines and runs of whitespace around them become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Counts skipped files by reason, most frequent first (ties by reason text). */
export function skippedByReason(skipped: ScanResult['skipped']): Array<{ reason: string; count: number }> {
  const counts = new Map<string, number>();
  for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
  return [...counts]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || compareText(a.reason, b.reason));
}
