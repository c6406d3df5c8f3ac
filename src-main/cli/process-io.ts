import type { CommandIo } from './command';

/**
 * Writes to one of the process's own streams until its reader goes away. A pipe whose reader has
 * closed (`| head -3`) fails every write with EPIPE; like other command-line tools, the command
 * then stops writing to it quietly instead of dying of an unhandled 'error' event, and its exit
 * code is what the command returned.
 */
function writerTo(stream: NodeJS.WriteStream): (text: string) => void {
  let readerGone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return (text) => {
    if (!readerGone) stream.write(text);
  };
}

/** Results to stdout and diagnostics to stderr, one line per call. */
export function processIo(): CommandIo {
  const out = writerTo(process.stdout);
  const err = writerTo(process.stderr);
  return { out: (text) => out(`${text}\n`), err: (text) => err(`${text}\n`) };
}
