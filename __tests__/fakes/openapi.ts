/**
 * Request-body validation for the fake GitHub API against GitHub's own OpenAPI description
 * (`@octokit/openapi`, OpenAPI 3.0.3).
 *
 * The 13 MB description is read and parsed lazily, once per module instance (under Jest that is once
 * per test file, since every test file has its own module registry). Each operation's request-body
 * schema is converted from OpenAPI 3.0 to draft-07 JSON Schema, compiled with ajv once, and cached.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

type Schema = Record<string, unknown>;

interface MediaType {
  schema?: Schema;
}
interface RequestBody {
  required?: boolean;
  content?: Record<string, MediaType>;
}
interface OperationObject {
  operationId?: string;
  tags?: string[];
  externalDocs?: { url?: string };
  requestBody?: RequestBody | { $ref: string };
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, OperationObject>>;
  components: Record<string, Record<string, unknown>>;
}

interface PathEntry {
  template: string;
  /** Every parameter matches one path segment. */
  strict: RegExp;
  /** The last parameter may span segments (`/contents/{path}`). */
  greedy: RegExp | undefined;
  literals: number;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  documentationUrl: string;
  tag: string;
}

export interface BodyError {
  /** Dotted field path (`labels[0].name`); empty for the body itself. */
  field: string;
  /** GitHub's error codes: `missing_field` or `invalid`. */
  code: 'missing_field' | 'invalid';
  message: string;
}

export interface SpecIndex {
  spec: OpenApi;
  paths: PathEntry[];
}

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
/** OpenAPI 3.0 schema keywords that are not JSON Schema (draft-07) keywords. */
const OPENAPI_ONLY = new Set(['nullable', 'example', 'discriminator', 'xml', 'externalDocs']);

let loading: Promise<SpecIndex> | undefined;
let loadMs: number | undefined;

export function specPath(): string {
  return createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
}

/** Reads, parses and indexes the description once; later calls share the same promise. */
export function loadGitHubSpec(): Promise<SpecIndex> {
  loading ??= (async () => {
    const started = performance.now();
    const spec = JSON.parse(await readFile(specPath(), 'utf8')) as OpenApi;
    const paths = Object.keys(spec.paths).map(indexPath);
    // Prefer templates with more literal segments: `/issues/comments` over `/issues/{issue_number}`.
    paths.sort((a, b) => b.literals - a.literals);
    loadMs = performance.now() - started;
    return { spec, paths };
  })();
  return loading;
}

/** Milliseconds the one-time read and parse took, once it has happened. */
export function specLoadMilliseconds(): number | undefined {
  return loadMs;
}

function indexPath(template: string): PathEntry {
  const segments = template.split('/');
  const params = segments.filter((s) => s.startsWith('{'));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const build = (greedyLast: boolean) =>
    new RegExp(
      `^${segments
        .map((s, i) => {
          if (!s.startsWith('{')) return escape(s);
          return greedyLast && i === segments.length - 1 ? '.+' : '[^/]+';
        })
        .join('/')}$`,
      'i',
    );
  const lastIsParam = segments[segments.length - 1]?.startsWith('{') ?? false;
  return {
    template,
    strict: build(false),
    greedy: lastIsParam ? build(true) : undefined,
    literals: segments.length - params.length,
  };
}

/** The operation for a concrete method and path, found by matching the description's path templates. */
export function findOperation(index: SpecIndex, method: string, pathname: string): Operation | undefined {
  const verb = method.toLowerCase();
  const match =
    index.paths.find((p) => p.strict.test(pathname) && index.spec.paths[p.template][verb]) ??
    index.paths.find((p) => p.greedy?.test(pathname) && index.spec.paths[p.template][verb]);
  if (!match) return undefined;
  const op = index.spec.paths[match.template][verb];
  return {
    method: method.toUpperCase(),
    template: match.template,
    operationId: op.operationId ?? `${verb} ${match.template}`,
    documentationUrl: op.externalDocs?.url ?? 'https://docs.github.com/rest',
    tag: op.tags?.[0] ?? 'resource',
  };
}

// --- OpenAPI 3.0 -> JSON Schema draft-07 -----------------------------------------------------------

const KNOWN_FORMATS: Record<string, true | ((s: string) => boolean)> = {
  'date-time': (s) =>
    /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s) && !Number.isNaN(Date.parse(s)),
  date: (s) => /^\d{4}-\d\d-\d\d$/.test(s) && !Number.isNaN(Date.parse(s)),
  uri: (s) => {
    try {
      new URL(s);
      return true;
    } catch {
      return false;
    }
  },
  email: (s) => /^[^\s@]+@[^\s@]+$/.test(s),
};

let ajvInstance: Ajv | undefined;
function ajv(): Ajv {
  ajvInstance ??= new Ajv({
    allErrors: true,
    // Unknown keywords are an error, so a missed OpenAPI-ism shows up instead of being ignored.
    strict: true,
    strictTypes: false, // GitHub's schemas use `properties` without `type: object` and union types
    strictTuples: false,
    strictRequired: false,
    // Some of GitHub's `pattern`s are not valid with the `u` flag.
    unicodeRegExp: false,
    formats: KNOWN_FORMATS,
  });
  return ajvInstance;
}

