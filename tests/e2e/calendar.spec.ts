import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';

const TEXTS = {
  fi: {
    path: '/fi/kalenteri',
    search: '/fi/haku',
    title: 'Tapahtumakalenteri',
    month: 'Kuukausi',
    week: 'Viikko',
    next: 'Seuraava kuukausi',
    municipality: 'Kunta',
    oulu: 'Oulu',
    evening: /^Illalla/,
    apply: 'Näytä',
    toCalendar: 'Näytä kalenterissa',
    clock: 'klo',
  },
  sv: {
    path: '/sv/kalender',
    search: '/sv/sok',
    title: 'Evenemangskalender',
    month: 'Månad',
    week: 'Vecka',
    next: 'Nästa månad',
    municipality: 'Kommun',
    oulu: 'Uleåborg',
    evening: /^På kvällen/,
    apply: 'Visa',
    toCalendar: 'Visa i kalendern',
    clock: 'kl.',
  },
  en: {
    path: '/en/calendar',
    search: '/en/search',
    title: 'Event calendar',
    month: 'Month',
    week: 'Week',
    next: 'Next month',
    municipality: 'Municipality',
    oulu: 'Oulu',
    evening: /^In the evening/,
    apply: 'Show',
    toCalendar: 'Show in the calendar',
    clock: '',
  },
} as const;

for (const locale of ['fi', 'sv', 'en'] as const) {
  const t = TEXTS[locale];

  test.describe(`event calendar (${locale})`, () => {
    test('a week lists each day with its events, and passes axe', async ({ page }) => {
      await page.goto(t.path);
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
      const week = page.getByTestId('calendar-week');
      await expect(week.locator(':scope > li')).toHaveCount(7);
      await expect(week.getByRole('heading', { level: 3 })).toHaveCount(7);
      await expect(page.getByTestId('calendar-count')).toHaveAttribute('role', 'status');
      await expect(week.locator('li li a').first()).toBeVisible();
      await expect(page.getByRole('link', { name: t.week, exact: true })).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
    });

    test('a month is a table, browsed by keyboard, and passes axe', async ({ page }) => {
      // axe over a month of events takes a while on a busy machine.
      test.slow();
      await page.goto(t.path);
      await page.getByRole('link', { name: t.month, exact: true }).click();
      await expect(page).toHaveURL(/period=month/);
      const table = page.getByRole('table');
      await expect(table.getByRole('columnheader')).toHaveCount(7);
      const rows = await table.locator('tbody tr').count();
      expect(rows).toBeGreaterThanOrEqual(4);
      expect(rows).toBeLessThanOrEqual(6);
      const heading = await page.locator('#calendar-heading').textContent();
      await expectNoAxeViolations(page);

      const next = page.getByRole('link', { name: t.next });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#calendar-heading')).not.toHaveText(heading!);
      await expect(page).toHaveURL(/period=month.*start=\d{4}-\d{2}-01/);
    });

    test('the search filters apply, weekday and time of day to each event', async ({ page }) => {
      await page.goto(t.path);
      await page.getByLabel(t.municipality).selectOption({ label: t.oulu });
      await page.getByRole('checkbox', { name: t.evening }).check();
      await page.getByRole('button', { name: t.apply, exact: true }).click();
      await expect(page).toHaveURL(/municipality=oulu/);
      await expect(page).toHaveURL(/time=evening/);
      const times = await page.getByTestId('calendar-week').locator('li li > span.font-semibold').allTextContents();
      for (const time of times) {
        const hour = Number(time.replace(t.clock, '').trim().split(/[.–]/)[0]);
        expect(hour >= 17 || hour < 5, `${time} is in the evening`).toBe(true);
      }
      await expect(page.getByRole('checkbox', { name: t.evening })).toBeChecked();
    });

    test('the results page links to the calendar with its filters', async ({ page }) => {
      await page.goto(`${t.search}?municipality=oulu&free=1`);
      await page.getByRole('link', { name: t.toCalendar }).click();
      await expect(page).toHaveURL(new RegExp(`${t.path}\\?.*municipality=oulu.*free=1`));
      await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
    });
  });
}

test('a bad period or start date is named and the calendar still shows', async ({ page }) => {
  await page.goto('/fi/kalenteri?period=year&start=2026-13-40');
  await expect(page.getByText(/jätettiin pois: näkymä, alkupäivä/)).toBeVisible();
  await expect(page.getByTestId('calendar-week')).toBeVisible();
});
