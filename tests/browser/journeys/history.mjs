// Back and forward walk the views (issue 14): on every page with choices, a changed choice is
// a new history entry, so the browser's back button returns to the view before it (the address,
// the control and the drawing) instead of leaving the site, and forward goes to it again.

/** Each page, a control on it and a value to choose that differs from the page's default. */
const PAGES = [
  { name: 'Overzicht', path: '/', testid: 'select-provider', choose: 'buurtwerk', param: 'provider' },
  { name: 'wijk page', path: '/wijk/?wijk=24062W23', testid: 'select-provider', choose: 'ggw', param: 'provider' },
  { name: 'Aandachtspunten', path: '/signalen/', testid: 'select-provider', choose: 'buurtwerk', param: 'provider' },
  { name: 'Maandrapport', path: '/maandrapport/', testid: 'select-dimension', choose: 'age_band', param: 'dimension' }
];

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const { page, problems } = await openPage();

  for (const p of PAGES) {
    await test(`${p.name}: back after a choice returns to the view before it, forward goes to it again`, async () => {
      // Start from another page, so a back button that leaves the view-history would show it.
      await page.goto(`${origin}/uitleg/`);
      await page.goto(`${origin}${p.path}`);
      await waitForDrawn(page);
      const select = page.locator(`[data-testid="${p.testid}"]`);
      const before = await select.inputValue();
      const start = page.url();
      assert(before !== p.choose, `${p.testid} already holds ${p.choose}`);
      await select.selectOption(p.choose);
      await page.waitForFunction(([k, v]) => new URLSearchParams(location.search).get(k) === v, [p.param, p.choose]);
      await waitForDrawn(page);
      const chosen = page.url();

      await page.goBack();
      await page.waitForFunction((href) => location.href === href, start, { timeout: 10_000 }).catch(() => {});
      assert(page.url() === start, `back went to ${page.url()}, not ${start}`);
      await waitForDrawn(page);
      assert((await select.inputValue()) === before, `after back ${p.testid} shows ${await select.inputValue()}, want ${before}`);

      await page.goForward();
      await page.waitForFunction((href) => location.href === href, chosen, { timeout: 10_000 }).catch(() => {});
      assert(page.url() === chosen, `forward went to ${page.url()}, not ${chosen}`);
      await waitForDrawn(page);
      assert((await select.inputValue()) === p.choose, `after forward ${p.testid} shows ${await select.inputValue()}`);
    });
  }

  await test('two choices in a row are two steps back', async () => {
    await page.goto(`${origin}/signalen/`);
    await waitForDrawn(page);
    await page.locator('[data-testid="select-per"]').selectOption('kind');
    await page.waitForFunction(() => location.search.includes('per=kind'));
    await waitForDrawn(page);
    await page.locator('[data-testid="select-alert"]').selectOption('mixing');
    await page.waitForFunction(() => location.search.includes('alert=mixing'));
    await waitForDrawn(page);
    await page.goBack();
    await page.waitForFunction(() => location.search === '?per=kind', null, { timeout: 10_000 }).catch(() => {});
    assert(new URL(page.url()).search === '?per=kind', `one step back: ${page.url()}`);
    await page.goBack();
    await page.waitForFunction(() => location.search === '', null, { timeout: 10_000 }).catch(() => {});
    assert(new URL(page.url()).pathname === '/signalen/' && new URL(page.url()).search === '', `two steps back: ${page.url()}`);
  });

  await test('no page errors while walking the history', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}