/**
 * Converts one OpenAPI 3.0 schema object:
 * - `$ref: '#/components/schemas/X'` becomes `$ref: '#/$defs/X'` (X collected for `$defs`); siblings of
 *   `$ref` are dropped, as OpenAPI 3.0 ignores them;
 * - `nullable: true` becomes `type: [T, 'null']` (with `null` added to an `enum`), or, where there is
 *   no single `type` (GitHub uses `nullable` beside `oneOf`), `anyOf: [schema, { type: 'null' }]`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` become draft-07's numeric form;
 * - `example`, `discriminator`, `xml`, `externalDocs` and `x-*` extensions are removed;
 * - unknown `format`s (GitHub's `int64`, `binary`, `repo.nwo`) are registered as annotations.
 */
export function toJsonSchema(schema: unknown, refs: Set<string>): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, refs));
  if (!schema || typeof schema !== 'object') return schema;
  const source = schema as Schema;
  if (typeof source.$ref === 'string') {
    const match = /^#\/components\/schemas\/([^/]+)$/.exec(source.$ref);
    if (!match) throw new Error(`unsupported $ref ${source.$ref}`);
    refs.add(match[1]);
    return { $ref: `#/$defs/${match[1]}` };
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(source)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    switch (key) {
      case 'properties':
      case 'patternProperties':
        out[key] = Object.fromEntries(
          Object.entries(value as Schema).map(([name, sub]) => [name, toJsonSchema(sub, refs)]),
        );
        break;
      case 'items':
      case 'additionalProperties':
      case 'not':
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        out[key] = toJsonSchema(value, refs);
        break;
      case 'format':
        if (typeof value === 'string' && !ajv().formats[value]) ajv().addFormat(value, true);
        out[key] = value;
        break;
      default:
        out[key] = value;
    }
  }
  for (const bound of ['Minimum', 'Maximum'] as const) {
    const flag = out[`exclusive${bound}`];
    if (typeof flag === 'boolean') {
      const limit = out[bound.toLowerCase()];
      delete out[`exclusive${bound}`];
      if (flag && typeof limit === 'number') {
        out[`exclusive${bound}`] = limit;
        delete out[bound.toLowerCase()];
      }
    }
  }
  if (source.nullable !== true) return out;
  const combined = ['allOf', 'anyOf', 'oneOf', 'not'].some((k) => k in out);
  if (typeof out.type === 'string' && !combined) {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

/** The draft-07 schema for a JSON request body: the converted schema with every referenced component in `$defs`. */
export function requestBodySchema(index: SpecIndex, operation: Operation): Schema | undefined {
  const media = requestBodyObject(index, operation)?.content?.['application/json'];
  if (!media?.schema) return undefined;
  const refs = new Set<string>();
  const root = toJsonSchema(media.schema, refs) as Schema;
  const defs: Schema = {};
  const pending = [...refs];
  while (pending.length > 0) {
    const name = pending.pop() as string;
    if (name in defs) continue;
    const found = new Set<string>();
    defs[name] = toJsonSchema(index.spec.components.schemas?.[name], found);
    for (const ref of found) if (!(ref in defs)) pending.push(ref);
  }
  return Object.keys(defs).length > 0 ? { ...root, $defs: defs } : root;
}

function requestBodyObject(index: SpecIndex, operation: Operation): RequestBody | undefined {
  const body = index.spec.paths[operation.template][operation.method.toLowerCase()].requestBody;
  return body && '$ref' in body ? (resolvePointer(index.spec, body.$ref) as RequestBody) : body;
}

function resolvePointer(spec: OpenApi, ref: string): unknown {
  let node: unknown = spec;
  for (const part of ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

const compiled = new Map<string, { validate: ValidateFunction | undefined; required: boolean }>();

function validatorFor(index: SpecIndex, operation: Operation) {
  const key = `${operation.method} ${operation.template}`;
  let entry = compiled.get(key);
  if (!entry) {
    const schema = requestBodySchema(index, operation);
    const required = requestBodyObject(index, operation)?.required === true;
    entry = { validate: schema ? ajv().compile(schema) : undefined, required };
    compiled.set(key, entry);
  }
  return entry;
}

/** Compiles (and caches) the validator of every operation with a JSON request body; returns how many. */
export function compileAll(index: SpecIndex): number {
  let count = 0;
  for (const [template, item] of Object.entries(index.spec.paths)) {
    for (const verb of Object.keys(item)) {
      if (!HTTP_METHODS.has(verb)) continue;
      const operation: Operation = {
        method: verb.toUpperCase(),
        template,
        operationId: '',
        documentationUrl: '',
        tag: '',
      };
      if (validatorFor(index, operation).validate) count++;
    }
  }
  return count;
}

/** Validates a parsed JSON body (`undefined` when the request had none) against the operation's schema. */
export function validateRequestBody(index: SpecIndex, operation: Operation, body: unknown): BodyError[] {
  const { validate, required } = validatorFor(index, operation);
  if (!validate) return [];
  if (body === undefined) {
    return required ? [{ field: '', code: 'missing_field', message: 'a request body is required' }] : [];
  }
  if (validate(body)) return [];
  return (validate.errors ?? []).map(toBodyError);
}

function toBodyError(error: ErrorObject): BodyError {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (error.keyword === 'required') parts.push(String(error.params.missingProperty));
  const field = parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const code = error.keyword === 'required' ? 'missing_field' : 'invalid';
  let detail = error.keyword === 'required' ? 'is missing' : (error.message ?? 'is invalid');
  if (error.keyword === 'enum') detail += ` (${JSON.stringify(error.params.allowedValues)})`;
  return { field, code, message: `${field || 'body'} ${detail}` };
}
