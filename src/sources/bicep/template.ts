import { posix } from 'node:path';
import { yamlLibrary } from '../../model/libraries.js';
import { parseDirective } from '../../model/directives.js';
import {
  jsonToNode,
  nodeValue,
  type ObjectNode,
  type PropertyEntry,
  type PropertyNode,
} from '../../model/node.js';
import type { ParsedFile } from '../../model/parsed-file.js';
import { LineIndex, type SourceRange } from '../../model/range.js';
import { Resource, type ResourceSuppression } from '../../model/resource.js';
import type { Value } from '../../model/value.js';
import { armDefaultsFor } from '../arm/defaults.js';
import { mappedReference } from '../references.js';
import type { EvalResult, JsonValue } from '../arm/expressions/index.js';
import { markProvenance, resultToNode, treeResult } from '../arm/nodes.js';
import type { FileReader } from '../arm/parameters.js';
import type { ParameterInput } from '../arm/scope.js';
import {
  canonicalExtension,
  judgedType,
  metadataSuppressions,
  qualifyName,
  qualifyType,
} from '../arm/template.js';
import type {
  Declaration,
  Decorator,
  Expression,
  ForExpression,
  FunctionDeclaration,
  Located,
  ModuleDeclaration,
  ObjectExpression,
  ObjectProperty,
  OutputDeclaration,
  ParameterAssignment,
  ParameterDeclaration,
  Program,
  ResourceDeclaration,
  VariableDeclaration,
} from './ast.js';
import { parseBicep } from './parser.js';
import { BicepScope, type Deployment } from './scope.js';
import type { SymbolKind } from './translate.js';

/** Modules may nest this deep (as ARM nested deployments). */
export const MAX_MODULE_DEPTH = 16;
/** A resource or module loop is expanded up to this many instances; a larger one is checked as one instance. */
export const MAX_LOOP_INSTANCES = 800;
/** Evaluation steps (nodes evaluated) for one scanned file with everything it deploys. */
export const EVALUATION_BUDGET = 2_000_000;
/** User-defined functions may call each other this deep. */
const MAX_CALL_DEPTH = 32;

/** What one scan root (a scanned `.bicep` or `.bicepparam` file) shares with every file it evaluates. */
export interface BicepContext {
  /** Resources, problems, unresolved references, directives and related files go here. */
  result: ParsedFile;
  readFile: FileReader;
  now: Date;
  isRelevantType?: (type: string) => boolean;
  /** Registry and template spec references mapped to local files (display paths). */
  modules?: Readonly<Record<string, string>>;
  budget: { remaining: number; exhausted?: boolean };
  /** Parsed files by display path, so a module deployed twice is parsed once. */
  programs: Map<string, { program: Program; text: string } | { error: string }>;
}

export function newContext(
  result: ParsedFile,
  options: Pick<BicepContext, 'readFile' | 'now' | 'isRelevantType' | 'modules'>,
): BicepContext {
  return { ...options, result, budget: { remaining: EVALUATION_BUDGET }, programs: new Map() };
}

/** Where a file's evaluation sits in the deployment. */
export interface TemplateFrame {
  /** Resource keys start with this (`bicep:main.bicep#`, `bicep:main.bicep#mod>bicep:mod.bicep#`). */
  keyPrefix: string;
  depth: number;
  /** Files on the way here, to stop module cycles. */
  chain: string[];
  /** How its resources are deployed (`module 'hsm' at main.bicep:12`). */
  via?: string;
  /** The condition every resource of the file is deployed under (a conditional module). */
  conditional?: string;
  /** The module loop every resource of the file belongs to, when its collection is not known. */
  loop?: string;
}

/** Reads a file through the context: parsed once, its syntax errors and directives recorded once. */
export function loadProgram(
  context: BicepContext,
  file: string,
): { program: Program; text: string } | { error: string } {
  const cached = context.programs.get(file);
  if (cached) return cached;
  const read = context.readFile(file);
  if ('error' in read) {
    const outcome = { error: read.error };
    context.programs.set(file, outcome);
    return outcome;
  }
  const program = parseBicep(read.text, file);
  recordProgram(context.result, program);
  const outcome = { program, text: read.text };
  context.programs.set(file, outcome);
  if (file !== context.result.file) context.result.related!.push(file);
  return outcome;
}

/** A program's syntax errors as problems, and its comments' hsmlint directives. */
export function recordProgram(result: ParsedFile, program: Program): void {
  for (const diagnostic of program.diagnostics) {
    result.problems.push({ message: diagnostic.message, range: { file: program.file, ...diagnostic.range } });
  }
  for (const comment of program.comments) {
    const directive = parseDirective(comment.value, { file: program.file, ...comment.range });
    if (directive) result.directives.push(directive);
  }
}

type Condition = boolean | string;

function joinConditions(...conditions: Array<string | undefined>): string | undefined {
  const present = conditions.filter((c): c is string => c !== undefined && c !== '');
  return present.length ? present.join(' and ') : undefined;
}

/** `'Microsoft.KeyVault/managedHSMs@2025-05-01'` → type and api version. */
function splitTypeString(text: string): { type: string; apiVersion?: string } {
  const at = text.lastIndexOf('@');
  return at < 0 ? { type: text } : { type: text.slice(0, at), apiVersion: text.slice(at + 1) };
}

function isCall(expr: Expression, names: string[]): boolean {
  if (expr.kind !== 'FunctionCall') return false;
  const namespace = expr.object?.kind === 'Identifier' ? expr.object.name : null;
  if (expr.object !== null && namespace !== 'az') return false;
  return names.includes(expr.name.name.toLowerCase());
}

const SCOPE_FUNCTIONS = ['resourcegroup', 'subscription', 'tenant', 'managementgroup'];

function unknownResult(reason: string, references?: string[]): EvalResult {
  return references?.length ? { kind: 'unknown', reason, references } : { kind: 'unknown', reason };
}

/**
 * One Bicep file evaluated with one set of parameter values: a scanned template, a module instance, or a
 * `.bicepparam` file. It answers the scope's questions about its declarations and turns its resource and
 * module declarations into model resources.
 */
export class BicepTemplate implements Deployment {
  readonly file: string;
  readonly now: Date;
  private readonly lines: LineIndex;
  private readonly parameters = new Map<string, ParameterDeclaration>();
  private readonly assignments = new Map<string, ParameterAssignment>();
  private readonly variables = new Map<string, VariableDeclaration>();
  private readonly functions = new Map<string, FunctionDeclaration>();
  private readonly outputs = new Map<string, OutputDeclaration>();
  private readonly resourceSymbols = new Map<string, ResourceSymbol>();
  private readonly moduleSymbols = new Map<string, ModuleSymbol>();
  private readonly namespaces = new Set<string>();
  private readonly imports = new Map<string, { from: string; name: string; at: Located }>();
  private readonly parameterCache = new Map<string, PropertyNode | 'pending'>();
  private readonly variableCache = new Map<string, PropertyNode | 'pending'>();
  private readonly outputCache = new Map<string, PropertyNode | 'pending'>();
  private readonly registry: Expression[] = [];
  private readonly registered_ = new Map<Expression, number>();
  private base?: BicepTemplate | null;
  private callDepth = 0;
  readonly scope: BicepScope;

