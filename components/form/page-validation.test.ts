import type { FieldValues, ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { pageResolver } from './page-validation';

const options = { fields: {}, shouldUseNativeValidation: undefined } as unknown as ResolverOptions<FieldValues>;

describe('pageResolver', () => {
  it("checks a page with its procedure's schema: message ids next to the fields, parsed values when valid", async () => {
    const resolve = pageResolver('birthRegistration', 1, 'applicant');
    expect(resolve).not.toBeNull();
    const refused = await resolve!({ relationship: '', phone: '12', email: 'x' }, undefined, options);
    expect(refused.errors.relationship?.message).toBe('validation.choose');
    expect(refused.errors.phone?.message).toBe('validation.phone');
    expect(refused.errors.email?.message).toBe('validation.email');
    const accepted = await resolve!({ relationship: 'mother', phone: '091 234 5678', email: '' }, undefined, options);
    expect(accepted.errors).toEqual({});
    expect(accepted.values).toEqual({ relationship: 'mother', phone: '0912345678', email: '' });
  });

  it('has no resolver for a page the registry does not know', () => {
    expect(pageResolver('birthRegistration', 1, 'nothing')).toBeNull();
    expect(pageResolver('noSuchProcedure', 1, 'applicant')).toBeNull();
  });
});
