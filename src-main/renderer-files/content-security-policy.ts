/**
 * The renderer's Content Security Policy: its own scripts and styles only, nothing from the network,
 * no plugins, no frames, no forms. ECharts and React set styles through the CSSOM, which
 * `style-src 'self'` allows; no inline script or style element is ever needed. It is sent as a
 * response header by the app's protocol and by the web harness. The page's `<meta>` copy keeps
 * only the directives a meta element can carry (not `frame-ancestors`, `report-uri` or
 * `sandbox`), as a second line of defence.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Directives a browser ignores (and warns about) in a `<meta>` policy. */
export const headerOnlyDirectives = ['frame-ancestors', 'report-uri', 'sandbox'] as const;
