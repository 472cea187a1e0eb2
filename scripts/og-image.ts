/**
 * Draws the site's Open Graph image (public/og-image.png, 1200×630) with Chromium from a small
 * HTML card in the site's colours and font. Run again after a change of name or colours:
 * `npx tsx scripts/og-image.ts`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';

const font = pathToFileURL(path.resolve('node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2')).href;
const html = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><style>
@font-face{font-family:Inter;src:url(${font}) format('woff2');font-weight:100 900}
html,body{margin:0;width:1200px;height:630px}
body{font-family:Inter,sans-serif;background:#0f5f6b;color:#fff;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box}
.mark{display:flex;align-items:center;gap:28px}
.logo{width:112px;height:112px;border-radius:28px;background:#e7f1ef;display:flex;align-items:center;justify-content:center}
.logo svg{width:72px;height:72px}
h1{font-size:124px;font-weight:800;letter-spacing:-3px;margin:0}
p{font-size:46px;font-weight:500;margin:40px 0 0;max-width:960px;line-height:1.25}
small{display:block;font-size:30px;font-weight:500;margin-top:36px;color:#e7f1ef}
</style></head><body>
<div class="mark"><div class="logo"><svg viewBox="0 0 24 24" fill="none" stroke="#0f5f6b" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"><path d="M4 20c4-1 5-5 8-8s6-4 8-8"/><circle cx="4" cy="20" r="1.6" fill="#0f5f6b"/><circle cx="20" cy="4" r="1.6" fill="#0f5f6b"/></svg></div><h1>Polku</h1></div>
<p>Hyvinvointia lähelläsi – Välbefinnande nära dig</p>
<small>Pohjois-Pohjanmaa · Norra Österbotten</small>
</body></html>`;

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const executablePath = candidates.find((file) => file && fs.existsSync(file));
const browser = await chromium.launch({ executablePath });
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html, { waitUntil: 'load' });
await page.evaluate(() => document.fonts.ready);
const target = path.resolve('public/og-image.png');
await page.screenshot({ path: target, type: 'png' });
await browser.close();
console.log(`wrote ${path.relative(process.cwd(), target)} (${fs.statSync(target).size} bytes)`);
