/**
 * Code-unit comparison: unlike `localeCompare`, the same on every machine, and it needs no collator
 * (the first `localeCompare` of a process sets one up, which costs a short run milliseconds).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
