export type TokenKind = 'identifier' | 'integer' | 'string' | '(' | ')' | ',' | '.' | '[' | ']' | 'end';

export interface Token {
  kind: TokenKind;
  /** The identifier's name, the string's unescaped content, or the punctuation itself. */
  text: string;
  /** The integer's value. */
  value?: number;
  start: number;
  end: number;
}

export type LexResult = { ok: true; tokens: Token[] } | { ok: false; error: string; offset: number };

const PUNCTUATION = new Set(['(', ')', ',', '.', '[', ']']);

function isIdentifierStart(char: string): boolean {
  return /[A-Za-z_$]/.test(char);
}

function isIdentifierPart(char: string): boolean {
  return /[A-Za-z0-9_$]/.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Splits the text inside an expression's brackets into tokens. Never throws. */
export function tokenize(text: string): LexResult {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) {
      index++;
      continue;
    }
    const start = index;
    if (PUNCTUATION.has(char)) {
      tokens.push({ kind: char as TokenKind, text: char, start, end: ++index });
      continue;
    }
    if (char === "'") {
      let content = '';
      index++;
      for (;;) {
        if (index >= text.length) return { ok: false, error: 'unterminated string literal', offset: start };
        const next = text.indexOf("'", index);
        if (next < 0) return { ok: false, error: 'unterminated string literal', offset: start };
        content += text.slice(index, next);
        // Two quotes in a row stand for one quote inside the literal.
        if (text[next + 1] === "'") {
          content += "'";
          index = next + 2;
          continue;
        }
        index = next + 1;
        break;
      }
      tokens.push({ kind: 'string', text: content, start, end: index });
      continue;
    }
    if (isDigit(char) || (char === '-' && isDigit(text[index + 1]))) {
      index++;
      while (isDigit(text[index])) index++;
      if (text[index] === '.' && isDigit(text[index + 1]))
        return { ok: false, error: "decimal literals are not supported (use json('1.5'))", offset: start };
      const literal = text.slice(start, index);
      const value = Number(literal);
      if (!Number.isSafeInteger(value))
        return { ok: false, error: `integer ${literal} is out of range`, offset: start };
      tokens.push({ kind: 'integer', text: literal, value, start, end: index });
      continue;
    }
    if (isIdentifierStart(char)) {
      index++;
      while (index < text.length && isIdentifierPart(text[index])) index++;
      tokens.push({ kind: 'identifier', text: text.slice(start, index), start, end: index });
      continue;
    }
    return { ok: false, error: `unexpected character '${char}'`, offset: start };
  }
  tokens.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return { ok: true, tokens };
}
