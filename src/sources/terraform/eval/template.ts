import type { Position } from '../../../model/range.js';
import { lineStartsOf } from '../../../model/range.js';
import type { HclTemplateFor, HclTemplateIf, HclTemplatePart, HclTemplateText } from '../ast.js';

/**
 * Template text as Terraform renders it: `~` strip markers remove the whitespace next to them, and a `<<-`
 * heredoc loses the indentation its lines share. Both act on literal text only, so they are applied to the
 * parts before evaluation.
 */

interface Strip {
  left: boolean;
  right: boolean;
}

/** The strip markers of a directive's `%{ if }` / `%{ else }` / `%{ endif }` (or `for`/`endfor`) tags. */
interface DirectiveMarkers {
  open: Strip;
  else?: Strip;
  close: Strip;
}

/** The offset of `pos` in `text`, which starts at `base`. */
function offsetIn(text: string, base: Position, pos: Position): number {
  const starts = lineStartsOf(text);
  const line = pos.line - base.line;
  if (line <= 0) return Math.max(0, pos.column - base.column);
  return Math.min(text.length, (starts[line] ?? text.length) + pos.column - 1);
}

function directiveMarkers(part: HclTemplateIf | HclTemplateFor, source: string): DirectiveMarkers {
  const head = part.kind === 'if' ? part.condition : part.collection;
  const afterHead = offsetIn(source, part.range.start, head.range.end);
  const introEnd = source.indexOf('}', afterHead);
  const open = { left: source.startsWith('%{~'), right: /^\s*~\}/.test(source.slice(afterHead)) };
  const closing = new RegExp(`%\\{(~?)\\s*end${part.kind}\\s*(~?)\\}\\s*$`).exec(source);
  const close = { left: closing?.[1] === '~', right: closing?.[2] === '~' };
  if (part.kind === 'for' || !part.else) return { open, close };
  const lastThen = part.then[part.then.length - 1];
  const from = lastThen ? offsetIn(source, part.range.start, lastThen.range.end) : introEnd + 1;
  const elseTag = /%\{(~?)\s*else\s*(~?)\}/g;
  elseTag.lastIndex = Math.max(0, from);
  const found = elseTag.exec(source);
  return { open, close, else: { left: found?.[1] === '~', right: found?.[2] === '~' } };
}

function trimText(part: HclTemplatePart | undefined, side: 'start' | 'end'): void {
  if (part?.kind !== 'text') return;
  part.value = side === 'start' ? part.value.replace(/^\s+/, '') : part.value.replace(/\s+$/, '');
}

function copyParts(parts: readonly HclTemplatePart[]): HclTemplatePart[] {
  return parts.map((part) => {
    switch (part.kind) {
      case 'text':
        return { ...part };
      case 'if':
        return { ...part, then: copyParts(part.then), ...(part.else ? { else: copyParts(part.else) } : {}) };
      case 'for':
        return { ...part, body: copyParts(part.body) };
      default:
        return part;
    }
  });
}

/** Applies the strip markers to (copies of) the text parts. `sourceOf` gives a directive's source text. */
function applyStripMarkers(parts: HclTemplatePart[], sourceOf: (part: HclTemplatePart) => string): void {
  parts.forEach((part, i) => {
    let strip: Strip;
    if (part.kind === 'text') return;
    if (part.kind === 'interpolation') strip = part.strip;
    else {
      const markers = directiveMarkers(part, sourceOf(part));
      strip = { left: markers.open.left, right: markers.close.right };
      const first = part.kind === 'if' ? part.then : part.body;
      if (markers.open.right) trimText(first[0], 'start');
      if (part.kind === 'if' && part.else) {
        if (markers.else?.left) trimText(part.then[part.then.length - 1], 'end');
        if (markers.else?.right) trimText(part.else[0], 'start');
        if (markers.close.left) trimText(part.else[part.else.length - 1], 'end');
      } else if (markers.close.left) trimText(first[first.length - 1], 'end');
      applyStripMarkers(first, sourceOf);
      if (part.kind === 'if' && part.else) applyStripMarkers(part.else, sourceOf);
    }
    if (strip.left) trimText(parts[i - 1], 'end');
    if (strip.right) trimText(parts[i + 1], 'start');
  });
}

/** Visits the text parts in source order, telling whether each begins at the start of a line. */
function visitText(
  parts: HclTemplatePart[],
  state: { atLineStart: boolean; last?: HclTemplateText },
  onText: (part: HclTemplateText, atLineStart: boolean) => void,
  onOther: (atLineStart: boolean) => void,
): void {
  for (const part of parts) {
    if (part.kind === 'text') {
      onText(part, state.atLineStart);
      state.atLineStart = part.value.endsWith('\n');
      continue;
    }
    onOther(state.atLineStart);
    state.atLineStart = false;
    if (part.kind === 'if') {
      visitText(part.then, state, onText, onOther);
      if (part.else) visitText(part.else, state, onText, onOther);
      state.atLineStart = false;
    } else if (part.kind === 'for') {
      visitText(part.body, state, onText, onOther);
      state.atLineStart = false;
    }
  }
}

const INDENT = /^[ \t]*/;

/** `<<-`: removes the indentation shared by all non-blank lines (a line starting with `${` has none). */
function stripHeredocIndent(parts: HclTemplatePart[]): void {
  const lastText = parts[parts.length - 1];
  let least = Infinity;
  visitText(
    parts,
    { atLineStart: true },
    (part, atLineStart) => {
      const lines = part.value.split('\n');
      lines.forEach((line, k) => {
        if (k === 0 && !atLineStart) return;
        const endsHeredoc = k === lines.length - 1 && part === lastText;
        const blank = line.trim() === '' && (k < lines.length - 1 || endsHeredoc);
        if (!blank) least = Math.min(least, (INDENT.exec(line) as RegExpExecArray)[0].length);
      });
    },
    (atLineStart) => {
      if (atLineStart) least = 0;
    },
  );
  if (least === Infinity || least === 0) return;
  visitText(
    parts,
    { atLineStart: true },
    (part, atLineStart) => {
      part.value = part.value
        .split('\n')
        .map((line, k) => {
          if (k === 0 && !atLineStart) return line;
          const indent = (INDENT.exec(line) as RegExpExecArray)[0].length;
          return line.slice(Math.min(indent, least));
        })
        .join('\n');
    },
    () => undefined,
  );
}

/** The parts with indentation (for `<<-`) and strip markers applied; the input is not changed. */
export function prepareTemplate(
  parts: readonly HclTemplatePart[],
  stripIndent: boolean,
  sourceOf: (part: HclTemplatePart) => string,
): HclTemplatePart[] {
  const copy = copyParts(parts);
  if (stripIndent) stripHeredocIndent(copy);
  applyStripMarkers(copy, sourceOf);
  return copy;
}
