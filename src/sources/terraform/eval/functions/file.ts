import type { PropertyNode } from '../../../../model/node.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import { EvalError, checkedString, scalar, toText } from '../nodes.js';

/** Reads a file through the context; unknown (not an error) when it cannot be read, as the scan may not see it. */
export function readFileArg(call: FunctionCall): string | PropertyNode {
  const path = toText(call.args[0], 'the path');
  const read = call.context.readFile;
  if (!read) return call.unknown(`${call.name}() reads files, which this scan does not`);
  let content: string | undefined;
  try {
    content = read(path);
  } catch {
    content = undefined;
  }
  if (content === undefined) return call.unknown(`the file "${path}" could not be read`);
  return checkedString(content);
}

/** Go's filepath.Clean for slash-separated paths. */
function clean(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
    } else out.push(part);
  }
  const joined = out.join('/');
  return rooted ? `/${joined}` : joined || '.';
}

/** Go's filepath.Base: the last element, ignoring trailing slashes. */
function basename(path: string): string {
  if (path === '') return '.';
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Go's filepath.Dir: everything before the last slash, cleaned. */
function dirname(path: string): string {
  return clean(path.slice(0, path.lastIndexOf('/') + 1));
}

export const fileFunctions: FunctionTable = {
  file: {
    arity: [1, 1],
    impl(call) {
      const content = readFileArg(call);
      return typeof content === 'string' ? scalar(content, call.range) : content;
    },
  },
  filebase64: {
    arity: [1, 1],
    impl(call) {
      const content = readFileArg(call);
      return typeof content === 'string'
        ? scalar(Buffer.from(content, 'utf8').toString('base64'), call.range)
        : content;
    },
  },
  fileexists: {
    arity: [1, 1],
    impl(call) {
      const content = readFileArg(call);
      // A file the scan cannot read may still exist where Terraform runs.
      return typeof content === 'string' ? scalar(true, call.range) : content;
    },
  },
  basename: { arity: [1, 1], impl: (call) => scalar(basename(toText(call.args[0], 'the path')), call.range) },
  dirname: { arity: [1, 1], impl: (call) => scalar(dirname(toText(call.args[0], 'the path')), call.range) },
  abspath: {
    arity: [1, 1],
    impl: (call) => call.unknown('abspath() depends on the directory Terraform runs in'),
  },
  pathexpand: {
    arity: [1, 1],
    impl(call) {
      const path = toText(call.args[0], 'the path');
      if (path === '~' || path.startsWith('~/'))
        return call.unknown("pathexpand() depends on the user's home directory");
      if (path.startsWith('~'))
        throw new EvalError("cannot expand a path with another user's home directory");
      return scalar(path, call.range);
    },
  },
};