  constructor(
    readonly context: BicepContext,
    readonly program: Program,
    readonly text: string,
    readonly inputs: ReadonlyMap<string, ParameterInput>,
    readonly frame: TemplateFrame,
  ) {
    this.file = program.file;
    this.now = context.now;
    this.lines = new LineIndex(text);
    this.scope = new BicepScope(this);
    for (const declaration of program.declarations) this.declare(declaration);
  }

  private declare(declaration: Declaration): void {
    switch (declaration.kind) {
      case 'ParameterDeclaration':
        this.parameters.set(declaration.name.name, declaration);
        break;
      case 'ParameterAssignment':
        this.assignments.set(declaration.name.name, declaration);
        break;
      case 'VariableDeclaration':
        this.variables.set(declaration.name.name, declaration);
        break;
      case 'FunctionDeclaration':
        this.functions.set(declaration.name.name, declaration);
        break;
      case 'OutputDeclaration':
        this.outputs.set(declaration.name.name, declaration);
        break;
      case 'ResourceDeclaration':
        this.declareResource(declaration, undefined);
        break;
      case 'ModuleDeclaration':
        this.moduleSymbols.set(declaration.name.name, new ModuleSymbol(this, declaration));
        break;
      case 'ImportDeclaration': {
        const from = declaration.from.kind === 'StringLiteral' ? declaration.from.value : undefined;
        if (declaration.namespace) this.namespaces.add(declaration.namespace.name);
        for (const symbol of declaration.symbols ?? []) {
          const exported = symbol.name.kind === 'Identifier' ? symbol.name.name : symbol.name.value;
          const local = symbol.alias?.name ?? exported;
          if (from !== undefined) this.imports.set(local, { from, name: exported, at: symbol });
        }
        break;
      }
      case 'ExtensionDeclaration':
        if (declaration.alias) this.namespaces.add(declaration.alias.name);
        else if (declaration.specification.kind === 'Identifier')
          this.namespaces.add(declaration.specification.name);
        break;
      default:
        break;
    }
  }

  private declareResource(declaration: ResourceDeclaration, parent: ResourceSymbol | undefined): void {
    const symbol = new ResourceSymbol(this, declaration, parent);
    this.resourceSymbols.set(symbol.id, symbol);
    for (const member of symbol.body?.properties ?? []) {
      if (member.kind === 'ResourceDeclaration') {
        this.declareResource(member, symbol);
        symbol.children.push(this.resourceSymbols.get(`${symbol.id}::${member.name.name}`)!);
      }
    }
  }

  // --- Deployment: what the scope asks ------------------------------------------------------------

  range(node: Located): SourceRange {
    return { file: this.file, ...this.program.rangeOf(node) };
  }

  textOf(node: Located): string {
    return this.text.slice(node.offset, node.offset + node.length);
  }

  /** The place of an offset in this file, e.g. `main.bicep:12`. */
  where(offset: number): string {
    return `${this.file}:${this.lines.position(offset).line}`;
  }

  positionOf(offset: number): SourceRange['start'] {
    return this.lines.position(offset);
  }

  kindOf(name: string): SymbolKind | undefined {
    if (this.parameters.has(name) || this.assignments.has(name)) return 'parameter';
    if (this.variables.has(name)) return 'variable';
    if (this.resourceSymbols.has(name) || this.nestedByName(name)) return 'resource';
    if (this.moduleSymbols.has(name)) return 'module';
    if (this.functions.has(name)) return 'function';
    if (this.namespaces.has(name)) return 'namespace';
    if (this.imports.has(name)) return this.importedKind(name);
    if (this.program.mode === 'bicepparam' && this.baseTemplate()?.kindOf(name) === 'parameter')
      return 'parameter';
    return undefined;
  }

  isResourceCollection(symbol: string): boolean {
    const found = this.resolveResource(symbol);
    return found?.loop !== undefined;
  }

  isModuleCollection(symbol: string): boolean {
    return this.moduleSymbols.get(symbol)?.loop !== undefined;
  }

  register(node: Expression): number {
    const known = this.registered_.get(node);
    if (known !== undefined) return known;
    this.registry.push(node);
    this.registered_.set(node, this.registry.length - 1);
    return this.registry.length - 1;
  }

  registered(id: number): Expression | undefined {
    return this.registry[id];
  }

