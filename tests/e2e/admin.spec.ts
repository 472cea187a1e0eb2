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
    await expect(page.locator('#login-error')).toHaveText('Sähköpostiosoite tai salasana on väärin.');
  });

  for (const locale of ['fi', 'sv'] as const) {
    test(`a coordinator logs in and out (${locale}); the dashboard is accessible`, async ({ page }) => {
      await logIn(page, 'coordinator', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: UI[locale].logout }).click();
      await expect(page).toHaveURL(new RegExp(UI[locale].login));
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

const UPSTREAM = `http://127.0.0.1:${process.env.E2E_UPSTREAM_PORT ?? 3211}`;

/** Starts a Lähellä.fi sync from the dashboard and waits on the run page until it has succeeded. */
async function syncLahella(page: Page) {
  await page.goto('/fi/hallinta/synkronointi');
  await page.getByRole('radio', { name: 'Lähellä.fi' }).check();
  await page.getByRole('button', { name: 'Synkronoi nyt' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Synkronointi käynnistyi.' })).toBeVisible();
  await page.getByRole('link', { name: 'Seuraa etenemistä' }).click();
  // The page follows a running sync live and shows the end state when it finishes.
  await expect(page.getByRole('region', { name: 'Yhteenveto' })).toContainText('Onnistui', { timeout: 60_000 });
}

test.describe('curation', () => {
  test.describe.configure({ mode: 'serial' });

  test('sync, override, re-sync: the override is kept and the item is flagged for review', async ({ page, request }) => {
    test.setTimeout(180_000);
    await request.post(`${UPSTREAM}/__reset`);
    await logIn(page, 'coordinator');

    await syncLahella(page);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Takaisin synkronointeihin' }).click();
    await expect(page.getByRole('table')).toContainText('Onnistui');
    await expectNoAxeViolations(page);

    // The new items wait in the review queue.
    await page.goto('/fi/hallinta/tarkistettavat');
    await expect(page.getByRole('link', { name: /^Uusi synkronoinnista \(\d+\)$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // Override the Finnish name of one synced item (its name as the upstream serves it).
    const upstreamItem = await (await request.get(`${UPSTREAM}/v1/activities/lh-gen-000002`)).json();
    const name: string = upstreamItem.traits.translations.fi.name;
    await page.goto(`/fi/hallinta/toiminnot?q=${encodeURIComponent(name)}&source=LAHELLA`);
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
    // The admin navigation tells where one is: in the activities tool.
    const adminNav = page.getByRole('navigation', { name: 'Hallinta' });
    await expect(adminNav.getByRole('link', { name: 'Toiminnot' })).toHaveAttribute('aria-current', 'true');
    await expect(adminNav.getByRole('link', { name: 'Etusivu' })).not.toHaveAttribute('aria-current');
    await expectNoAxeViolations(page);
    const title = page.getByRole('textbox', { name: 'Nimi suomeksi' });
    await title.fill('Vertaistukiryhmä, koordinaattorin nimi');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await expect(page.getByText('Muutokset tallennettiin.')).toBeVisible();
    await expect(page.getByText('Muutettu Polussa').first()).toBeVisible();
    const editUrl = page.url();

    // Upstream renames the same item; the next sync keeps the coordinator's name and asks for review.
    await request.post(`${UPSTREAM}/__control`, { data: { changeKeys: ['lh-gen-000002'] } });
    await syncLahella(page);
    await page.goto(editUrl);
    await expect(page.getByRole('textbox', { name: 'Nimi suomeksi' })).toHaveValue('Vertaistukiryhmä, koordinaattorin nimi');
    await expect(page.getByText(/Lähteen arvo: .*\(muutettu\)/)).toBeVisible();

    await page.goto('/fi/hallinta/tarkistettavat');
    await page.getByRole('link', { name: /^Lähde muutti muokattua kenttää \(1\)$/ }).click();
    const item = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Vertaistukiryhmä, koordinaattorin nimi' }) });
    await expect(item.getByRole('table', { name: 'Muuttuneet kentät' })).toContainText('(muutettu)');
    await expectNoAxeViolations(page);
    await item.getByRole('button', { name: 'Hyväksy' }).click();
    await expect(page.getByText('Kohde hyväksyttiin.')).toBeVisible();
  });

  test('a manual listing appears in public search, and the audit log tells who did what', async ({ page }) => {
    test.setTimeout(120_000);
    await logIn(page, 'coordinator');
    await page.goto('/fi/hallinta/toiminnot');
    await page.getByRole('link', { name: 'Uusi ilmoitus' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Uusi ilmoitus' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('textbox', { name: 'Nimi suomeksi' }).fill('Kuunsiltakuoro');
    await page.getByRole('textbox', { name: 'Nimi ruotsiksi' }).fill('Månbrokören');
    await page.getByRole('textbox', { name: 'Lyhyt kuvaus suomeksi' }).fill('Seurakunnan avoin kuoro kaikille, jotka haluavat laulaa yhdessä.');
    await page.getByRole('combobox', { name: 'Järjestäjän tyyppi' }).selectOption({ label: 'Seurakunta' });
    await page.getByRole('radio', { name: 'Paikan päällä' }).check();
    await page.getByRole('textbox', { name: 'Katuosoite' }).fill('Kirkkotie 1');
    await page.getByRole('textbox', { name: 'Postinumero' }).fill('90440');
    await page.getByRole('textbox', { name: 'Postitoimipaikka' }).fill('Kempele');
    await page.getByRole('combobox', { name: 'Kunta' }).selectOption({ label: 'Kempele' });
    await page.getByRole('button', { name: 'Lisää ilmoitus' }).click();
    await expect(page.getByText('Ilmoitus lisättiin.')).toBeVisible();

    await page.goto('/fi/haku?q=kuunsiltakuoro');
    await expect(page.getByRole('heading', { name: 'Kuunsiltakuoro' })).toBeVisible();
    await page.goto('/sv/sok?q=m%C3%A5nbrok%C3%B6ren');
    await expect(page.getByRole('heading', { name: 'Månbrokören' })).toBeVisible();

    await page.goto('/fi/hallinta/muutosloki');
    await expect(page.getByRole('heading', { level: 1, name: 'Muutosloki' })).toBeVisible();
    const entries = page.getByRole('listitem').filter({ hasText: 'koordinaattori@polku-demo.example' });
    await expect(entries.filter({ hasText: 'Kuunsiltakuoro' }).first()).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a resident reports wrong information, and it lands in the review queue', async ({ page, browser }) => {
    test.setTimeout(120_000);
    await page.goto('/fi/haku?q=kuunsiltakuoro');
    await page.getByRole('link', { name: 'Kuunsiltakuoro' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Onko tiedoissa virhe?' })).toBeVisible();
    await page.getByRole('radio', { name: 'Aika on väärin' }).check();
    await page.getByLabel('Lisätietoja (vapaaehtoinen)').fill('Kuoro harjoittelee nykyään torstaisin.');
    // The form refuses posts made faster than a person could (a spam guard).
    await page.waitForTimeout(3_500);
    await page.getByRole('button', { name: 'Lähetä ilmoitus' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kiitos!' })).toBeVisible();

    const context = await browser.newContext();
    const admin = await context.newPage();
    await logIn(admin, 'coordinator');
    await admin.goto('/fi/hallinta/tarkistettavat');
    await admin.getByRole('link', { name: /^Asukkaan ilmoitus \(1\)$/ }).click();
    await expect(admin.getByRole('article').filter({ hasText: 'Kuoro harjoittelee nykyään torstaisin.' })).toBeVisible();
    await context.close();
  });

  test('organisations, code mappings and search statistics are accessible, also in Swedish', async ({ page }) => {
    test.setTimeout(90_000);
    await logIn(page, 'coordinator', 'sv');
    for (const path of ['/sv/administration/granskning', '/sv/administration/arrangorer', '/sv/administration/koder', '/sv/administration/sokstatistik']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    for (const path of ['/fi/hallinta/jarjestajat', '/fi/hallinta/jarjestajat/uusi', '/fi/hallinta/koodit', '/fi/hallinta/hakutilastot']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }  });

  test('removing a code mapping is announced and focus moves to its table', async ({ page }) => {
    // The row and its button leave the page: the result is told and focus goes to the table's heading.
    await logIn(page, 'coordinator');
    await page.goto('/fi/hallinta/koodit');
    const heading = page.getByRole('heading', { name: 'Vastaavuudet: Lähellä.fi' });
    await page.getByRole('button', { name: /^Poista vastaavuus / }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Vastaavuus on poistettu.' })).toBeVisible();
    await expect(heading).toBeFocused();
  });
});
