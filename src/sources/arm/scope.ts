import type { ObjectNode, PropertyEntry, PropertyNode } from '../../model/node.js';
import {
  evaluateTemplateString,
  isExpression,
  type EvalResult,
  type EvalScope,
} from './expressions/index.js';
import type { JsonValue } from './expressions/values.js';
import { jsonToNode } from '../../model/node.js';
import { markProvenance, rerange, resultToNode, treeResult } from './nodes.js';

/** A value supplied for a template parameter from outside the template. */
export interface ParameterInput {
  /** A plain value (from a parameters file or configuration). */
  value?: JsonValue;
  /** An evaluated value with its ranges (what a parent template passes to a nested one). */
  node?: PropertyNode;
  /** A Key Vault reference: secret, and unknown here. */
  secretReference?: boolean;
  /** Where the value came from, e.g. `azuredeploy.parameters.json`. */
  source: string;
}

/**
 * `{ "x": { "value": ... } | { "reference": ... } }` as parameters files and deployments write it; values keep
 * their nodes (and so their ranges), Key Vault references are secret.
 */
export function parameterInputsOf(
  node: PropertyNode | undefined,
  source: string,
): Map<string, ParameterInput> {
  const inputs = new Map<string, ParameterInput>();
  if (node?.kind !== 'object') return inputs;
  for (const entry of node.entries.values()) {
    const spec = entry.node;
    if (spec.kind !== 'object') continue;
    const value = spec.entries.get('value');
    if (value) inputs.set(entry.name.toLowerCase(), { node: value.node, source });
    else if (spec.entries.has('reference'))
      inputs.set(entry.name.toLowerCase(), { secretReference: true, source });
  }
  return inputs;
}

