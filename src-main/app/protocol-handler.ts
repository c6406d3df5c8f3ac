import { readStatic } from '../renderer-files/static-files';
import { isAppUrl } from './app-protocol';
import { contentSecurityPolicy } from '../renderer-files/content-security-policy';

/**
 * Serves the renderer bundle for the app:// scheme, with the Content Security Policy on every
 * response. Only the app's own host is served, and nothing outside the bundle folder.
 */
export async function appProtocolResponse(
  rendererDir: string,
  requestUrl: string,
): Promise<Response> {
  if (!isAppUrl(requestUrl)) return new Response('Not found', { status: 404 });
  const file = await readStatic(rendererDir, new URL(requestUrl).pathname);
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    },
  });
}
