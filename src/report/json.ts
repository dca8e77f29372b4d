import { resolve } from 'node:path';
import type { Finding, FindingResource, Severity } from '../model/finding.js';
import type { Surface } from '../model/resource.js';
import type { ScanResult } from '../scan.js';
import { isResourceIdLocation } from '../model/location.js';
import { PRODUCT_VERSION } from '../model/product.js';
import { compareText, groupByFile, isParseError, sortFindings } from './common.js';

/** ESLint's numeric severities, extended with 0 for info (ESLint has no info level). */
export const JSON_SEVERITY: Record<Severity, 0 | 1 | 2> = { error: 2, warn: 1, info: 0 };

/** The `filePath` used for findings that have no file (a rule that failed before it saw a resource). */
export const JSON_NO_FILE = '<no file>';

export interface JsonMessage {
  ruleId: string;
  severity: 0 | 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Set, as in ESLint, on messages for files that could not be parsed. */
  fatal?: true;
  messageId?: string;
  resource?: FindingResource;
  surface?: Surface;
  recommendation?: string;
  relatedRule?: string;
  conditional?: string;
  parameter?: string;
}

export interface JsonSuppressedMessage extends JsonMessage {
  suppressions: Array<{ kind: NonNullable<Finding['suppressed']>['kind']; justification: string }>;
}

export interface JsonFileResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: JsonSuppressedMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: 0;
  fixableWarningCount: 0;
  usedDeprecatedRules: [];
}

/**
 * ESLint's result array: one entry per scanned file (clean files included) and per file that only
 * appears in findings (a file that failed to parse), sorted by path. Counts cover unsuppressed
 * messages only; `errorCount` includes the fatal ones, as in ESLint. Skipped files are not scanned
 * files and get no entry.
 */
export function toJsonResults(result: ScanResult): JsonFileResult[] {
  const byFile = groupByFile(sortFindings(result.findings));
  const files = new Set<string>([...result.files.map((f) => f.file), ...byFile.keys()]);
  return [...files].sort(compareText).map((file) => fileResult(result.cwd, file, byFile.get(file) ?? []));
}

/** Compact, one line, like ESLint's `json` formatter; ends with a newline. */
export function formatJson(result: ScanResult): string {
  return `${JSON.stringify(toJsonResults(result))}\n`;
}

