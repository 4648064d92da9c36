import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';
import { env } from '@/lib/env';
import { newNonce, securityHeaders } from '@/lib/security-headers';

/*
 * Refuses what is malformed before anything runs, then only redirects: anonymous visitors of
 * citizen or office pages go to the right sign-in page. Roles, ownership and permissions are
 * checked in the pages, actions and use cases themselves. Running auth here also refreshes the
 * session cookie, which keeps the office idle timer honest. Every answer carries the security
 * headers (lib/security-headers.ts), with a nonce Next.js puts on its scripts.
 */
const FORM_TARGETS = env.vneid.simulatorEnabled ? [] : [new URL(env.vneid.issuer).origin];
const CITIZEN_PATHS = ['/me', '/applications', '/documents', '/apply'];

/** A path that is not valid percent-encoding (`/verify/%`) is a bad request, not a server error. */
function malformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A server action posted from another site is refused as forbidden (403), not left to fail as a
 * server error: the Origin must be the host the request came to (behind a proxy, the forwarded one).
 */
function foreignServerAction(request: Request): boolean {
  if (request.method !== 'POST' || !request.headers.get('next-action')) return false;
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

function route(request: NextRequest & { auth: unknown }, requestHeaders: Headers): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (malformedPath(pathname)) return NextResponse.json({ error: 'badRequest' }, { status: 400 });
  if (foreignServerAction(request)) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  if (request.auth) return NextResponse.next({ request: { headers: requestHeaders } });
  const returnTo = encodeURIComponent(pathname + search);
  if (pathname.startsWith('/office') && !pathname.startsWith('/office/sign-in')) {
    return NextResponse.redirect(new URL(`/office/sign-in?callbackUrl=${returnTo}`, request.nextUrl));
  }
  if (CITIZEN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${returnTo}`, request.nextUrl));
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const proxy = auth((request) => {
  const headers = securityHeaders({
    nonce: newNonce(),
    pathname: request.nextUrl.pathname,
    https: env.appUrl.startsWith('https:') || request.nextUrl.protocol === 'https:',
    development: env.nodeEnv === 'development',
    formTargets: FORM_TARGETS,
  });
  // Next.js takes the nonce for its scripts from the request's policy.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', headers['Content-Security-Policy']!);
  const response = route(request, requestHeaders);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
});

// Every path but Next.js's static files and Auth.js's own endpoints.
export const config = {
  matcher: ['/((?!_next/static|_next/image|api/auth|favicon\\.ico).*)'],
};
