import { parseDirective, type Directive } from '../../model/directives.js';
import type { ObjectNode, PropertyNode } from '../../model/node.js';
import { entryRange, nodeValue } from '../../model/node.js';
import type { ParsedFile, ParseProblem } from '../../model/parsed-file.js';
import { pointRange, type SourceRange } from '../../model/range.js';
import { Resource, TYPES, type ResourceSuppression } from '../../model/resource.js';
import { posix } from 'node:path';
import type { Value } from '../../model/value.js';
import { armDefaultsFor } from './defaults.js';
import { DEFAULT_JSON_LIMITS, parseJsonc, type JsonLimits } from './jsonc.js';
import { parameterInputsOf, TemplateScope, type ParameterInput } from './scope.js';

export { mayBeArm } from './detect.js';

export type ArmFileKind = 'template' | 'parameters' | 'other';

export function classifyArmRoot(root: PropertyNode | undefined): ArmFileKind {
  if (root?.kind !== 'object') return 'other';
  const schema = root.entries.get('$schema')?.node;
  const schemaText = schema?.kind === 'scalar' && typeof schema.value === 'string' ? schema.value : '';
  if (/deploymentParameters/i.test(schemaText)) return 'parameters';
  if (/deploymentTemplate/i.test(schemaText)) return 'template';
  const resources = root.entries.get('resources')?.node;
  if (
    resources &&
    (resources.kind === 'array' || resources.kind === 'object') &&
    root.entries.has('contentversion')
  )
    return 'template';
  if (resources?.kind === 'array' && resources.items.some((r) => isResourceLike(r))) return 'template';
  if (root.entries.get('parameters')?.node.kind === 'object' && root.entries.has('contentversion'))
    return 'parameters';
  return 'other';
}

function isResourceLike(node: PropertyNode): boolean {
  return node.kind === 'object' && node.entries.has('type') && node.entries.has('apiversion');
}

export interface ArmParseOptions {
  limits?: JsonLimits;
  /** Whether the user named this file: a non-template is then a problem, not a silent skip. */
  explicit?: boolean;
  /** Parameter values from outside the template (parameter files, configuration), by name. */
  parameters?: ReadonlyMap<string, ParameterInput>;
  /** Reads another file (a linked template) by display path; undefined when it cannot be read. */
  readFile?: (file: string) => { text: string } | { error: string };
  now?: Date;
  /** Whether resources of a canonical type matter; others are read only for their children. */
  isRelevantType?: (type: string) => boolean;
}

export interface ArmParseResult extends ParsedFile {
  kind: ArmFileKind;
  /** The parsed document, for callers that read parameter files. */
  root?: PropertyNode;
}

/** Nested deployments may nest this deep (ARM allows 64; real templates use a handful). */
const MAX_DEPLOYMENT_DEPTH = 16;
/** A resource copy loop is expanded up to this many instances; larger loops are checked as one instance. */
const MAX_RESOURCE_COPIES = 800;

/** Reads one ARM JSON file into canonical resources, evaluating expressions where it can. Never throws. */
export function parseArmFile(file: string, text: string, options: ArmParseOptions = {}): ArmParseResult {
  const doc = parseJsonc(file, text, options.limits ?? DEFAULT_JSON_LIMITS);
  const directives: Directive[] = [];
  for (const comment of doc.comments) {
    const directive = parseDirective(comment.text, comment.range);
    if (directive) directives.push(directive);
  }
  const problems: ParseProblem[] = doc.errors.map((e) => ({ message: e.message, range: e.range }));
  const kind = classifyArmRoot(doc.root);
  const result: ArmParseResult = {
    file,
    surface: 'arm',
    kind,
    resources: [],
    problems,
    directives,
    unresolved: [],
    related: [],
    root: doc.root,
  };
  if (kind !== 'template' || doc.root?.kind !== 'object') return result;
  const now = options.now ?? new Date();
  const scope = new TemplateScope(doc.root, options.parameters ?? new Map(), now);
  const reader = new TemplateReader(result, options, now);
  reader.readTemplate(doc.root, scope, { file, keyPrefix: `arm:${file}#`, depth: 0, chain: [file] });
  return result;
}

interface ParentContext {
  type: string;
  name: Value;
  key: string;
}

