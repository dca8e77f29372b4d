import type { ObjectNode, PropertyNode } from '../../../model/node.js';
import type { HclBody, HclExpression } from '../ast.js';
import type { EvalContext } from './context.js';
import { Evaluator } from './evaluator.js';
import { object } from './nodes.js';

export type { EvalContext } from './context.js';
export { functionNames } from './functions/index.js';

/**
 * Evaluates a Terraform expression into a property tree. Never throws: errors and values that cannot be known
 * before apply become UnknownNodes (with the expression's text, a reason and the references involved).
 */
export function evaluate(expr: HclExpression, ctx: EvalContext): PropertyNode {
  return new Evaluator(ctx).evaluate(expr);
}

/**
 * A block body to an object: attributes evaluated (null ones left out); nested blocks become arrays of objects
 * keyed by block type (as `terraform show -json` shows them); `dynamic` blocks expand into elements of their
 * label's type. Attributes and blocks named in `skip` (meta-arguments) are left out at this level.
 */
export function evaluateBody(body: HclBody, ctx: EvalContext, skip?: ReadonlySet<string>): ObjectNode {
  try {
    return new Evaluator(ctx).body(body, skip);
  } catch (error) {
    // Only an internal fault gets here; the body reads as entirely unknown rather than failing the scan.
    const result = object([], body.range);
    result.open = { reason: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    return result;
  }
}
