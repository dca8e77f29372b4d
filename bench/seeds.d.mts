// Types of seeds.mjs for the TypeScript tests that import it.
export interface Seed {
  name: string;
  surface: 'arm' | 'bicep' | 'terraform';
  weight: number;
  expected: Record<string, number> | null;
}
export const SEEDS: readonly Seed[];
export const SEEDS_VERSION: number;
export function seedFiles(name: string): Array<{ path: string; text: string }>;
export function instantiateSeed(name: string, id: string): Array<{ path: string; text: string }>;
export function addCounts(
  into: Record<string, number>,
  counts: Record<string, number>,
  times?: number,
): Record<string, number>;
