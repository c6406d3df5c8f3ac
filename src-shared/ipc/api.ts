import type { Result } from '../result';
import type { Channel, EventName, EventPayload, RequestOf, ResponseOf } from './contract';

/**
 * What the renderer sees: the preload exposes exactly this object, and the web harness provides the
 * same shape over its loopback bridge.
 */
export interface AdvocateLabApi {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /**
   * The path on this computer of a file the analyst dropped or chose in the window, for the import
   * channels, which read files by path. Handing a file over is what lets main read it: the import
   * channels refuse every path the analyst did not hand over this way or choose in the system's
   * dialog. In the desktop app it is the file's own path; through the web harness the file's bytes
   * are first copied into the harness session's private folder.
   */
  pathForFile(file: File): Promise<Result<string>>;
}

/** The global name the preload exposes the API under. */
export const apiGlobalName = 'advocateLab';

/** Error codes of `pathForFile`, so the window can explain each in the analyst's language. */
export const fileHandOverErrors = {
  /** The file exists only in the page (built by a script), not on disk. */
  notOnDisk: 'not-on-disk',
  /** The file is larger than the web harness accepts. */
  tooLarge: 'too-large',
} as const;