  spend(units = 1): boolean {
    const budget = this.context.budget;
    budget.remaining -= units;
    if (budget.remaining >= 0) return true;
    if (!budget.exhausted) {
      budget.exhausted = true;
      this.context.result.unresolved!.push({
        message: `Evaluating ${this.context.result.file} takes more than ${EVALUATION_BUDGET} steps; the values not yet evaluated are left unknown.`,
        range: { file: this.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
      });
    }
    return false;
  }

  /** A nested resource named by its own name (Bicep lets siblings and the parent body do that). */
  private nestedByName(name: string): ResourceSymbol | undefined {
    let found: ResourceSymbol | undefined;
    for (const symbol of this.resourceSymbols.values()) {
      if (symbol.parent && symbol.decl.name.name === name) {
        if (found) return undefined; // ambiguous
        found = symbol;
      }
    }
    return found;
  }

  resolveResource(symbol: string): ResourceSymbol | undefined {
    return (
      this.resourceSymbols.get(symbol) ?? (symbol.includes('::') ? undefined : this.nestedByName(symbol))
    );
  }

  // --- Parameters, variables, outputs ----------------------------------------------------------------

  parameterTree(name: string): PropertyNode | undefined {
    const declaration = this.parameters.get(name) ?? findIgnoringCase(this.parameters, name);
    const assignment = this.assignments.get(name) ?? findIgnoringCase(this.assignments, name);
    if (!declaration && !assignment) {
      if (this.program.mode === 'bicepparam') return this.baseTemplate()?.parameterTree(name);
      return undefined;
    }
    const key = (declaration ?? assignment)!.name.name;
    const cached = this.parameterCache.get(key);
    if (cached === 'pending')
      return this.cycle(declaration ?? assignment!, `parameter '${key}' refers to itself`);
    if (cached) return cached;
    this.parameterCache.set(key, 'pending');
    const tree = declaration ? this.computeParameter(declaration) : this.scope.evaluate(assignment!.value);
    this.parameterCache.set(key, tree);
    return tree;
  }

  /** Whether a parameter is declared `@secure()`. */
  isSecure(name: string): boolean {
    const declaration = this.parameters.get(name);
    return declaration !== undefined && decorator(declaration.decorators, 'secure') !== undefined;
  }

  /** The parameters this file declares (or, for a `.bicepparam` file, assigns). */
  parameterNames(): string[] {
    if (this.program.mode === 'bicepparam') {
      const names = new Set(this.baseTemplate()?.parameterNames() ?? []);
      for (const name of this.assignments.keys()) names.add(name);
      return [...names];
    }
    return [...this.parameters.keys()];
  }

  private computeParameter(declaration: ParameterDeclaration): PropertyNode {
    const name = declaration.name.name;
    const secure = this.isSecure(name);
    const prov = secure ? { secure: true } : {};
    const input = this.inputs.get(name.toLowerCase());
    const range = this.range(declaration);
    if (input) {
      if (input.node) return secure ? markProvenance(input.node, prov) : input.node;
      if (input.secretReference || input.value === undefined) {
        return {
          kind: 'unknown',
          expression: name,
          range,
          reason: `a Key Vault reference in ${input.source}`,
          secure: true,
        };
      }
      return jsonToNode(input.value, range, prov);
    }
    if (declaration.defaultValue) {
      const tree = this.scope.evaluate(declaration.defaultValue);
      return markProvenance(tree, { parameter: name, ...prov });
    }
    const allowed = decorator(declaration.decorators, 'allowed')?.arguments[0];
    const allowedText =
      allowed?.kind === 'ArrayExpression'
        ? ` (allowed: ${allowed.items.map((item) => (item.kind === 'StringLiteral' ? item.value : this.textOf(item))).join(', ')})`
        : '';
    return {
      kind: 'unknown',
      expression: name,
      range,
      reason: `parameter '${name}' has no value${allowedText}`,
      ...prov,
    };
  }

  variableTree(name: string): PropertyNode | undefined {
    const declaration = this.variables.get(name) ?? findIgnoringCase(this.variables, name);
    if (!declaration) {
      const imported = this.imports.get(name);
      if (imported) return this.importedTemplate(imported)?.variableTree(imported.name);
      return undefined;
    }
    const key = declaration.name.name;
    const cached = this.variableCache.get(key);
    if (cached === 'pending') return this.cycle(declaration, `variable '${key}' refers to itself`);
    if (cached) return cached;
    this.variableCache.set(key, 'pending');
    const tree = this.scope.evaluate(declaration.value);
    this.variableCache.set(key, tree);
    return tree;
  }

  outputTree(name: string): PropertyNode | undefined {
    const declaration = this.outputs.get(name) ?? findIgnoringCase(this.outputs, name);
    if (!declaration) return undefined;
    const key = declaration.name.name;
    const cached = this.outputCache.get(key);
    if (cached === 'pending') return this.cycle(declaration, `output '${key}' refers to itself`);
    if (cached) return cached;
    this.outputCache.set(key, 'pending');
    const tree = this.scope.evaluate(declaration.value);
    this.outputCache.set(key, tree);
    return tree;
  }

  /** Every output as one object, for `mod.outputs`. */
  outputsTree(at: SourceRange): ObjectNode {
    const entries = new Map<string, PropertyEntry>();
    for (const declaration of this.outputs.values()) {
      const node = this.outputTree(declaration.name.name)!;
      entries.set(declaration.name.name.toLowerCase(), {
        name: declaration.name.name,
        keyRange: node.range,
        node,
      });
    }
    return { kind: 'object', range: at, entries };
  }

  private cycle(at: Located, reason: string): PropertyNode {
    return { kind: 'unknown', expression: '(cycle)', range: this.range(at), reason };
  }

  /** The file a `.bicepparam` file extends, evaluated with it. */
  private baseTemplate(): BicepTemplate | undefined {
    if (this.base !== undefined) return this.base ?? undefined;
    this.base = null;
    const extendsDeclaration = this.program.declarations.find((d) => d.kind === 'ExtendsDeclaration');
    if (extendsDeclaration?.kind !== 'ExtendsDeclaration' || extendsDeclaration.path.kind !== 'StringLiteral')
      return undefined;
    const target = this.resolvePath(extendsDeclaration.path.value);
    if (this.frame.chain.includes(target)) {
      this.problem(
        `Parameter files extend each other in a cycle: ${[...this.frame.chain, target].join(' -> ')}.`,
        extendsDeclaration,
      );
      return undefined;
    }
    const loaded = loadProgram(this.context, target);
    if ('error' in loaded) {
      this.problem(
        `Cannot read ${target}, which this file extends: ${loaded.error}.`,
        extendsDeclaration.path,
      );
      return undefined;
    }
    this.base = new BicepTemplate(this.context, loaded.program, loaded.text, new Map(), {
      ...this.frame,
      chain: [...this.frame.chain, target],
    });
    return this.base;
  }

  private importedKind(name: string): SymbolKind | undefined {
    const imported = this.imports.get(name)!;
    const template = this.importedTemplate(imported);
    if (!template) return 'variable'; // reads as unknown, with the reason
    if (template.variables.has(imported.name)) return 'variable';
    if (template.functions.has(imported.name)) return 'function';
    return undefined; // a type: not a value
  }

  private readonly importedTemplates = new Map<string, BicepTemplate | null>();

  private importedTemplate(imported: { from: string; at: Located }): BicepTemplate | undefined {
    const target = this.resolvePath(imported.from);
    const cached = this.importedTemplates.get(target);
    if (cached !== undefined) return cached ?? undefined;
    this.importedTemplates.set(target, null);
    if (this.frame.chain.includes(target) || /^(br|ts)[:/]/i.test(imported.from)) return undefined;
    const loaded = loadProgram(this.context, target);
    if ('error' in loaded) return undefined;
    const template = new BicepTemplate(this.context, loaded.program, loaded.text, new Map(), {
      ...this.frame,
      chain: [...this.frame.chain, target],
    });
    this.importedTemplates.set(target, template);
    return template;
  }

  resolvePath(relativePath: string): string {
    return posix.normalize(posix.join(posix.dirname(this.file), relativePath.replace(/\\/g, '/')));
  }

  problem(message: string, at: Located): void {
    this.context.result.problems.push({ message, range: this.range(at) });
  }

  unresolved(message: string, at: Located): void {
    const range = this.range(at);
    const list = this.context.result.unresolved!;
    if (list.some((u) => u.message === message && sameRange(u.range, range))) return;
    list.push({ message, range });
  }

  // --- Hooks: `$bicep.x(...)` calls of translated expressions ---------------------------------------

  hook(scope: BicepScope, name: string, args: EvalResult[]): EvalResult {
    const text = (index: number): string | undefined => {
      const arg = args[index];
      return arg?.kind === 'known' && typeof arg.value === 'string' ? arg.value : undefined;
    };
    const indexOf = (result: EvalResult | undefined): number | null | EvalResult => {
      if (!result || (result.kind === 'known' && result.value === null)) return null;
      if (result.kind === 'unknown') return result;
      return typeof result.value === 'number' && Number.isInteger(result.value)
        ? result.value
        : unknownResult('an index must be an int');
    };
    switch (name) {
      case 'local': {
        const local = scope.locals.get(text(0) ?? '');
        return local ? treeResult(local) : unknownResult(`'${text(0)}' is not defined here`);
      }
      case 'node': {
        const id = args[0]?.kind === 'known' ? args[0].value : undefined;
        const node = typeof id === 'number' ? this.registered(id) : undefined;
        return node ? treeResult(scope.evaluate(node)) : unknownResult('the expression cannot be evaluated');
      }
      case 'resource':
      case 'resourceCall': {
        const symbol = this.resolveResource(text(0) ?? '');
        if (!symbol) return unknownResult(`resource '${text(0)}' is not declared`);
        const index = indexOf(args[1]);
        if (typeof index === 'object' && index !== null) return index;
        const instance = symbol.instanceAt(index);
        if ('reason' in instance) return unknownResult(instance.reason);
        if (name === 'resourceCall')
          return unknownResult(`${text(2)}() is resolved at deployment time`, [instance.refPath()]);
        return instance.property(args[2]);
      }
      case 'module': {
        const symbol = this.moduleSymbols.get(text(0) ?? '');
        if (!symbol) return unknownResult(`module '${text(0)}' is not declared`);
        const index = indexOf(args[1]);
        if (typeof index === 'object' && index !== null) return index;
        const instance = symbol.instanceAt(index);
        if ('reason' in instance) return unknownResult(instance.reason);
        if (text(2) === 'name') return instance.name();
        const outputs = instance.outputs();
        if ('reason' in outputs) return unknownResult(outputs.reason);
        if (args.length < 4) return treeResult(outputs.template.outputsTree(this.range(symbol.decl)));
        const output = args[3];
        if (output.kind === 'unknown') return output;
        const tree = typeof output.value === 'string' ? outputs.template.outputTree(output.value) : undefined;
        return tree
          ? treeResult(tree)
          : unknownResult(`module '${symbol.name}' has no output '${String(output.value)}'`);
      }
      case 'func':
        return this.callFunction(text(0) ?? '', args.slice(1));
      case 'load':
        return this.load(text(0) ?? '', args.slice(1));
      case 'env': {
        const variable = text(1);
        if (args.length >= 3) return args[2];
        return unknownResult(
          `environment variable '${variable ?? '?'}' is read when the deployment is prepared`,
        );
      }
      case 'secret':
        return {
          kind: 'unknown',
          reason: 'getSecret() reads a Key Vault secret at deployment time',
          secure: true,
        };
      case 'external':
        return unknownResult(`${text(0)}() is supplied by an external tool at deployment time`);
      default:
        return unknownResult(`'${name}' cannot be evaluated`);
    }
  }

  moduleOutputTree(scope: BicepScope, expr: Expression): PropertyNode | undefined {
    let outputName: string | undefined;
    let outputsExpr: Expression = expr;
    if (expr.kind === 'PropertyAccess' && expr.property.name !== 'outputs') {
      outputName = expr.property.name;
      outputsExpr = expr.object;
    } else if (expr.kind === 'IndexAccess' && expr.index.kind === 'StringLiteral') {
      outputName = expr.index.value;
      outputsExpr = expr.object;
    }
    if (outputsExpr.kind !== 'PropertyAccess' || outputsExpr.property.name !== 'outputs' || outputsExpr.safe)
      return undefined;
    const target = outputsExpr.object;
    let symbol: ModuleSymbol | undefined;
    let index: number | null = null;
    if (target.kind === 'Identifier' && scope.kindOf(target.name) === 'module') {
      symbol = this.moduleSymbols.get(target.name);
    } else if (
      target.kind === 'IndexAccess' &&
      target.object.kind === 'Identifier' &&
      scope.kindOf(target.object.name) === 'module'
    ) {
      symbol = this.moduleSymbols.get(target.object.name);
      const at = scope.result(target.index);
      if (at.kind !== 'known' || typeof at.value !== 'number') return undefined;
      index = at.value;
    }
    if (!symbol) return undefined;
    const instance = symbol.instanceAt(index);
    if ('reason' in instance) return undefined;
    const outputs = instance.outputs();
    if ('reason' in outputs) return undefined;
    if (outputName === undefined) return outputs.template.outputsTree(this.range(outputsExpr));
    return outputs.template.outputTree(outputName);
  }

  private callFunction(name: string, args: EvalResult[]): EvalResult {
    const local = this.functions.get(name);
    const imported = local ? undefined : this.imports.get(name);
    const template = imported && this.importedTemplate(imported);
    const owner = template || this;
    const declaration = local ?? (imported && template ? template.functions.get(imported.name) : undefined);
    if (!declaration) return unknownResult(`function '${name}' is not declared`);
    if (owner.callDepth >= MAX_CALL_DEPTH)
      return unknownResult(`function '${name}' calls itself more than ${MAX_CALL_DEPTH} levels deep`);
    const bindings: Array<[string, PropertyNode]> = declaration.parameters.map((parameter, index) => [
      parameter.name.name,
      resultToNode(
        args[index] ?? unknownResult('missing argument'),
        parameter.name.name,
        owner.range(parameter),
      ),
    ]);
    owner.callDepth++;
    try {
      return owner.scope.with(bindings).result(declaration.body);
    } finally {
      owner.callDepth--;
    }
  }

  /** `loadTextContent()`, `loadJsonContent()`, `loadYamlContent()`, `loadFileAsBase64()`: files read when compiling. */
  private load(name: string, args: EvalResult[]): EvalResult {
    const path = args[0];
    if (!path || path.kind !== 'known' || typeof path.value !== 'string')
      return path?.kind === 'unknown' ? path : unknownResult(`${name}() needs a file path`);
    const target = this.resolvePath(path.value);
    const read = this.context.readFile(target);
    if ('error' in read) return unknownResult(`${name}() cannot read ${target}: ${read.error}`);
    if (!this.context.result.related!.includes(target)) this.context.result.related!.push(target);
    if (!this.spend(Math.ceil(read.text.length / 64)))
      return unknownResult('the evaluation budget of this file is spent');
    const filter = args[1]?.kind === 'known' && typeof args[1].value === 'string' ? args[1].value : undefined;
    try {
      switch (name.toLowerCase()) {
        case 'loadtextcontent':
          return { kind: 'known', value: read.text };
        case 'loadfileasbase64':
          return { kind: 'known', value: Buffer.from(read.text, 'utf8').toString('base64') };
        case 'loadjsoncontent':
          return selectPath(JSON.parse(read.text) as JsonValue, filter, name);
        case 'loadyamlcontent':
          return selectPath(yamlLibrary().parse(read.text, { maxAliasCount: 50 }) as JsonValue, filter, name);
        default:
          return unknownResult(`${name}() is not evaluated`);
      }
    } catch (error) {
      return unknownResult(`${name}() cannot parse ${target}: ${(error as Error).message}`);
    }
  }

  // --- Resources and modules ------------------------------------------------------------------------

  /** Turns every resource and module declaration of the file into model resources. */
  readResources(): void {
    for (const declaration of this.program.declarations) {
      if (declaration.kind === 'ResourceDeclaration') {
        const symbol = this.resourceSymbols.get(declaration.name.name);
        if (symbol) this.readResource(symbol, undefined);
      } else if (declaration.kind === 'ModuleDeclaration') {
        this.moduleSymbols.get(declaration.name.name)?.read();
      }
    }
  }

  /**
   * false when provably not deployed (a literal, or false without any parameter default); the condition
   * text when it depends on a parameter default or cannot be evaluated; true otherwise (as ARM conditions).
   */
  decide(scope: BicepScope, condition: Expression): Condition {
    const text = this.textOf(condition);
    const result = scope.result(condition);
    if (result.kind === 'unknown' || typeof result.value !== 'boolean') return text;
    if (result.parameter !== undefined)
      return result.value ? text : `${text} (false with the default of parameter '${result.parameter}')`;
    return result.value;
  }

  private readResource(symbol: ResourceSymbol, inherited: string | undefined): void {
    const info = symbol.typeInfo();
    if ('error' in info) {
      this.problem(info.error, symbol.decl.type);
      return;
    }
    const expansion = symbol.expand();
    for (const instance of expansion.instances) {
      const own = symbol.condition ? this.decide(instance.scope, symbol.condition) : true;
      if (own === false) continue;
      const condition = joinConditions(inherited, typeof own === 'string' ? own : undefined);
      if (!this.context.isRelevantType || this.context.isRelevantType(judgedType(info.type)))
        this.context.result.resources.push(
          this.resource(
            instance,
            info,
            joinConditions(this.frame.conditional, condition),
            joinConditions(this.frame.loop, expansion.loop),
          ),
        );
      for (const child of symbol.children) this.readResource(child, condition);
    }
  }

  private resource(
    instance: ResourceInstance,
    info: { type: string; apiVersion?: string },
    conditional: string | undefined,
    loop: string | undefined,
  ): Resource {
    const symbol = instance.symbol;
    const body = instance.body();
    const parent = instance.parentInstance();
    let type = info.type;
    let name = instance.name();
    if (!parent) ({ type, name } = canonicalExtension(type, name, body));
    const existing = symbol.decl.existing;
    return new Resource({
      key: instance.key,
      type,
      apiVersion: info.apiVersion,
      name,
      surface: 'bicep',
      range: symbol.range(),
      body,
      defaults: existing ? undefined : armDefaultsFor(type),
      conditional,
      existing,
      symbol: symbol.id,
      parentKey: parent?.key,
      suppressions: this.suppressions(symbol.decl.decorators, instance.scope),
      loop,
      via: this.frame.via,
    });
  }

  /** `@metadata({ hsmlint: { disable: [{ rule, reason, expires }] } })` on a declaration. */
  private suppressions(decorators: Decorator[], scope: BicepScope): ResourceSuppression[] {
    const metadata = decorator(decorators, 'metadata')?.arguments[0];
    if (!metadata) return [];
    const node = scope.evaluate(metadata);
    const wrapper: ObjectNode = {
      kind: 'object',
      range: node.range,
      entries: new Map([['metadata', { name: 'metadata', keyRange: node.range, node }]]),
    };
    return metadataSuppressions(wrapper);
  }
}

/**
 * The parts of a resource or module value: `[for …: if (c) {…}]`, `[for …: {…}]`, `if (c) {…}` or `{…}`.
 * A value of another shape has no body.
 */
function declarationParts(value: ResourceDeclaration['value']): {
  loop?: ForExpression;
  condition?: Expression;
  body?: ObjectExpression;
} {
  const loop = value.kind === 'ForExpression' ? value : undefined;
  const inner = loop ? loop.body : value;
  if (inner.kind === 'IfCondition') return { loop, condition: inner.condition, body: inner.body };
  if (inner.kind === 'ObjectExpression') return { loop, body: inner };
  return { loop };
}

/** A resource declaration (nested ones are named `parent::child`). */
class ResourceSymbol {
  readonly id: string;
  readonly children: ResourceSymbol[] = [];
  readonly loop?: ForExpression;
  readonly condition?: Expression;
  readonly body?: ObjectExpression;
  private readonly instances = new Map<number | 'all', ResourceInstance>();
  private iteration?: { items: PropertyNode[] } | { reason: string; references?: string[] };
  private info?: { type: string; apiVersion?: string } | { error: string };

