import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

// Demo users exist because the e2e server seeds in demo mode (README, "Demo users").
const PASSWORD = 'Polku-demo-2026!';
const USERS = { admin: 'admin@polku-demo.example', coordinator: 'koordinaattori@polku-demo.example' } as const;

const UI = {
  fi: { login: '/fi/hallinta/kirjaudu', dashboard: '/fi/hallinta', email: 'Sähköpostiosoite', password: 'Salasana', submit: 'Kirjaudu', logout: 'Kirjaudu ulos' },
  sv: { login: '/sv/administration/logga-in', dashboard: '/sv/administration', email: 'E-postadress', password: 'Lösenord', submit: 'Logga in', logout: 'Logga ut' },
} as const;

async function logIn(page: Page, who: keyof typeof USERS, locale: keyof typeof UI = 'fi') {
  const ui = UI[locale];
  await page.goto(ui.login);
  await page.getByLabel(ui.email).fill(USERS[who]);
  await page.getByLabel(ui.password).fill(PASSWORD);
  await page.getByRole('button', { name: ui.submit, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${ui.dashboard}$`));
}

test.describe('admin area', () => {
  test('an anonymous visitor is sent to the login page, which is accessible', async ({ page }) => {
    await page.goto('/fi/hallinta/kayttajat');
    await expect(page).toHaveURL(/\/fi\/hallinta\/kirjaudu/);
    await expectNoAxeViolations(page);
    await page.getByLabel(UI.fi.email).fill(USERS.coordinator);
    await page.getByLabel(UI.fi.password).fill('not the password');
    await page.getByRole('button', { name: UI.fi.submit, exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText('Sähköpostiosoite tai salasana on väärin.');
  });

  for (const locale of ['fi', 'sv'] as const) {
    test(`a coordinator logs in and out (${locale}); the dashboard is accessible`, async ({ page }) => {
      await logIn(page, 'coordinator', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: UI[locale].logout }).click();
      await page.goto(UI[locale].dashboard);
      await expect(page).toHaveURL(new RegExp(UI[locale].login));
    });
  }

  test('an admin manages users on an accessible page; a coordinator cannot reach it', async ({ page, browser }) => {
    await logIn(page, 'admin');
    await page.getByRole('link', { name: 'Käyttäjät' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Käyttäjät' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: /Koordinaattori|koordinaattori/ }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    const context = await browser.newContext();
    const other = await context.newPage();
    await logIn(other, 'coordinator');
    await expect(other.getByRole('link', { name: 'Käyttäjät' })).toHaveCount(0);
    const response = await other.goto('/fi/hallinta/kayttajat');
    expect(response?.status()).toBe(404);
    await context.close();
  });
});
