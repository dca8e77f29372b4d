import { posix } from 'node:path';
import type { Directive } from '../../model/directives.js';
import { parseDirective } from '../../model/directives.js';
import type { ObjectNode, PropertyEntry, PropertyNode, UnknownNode } from '../../model/node.js';
import { jsonToNode, objectNode } from '../../model/node.js';
import type { ParseProblem } from '../../model/parsed-file.js';
import { lineStartsOf, pointRange, type SourceRange } from '../../model/range.js';
import type { HclAttribute, HclBlock, HclExpression, HclFile } from './ast.js';
import type { HclParser } from './parse.js';
import { TERRAFORM_FILE } from './files.js';
import { parseTerraformJson } from './json-syntax.js';
import { evaluate, evaluateBody, type EvalContext } from './eval/index.js';
import { hclInstanceKey, KNOWN_AFTER_APPLY, type TfInstance } from './instance.js';

/** Reads a workspace file or lists a workspace folder, by display path (never outside the scan). */
export interface TerraformWorkspace {
  readFile(file: string): { text: string } | { error: string };
  listDir(dir: string): string[] | { error: string };
}

export interface ModuleEvaluationOptions {
  workspace: TerraformWorkspace;
  parser: HclParser;
  now: Date;
  /** Variable files applied to the root module after its own tfvars (`--parameters x.tfvars`). */
  varFiles?: readonly string[];
  /** Variable values from configuration (`parameters` in the config file) for the root module. */
  variables?: Record<string, unknown>;
  /** Where those values come from, for messages. */
  variablesSource?: string;
  /** Registry and git module sources mapped to local folders (config `modules`), as display paths. */
  modules?: Readonly<Record<string, string>>;
}

/** Everything one root module yields. */
export interface ModuleEvaluation {
  instances: TfInstanceWithOrigin[];
  problems: ParseProblem[];
  unresolved: ParseProblem[];
  directives: Directive[];
  /** Files read besides the root's own `.tf` files: modules, tfvars. */
  related: string[];
  /** The root's `.tf` files. */
  files: string[];
}

/** An instance and the root file that deploys it (its own file, or the file of the top module call). */
export interface TfInstanceWithOrigin extends TfInstance {
  origin: string;
}

const META_ARGUMENTS: ReadonlySet<string> = new Set([
  'count',
  'for_each',
  'depends_on',
  'lifecycle',
  'provider',
  'provisioner',
  'connection',
]);
const MODULE_META: ReadonlySet<string> = new Set([...META_ARGUMENTS, 'source', 'version', 'providers']);
/** Module nesting beyond this is treated as a cycle Terraform itself would refuse. */
const MAX_MODULE_DEPTH = 16;

interface ParsedDir {
  dir: string;
  files: { file: string; hcl: HclFile; text: string; lines: number[] }[];
}

/** The `.tf` files of a folder, parsed; memoised per scan by the caller. */
export type DirParser = (dir: string) => ParsedDir | { error: string };

export function dirParser(workspace: TerraformWorkspace, parser: HclParser): DirParser {
  const cache = new Map<string, ParsedDir | { error: string }>();
  return (dir) => {
    const cached = cache.get(dir);
    if (cached) return cached;
    const listed = workspace.listDir(dir);
    let outcome: ParsedDir | { error: string };
    if ('error' in listed) outcome = listed;
    else {
      const files = [];
      for (const name of listed.filter((n) => TERRAFORM_FILE.test(n)).sort()) {
        const file = dir === '.' ? name : `${dir}/${name}`;
        const read = workspace.readFile(file);
        if ('error' in read) continue;
        files.push({
          file,
          hcl: /\.json$/i.test(name)
            ? parseTerraformJson(read.text, file, parser)
            : parser.parse(read.text, file),
          text: read.text,
          lines: lineStartsOf(read.text),
        });
      }
      outcome = { dir, files };
    }
    cache.set(dir, outcome);
    return outcome;
  };
}