interface TemplateFrame {
  /** The file the template's text is in (ranges point here). */
  file: string;
  keyPrefix: string;
  depth: number;
  /** Linked template files on the way here, to stop cycles. */
  chain: string[];
}

/**
 * Turns the `resources` of a template (an array, or the symbolic-name object of languageVersion 2.0)
 * into model resources: expanding copy loops, deciding conditions, descending into nested child
 * `resources` and into nested deployments (inline or linked by relative path).
 */
class TemplateReader {
  constructor(
    private readonly result: ArmParseResult,
    private readonly options: ArmParseOptions,
    private readonly now: Date,
  ) {}

  readTemplate(root: ObjectNode, scope: TemplateScope, frame: TemplateFrame, path = 'resources'): void {
    const resources = root.entries.get('resources');
    if (resources) this.readResources(resources.node, path, scope, frame);
  }

  private readResources(
    node: PropertyNode,
    path: string,
    scope: TemplateScope,
    frame: TemplateFrame,
    parent?: ParentContext,
  ): void {
    if (node.kind === 'array') {
      node.items.forEach((item, index) =>
        this.readResource(item, `${path}[${index}]`, undefined, scope, frame, parent),
      );
    } else if (node.kind === 'object') {
      for (const entry of node.entries.values()) {
        this.readResource(entry.node, `${path}.${entry.name}`, entry.name, scope, frame, parent);
      }
    } else if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.startsWith('[')) {
      this.problem(`The resources list is an expression that cannot be read: ${node.value}`, node.range);
    }
  }

  private readResource(
    node: PropertyNode,
    path: string,
    symbol: string | undefined,
    scope: TemplateScope,
    frame: TemplateFrame,
    parent?: ParentContext,
  ): void {
    if (node.kind !== 'object') {
      this.problem('A resource must be an object.', node.range);
      return;
    }
    const copy = node.entries.get('copy')?.node;
    if (copy?.kind !== 'object') {
      this.readInstance(node, path, symbol, scope, frame, parent);
      return;
    }
    const loopName = stringOf(copy.entries.get('name')?.node) ?? 'copy';
    const count = scope.evaluate(
      copy.entries.get('count')?.node ?? { kind: 'scalar', value: 0, range: copy.range },
    );
    if (count.kind === 'scalar' && typeof count.value === 'number' && count.value <= MAX_RESOURCE_COPIES) {
      for (let i = 0; i < count.value; i++) {
        this.readInstance(node, `${path}[${i}]`, symbol, scope.withLoop(loopName, i), frame, parent);
      }
      return;
    }
    // The collection cannot be expanded: one resource stands for every instance.
    const why =
      count.kind === 'unknown'
        ? (count.reason ?? count.expression)
        : `${String((count as { value?: unknown }).value)} instances`;
    this.readInstance(node, path, symbol, scope, frame, parent, `copy loop '${loopName}' (${why})`);
  }

  private readInstance(
    raw: ObjectNode,
    path: string,
    symbol: string | undefined,
    scope: TemplateScope,
    frame: TemplateFrame,
    parent: ParentContext | undefined,
    loop?: string,
  ): void {
    const rawType = raw.entries.get('type');
    const typeText = rawType ? stringOf(scope.evaluate(rawType.node)) : undefined;
    if (typeText === undefined) {
      this.problem(
        'A resource needs a "type" that can be evaluated.',
        rawType ? entryRange(rawType) : raw.range,
      );
      return;
    }
    const isDeployment = equalsType(typeText, TYPES.deployment);
    if (!this.isRelevant(qualifyType(typeText, parent?.type))) {
      this.readChildrenOnly(raw, path, scope, frame, parent, typeText);
      return;
    }
    const body = scope.evaluate(withoutEntries(raw, ['copy', 'resources'], isDeployment)) as ObjectNode;
    const condition = decideCondition(
      raw.entries.get('condition')?.node,
      body.entries.get('condition')?.node,
    );
    if (condition === false) return; // provably never deployed
    const written = qualifyType(typeText, parent?.type);
    const key = `${frame.keyPrefix}${path}`;
    const qualifiedName = qualifyName(readValue(body, 'name'), parent?.name);
    const { type, name } = canonicalExtension(written, qualifiedName, body, parent?.name);
    const apiVersion = stringOf(body.entries.get('apiversion')?.node);
    const resource = new Resource({
      key,
      type,
      apiVersion,
      name,
      surface: 'arm',
      range: raw.range,
      body,
      defaults: armDefaultsFor(type),
      conditional: typeof condition === 'string' ? condition : undefined,
      existing: isTrue(body.entries.get('existing')?.node),
      symbol,
      parentKey: parent?.key,
      suppressions: metadataSuppressions(raw),
      loop,
    });
    this.result.resources.push(resource);
    const children = raw.entries.get('resources');
    if (children)
      this.readResources(children.node, `${path}.resources`, scope, frame, {
        type: written,
        name: qualifiedName,
        key,
      });
    if (isDeployment) this.readDeployment(raw, body, path, scope, frame);
  }

  private isRelevant(type: string): boolean {
    const filter = this.options.isRelevantType;
    return !filter || filter(judgedType(type));
  }

  /** A resource nothing judges: only its nested children may matter, and they need its name. */
  private readChildrenOnly(
    raw: ObjectNode,
    path: string,
    scope: TemplateScope,
    frame: TemplateFrame,
    parent: ParentContext | undefined,
    typeText: string,
  ): void {
    const children = raw.entries.get('resources');
    if (!children) return;
    const nameEntry = raw.entries.get('name');
    const name: Value = nameEntry
      ? nodeValue(scope.evaluate(nameEntry.node), entryRange(nameEntry))
      : { kind: 'absent', range: raw.range };
    const type = qualifyType(typeText, parent?.type);
    this.readResources(children.node, `${path}.resources`, scope, frame, {
      type,
      name: qualifyName(name, parent?.name),
      key: `${frame.keyPrefix}${path}`,
    });
  }

  /** A nested deployment: its template inline (inner or outer scope) or linked by a relative path. */
  private readDeployment(
    raw: ObjectNode,
    body: ObjectNode,
    path: string,
    scope: TemplateScope,
    frame: TemplateFrame,
  ): void {
    if (frame.depth >= MAX_DEPLOYMENT_DEPTH) {
      this.problem(`Nested deployments deeper than ${MAX_DEPLOYMENT_DEPTH} levels are not read.`, raw.range);
      return;
    }
    const rawProperties = raw.entries.get('properties')?.node;
    if (rawProperties?.kind !== 'object') return;
    const properties = body.entries.get('properties')?.node;
    const evaluated = properties?.kind === 'object' ? properties : undefined;
    const inner = equalsText(stringOf(get(evaluated, 'expressionEvaluationOptions', 'scope')), 'inner');
    const inputs = () => parameterInputsOf(evaluated?.entries.get('parameters')?.node, frame.file);
    const template = rawProperties.entries.get('template')?.node;
    if (template?.kind === 'object') {
      const nestedScope = inner ? new TemplateScope(template, inputs(), this.now) : scope;
      this.readTemplate(
        template,
        nestedScope,
        { ...frame, depth: frame.depth + 1 },
        `${path}.properties.template.resources`,
      );
      return;
    }
    const link = get(evaluated, 'templateLink');
    if (!link) return;
    const relativePath = get(link, 'relativePath');
    const linkRange = link.range;
    if (relativePath?.kind === 'scalar' && typeof relativePath.value === 'string') {
      this.readLinkedTemplate(relativePath.value, linkRange, inputs(), path, frame);
      return;
    }
    const target = get(link, 'uri') ?? get(link, 'id') ?? relativePath;
    const described =
      target?.kind === 'scalar'
        ? String(target.value)
        : target?.kind === 'unknown'
          ? target.expression
          : 'an expression';
    this.result.unresolved!.push({
      message: `The linked template ${described} is not a local file; the resources it deploys are not checked.`,
      range: linkRange,
    });
  }

  private readLinkedTemplate(
    relativePath: string,
    range: SourceRange,
    inputs: ReadonlyMap<string, ParameterInput>,
    path: string,
    frame: TemplateFrame,
  ): void {
    const target = posix.normalize(posix.join(posix.dirname(frame.file), relativePath.replace(/\\/g, '/')));
    if (frame.chain.includes(target)) {
      this.problem(`Linked templates form a cycle: ${[...frame.chain, target].join(' -> ')}.`, range);
      return;
    }
    const read = this.options.readFile?.(target);
    if (!read || 'error' in read) {
      const why = read && 'error' in read ? read.error : 'no file reader';
      this.result.unresolved!.push({
        message: `The linked template ${target} cannot be read (${why}); its resources are not checked.`,
        range,
      });
      return;
    }
    this.result.related!.push(target);
    const doc = parseJsonc(target, read.text, this.options.limits ?? DEFAULT_JSON_LIMITS);
    for (const error of doc.errors) this.result.problems.push({ message: error.message, range: error.range });
    for (const comment of doc.comments) {
      const directive = parseDirective(comment.text, comment.range);
      if (directive) this.result.directives.push(directive);
    }
    if (doc.root?.kind !== 'object' || classifyArmRoot(doc.root) !== 'template') {
      this.problem(`The linked template ${target} is not an ARM template.`, range);
      return;
    }
    const scope = new TemplateScope(doc.root, inputs, this.now);
    this.readTemplate(doc.root, scope, {
      file: target,
      keyPrefix: `${frame.keyPrefix}${path}>arm:${target}#`,
      depth: frame.depth + 1,
      chain: [...frame.chain, target],
    });
  }

  private problem(message: string, range: SourceRange): void {
    this.result.problems.push({ message, range });
  }
}

