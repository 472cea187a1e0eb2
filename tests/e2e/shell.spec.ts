import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

/** Public paths of the pages every visitor can reach, per language. */
const PAGES = {
  fi: { home: '/fi', accessibility: '/fi/saavutettavuus', privacy: '/fi/tietosuoja' },
  sv: { home: '/sv', accessibility: '/sv/tillganglighet', privacy: '/sv/dataskydd' },
} as const;

test.describe('locale detection', () => {
  test('the root redirects to Finnish by default', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/fi$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  });

  test('the root redirects to Swedish for a Swedish-speaking browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'sv-FI', extraHTTPHeaders: { 'Accept-Language': 'sv-FI' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await context.close();
  });
});

test.describe('front page', () => {
  test('shows the newest activities in Finnish', async ({ page }) => {
    await page.goto(PAGES.fi.home);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Uusimmat toiminnat' })).toBeVisible();
    const cards = page.getByTestId('activity-cards').getByRole('article');
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeLessThanOrEqual(12);
    await expect(cards.first().getByRole('link')).toHaveAttribute('href', /^\/fi\/toiminta\/[^/]+$/);
  });

  test('shows the newest activities in Swedish', async ({ page }) => {
    await page.goto(PAGES.sv.home);
    await expect(page.getByRole('heading', { level: 2, name: 'Nyaste verksamheterna' })).toBeVisible();
    const cards = page.getByTestId('activity-cards').getByRole('article');
    await expect(cards.first()).toBeVisible();
    await expect(cards.first().getByRole('link')).toHaveAttribute('href', /^\/sv\/verksamhet\/[^/]+$/);
  });

  test('has a skip link that moves focus to the main content', async ({ page }) => {
    await page.goto(PAGES.fi.home);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Siirry sisältöön' });
    await expect(skipLink).toBeFocused();
    await skipLink.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('language switcher', () => {
  test('keeps the page when switching from Finnish to Swedish', async ({ page }) => {
    await page.goto(PAGES.fi.privacy);
    const toSwedish = page.getByRole('link', { name: 'På svenska' });
    await expect(toSwedish).toHaveAttribute('hreflang', 'sv');
    await expect(toSwedish).toHaveAttribute('lang', 'sv');
    await toSwedish.click();
    await expect(page).toHaveURL(new RegExp(`${PAGES.sv.privacy}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Dataskyddsbeskrivning' })).toBeVisible();
  });

  test('keeps the page when switching from Swedish to Finnish', async ({ page }) => {
    await page.goto(PAGES.sv.accessibility);
    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await expect(page).toHaveURL(new RegExp(`${PAGES.fi.accessibility}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  });

  test('keeps the slug of an activity page and the query string', async ({ page }) => {
    // A real activity: a missing one gets the proxy's plain 404 page, which has no switcher.
    await page.goto('/fi/haku');
    const href = await page.locator('a[href^="/fi/toiminta/"]').first().getAttribute('href');
    const slug = /^\/fi\/toiminta\/([^?#]+)/.exec(href ?? '')?.[1];
    expect(slug).toBeTruthy();
    await page.goto(`/fi/toiminta/${slug}?sivu=2`);
    await expect(page.getByRole('link', { name: 'På svenska' })).toHaveAttribute(
      'href',
      `/sv/verksamhet/${slug}?sivu=2`,
    );
  });

  test('works without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PAGES.fi.accessibility);
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page).toHaveURL(new RegExp(`${PAGES.sv.accessibility}$`));
    await context.close();
  });
});

test.describe('footer', () => {
  for (const locale of ['fi', 'sv'] as const) {
    test(`links to the accessibility statement and the privacy notice (${locale})`, async ({ page }) => {
      const names =
        locale === 'fi'
          ? { accessibility: 'Saavutettavuusseloste', privacy: 'Tietosuojaseloste' }
          : { accessibility: 'Tillgänglighetsutlåtande', privacy: 'Dataskyddsbeskrivning' };
      await page.goto(PAGES[locale].home);
      const footer = page.getByRole('contentinfo');

      await footer.getByRole('link', { name: names.accessibility }).click();
      await expect(page).toHaveURL(new RegExp(`${PAGES[locale].accessibility}$`));
      await expect(page.getByRole('heading', { level: 1, name: names.accessibility })).toBeVisible();

      await footer.getByRole('link', { name: names.privacy }).click();
      await expect(page).toHaveURL(new RegExp(`${PAGES[locale].privacy}$`));
      await expect(page.getByRole('heading', { level: 1, name: names.privacy })).toBeVisible();
    });
  }

  test('says that the app runs on demo data', async ({ page }) => {
    await page.goto(PAGES.fi.home);
    await expect(page.getByRole('contentinfo')).toContainText('Tämä on demo.');
  });
});

test.describe('not found', () => {
  test('an unknown Finnish path gives the translated 404', async ({ page }) => {
    const response = await page.goto('/fi/ei-ole-olemassa');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
    await expect(page).toHaveTitle(/Sivua ei löytynyt/);
  });

  test('an unknown Swedish path gives the translated 404', async ({ page }) => {
    const response = await page.goto('/sv/finns/inte');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Sidan hittades inte' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});

test.describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  for (const locale of ['fi', 'sv'] as const) {
    for (const [name, path] of Object.entries(PAGES[locale])) {
      test(`${name} page in ${locale}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('main#main')).toBeVisible();
        await expectNoAxeViolations(page);
      });
    }
  }
});
