// Trunk post_build hook, the last of the chain in Trunk.toml, so that the files it lists are
// final: writes sw.js, the service worker of static/sw.js with the list of every file trunk
// staged and a build id hashed from their contents, and puts that id into index.html
// (<meta name="warmcall-build">), where the widget reads it to register the worker and to tell
// the rep that a new version was applied. Running it again over its own output gives the same
// id, so a test can re-run it over a changed copy of dist/ to make "the next build".
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const staging = process.env.TRUNK_STAGING_DIR;
if (process.env.TRUNK_PROFILE !== 'release' || !staging) process.exit(0);

const WORKER = 'sw.js';
const BUILD_META = /<meta name="?warmcall-build"? content="?[0-9a-f]*"?>/g;

async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)])),
  );
  return nested.flat();
}

const files = (await walk(staging))
  .map((path) => relative(staging, path).split(sep).join('/'))
  .filter((file) => file !== WORKER)
  .sort();

const source = await readFile(fileURLToPath(new URL('../static/sw.js', import.meta.url)), 'utf8');
const indexPath = join(staging, 'index.html');
const index = (await readFile(indexPath, 'utf8')).replace(BUILD_META, '');
// The worker's own code counts too: a change to it is a new version like any other.
const hash = createHash('sha256').update(source);
for (const file of files) {
  const body = file === 'index.html' ? index : await readFile(join(staging, file));
  hash.update(`${file}\0${body.length}\0`).update(body);
}
const build = hash.digest('hex').slice(0, 16);

const meta = `<meta name="warmcall-build" content="${build}">`;
if (!index.includes('</head>')) throw new Error('build-sw: index.html has no </head> to put the build id before');
await writeFile(indexPath, index.replace('</head>', `${meta}</head>`));

const worker = `const BUILD = ${JSON.stringify(build)};\nconst FILES = ${JSON.stringify(files)};\n${source}`;
const { code } = await minify(worker, { compress: true, mangle: true });
await writeFile(join(staging, WORKER), code);
console.log(`build-sw: ${files.length} files precached as build ${build}`);