  constructor(
    readonly template: BicepTemplate,
    readonly decl: ResourceDeclaration,
    readonly parent: ResourceSymbol | undefined,
  ) {
    this.id = parent ? `${parent.id}::${decl.name.name}` : decl.name.name;
    ({ loop: this.loop, condition: this.condition, body: this.body } = declarationParts(decl.value));
  }

  /** From the `resource` keyword (after any decorators) to the end of the declaration. */
  range(): SourceRange {
    const full = this.template.range(this.decl);
    if (this.decl.decorators.length === 0) return full;
    const keyword = this.template.text.lastIndexOf('resource', this.decl.name.offset);
    const start = keyword >= this.decl.offset ? keyword : this.decl.offset;
    return { ...full, start: this.template.positionOf(start) };
  }

  typeInfo(): { type: string; apiVersion?: string } | { error: string } {
    if (this.info) return this.info;
    const literal = this.decl.type;
    if (literal.kind !== 'StringLiteral') {
      this.info = { error: 'A resource type must be a literal string.' };
      return this.info;
    }
    const written = splitTypeString(literal.value);
    if (!this.parent) {
      this.info = written;
      return this.info;
    }
    const parentInfo = this.parent.typeInfo();
    if ('error' in parentInfo) {
      this.info = parentInfo;
      return this.info;
    }
    this.info = {
      type: qualifyType(written.type, parentInfo.type),
      apiVersion: written.apiVersion ?? parentInfo.apiVersion,
    };
    return this.info;
  }

