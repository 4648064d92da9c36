/*
 * The e-form pages kept for a lost connection, by the service worker (public/sw.js, scope
 * /applications/). Browser-only and best effort: without service workers (some private modes,
 * old browsers) the forms work as before and a person offline stays on the page they type.
 */

const PAGES = 'hotich-pages-v1';

async function worker(): Promise<ServiceWorker | null> {
  if (!('serviceWorker' in navigator)) return null;
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/applications/' });
    return registration.active ?? (await navigator.serviceWorker.ready).active;
  } catch {
    return null;
  }
}

/** Keeps these pages (the one open and the next) to open without a connection. */
export async function keepPages(paths: string[]): Promise<void> {
  (await worker())?.postMessage({ type: 'keep', paths });
}

/** Whether a page was kept, so that going there offline opens it rather than the browser's error page. */
export async function isKept(path: string): Promise<boolean> {
  if (!('caches' in window)) return false;
  try {
    return Boolean(await (await caches.open(PAGES)).match(path));
  } catch {
    return false;
  }
}

/** After submission (one application's pages) or at sign-out (all): nothing stays on a shared phone. */
export async function forgetPages(applicationId?: string): Promise<void> {
  try {
    // The worker also forgets, so a page it is fetching now is not kept after this.
    const registration = 'serviceWorker' in navigator ? await navigator.serviceWorker.getRegistration('/applications/') : undefined;
    registration?.active?.postMessage({ type: 'forget' });
    if (!('caches' in window)) return;
    if (!applicationId) {
      await caches.delete(PAGES);
      return;
    }
    const cache = await caches.open(PAGES);
    for (const request of await cache.keys()) if (new URL(request.url).pathname.startsWith(`/applications/${applicationId}/`)) await cache.delete(request);
  } catch {
    // nothing kept, or no access: nothing to forget
  }
}
