import type { PropertyNode } from '../../model/node.js';
import { splitKey, splitTraversal, type InstanceAddress, type ModuleStep } from './address.js';
import { at, memberOf, stringsOf } from './json.js';

/** A module of the plan's `configuration`, and the module instance an expression is read in. */
export interface ModuleScope {
  /** The module's configuration (`configuration.root_module`, or a call's `module`). */
  config: PropertyNode | undefined;
  steps: ModuleStep[];
  /** The call that instantiated the module: its `expressions` give the module's variables. */
  parent?: { scope: ModuleScope; call: PropertyNode };
}

/** A module step of a reference that names no instance key: it stands for every instance of the call. */
const ANY_KEY = '*';

/** References through variables and outputs are followed this deep (configurations cannot loop). */
const MAX_DEPTH = 16;

/** Names that are not resources (`var` and `module` are followed through the configuration). */
const NOT_RESOURCES: ReadonlySet<string> = new Set(['local', 'each', 'count', 'path', 'terraform', 'self']);

/**
 * Turns the textual references of configuration expressions (`azurerm_x.main.id`, `module.hsm.hsm_id`,
 * `var.hsm_id`) into the addresses of the plan's instances they designate, following module outputs
 * and input variables through the configuration.
 */
export class ReferenceResolver {
  /** Instances by `mode type name`, so that a reference is resolved without a scan of the whole plan. */
  private readonly byResource = new Map<string, Array<{ address: string; parsed: InstanceAddress }>>();

  constructor(
    instances: ReadonlyArray<{ address: string; parsed: InstanceAddress }>,
    private readonly root: PropertyNode | undefined,
  ) {
    for (const instance of instances) {
      const { mode, type, name } = instance.parsed;
      const id = resourceId(mode, type, name);
      const list = this.byResource.get(id);
      if (list) list.push(instance);
      else this.byResource.set(id, [instance]);
    }
  }

  /** The scope of a module instance (`module.a["x"].module.b`), from the root down. */
  scopeOf(modules: readonly ModuleStep[]): ModuleScope {
    let scope: ModuleScope = { config: this.root, steps: [] };
    for (const step of modules) {
      const call = at(scope.config, 'module_calls', step.name);
      scope = {
        config: memberOf(call, 'module'),
        steps: [...scope.steps, step],
        parent: call ? { scope, call } : undefined,
      };
    }
    return scope;
  }

  resolve(references: readonly string[], scope: ModuleScope, depth = 0): string[] {
    if (depth > MAX_DEPTH) return [];
    const found = new Set<string>();
    for (const reference of mostSpecific(references))
      for (const address of this.resolveOne(reference, scope, depth)) found.add(address);
    return [...found];
  }

  private resolveOne(reference: string, scope: ModuleScope, depth: number): string[] {
    const parts = splitTraversal(reference);
    if (parts[0] === 'var') return this.variable(parts[1], scope, depth);
    if (parts[0] === 'module') return this.moduleOutput(parts, scope, depth);
    if (parts[0] === 'data')
      return parts.length >= 3 ? this.resources(scope.steps, 'data', parts[1], parts[2]) : [];
    if (NOT_RESOURCES.has(parts[0]) || parts.length < 2) return [];
    return this.resources(scope.steps, 'managed', parts[0], parts[1]);
  }

  /** A module's input variable refers to what the calling module passes it. */
  private variable(name: string | undefined, scope: ModuleScope, depth: number): string[] {
    if (!name || !scope.parent) return [];
    const references = stringsOf(at(scope.parent.call, 'expressions', name, 'references'));
    return this.resolve(references, scope.parent.scope, depth + 1);
  }

  /** `module.hsm.hsm_id` refers to what the child module's output refers to. */
  private moduleOutput(parts: string[], scope: ModuleScope, depth: number): string[] {
    if (parts.length < 3) return [];
    const { name, key } = splitKey(parts[1]);
    const call = at(scope.config, 'module_calls', name);
    const module = memberOf(call, 'module');
    const references = stringsOf(at(module, 'outputs', parts[2], 'expression', 'references'));
    const child: ModuleScope = {
      config: module,
      steps: [...scope.steps, { name, key: key ?? ANY_KEY }],
      parent: call ? { scope, call } : undefined,
    };
    return this.resolve(references, child, depth + 1);
  }

  private resources(
    steps: readonly ModuleStep[],
    mode: 'managed' | 'data',
    type: string,
    part: string,
  ): string[] {
    const { name, key } = splitKey(part);
    return (this.byResource.get(resourceId(mode, type, name)) ?? [])
      .filter(({ parsed }) => (key === undefined || parsed.key === key) && inModule(parsed.modules, steps))
      .map((i) => i.address);
  }
}

function resourceId(mode: string, type: string, name: string): string {
  return `${mode} ${type} ${name}`;
}

function inModule(actual: readonly ModuleStep[], wanted: readonly ModuleStep[]): boolean {
  return (
    actual.length === wanted.length &&
    wanted.every((w, i) => w.name === actual[i].name && (w.key === ANY_KEY || w.key === actual[i].key))
  );
}

/**
 * Terraform lists `x.main[0].id`, `x.main[0]` and `x.main` for one use of `x.main[0].id`: the shorter
 * forms would name every instance, so a reference is dropped when a keyed form of it is listed too.
 */
function mostSpecific(references: readonly string[]): string[] {
  return references.filter((r) => !references.some((other) => other.startsWith(`${r}[`)));
}
