import { expect, test } from '@playwright/test';

test('the search page offers an embed snippet and a calendar feed for the same search', async ({ page, request }) => {
  await page.goto('/fi/haku?municipality=oulu&free=1');
  await page.getByText('Näytä tämä haku omilla verkkosivuillasi').click();
  const snippet = await page.getByLabel('Upotuskoodi').inputValue();
  expect(snippet).toMatch(/^<iframe src="[^"]+\/embed\/activities\?municipality=oulu&amp;free=1&amp;locale=fi"/);

  const src = snippet.match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
  const embed = await request.get(new URL(src).pathname + new URL(src).search);
  expect(embed.status()).toBe(200);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(await embed.text()).toContain('<li');

  const feedHref = await page.getByRole('link', { name: /kalenteriisi \(iCal\)/ }).getAttribute('href');
  const feed = await request.get(new URL(feedHref!).pathname + new URL(feedHref!).search);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
});
