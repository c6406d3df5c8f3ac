import { parentPort, workerData } from 'node:worker_threads';
import { useNativeBinding } from '../store/native-binding';
import { serveJobs } from './job-server';
import { serveSideTasks } from './side-server';
import { SIDE_ROLE, SideThread } from './side-thread';

/**
 * The analysis worker, or its side thread: the same script serves both, told apart by the role in
 * `workerData`, so the app ships one worker bundle.
 */
const port = parentPort;
if (!port) throw new Error('The analysis worker must run in a worker thread.');

const options = workerData as
  | { nativeBinding?: string; role?: string; self?: { script: string; workerData: unknown } }
  | undefined;
if (options?.nativeBinding) useNativeBinding(options.nativeBinding);

if (options?.role === SIDE_ROLE) serveSideTasks(port);
else serveJobs(port, options?.self ? new SideThread(options.self) : undefined);