  private iterate(): { items: PropertyNode[] } | { reason: string; references?: string[] } {
    if (this.iteration) return this.iteration;
    this.iteration = { reason: 'the loop refers to its own elements' };
    this.iteration = this.template.scope.iterate(this.loop!);
    return this.iteration;
  }

  /** The instances to read: one per element of a known loop, else one standing for all. */
  expand(): { instances: ResourceInstance[]; loop?: string } {
    if (!this.loop) return { instances: [this.instance(undefined)] };
    const iteration = this.iterate();
    if ('items' in iteration && iteration.items.length <= MAX_LOOP_INSTANCES)
      return { instances: iteration.items.map((_, index) => this.instance(index)) };
    const why = 'reason' in iteration ? iteration.reason : `${iteration.items.length} instances`;
    return {
      instances: [this.instance('all')],
      loop: `the loop over ${this.template.textOf(this.loop.iterable)} (${why})`,
    };
  }

  /** The instance an expression means: `hsm` (index null), `keys[i]`. */
  instanceAt(index: number | null): ResourceInstance | { reason: string } {
    if (!this.loop) {
      if (index !== null) return { reason: `resource '${this.id}' is not a collection` };
      return this.instance(undefined);
    }
    if (index === null) return { reason: `resource collection '${this.id}' needs an index` };
    const iteration = this.iterate();
    if ('reason' in iteration) return this.instance('all');
    if (index < 0 || index >= iteration.items.length)
      return { reason: `index ${index} is out of range for resource collection '${this.id}'` };
    return this.instance(index);
  }

