// warmcall's service worker: the widget's own files from a cache, so it runs without a network.
// Not copied as is: scripts/build-sw.mjs prepends `BUILD` (a hash of every file of the build)
// and `FILES` (their paths relative to this script) and writes the result as sw.js.
/* global BUILD, FILES */

// Caches belong to the origin, not to the scope: a second copy of the widget under another path
// of the same site keeps its own caches apart by their names.
const SCOPE = self.registration.scope;
const PREFIX = `warmcall ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const INDEX = new URL('index.html', location.href).href;
const OWN = new Set(FILES.map((file) => new URL(file, location.href).href));

self.addEventListener('install', (event) => {
  // A file whose name carries trunk's content hash cannot be stale, so the copy the page has
  // just downloaded is taken from the HTTP cache instead of fetching the wasm a second time.
  // Any other file (index.html, the manifest, icons) is fetched afresh: the HTTP cache may
  // still hold an earlier build's.
  const hashed = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;
  const requests = FILES.map((file) => new Request(file, hashed.test(file) ? {} : { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests))
      // The page loads all of its files at start, so an open page of the previous build loses
      // nothing when this one takes over at once.
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  const path = url.origin + url.pathname;
  if (request.mode === 'navigate') {
    // Other pages that share the scope (a site's own pages around the widget) are not ours.
    if (path !== SCOPE && path !== INDEX) return;
    // The page from the network first, so that a new build shows on the first visit after it
    // is published (its files are new names, fetched below); the cached page only offline.
    event.respondWith(fetch(request).catch(() => fromCache(INDEX)));
    return;
  }
  // Anything that is not one of the widget's own files goes to the browser untouched.
  if (url.search || !OWN.has(path)) return;
  event.respondWith(fromCache(request).then((cached) => cached || fetch(request)));
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request));
}
