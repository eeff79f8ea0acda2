// Draws the app icons (static/icons/: icon.svg, icon-192.png, icon-512.png) from one shape
// description, with Node's standard library only: no image package, nothing downloaded. Run it
// after changing the shapes and commit the output; the build only copies the files.
import { writeFile, mkdir } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../static/icons/', import.meta.url));

// The palette of styles/warmcall.css: --wc-accent, --wc-bg and --wc-focus (the warm one).
const ACCENT = [0x0b, 0x5c, 0xad];
const WHITE = [0xff, 0xff, 0xff];
const WARM = [0xb3, 0x47, 0x0b];

// A speech bubble with three dots on the accent colour, in units of the icon's side. The
// background is a full square so that launchers which mask icons crop nothing that matters:
// everything else stays inside the central circle of radius 0.4 (the maskable safe zone).
const BUBBLE = { cx: 0.5, cy: 0.46, r: 0.29 };
const TAIL = [[0.3, 0.6], [0.46, 0.7], [0.26, 0.8]];
const DOTS = [0.38, 0.5, 0.62].map((cx) => ({ cx, cy: 0.46, r: 0.045 }));

const inCircle = (x, y, { cx, cy, r }) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

function inTriangle(x, y, [[ax, ay], [bx, by], [cx, cy]]) {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by), d2 = side(bx, by, cx, cy), d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function colourAt(x, y) {
  if (DOTS.some((dot) => inCircle(x, y, dot))) return WARM;
  if (inCircle(x, y, BUBBLE) || inTriangle(x, y, TAIL)) return WHITE;
  return ACCENT;
}

/** RGB pixels, each the average of 4 × 4 samples so that edges are smooth. */
function render(size) {
  const pixels = Buffer.alloc(size * size * 3);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      }
      for (let c = 0; c < 3; c++) pixels[(py * size + px) * 3 + c] = Math.round(sum[c] / samples ** 2);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size) {
  const pixels = render(size);
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    // Filter type 0 (none) before each row; zlib does the compressing.
    pixels.copy(rows, y * (size * 3 + 1) + 1, y * size * 3, (y + 1) * size * 3);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, truecolour, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
const u = (v) => +(v * 100).toFixed(2);

function svg() {
  const circle = ({ cx, cy, r }, fill) => `<circle cx="${u(cx)}" cy="${u(cy)}" r="${u(r)}" fill="${fill}"/>`;
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    `<rect width="100" height="100" fill="${hex(ACCENT)}"/>`,
    circle(BUBBLE, hex(WHITE)),
    `<path d="M${TAIL.map(([x, y]) => `${u(x)} ${u(y)}`).join('L')}Z" fill="${hex(WHITE)}"/>`,
    ...DOTS.map((dot) => circle(dot, hex(WARM))),
    '</svg>',
    '',
  ].join('\n');
}

await mkdir(OUT, { recursive: true });
await writeFile(`${OUT}icon.svg`, svg());
for (const size of [192, 512]) await writeFile(`${OUT}icon-${size}.png`, png(size));
