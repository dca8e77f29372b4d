import type { PropertyNode, UnknownNode } from '../../../model/node.js';
import type { SourceRange } from '../../../model/range.js';
import type { HclParser } from '../parse.js';

export interface EvalContext {
  /**
   * Resolves a root reference. `root` is the first name (`var`, `local`, `module`, `data`, `each`, `count`,
   * `path`, `terraform`, `self`, or a resource type like `azurerm_key_vault_managed_hardware_security_module`),
   * `names` are the leading attribute names that follow it (up to 2, e.g. ['main','id'] or
   * ['azurerm_client_config','current']). Returns the node and how many of `names` it consumed (e.g. 1 for
   * var.x, 2 for data.t.n), or undefined when the reference is not declared (the evaluator then yields an
   * unknown with reason "undeclared reference").
   */
  resolve(
    root: string,
    names: string[],
    range: SourceRange,
  ): { node: PropertyNode; consumed: number } | undefined;
  /** Source text of a range (the file's text), used for the `expression` of unknown nodes. */
  text(range: SourceRange): string;
  /** The scan's clock: timestamp() and plantimestamp() return it (RFC 3339, UTC, no fractional seconds). */
  now: Date;
  /** Optional: reads a file relative to the module directory for file()/fileexists()/templatefile(); undefined → unknown. */
  readFile?: (path: string) => string | undefined;
  /**
   * Optional: the loaded HCL parser, which templatefile() needs to parse the template it reads (the
   * evaluator is synchronous, and loading the parser is not). Without it templatefile() is unknown.
   */
  parser?: HclParser;
}

/** One call of a built-in function, with its arguments evaluated. */
export interface FunctionCall {
  name: string;
  args: PropertyNode[];
  /** The call expression; results built by the function are placed here. */
  range: SourceRange;
  context: EvalContext;
  /** An unknown result for this call (its text, the references of `from` or of all arguments). */
  unknown(reason?: string, from?: readonly PropertyNode[]): UnknownNode;
  /** Accounts for work the function does (elements produced), so evaluation always terminates. */
  work(units: number): void;
}

/**
 * How a function meets unknown arguments: `deep` (the default) yields an unknown when any argument has an
 * unknown part, `shallow` only when an argument is unknown as a whole, `self` leaves it to the function.
 */
export type UnknownPolicy = 'deep' | 'shallow' | 'self';

export interface TfFunction {
  /** Least and most arguments (Infinity for variadic functions). */
  arity: readonly [number, number];
  unknowns?: UnknownPolicy;
  /**
   * By default a result carries its arguments' provenance (a sensitive argument makes it sensitive, as in
   * Terraform); `own` leaves it to the function (nonsensitive(), issensitive()).
   */
  provenance?: 'own';
  impl(call: FunctionCall): PropertyNode;
}

export type FunctionTable = Record<string, TfFunction>;