/** Evaluates a root module folder as `terraform plan` would, as far as values are known before apply. */
export function evaluateRootModule(
  dir: string,
  parse: DirParser,
  options: ModuleEvaluationOptions,
): ModuleEvaluation {
  const result: ModuleEvaluation = {
    instances: [],
    problems: [],
    unresolved: [],
    directives: [],
    related: [],
    files: [],
  };
  const parsed = parse(dir);
  if ('error' in parsed) {
    result.problems.push({ message: `Cannot read folder '${dir}': ${parsed.error}`, range: pointRange(dir) });
    return result;
  }
  result.files = parsed.files.map((f) => f.file);
  const seenFiles = new Set<string>();
  const state: EvaluationState = { options, parse, result, seenFiles };
  const inputs = rootVariableInputs(parsed, state);
  const module = new ModuleInstance(state, parsed, {
    prefix: '',
    rootDir: dir,
    inputs,
    stack: [dir],
  });
  module.emitInstances();
  result.related = [...new Set(result.related)].filter((f) => !result.files.includes(f));
  return result;
}

interface EvaluationState {
  options: ModuleEvaluationOptions;
  parse: DirParser;
  result: ModuleEvaluation;
  /** Files whose syntax errors and directives were collected already. */
  seenFiles: Set<string>;
}

/** A value given to a module variable, with what it means for the reader of a finding. */
interface VariableInput {
  node: PropertyNode;
}

interface ModuleCallContext {
  /** Address prefix, `module.a.` or `module.a["x"].module.b.`; empty for the root. */
  prefix: string;
  rootDir: string;
  inputs: Map<string, VariableInput>;
  /** Folders on the way here, to stop cycles. */
  stack: string[];
  /** `module "hsm" at main.tf:12` for instances of called modules. */
  via?: string;
  /** The root file that holds the top-level module call. */
  origin?: string;
  conditional?: string;
  loop?: string;
}

interface Declaration {
  block: HclBlock;
  file: ParsedDir['files'][number];
}

/** The instance context of a `count` or `for_each` expansion. */
interface Repetition {
  countIndex?: PropertyNode;
  eachKey?: PropertyNode;
  eachValue?: PropertyNode;
  /** `[0]` or `["a"]`, appended to the address. */
  suffix: string;
  loop?: string;
  conditional?: string;
}

class ModuleInstance {
  private readonly variables = new Map<string, Declaration>();
  private readonly locals = new Map<string, { attr: HclAttribute; file: ParsedDir['files'][number] }>();
  private readonly resources = new Map<string, Declaration>();
  private readonly data = new Map<string, Declaration>();
  private readonly calls = new Map<string, Declaration>();
  private readonly outputs = new Map<string, Declaration>();
  private readonly memo = new Map<string, PropertyNode>();
  private readonly evaluating = new Set<string>();
  private readonly instanceCache = new Map<string, { rep: Repetition; attributes: ObjectNode }[]>();
  private readonly childCache = new Map<string, { rep: Repetition; module?: ModuleInstance }[]>();

  constructor(
    private readonly state: EvaluationState,
    private readonly dir: ParsedDir,
    private readonly call: ModuleCallContext,
  ) {
    for (const file of dir.files) {
      this.collectFileNotes(file);
      for (const block of file.hcl.body.blocks) {
        const [first, second] = block.labels.map((l) => l.value);
        const declaration = { block, file };
        switch (block.type) {
          case 'variable':
            if (first !== undefined) this.variables.set(first, declaration);
            break;
          case 'locals':
            for (const attr of block.body.attributes) this.locals.set(attr.name, { attr, file });
            break;
          case 'resource':
            if (first !== undefined && second !== undefined)
              this.resources.set(`${first}.${second}`, declaration);
            break;
          case 'data':
            if (first !== undefined && second !== undefined) this.data.set(`${first}.${second}`, declaration);
            break;
          case 'module':
            if (first !== undefined) this.calls.set(first, declaration);
            break;
          case 'output':
            if (first !== undefined) this.outputs.set(first, declaration);
            break;
        }
      }
    }
  }

  /** Syntax errors and suppression comments of a file, once per scan however often the module is used. */
  private collectFileNotes(file: ParsedDir['files'][number]): void {
    if (this.state.seenFiles.has(file.file)) return;
    this.state.seenFiles.add(file.file);
    for (const error of file.hcl.errors) this.state.result.problems.push(error);
    for (const comment of file.hcl.comments) {
      const directive = parseDirective(commentBody(comment.text), comment.range);
      if (directive) this.state.result.directives.push(directive);
    }
  }

