import { ARTICLE_SECTIONS, ARTICLE_URL, PROCEDURAL_CHECKLIST } from '../model/article.js';
import { isResourceIdLocation, portalUrl } from '../model/location.js';
import type { Finding, Severity } from '../model/finding.js';
import type { ScanResult } from '../scan.js';
import {
  type RuleIndex,
  SEVERITY_ORDER,
  compareFindings,
  compareText,
  countFindings,
  oneLine,
  plural,
  ruleIndexOf,
} from './common.js';

export interface MarkdownOptions {
  title?: string;
  /** Prefix for file links: `${linkBase}${file}#L${line}`, e.g. a blob URL at the commit ending in `/`. */
  linkBase?: string;
  /** Upper bound on the document's length in characters (UTF-16 code units). */
  maxLength?: number;
  /**
   * Splits unsuppressed findings into new ones (on lines a pull request changed), listed first, and
   * existing ones, listed collapsed.
   */
  isNew?: (finding: Finding) => boolean;
  /** Extra sections after the summary, e.g. what a pull request changed in configuration. Text is escaped. */
  notes?: Array<{ title: string; items: string[] }>;
  /** Where the full list is, for the note on left-out rows (default: the SARIF file or the job summary). */
  fullListAt?: string;
}

/** GitHub comments hold 65,536 characters; stay a little below. */
export const MARKDOWN_DEFAULT_MAX_LENGTH = 65000;

const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warn: 'Warning', info: 'Info' };

/**
 * Escapes text for a Markdown table cell or paragraph: Markdown punctuation is backslash-escaped,
 * `<`, `>` and `&` become entities (no HTML gets through), `@` cannot mention anyone, and newlines
 * become spaces so a row stays one row.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** Encodes a relative path for use in a URL, keeping the slashes. */