function stringOf(node: PropertyNode | undefined): string | undefined {
  return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function get(node: PropertyNode | undefined, ...keys: string[]): PropertyNode | undefined {
  let current = node;
  for (const key of keys) {
    if (current?.kind !== 'object') return undefined;
    current = current.entries.get(key.toLowerCase())?.node;
  }
  return current;
}

function equalsText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.toLowerCase();
}

function equalsType(a: string | undefined, b: string): boolean {
  return equalsText(a, b);
}

/** A shallow copy without some entries; a deployment's nested template is evaluated in its own scope. */
function withoutEntries(node: ObjectNode, keys: string[], isDeployment: boolean): ObjectNode {
  const entries = new Map(node.entries);
  for (const key of keys) entries.delete(key);
  const properties = entries.get('properties');
  if (isDeployment && properties?.node.kind === 'object' && properties.node.entries.has('template')) {
    const inner = new Map(properties.node.entries);
    inner.delete('template');
    entries.set('properties', { ...properties, node: { ...properties.node, entries: inner } });
  }
  return { ...node, entries };
}

/**
 * false when provably not deployed (a literal, or an expression false without any parameter default);
 * the condition text when it depends on parameters or cannot be evaluated; true otherwise.
 */
function decideCondition(
  raw: PropertyNode | undefined,
  evaluated: PropertyNode | undefined,
): boolean | string {
  if (!raw || !evaluated) return true;
  const text = raw.kind === 'scalar' ? String(raw.value) : 'condition';
  if (evaluated.kind === 'unknown') return text;
  if (evaluated.kind !== 'scalar') return true;
  const value =
    evaluated.value === true ||
    (typeof evaluated.value === 'string' && evaluated.value.toLowerCase() === 'true');
  if (evaluated.parameter !== undefined) {
    return value ? text : `${text} (false with the default of parameter '${evaluated.parameter}')`;
  }
  return value;
}

