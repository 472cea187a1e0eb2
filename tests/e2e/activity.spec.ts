import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

/** Opens the front page and follows the first activity card; returns the activity's slug. */
async function openFirstActivity(page: Page): Promise<string> {
  await page.goto('/fi');
  const link = page.getByTestId('activity-cards').getByRole('article').first().getByRole('link');
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/fi\/toiminta\/[^/]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  return decodeURIComponent(href!.split('/').pop()!);
}

/** The slug of an activity that has something to put in a calendar. */
async function activityWithCalendar(page: Page): Promise<string> {
  await page.goto('/fi');
  const hrefs = await page.getByTestId('activity-cards').getByRole('article').getByRole('link').evaluateAll((links) =>
    links.map((link) => link.getAttribute('href')!),
  );
  for (const href of hrefs) {
    await page.goto(href);
    if ((await page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' }).count()) > 0) {
      return decodeURIComponent(href.split('/').pop()!);
    }
  }
  throw new Error('None of the newest activities has a calendar link.');
}

test.describe('activity page', () => {
  test('shows the activity from a front-page card: title, when, where and organiser', async ({ page }) => {
    await openFirstActivity(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Milloin' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Missä' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Näin pääset mukaan' })).toBeVisible();

    const organizer = page.locator('main a[href^="/fi/jarjestajat/"]').first();
    const organizerName = (await organizer.textContent())!.trim();
    await organizer.click();
    await expect(page).toHaveURL(/\/fi\/jarjestajat\/[^/]+$/);
    await expect(page.getByRole('heading', { level: 1, name: organizerName })).toBeVisible();
    await expect(page.getByTestId('activity-cards').getByRole('article').first()).toBeVisible();
  });

  test('the language switcher keeps the same activity', async ({ page }) => {
    const slug = await openFirstActivity(page);
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page).toHaveURL(new RegExp(`/sv/verksamhet/${encodeURIComponent(slug)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 2, name: 'När' })).toBeVisible();
  });

  test('offers a calendar file', async ({ page, request }) => {
    const slug = await activityWithCalendar(page);
    const href = await page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' }).getAttribute('href');
    const response = await request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${slug}.ics"`);
    const body = await response.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(body).toContain('BEGIN:VEVENT');
    expect(body.trimEnd().endsWith('END:VCALENDAR')).toBe(true);

    const missing = await request.get('/api/activities/ei-tallaista-toimintaa/ical');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-type']).toBe('application/problem+json');
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not found' });
  });

  test('has structured data, a canonical address and language alternates', async ({ page, baseURL }) => {
    const slug = await openFirstActivity(page);
    const encoded = encodeURIComponent(slug);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(jsonLd!) as Record<string, unknown>;
    expect(data['@context']).toBe('https://schema.org');
    expect(['Event', 'Service']).toContain(data['@type']);
    expect(data.url).toBe(`${baseURL}/fi/toiminta/${encoded}`);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/fi/toiminta/${encoded}`);
    await expect(page.locator('link[rel="alternate"][hreflang="fi"]')).toHaveAttribute('href', `${baseURL}/fi/toiminta/${encoded}`);
    await expect(page.locator('link[rel="alternate"][hreflang="sv"]')).toHaveAttribute('href', `${baseURL}/sv/verksamhet/${encoded}`);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}/fi/toiminta/${encoded}`);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fi_FI');
  });

  test('an unknown activity is a 404 page in the site layout', async ({ page }) => {
    const response = await page.goto('/fi/toiminta/ei-tallaista-toimintaa');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
    const organizer = await page.goto('/sv/arrangorer/ingen-sadan-arrangor');
    expect(organizer?.status()).toBe(404);
  });

  test('passes the automated accessibility checks in Finnish and Swedish', async ({ page }) => {
    const slug = await openFirstActivity(page);
    await expectNoAxeViolations(page);
    await page.goto(`/sv/verksamhet/${encodeURIComponent(slug)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expectNoAxeViolations(page);
  });

  test('the organiser page passes the automated accessibility checks', async ({ page }) => {
    await openFirstActivity(page);
    await page.locator('a[href^="/fi/jarjestajat/"]').first().click();
    await expect(page).toHaveURL(/\/fi\/jarjestajat\/[^/]+$/);
    await expectNoAxeViolations(page);
  });
});

test.describe('sitemap and robots', () => {
  test('the sitemap lists activity pages in both languages', async ({ request, baseURL }) => {
    const response = await request.get('/sitemap.xml');
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain('<urlset');
    expect(xml).toMatch(new RegExp(`<loc>${baseURL}/fi/toiminta/[^<]+</loc>`));
    expect(xml).toMatch(new RegExp(`<loc>${baseURL}/sv/verksamhet/[^<]+</loc>`));
    expect(xml).toMatch(/hreflang="sv"/);
    expect(xml).toMatch(new RegExp(`<loc>${baseURL}/fi/jarjestajat/[^<]+</loc>`));
  });

  test('robots.txt points to the sitemap and keeps crawlers out of private paths', async ({ request, baseURL }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(text).toContain('Disallow: /api/');
    expect(text).toContain('Allow: /api/v1/');
    expect(text).toContain('Disallow: /*/hallinta');
  });
});

test.describe('activity page: the way back, sharing and printing', () => {
  test('breadcrumbs and "back to results" lead to the search the visitor came from', async ({ page }) => {
    await page.goto('/fi/haku?q=kahvila&free=1');
    await page.getByTestId('search-results').getByRole('article').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/fi\/toiminta\/[^/?]+\?from=/);
    const crumbs = page.getByRole('navigation', { name: 'Murupolku' });
    await expect(crumbs.getByRole('link')).toHaveText(['Etusivu', 'Hae toimintaa']);
    await expect(crumbs.locator('[aria-current="page"]')).toHaveText((await page.getByRole('heading', { level: 1 }).textContent())!);
    await page.getByRole('link', { name: 'Takaisin hakutuloksiin' }).click();
    await expect(page).toHaveURL(/\/fi\/haku\?q=kahvila&free=1$/);
    await expect(page.getByLabel('Mitä etsit?')).toHaveValue('kahvila');
  });

  test('without a search behind it there are breadcrumbs but no "back to results" (sv)', async ({ page }) => {
    const slug = await openFirstActivity(page);
    await page.goto(`/sv/verksamhet/${encodeURIComponent(slug)}`);
    const crumbs = page.getByRole('navigation', { name: 'Brödsmulor' });
    await expect(crumbs.getByRole('link')).toHaveText(['Startsida', 'Sök verksamhet']);
    await expect(page.getByRole('link', { name: 'Tillbaka till sökresultaten' })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('breadcrumbs and the way back in English', async ({ page }) => {
    await page.goto('/en/search?q=kahvila');
    await page.getByTestId('search-results').getByRole('article').first().getByRole('link').first().click();
    await expect(page).toHaveURL(/\/en\/activities\/[^/?]+\?from=/);
    await expect(page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link')).toHaveText(['Home', 'Find activities']);
    await expect(page.getByRole('button', { name: /^(Share|Copy link)$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the search results' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=kahvila$/);
    await expectNoAxeViolations(page);
  });

  test('copies the link where there is no share sheet', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const slug = await openFirstActivity(page);
    await page.getByRole('button', { name: 'Kopioi linkki' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Linkki on kopioitu leikepöydälle.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/fi/toiminta/${encodeURIComponent(slug)}`);
  });

  test('opens the share sheet where there is one, and prints without the site chrome', async ({ page }) => {
    // The browser's own share sheet and print dialog cannot be driven: record the calls.
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      (window as unknown as { calls: unknown[] }).calls = calls;
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void calls.push(['share', data]) });
      window.print = () => void calls.push(['print']);
    });
    const slug = await openFirstActivity(page);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
    await page.getByRole('button', { name: 'Jaa' }).click();
    await page.getByRole('button', { name: 'Tulosta' }).click();
    const calls = await page.evaluate(() => (window as unknown as { calls: unknown[] }).calls);
    expect(calls).toEqual([['share', { title, url: expect.stringContaining(`/fi/toiminta/${encodeURIComponent(slug)}`) }], ['print']]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('share-print')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Murupolku' })).toBeHidden();
  });

  test('demo images exist and have alt texts', async ({ page, request }) => {
    test.slow();
    await page.goto('/fi/haku?q=kahvila');
    const hrefs = await page.getByTestId('search-results').locator('h3 a').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!),
    );
    let checked = 0;
    for (const href of hrefs) {
      await page.goto(href);
      const image = page.locator('main img').first();
      if ((await image.count()) === 0) continue;
      await expect(image).toHaveAttribute('alt', /^Piirroskuva: .+/);
      expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      expect((await request.get((await image.getAttribute('src'))!)).status()).toBe(200);
      checked++;
      if (checked === 2) break;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

test.describe('icons', () => {
  test('favicon, app icons and the manifest are served', async ({ page, request }) => {
    await page.goto('/fi');
    const icons = await page.locator('link[rel="icon"], link[rel="apple-touch-icon"], link[rel="manifest"]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')!),
    );
    expect(icons.some((href) => href.startsWith('/icon.svg'))).toBe(true);
    expect(icons.some((href) => href.startsWith('/apple-icon.png'))).toBe(true);
    expect(icons).toContain('/manifest.webmanifest');
    for (const href of [...icons, '/favicon.ico']) expect((await request.get(href)).status(), href).toBe(200);
    const manifest = (await (await request.get('/manifest.webmanifest')).json()) as { icons: { src: string }[] };
    expect(manifest.icons.length).toBeGreaterThanOrEqual(2);
    for (const icon of manifest.icons) {
      const response = await request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()['content-type']).toBe('image/png');
    }
  });
});
