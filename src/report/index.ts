import type { ScanResult } from '../scan.js';
import { formatJson, formatJsonWithMetadata } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'markdown' | 'json-with-metadata';

/** Every format, the default (`stylish`) first. */
export const FORMAT_NAMES: readonly FormatName[] = [
  'stylish',
  'json',
  'sarif',
  'markdown',
  'json-with-metadata',
];

export interface FormatOptions {
  /** ANSI colour in `stylish`; the other formats ignore it. */
  color: boolean;
  /** SARIF `run.automationDetails.id`; default `hsmlint/`. */
  automationId?: string;
  /** Markdown: prefix for file links, `${linkBase}${file}#L${line}`. */
  linkBase?: string;
  /** Markdown: upper bound on the document's length; default 65000. */
  maxLength?: number;
  /** Markdown: the heading; default `hsmlint`. */
  title?: string;
}

export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}

/**
 * Renders a scan result. Every format's text ends with a newline, except that `stylish` returns
 * the empty string when it has nothing to say.
 */
export function formatResult(name: FormatName, result: ScanResult, options: FormatOptions): string {
  switch (name) {
    case 'stylish':
      return formatStylish(result, { color: options.color });
    case 'json':
      return formatJson(result);
    case 'sarif':
      return formatSarif(result, { automationId: options.automationId });
    case 'json-with-metadata':
      return formatJsonWithMetadata(result);
    case 'markdown':
      return formatMarkdown(result, {
        title: options.title,
        linkBase: options.linkBase,
        maxLength: options.maxLength,
      });
    default:
      throw new Error(
        `Unknown format '${String(name satisfies never)}'; expected one of ${FORMAT_NAMES.join(', ')}.`,
      );
  }
}

export { formatJson, formatJsonWithMetadata, readJsonWithMetadata, toJsonResults } from './json.js';
export { escapeMarkdown, formatMarkdown } from './markdown.js';
export { formatSarif, toSarifLog } from './sarif.js';
export { formatStylish } from './stylish.js';
