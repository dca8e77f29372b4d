import { describe, expect, it, jest } from '@jest/globals';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS } from '../../src/sources/read.js';
import { armTemplate, tempTree } from '../helpers.js';

// A machine that cannot start a thread: the worker's bundle is there, but the Worker constructor throws.
const constructed: unknown[] = [];
jest.unstable_mockModule('node:fs', () => ({
  ...fs,
  existsSync: (path: fs.PathLike) => String(path).endsWith('triage-worker.js') || fs.existsSync(path),
}));
jest.unstable_mockModule('node:worker_threads', () => ({
  Worker: class {
    constructor(url: unknown) {
      constructed.push(url);
      throw new Error('ERR_WORKER_INIT_FAILED');
    }
  },
}));
const { startTriageWorkers, triageWalk } = await import('../../src/engine/triage.js');

describe('a triage worker that cannot start', () => {
  it('is left out: the main thread decides every file', async () => {
    const storage = { type: 'Microsoft.Storage/storageAccounts', apiVersion: '2023-01-01', name: 'st' };
    const files: Record<string, string> = {};
    for (let i = 0; i < 450; i++) files[`t${i}.json`] = armTemplate([storage]);
    const { dir, cleanup } = tempTree(files);
    try {
      expect(startTriageWorkers(2)).toEqual([]);
      expect(constructed).toHaveLength(1);
      const walked = Object.keys(files).map((file) => ({ path: join(dir, file), explicit: false }));
      const context = { cwd: dir, paths: [dir], limits: DEFAULT_READ_LIMITS, modules: {} };
      const triage = await triageWalk(walked, context, 1);
      expect(constructed).toHaveLength(2);
      expect(triage).toMatchObject({ files: 450, byWorker: 0 });
      expect(new Set(triage.verdicts.values())).toEqual(new Set(['declares no Managed HSM resources']));
      expect(triage.verdicts.size).toBe(450);
    } finally {
      cleanup();
    }
  });
});
