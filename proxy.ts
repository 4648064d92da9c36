import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth/auth';

/*
 * Only redirects: anonymous visitors of citizen or office pages go to the right sign-in page.
 * Roles, ownership and permissions are checked in the pages, actions and use cases themselves.
 * Running auth here also refreshes the session cookie, which keeps the office idle timer honest.
 */
const CITIZEN_PATHS = ['/me', '/applications', '/documents', '/apply'];

export const proxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
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

export const config = {
  matcher: ['/me/:path*', '/applications/:path*', '/documents/:path*', '/apply/:path*', '/office/:path*'],
};
