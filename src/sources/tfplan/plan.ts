/**
 * Reads the JSON form of a Terraform plan (`terraform show -json plan.out > plan.json`) into Terraform
 * instances: `planned_values` gives the attributes (each node with its range in plan.json),
 * `sensitive_values` marks secure ones, `resource_changes[].change.after_unknown` the ones known only
 * after apply, and the plan's `configuration` the references each expression makes, so that an id
 * that is unknown before apply still names the instance it comes from.
 */
import type { ObjectNode, PropertyEntry, PropertyNode, UnknownNode } from '../../model/node.js';
import { objectNode } from '../../model/node.js';
import type { ParsedFile, ParseProblem } from '../../model/parsed-file.js';
import { pointRange, type SourceRange } from '../../model/range.js';
import { parseJsonc } from '../arm/jsonc.js';
import { KNOWN_AFTER_APPLY, planInstanceKey, type TfInstance } from '../terraform/instance.js';
import { mapInstances } from '../terraform/map.js';
import { moduleAddress, parseInstanceAddress, type InstanceAddress } from './address.js';
import { at, entryOf, isMarked, itemsOf, memberOf, stringAt, stringsOf } from './json.js';
import { ReferenceResolver, type ModuleScope } from './references.js';

export interface ReadPlanOptions {
  /**
   * Read the plan's `configuration` section (default true): references between instances, and which
   * unknown attributes the configuration does not write (computed ones such as `id`, left out as the
   * HCL source leaves them out).
   */
  configuration?: boolean;
}

export interface PlanRead {
  instances: TfInstance[];
  problems: ParseProblem[];
}

/** The major `format_version` this reader understands (Terraform promises compatible 1.x minors). */
const SUPPORTED_MAJOR = 1;
const MAX_MODULE_DEPTH = 64;
const MAX_SYNTAX_ERRORS = 5;

/** Reads the instances of a plan; never throws (what cannot be read is a problem). */
export function readPlan(file: string, text: string, options: ReadPlanOptions = {}): PlanRead {
  try {
    return readPlanDocument(file, text, options);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      instances: [],
      problems: [{ message: `The Terraform plan could not be read: ${reason}`, range: pointRange(file) }],
    };
  }
}

/** A plan file as the scan sees it: its instances mapped to canonical resources. */
export function parsePlan(file: string, text: string, options: ReadPlanOptions = {}): ParsedFile {
  const { instances, problems } = readPlan(file, text, options);
  return { file, surface: 'tfplan', resources: mapInstances(instances), problems, directives: [] };
}

function readPlanDocument(file: string, text: string, options: ReadPlanOptions): PlanRead {
  const doc = parseJsonc(file, text);
  const problems: ParseProblem[] = doc.errors.slice(0, MAX_SYNTAX_ERRORS).map((e) => ({ ...e }));
  // A truncated plan would read as resources with attributes missing, i.e. defaults: read nothing of it.
  if (problems.length > 0 || !doc.root) return { instances: [], problems };
  const root = doc.root;
  const version = versionProblem(root, file);
  if (version) return { instances: [], problems: [version] };
  if (at(root, 'errored')?.kind === 'scalar' && isMarked(at(root, 'errored')))
    problems.push({
      message: 'The plan is marked errored (terraform plan failed): its planned values may be incomplete.',
      range: entryRange(entryOf(root, 'errored'), root.range),
    });
  const values = memberOf(root, 'planned_values') ?? memberOf(root, 'values');
  if (!values) {
    problems.push({
      message: 'The Terraform JSON has no planned_values (nor state values): nothing to check.',
      range: pointRange(file),
    });
    return { instances: [], problems };
  }
  const reader = new PlanReader(file, root, values, options.configuration !== false);
  return { instances: reader.instances(), problems };
}

function versionProblem(root: PropertyNode, file: string): ParseProblem | undefined {
  const entry = entryOf(root, 'format_version');
  const version = stringAt(root, 'format_version');
  if (!entry || version === undefined || !stringAt(root, 'terraform_version'))
    return {
      message:
        'Not a Terraform plan: `terraform show -json` output has format_version and terraform_version.',
      range: entry ? entry.keyRange : pointRange(file),
    };
  const major = Number(version.split('.')[0]);
  if (major === SUPPORTED_MAJOR) return undefined;
  return {
    message: `Terraform JSON format_version ${version} is not supported (hsmlint reads format ${SUPPORTED_MAJOR}.x); the plan was not checked.`,
    range: entryRange(entry, entry.keyRange),
  };
}

function entryRange(entry: PropertyEntry | undefined, fallback: SourceRange): SourceRange {
  return entry
    ? { file: entry.keyRange.file, start: entry.keyRange.start, end: entry.node.range.end }
    : fallback;
}

