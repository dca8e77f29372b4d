import { createHash } from '../model/hash.js';
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result, Run } from 'sarif';
import { ARTICLE_URL, sectionOf } from '../model/article.js';
import { ENGINE_FINDINGS, type Finding, type Severity } from '../model/finding.js';
import { PRODUCT_NAME, PRODUCT_URL, PRODUCT_VERSION } from '../model/product.js';
import { isResourceIdLocation, portalUrl } from '../model/location.js';
import type { SourceRange } from '../model/range.js';
import type { RuleSummary, ScanResult } from '../scan.js';
import { type RuleIndex, compareText, oneLine, ruleIndexOf, sortFindings } from './common.js';

export interface SarifOptions {
  /** `run.automationDetails.id`; GitHub code scanning keys alert categories on it. */
  automationId?: string;
}

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_FINGERPRINT_KEY = 'hsmlintFingerprint/v1';
export const SARIF_DEFAULT_AUTOMATION_ID = `${PRODUCT_NAME}/`;
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warn: 'warning',
  info: 'note',
};
const SECURITY_SEVERITY: Record<Severity, string> = { error: '8.0', warn: '5.0', info: '2.0' };

/** What engine findings default to when no configuration says otherwise. */
const ENGINE_DEFAULT_SEVERITY: Record<string, Severity> = {
  [ENGINE_FINDINGS.parseError]: 'error',
  [ENGINE_FINDINGS.internalError]: 'error',
  [ENGINE_FINDINGS.unresolved]: 'info',
  [ENGINE_FINDINGS.suppressionUnused]: 'warn',
  [ENGINE_FINDINGS.suppressionExpired]: 'warn',
  [ENGINE_FINDINGS.suppressionNoReason]: 'warn',
};

/** Builds the SARIF 2.1.0 log: one run, every known rule, every finding (suppressed ones marked). */
export function toSarifLog(result: ScanResult, options: SarifOptions = {}): Log {
  const rules = ruleIndexOf(result);
  const findings = sortFindings(result.findings);

  // Every rule in the result, then any rule id that only appears in findings, so ruleIndex always resolves.
  const summaries: RuleSummary[] = [];
  const seen = new Set<string>();
  for (const rule of result.rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    summaries.push(rule);
  }
  for (const id of [...new Set(findings.map((f) => f.ruleId))].sort(compareText)) {
    if (seen.has(id)) continue;
    seen.add(id);
    summaries.push({ id, description: `hsmlint rule '${id}'.` });
  }
  const ruleIndex = new Map(summaries.map((rule, index) => [rule.id, index]));
  const observed = observedSeverities(findings);
  const descriptors = summaries.map((rule) => descriptor(rule, rules, observed.get(rule.id)));

  const fingerprints = fingerprintsOf(findings);
  const results = findings.map((finding, i) => sarifResult(finding, result.cwd, ruleIndex, fingerprints[i]));

  const run: Run = {
    tool: {
      driver: {
        name: PRODUCT_NAME,
        version: PRODUCT_VERSION,
        semanticVersion: PRODUCT_VERSION,
        informationUri: PRODUCT_URL,
        rules: descriptors,
      },
    },
    automationDetails: { id: options.automationId ?? SARIF_DEFAULT_AUTOMATION_ID },
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(result.cwd) } },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(result) }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  // A shard of a sweep says so, for `hsmlint merge`; the merged log is the unsharded one.
  if (result.shard) run.properties = { shard: { index: result.shard.index, count: result.shard.count } };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [run] };
}

