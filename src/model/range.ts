/** A 1-based position; columns count UTF-16 code units, as editors and SARIF's default do. */
export interface Position {
  line: number;
  column: number;
}

export interface SourceRange {
  file: string;
  start: Position;
  end: Position;
}

/**
 * The offset at which each line starts, for LF, CRLF and CR line ends. A text without carriage returns
 * (most) is searched with `indexOf` instead of a look at every character, and its lines are counted
 * first: an array grown line by line would allocate (and copy) several times its size.
 */
export function lineStartsOf(text: string): number[] {
  if (!text.includes('\r')) return lineFeedStarts(text);
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

function lineFeedStarts(text: string): number[] {
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
  const starts = new Array<number>(lines);
  starts[0] = 0;
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}

/** Maps string offsets to 1-based line/column positions with one pass over the text. */
export class LineIndex {
  // Built on first use: a parser that tracks lines itself never needs it.
  private starts?: number[];

  constructor(private readonly text: string) {}

  private get lineStarts(): number[] {
    this.starts ??= lineStartsOf(this.text);
    return this.starts;
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }

  range(file: string, offset: number, length: number): SourceRange {
    return { file, start: this.position(offset), end: this.position(offset + length) };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1] ?? this.text.length;
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }
}

export function pointRange(file: string, line = 1, column = 1): SourceRange {
  return { file, start: { line, column }, end: { line, column } };
}

export function compareRanges(a: SourceRange, b: SourceRange): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.start.line - b.start.line || a.start.column - b.start.column;
}

export function rangeContains(outer: SourceRange, inner: SourceRange): boolean {
  if (outer.file !== inner.file) return false;
  const before = (p: Position, q: Position) => p.line < q.line || (p.line === q.line && p.column <= q.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}
