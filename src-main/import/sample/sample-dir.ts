import { fileURLToPath } from 'node:url';

/** The bundled sample exports, next to the sources in development and in Node. */
export function defaultSampleDir(): string {
  return fileURLToPath(new URL('../../../resources/sample', import.meta.url));
}
