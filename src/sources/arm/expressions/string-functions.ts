import { compositeFormat, type FormatArgument } from './composite-format.js';
import {
  MANY,
  expectArray,
  expectInteger,
  expectString,
  expectStringElements,
  expectStrings,
  values,
  type Call,
  type FunctionDefinition,
} from './function-support.js';
import { armGuid, armUniqueString } from './hash.js';
import { parseLenientJson } from './lenient-json.js';
import { ExpressionError, isInteger, scalarText, toJsonText, typeName, type JsonValue } from './values.js';

/** Text as ARM's string() produces it: containers become compact JSON, scalars print as .NET does. */
export function stringOf(value: JsonValue, call: Call): string {
  if (value !== null && typeof value === 'object')
    return toJsonText(value, call, call.limits.maxOutputLength);
  return scalarText(value);
}

function decodeBase64(text: string): Buffer {
  const compact = text.replace(/\s/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new ExpressionError('the value is not valid base64');
  return Buffer.from(compact, 'base64');
}

function encodeBase64(text: string, call: Call): string {
  const bytes = Buffer.from(text, 'utf8');
  call.checkLength(Math.ceil(bytes.length / 3) * 4, 'characters');
  return bytes.toString('base64');
}

function parseJsonText(text: string, call: Call): JsonValue {
  call.charge(Math.ceil(text.length / 64));
  return parseLenientJson(text);
}

function toDataUri(value: JsonValue, call: Call): string {
  const isText = typeof value === 'string';
  const content = isText ? value : stringOf(value, call);
  const mediaType = isText ? 'text/plain;charset=utf8' : 'application/json;charset=utf8';
  return `data:${mediaType};base64,${encodeBase64(content, call)}`;
}

function fromDataUri(uri: string): string {
  const match = /^data:([^,]*),(.*)$/is.exec(uri);
  if (!match) throw new ExpressionError('the value is not a data URI');
  const metadata = match[1].split(';').map((part) => part.trim());
  const charset = metadata
    .find((part) => /^charset=/i.test(part))
    ?.slice('charset='.length)
    .toLowerCase();
  if (charset !== undefined && charset !== 'utf8' && charset !== 'utf-8')
    throw new ExpressionError(`charset '${charset}' is not supported`);
  const isBase64 = metadata[metadata.length - 1]?.toLowerCase() === 'base64';
  if (isBase64) return decodeBase64(match[2]).toString('utf8');
  return percentDecode(match[2]);
}

function percentDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ExpressionError('the value is not a valid URI component');
  }
}