const WHOLE_VARIABLE = /^\[\s*variables\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;
const WHOLE_PARAMETER = /^\[\s*parameters\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;
const SECURE_TYPES = new Set(['securestring', 'secureobject']);
const MAX_PROPERTY_COPIES = 1000;

interface Shared {
  template: ObjectNode;
  inputs: ReadonlyMap<string, ParameterInput>;
  now: Date;
  parameters: Map<string, PropertyNode | 'pending'>;
  variables: Map<string, PropertyNode | 'pending'>;
}

/**
 * The expression scope of one template: its parameters (inputs, else defaults), its variables (lazily,
 * with cycle detection), and the copy loops being expanded. Deployment context (subscription, resource
 * group) is deliberately unknown: it is decided at deployment time.
 */
export class TemplateScope implements EvalScope {
  readonly now: Date;
  private readonly shared: Shared;
  private readonly loops: ReadonlyMap<string, number>;
  private readonly currentLoop?: string;

  constructor(template: ObjectNode, inputs: ReadonlyMap<string, ParameterInput>, now: Date) {
    this.shared = { template, inputs, now, parameters: new Map(), variables: new Map() };
    this.now = now;
    this.loops = new Map();
  }

  private static derive(
    from: TemplateScope,
    loops: ReadonlyMap<string, number>,
    current?: string,
  ): TemplateScope {
    const scope = Object.create(TemplateScope.prototype) as TemplateScope;
    Object.assign(scope, { now: from.now, shared: from.shared, loops, currentLoop: current });
    return scope;
  }

  /** A scope in which `copyIndex(name)` (and `copyIndex()`) is `index`. */
  withLoop(name: string, index: number): TemplateScope {
    const loops = new Map(this.loops);
    loops.set(name.toLowerCase(), index);
    return TemplateScope.derive(this, loops, name.toLowerCase());
  }

  copyIndex(loopName?: string): number | undefined {
    const name = loopName?.toLowerCase() ?? this.currentLoop;
    return name === undefined ? undefined : this.loops.get(name);
  }

  parameter(name: string): EvalResult | undefined {
    const tree = this.parameterTree(name);
    return tree && treeResult(tree);
  }

  variable(name: string): EvalResult | undefined {
    const tree = this.variableTree(name);
    return tree && treeResult(tree);
  }

  /** Whether a parameter is declared secure (`securestring`, `secureObject`). */
  isSecureParameter(name: string): boolean {
    const def = this.definition('parameters', name);
    const type = def?.kind === 'object' ? def.entries.get('type')?.node : undefined;
    return (
      type?.kind === 'scalar' && typeof type.value === 'string' && SECURE_TYPES.has(type.value.toLowerCase())
    );
  }

  /** Evaluates a node of the template: expressions, property copy loops, nested values. */
  evaluate(node: PropertyNode): PropertyNode {
    switch (node.kind) {
      case 'unknown':
        return node;
      case 'scalar': {
        if (typeof node.value !== 'string') return node;
        const text = node.value;
        if (!isExpression(text)) return text.startsWith('[[') ? { ...node, value: text.slice(1) } : node;
        const whole = this.wholeReference(text, node);
        if (whole) return whole;
        return resultToNode(evaluateTemplateString(text, this), text, node.range);
      }
      case 'array':
        return { ...node, items: node.items.map((item) => this.evaluate(item)) };
      case 'object':
        return this.evaluateObject(node);
    }
  }

  private evaluateObject(node: ObjectNode): PropertyNode {
    const entries = new Map<string, PropertyEntry>();
    const copy = node.entries.get('copy');
    const isPropertyLoop = copy?.node.kind === 'array';
    for (const [key, entry] of node.entries) {
      if (isPropertyLoop && key === 'copy') continue;
      entries.set(key, { ...entry, node: this.evaluate(entry.node) });
    }
    if (copy && copy.node.kind === 'array') {
      for (const loop of copy.node.items) {
        const expanded = this.propertyCopy(loop);
        if (expanded) entries.set(expanded.name.toLowerCase(), expanded);
      }
    }
    return { ...node, entries };
  }

  /** `"copy": [{ "name": "ipRules", "count": 2, "input": {...} }]` inside an object. */
  private propertyCopy(loop: PropertyNode): PropertyEntry | undefined {
    if (loop.kind !== 'object') return undefined;
    const nameNode = loop.entries.get('name')?.node;
    if (nameNode?.kind !== 'scalar' || typeof nameNode.value !== 'string') return undefined;
    const name = nameNode.value;
    const count = this.evaluate(
      loop.entries.get('count')?.node ?? { kind: 'scalar', value: 0, range: loop.range },
    );
    const input = loop.entries.get('input')?.node;
    if (!input) return undefined;
    if (count.kind !== 'scalar' || typeof count.value !== 'number') {
      const reason = count.kind === 'unknown' ? count.reason : 'the copy count is not a number';
      return {
        name,
        keyRange: nameNode.range,
        node: { kind: 'unknown', expression: `copy '${name}'`, reason, range: loop.range },
      };
    }
    const n = Math.max(0, Math.min(count.value, MAX_PROPERTY_COPIES));
    const items: PropertyNode[] = [];
    for (let i = 0; i < n; i++) items.push(this.withLoop(name, i).evaluate(input));
    return { name, keyRange: nameNode.range, node: { kind: 'array', items, range: loop.range } };
  }

  /** `[variables('x')]` and `[parameters('x')]` as a whole value keep their partially known structure. */
  private wholeReference(text: string, node: PropertyNode): PropertyNode | undefined {
    const variable = WHOLE_VARIABLE.exec(text);
    const parameter = variable ? undefined : WHOLE_PARAMETER.exec(text);
    const name = (variable ?? parameter)?.[1]?.replace(/''/g, "'");
    if (name === undefined) return undefined;
    const tree = variable ? this.variableTree(name) : this.parameterTree(name);
    if (!tree) return undefined;
    return rerange(tree, node.range, text);
  }

  private definition(section: 'parameters' | 'variables', name: string): PropertyNode | undefined {
    const container = this.shared.template.entries.get(section)?.node;
    if (container?.kind !== 'object') return undefined;
    return container.entries.get(name.toLowerCase())?.node;
  }

  private parameterTree(name: string): PropertyNode | undefined {
    const key = name.toLowerCase();
    const cached = this.shared.parameters.get(key);
    if (cached === 'pending') return cycle(`parameter '${name}' refers to itself`);
    if (cached) return cached;
    const def = this.definition('parameters', name);
    if (!def) return undefined;
    this.shared.parameters.set(key, 'pending');
    const tree = this.computeParameter(name, def);
    this.shared.parameters.set(key, tree);
    return tree;
  }

  private computeParameter(name: string, def: PropertyNode): PropertyNode {
    const secure = this.isSecureParameter(name);
    const prov = secure ? { secure: true } : {};
    const input = this.shared.inputs.get(name.toLowerCase());
    const range = def.range;
    if (input) {
      if (input.node) return secure ? markProvenance(input.node, prov) : input.node;
      if (input.secretReference || input.value === undefined) {
        return {
          kind: 'unknown',
          expression: `parameters('${name}')`,
          range,
          reason: `a Key Vault reference in ${input.source}`,
          secure: true,
        };
      }
      return jsonToNode(input.value, range, prov);
    }
    const defaultValue = def.kind === 'object' ? def.entries.get('defaultvalue')?.node : undefined;
    if (defaultValue) {
      const tree = this.evaluate(defaultValue);
      return markProvenance(tree, { parameter: name, ...prov });
    }
    const allowed = def.kind === 'object' ? def.entries.get('allowedvalues')?.node : undefined;
    const allowedText =
      allowed?.kind === 'array'
        ? ` (allowed: ${allowed.items.map((i) => (i.kind === 'scalar' ? String(i.value) : '…')).join(', ')})`
        : '';
    return {
      kind: 'unknown',
      expression: `parameters('${name}')`,
      range,
      reason: `parameter '${name}' has no value${allowedText}`,
      ...prov,
    };
  }

  private variableTree(name: string): PropertyNode | undefined {
    const key = name.toLowerCase();
    const cached = this.shared.variables.get(key);
    if (cached === 'pending') return cycle(`variable '${name}' refers to itself`);
    if (cached) return cached;
    const written = this.definition('variables', name);
    this.shared.variables.set(key, 'pending');
    // Variables are evaluated outside any resource loop.
    const tree = written ? TemplateScope.derive(this, new Map()).evaluate(written) : this.variableCopy(name);
    if (!tree) {
      this.shared.variables.delete(key);
      return undefined;
    }
    this.shared.variables.set(key, tree);
    return tree;
  }

  /** `"variables": { "copy": [{ "name": "x", "count": n, "input": ... }] }` defines variable x. */
  private variableCopy(name: string): PropertyNode | undefined {
    const copy = this.definition('variables', 'copy');
    if (copy?.kind !== 'array') return undefined;
    const loop = copy.items.find((item) => {
      const n = item.kind === 'object' ? item.entries.get('name')?.node : undefined;
      return (
        n?.kind === 'scalar' && typeof n.value === 'string' && n.value.toLowerCase() === name.toLowerCase()
      );
    });
    if (!loop) return undefined;
    const wrapper: ObjectNode = {
      kind: 'object',
      range: loop.range,
      entries: new Map([
        [
          'copy',
          { name: 'copy', keyRange: loop.range, node: { kind: 'array', items: [loop], range: loop.range } },
        ],
      ]),
    };
    const evaluated = TemplateScope.derive(this, new Map()).evaluateObject(wrapper);
    return evaluated.kind === 'object' ? evaluated.entries.get(name.toLowerCase())?.node : undefined;
  }
}

function cycle(reason: string): PropertyNode {
  return {
    kind: 'unknown',
    expression: '(cycle)',
    reason,
    range: { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  };
}