/** Template expressions (`[...]`) become unknown values; `[[` escapes a literal bracket. */
export function interpretExpressions(node: PropertyNode): PropertyNode {
  switch (node.kind) {
    case 'scalar': {
      if (typeof node.value !== 'string') return node;
      const text = node.value;
      if (text.startsWith('[[')) return { ...node, value: text.slice(1) };
      if (text.startsWith('[') && text.endsWith(']'))
        return { kind: 'unknown', expression: text, range: node.range };
      return node;
    }
    case 'array':
      return { ...node, items: node.items.map(interpretExpressions) };
    case 'object': {
      const entries = new Map(node.entries);
      for (const [k, entry] of entries) entries.set(k, { ...entry, node: interpretExpressions(entry.node) });
      return { ...node, entries };
    }
    case 'unknown':
      return node;
  }
}

function readValue(body: ObjectNode, key: string): Value {
  const entry = body.entries.get(key);
  if (!entry) return { kind: 'absent', range: body.range };
  return nodeValue(entry.node, entryRange(entry));
}

const PROVIDER_FORM =
  /^(.+)\/providers\/(?:Microsoft\.Insights\/|Microsoft\.Authorization\/)?(diagnosticSettings|roleAssignments)$/i;
const EXTENSION_TYPES: Record<string, string> = {
  diagnosticsettings: 'Microsoft.Insights/diagnosticSettings',
  roleassignments: 'Microsoft.Authorization/roleAssignments',
};

