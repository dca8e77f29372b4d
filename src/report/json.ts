import { resolve } from 'node:path';
import type { Finding, FindingResource, Severity } from '../model/finding.js';
import type { Surface } from '../model/resource.js';
import type { ScanResult } from '../scan.js';
import { isResourceIdLocation } from '../model/location.js';
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
