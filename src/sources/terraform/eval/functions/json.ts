import type { PropertyNode } from '../../../../model/node.js';
import { EvalError, MAX_STRING_LENGTH, formatNumber, sortedEntries } from '../nodes.js';

/** Go's JSON encoder escapes these for safe embedding in HTML; Terraform's jsonencode() keeps that. */
const HTML_UNSAFE = /[<>&\u2028\u2029]/g;

function quote(text: string): string {
  return JSON.stringify(text).replace(
    HTML_UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** jsonencode(): compact JSON with object keys in ascending order, as Terraform writes it. Needs a known value. */
export function jsonText(node: PropertyNode): string {
  const parts: string[] = [];
  let length = 0;
  const push = (text: string) => {
    parts.push(text);
    length += text.length;
    if (length > MAX_STRING_LENGTH) throw new EvalError('the encoded value is too long');
  };
  const write = (n: PropertyNode) => {
    switch (n.kind) {
      case 'unknown':
        throw new EvalError('cannot encode an unknown value');
      case 'scalar':
        if (n.value === null) push('null');
        else if (typeof n.value === 'string') push(quote(n.value));
        else if (typeof n.value === 'number') push(formatNumber(n.value));
        else push(n.value ? 'true' : 'false');
        return;
      case 'array':
        push('[');
        n.items.forEach((item, i) => {
          if (i > 0) push(',');
          write(item);
        });
        push(']');
        return;
      case 'object':
        push('{');
        sortedEntries(n).forEach((entry, i) => {
          if (i > 0) push(',');
          push(`${quote(entry.name)}:`);
          write(entry.node);
        });
        push('}');
        return;
    }
  };
  write(node);
  return parts.join('');
}
