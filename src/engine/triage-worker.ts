// The worker thread of `triage.ts`, bundled on its own (dist/cli/triage-worker.js) so that it starts
// without compiling the rest of hsmlint. It may start while the walk goes on: it waits for its files.
import { parentPort } from 'node:worker_threads';
import { triageShare, type TriageRequest } from './triage.js';

parentPort?.once('message', ({ files, counter, context }: TriageRequest) => {
  parentPort?.postMessage(triageShare(files, counter, context));
});
