import { notAvailableCode, type FileChannel } from '../../src-shared/ipc/file-channels';
import type { Handlers } from '../ipc/handlers';

class NotAvailableError extends Error {
  readonly code = notAvailableCode;
}

/**
 * The file channels where no system dialog exists: the web harness and the tests. The answer is an
 * error value the views recognise: the Import view then opens the page's own file picker, and the
 * workspace dialog asks for a path.
 */
export const noFileDialogs: Handlers<FileChannel> = {
  'files:choose-import': () => {
    throw new NotAvailableError(
      'The system dialog for choosing files is not available in the browser; the page chooses them instead.',
    );
  },
  'files:choose-workspace': () => {
    throw new NotAvailableError(
      'The system dialog for choosing a workspace is not available in the browser; type its path instead.',
    );
  },
};
