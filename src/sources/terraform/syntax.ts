/**
 * A plain copy of a tree-sitter node, or a node the fast parser (fast-parse.ts) made in its place; the
 * conversion into the HCL AST (parse.ts) works on these. Reading nodes across the wasm boundary is slow, so a
 * tree-sitter tree is read once with a TreeCursor into these.
 */
export interface Syntax {
  type: string;
  isNamed: boolean;
  isMissing: boolean;
  isError: boolean;
  /** The node or a descendant is an error or missing. */
  hasError: boolean;
  /** Offsets into the whole text. */
  startIndex: number;
  endIndex: number;
  /** The field name, read only for the children of object elements. */
  field: string | null;
  /** Children without comments. */
  children: Syntax[];
}

/** The children of a node without any; shared, never pushed to. */
export const NO_CHILDREN: Syntax[] = [];

/** A node of a tree without errors. */
export function syntax(
  type: string,
  startIndex: number,
  endIndex: number,
  children: Syntax[] = NO_CHILDREN,
  isNamed = true,
): Syntax {
  return {
    type,
    isNamed,
    isMissing: false,
    isError: false,
    hasError: false,
    startIndex,
    endIndex,
    field: null,
    children,
  };
}