/** .NET's Uri.EscapeDataString: everything but unreserved characters is percent-encoded. */
function escapeDataString(text: string): string {
  try {
    return encodeURIComponent(text).replace(
      /[!'()*]/g,
      (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    throw new ExpressionError('the value holds an unpaired surrogate');
  }
}

function combineUri(base: string, relative: string): string {
  let url: URL;
  try {
    url = new URL(relative, new URL(base));
  } catch {
    throw new ExpressionError(`cannot combine '${base}' with '${relative}'`);
  }
  return url.href;
}

/** .NET String.Split with several separators: at each position the first separator that matches wins. */
function split(text: string, separators: readonly string[], call: Call): string[] {
  const usable = separators.filter((separator) => separator.length > 0);
  if (usable.length === 0) return [text];
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const separator = usable.find((candidate) => text.startsWith(candidate, index));
    if (separator === undefined) {
      index++;
      continue;
    }
    parts.push(text.slice(start, index));
    index += separator.length;
    start = index;
  }
  parts.push(text.slice(start));
  call.checkLength(parts.length, 'elements');
  return parts;
}

function formatArgument(value: JsonValue, call: Call): FormatArgument {
  if (typeof value === 'number') return { number: value };
  // Arrays and objects print as single-line JSON with single quotes, as ARM's format() writes them.
  if (value !== null && typeof value === 'object') return { text: stringOf(value, call).replace(/"/g, "'") };
  return { text: scalarText(value) };
}

function padLeft(args: JsonValue[], call: Call): string {
  const [value] = args;
  if (typeof value !== 'string' && !isInteger(value))
    throw new ExpressionError(`the value to pad must be a string or an int, not ${typeName(value)}`);
  const text = String(value);
  const totalLength = expectInteger(args, 1);
  const padding = args.length > 2 && args[2] !== null ? expectString(args, 2) : ' ';
  if (padding.length !== 1) throw new ExpressionError('the padding must be a single character');
  if (totalLength <= text.length) return text;
  call.checkLength(totalLength, 'characters');
  return text.padStart(totalLength, padding);
}

function replaceAll(args: JsonValue[], call: Call): string {
  const [text, oldValue, newValue] = expectStrings(args);
  if (oldValue === '') throw new ExpressionError('the value to replace cannot be empty');
  const occurrences = text.split(oldValue).length - 1;
  call.checkLength(text.length + occurrences * (newValue.length - oldValue.length), 'characters');
  return text.split(oldValue).join(newValue);
}

function substring(args: JsonValue[]): string {
  const text = args[0] === null ? '' : expectString(args, 0);
  const start = expectInteger(args, 1);
  if (start < 0) throw new ExpressionError(`the start index ${start} is negative`);
  if (start > text.length)
    throw new ExpressionError(`the start index ${start} is beyond the string length ${text.length}`);
  if (args.length < 3) return text.slice(start);
  const length = expectInteger(args, 2);
  if (length < 0) throw new ExpressionError(`the length ${length} is negative`);
  if (start + length > text.length)
    throw new ExpressionError(
      `the range ${start}..${start + length} is beyond the string length ${text.length}`,
    );
  return text.slice(start, start + length);
}

function caseInsensitive(text: string): string {
  return text.toLowerCase();
}

export const stringFunctions: Record<string, FunctionDefinition> = {
  string: values(1, 1, (args, call) => stringOf(args[0], call)),
  json: values(1, 1, (args, call) => parseJsonText(expectString(args, 0), call)),
  base64: values(1, 1, (args, call) => encodeBase64(expectString(args, 0), call)),
  base64ToString: values(1, 1, (args) => decodeBase64(expectString(args, 0)).toString('utf8')),
  base64ToJson: values(1, 1, (args, call) =>
    parseJsonText(decodeBase64(expectString(args, 0)).toString('utf8'), call),
  ),
  dataUri: values(1, 1, (args, call) => toDataUri(args[0], call)),
  dataUriToString: values(1, 1, (args) => fromDataUri(expectString(args, 0))),
  uri: values(2, 2, (args) => combineUri(expectString(args, 0), expectString(args, 1))),
  uriComponent: values(1, 1, (args) => escapeDataString(expectString(args, 0))),
  uriComponentToString: values(1, 1, (args) => percentDecode(expectString(args, 0))),
  format: values(1, MANY, (args, call) =>
    compositeFormat(
      expectString(args, 0),
      args.slice(1).map((arg) => formatArgument(arg, call)),
      call.limits.maxOutputLength,
    ),
  ),
  toLower: values(1, 1, (args) => (args[0] === null ? '' : expectString(args, 0).toLowerCase())),
  toUpper: values(1, 1, (args) => (args[0] === null ? '' : expectString(args, 0).toUpperCase())),
  trim: values(1, 1, (args) => expectString(args, 0).trim()),
  padLeft: values(2, 3, padLeft),
  replace: values(3, 3, replaceAll),
  substring: values(2, 3, substring),
  split: values(2, 2, (args, call) => {
    if (args[0] === null) return [];
    const text = expectString(args, 0);
    const separators = Array.isArray(args[1]) ? expectStringElements(args[1]) : [expectString(args, 1)];
    return split(text, separators, call);
  }),
  join: values(2, 2, (args, call) => {
    const items = expectStringElements(expectArray(args, 0));
    const delimiter = expectString(args, 1);
    const length =
      items.reduce((sum, item) => sum + item.length, 0) + delimiter.length * Math.max(0, items.length - 1);
    call.checkLength(length, 'characters');
    return items.join(delimiter);
  }),
  // ARM compares case-insensitively here, as in indexOf() and lastIndexOf().
  startsWith: values(2, 2, (args) =>
    caseInsensitive(expectString(args, 0)).startsWith(caseInsensitive(expectString(args, 1))),
  ),
  endsWith: values(2, 2, (args) =>
    caseInsensitive(expectString(args, 0)).endsWith(caseInsensitive(expectString(args, 1))),
  ),
  uniqueString: values(1, MANY, (args) => armUniqueString(expectStrings(args))),
  guid: values(1, MANY, (args) => armGuid(expectStrings(args))),
};
