import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openWorkspace, type Workspace } from '../store/workspace';
import { WorkspaceError } from '../store/workspace-error';
import { InputError } from './cli-error';
import { requireString } from './args';
import type { ParsedArgs } from './command';

/**
 * Opens the --workspace of a command for the length of `use`. A workspace that cannot be opened is
 * bad input (exit code 1), reported with the store's own message.
 */
export async function withWorkspace<T>(
  args: ParsedArgs,
  use: (workspace: Workspace) => T | Promise<T>,
  options: { create?: boolean } = {},
): Promise<T> {
  const path = resolve(requireString(args, 'workspace'));
  if (!options.create && !existsSync(path)) {
    throw new InputError(`${path} does not exist. Create it with \`init --workspace ${path}\`.`);
  }
  let workspace: Workspace;
  try {
    workspace = openWorkspace(path, { create: options.create ?? false });
  } catch (error) {
    if (error instanceof WorkspaceError) throw new InputError(error.message);
    throw error;
  }
  try {
    return await use(workspace);
  } finally {
    workspace.close();
  }
}
