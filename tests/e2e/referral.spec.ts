import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { pdfText } from '../support/pdf-text';

// Needs the lead's wiring: AddToReferralButton on result cards, ReferralCounter in the header,
// and the ReferralBasket messages in the layout's client provider.
const UI = {
  fi: {
    search: '/fi/haku?q=ryhm%C3%A4',
    referral: '/fi/lahete',
    addPrefix: 'Lisää ammattilaisen lähetteelle: ',
    counter: /^Ammattilaisen lähete 3 toimintaa$/,
    group: 'Ryhmä B: Satunnaisia palveluja tarvitseva, palvelujärjestelmässä toimimiseen tukea tarvitseva asiakas',
    stepsFor: 'Suositellut vaiheet ryhmälle B. Ne ovat samat kuin ryhmälle D.',
    steps: ['Auta asiakasta ilmoittautumaan toimintaan', 'Kirjaa annettu ohjaus, toimenpiteet ja suunnitelmat asiakas- ja potilastietoihin'],
    moveDown: 'Siirrä alas: ',
    language: 'ruotsi',
    create: 'Luo lähete',
    created: 'Lähete on valmis',
    record: 'Kirjausteksti',
    messageLabel: 'Viesti asiakkaalle (vapaaehtoinen)',
    badMessage: 'Asiakas 131052-308T',
    badMessageError: /henkilötunnus/,
  },
  sv: {
    search: '/sv/sok?q=grupp',
    referral: '/sv/remiss',
    addPrefix: 'Lägg till i yrkespersonens remiss: ',
    counter: /^Yrkespersonens remiss 3 verksamheter$/,
    group: 'Grupp B: Klient som behöver service då och då och behöver stöd för att klara sig i servicesystemet',
    stepsFor: 'Rekommenderade steg för grupp B. De är desamma som för grupp D.',
    steps: ['Hjälp klienten att anmäla sig till verksamheten', 'Dokumentera handledningen, åtgärderna och planerna i klient- och patientjournalen'],
    moveDown: 'Flytta ner: ',
    language: 'svenska',
    create: 'Skapa remiss',
    created: 'Remissen är klar',
    record: 'Journaltext',
    messageLabel: 'Meddelande till klienten (frivilligt)',
    badMessage: 'Ring 040 123 4567',
    badMessageError: /telefonnummer/,
  },
} as const;

