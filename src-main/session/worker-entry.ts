import { parentPort, workerData } from 'node:worker_threads';
import { analysisSideReads } from '../analysis/engine/side-reads';
import { useNativeBinding } from '../store/native-binding';
import { serveJobs } from '../worker/job-server';
import { serveSideTasks } from '../worker/side-server';
import { SIDE_ROLE, SideThread } from '../worker/side-thread';
import { jobs } from './jobs';

/**
 * The analysis worker's entry point, or its side thread's: the same script serves both, told apart
 * by the role in `workerData`, so the app ships one worker bundle. The registries of jobs and side
 * reads are handed to the worker here.
 */
const port = parentPort;
if (!port) throw new Error('The analysis worker must run in a worker thread.');

const options = workerData as
  | { nativeBinding?: string; role?: string; self?: { script: string; workerData: unknown } }
  | undefined;
if (options?.nativeBinding) useNativeBinding(options.nativeBinding);

if (options?.role === SIDE_ROLE) serveSideTasks(port, analysisSideReads);
else serveJobs(port, jobs, options?.self ? new SideThread(options.self) : undefined);