  // ------------------------------------------------------------------ instances

  /** Adds every resource and data instance of this module and of the modules it calls to the result. */
  emitInstances(): void {
    for (const [address, declaration] of this.resources) this.emit('managed', address, declaration);
    for (const [address, declaration] of this.data) this.emit('data', address, declaration);
    for (const name of this.calls.keys()) {
      for (const child of this.childInstances(name)) child.module?.emitInstances();
    }
  }

  private emit(mode: 'managed' | 'data', address: string, declaration: Declaration): void {
    const type = declaration.block.labels[0].value;
    for (const { rep, attributes } of this.instancesOf(mode, address, declaration)) {
      const full = `${this.call.prefix}${mode === 'data' ? 'data.' : ''}${address}${rep.suffix}`;
      const instance: TfInstanceWithOrigin = {
        mode,
        type,
        address: full,
        key: hclInstanceKey(this.call.rootDir, full),
        attributes,
        range: declaration.block.range,
        surface: 'terraform',
        origin: this.call.origin ?? declaration.file.file,
      };
      if (this.call.via) instance.via = this.call.via;
      const conditional = rep.conditional ?? this.call.conditional;
      if (conditional) instance.conditional = conditional;
      const loop = rep.loop ?? this.call.loop;
      if (loop) instance.loop = loop;
      this.state.result.instances.push(instance);
    }
  }

  /** The evaluated instances of a resource or data block (memoised: references evaluate them too). */
  private instancesOf(
    mode: 'managed' | 'data',
    address: string,
    declaration: Declaration,
  ): { rep: Repetition; attributes: ObjectNode }[] {
    const memoKey = `${mode}:${address}`;
    const cached = this.instanceCache.get(memoKey);
    if (cached) return cached;
    if (this.evaluating.has(memoKey)) return [];
    this.evaluating.add(memoKey);
    try {
      const list = this.repetitions(declaration).map((rep) => ({
        rep,
        attributes: evaluateBody(declaration.block.body, this.context(declaration.file, rep), META_ARGUMENTS),
      }));
      this.instanceCache.set(memoKey, list);
      return list;
    } finally {
      this.evaluating.delete(memoKey);
    }
  }

  /** The instances `count` or `for_each` makes of a block: one per known element, one standing for all otherwise. */
  private repetitions(declaration: Declaration): Repetition[] {
    const { block, file } = declaration;
    const count = attribute(block, 'count');
    const forEach = attribute(block, 'for_each');
    const ctx = this.context(file, { suffix: '' });
    if (count) {
      const value = evaluate(count.expr, ctx);
      const text = sliceRange(file, count.expr.range);
      if (value.kind === 'scalar' && typeof value.value === 'number') {
        const n = Math.max(0, Math.min(Math.trunc(value.value), 10_000));
        return Array.from({ length: n }, (_, i) => ({
          countIndex: jsonToNode(i, count.expr.range),
          suffix: `[${i}]`,
        }));
      }
      return [
        {
          countIndex: unknownNode(
            'count.index',
            count.expr.range,
            `count is not known before apply (${text})`,
          ),
          suffix: '[0]',
          conditional: `count = ${text}`,
        },
      ];
    }
    if (forEach) {
      const value = evaluate(forEach.expr, ctx);
      const text = sliceRange(file, forEach.expr.range);
      const elements = forEachElements(value);
      if (elements) {
        return elements.map(([key, element]) => ({
          eachKey: jsonToNode(key, forEach.expr.range),
          eachValue: element,
          suffix: `[${JSON.stringify(key)}]`,
        }));
      }
      const reason = `for_each is not known before apply (${text})`;
      return [
        {
          eachKey: unknownNode('each.key', forEach.expr.range, reason),
          eachValue: unknownNode('each.value', forEach.expr.range, reason),
          suffix: '["*"]',
          loop: `for_each = ${text}`,
        },
      ];
    }
    return [{ suffix: '' }];
  }