for (const locale of ['fi', 'sv'] as const) {
  const ui = UI[locale];

  test(`referral flow (${locale}): basket, guidance, client page, PDF, QR and print`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    await page.goto(ui.search);
    await expectNoAxeViolations(page);

    const addButtons = page.getByRole('button', { name: new RegExp(`^${ui.addPrefix}`) });
    await expect(addButtons.nth(2)).toBeVisible();
    // Three activities with different titles, so that their order can be told apart.
    const titles: string[] = [];
    for (let index = 0; titles.length < 3; index++) {
      const button = addButtons.nth(index);
      // The button's name adds the place ("Sururyhmä, Sievi"); the basket keeps the title alone.
      const card = button.locator('xpath=ancestor::article[1]');
      const title = (await card.locator('h3 a > span').first().innerText()).trim();
      await expect(button).toHaveAttribute('aria-label', new RegExp(`^${escapeRegExp(ui.addPrefix + title)}(, .+)?$`));
      if (titles.includes(title)) continue;
      titles.push(title);
      await expect(button).toHaveAttribute('aria-pressed', 'false');
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
    }
    const counter = page.getByTestId('referral-counter');
    await expect(counter).toHaveAccessibleName(ui.counter);

    // The basket survives a reload and lives in one localStorage key with ids, slugs, titles only.
    await page.reload();
    await expect(counter).toHaveAccessibleName(ui.counter);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('polku.referral-basket') ?? '{}'));
    expect(stored.items.map((item: { title: string }) => item.title)).toEqual(titles);
    for (const item of stored.items) expect(Object.keys(item).sort()).toEqual(['id', 'slug', 'title']);

    await counter.click();
    await expect(page).toHaveURL(new RegExp(`${ui.referral}$`));
    const basket = page.getByTestId('referral-basket');
    await expect(basket.getByRole('listitem')).toHaveCount(3);

    // Reorder with the keyboard: the first item moves down one place.
    await page.getByRole('button', { name: `${ui.moveDown}${titles[0]}`, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(basket.getByRole('heading', { level: 3 }).first()).toHaveText(titles[1]!);
    const ordered = [titles[1]!, titles[0]!, titles[2]!];

    await page.getByRole('radio', { name: ui.group }).check();
    // The step list names the group, as in the guidance tool's table, and the group sharing its steps.
    await expect(page.getByTestId('steps-for')).toHaveText(ui.stepsFor);
    for (const step of ui.steps) await page.getByRole('checkbox', { name: step }).check();
    await page.getByRole('radio', { name: ui.language, exact: true }).check();
    await expectNoAxeViolations(page);

    // Personal data in the message is refused with a translated error and nothing is created.
    await page.getByLabel(ui.messageLabel).fill(ui.badMessage);
    await page.getByRole('button', { name: ui.create }).click();
    await expect(page.getByRole('alert').filter({ hasText: ui.badMessageError })).toBeVisible();
    await expect(page.getByTestId('referral-created')).toHaveCount(0);
    await page.getByLabel(ui.messageLabel).fill('');

    await page.getByRole('button', { name: ui.create }).click();
    await expect(page.getByRole('heading', { name: ui.created })).toBeFocused();
    await expectNoAxeViolations(page);
    const clientUrl = (await page.getByTestId('client-link').getAttribute('href'))!;
    expect(clientUrl).toMatch(/\/sv\/l\/[A-Za-z0-9_-]{22}$/);
    await expect(page.getByLabel(ui.record)).toHaveValue(new RegExp(ordered[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await expect(page.getByRole('link', { name: locale === 'fi' ? 'Lähetä linkki sähköpostilla' : 'Skicka länken per e-post' })).toHaveAttribute(
      'href',
      /^mailto:\?subject=V%C3%A4lbefinnanderemiss&body=/,
    );

    // The client page, in Swedish (the referral's language), at whatever host the test runs on.
    const path = new URL(clientUrl).pathname;
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verksamhet som passar dig');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const headings = page.getByRole('article').getByRole('heading', { level: 2 });
    await expect(headings).toHaveCount(3);
    await expectNoAxeViolations(page);

    // QR code: decodes to the client page's absolute URL.
    const qrSrc = (await page.getByTestId('referral-qr').getAttribute('src'))!;
    const qrResponse = await page.request.get(qrSrc);
    expect(qrResponse.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await qrResponse.body());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(clientUrl);
    await expect(page.getByTestId('client-url')).toHaveText(clientUrl);

    // PDF download with the activities' Swedish titles (as shown on the client page).
    const shownTitles = (await headings.allTextContents()).map((text) => text.replace(/^\d+\.\s*/, ''));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner PDF' }).click(),
    ]);
    const pdfPath = await download.path();
    const { readFile } = await import('node:fs/promises');
    const text = pdfText(await readFile(pdfPath!));
    for (const title of shownTitles) expect(text).toContain(title);

    // Print: navigation and buttons are hidden, the QR code stays.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
    await expect(page.getByTestId('referral-qr')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    // Links and QR codes point at the running server.
    expect(clientUrl.startsWith(`${baseURL}/`)).toBe(true);

    // The client can read the page in English: the URL decides the language, and every text
    // that exists only in Finnish or Swedish carries its lang and a note.
    await page.getByRole('link', { name: 'In English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/l/${path.split('/').pop()}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Activities for you');
    const articles = page.getByRole('article');
    await expect(articles).toHaveCount(3);
    for (let index = 0; index < 3; index++) {
      const article = articles.nth(index);
      const lang = await article.getByRole('heading', { level: 2 }).getAttribute('lang');
      if (lang) {
        expect(['fi', 'sv']).toContain(lang);
        const languageName = lang === 'fi' ? 'Finnish' : 'Swedish';
        await expect(article.getByTestId('fallback-note')).toHaveText(
          `This activity has not been described in English. The text is shown in ${languageName}.`,
        );
      }
    }
    const englishQr = (await page.getByTestId('referral-qr').getAttribute('src'))!;
    expect(englishQr).toMatch(/\?lang=en$/);
    const englishPng = PNG.sync.read(await (await page.request.get(englishQr)).body());
    expect(jsQR(new Uint8ClampedArray(englishPng.data), englishPng.width, englishPng.height)?.data).toBe(
      `${baseURL}/en/l/${path.split('/').pop()}`,
    );
    await expect(page.getByText('Nästa gånger')).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
}

test('an empty basket points to the steps for when nothing fits', async ({ page }) => {
  await page.goto('/fi/lahete');
  await expect(page.getByTestId('nothing-fits')).toContainText('järjestöneuvojaan');
  await expect(page.getByTestId('nothing-fits')).toContainText('OLKA');
  await expectNoAxeViolations(page);
});

test('unknown referral codes answer with a translated 404', async ({ page }) => {
  const fi = await page.goto('/fi/l/AAAAAAAAAAAAAAAAAAAAAA');
  expect(fi?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  const en = await page.goto('/en/l/AAAAAAAAAAAAAAAAAAAAAA');
  expect(en?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