/** One resource instance of the plan as written there. */
interface PlanEntry {
  node: PropertyNode;
  address: string;
  parsed: InstanceAddress;
  type: string;
}

/** Mirrors and configuration that annotate one value of an instance. */
interface Annotations {
  /** `after_unknown` at this value: `true`, or a structure of the value's shape. */
  unknown?: PropertyNode;
  /** `sensitive_values` at this value. */
  sensitive?: PropertyNode;
  /** The configuration: an expression (`{references, constant_value}`), or a block's map (list) of them. */
  expression?: PropertyNode;
  /** References of the enclosing expression, for unknown parts inside a written value. */
  inherited?: References;
}

interface References {
  /** Instance keys first, then the references as written. */
  all: string[];
  written: string[];
}

class PlanReader {
  private readonly entries: PlanEntry[];
  private readonly changes = new Map<string, PropertyNode>();
  private readonly resolver?: ReferenceResolver;

  constructor(
    private readonly file: string,
    root: PropertyNode,
    values: PropertyNode,
    useConfiguration: boolean,
  ) {
    this.entries = planEntries(values, at(root, 'prior_state', 'values', 'root_module'));
    for (const change of itemsOf(memberOf(root, 'resource_changes'))) {
      const address = stringAt(change, 'address');
      if (address !== undefined && !memberOf(change, 'deposed')) this.changes.set(address, change);
    }
    const configuration = at(root, 'configuration', 'root_module');
    if (useConfiguration && configuration) this.resolver = new ReferenceResolver(this.entries, configuration);
  }

  instances(): TfInstance[] {
    return this.entries.map((entry) => this.instanceOf(entry));
  }

  private instanceOf(entry: PlanEntry): TfInstance {
    const scope = this.resolver?.scopeOf(entry.parsed.modules);
    const values = memberOf(entry.node, 'values');
    // The resource's `expressions` are a block's map: members it lacks are not written.
    const attributes = this.annotateObject(
      scope,
      values?.kind === 'object' ? values : objectNode(entry.node.range),
      {
        unknown: at(this.changes.get(entry.address), 'change', 'after_unknown'),
        sensitive: memberOf(entry.node, 'sensitive_values'),
      },
      scope ? this.expressionsOf(scope, entry.parsed) : undefined,
      undefined,
    );
    const instance: TfInstance = {
      mode: entry.parsed.mode,
      type: entry.type,
      address: entry.address,
      key: planInstanceKey(this.file, entry.address),
      attributes,
      range: entry.node.range,
      surface: 'tfplan',
    };
    if (entry.parsed.modules.length > 0) instance.via = moduleAddress(entry.parsed.modules);
    return instance;
  }

  /** The `expressions` of the instance's `resource`/`data` block in the configuration. */
  private expressionsOf(scope: ModuleScope, address: InstanceAddress): PropertyNode | undefined {
    const declared = itemsOf(memberOf(scope.config, 'resources')).find(
      (r) =>
        (stringAt(r, 'mode') ?? 'managed') === address.mode &&
        stringAt(r, 'type') === address.type &&
        stringAt(r, 'name') === address.name,
    );
    if (!declared) return undefined;
    return memberOf(declared, 'expressions') ?? objectNode(declared.range);
  }

  /**
   * A value with its plan annotations: unknown parts become unknown nodes (with the references of their
   * expression), sensitive parts are secure, written references are kept on known values too.
   */
  private annotate(
    scope: ModuleScope | undefined,
    value: PropertyNode | undefined,
    notes: Annotations,
  ): PropertyNode | undefined {
    // An attribute has an expression; a nested block has a map of them (a list of maps for a block list).
    const expression = isExpression(notes.expression) ? notes.expression : undefined;
    const blockExpressions = expression ? undefined : notes.expression;
    const references = expression ? this.referencesOf(scope, expression) : undefined;
    if (isMarked(notes.unknown)) {
      const range = value?.range ?? notes.unknown!.range;
      return unknownNode(range, references ?? notes.inherited, isMarked(notes.sensitive));
    }
    if (!value) return undefined;
    const annotated =
      value.kind === 'object'
        ? this.annotateObject(scope, value, notes, blockExpressions, references)
        : value.kind === 'array'
          ? this.annotateArray(scope, value, notes, blockExpressions, references)
          : value;
    if (references) annotated.references = references.all;
    if (isMarked(notes.sensitive)) markSecure(annotated);
    return annotated;
  }

