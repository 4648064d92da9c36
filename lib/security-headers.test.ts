import { describe, expect, it } from 'vitest';
import { newNonce, securityHeaders } from './security-headers';

const base = { nonce: 'bm9uY2U=', pathname: '/', https: false, development: false, formTargets: [] };

describe('security headers', () => {
  it('a Content-Security-Policy with a nonce for scripts and no unsafe-inline or eval for them', () => {
    const csp = securityHeaders(base)['Content-Security-Policy']!;
    const scripts = csp.split('; ').find((d) => d.startsWith('script-src'))!;
    expect(scripts).toContain("'nonce-bm9uY2U='");
    expect(scripts).not.toContain('unsafe-inline');
    expect(scripts).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it('HSTS only over https', () => {
    expect(securityHeaders(base)['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })['Strict-Transport-Security']).toMatch(/^max-age=\d{8}/);
  });

  it('the camera only where documents are photographed', () => {
    expect(securityHeaders({ ...base, pathname: '/applications/5f0c/documents' })['Permissions-Policy']).toContain('camera=(self)');
    for (const pathname of ['/', '/applications', '/applications/5f0c', '/verify/abc', '/office']) {
      expect(securityHeaders({ ...base, pathname })['Permissions-Policy']).toContain('camera=()');
    }
  });

  it('sign-in forms may lead to the VNeID issuer, and nowhere else', () => {
    expect(securityHeaders({ ...base, formTargets: ['https://vneid.gov.vn'] })['Content-Security-Policy']).toContain("form-action 'self' https://vneid.gov.vn");
  });

  it('a fresh nonce every time', () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
