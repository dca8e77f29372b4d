// The worker thread of `triage.ts`, bundled on its own (dist/cli/triage-worker.js) so that it starts
// without compiling the rest of hsmlint.
import { parentPort, workerData } from 'node:worker_threads';
import { triageShare, type TriageContext } from './triage.js';

const { files, counter, context } = workerData as {
  files: string[];
  counter: Int32Array;
  context: TriageContext;
};
parentPort?.postMessage(triageShare(files, counter, context));
