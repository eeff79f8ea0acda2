// warmcall's service worker: the widget's own files from a cache, so it runs without a network.
// Not copied as is: scripts/build-sw.mjs prepends `BUILD` (a hash of every file of the build)
// and `FILES` (their paths relative to this script) and writes the result as sw.js.
/* global BUILD, FILES */

// Caches belong to the origin, not to the scope: a second copy of the widget under another path
// of the same site keeps its own caches apart by their names.
const SCOPE = self.registration.scope;
const PREFIX = `warmcall ${SCOPE} `;
const CACHE = PREFIX + BUILD;
const BASE = new URL('./', location.href).href;
const INDEX = new URL('index.html', location.href).href;
const LOADER = new URL('warmcall.js', location.href).href;
const OWN = new Set(FILES.map((file) => new URL(file, location.href).href));
// The names that carry a hash (the bundles, the stylesheets, the page's copy of the loader, the
// exercises' directory), relative to this script: each has one content in every build, so any
// build's cache may answer it.
const VERSIONED = /^(warmcall(-[a-z]+)?-[0-9a-f]{16}(_bg\.wasm|\.js|\.css)|page-[0-9a-f]{16}\.css|practice-[0-9a-f]{16}\/[a-z]+\.json)$/;
// Stored in a build's cache when its worker takes over; never served.
const ACTIVATED = new URL('.warmcall-activated', SCOPE).href;

self.addEventListener('install', (event) => {
  // A versioned file cannot be stale, so the copy the page has just downloaded is taken from the
  // HTTP cache instead of fetching the wasm a second time. Any other file (index.html, the
  // loader under its stable name, the manifest, icons) is fetched afresh: the HTTP cache may
  // still hold an earlier build's.
  const requests = FILES.map((file) => new Request(file, VERSIONED.test(file) ? {} : { cache: 'reload' }));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(requests).then(() => ofThisBuild(cache)))
      // Takes over at once: an open page of the previous build keeps its files (see activate).
      .then(() => self.skipWaiting())
      .catch(async (error) => {
        // A cache no worker of this build ever used holds nothing a page needs.
        if (!(await caches.open(CACHE).then((cache) => cache.match(ACTIVATED)))) await caches.delete(CACHE);
        throw error;
      }),
  );
});

// A server in the middle of a deploy can answer this build's sw.js with the previous build's
// page or loader. Cached under this build, they would be what runs offline, naming files this
// cache does not have; failing the install keeps the previous worker until the next visit.
async function ofThisBuild(cache) {
  const stamps = [
    [INDEX, `<meta name="warmcall-build" content="${BUILD}">`],
    [LOADER, `/* build */ "${BUILD}";`],
  ];
  for (const [url, stamp] of stamps) {
    const response = await cache.match(url);
    if (!response || !(await response.text()).includes(stamp)) {
      throw new Error(`warmcall: ${url} is not of build ${BUILD} (a deploy in progress?); the worker waits for the next visit`);
    }
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Kept: the build this one replaces, whose open pages may still load a bundle or exercises
      // they had not needed yet (online the server may no longer have them). Older ones go.
      const others = [];
      for (const name of await caches.keys()) {
        if (!name.startsWith(PREFIX) || name === CACHE) continue;
        const stamp = await caches.open(name).then((cache) => cache.match(ACTIVATED));
        others.push({ name, activated: stamp ? Number(await stamp.text()) : 0 });
      }
      others.sort((a, b) => b.activated - a.activated);
      await Promise.all(others.slice(1).map(({ name }) => caches.delete(name)));
      await caches.open(CACHE).then((cache) => cache.put(ACTIVATED, new Response(String(Date.now()))));
      await self.clients.claim();
    })(),
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
  if (url.search) return;
  const versioned = path.startsWith(BASE) && VERSIONED.test(path.slice(BASE.length));
  // Anything that is not one of the widget's own files goes to the browser untouched.
  if (!versioned && !OWN.has(path)) return;
  event.respondWith(
    fromCache(request)
      .then((cached) => cached ?? (versioned ? fromOtherBuilds(request) : undefined))
      .then((cached) => cached ?? fetch(request)),
  );
});

function fromCache(request) {
  return caches.open(CACHE).then((cache) => cache.match(request));
}

async function fromOtherBuilds(request) {
  for (const name of await caches.keys()) {
    if (!name.startsWith(PREFIX) || name === CACHE) continue;
    const cached = await caches.open(name).then((cache) => cache.match(request));
    if (cached) return cached;
  }
  return undefined;
}