  // ------------------------------------------------------------------ module calls

  private childInstances(name: string): { rep: Repetition; module?: ModuleInstance }[] {
    const cached = this.childCache.get(name);
    if (cached) return cached;
    const memoKey = `module:${name}`;
    if (this.evaluating.has(memoKey)) return [];
    this.evaluating.add(memoKey);
    try {
      const declaration = this.calls.get(name)!;
      const list = this.repetitions(declaration).map((rep) => ({
        rep,
        module: this.callModule(name, declaration, rep),
      }));
      this.childCache.set(name, list);
      return list;
    } finally {
      this.evaluating.delete(memoKey);
    }
  }

  private callModule(name: string, declaration: Declaration, rep: Repetition): ModuleInstance | undefined {
    const { block, file } = declaration;
    const sourceAttr = attribute(block, 'source');
    const source =
      sourceAttr?.expr.kind === 'literal' && typeof sourceAttr.expr.value === 'string'
        ? sourceAttr.expr.value
        : undefined;
    const range = block.labels[0]?.range ?? block.range;
    if (source === undefined) {
      this.unresolved(range, `Module '${name}' has no literal source; its resources are not evaluated.`);
      return undefined;
    }
    const dir = this.moduleDir(source);
    if (dir === undefined) {
      this.unresolved(
        sourceAttr!.expr.range,
        `Module '${name}' comes from '${source}', which hsmlint does not download; its resources are not checked. Map the source to a local folder with the \`modules\` setting to check them.`,
      );
      return undefined;
    }
    if (this.call.stack.includes(dir) || this.call.stack.length >= MAX_MODULE_DEPTH) {
      this.state.result.problems.push({
        message: `Module '${name}' (${source}) calls itself through ${[...this.call.stack, dir].join(' -> ')}; it is evaluated once only.`,
        range: sourceAttr!.expr.range,
      });
      return undefined;
    }
    const parsed = this.state.parse(dir);
    if ('error' in parsed || parsed.files.length === 0) {
      this.state.result.problems.push({
        message: `Module '${name}': cannot read '${source}' (${'error' in parsed ? parsed.error : 'no .tf files'}).`,
        range: sourceAttr!.expr.range,
      });
      return undefined;
    }
    this.state.result.related.push(...parsed.files.map((f) => f.file));
    const ctx = this.context(file, rep);
    const inputs = new Map<string, VariableInput>();
    for (const attr of block.body.attributes) {
      if (MODULE_META.has(attr.name)) continue;
      inputs.set(attr.name, { node: evaluate(attr.expr, ctx) });
    }
    const line = block.range.start.line;
    return new ModuleInstance(this.state, parsed, {
      prefix: `${this.call.prefix}module.${name}${rep.suffix}.`,
      rootDir: this.call.rootDir,
      inputs,
      stack: [...this.call.stack, dir],
      via: this.call.via ?? `module "${name}" at ${file.file}:${line}`,
      origin: this.call.origin ?? file.file,
      conditional: rep.conditional ?? this.call.conditional,
      loop: rep.loop ?? this.call.loop,
    });
  }

  /** The local folder of a module source, or undefined when it is remote and not mapped. */
  private moduleDir(source: string): string | undefined {
    const mapped = this.state.options.modules?.[source];
    if (mapped !== undefined) return mapped;
    if (!source.startsWith('./') && !source.startsWith('../')) return undefined;
    const joined = posix.normalize(posix.join(this.dir.dir, source)).replace(/\/+$/, '');
    return joined === '' ? '.' : joined;
  }

  private unresolved(range: SourceRange, message: string): void {
    this.state.result.unresolved.push({ message, range });
  }

  /** The outputs of this module instance as an object (what `module.<name>` reads as). */
  outputsNode(range: SourceRange): ObjectNode {
    const entries: PropertyEntry[] = [];
    for (const [name, declaration] of this.outputs) {
      const value = attribute(declaration.block, 'value');
      if (!value) continue;
      let node = this.evaluateOnce(`output:${name}`, () =>
        evaluate(value.expr, this.context(declaration.file, { suffix: '' })),
      );
      if (isSensitive(declaration.block)) node = { ...node, secure: true };
      entries.push({ name, keyRange: declaration.block.labels[0].range, node });
    }
    return objectNode(range, entries);
  }

