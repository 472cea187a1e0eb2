// node scripts/generate-icons.mjs
//
// Draws Polku's mark (src/components/layout/polku-mark.tsx: a white path winding across a
// teal disc) into the favicon, the Apple touch icon and the web app manifest's icons, so
// that they are made from the same shape and can be drawn again when it changes. The
// outputs are committed; this needs only pngjs (a dev dependency).
import fs from 'node:fs';
import { PNG } from 'pngjs';

const TEAL = [0x0f, 0x5f, 0x6b];
const WHITE = [0xff, 0xff, 0xff];

/** The mark's path in its 32×32 viewBox: M10 26 c0-5 12-4 12-9 s-8-4-8-8 4-4 6-4. */
const CURVES = [
  [[10, 26], [10, 21], [22, 22], [22, 17]],
  [[22, 17], [22, 12], [14, 13], [14, 9]],
  [[14, 9], [14, 5], [18, 5], [20, 5]],
];
const STROKE = 3;

const points = CURVES.flatMap(([p0, p1, p2, p3]) =>
  Array.from({ length: 200 }, (_, i) => {
    const t = i / 199;
    const u = 1 - t;
    const mix = (k) => u * u * u * p0[k] + 3 * u * u * t * p1[k] + 3 * u * t * t * p2[k] + t * t * t * p3[k];
    return [mix(0), mix(1)];
  }),
);

/** Colour of a point of the viewBox: the stroke, the disc (or a full square), or nothing. */
function colourAt(x, y, square) {
  for (const [px, py] of points) if ((x - px) ** 2 + (y - py) ** 2 <= (STROKE / 2) ** 2) return WHITE;
  if (square || (x - 16) ** 2 + (y - 16) ** 2 <= 15 * 15) return TEAL;
  return null;
}

/**
 * An icon of `size` pixels, 4×4 supersampled. `inset` shrinks the mark inside the canvas
 * (the maskable icon keeps it within the safe zone on a full teal square).
 */
function draw(size, { square = false, inset = 0 } = {}) {
  const png = new PNG({ width: size, height: size });
  const scale = 32 / (size * (1 - 2 * inset));
  const offset = inset * size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const x = (px + (sx + 0.5) / 4 - offset) * scale;
          const y = (py + (sy + 0.5) / 4 - offset) * scale;
          const inside = x >= 0 && x <= 32 && y >= 0 && y <= 32;
          const colour = inside ? colourAt(x, y, square) : square ? TEAL : null;
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a++;
        }
      }
      const at = (py * size + px) * 4;
      png.data[at] = a ? Math.round(r / a) : 0;
      png.data[at + 1] = a ? Math.round(g / a) : 0;
      png.data[at + 2] = a ? Math.round(b / a) : 0;
      png.data[at + 3] = Math.round((a / 16) * 255);
    }
  }
  return PNG.sync.write(png);
}

/** A .ico holding one PNG image (understood by every browser since 2007). */
function ico(pngBytes, size) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(pngBytes.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, pngBytes]);
}

fs.writeFileSync('src/app/favicon.ico', ico(draw(32), 32));
fs.writeFileSync('src/app/apple-icon.png', draw(180, { square: true, inset: 0.08 }));
fs.mkdirSync('public/icons', { recursive: true });
fs.writeFileSync('public/icons/icon-192.png', draw(192));
fs.writeFileSync('public/icons/icon-512.png', draw(512));
fs.writeFileSync('public/icons/maskable-512.png', draw(512, { square: true, inset: 0.2 }));
console.log('Wrote src/app/favicon.ico, src/app/apple-icon.png and public/icons/*.png');