/** The type a resource is judged as: the extension type for the provider form, else the type itself. */
export function judgedType(type: string): string {
  const extension = PROVIDER_FORM.exec(type);
  return extension ? EXTENSION_TYPES[extension[2].toLowerCase()] : type;
}

/**
 * Extension resources written in the provider form (`Microsoft.KeyVault/managedHSMs/providers/
 * diagnosticSettings` named `hsm/Microsoft.Insights/audit`) become their canonical type with a `scope`
 * naming the target (`Microsoft.KeyVault/managedHSMs/hsm`), like the `scope` property form.
 */
export function canonicalExtension(
  type: string,
  name: Value,
  body: ObjectNode,
  parentName?: Value,
): { type: string; name: Value } {
  const match = PROVIDER_FORM.exec(type);
  if (!match || body.entries.has('scope')) return { type, name };
  const [, targetType, extension] = match;
  const extensionType = EXTENSION_TYPES[extension.toLowerCase()];
  const nameEntry = body.entries.get('name');
  const range = nameEntry ? entryRange(nameEntry) : body.range;
  let scope: PropertyNode;
  let ownName: Value = name;
  if (name.kind === 'known' && typeof name.value === 'string') {
    const segments = name.value.split('/');
    const namespaceAt = segments.findIndex((s) => s.includes('.'));
    // Nested under its target (`"type": "providers/diagnosticSettings"` inside the HSM), the name starts
    // with the provider namespace and the target is the parent.
    const nestedTarget =
      namespaceAt === 0 && parentName?.kind === 'known' && typeof parentName.value === 'string'
        ? parentName.value
        : undefined;
    const targetName =
      nestedTarget ?? (namespaceAt > 0 ? segments.slice(0, namespaceAt) : segments.slice(0, -1)).join('/');
    scope = { kind: 'scalar', value: `${targetType}/${targetName}`, range };
    ownName = { ...name, value: segments[segments.length - 1] };
  } else {
    const expression = name.kind === 'unknown' ? name.expression : '(name)';
    scope = { kind: 'unknown', expression, range, reason: 'the target is named by an expression' };
  }
  const entries = new Map(body.entries);
  entries.set('scope', { name: 'scope', keyRange: nameEntry?.keyRange ?? body.range, node: scope });
  body.entries = entries;
  return { type: extensionType, name: ownName };
}

/** Child types may be written short (`keys`) under their parent. */
export function qualifyType(type: string, parentType: string | undefined): string {
  if (!parentType || type.includes('.')) return type;
  return `${parentType}/${type}`;
}

export function qualifyName(name: Value, parentName: Value | undefined): Value {
  if (!parentName || name.kind !== 'known' || typeof name.value !== 'string' || name.value.includes('/'))
    return name;
  if (parentName.kind === 'known' && typeof parentName.value === 'string') {
    return { ...name, value: `${parentName.value}/${name.value}` };
  }
  return name;
}

function isTrue(node: PropertyNode | undefined): boolean {
  return node?.kind === 'scalar' && node.value === true;
}

/** `"metadata": {"hsmlint": {"disable": [{"rule", "reason", "expires"}]}}` on the resource. */
export function metadataSuppressions(body: ObjectNode): ResourceSuppression[] {
  const metadata = body.entries.get('metadata')?.node;
  if (metadata?.kind !== 'object') return [];
  const hsmlint = metadata.entries.get('hsmlint')?.node;
  if (hsmlint?.kind !== 'object') return [];
  const disable = hsmlint.entries.get('disable');
  if (!disable || disable.node.kind !== 'array') return [];
  const out: ResourceSuppression[] = [];
  for (const item of disable.node.items) {
    if (item.kind !== 'object') continue;
    const text = (k: string) => {
      const n = item.entries.get(k)?.node;
      return n?.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
    };
    const rule = text('rule');
    if (!rule) continue;
    const suppression: ResourceSuppression = { rule, range: item.range };
    const reason = text('reason');
    const expires = text('expires');
    if (reason?.trim()) suppression.reason = reason.trim();
    if (expires) suppression.expires = expires;
    out.push(suppression);
  }
  return out;
}

export function fileProblem(file: string, message: string, range?: SourceRange): ParseProblem {
  return { message, range: range ?? pointRange(file) };
}