  /** The instance standing for every element, when the element an expression means is not known. */
  anyInstance(): ResourceInstance | undefined {
    return this.loop ? this.instance('all') : undefined;
  }

  private instance(index: number | 'all' | undefined): ResourceInstance {
    const key = index ?? 'all';
    const cached = this.instances.get(key);
    if (cached) return cached;
    const scope = loopInstanceScope(this.template, this.loop, () => this.iterate(), index);
    const instance = new ResourceInstance(this, typeof index === 'number' ? index : undefined, scope);
    this.instances.set(key, instance);
    return instance;
  }
}

/** One deployed instance of a resource declaration (one per loop element). */
class ResourceInstance {
  readonly key: string;
  private nameNode?: PropertyNode | 'pending';
  private parent?: ResourceInstance | null;
  private fullName?: Value;
  private path?: string;

  constructor(
    readonly symbol: ResourceSymbol,
    readonly index: number | undefined,
    readonly scope: BicepScope,
  ) {
    const template = symbol.template;
    this.key = `${template.frame.keyPrefix}${symbol.id}${index === undefined ? '' : `[${index}]`}`;
  }

  private member(name: string): ObjectProperty | undefined {
    for (const member of this.symbol.body?.properties ?? []) {
      if (member.kind === 'ObjectProperty' && member.name?.toLowerCase() === name) return member;
    }
    return undefined;
  }

  /** The name as written in the body (`name: 'key1'` of a child), evaluated. */
  shortName(): PropertyNode {
    if (this.nameNode === 'pending')
      return {
        kind: 'unknown',
        expression: '(cycle)',
        range: this.symbol.template.range(this.symbol.decl),
        reason: `the name of resource '${this.symbol.id}' refers to itself`,
      };
    if (this.nameNode) return this.nameNode;
    this.nameNode = 'pending';
    const member = this.member('name');
    const node: PropertyNode = member
      ? this.scope.evaluate(member.value)
      : {
          kind: 'unknown',
          expression: this.symbol.id,
          range: this.symbol.template.range(this.symbol.decl),
          reason: `resource '${this.symbol.id}' has no name`,
        };
    this.nameNode = node;
    return node;
  }

  /** The parent instance: the enclosing resource of a nested one, or what `parent:` names. */
  parentInstance(): ResourceInstance | undefined {
    if (this.parent !== undefined) return this.parent ?? undefined;
    this.parent = null;
    if (this.symbol.parent) {
      const parent = this.symbol.parent.instanceAt(null);
      this.parent = 'reason' in parent ? null : parent;
    } else {
      const member = this.member('parent');
      if (member) this.parent = resolveInstance(this.symbol.template, this.scope, member.value) ?? null;
    }
    return this.parent ?? undefined;
  }

  /** The full name, `hsm/key1` for a child whose parent's name is known (as ARM qualifies it). */
  name(): Value {
    if (this.fullName) return this.fullName;
    const member = this.member('name');
    const node = this.shortName();
    const value = member
      ? nodeValue(node, {
          file: node.range.file,
          start: this.symbol.template.range(member.key).start,
          end: node.range.end,
        })
      : nodeValue(node);
    // A chain of parents that comes back here (an error in Bicep) stops at the short name.
    this.fullName = value;
    const parent = this.parentInstance();
    this.fullName = parent ? qualifyName(value, parent.name()) : value;
    return this.fullName;
  }

  /** The identity references name this instance by: `Microsoft.KeyVault/managedHSMs/hsm1/keys/key1`. */
  refPath(): string {
    if (this.path !== undefined) return this.path;
    this.path = `${this.symbol.id}/(cycle)`;
    this.path = this.computeRefPath();
    return this.path;
  }

  private computeRefPath(): string {
    const info = this.symbol.typeInfo();
    const type = 'error' in info ? this.symbol.id : info.type;
    const node = this.shortName();
    const own =
      node.kind === 'scalar' && typeof node.value === 'string' ? node.value : `[${textOfNode(node)}]`;
    const parent = this.parentInstance();
    if (parent) return `${parent.refPath()}/${type.split('/').pop()}/${own}`;
    const [namespace, ...types] = type.split('/');
    const names = own.startsWith('[') ? [own] : own.split('/');
    if (types.length > 1 && names.length === types.length)
      return [namespace, ...types.flatMap((t, i) => [t, names[i]])].join('/');
    return `${type}/${own}`;
  }

  /** `hsm.id`, `hsm.name`, `hsm.type`, `hsm.apiVersion`, `hsm.properties` ... */
  property(requested: EvalResult | undefined): EvalResult {
    if (requested?.kind === 'unknown') return requested;
    const property =
      requested?.kind === 'known' && typeof requested.value === 'string' ? requested.value : 'id';
    const info = this.symbol.typeInfo();
    switch (property.toLowerCase()) {
      case 'id': {
        const name = treeResult(this.shortName());
        const result = unknownResult('the resource id is known only at deployment time', [this.refPath()]);
        if (name.secure) result.secure = true;
        if (name.parameter !== undefined) result.parameter = name.parameter;
        return result;
      }
      case 'name':
        return treeResult(this.shortName());
      case 'type':
        return 'error' in info ? unknownResult(info.error) : { kind: 'known', value: info.type };
      case 'apiversion':
        return 'error' in info || info.apiVersion === undefined
          ? unknownResult('the api version is not written')
          : { kind: 'known', value: info.apiVersion };
      default:
        return unknownResult(`'${this.symbol.id}.${property}' is known only after deployment`, [
          this.refPath(),
        ]);
    }
  }

  /** The evaluated body: every property but `parent`, with `scope` naming the target resource. */
  body(): ObjectNode {
    const template = this.symbol.template;
    const body = this.symbol.body;
    const range = body ? template.range(body) : template.range(this.symbol.decl);
    const entries = new Map<string, PropertyEntry>();
    for (const member of body?.properties ?? []) {
      if (member.kind === 'ResourceDeclaration') continue;
      if (member.kind === 'SpreadElement') {
        const spread = this.scope.evaluate(member.expression);
        if (spread.kind === 'object') for (const [key, entry] of spread.entries) entries.set(key, entry);
        continue;
      }
      const name = member.name;
      if (name === null) continue;
      const lower = name.toLowerCase();
      if (lower === 'parent') continue;
      const keyRange = template.range(member.key);
      if (lower === 'name') {
        entries.set(lower, { name, keyRange, node: this.shortName() });
        continue;
      }
      if (lower === 'scope') {
        const node = this.scopeNode(member.value);
        if (node) entries.set(lower, { name, keyRange, node });
        continue;
      }
      entries.set(lower, { name, keyRange, node: this.scope.evaluate(member.value) });
    }
    return { kind: 'object', range, entries };
  }

