import type { FieldValues, Resolver, ResolverOptions } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { lazyResolver } from './lazy-resolver';

const options = { fields: {}, shouldUseNativeValidation: undefined } as unknown as ResolverOptions<FieldValues>;
const refusing: Resolver<FieldValues> = async () => ({ values: {}, errors: { givenName: { type: 'custom', message: 'validation.required' } } });

describe('lazyResolver', () => {
  it('fetches the validator once, on preload or on the first check, and checks with it', async () => {
    const load = vi.fn(async () => refusing);
    const { resolver, preload } = lazyResolver(load);
    expect(load).not.toHaveBeenCalled();
    preload();
    preload();
    const result = await resolver({ givenName: '' }, undefined, options);
    expect(result.errors).toEqual({ givenName: { type: 'custom', message: 'validation.required' } });
    await resolver({ givenName: '' }, undefined, options);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets the answers through unchanged when the validator cannot be fetched, and tries again next time', async () => {
    const load = vi.fn<() => Promise<Resolver<FieldValues> | null>>().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(refusing);
    const { resolver } = lazyResolver(load);
    const values = { givenName: 'Khang ' };
    expect(await resolver(values, undefined, options)).toEqual({ values, errors: {} });
    expect((await resolver(values, undefined, options)).errors).toHaveProperty('givenName');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('lets the answers through when the form registry has no schema for the page', async () => {
    const { resolver } = lazyResolver(async () => null);
    expect(await resolver({ a: '1' }, undefined, options)).toEqual({ values: { a: '1' }, errors: {} });
  });
});
