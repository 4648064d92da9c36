/*
 * The portal's service worker (issue 12, forms that survive a lost connection). Registered by the
 * e-form pages with the scope /applications/, so it serves those pages only:
 * - an application's form pages: network first; without a connection, the copy kept when the page
 *   was last opened or prepared (the page asks for itself and its next page to be kept);
 * - the build's static files (/_next/static, named by their content): from the cache once fetched.
 * What is typed is not here: the page keeps it in IndexedDB (lib/offline/device-drafts.ts).
 * Sign-out and submission delete the kept pages (shared phones). Nothing else is cached.
 */

const PAGES = 'hotich-pages-v1';
const STATIC = 'hotich-static-v1';
const FORM_PAGE = /^\/applications\/[0-9a-f-]{36}\/[a-z][A-Za-z]{0,40}$/;
/** Raised by every "forget": a page fetched before it is not kept after it (sign-out races a keep). */
let generation = 0;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith('/_next/static/')) return event.respondWith(fromCacheFirst(request));
  if (request.mode === 'navigate' && FORM_PAGE.test(url.pathname)) return event.respondWith(fromNetworkFirst(event, request, url.pathname));
});

async function fromCacheFirst(request) {
  const cache = await caches.open(STATIC);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function fromNetworkFirst(event, request, path) {
  const since = generation;
  try {
    const response = await fetch(request);
    // The page goes to the person at once (streamed); the copy is kept beside it.
    if (response.ok && !response.redirected) event.waitUntil(keepPage(path, response.clone(), since));
    return response;
  } catch (err) {
    const kept = await (await caches.open(PAGES)).match(path);
    if (!kept) throw err;
    // Said in a header, for the page and for whoever debugs it: this copy came from the device.
    const headers = new Headers(kept.headers);
    headers.set('X-Served-From', 'device');
    return new Response(kept.body, { status: kept.status, statusText: kept.statusText, headers });
  }
}

/** Keeps a form page, and the static files it names, so it opens again without a connection. */
async function keepPage(path, response, since = generation) {
  const html = await response.clone().text();
  if (since !== generation) return;
  await (await caches.open(PAGES)).put(path, response);
  const assets = [...new Set(html.match(/\/_next\/static\/[^"'\s)\\]+/g) || [])];
  const cache = await caches.open(STATIC);
  await Promise.all(
    assets.map(async (asset) => {
      if (await cache.match(asset)) return;
      const res = await fetch(asset).catch(() => null);
      if (res && res.ok) await cache.put(asset, res);
    }),
  );
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type === 'keep' && Array.isArray(data.paths)) {
    event.waitUntil(
      Promise.all(
        data.paths
          .filter((p) => typeof p === 'string' && FORM_PAGE.test(p))
          .map(async (path) => {
            const since = generation;
            const response = await fetch(path, { credentials: 'same-origin', redirect: 'manual' }).catch(() => null);
            if (response && response.ok && response.type === 'basic') await keepPage(path, response, since);
          }),
      ),
    );
  }
  // The page deletes the kept pages itself (lib/offline/page-cache.ts); here a page being fetched
  // now is not kept after.
  if (data.type === 'forget') generation += 1;
});