  // ------------------------------------------------------------------ references

  private context(file: ParsedDir['files'][number], rep: Repetition): EvalContext {
    return {
      now: this.state.options.now,
      parser: this.state.options.parser,
      text: (range) => textOf(file, range),
      // Terraform resolves relative file paths against the root module's folder (its working directory).
      readFile: (path) => {
        const read = this.state.options.workspace.readFile(
          posix.normalize(posix.join(this.call.rootDir, path)),
        );
        return 'text' in read ? read.text : undefined;
      },
      resolve: (root, names, range) => this.resolve(root, names, range, rep),
    };
  }

  private resolve(
    root: string,
    names: string[],
    range: SourceRange,
    rep: Repetition,
  ): { node: PropertyNode; consumed: number } | undefined {
    const [first, second] = names;
    switch (root) {
      case 'var':
        return first === undefined ? undefined : this.variable(first, range);
      case 'local':
        return first === undefined ? undefined : this.local(first);
      case 'each':
        if (first === 'key' && rep.eachKey) return { node: rep.eachKey, consumed: 1 };
        if (first === 'value' && rep.eachValue) return { node: rep.eachValue, consumed: 1 };
        return undefined;
      case 'count':
        return first === 'index' && rep.countIndex ? { node: rep.countIndex, consumed: 1 } : undefined;
      case 'path':
        // Relative to the root module's folder, as Terraform gives them (`.`, `modules/hsm`).
        if (first === 'module')
          return {
            node: jsonToNode(posix.relative(this.call.rootDir, this.dir.dir) || '.', range),
            consumed: 1,
          };
        if (first === 'root' || first === 'cwd') return { node: jsonToNode('.', range), consumed: 1 };
        return undefined;
      case 'terraform':
        return first === 'workspace' ? { node: jsonToNode('default', range), consumed: 1 } : undefined;
      case 'module':
        return first === undefined ? undefined : this.moduleReference(first, range);
      case 'data': {
        if (first === undefined || second === undefined) return undefined;
        const declaration = this.data.get(`${first}.${second}`);
        if (!declaration) return undefined;
        return {
          node: this.resourceReference('data', `${first}.${second}`, declaration, range),
          consumed: 2,
        };
      }
      default: {
        if (first === undefined) return undefined;
        const declaration = this.resources.get(`${root}.${first}`);
        if (!declaration) return undefined;
        return {
          node: this.resourceReference('managed', `${root}.${first}`, declaration, range),
          consumed: 1,
        };
      }
    }
  }

  private variable(name: string, range: SourceRange): { node: PropertyNode; consumed: number } | undefined {
    const declaration = this.variables.get(name);
    if (!declaration) return undefined;
    const node = this.evaluateOnce(`var:${name}`, () => {
      const sensitive = isSensitive(declaration.block);
      const given = this.call.inputs.get(name);
      let value: PropertyNode;
      if (given) value = given.node;
      else {
        const fallback = attribute(declaration.block, 'default');
        value = fallback
          ? { ...evaluate(fallback.expr, this.context(declaration.file, { suffix: '' })), parameter: name }
          : unknownNode(
              `var.${name}`,
              declaration.block.range,
              `variable '${name}' has no default and no value in the scanned files`,
            );
      }
      const type = attribute(declaration.block, 'type');
      if (type) value = applyTypeDefaults(type.expr, value, this.context(declaration.file, { suffix: '' }));
      return sensitive ? markSecure(value) : value;
    });
    return { node: { ...node, range }, consumed: 1 };
  }

  private local(name: string): { node: PropertyNode; consumed: number } | undefined {
    const local = this.locals.get(name);
    if (!local) return undefined;
    return {
      node: this.evaluateOnce(`local:${name}`, () =>
        evaluate(local.attr.expr, this.context(local.file, { suffix: '' })),
      ),
      consumed: 1,
    };
  }

