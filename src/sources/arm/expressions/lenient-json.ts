import { ExpressionError, MAX_VALUE_DEPTH, setProperty, type JsonObject, type JsonValue } from './values.js';

/*
 * ARM's json() and base64ToJson() read JSON the way Json.NET does, which is more forgiving than JSON.parse:
 * strings may use single quotes, property names may be bare words, and comments are skipped. Template
 * authors rely on this (`json('{''a'': 1}')`), so it is accepted here too.
 */

const SCALAR_WORD = /-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[A-Za-z_$][\w$]*/y;
const BARE_NAME = /[A-Za-z_$][\w$]*/y;

export function parseLenientJson(text: string): JsonValue {
  return new LenientJsonReader(text).document();
}

class LenientJsonReader {
  private index = 0;

  constructor(private readonly text: string) {}

  document(): JsonValue {
    const value = this.value(0);
    this.skipWhitespace();
    if (this.index < this.text.length) this.fail('unexpected text after the JSON value');
    return value;
  }

  private fail(message: string): never {
    throw new ExpressionError(`invalid JSON at position ${this.index}: ${message}`);
  }

  private sticky(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.index;
    return pattern.exec(this.text)?.[0];
  }

  private skipWhitespace(): void {
    for (;;) {
      while (this.index < this.text.length && /\s/.test(this.text[this.index])) this.index++;
      if (this.text.startsWith('//', this.index)) {
        const end = this.text.indexOf('\n', this.index);
        this.index = end < 0 ? this.text.length : end + 1;
      } else if (this.text.startsWith('/*', this.index)) {
        const end = this.text.indexOf('*/', this.index + 2);
        if (end < 0) this.fail('unterminated comment');
        this.index = end + 2;
      } else {
        return;
      }
    }
  }

  private value(depth: number): JsonValue {
    if (depth > MAX_VALUE_DEPTH) this.fail(`nesting deeper than ${MAX_VALUE_DEPTH} levels`);
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"' || char === "'") return this.string();
    const word = this.sticky(SCALAR_WORD);
    if (word === undefined)
      this.fail(char === undefined ? 'unexpected end of text' : `unexpected character '${char}'`);
    this.index += word.length;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    const number = Number(word);
    if (!Number.isFinite(number)) this.fail(`unexpected word '${word}'`);
    return number;
  }

  private string(): string {
    const quote = this.text[this.index++];
    let result = '';
    while (this.index < this.text.length) {
      const char = this.text[this.index++];
      if (char === quote) return result;
      if (char !== '\\') {
        result += char;
        continue;
      }
      const escape = this.text[this.index++];
      const simple: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (escape === 'u') {
        const hex = this.text.slice(this.index, this.index + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid \\u escape');
        result += String.fromCharCode(parseInt(hex, 16));
        this.index += 4;
      } else if (escape !== undefined) {
        result += simple[escape] ?? escape;
      }
    }
    this.fail('unterminated string');
  }

  private propertyName(): string {
    this.skipWhitespace();
    const char = this.text[this.index];
    if (char === '"' || char === "'") return this.string();
    const word = this.sticky(BARE_NAME);
    if (word === undefined) this.fail('expected a property name');
    this.index += word.length;
    return word;
  }

  private object(depth: number): JsonObject {
    this.index++;
    const result: JsonObject = {};
    this.skipWhitespace();
    if (this.text[this.index] === '}') {
      this.index++;
      return result;
    }
    for (;;) {
      const name = this.propertyName();
      this.skipWhitespace();
      if (this.text[this.index] !== ':') this.fail("expected ':'");
      this.index++;
      setProperty(result, name, this.value(depth + 1));
      this.skipWhitespace();
      const separator = this.text[this.index++];
      if (separator === '}') return result;
      if (separator !== ',') this.fail("expected ',' or '}'");
    }
  }

  private array(depth: number): JsonValue[] {
    this.index++;
    const result: JsonValue[] = [];
    this.skipWhitespace();
    if (this.text[this.index] === ']') {
      this.index++;
      return result;
    }
    for (;;) {
      result.push(this.value(depth + 1));
      this.skipWhitespace();
      const separator = this.text[this.index++];
      if (separator === ']') return result;
      if (separator !== ',') this.fail("expected ',' or ']'");
    }
  }
}