/** Pretty-printed with two spaces; ends with a newline. */
export function formatSarif(result: ScanResult, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarifLog(result, options), null, 2)}\n`;
}

/** `purge-protection` → `PurgeProtection`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/**
 * A fingerprint that survives edits elsewhere in the file: rule, file, the resource (its key, not
 * its line), the message id and the related rule. Only findings without a resource fall back to
 * the line. Findings that would still collide get an occurrence number, in file order.
 */
export function fingerprintsOf(findings: readonly Finding[]): string[] {
  const occurrences = new Map<string, number>();
  return findings.map((finding) => {
    const anchor = finding.resource ? `resource:${finding.resource.key}` : `line:${finding.range.start.line}`;
    const base = sha256(
      [
        finding.ruleId,
        finding.range.file,
        anchor,
        finding.messageId ?? finding.message,
        finding.relatedRule ?? '',
      ].join('\u0000'),
    );
    const seen = occurrences.get(base) ?? 0;
    occurrences.set(base, seen + 1);
    return seen === 0 ? base : sha256(`${base}\u0000${seen}`);
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function observedSeverities(findings: readonly Finding[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  for (const finding of findings) if (!out.has(finding.ruleId)) out.set(finding.ruleId, finding.severity);
  return out;
}

function descriptor(
  rule: RuleSummary,
  rules: RuleIndex,
  observed: Severity | undefined,
): ReportingDescriptor {
  // A rule with no severity is either an engine finding (use its default) or a rule turned off.
  const engineDefault = ENGINE_DEFAULT_SEVERITY[rule.id];
  const severity = rule.severity ?? observed ?? engineDefault;
  const section = sectionOf(rule.recommendation);
  const helpUri = rules.helpUri(rule.id);
  const description = oneLine(rule.description);
  const where = section
    ? `It checks a recommendation from the "${section.title}" section of Secure your Azure Managed HSM deployment (${rule.recommendation}).`
    : 'It is reported by the hsmlint engine itself, not by a recommendation of the article.';
  const policy = rule.policy?.length ? ` Related Azure Policy definitions: ${rule.policy.join(', ')}.` : '';
  const text = `${description} ${where}${policy} Documentation: ${helpUri}`;
  const markdown = [
    description,
    '',
    section
      ? `Article section: **${section.title}** of [Secure your Azure Managed HSM deployment](${ARTICLE_URL}) (\`${rule.recommendation}\`).`
      : `Reported by the hsmlint engine itself, not by a recommendation of [the article](${ARTICLE_URL}).`,
    ...(rule.policy?.length
      ? ['', `Related Azure Policy definitions: ${rule.policy.map((p) => `\`${p}\``).join(', ')}.`]
      : []),
    '',
    `[Rule documentation](${helpUri})`,
  ].join('\n');

  const out: ReportingDescriptor = {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: description },
    fullDescription: { text: `${description}${section ? ` (${section.title})` : ''}` },
    help: { text, markdown },
    helpUri,
    defaultConfiguration: severity ? { level: LEVEL[severity] } : { level: 'warning', enabled: false },
    properties: {
      tags: section ? ['security', section.id] : ['security', 'hsmlint-engine'],
      'security-severity': SECURITY_SEVERITY[severity ?? 'warn'],
      ...(rule.recommendation ? { recommendation: rule.recommendation } : {}),
      ...(rule.policy?.length ? { policy: rule.policy } : {}),
    },
  };
  return out;
}

function sarifResult(
  finding: Finding,
  cwd: string,
  ruleIndex: Map<string, number>,
  fingerprint: string,
): Result {
  const out: Result = {
    ruleId: finding.ruleId,
    ruleIndex: ruleIndex.get(finding.ruleId)!,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
  };
  if (isResourceIdLocation(finding.range.file)) {
    // A deployed resource has no file: a logical location names it, with a link to it in the portal.
    out.locations = [
      {
        logicalLocations: [{ fullyQualifiedName: finding.range.file, kind: 'resource' }],
        properties: { portalUrl: portalUrl(finding.range.file) },
      },
    ];
  } else if (finding.range.file) {
    out.locations = [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.range.file, cwd),
          region: region(finding.range),
        },
      },
    ];
  }
  out.partialFingerprints = { [SARIF_FINGERPRINT_KEY]: fingerprint };
  if (finding.suppressed) {
    const kind = finding.suppressed.kind === 'baseline' ? 'external' : 'inSource';
    out.suppressions = [{ kind, justification: finding.suppressed.reason }];
  }
  const properties: Record<string, unknown> = {};
  if (finding.resource) properties.resource = { ...finding.resource };
  if (finding.surface) properties.surface = finding.surface;
  if (finding.recommendation) properties.recommendation = finding.recommendation;
  if (finding.relatedRule) properties.relatedRule = finding.relatedRule;
  if (finding.conditional) properties.conditional = finding.conditional;
  if (finding.parameter) properties.parameter = finding.parameter;
  if (finding.messageId) properties.messageId = finding.messageId;
  if (finding.suppressed) properties.suppressedBy = finding.suppressed.kind;
  if (Object.keys(properties).length > 0) out.properties = properties;
  return out;
}

/** SARIF regions are 1-based and never 0; the end never precedes the start. */
export function region(range: SourceRange): {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
} {
  const atLeastOne = (n: number) => (Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);
  const startLine = atLeastOne(range.start.line);
  const startColumn = atLeastOne(range.start.column);
  let endLine = atLeastOne(range.end.line);
  let endColumn = atLeastOne(range.end.column);
  if (endLine < startLine) [endLine, endColumn] = [startLine, startColumn];
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * Relative paths (how the scan displays files) become encoded, relative URIs under `%SRCROOT%`.
 * An absolute path inside the working directory is made relative; one outside it becomes a file URI.
 */
export function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  let path = file;
  if (isAbsolute(path)) {
    const rel = relative(cwd, path);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
    path = rel;
  }
  const posix = path.split(sep).join('/');
  return { uri: posix.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function notifications(result: ScanResult): Notification[] {
  const out: Notification[] = result.skipped.map((s) => ({
    level: 'note',
    message: { text: `Skipped ${s.path}: ${s.reason}.` },
    descriptor: { id: 'skipped-file' },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path, result.cwd) } }],
  }));
  for (const path of result.missing) {
    out.push({
      level: 'warning',
      message: { text: `Path not found: ${path}.` },
      descriptor: { id: 'missing-path' },
    });
  }
  return out;
}