  private annotateObject(
    scope: ModuleScope | undefined,
    value: ObjectNode,
    notes: Annotations,
    expressions: PropertyNode | undefined,
    references: References | undefined,
  ): ObjectNode {
    // A block's map of expressions tells which members the configuration writes.
    const blockExpressions = expressions?.kind === 'object' ? expressions : undefined;
    const inherited = references ?? notes.inherited;
    const entries: PropertyEntry[] = [];
    for (const entry of value.entries.values()) {
      const node = this.annotate(scope, entry.node, {
        unknown: memberOf(notes.unknown, entry.name),
        sensitive: memberOf(notes.sensitive, entry.name),
        expression: memberOf(blockExpressions, entry.name),
        inherited,
      });
      if (node) entries.push({ ...entry, node });
    }
    for (const marker of notes.unknown?.kind === 'object' ? notes.unknown.entries.values() : []) {
      if (!isMarked(marker.node) || value.entries.has(marker.name.toLowerCase())) continue;
      const written = memberOf(blockExpressions, marker.name);
      // Computed and not written (`id`): absent, as the HCL source has it; references elsewhere name the instance.
      if (blockExpressions && !written) continue;
      const node = this.annotate(scope, undefined, {
        unknown: marker.node,
        sensitive: memberOf(notes.sensitive, marker.name),
        expression: written,
        inherited,
      });
      if (node) entries.push({ name: marker.name, keyRange: marker.keyRange, node });
    }
    return { ...objectNode(value.range, entries), ...provenanceOf(value) };
  }

  private annotateArray(
    scope: ModuleScope | undefined,
    value: Extract<PropertyNode, { kind: 'array' }>,
    notes: Annotations,
    expressions: PropertyNode | undefined,
    references: References | undefined,
  ): PropertyNode {
    const unknowns = itemsOf(notes.unknown);
    const sensitives = itemsOf(notes.sensitive);
    // A list of blocks has one map of expressions per block.
    const blockExpressions = itemsOf(expressions);
    const items = value.items.map(
      (item, i) =>
        this.annotate(scope, item, {
          unknown: unknowns[i],
          sensitive: sensitives[i],
          expression: blockExpressions[i],
          inherited: references ?? notes.inherited,
        }) ?? item,
    );
    // `[azuread_group.admins.object_id]`: a single element is what the expression refers to.
    if (references && items.length === 1 && items[0].kind === 'scalar') items[0].references = references.all;
    return { ...value, items };
  }

  private referencesOf(scope: ModuleScope | undefined, expression: PropertyNode): References | undefined {
    const written = stringsOf(memberOf(expression, 'references'));
    if (written.length === 0) return undefined;
    const keys =
      this.resolver && scope
        ? this.resolver.resolve(written, scope).map((a) => planInstanceKey(this.file, a))
        : [];
    return { all: [...keys, ...written], written };
  }
}

/** `{ "references": [...] }` or `{ "constant_value": ... }` (or `{}` for an expression without either). */
function isExpression(node: PropertyNode | undefined): boolean {
  if (node?.kind !== 'object') return false;
  return node.entries.size === 0 || node.entries.has('references') || node.entries.has('constant_value');
}

function unknownNode(range: SourceRange, references: References | undefined, secure: boolean): UnknownNode {
  const node: UnknownNode = {
    kind: 'unknown',
    expression: references?.written[0] ?? '(known after apply)',
    reason: KNOWN_AFTER_APPLY,
    range,
  };
  if (references) node.references = references.all;
  if (secure) node.secure = true;
  return node;
}

function provenanceOf(node: PropertyNode): { secure?: boolean; references?: string[] } {
  const prov: { secure?: boolean; references?: string[] } = {};
  if (node.secure) prov.secure = true;
  if (node.references) prov.references = node.references;
  return prov;
}

function markSecure(node: PropertyNode): void {
  node.secure = true;
  if (node.kind === 'array') node.items.forEach(markSecure);
  else if (node.kind === 'object') for (const entry of node.entries.values()) markSecure(entry.node);
}

/** Resource instances of `planned_values` (with child modules), and data sources read into the prior state. */
function planEntries(values: PropertyNode, priorState: PropertyNode | undefined): PlanEntry[] {
  const entries: PlanEntry[] = [];
  const seen = new Set<string>();
  const add = (node: PropertyNode, onlyData: boolean) => {
    const address = stringAt(node, 'address');
    const type = stringAt(node, 'type');
    const parsed = address === undefined ? undefined : parseInstanceAddress(address);
    if (!address || !type || !parsed || seen.has(address) || (onlyData && parsed.mode !== 'data')) return;
    seen.add(address);
    entries.push({ node, address, parsed, type });
  };
  for (const node of moduleResources(memberOf(values, 'root_module'))) add(node, false);
  for (const node of moduleResources(priorState)) add(node, true);
  return entries;
}

function moduleResources(module: PropertyNode | undefined, depth = 0): PropertyNode[] {
  if (!module || depth > MAX_MODULE_DEPTH) return [];
  return [
    ...itemsOf(memberOf(module, 'resources')),
    ...itemsOf(memberOf(module, 'child_modules')).flatMap((child) => moduleResources(child, depth + 1)),
  ];
}