  private moduleReference(
    name: string,
    range: SourceRange,
  ): { node: PropertyNode; consumed: number } | undefined {
    const declaration = this.calls.get(name);
    if (!declaration) return undefined;
    const children = this.childInstances(name);
    const open = (reason: string): ObjectNode => ({
      ...objectNode(range),
      open: { reason, references: [`module.${name}`] },
    });
    const outputsOf = (child: { module?: ModuleInstance }) =>
      child.module ? child.module.outputsNode(range) : open(`module '${name}' is not evaluated`);
    const count = attribute(declaration.block, 'count');
    const forEach = attribute(declaration.block, 'for_each');
    if (count && children.every((c) => c.rep.countIndex?.kind === 'scalar'))
      return { node: { kind: 'array', range, items: children.map(outputsOf) }, consumed: 1 };
    if (forEach && children.every((c) => c.rep.eachKey?.kind === 'scalar')) {
      const entries = children.map((c) => ({
        name: String((c.rep.eachKey as { value: unknown }).value),
        keyRange: range,
        node: outputsOf(c),
      }));
      return { node: objectNode(range, entries), consumed: 1 };
    }
    if (count || forEach)
      return {
        node: unknownNode(`module.${name}`, range, 'the module instances are not known before apply'),
        consumed: 1,
      };
    return {
      node: children[0] ? outputsOf(children[0]) : open(`module '${name}' is not evaluated`),
      consumed: 1,
    };
  }

  /**
   * A resource or data source as an expression sees it: its written attributes, and every other attribute
   * unknown until apply with a reference to the instance, so links and principal checks can follow it.
   */
  private resourceReference(
    mode: 'managed' | 'data',
    address: string,
    declaration: Declaration,
    range: SourceRange,
  ): PropertyNode {
    const textual = `${mode === 'data' ? 'data.' : ''}${address}`;
    const list = this.instancesOf(mode, address, declaration);
    const asObject = (rep: Repetition, attributes: ObjectNode): ObjectNode => {
      const full = `${this.call.prefix}${textual}${rep.suffix}`;
      return openBlocks(attributes, {
        reason: KNOWN_AFTER_APPLY,
        references: [hclInstanceKey(this.call.rootDir, full), textual],
      });
    };
    if (this.evaluating.has(`${mode}:${address}`) && list.length === 0)
      return unknownNode(textual, range, 'refers to itself');
    const count = attribute(declaration.block, 'count');
    const forEach = attribute(declaration.block, 'for_each');
    if (count) {
      if (list.every((i) => i.rep.countIndex?.kind === 'scalar'))
        return { kind: 'array', range, items: list.map((i) => asObject(i.rep, i.attributes)) };
      return unknownNode(textual, range, `count is not known before apply`, [
        ...list.map((i) => hclInstanceKey(this.call.rootDir, `${this.call.prefix}${textual}${i.rep.suffix}`)),
        textual,
      ]);
    }
    if (forEach) {
      if (list.every((i) => i.rep.eachKey?.kind === 'scalar')) {
        return objectNode(
          range,
          list.map((i) => ({
            name: String((i.rep.eachKey as { value: unknown }).value),
            keyRange: range,
            node: asObject(i.rep, i.attributes),
          })),
        );
      }
      return unknownNode(textual, range, `for_each is not known before apply`, [
        ...list.map((i) => hclInstanceKey(this.call.rootDir, `${this.call.prefix}${textual}${i.rep.suffix}`)),
        textual,
      ]);
    }
    const single = list[0];
    return single ? asObject(single.rep, single.attributes) : unknownNode(textual, range, KNOWN_AFTER_APPLY);
  }

  /** Evaluates once per module instance; a cycle (a local that refers to itself) yields an unknown. */
  private evaluateOnce(key: string, compute: () => PropertyNode): PropertyNode {
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.evaluating.has(key))
      return unknownNode(key.replace(':', '.'), pointRange(this.dir.dir), 'refers to itself');
    this.evaluating.add(key);
    try {
      const node = compute();
      this.memo.set(key, node);
      return node;
    } finally {
      this.evaluating.delete(key);
    }
  }
}

// ------------------------------------------------------------------ root variables

