// Starts the analysis worker from its TypeScript source, for the command line, the web harness and
// tests, which run without a build step. The Electron app starts the bundled worker instead.
import { workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

await tsImport(workerData.entry, import.meta.url);
