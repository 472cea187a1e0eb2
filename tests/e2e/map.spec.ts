import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const SEARCH = { fi: '/fi/haku', sv: '/sv/sok', en: '/en/search' } as const;
const TEXTS = {
  fi: { map: 'Kartalla', list: 'Luettelona', region: 'Hakutulokset kartalla', near: 'Lähimmät ensin kunnasta', raahe: 'Raahe' },
  sv: { map: 'På kartan', list: 'Som lista', region: 'Sökresultaten på kartan', near: 'Närmast först från kommun', raahe: 'Brahestad' },
  en: { map: 'On a map', list: 'As a list', region: 'Search results on a map', near: 'Nearest first from municipality', raahe: 'Raahe' },
} as const;
const PLACE_MAP = { fi: /^Kartta: /, sv: /^Karta: /, en: /^Map: / } as const;

const mapRegion = (page: Page, name: string) => page.getByRole('region', { name });
/** Markers and clusters: focusable buttons with names. */
const markers = (page: Page) => page.locator('.map-pin[role="button"], .map-cluster[role="button"]');

for (const locale of ['fi', 'sv', 'en'] as const) {
  const t = TEXTS[locale];

  test.describe(`map of results (${locale})`, () => {
    test('list ⇄ map keeps the filters in the URL; markers have names and work by keyboard', async ({ page }) => {
      await page.goto(`${SEARCH[locale]}?municipality=raahe`);
      await page.getByRole('link', { name: t.map }).click();
      await expect(page).toHaveURL(/municipality=raahe.*view=map|view=map.*municipality=raahe/);
      const region = mapRegion(page, t.region);
      // The map loads when it comes into view.
      await region.scrollIntoViewIfNeeded();
      await expect(region).toHaveAttribute('data-state', 'ready');
      await expect(page.getByTestId('map-summary')).toBeVisible();
      // The tiles come from the configured (local) tile server, with its attribution.
      await expect(region.locator('img.leaflet-tile').first()).toHaveAttribute('src', /\/tiles\/\d+\/\d+\/\d+\.png$/);
      await expect(region.locator('.leaflet-control-attribution')).toContainText('Test tiles');
      // …and they load: the page's CSP allows the tile server's origin.
      await expect(region.locator('img.leaflet-tile-loaded').first()).toBeVisible();
      // The list is still there, as the accessible alternative.
      await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();

      const first = markers(page).first();
      await expect(first).toHaveAttribute('aria-label', /.+/);
      // Clusters zoom in on Enter until a single marker opens a popup whose link gets focus.
      for (let step = 0; step < 8; step++) {
        const pin = region.locator('.map-pin[role="button"]').first();
        if (await pin.count()) {
          const name = await pin.getAttribute('aria-label');
          await pin.focus();
          await page.keyboard.press('Enter');
          const link = region.locator('.leaflet-popup-content a');
          await expect(link).toBeFocused();
          await expect(link).toHaveText(name!);
          break;
        }
        await region.locator('.map-cluster[role="button"]').first().focus();
        await page.keyboard.press('Enter');
        await page.waitForTimeout(400);
      }
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: t.list }).click();
      await expect(page).not.toHaveURL(/view=map/);
      await expect(page).toHaveURL(/municipality=raahe/);
      await expect(page.getByTestId('map')).toHaveCount(0);
    });

    test('the map and the list still work when no tiles load', async ({ page }) => {
      await page.route('**/tiles/**', (route) => route.abort());
      await page.goto(`${SEARCH[locale]}?view=map&free=1`);
      const region = mapRegion(page, t.region);
      await region.scrollIntoViewIfNeeded();
      await expect(region).toHaveAttribute('data-state', 'ready');
      await expect(markers(page).first()).toBeVisible();
      await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
    });

    test('nearest first from a municipality', async ({ page }) => {
      await page.goto(SEARCH[locale]);
      // The select navigates on change once the page's script has loaded; on a busy machine a
      // change made before that is lost.
      await page.waitForLoadState('networkidle');
      await page.getByLabel(t.near).selectOption({ label: t.raahe });
      await expect(page).toHaveURL(/near=raahe/);
      await expect(page.locator('#search-sort')).toHaveValue('nearest');
      await expect(page.getByTestId('search-results').locator('li').first()).toContainText(t.raahe);
    });
  });
}

test('nearest first from the browser location, only when asked', async ({ browser }) => {
  const context = await browser.newContext({
    permissions: ['geolocation'],
    geolocation: { latitude: 64.6842, longitude: 24.4791 },
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  await page.goto(SEARCH.fi);
  await expect(page).not.toHaveURL(/near=/);
  await page.getByRole('button', { name: 'Käytä sijaintiani' }).click();
  await expect(page).toHaveURL(/near=64\.68(%2C|,)24\.48/);
  await expect(page.getByLabel(TEXTS.fi.near)).toHaveValue('64.68,24.48');
  await expect(page.getByTestId('search-results').locator('li').first()).toContainText('Raahe');
  await context.close();
});

test('without JavaScript the map view is the list with a note', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SEARCH.fi}?view=map`);
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
  await expect(mapRegion(page, TEXTS.fi.region)).toContainText('Kartta tarvitsee JavaScriptin');
  await context.close();
});

for (const locale of ['fi', 'sv', 'en'] as const) {
  test(`an activity page shows its place on a map (${locale})`, async ({ page }) => {
    // Nearest first: the first result has a place.
    await page.goto(`${SEARCH[locale]}?near=raahe`);
    await page.getByTestId('search-results').locator('li a').first().click();
    const placeMap = page.getByRole('region', { name: PLACE_MAP[locale] });
    await placeMap.scrollIntoViewIfNeeded();
    await expect(placeMap).toHaveAttribute('data-state', 'ready');
    await expect(placeMap.locator('.map-pin[role="button"]').first()).toHaveAttribute('aria-label', /.+/);
    await expectNoAxeViolations(page);
  });
}
