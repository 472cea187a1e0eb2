import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const TEXTS = {
  fi: {
    search: '/fi/haku',
    calendar: '/fi/kalenteri',
    weekend: 'Viikonloppuna',
    evening: /^Illalla/,
    saturday: 'Lauantai',
    open: 'Käynnissä juuri nyt',
    remove: 'Poista rajaus:',
    eveningChip: 'Kellonaika: Illalla',
    saturdayChip: 'Viikonpäivä: Lauantai',
    weekendChip: 'Aika: Viikonloppuna',
    municipality: 'Kunta',
    oulu: 'Oulu',
    apply: 'Näytä',
  },
  sv: {
    search: '/sv/sok',
    calendar: '/sv/kalender',
    weekend: 'Under veckoslutet',
    evening: /^På kvällen/,
    saturday: 'Lördag',
    open: 'Pågår just nu',
    remove: 'Ta bort avgränsningen:',
    eveningChip: 'Tid på dagen: På kvällen',
    saturdayChip: 'Veckodag: Lördag',
    weekendChip: 'Tid: Under veckoslutet',
    municipality: 'Kommun',
    oulu: 'Uleåborg',
    apply: 'Visa',
  },
  en: {
    search: '/en/search',
    calendar: '/en/calendar',
    weekend: 'At the weekend',
    evening: /^In the evening/,
    saturday: 'Saturday',
    open: 'On right now',
    remove: 'Remove filter:',
    eveningChip: 'Time of day: In the evening',
    saturdayChip: 'Weekday: Saturday',
    weekendChip: 'Time: At the weekend',
    municipality: 'Municipality',
    oulu: 'Oulu',
    apply: 'Show',
  },
} as const;

for (const locale of ['fi', 'sv', 'en'] as const) {
  const t = TEXTS[locale];

  test(`weekend, weekday, evening and open-now filters: chips, Back and axe (${locale})`, async ({ page }) => {
    await page.goto(t.search);
    await page.getByRole('radio', { name: t.weekend }).check();
    await expect(page).toHaveURL(/date=weekend/);
    await page.getByRole('checkbox', { name: t.evening }).check();
    await expect(page).toHaveURL(/time=evening/);
    await page.getByRole('checkbox', { name: t.saturday, exact: true }).check();
    await expect(page).toHaveURL(/day=sat/);
    for (const chip of [t.weekendChip, t.eveningChip, t.saturdayChip]) {
      await expect(page.getByRole('link', { name: `${t.remove} ${chip}` })).toBeVisible();
    }
    await expectNoAxeViolations(page);

    // Each filter change is its own history entry.
    await page.goBack();
    await expect(page).not.toHaveURL(/day=sat/);
    await expect(page).toHaveURL(/time=evening/);
    await expect(page.getByRole('checkbox', { name: t.saturday, exact: true })).not.toBeChecked();

    // A chip removes its filter.
    await page.getByRole('link', { name: `${t.remove} ${t.eveningChip}` }).click();
    await expect(page).not.toHaveURL(/time=evening/);
    await expect(page).toHaveURL(/date=weekend/);

    await page.getByRole('checkbox', { name: t.open }).check();
    await expect(page).toHaveURL(/open=1/);
    await expect(page.getByRole('link', { name: `${t.remove} ${t.open}` })).toBeVisible();
  });
}

test('without JavaScript the calendar filters by a plain form submit', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const t = TEXTS.fi;
  await page.goto(t.calendar);
  await page.getByLabel(t.municipality).selectOption({ label: t.oulu });
  await page.getByRole('checkbox', { name: t.evening }).check();
  await page.getByRole('button', { name: t.apply, exact: true }).click();
  await expect(page).toHaveURL(/municipality=oulu/);
  await expect(page).toHaveURL(/time=evening/);
  await expect(page.getByTestId('calendar-week')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: t.evening })).toBeChecked();
  await context.close();
});