  /** `scope: hsm` names the resource (a relative id, as the compiled template writes it). */
  private scopeNode(expr: Expression): PropertyNode | undefined {
    const template = this.symbol.template;
    if (isCall(expr, SCOPE_FUNCTIONS)) return undefined; // another resource group or subscription
    const target = resolveInstance(template, this.scope, expr);
    if (!target) return this.scope.evaluate(expr);
    const path = target.refPath();
    const range = template.range(expr);
    if (!path.includes('[')) return { kind: 'scalar', value: path, range };
    return {
      kind: 'unknown',
      expression: template.textOf(expr),
      range,
      reason: 'the target is named by an expression',
      references: [path],
    };
  }
}

/** The resource instance an expression designates: `hsm`, `keys[0]`, `hsm::key`, `keys[i]` in a loop. */
function resolveInstance(
  template: BicepTemplate,
  scope: BicepScope,
  expr: Expression,
): ResourceInstance | undefined {
  const symbolOf = (e: Expression): ResourceSymbol | undefined => {
    if (e.kind === 'Identifier' && scope.kindOf(e.name) === 'resource')
      return template.resolveResource(e.name);
    if (e.kind === 'ResourceAccess') {
      const parent = symbolOf(e.object);
      return parent && template.resolveResource(`${parent.id}::${e.name.name}`);
    }
    return undefined;
  };
  let index: number | null = null;
  let target = expr;
  while (target.kind === 'ParenthesizedExpression' || target.kind === 'NonNullAssertion')
    target = target.expression;
  if (target.kind === 'IndexAccess' && !target.safe && !target.fromEnd) {
    const at = scope.result(target.index);
    if (at.kind !== 'known' || typeof at.value !== 'number') return symbolOf(target.object)?.anyInstance();
    index = at.value;
    target = target.object;
  }
  const symbol = symbolOf(target);
  if (!symbol) return undefined;
  const instance = symbol.instanceAt(index);
  return 'reason' in instance ? undefined : instance;
}

/** A module declaration. */
class ModuleSymbol {
  readonly name: string;
  readonly loop?: ForExpression;
  readonly condition?: Expression;
  readonly body?: ObjectExpression;
  private readonly instances = new Map<number | 'all', ModuleInstance>();
  private iteration?: { items: PropertyNode[] } | { reason: string; references?: string[] };

  constructor(
    readonly template: BicepTemplate,
    readonly decl: ModuleDeclaration,
  ) {
    this.name = decl.name.name;
    ({ loop: this.loop, condition: this.condition, body: this.body } = declarationParts(decl.value));
  }

  /** The module's reference as written: a relative path, `br:…`, `br/public:…` or `ts:…`. */
  reference(): string | undefined {
    return this.decl.path.kind === 'StringLiteral' ? this.decl.path.value : undefined;
  }

  private iterate(): { items: PropertyNode[] } | { reason: string; references?: string[] } {
    if (this.iteration) return this.iteration;
    this.iteration = { reason: 'the loop refers to its own elements' };
    this.iteration = this.template.scope.iterate(this.loop!);
    return this.iteration;
  }

  read(): void {
    const reference = this.reference();
    if (reference === undefined) {
      this.template.problem('A module path must be a literal string.', this.decl.path);
      return;
    }
    const target = this.target(reference);
    if ('unresolved' in target) {
      this.template.unresolved(target.unresolved, this.decl.path);
      return;
    }
    for (const instance of this.expand().instances) {
      if (instance.condition() === false) continue;
      const outputs = instance.outputs();
      if ('template' in outputs) outputs.template.readResources();
    }
  }

  /** The local file a reference designates, or why its resources cannot be checked. */
  target(reference: string): { file: string } | { unresolved: string } {
    const mapped = mappedReference(this.template.context.modules, reference);
    if (mapped) return { file: mapped };
    if (/^br[:/]/i.test(reference))
      return {
        unresolved: `Module ${reference} comes from a Bicep registry; the resources it deploys are not checked. Map the reference to a local copy under 'modules' in the configuration to check them.`,
      };
    if (/^ts[:/]/i.test(reference))
      return {
        unresolved: `Module ${reference} is a template spec; the resources it deploys are not checked. Map the reference to a local copy under 'modules' in the configuration to check them.`,
      };
    if (/\.jsonc?$/i.test(reference))
      return {
        unresolved: `Module ${reference} is an ARM JSON template; hsmlint does not evaluate it as a Bicep module, so the resources it deploys are checked only when the file is scanned itself.`,
      };
    return { file: this.template.resolvePath(reference) };
  }

  expand(): { instances: ModuleInstance[]; loop?: string } {
    if (!this.loop) return { instances: [this.instance(undefined)] };
    const iteration = this.iterate();
    if ('items' in iteration && iteration.items.length <= MAX_LOOP_INSTANCES)
      return { instances: iteration.items.map((_, index) => this.instance(index)) };
    const why = 'reason' in iteration ? iteration.reason : `${iteration.items.length} instances`;
    return {
      instances: [this.instance('all')],
      loop: `the module loop over ${this.template.textOf(this.loop.iterable)} (${why})`,
    };
  }

  instanceAt(index: number | null): ModuleInstance | { reason: string } {
    if (!this.loop)
      return index === null
        ? this.instance(undefined)
        : { reason: `module '${this.name}' is not a collection` };
    if (index === null) return { reason: `module collection '${this.name}' needs an index` };
    const iteration = this.iterate();
    if ('reason' in iteration) return this.instance('all');
    if (index < 0 || index >= iteration.items.length)
      return { reason: `index ${index} is out of range for module collection '${this.name}'` };
    return this.instance(index);
  }

  private instance(index: number | 'all' | undefined): ModuleInstance {
    const key = index ?? 'all';
    const cached = this.instances.get(key);
    if (cached) return cached;
    const scope = loopInstanceScope(this.template, this.loop, () => this.iterate(), index);
    const instance = new ModuleInstance(this, typeof index === 'number' ? index : undefined, scope);
    this.instances.set(key, instance);
    return instance;
  }
}

/**
 * The scope of one instance of a declaration: with the loop's element and index bound when the collection
 * is known, with both unknown (and why) when one instance stands for all, and the template's own scope
 * without a loop.
 */
function loopInstanceScope(
  template: BicepTemplate,
  loop: ForExpression | undefined,
  iterate: () => { items: PropertyNode[] } | { reason: string; references?: string[] },
  index: number | 'all' | undefined,
): BicepScope {
  const base = template.scope;
  if (!loop) return base;
  const iteration = iterate();
  if (typeof index === 'number' && 'items' in iteration)
    return base.loopScope(loop, iteration.items[index], index);
  const reason = 'reason' in iteration ? iteration.reason : 'the loop is not expanded';
  const unknown = (name: string): PropertyNode => ({
    kind: 'unknown',
    expression: name,
    range: template.range(loop),
    reason,
  });
  return base.loopScope(loop, unknown(loop.item.name), unknown(loop.index?.name ?? 'index'));
}

/** One deployment of a module (one per loop element). */
class ModuleInstance {
  private evaluated?: { template: BicepTemplate } | { reason: string };

