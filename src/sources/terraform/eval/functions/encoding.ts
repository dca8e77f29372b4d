import { createHash } from '../../../../model/hash.js';
import { yamlLibrary } from '../../../../model/libraries.js';
import type { PropertyNode } from '../../../../model/node.js';
import { jsonToNode } from '../../../../model/node.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import { EvalError, checkedString, scalar, sortedEntries, toText } from '../nodes.js';
import { jsonText } from './json.js';

const text = (call: FunctionCall, i = 0) => toText(call.args[i], `argument ${i + 1}`);

/** Plain data for the YAML writer: objects become Maps in key order, so no key is special. */
function toPlain(node: PropertyNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'array':
      return node.items.map(toPlain);
    case 'object':
      return new Map(sortedEntries(node).map((entry) => [entry.name, toPlain(entry.node)]));
    case 'unknown':
      throw new EvalError('cannot encode an unknown value');
  }
}

function decoded(call: FunctionCall, value: unknown): PropertyNode {
  return jsonToNode(value, call.range);
}

function hash(algorithm: string, encoding: 'hex' | 'base64') {
  return {
    arity: [1, 1] as const,
    impl: (call: FunctionCall) =>
      scalar(createHash(algorithm).update(text(call), 'utf8').digest(encoding), call.range),
  };
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const encodingFunctions: FunctionTable = {
  jsonencode: {
    arity: [1, 1],
    impl: (call) => scalar(jsonText(call.args[0]), call.range),
  },
  jsondecode: {
    arity: [1, 1],
    impl(call) {
      const source = text(call);
      call.work(source.length / 16);
      let value: unknown;
      try {
        value = JSON.parse(source);
      } catch (error) {
        throw new EvalError(`invalid JSON: ${(error as Error).message}`);
      }
      return decoded(call, value);
    },
  },
  yamlencode: {
    arity: [1, 1],
    impl(call) {
      const out = yamlLibrary().stringify(toPlain(call.args[0]), {
        defaultStringType: 'QUOTE_DOUBLE',
        defaultKeyType: null,
        indentSeq: false,
        lineWidth: 0,
        aliasDuplicateObjects: false,
      });
      return scalar(checkedString(out), call.range);
    },
  },
  yamldecode: {
    arity: [1, 1],
    impl(call) {
      const source = text(call);
      call.work(source.length / 16);
      const documents = yamlLibrary().parseAllDocuments(source);
      if (!Array.isArray(documents) || documents.length !== 1) {
        throw new EvalError('the YAML must hold exactly one document');
      }
      const [document] = documents;
      if (document.errors.length > 0) throw new EvalError(`invalid YAML: ${document.errors[0].message}`);
      return decoded(call, document.toJS({ maxAliasCount: 100 }));
    },
  },
  base64encode: {
    arity: [1, 1],
    impl: (call) => scalar(checkedString(Buffer.from(text(call), 'utf8').toString('base64')), call.range),
  },
  base64decode: {
    arity: [1, 1],
    impl(call) {
      const source = text(call);
      if (!BASE64.test(source)) throw new EvalError('the argument is not valid base64');
      try {
        return scalar(
          new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(source, 'base64')),
          call.range,
        );
      } catch {
        throw new EvalError('the decoded bytes are not valid UTF-8');
      }
    },
  },
  urlencode: {
    arity: [1, 1],
    impl(call) {
      // Go's url.QueryEscape: spaces become `+`, everything but letters, digits and `-_.~` is escaped.
      const encoded = encodeURIComponent(text(call))
        .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
      return scalar(encoded, call.range);
    },
  },
  md5: hash('md5', 'hex'),
  sha1: hash('sha1', 'hex'),
  sha256: hash('sha256', 'hex'),
  sha512: hash('sha512', 'hex'),
  base64sha256: hash('sha256', 'base64'),
  base64sha512: hash('sha512', 'base64'),
  uuid: { arity: [0, 0], unknowns: 'self', impl: (call) => call.unknown('random at apply') },
  bcrypt: { arity: [1, 2], unknowns: 'self', impl: (call) => call.unknown('random at apply') },
};
