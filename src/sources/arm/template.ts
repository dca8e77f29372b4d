import { parseDirective, type Directive } from '../../model/directives.js';
import type { ObjectNode, PropertyNode } from '../../model/node.js';
import { entryRange, nodeValue } from '../../model/node.js';
import type { ParsedFile, ParseProblem } from '../../model/parsed-file.js';
import { pointRange, type SourceRange } from '../../model/range.js';
import { Resource, type ResourceSuppression } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { armDefaultsFor } from './defaults.js';
import { DEFAULT_JSON_LIMITS, parseJsonc, type JsonLimits } from './jsonc.js';

export type ArmFileKind = 'template' | 'parameters' | 'other';

/** Cheap byte-level test: can this JSON text be an ARM template or parameters file? */
export function mayBeArm(text: string): boolean {
  return /deploymentTemplate|deploymentParameters|"resources"\s*:/i.test(text);
}

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
}

export interface ArmParseResult extends ParsedFile {
  kind: ArmFileKind;
}

/** Reads one ARM JSON file into canonical resources. Never throws. */
export function parseArmFile(file: string, text: string, options: ArmParseOptions = {}): ArmParseResult {
  const doc = parseJsonc(file, text, options.limits ?? DEFAULT_JSON_LIMITS);
  const directives: Directive[] = [];
  for (const comment of doc.comments) {
    const directive = parseDirective(comment.text, comment.range);
    if (directive) directives.push(directive);
  }
  const problems: ParseProblem[] = doc.errors.map((e) => ({ message: e.message, range: e.range }));
  const kind = classifyArmRoot(doc.root);
  const result: ArmParseResult = { file, surface: 'arm', kind, resources: [], problems, directives };
  if (kind !== 'template' || doc.root?.kind !== 'object') return result;
  const reader = new TemplateReader(file, result);
  const resources = doc.root.entries.get('resources');
  if (resources) reader.readResources(resources.node, 'resources');
  return result;
}

interface ParentContext {
  type: string;
  name: Value;
  key: string;
}

/**
 * Turns the `resources` of a template (an array, or the symbolic-name object of languageVersion 2.0)
 * into model resources, descending into nested child `resources`.
 */
class TemplateReader {
  constructor(
    private readonly file: string,
    private readonly result: ArmParseResult,
  ) {}

  readResources(node: PropertyNode, path: string, parent?: ParentContext): void {
    if (node.kind === 'array') {
      node.items.forEach((item, index) => this.readResource(item, `${path}[${index}]`, undefined, parent));
    } else if (node.kind === 'object') {
      for (const entry of node.entries.values())
        this.readResource(entry.node, `${path}.${entry.name}`, entry.name, parent);
    } else if (node.kind === 'unknown') {
      this.problem(`The resources list is an expression that cannot be read: ${node.expression}`, node.range);
    }
  }

  private readResource(
    node: PropertyNode,
    path: string,
    symbol: string | undefined,
    parent?: ParentContext,
  ): void {
    if (node.kind !== 'object') {
      this.problem('A resource must be an object.', node.range);
      return;
    }
    const body = interpretExpressions(node) as ObjectNode;
    const typeNode = body.entries.get('type');
    if (typeNode?.node.kind !== 'scalar' || typeof typeNode.node.value !== 'string') {
      this.problem('A resource needs a literal "type".', typeNode ? entryRange(typeNode) : node.range);
      return;
    }
    const written = qualifyType(typeNode.node.value, parent?.type);
    const condition = conditionOf(body);
    if (condition === false) return; // provably never deployed
    const key = `arm:${this.file}#${path}`;
    const qualifiedName = qualifyName(readValue(body, 'name'), parent?.name);
    const { type, name } = canonicalExtension(written, qualifiedName, body);
    const apiVersion = body.entries.get('apiversion')?.node;
    const resource = new Resource({
      key,
      type,
      apiVersion:
        apiVersion?.kind === 'scalar' && typeof apiVersion.value === 'string' ? apiVersion.value : undefined,
      name,
      surface: 'arm',
      range: node.range,
      body,
      defaults: armDefaultsFor(type),
      conditional: typeof condition === 'string' ? condition : undefined,
      existing: isTrue(body.entries.get('existing')?.node),
      symbol,
      parentKey: parent?.key,
      suppressions: metadataSuppressions(body),
      loop: body.entries.has('copy') ? describeCopy(body) : undefined,
    });
    this.result.resources.push(resource);
    const children = body.entries.get('resources');
    if (children)
      this.readResources(children.node, `${path}.resources`, { type: written, name: qualifiedName, key });
  }

  private problem(message: string, range: SourceRange): void {
    this.result.problems.push({ message, range });
  }
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
  /^(.+)\/providers\/(Microsoft\.Insights\/diagnosticSettings|Microsoft\.Authorization\/roleAssignments)$/i;

/**
 * Extension resources written in the provider form (`Microsoft.KeyVault/managedHSMs/providers/
 * diagnosticSettings` named `hsm/Microsoft.Insights/audit`) become their canonical type with a `scope`
 * naming the target (`Microsoft.KeyVault/managedHSMs/hsm`), like the `scope` property form.
 */
function canonicalExtension(type: string, name: Value, body: ObjectNode): { type: string; name: Value } {
  const match = PROVIDER_FORM.exec(type);
  if (!match || body.entries.has('scope')) return { type, name };
  const [, targetType, extensionType] = match;
  const nameEntry = body.entries.get('name');
  const range = nameEntry ? entryRange(nameEntry) : body.range;
  let scope: PropertyNode;
  let ownName: Value = name;
  if (name.kind === 'known' && typeof name.value === 'string') {
    const segments = name.value.split('/');
    const namespaceAt = segments.findIndex((s) => s.includes('.'));
    const targetName = (namespaceAt > 0 ? segments.slice(0, namespaceAt) : segments.slice(0, -1)).join('/');
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
function qualifyType(type: string, parentType: string | undefined): string {
  if (!parentType || type.includes('.')) return type;
  return `${parentType}/${type}`;
}

function qualifyName(name: Value, parentName: Value | undefined): Value {
  if (!parentName || name.kind !== 'known' || typeof name.value !== 'string' || name.value.includes('/'))
    return name;
  if (parentName.kind === 'known' && typeof parentName.value === 'string') {
    return { ...name, value: `${parentName.value}/${name.value}` };
  }
  return name;
}

/** false when provably not deployed, the condition text when conditional, true otherwise. */
function conditionOf(body: ObjectNode): boolean | string {
  const node = body.entries.get('condition')?.node;
  if (!node) return true;
  if (node.kind === 'scalar') {
    if (node.value === false || node.value === 'false') return false;
    return true;
  }
  if (node.kind === 'unknown') return node.expression;
  return true;
}

function isTrue(node: PropertyNode | undefined): boolean {
  return node?.kind === 'scalar' && node.value === true;
}

function describeCopy(body: ObjectNode): string {
  const copy = body.entries.get('copy')!.node;
  if (copy.kind !== 'object') return 'copy';
  const name = copy.entries.get('name')?.node;
  return name?.kind === 'scalar' ? `copy '${String(name.value)}'` : 'copy';
}

/** `"metadata": {"hsmlint": {"disable": [{"rule", "reason", "expires"}]}}` on the resource. */
function metadataSuppressions(body: ObjectNode): ResourceSuppression[] {
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
