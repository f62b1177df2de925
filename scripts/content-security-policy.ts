// The one Content-Security-Policy of the app (Safety rule 3, README): every request to our own
// origin, no inline script or style, no eval.

/** Directives for the <meta> tag (frame-ancestors is ignored there, so it only goes in headers). */
export const CSP_META = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** The same policy plus frame-ancestors, for static hosts that read public/_headers. */
export const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;
