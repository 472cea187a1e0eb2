// npm run bench:bundle (after npm run build): first-load JavaScript per route, gzip-compressed,
// beside the framework's own (Next.js and React runtime chunks), from Next's build diagnostics.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Same output directory as next.config.ts (NEXT_DIST_DIR=.next-bundle for a separate build).
const distDir = process.env.NEXT_DIST_DIR || '.next';
const statsPath = path.join(distDir, 'diagnostics/route-bundle-stats.json');
if (!fs.existsSync(statsPath)) {
  console.error('No build diagnostics: run `npm run build` first.');
  process.exit(1);
}
const routes = JSON.parse(fs.readFileSync(statsPath, 'utf8'));
const gzipSize = new Map();
const sizeOf = (file) => {
  if (!gzipSize.has(file)) gzipSize.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipSize.get(file);
};
// The framework's share: chunks every route loads (runtime, React, Next's client).
const shared = routes
  .map((route) => new Set(route.firstLoadChunkPaths))
  .reduce((common, chunks) => new Set([...common].filter((chunk) => chunks.has(chunk))));
const frameworkBytes = [...shared].reduce((sum, file) => sum + sizeOf(file), 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const totalOf = (route) => route.firstLoadChunkPaths.reduce((sum, file) => sum + sizeOf(file), 0);
// A static page in the site layout: what the layout itself (i18n provider, header) adds.
const layoutRoute = routes.find((route) => route.route === '/[locale]/accessibility');
const layoutBytes = layoutRoute ? totalOf(layoutRoute) : frameworkBytes;

console.log(`framework (chunks shared by every route): ${kib(frameworkBytes)} gzip`);
console.log(`site layout (a static page, /[locale]/accessibility): ${kib(layoutBytes)} gzip\n`);
console.log('route'.padEnd(40) + 'first load'.padStart(12) + 'over framework'.padStart(16) + 'over layout'.padStart(13));
for (const route of routes.sort((a, b) => a.route.localeCompare(b.route))) {
  const total = totalOf(route);
  console.log(
    route.route.padEnd(40) +
      kib(total).padStart(12) +
      kib(total - frameworkBytes).padStart(16) +
      kib(total - layoutBytes).padStart(13),
  );
}
