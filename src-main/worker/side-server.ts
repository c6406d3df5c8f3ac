import type Database from 'better-sqlite3';
import type { MessagePort } from 'node:worker_threads';
import type { SideRead } from '../job/side-reads';
import { openReadOnly } from '../store/connections';
import { serializeError } from './protocol';
import type { SideTaskReply, SideTaskRequest } from './side-thread';

/**
 * The side thread's loop: one read at a time, each in a read transaction on this thread's own
 * read-only connection, answered on the request's port before the done flag is raised. The reads
 * are the registry the worker's entry point was given.
 */
export function serveSideTasks(
  port: MessagePort,
  reads: readonly SideRead<never, unknown>[],
): void {
  const byName = new Map(reads.map((read) => [read.name, read]));
  let path: string | undefined;
  let reader: Database.Database | undefined;
  const readerFor = (wanted: string): Database.Database => {
    if (reader === undefined || path !== wanted) {
      reader?.close();
      reader = openReadOnly(wanted);
      path = wanted;
    }
    return reader;
  };

  port.on('message', (request: SideTaskRequest) => {
    let reply: SideTaskReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const db = readerFor(request.path);
      const read = byName.get(request.task) as SideRead<unknown, unknown> | undefined;
      if (read === undefined) throw new Error(`Unknown side task: ${request.task}`);
      const value = db.transaction(() => read.read(db, request.params))();
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
