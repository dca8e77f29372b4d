#!/usr/bin/env node
import module from 'node:module';

try {
  module.enableCompileCache?.();
} catch {
  // A cache that cannot be used only costs time.
}
await import('./cli/index.js');