/**
 * Values of the root module's variables, in Terraform's precedence: `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars(.json)` in name order, then `--parameters` files and configured
 * values. Later sources win.
 */
function rootVariableInputs(dir: ParsedDir, state: EvaluationState): Map<string, VariableInput> {
  const inputs = new Map<string, VariableInput>();
  const listed = state.options.workspace.listDir(dir.dir);
  const names = 'error' in listed ? [] : listed;
  const inDir = (name: string) => (dir.dir === '.' ? name : `${dir.dir}/${name}`);
  const auto = names.filter((n) => /\.auto\.tfvars(\.json)?$/i.test(n)).sort();
  const files = [
    ...names.filter((n) => n === 'terraform.tfvars' || n === 'terraform.tfvars.json'),
    ...auto,
  ].map(inDir);
  files.push(...(state.options.varFiles ?? []));
  for (const file of files) readVarFile(file, state, inputs);
  const configured = state.options.variables;
  if (configured) {
    const at = pointRange(state.options.variablesSource ?? 'configuration');
    for (const [name, value] of Object.entries(configured)) inputs.set(name, { node: jsonToNode(value, at) });
  }
  return inputs;
}

function readVarFile(file: string, state: EvaluationState, inputs: Map<string, VariableInput>): void {
  const read = state.options.workspace.readFile(file);
  if ('error' in read) {
    state.result.problems.push({
      message: `Cannot read variables file '${file}': ${read.error}`,
      range: pointRange(file),
    });
    return;
  }
  state.result.related.push(file);
  if (file.toLowerCase().endsWith('.json')) {
    let data: unknown;
    try {
      data = JSON.parse(read.text);
    } catch (error) {
      state.result.problems.push({
        message: `Invalid JSON in '${file}': ${(error as Error).message}`,
        range: pointRange(file),
      });
      return;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      state.result.problems.push({
        message: `'${file}' must hold an object of variable values.`,
        range: pointRange(file),
      });
      return;
    }
    for (const [name, value] of Object.entries(data))
      inputs.set(name, { node: jsonToNode(value, pointRange(file)) });
    return;
  }
  const hcl = state.options.parser.parse(read.text, file);
  for (const error of hcl.errors) state.result.problems.push(error);
  const lines = lineStartsOf(read.text);
  const parsedFile = { file, hcl, text: read.text, lines };
  // Variable files hold constants only; references are unknown.
  const ctx: EvalContext = {
    now: state.options.now,
    text: (range) => sliceRange(parsedFile, range),
    resolve: () => undefined,
  };
  for (const attr of hcl.body.attributes) inputs.set(attr.name, { node: evaluate(attr.expr, ctx) });
}

// ------------------------------------------------------------------ type constraints

/**
 * Applies what a variable's type constraint adds to a value: attributes declared `optional(type, default)`
 * in an `object({...})` and missing from the value get their default, or null, as Terraform converts them.
 * Other conversions (numbers from strings) do not change what a rule sees and are left out.
 */
function applyTypeDefaults(type: HclExpression, value: PropertyNode, ctx: EvalContext): PropertyNode {
  if (type.kind !== 'call' || value.kind === 'unknown' || value.kind === 'scalar') return value;
  const [inner] = type.args;
  if (inner === undefined) return value;
  switch (type.name) {
    case 'map':
      if (value.kind !== 'object') return value;
      return { ...value, entries: mapEntries(value.entries, (node) => applyTypeDefaults(inner, node, ctx)) };
    case 'list':
    case 'set':
      if (value.kind !== 'array') return value;
      return { ...value, items: value.items.map((item) => applyTypeDefaults(inner, item, ctx)) };
    case 'object': {
      if (value.kind !== 'object' || inner.kind !== 'object') return value;
      const entries = new Map(value.entries);
      for (const item of inner.items) {
        const name = objectKeyName(item.key);
        if (name === undefined) continue;
        const existing = entries.get(name.toLowerCase());
        const optional =
          item.value.kind === 'call' && item.value.name === 'optional' ? item.value : undefined;
        const attributeType = optional ? optional.args[0] : item.value;
        if (existing) {
          if (attributeType)
            entries.set(name.toLowerCase(), {
              ...existing,
              node: applyTypeDefaults(attributeType, existing.node, ctx),
            });
          continue;
        }
        if (!optional) continue;
        const fallback = optional.args[1];
        const node: PropertyNode = fallback
          ? { ...evaluate(fallback, ctx), range: value.range }
          : { kind: 'scalar', value: null, range: value.range };
        entries.set(name.toLowerCase(), { name, keyRange: value.range, node });
      }
      return { ...value, entries };
    }
    default:
      return value;
  }
}

