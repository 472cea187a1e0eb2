import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

test.describe("professionals' page", () => {
  test('shows each client field with live counts that lead to the matching search (fi)', async ({ page }) => {
    await page.goto('/fi');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ammattilaisille' }).click();
    await expect(page).toHaveURL(/\/fi\/ammattilaisille$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ammattilaisille');
    await expect(page.getByRole('heading', { level: 2, name: /työskenteleville$/ })).toHaveCount(6);

    const seniors = page.getByTestId('field-older-people');
    const offer = seniors.getByRole('link', { name: /^Ystävätoiminta\s+\d+ toiminta/ });
    const count = Number((await offer.textContent())!.match(/(\d+) toiminta/)![1]);
    await offer.click();
    await expect(page).toHaveURL(/\/fi\/haku\?age=seniors&type=befriending$/);
    await expect(page.getByTestId('result-count')).toHaveText(new RegExp(`^${count} toiminta`));
  });

  test('leads to the referral tool and shows the guidance steps; the referral page links back', async ({ page }) => {
    await page.goto('/fi/ammattilaisille');
    await expect(page.getByRole('heading', { name: 'Näin ohjaat asiakkaan toimintaan' })).toBeVisible();
    await expect(page.getByText('Auta asiakasta ilmoittautumaan toimintaan')).toBeVisible();
    await page.getByRole('link', { name: 'Tee hyvinvointilähete' }).click();
    await expect(page).toHaveURL(/\/fi\/lahete$/);
    await page.getByRole('link', { name: /Katso sivu Ammattilaisille/ }).click();
    await expect(page).toHaveURL(/\/fi\/ammattilaisille$/);
  });

  test('in Swedish, from the footer, with translated paths', async ({ page }) => {
    await page.goto('/sv');
    await page.getByRole('contentinfo').getByRole('link', { name: /^För yrkesverksamma/ }).click();
    await expect(page).toHaveURL(/\/sv\/for-yrkesverksamma$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('För yrkesverksamma');
    await expect(page.getByRole('heading', { level: 2, name: 'För dig som arbetar med äldre' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Suomeksi' })).toHaveAttribute('href', '/fi/ammattilaisille');
  });

  test('in English, from the referral page', async ({ page }) => {
    await page.goto('/en/referral');
    await page.getByRole('link', { name: /See the page For professionals/ }).click();
    await expect(page).toHaveURL(/\/en\/for-professionals$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('For professionals');
    await expect(page.getByRole('heading', { level: 2, name: 'For those working with older people' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Make a wellbeing referral' })).toHaveAttribute('href', '/en/referral');
  });

  for (const path of ['/fi/ammattilaisille', '/sv/for-yrkesverksamma', '/en/for-professionals']) {
    test(`passes the automated accessibility checks: ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
});
