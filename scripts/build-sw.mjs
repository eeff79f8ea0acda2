// Trunk post_build hook, the last of the chain in Trunk.toml, so that the files it lists are
// final: writes sw.js, the service worker of static/sw.js with the list of every file trunk
// staged and a build id hashed from their contents; stamps that id into the loader
// (warmcall.js), writes the loader's copy for the app's own page as warmcall-<build>.js, and makes
// index.html load that copy and carry the id (<meta name="warmcall-build">, where the widget sees
// that it is on its own page).
//
// The page names its loader by the build, and the loader names every file it reads by content,
// so a page runs one build's files together, whichever cache answers: the stable warmcall.js,
// which an older worker still held, once ran old bundles under a new page. Running this again
// over its own output gives the same id, so a test can re-run it over a changed copy of dist/ to
// make "the next build".
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release' || !staging) process.exit(0);

const WORKER = 'sw.js';
const LOADER = 'warmcall.js';
const LOADER_COPY = /^warmcall-[0-9a-f]{16}\.js$/;
const BUILD_META = /<meta name="?warmcall-build"? content="?[0-9a-f]*"?>/g;
const LOADER_TAG = /<script type="?module"? src="?\.\/warmcall(-[0-9a-f]{16})?\.js"?><\/script>/;
const STAMP = /(\/\* build \*\/ )[^;]*;/;

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

const staged = (await walk(staging)).map((path) => relative(staging, path).split(sep).join('/'));
// An earlier run's copy of the loader is made again below, under this build's name.
for (const file of staged.filter((file) => LOADER_COPY.test(file))) await rm(join(staging, file));
const files = staged.filter((file) => file !== WORKER && !LOADER_COPY.test(file)).sort();

const source = await readFile(fileURLToPath(new URL('../static/sw.js', import.meta.url)), 'utf8');
const indexPath = join(staging, 'index.html');
const loaderPath = join(staging, LOADER);
// Both hashed as they were before any run stamped them.
const index = (await readFile(indexPath, 'utf8')).replace(BUILD_META, '');
if (!LOADER_TAG.test(index)) throw new Error('build-sw: index.html has no <script> of warmcall.js (build-embed.mjs runs first)');
const plainIndex = index.replace(LOADER_TAG, `<script type="module" src="./${LOADER}"></script>`);
const loader = await readFile(loaderPath, 'utf8');
if (!STAMP.test(loader)) throw new Error(`build-sw: ${LOADER} has no /* build */ to fill in`);
const plainLoader = loader.replace(STAMP, "$1'';");
// The worker's own code counts too: a change to it is a new version like any other.
const hash = createHash('sha256').update(source);
for (const file of files) {
  const body = file === 'index.html' ? plainIndex : file === LOADER ? plainLoader : await readFile(join(staging, file));
  hash.update(`${file}\0${body.length}\0`).update(body);
}
const build = hash.digest('hex').slice(0, 16);

// static/sw.js checks both stamps, the loader's and the page's meta, before it takes over.
const stamped = plainLoader.replace(STAMP, `$1${JSON.stringify(build)};`);
const copy = `warmcall-${build}.js`;
await writeFile(loaderPath, stamped);
await writeFile(join(staging, copy), stamped);

const meta = `<meta name="warmcall-build" content="${build}">`;
if (!index.includes('</head>')) throw new Error('build-sw: index.html has no </head> to put the build id before');
await writeFile(
  indexPath,
  plainIndex.replace(LOADER_TAG, `<script type="module" src="./${copy}"></script>`).replace('</head>', `${meta}</head>`),
);

const precached = [...files, copy].sort();
const worker = `const BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(precached)};\n${source}`;
const { code } = await minify(worker, { compress: true, mangle: true });
await writeFile(join(staging, WORKER), code);
console.log(`build-sw: ${precached.length} files precached as build ${build}`);