function fileResult(cwd: string, file: string, findings: Finding[]): JsonFileResult {
  const shown = findings.filter((f) => !f.suppressed);
  const count = (severity: Severity) => shown.filter((f) => f.severity === severity).length;
  return {
    filePath: !file ? JSON_NO_FILE : isResourceIdLocation(file) ? file : resolve(cwd, file),
    messages: shown.map(message),
    suppressedMessages: findings
      .filter((f) => f.suppressed)
      .map((f) => ({
        ...message(f),
        suppressions: [{ kind: f.suppressed!.kind, justification: f.suppressed!.reason }],
      })),
    errorCount: count('error'),
    fatalErrorCount: shown.filter(isParseError).length,
    warningCount: count('warn'),
    infoCount: count('info'),
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}

function message(finding: Finding): JsonMessage {
  const out: JsonMessage = {
    ruleId: finding.ruleId,
    severity: JSON_SEVERITY[finding.severity],
    message: finding.message,
    line: finding.range.start.line,
    column: finding.range.start.column,
    endLine: finding.range.end.line,
    endColumn: finding.range.end.column,
  };
  if (isParseError(finding)) out.fatal = true;
  if (finding.messageId !== undefined) out.messageId = finding.messageId;
  if (finding.resource)
    out.resource = { key: finding.resource.key, type: finding.resource.type, name: finding.resource.name };
  if (finding.surface !== undefined) out.surface = finding.surface;
  if (finding.recommendation !== undefined) out.recommendation = finding.recommendation;
  if (finding.relatedRule !== undefined) out.relatedRule = finding.relatedRule;
  if (finding.conditional !== undefined) out.conditional = finding.conditional;
  if (finding.parameter !== undefined) out.parameter = finding.parameter;
  return out;
}

/** The version of the `json-with-metadata` document's `metadata.hsmlint` part. */
export const RESULT_DOCUMENT_VERSION = 1;

/**
 * ESLint's `json-with-metadata` shape: `{ results, metadata }`, where `results` is exactly the `json`
 * format's array and `metadata` holds `cwd`, ESLint's `rulesMeta` and, under `hsmlint`, the whole scan
 * result (versioned), so that `hsmlint merge` can rebuild it: shards of a sweep are written in this
 * format and merged into one report.
 */
export interface JsonWithMetadata {
  results: JsonFileResult[];
  metadata: {
    cwd: string;
    rulesMeta: Record<string, { docs: { description: string; url?: string } }>;
    hsmlint: ResultDocument;
  };
}

export interface ResultDocument {
  version: typeof RESULT_DOCUMENT_VERSION;
  /** The hsmlint version that wrote it. */
  tool: string;
  shard?: { index: number; count: number };
  result: Omit<ScanResult, 'cwd' | 'shard' | 'triage'>;
}

export function toJsonWithMetadata(result: ScanResult): JsonWithMetadata {
  const rulesMeta: JsonWithMetadata['metadata']['rulesMeta'] = {};
  for (const rule of result.rules) {
    if (Object.hasOwn(rulesMeta, rule.id)) continue;
    rulesMeta[rule.id] = {
      docs: { description: rule.description, ...(rule.helpUri ? { url: rule.helpUri } : {}) },
    };
  }
  // How the run shared its work (`triage`) is not part of the result: the same scan writes the same document.
  const { cwd, shard, triage: _triage, ...rest } = result;
  return {
    results: toJsonResults(result),
    metadata: {
      cwd,
      rulesMeta,
      hsmlint: {
        version: RESULT_DOCUMENT_VERSION,
        tool: PRODUCT_VERSION,
        ...(shard ? { shard: { index: shard.index, count: shard.count } } : {}),
        result: rest,
      },
    },
  };
}

/** One line, like `json`; ends with a newline. */
export function formatJsonWithMetadata(result: ScanResult): string {
  return `${JSON.stringify(toJsonWithMetadata(result))}\n`;
}

export class ResultDocumentError extends Error {
  override name = 'ResultDocumentError';
}

/**
 * Reads a `json-with-metadata` document back into a scan result, relative to `cwd` (the merging
 * side's working folder: file paths in the result are relative). Throws `ResultDocumentError`.
 */
export function readJsonWithMetadata(data: unknown, cwd: string, source = 'the document'): ScanResult {
  const metadata = (data as Partial<JsonWithMetadata> | null)?.metadata;
  const doc = metadata?.hsmlint;
  if (!doc || typeof doc !== 'object') {
    throw new ResultDocumentError(
      `${source} is not an hsmlint result: write shard results with --format json-with-metadata.`,
    );
  }
  if (doc.version !== RESULT_DOCUMENT_VERSION) {
    throw new ResultDocumentError(
      `${source} is an hsmlint result of version ${String(doc.version)}; this hsmlint reads version ${RESULT_DOCUMENT_VERSION}.`,
    );
  }
  const r = doc.result as Partial<ScanResult> | undefined;
  const arrays = ['files', 'skipped', 'missing', 'findings', 'rules', 'suppressions'] as const;
  if (!r || arrays.some((key) => !Array.isArray(r[key])) || typeof r.resourceCount !== 'number') {
    throw new ResultDocumentError(`${source} is an incomplete hsmlint result.`);
  }
  const out: ScanResult = {
    cwd,
    files: r.files!,
    skipped: r.skipped!,
    missing: r.missing!,
    findings: r.findings!,
    rules: r.rules!,
    resourceCount: r.resourceCount,
    suppressions: r.suppressions!,
    related: r.related ?? {},
  };
  if (doc.shard) out.shard = { index: doc.shard.index, count: doc.shard.count };
  return out;
}
