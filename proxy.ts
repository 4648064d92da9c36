import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth/auth';

/*
 * Refuses what is malformed before anything runs, then only redirects: anonymous visitors of
 * citizen or office pages go to the right sign-in page. Roles, ownership and permissions are
 * checked in the pages, actions and use cases themselves. Running auth here also refreshes the
 * session cookie, which keeps the office idle timer honest.
 */
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

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  if (malformedPath(pathname)) return NextResponse.json({ error: 'badRequest' }, { status: 400 });
  if (foreignServerAction(request)) return NextResponse.json({ error: 'forbidden' }, { status: 403 });
  if (request.auth) return NextResponse.next();
  const returnTo = encodeURIComponent(pathname + search);
  if (pathname.startsWith('/office') && !pathname.startsWith('/office/sign-in')) {
    return NextResponse.redirect(new URL(`/office/sign-in?callbackUrl=${returnTo}`, request.nextUrl));
  }
  if (CITIZEN_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`))) {
    return NextResponse.redirect(new URL(`/sign-in?callbackUrl=${returnTo}`, request.nextUrl));
  }
  return NextResponse.next();
});

// Every path but Next.js's static files and Auth.js's own endpoints.
export const config = {
  matcher: ['/((?!_next/static|_next/image|api/auth|favicon\\.ico).*)'],
};
