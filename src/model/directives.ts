import type { SourceRange } from './range.js';

/**
 * An inline suppression directive, in any comment syntax:
 *   hsmlint-disable-next-line <rule>[, <rule>] -- <reason>
 *   hsmlint-disable-line <rule> -- <reason>
 *   hsmlint-disable <rule> -- <reason>   ...   hsmlint-enable [<rule>]
 * An empty rule list means every rule.
 */
export interface Directive {
  kind: 'disable-next-line' | 'disable-line' | 'disable' | 'enable';
  rules: string[];
  reason?: string;
  /** Where the comment is written. */
  range: SourceRange;
}

const DIRECTIVE =
  /^\s*(hsmlint-disable-next-line|hsmlint-disable-line|hsmlint-disable|hsmlint-enable)(?=\s|$)(.*)$/s;

/** Parses the text of one comment (without its delimiters); undefined when it is not a directive. */
export function parseDirective(commentText: string, range: SourceRange): Directive | undefined {
  const match = DIRECTIVE.exec(commentText.replace(/\*+\s*$/, ''));
  if (!match) return undefined;
  const kind = match[1].slice('hsmlint-'.length) as Directive['kind'];
  const rest = match[2];
  const separator = rest.search(/\s--(\s|$)/);
  const rulesText = separator >= 0 ? rest.slice(0, separator) : rest;
  const reason =
    separator >= 0
      ? rest
          .slice(separator)
          .replace(/^\s*--/, '')
          .trim()
      : undefined;
  const rules = rulesText
    .split(/[,\s]+/)
    .map((r) => r.trim())
    .filter(Boolean);
  const directive: Directive = { kind, rules, range };
  if (reason) directive.reason = reason;
  return directive;
}