function encodePath(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `<url>` destinations allow parentheses and spaces; only `<`, `>` and newlines must go. */
function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/**
 * The report that is also the pull-request comment and the job summary: counts, a table by
 * article section, the findings (most severe first), the suppressed findings in a collapsed
 * block, and the checklist of recommendations no scan can verify.
 *
 * The output depends only on its input. When it would exceed `maxLength`, finding rows are left
 * out from the end (suppressed ones first) and the document says exactly how many are missing.
 */
export function formatMarkdown(result: ScanResult, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? MARKDOWN_DEFAULT_MAX_LENGTH;
  const rules = ruleIndexOf(result);
  const ordered = [...result.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compareFindings(a, b),
  );
  const shown = ordered.filter((f) => !f.suppressed);
  const suppressed = ordered.filter((f) => f.suppressed);
  const fullListAt = options.fullListAt ?? 'the SARIF file or the job summary';

  const head = [
    heading(options),
    '',
    summary(result),
    '',
    ...notesBlock(options.notes),
    ...sectionTable(shown, rules),
  ].join('\n');
  const checklist = checklistBlock();

  const row = (f: Finding) =>
    `| ${SEVERITY_LABEL[f.severity]} | ${location(f, options.linkBase)} | ${ruleLink(f.ruleId, rules)} | ${escapeMarkdown(f.message)} |`;
  const suppressedRow = (f: Finding) =>
    `| ${location(f, options.linkBase)} | ${ruleLink(f.ruleId, rules)} | ${escapeMarkdown(f.message)} | ${escapeMarkdown(f.suppressed!.reason)} |`;
  const findingHeader = ['| Severity | Location | Rule | Message |', '| --- | --- | --- | --- |'];

  // Lists in the order they are kept when the document must be cut: the last ones give way first.
  const lists: FindingList[] = [];
  if (options.isNew) {
    const fresh = shown.filter(options.isNew);
    const existing = shown.filter((f) => !options.isNew!(f));
    lists.push({
      title: '### New findings',
      empty: 'No new findings on the lines this change touches.',
      header: findingHeader,
      rows: fresh.map(row),
      kind: 'new ',
    });
    if (existing.length > 0) {
      lists.push({
        collapsed: plural(existing.length, 'existing finding'),
        header: findingHeader,
        rows: existing.map(row),
        kind: 'existing ',
      });
    }
  } else {
    lists.push({
      title: '### Findings',
      empty: 'No unsuppressed findings.',
      header: findingHeader,
      rows: shown.map(row),
      kind: '',
    });
  }
  if (suppressed.length > 0) {
    lists.push({
      collapsed: plural(suppressed.length, 'suppressed finding'),
      header: ['| Location | Rule | Message | Reason |', '| --- | --- | --- | --- |'],
      rows: suppressed.map(suppressedRow),
      kind: 'suppressed ',
    });
  }

  const render = (keep: number[]) => assemble(head, checklist, lists, keep, fullListAt);
  const full = lists.map((l) => l.rows.length);
  if (render(full).length <= maxLength) return render(full);

  // Cut the last list first. Below the full count, each kept row adds more than its shrinking omission
  // note saves, so the length grows with the rows kept and the largest count that fits can be bisected.
  // If even the fixed parts exceed maxLength they are kept whole: dropping them would hide what the
  // notes say was left out.
  const keep = [...full];
  for (let i = lists.length - 1; i >= 0; i--) {
    keep[i] = 0;
    if (render(keep).length <= maxLength) {
      keep[i] = largestFitting(full[i], (k) => {
        const trial = [...keep];
        trial[i] = k;
        return render(trial).length <= maxLength;
      });
      return render(keep);
    }
  }
  return render(keep);
}

interface FindingList {
  /** A heading for an open list, or the summary text of a collapsed one. */
  title?: string;
  collapsed?: string;
  empty?: string;
  header: string[];
  rows: string[];
  /** Inserted in the omission note: 'new ', 'existing ', 'suppressed ' or ''. */
  kind: string;
}

/** The largest k in [0, max] with fits(k), assuming fits is monotone; 0 when none fits. */
function largestFitting(max: number, fits: (k: number) => boolean): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function assemble(
  head: string,
  checklist: string,
  lists: FindingList[],
  keep: number[],
  fullListAt: string,
): string {
  const parts = [head];
  lists.forEach((list, i) => {
    const lines: string[] = [];
    if (list.collapsed) lines.push('<details>', `<summary>${list.collapsed}</summary>`, '');
    else lines.push(list.title ?? '', '');
    if (list.rows.length === 0) lines.push(list.empty ?? '');
    else if (keep[i] > 0) lines.push(...list.header, ...list.rows.slice(0, keep[i]));
    const omitted = list.rows.length - keep[i];
    if (omitted > 0) {
      if (keep[i] > 0) lines.push('');
      const note = omissionNote(omitted, list.kind, fullListAt);
      lines.push(list.collapsed ? note : `**${note}**`);
    }
    if (list.collapsed) lines.push('', '</details>');
    parts.push(lines.join('\n'));
  });
  parts.push(checklist);
  return `${parts.join('\n\n')}\n`;
}

function notesBlock(notes: MarkdownOptions['notes']): string[] {
  const out: string[] = [];
  for (const note of notes ?? []) {
    if (note.items.length === 0) continue;
    out.push(
      `### ${escapeMarkdown(note.title)}`,
      '',
      ...note.items.map((item) => `- ${escapeMarkdown(item)}`),
      '',
    );
  }
  return out;
}

function omissionNote(count: number, kind: string, fullListAt: string): string {
  const verb = count === 1 ? `more ${kind}finding is` : `more ${kind}findings are`;
  return `${count} ${verb} not shown; see ${fullListAt}.`;
}

function heading(options: MarkdownOptions): string {
  return `## ${escapeMarkdown(options.title ?? 'hsmlint')}`;
}

function summary(result: ScanResult): string {
  const counts = countFindings(result.findings);
  const total = counts.error + counts.warn + counts.info;
  const shard = result.shard ? `, shard ${result.shard.index}/${result.shard.count}` : '';
  const scanned = `${plural(result.files.length, 'file')} (${plural(result.resourceCount, 'resource')}${shard})`;
  const lines: string[] = [];
  if (total === 0) lines.push(`No problems found in ${scanned}.`);
  else {
    lines.push(
      `**${plural(total, 'problem')}** in ${scanned}: ${plural(counts.error, 'error')}, ${plural(counts.warn, 'warning')}, ${counts.info} info.`,
    );
  }
  const extra: string[] = [];
  if (counts.suppressed > 0) extra.push(`${counts.suppressed} suppressed`);
  if (result.skipped.length > 0) extra.push(`${plural(result.skipped.length, 'file')} skipped`);
  if (result.missing.length > 0) extra.push(`${plural(result.missing.length, 'path')} not found`);
  if (extra.length > 0) lines[0] += ` ${capitalize(extra.join(', '))}.`;
  return lines.join('\n');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Every article section in order, then a row for findings outside any section when there are some. */
function sectionTable(shown: Finding[], rules: RuleIndex): string[] {
  interface Row {
    title: string;
    error: number;
    warn: number;
    info: number;
    rules: Set<string>;
  }
  const empty = (title: string): Row => ({ title, error: 0, warn: 0, info: 0, rules: new Set() });
  const rows = new Map<string, Row>(ARTICLE_SECTIONS.map((s) => [s.id, empty(s.title)]));
  const other = empty('Not tied to a section');
  for (const finding of shown) {
    const section = rules.sectionOf(finding);
    const row = (section && rows.get(section.id)) || other;
    row[finding.severity]++;
    row.rules.add(finding.ruleId);
  }
  const all = [...rows.values()];
  if (other.error + other.warn + other.info > 0) all.push(other);
  return [
    '### By article section',
    '',
    '| Section | Errors | Warnings | Infos | Rules |',
    '| --- | ---: | ---: | ---: | --- |',
    ...all.map((r) => {
      const ids = [...r.rules]
        .sort(compareText)
        .map((id) => (/^[\w.-]+$/.test(id) ? `\`${id}\`` : escapeMarkdown(id)));
      return `| ${escapeMarkdown(r.title)} | ${r.error} | ${r.warn} | ${r.info} | ${ids.join(', ') || '\u2014'} |`;
    }),
  ];
}

function location(finding: Finding, linkBase: string | undefined): string {
  const file = finding.range.file;
  if (!file) return '\u2014';
  if (isResourceIdLocation(file)) return `[${escapeMarkdown(file)}](${linkDestination(portalUrl(file))})`;
  const line = finding.range.start.line;
  const label = escapeMarkdown(`${file}:${line}`);
  if (linkBase === undefined) return label;
  return `[${label}](${linkDestination(`${linkBase}${encodePath(file)}#L${line}`)})`;
}

function ruleLink(ruleId: string, rules: RuleIndex): string {
  return `[${escapeMarkdown(ruleId)}](${linkDestination(rules.helpUri(ruleId))})`;
}

function checklistBlock(): string {
  const title = new Map<string, string>(ARTICLE_SECTIONS.map((s) => [s.id, s.title]));
  return [
    '### Recommendations no scan can verify',
    '',
    `These recommendations of [Secure your Azure Managed HSM deployment](${ARTICLE_URL}) are about procedures, not configuration; confirm them by hand.`,
    '',
    ...PROCEDURAL_CHECKLIST.map(
      (item) =>
        `- [ ] **${escapeMarkdown(title.get(item.section) ?? item.section)}:** ${escapeMarkdown(item.text)}`,
    ),
  ].join('\n');
}