function mapEntries(
  entries: Map<string, PropertyEntry>,
  change: (node: PropertyNode) => PropertyNode,
): Map<string, PropertyEntry> {
  const out = new Map<string, PropertyEntry>();
  for (const [key, entry] of entries) out.set(key, { ...entry, node: change(entry.node) });
  return out;
}

function objectKeyName(key: HclExpression): string | undefined {
  if (key.kind === 'literal' && typeof key.value === 'string') return key.value;
  if (key.kind === 'variable') return key.name;
  return undefined;
}

// ------------------------------------------------------------------ helpers

function attribute(block: HclBlock, name: string): HclAttribute | undefined {
  return block.body.attributes.find((a) => a.name === name);
}

function isSensitive(block: HclBlock): boolean {
  const sensitive = attribute(block, 'sensitive');
  return sensitive?.expr.kind === 'literal' && sensitive.expr.value === true;
}

/**
 * A resource as other expressions see it: attributes it does not write, also inside its nested blocks
 * (`identity[0].principal_id`), are computed by the provider and known only after apply.
 */
function openBlocks(node: ObjectNode, open: NonNullable<ObjectNode['open']>): ObjectNode {
  const entries = new Map<string, PropertyEntry>();
  for (const [key, entry] of node.entries) {
    const value = entry.node;
    const isBlock =
      value.kind === 'array' && value.items.length > 0 && value.items.every((i) => i.kind === 'object');
    entries.set(
      key,
      isBlock
        ? { ...entry, node: { ...value, items: value.items.map((i) => openBlocks(i as ObjectNode, open)) } }
        : entry,
    );
  }
  return { ...node, entries, open };
}

function markSecure(node: PropertyNode): PropertyNode {
  switch (node.kind) {
    case 'array':
      return { ...node, secure: true, items: node.items.map(markSecure) };
    case 'object': {
      const entries = new Map<string, PropertyEntry>();
      for (const [k, e] of node.entries) entries.set(k, { ...e, node: markSecure(e.node) });
      return { ...node, secure: true, entries };
    }
    default:
      return { ...node, secure: true };
  }
}

function unknownNode(
  expression: string,
  range: SourceRange,
  reason: string,
  references?: string[],
): UnknownNode {
  const node: UnknownNode = { kind: 'unknown', expression, range, reason };
  if (references) node.references = references;
  return node;
}

/** The elements `for_each` iterates: a map's entries, or a set's strings (key = value). */
function forEachElements(value: PropertyNode): [string, PropertyNode][] | undefined {
  if (value.kind === 'object') {
    if (value.open) return undefined;
    return [...value.entries.values()].map((e) => [e.name, e.node]);
  }
  if (value.kind === 'array') {
    const out: [string, PropertyNode][] = [];
    for (const item of value.items) {
      if (item.kind !== 'scalar' || typeof item.value !== 'string') return undefined;
      out.push([item.value, item]);
    }
    return out;
  }
  return undefined;
}

function commentBody(text: string): string {
  if (text.startsWith('#')) return text.slice(1);
  if (text.startsWith('//')) return text.slice(2);
  if (text.startsWith('/*')) return text.slice(2).replace(/\*\/$/, '');
  return text;
}

function textOf(file: ParsedDir['files'][number], range: SourceRange): string {
  if (range.file === file.file) return sliceRange(file, range);
  return `(${range.file}:${range.start.line})`;
}

function sliceRange(file: { text: string; lines: number[] }, range: SourceRange): string {
  const offset = (p: { line: number; column: number }) =>
    (file.lines[p.line - 1] ?? file.text.length) + p.column - 1;
  return file.text.slice(offset(range.start), offset(range.end));
}
