import type { FieldValues, Resolver } from 'react-hook-form';

/**
 * A react-hook-form resolver whose validator is fetched only when it is first needed: when the
 * person first focuses the form (`preload`) or, at the latest, on "Save and continue". The page's
 * first load carries none of it.
 *
 * When the validator cannot be fetched (no connection and not kept by the service worker), the
 * answers go on unchecked: the server checks them with the same schema when the page is saved and
 * returns the same messages next to the fields, and a page saved offline that it refuses is listed
 * when the connection returns. A failed fetch is tried again on the next attempt.
 */
export function lazyResolver(load: () => Promise<Resolver<FieldValues> | null>): { resolver: Resolver<FieldValues>; preload: () => void } {
  let loading: Promise<Resolver<FieldValues> | null> | null = null;
  const validator = () =>
    (loading ??= load().catch(() => {
      loading = null;
      return null;
    }));
  return {
    preload: () => void validator(),
    resolver: async (values, context, options) => {
      const resolve = await validator();
      return resolve ? resolve(values, context, options) : { values, errors: {} };
    },
  };
}
