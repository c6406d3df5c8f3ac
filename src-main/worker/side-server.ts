import type Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import { openReadOnly } from '../store/connections';
import { serializeError } from './protocol';
import { sideTasks, type SideTaskName } from './side-tasks';
import type { SideTaskReply, SideTaskRequest } from './side-thread';

/**
 * The side thread's loop: one task at a time, each in a read transaction on this thread's own
 * read-only connection, answered on the task's port before the done flag is raised.
 */
export function serveSideTasks(port: MessagePort): void {
  let path: string | undefined;
  let reader: Database.Database | undefined;
  const readerFor = (wanted: string) => {
    if (path !== wanted) {
      reader?.close();
      reader = openReadOnly(wanted);
      path = wanted;
    }
    return reader as Database.Database;
  };

  port.on('message', (request: SideTaskRequest) => {
    let reply: SideTaskReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const db = readerFor(request.path);
      const task = sideTasks[request.task as SideTaskName] as (
        db: Database.Database,
        params: unknown,
      ) => unknown;
      if (typeof task !== 'function') throw new Error(`Unknown side task: ${request.task}`);
      const value = db.transaction(() => task(db, request.params))();
      collectBuffers(value, transfer);
      reply = { ok: true, value };
    } catch (error) {
      reply = { ok: false, error: serializeError(error) };
    }
    request.reply.postMessage(reply, transfer);
    request.reply.close();
    const flag = new Int32Array(request.doneFlag);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}

/** The buffers of the typed arrays in a result (in its objects, arrays and maps), moved rather than copied. */
function collectBuffers(value: unknown, into: ArrayBuffer[], depth = 0): void {
  if (typeof value !== 'object' || value === null || depth > 4) return;
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer && !into.includes(value.buffer))
      into.push(value.buffer);
    return;
  }
  const children = value instanceof Map ? value.values() : Object.values(value);
  for (const child of children) collectBuffers(child, into, depth + 1);
}
