import { createRequire } from 'node:module';
import type * as Crypto from 'node:crypto';

/**
 * `crypto.createHash`, with node:crypto loaded on first use: loading it costs several milliseconds of
 * every start, and most runs hash nothing (templates without `guid()`, reports other than SARIF).
 */
export function createHash(algorithm: string): Crypto.Hash {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof Crypto;
  return crypto.createHash(algorithm);
}

let crypto: typeof Crypto | undefined;
