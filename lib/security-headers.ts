/*
 * The security headers of every page, set by the proxy (proxy.ts) with a fresh nonce per request.
 * Next.js reads the nonce from the request's Content-Security-Policy and puts it on its own
 * scripts, so no inline script runs without it ('strict-dynamic' lets those scripts load the app's
 * chunks). Styles may be inline (React's style attributes); scripts never.
 */

/** Pages where a photo of a document may be taken: the camera is allowed there only. */
const UPLOAD_PAGES = [/^\/applications\/[^/]+\/[^/]+\/?$/];

export type HeaderContext = {
  nonce: string;
  pathname: string;
  /** Served over https (APP_URL or the request): then HSTS. */
  https: boolean;
  /** `next dev` needs eval for its fast refresh; production never. */
  development: boolean;
  /** Where sign-in forms may lead besides this site: the VNeID issuer. */
  formTargets: string[];
};

export function contentSecurityPolicy(c: Pick<HeaderContext, 'nonce' | 'development' | 'formTargets' | 'https'>): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${c.nonce}' 'strict-dynamic'${c.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The form pages' service worker (public/sw.js); 'strict-dynamic' would otherwise refuse it.
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${c.formTargets.map((t) => ` ${t}`).join('')}`,
    "frame-ancestors 'none'",
    ...(c.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function securityHeaders(c: HeaderContext): Record<string, string> {
  const camera = UPLOAD_PAGES.some((p) => p.test(c.pathname)) ? 'camera=(self)' : 'camera=()';
  return {
    'Content-Security-Policy': contentSecurityPolicy(c),
    'Permissions-Policy': `${camera}, microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()`,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(c.https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
