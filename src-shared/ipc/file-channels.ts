import { z } from 'zod';
import { channel } from './define';

/** The error code of a request the transport cannot serve, such as a system dialog in a browser. */
export const notAvailableCode = 'not-available';

/**
 * Files chosen through the system's own dialog, for the Import view: their paths, or an empty list
 * when the analyst cancelled. Only the desktop app has such a dialog; elsewhere the answer is an
 * error with the code `not-available`, and the view asks the page's own file picker instead.
 */
export const fileChannels = {
  'files:choose-import': channel(z.object({}).strict()).returns<string[]>(),
};

export type FileChannel = keyof typeof fileChannels;