  constructor(
    readonly symbol: ModuleSymbol,
    readonly index: number | undefined,
    readonly scope: BicepScope,
  ) {}

  private member(name: string): ObjectProperty | undefined {
    for (const member of this.symbol.body?.properties ?? []) {
      if (member.kind === 'ObjectProperty' && member.name?.toLowerCase() === name) return member;
    }
    return undefined;
  }

  name(): EvalResult {
    if (this.named) return this.named;
    const member = this.member('name');
    if (!member) return unknownResult(`module '${this.symbol.name}' is named by Bicep when it is compiled`);
    this.named = unknownResult(`the name of module '${this.symbol.name}' refers to itself`);
    this.named = treeResult(this.scope.evaluate(member.value));
    return this.named;
  }

  private decided?: Condition;
  private named?: EvalResult;

  /** Whether the instance is deployed: false, true, or the condition text (as for resources). */
  condition(): Condition {
    if (this.decided !== undefined) return this.decided;
    const condition = this.symbol.condition;
    if (!condition) return (this.decided = true);
    this.decided = this.symbol.template.textOf(condition); // while deciding, a self-reference is undecided
    this.decided = this.symbol.template.decide(this.scope, condition);
    return this.decided;
  }

  /** The module file evaluated with the parameters this instance passes (created once). */
  outputs(): { template: BicepTemplate } | { reason: string } {
    if (this.evaluated) return this.evaluated;
    this.evaluated = { reason: `the parameters of module '${this.symbol.name}' refer to its own outputs` };
    this.evaluated = this.evaluate();
    return this.evaluated;
  }

  private evaluate(): { template: BicepTemplate } | { reason: string } {
    const parent = this.symbol.template;
    const decl = this.symbol.decl;
    const reference = this.symbol.reference();
    if (reference === undefined) return { reason: 'the module path is not a literal string' };
    const target = this.symbol.target(reference);
    if ('unresolved' in target)
      return { reason: `module '${this.symbol.name}' is not a local file (${reference})` };
    const file = target.file;
    if (parent.frame.chain.includes(file)) {
      parent.problem(`Modules form a cycle: ${[...parent.frame.chain, file].join(' -> ')}.`, decl.path);
      return { reason: 'the modules form a cycle' };
    }
    if (parent.frame.depth + 1 > MAX_MODULE_DEPTH) {
      parent.problem(`Modules nested deeper than ${MAX_MODULE_DEPTH} levels are not read.`, decl.path);
      return { reason: `modules nest deeper than ${MAX_MODULE_DEPTH} levels` };
    }
    const loaded = loadProgram(parent.context, file);
    if ('error' in loaded) {
      parent.unresolved(
        `The module ${file} cannot be read (${loaded.error}); the resources it deploys are not checked.`,
        decl.path,
      );
      return { reason: `module ${file} cannot be read` };
    }
    const suffix = this.index === undefined ? '' : `[${this.index}]`;
    const keyword = parent.text.lastIndexOf('module', decl.name.offset);
    const own = `module '${this.symbol.name}${suffix}' at ${parent.where(keyword >= decl.offset ? keyword : decl.offset)}`;
    const condition = this.condition();
    const template = new BicepTemplate(
      parent.context,
      loaded.program,
      loaded.text,
      this.inputs(loaded.program),
      {
        keyPrefix: `${parent.frame.keyPrefix}${this.symbol.name}${suffix}>bicep:${file}#`,
        depth: parent.frame.depth + 1,
        chain: [...parent.frame.chain, file],
        via: parent.frame.via ? `${parent.frame.via}, then ${own}` : own,
        conditional: joinConditions(
          parent.frame.conditional,
          typeof condition === 'string' ? condition : undefined,
        ),
        loop: joinConditions(
          parent.frame.loop,
          this.index === undefined ? this.symbol.expand().loop : undefined,
        ),
      },
    );
    return { template };
  }

  /** `params: {...}` evaluated where the module is declared, as values for the module's parameters. */
  private inputs(program: Program): Map<string, ParameterInput> {
    const inputs = new Map<string, ParameterInput>();
    const member = this.member('params');
    if (!member) return inputs;
    const source = this.symbol.template.file;
    const params = this.scope.evaluate(member.value);
    if (params.kind === 'object') {
      for (const entry of params.entries.values())
        inputs.set(entry.name.toLowerCase(), { node: entry.node, source });
      return inputs;
    }
    // Parameters passed as a whole expression that cannot be read: every one of them is unknown.
    const reason = params.kind === 'unknown' ? params.reason : 'params must be an object';
    for (const declaration of program.declarations) {
      if (declaration.kind !== 'ParameterDeclaration') continue;
      inputs.set(declaration.name.name.toLowerCase(), {
        node: {
          kind: 'unknown',
          expression: this.symbol.template.textOf(member.value),
          range: params.range,
          reason,
        },
        source,
      });
    }
    return inputs;
  }
}

function decorator(decorators: Decorator[], name: string): Decorator | undefined {
  return decorators.find((d) => d.name === name && (d.namespace === null || d.namespace === 'sys'));
}

function findIgnoringCase<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of map) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

function sameRange(a: SourceRange, b: SourceRange): boolean {
  return (
    a.file === b.file &&
    a.start.line === b.start.line &&
    a.start.column === b.start.column &&
    a.end.line === b.end.line &&
    a.end.column === b.end.column
  );
}

function textOfNode(node: PropertyNode): string {
  if (node.kind === 'unknown') return node.expression;
  if (node.kind === 'scalar') return String(node.value);
  return '…';
}

/** A small JSONPath for `loadJsonContent(path, '$.a.b[0]')`: `$`, `.name`, `['name']`, `[n]`. */
function selectPath(value: JsonValue, path: string | undefined, name: string): EvalResult {
  if (path === undefined || path.trim() === '$') return { kind: 'known', value };
  const steps = /^\$((?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\['[^']*'\])+)$/.exec(path.trim());
  if (!steps) return unknownResult(`${name}(): the path filter '${path}' is not evaluated`);
  let current: JsonValue | undefined = value;
  for (const step of steps[1].match(/\.[A-Za-z_$][\w$-]*|\[\d+\]|\['[^']*'\]/g) ?? []) {
    if (current === undefined || current === null || typeof current !== 'object') break;
    if (step.startsWith('.')) current = Array.isArray(current) ? undefined : current[step.slice(1)];
    else if (step.startsWith("['")) current = Array.isArray(current) ? undefined : current[step.slice(2, -2)];
    else current = Array.isArray(current) ? current[Number(step.slice(1, -1))] : undefined;
  }
  return current === undefined
    ? unknownResult(`${name}(): the path '${path}' selects nothing`)
    : { kind: 'known', value: current };
}
