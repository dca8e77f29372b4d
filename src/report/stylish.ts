import type { Finding, Severity } from '../model/finding.js';
import type { ScanResult } from '../scan.js';
import { countFindings, groupByFile, oneLine, plural, skippedByReason, sortFindings } from './common.js';

export interface StylishOptions {
  color: boolean;
}

/** How many skipped paths the footer lists by name; the rest are only counted. */
export const STYLISH_MAX_SKIPPED_PATHS = 10;

const NO_FILE = '(no file)';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'info' };

interface Paint {
  severity(severity: Severity, text: string): string;
  file(text: string): string;
  dim(text: string): string;
  summary(severity: Severity, text: string): string;
}

const PLAIN: Paint = {
  severity: (_severity, text) => text,
  file: (text) => text,
  dim: (text) => text,
  summary: (_severity, text) => text,
};

const ESC = '\u001b[';
const SEVERITY_COLOR: Record<Severity, number> = { error: 31, warn: 33, info: 34 };

const ANSI: Paint = {
  severity: (severity, text) => `${ESC}${SEVERITY_COLOR[severity]}m${text}${ESC}39m`,
  file: (text) => `${ESC}1m${ESC}4m${text}${ESC}24m${ESC}22m`,
  dim: (text) => `${ESC}2m${text}${ESC}22m`,
  summary: (severity, text) => `${ESC}1m${ESC}${SEVERITY_COLOR[severity]}m${text}${ESC}39m${ESC}22m`,
};

/**
 * The default, ESLint-like report: unsuppressed findings grouped by file, one aligned line each,
 * then a summary line.
 *
 * Like ESLint, a run without unsuppressed findings prints no problem list and no summary line (so
 * a clean run is quiet and suppressed findings alone say nothing). Skipped files and missing paths
 * are different: they are what was *not* checked, so their footer is printed whenever there are
 * any, even on a clean run. With nothing to say at all the output is the empty string; otherwise
 * it ends with a newline.
 */
export function formatStylish(result: ScanResult, options: StylishOptions): string {
  const paint = options.color ? ANSI : PLAIN;
  const findings = sortFindings(result.findings);
  const shown = findings.filter((f) => !f.suppressed);
  const blocks: string[] = [];

  if (shown.length > 0) {
    for (const [file, group] of groupByFile(shown)) blocks.push(fileBlock(file, group, paint));
    blocks.push(summaryLine(findings, paint));
  }
  const footer = footerLines(result, paint);
  if (footer.length > 0) blocks.push(footer.join('\n'));
  return blocks.length > 0 ? `\n${blocks.join('\n\n')}\n` : '';
}

function fileBlock(file: string, findings: Finding[], paint: Paint): string {
  const rows = findings.map((f) => ({
    line: String(f.range.start.line),
    column: String(f.range.start.column),
    severity: f.severity,
    label: SEVERITY_LABEL[f.severity],
    message: oneLine(f.message),
    ruleId: f.ruleId,
  }));
  const width = (pick: (row: (typeof rows)[number]) => string) =>
    Math.max(...rows.map((r) => pick(r).length));
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const labelWidth = width((r) => r.label);
  const messageWidth = width((r) => r.message);
  // Pad before painting: escape codes have no width on screen but do have a length.
  const lines = rows.map((r) => {
    const position = `${r.line.padStart(lineWidth)}:${r.column.padEnd(columnWidth)}`;
    const label = paint.severity(r.severity, r.label.padEnd(labelWidth));
    return `  ${paint.dim(position)}  ${label}  ${r.message.padEnd(messageWidth)}  ${paint.dim(r.ruleId)}`;
  });
  return [paint.file(file || NO_FILE), ...lines].join('\n');
}

function summaryLine(findings: Finding[], paint: Paint): string {
  const counts = countFindings(findings);
  const total = counts.error + counts.warn + counts.info;
  const worst: Severity = counts.error > 0 ? 'error' : counts.warn > 0 ? 'warn' : 'info';
  const detail = [plural(counts.error, 'error'), plural(counts.warn, 'warning'), `${counts.info} info`].join(
    ', ',
  );
  const suppressed = counts.suppressed > 0 ? `, ${counts.suppressed} suppressed` : '';
  return paint.summary(worst, `\u2716 ${plural(total, 'problem')} (${detail})${suppressed}`);
}

function footerLines(result: ScanResult, paint: Paint): string[] {
  const lines: string[] = [];
  if (result.skipped.length > 0) {
    const reasons = skippedByReason(result.skipped)
      .map((r) => `${r.count} ${r.reason}`)
      .join(', ');
    lines.push(`Skipped ${plural(result.skipped.length, 'file')}: ${reasons}.`);
    for (const s of result.skipped.slice(0, STYLISH_MAX_SKIPPED_PATHS))
      lines.push(`  ${s.path} (${s.reason})`);
    const rest = result.skipped.length - STYLISH_MAX_SKIPPED_PATHS;
    if (rest > 0) lines.push(`  \u2026 and ${rest} more`);
  }
  if (result.missing.length > 0) {
    lines.push(`Not found: ${result.missing.join(', ')}`);
  }
  if (result.shard) {
    const { index, count } = result.shard;
    lines.push(
      `Shard ${index}/${count}: only this shard's files were scanned (hsmlint merge combines the shards).`,
    );
  }
  return lines.map((line) => paint.dim(line));
}
