import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

/** The first front-page card whose title is shown in another language than English. */
async function fallbackActivity(page: Page): Promise<{ href: string; lang: string }> {
  await page.goto('/en');
  const titles = page.getByTestId('activity-cards').getByRole('article').locator('h3 span[lang]');
  await expect(titles.first()).toBeAttached();
  const lang = (await titles.first().getAttribute('lang'))!;
  const href = (await titles.first().locator('xpath=ancestor::article//a').first().getAttribute('href'))!;
  return { href, lang };
}

test.describe('English', () => {
  // axe on the front and search pages takes long on a shared machine.
  test.describe.configure({ timeout: 120_000 });

  test('the front page is in English, with cards that lead to English paths', async ({ page }) => {
    await page.goto('/en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Newest activities' })).toBeVisible();
    const cards = page.getByTestId('activity-cards').getByRole('article');
    await expect(cards.first().getByRole('link').first()).toHaveAttribute('href', /^\/en\/activities\/[^/]+$/);
    await expectNoAxeViolations(page);
  });

  test('the language switcher offers the two other languages and keeps the page', async ({ page }) => {
    await page.goto('/en/privacy');
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy statement' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Suomeksi' })).toHaveAttribute('href', '/fi/tietosuoja');
    await expect(page.getByRole('link', { name: 'På svenska' })).toHaveAttribute('href', '/sv/dataskydd');
    await expect(page.getByRole('link', { name: 'In English' })).toHaveCount(0);

    await page.goto('/sv/tillganglighet');
    const toEnglish = page.getByRole('link', { name: 'In English' });
    await expect(toEnglish).toHaveAttribute('hreflang', 'en');
    await toEnglish.click();
    await expect(page).toHaveURL(/\/en\/accessibility$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an activity described only in Finnish or Swedish is marked with its language and a note', async ({ page, baseURL }) => {
    const { href, lang } = await fallbackActivity(page);
    await page.goto(href);
    const languageName = lang === 'fi' ? 'Finnish' : 'Swedish';
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', lang);
    await expect(page.getByText(`This activity has not been described in English. The text is shown in ${languageName}.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'When' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'How to join' })).toBeVisible();

    const slug = href.split('/').pop()!;
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}/en/activities/${slug}`);
    await expect(page.locator('link[rel="alternate"][hreflang="fi"]')).toHaveAttribute('href', `${baseURL}/fi/toiminta/${slug}`);
    await expect(page.locator('link[rel="alternate"][hreflang="sv"]')).toHaveAttribute('href', `${baseURL}/sv/verksamhet/${slug}`);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Suomeksi' }).click();
    await expect(page).toHaveURL(new RegExp(`/fi/toiminta/${slug}$`));
  });

  test('search, a theme and a service-path stage work in English', async ({ page }) => {
    await page.goto('/en/search?q=ryhm%C3%A4');
    await expect(page.getByRole('heading', { level: 1, name: 'Find activities' })).toBeVisible();
    await expect(page.getByText(/\d+ activit(y|ies) found/)).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/en/themes/mental-wellbeing');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/mental/i);
    await expect(page.getByRole('link', { name: 'Suomeksi' })).toHaveAttribute('href', /^\/fi\/teemat\/[^/]+$/);
    await expectNoAxeViolations(page);

    // A Finnish slug on an English address leads to the English one.
    await page.goto('/en/stages/kotona-kaikki-hyvin');
    await expect(page).toHaveURL(/\/en\/stages\/all-well-at-home$/);
    await expect(page.getByRole('heading', { level: 1, name: 'All is well at home' })).toBeVisible();
  });

  test('the admin area is in English too, starting from its login', async ({ page }) => {
    await page.goto('/en/admin');
    await expect(page).toHaveURL(/\/en\/admin\/login/);
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to the admin area' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
