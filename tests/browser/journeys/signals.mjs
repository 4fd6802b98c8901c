// The coordinator's journey on /signalen/: every planted narrow-reach pattern of the demo
// (read from data/demo/planted.json, not written down here) shows up as an alert for the
// rolling 12 months 2025-12..2026-11, its evidence link lands on the wijk page at the chart
// that shows it, and changing a threshold changes the list.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Which planted checks are alerts, and how each appears on the page. */
const ALERT_OF = {
  'representation_index <': 'representation',
  'representativeness <': 'representativeness',
  'mixing_ratio <': 'mixing',
  'top20_share >=': 'concentration'
};
const CHART_OF = { representation: 'representation', representativeness: 'representativeness', mixing: 'mixing-ratio', concentration: 'concentration', newcomers: 'newcomers' };

function plantedAlerts(root) {
  const planted = JSON.parse(readFileSync(path.join(root, 'data', 'demo', 'planted.json'), 'utf8'));
  const out = [];
  for (const p of planted.patterns)
    for (const c of p.checks) {
      const kind = ALERT_OF[`${c.metric} ${c.op}`];
      if (!kind || c.first_month !== '2025-12' || c.last_month !== '2026-11') continue;
      out.push({ kind, wijk: c.wijk_id, provider: c.provider, dimension: c.dimension ?? '', group: c.group ?? '', pattern: p.id });
    }
  return out;
}

const selectorOf = (a) =>
  `[data-testid="alert"][data-wijk="${a.wijk}"][data-kind="${a.kind}"][data-provider="${a.provider}"][data-dimension="${a.dimension}"]` +
  (a.group ? `[data-group="${a.group}"]` : '');

export default async function (h) {
  const { origin, test, assert, openPage, waitForDrawn } = h;
  const expected = plantedAlerts(h.root);
  const URL_YEAR = `${origin}/signalen/?period=year&end=2026-11`;
  const { page, problems } = await openPage();

  await test('planted.json names the narrow-reach patterns the journey looks for', async () => {
    const kinds = new Set(expected.map((e) => e.kind));
    for (const k of ['representation', 'representativeness', 'mixing']) assert(kinds.has(k), `no planted ${k} check in planted.json`);
    assert(expected.some((e) => e.wijk === '24062W23') && expected.some((e) => e.wijk === '46021W20') && expected.some((e) => e.wijk === '24062W18'),
      `planted narrow-reach wijken missing: ${JSON.stringify(expected)}`);
  });

  await test('every planted narrow-reach pattern is among the alerts for 2025-12..2026-11', async () => {
    await page.goto(URL_YEAR);
    await waitForDrawn(page);
    const n = await page.locator('[data-testid="alert"]').count();
    assert(n > 0, 'no alerts listed');
    for (const a of expected) {
      const count = await page.locator(selectorOf(a)).count();
      assert(count === 1, `${a.pattern}: expected one alert ${selectorOf(a)}, found ${count}`);
    }
    // grouped per wijk: most severe first inside a group, the group with the most severe alert first
    const groups = await page.$$eval('[data-testid="alert-group"]', (gs) =>
      gs.map((g) => ({ key: g.getAttribute('data-key'), count: Number(g.getAttribute('data-count')), sev: [...g.querySelectorAll('[data-testid="alert"]')].map((e) => Number(e.getAttribute('data-severity'))), wijken: [...new Set([...g.querySelectorAll('[data-testid="alert"]')].map((e) => e.getAttribute('data-wijk')))] }))
    );
    assert(groups.length > 1, `${groups.length} groups`);
    for (const g of groups) {
      assert(g.sev.every((s, i) => i === 0 || g.sev[i - 1] >= s), `alerts of ${g.key} not sorted by severity: ${g.sev.slice(0, 10)}`);
      assert(g.count === g.sev.length && g.wijken.length === 1 && g.wijken[0] === g.key, `group ${g.key}: count ${g.count}, ${g.sev.length} alerts of ${g.wijken}`);
    }
    assert(groups.every((g, i) => i === 0 || groups[i - 1].sev[0] >= g.sev[0]), 'groups not in the order of their most severe alert');
    assert(new Set(groups.map((g) => g.key)).size === groups.length, 'a wijk in two groups');
    // the counts per kind add up to the list
    const counted = await page.$$eval('[data-testid="alert-counts"] li', (els) => els.reduce((s, e) => s + Number(e.getAttribute('data-alerts')), 0));
    assert(counted === n, `counts per kind add up to ${counted}, the list has ${n}`);
    // the sentence for Wilsele Dorp's 25-44-year-olds reads in plain Dutch with its number
    const w23 = expected.find((e) => e.wijk === '24062W23' && e.kind === 'representation');
    if (w23) {
      const text = (await page.locator(selectorOf(w23)).innerText()).replace(/\s+/g, ' ');
      assert(/Wilsele Dorp, buurtwerk: 25–44-jarigen zijn er .* vertegenwoordigd .*index 0,2\d/.test(text), `unexpected sentence: ${text}`);
    }
  });

  await test('Kesseldal, where newcomers dried up (pattern 9): its newcomer check is not assessed, never "fine"', async () => {
    // No newcomers at all in 2026-09..11. Under METRICS.md's disclosure control a perturbed count
    // below k is hidden, 0 too, so those months are "<k" and the three-months rule cannot be judged:
    // the check is listed as not assessed (below k), neither an alert nor silently passed.
    const na = page.locator('[data-testid="unassessed-row"][data-kind="newcomers"][data-wijk="24062W10"]');
    const alerts = await page.locator('[data-testid="alert"][data-kind="newcomers"][data-wijk="24062W10"]').count();
    const n = await na.count();
    assert(n + alerts >= 1, 'Kesseldal newcomers: neither an alert nor a check not assessed');
    if (n) assert((await na.first().locator('[data-suppressed]').getAttribute('data-suppressed')) === 'below_k', 'not assessed for another reason than k');
    const summary = await page.locator('[data-testid="unassessed"] summary').innerText();
    assert(/Niet beoordeeld \(\d+\)/.test(summary), `summary says "${summary}"`);
  });

  for (const a of expected) {
    await test(`the evidence link of ${a.pattern} (${a.wijk}, ${a.kind}) opens the wijk page at the chart "${CHART_OF[a.kind]}"`, async () => {
      await page.goto(URL_YEAR);
      await waitForDrawn(page);
      const link = page.locator(`${selectorOf(a)} a[data-testid="evidence"]`);
      await Promise.all([page.waitForURL((u) => u.pathname === '/wijk/'), link.click()]);
      const u = new URL(page.url());
      assert(u.hash === `#${CHART_OF[a.kind]}`, `hash ${u.hash}`);
      const want = { wijk: a.wijk, period: 'year', end: '2026-11', provider: a.provider, ...(a.dimension ? { dimension: a.dimension } : {}) };
      for (const [k, v] of Object.entries(want)) assert(u.searchParams.get(k) === v, `${k}=${u.searchParams.get(k)} in ${u.search}, want ${v}`);
      await waitForDrawn(page);
      await page.waitForSelector(`[data-chart="${CHART_OF[a.kind]}"]`, { timeout: 15_000 });
      const heading = await page.locator('[data-testid="page-wijk"] h1').innerText();
      assert(heading.length > 0, 'wijk page without heading');
      // the chart is the element the hash names, focused, marked and in view
      const landed = await page
        .waitForFunction((id) => {
          const el = document.getElementById(id);
          if (!el || !el.matches('[data-chart]') || document.activeElement !== el || !el.hasAttribute('data-landed')) return false;
          const r = el.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }, CHART_OF[a.kind], { timeout: 10_000 })
        .then(() => true, () => false);
      assert(landed, `#${CHART_OF[a.kind]} is not a chart focused, marked and in view`);
      const outline = await page.$eval(`#${CHART_OF[a.kind]}`, (el) => getComputedStyle(el).outlineStyle);
      assert(outline === 'solid', `the landed chart is not marked (outline ${outline})`);
    });
  }

  await test('every evidence link lands on a chart that exists on the wijk page it points to', async () => {
    await page.goto(URL_YEAR);
    await waitForDrawn(page);
    const hrefs = [...new Set(await page.$$eval('[data-testid="evidence"]', (els) => els.map((e) => e.getAttribute('href'))))];
    assert(hrefs.length > 0, 'no evidence links');
    const wrong = [];
    for (const href of hrefs) {
      // Through the site, as a reader goes: click, look, back (the figures stay in the page's store).
      await page.locator(`a[data-testid="evidence"][href="${href}"]`).first().click();
      await page.waitForURL((u) => u.pathname === '/wijk/');
      await waitForDrawn(page);
      const id = decodeURIComponent(new URL(href, origin).hash.slice(1));
      const ok = await page
        .waitForFunction((id) => {
          const el = document.getElementById(id);
          return !!el && el.matches('[data-chart]') && document.activeElement === el;
        }, id, { timeout: 10_000 })
        .then(() => true, () => false);
      if (!ok) wrong.push(href);
      await page.goBack();
      await page.waitForURL((u) => u.pathname === '/signalen/');
      await waitForDrawn(page);
    }
    assert(wrong.length === 0, `${wrong.length} of ${hrefs.length} evidence links land on no chart:\n${wrong.slice(0, 10).join('\n')}`);
  });

  await test('a threshold takes "0,3" and "0.3" alike and shows the language\'s own form', async () => {
    await page.goto(URL_YEAR);
    await waitForDrawn(page);
    const input = page.locator('[data-testid="threshold-representation"]');
    assert((await input.inputValue()) === '0,5', `Dutch default shown as ${await input.inputValue()}`);
    await input.fill('0,3');
    await input.press('Enter');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('t_ri') === '0.3');
    await waitForDrawn(page);
    assert((await input.inputValue()) === '0,3', `after "0,3": ${await input.inputValue()}`);
    const commaCount = await page.locator('[data-testid="alert"]').count();
    await input.fill('0.3');
    await input.press('Enter');
    await waitForDrawn(page);
    assert((await input.inputValue()) === '0,3', `"0.3" is shown in Dutch as ${await input.inputValue()}`);
    assert(new URLSearchParams(new URL(page.url()).search).get('t_ri') === '0.3', `t_ri after "0.3": ${page.url()}`);
    assert((await page.locator('[data-testid="alert"]').count()) === commaCount, 'the same threshold gives another list');
    // something that is no threshold is refused with a message, and changes nothing
    await input.fill('0,3,1');
    await input.press('Enter');
    await page.waitForSelector('[data-testid="threshold-representation-error"]');
    assert((await input.getAttribute('aria-invalid')) === 'true', 'the refused field is not marked invalid');
    assert(new URLSearchParams(new URL(page.url()).search).get('t_ri') === '0.3', `t_ri changed by a refused text: ${page.url()}`);
    // English shows a point
    await page.goto(`${URL_YEAR}&t_ri=0.3&lang=en`);
    await waitForDrawn(page);
    assert((await input.inputValue()) === '0.3', `English shows ${await input.inputValue()}`);
  });

  await test('the wijk and kind filters narrow the list, grouped per kind with counts', async () => {
    await page.goto(`${URL_YEAR}&per=kind`);
    await waitForDrawn(page);
    const kinds = await page.$$eval('[data-testid="alert-group"]', (gs) => gs.map((g) => [g.getAttribute('data-key'), Number(g.getAttribute('data-count')), g.querySelectorAll('[data-testid="alert"]').length, [...g.querySelectorAll('[data-testid="alert"]')].every((a) => a.getAttribute('data-kind') === g.getAttribute('data-key'))]));
    assert(kinds.length > 1 && kinds.every(([, n, m, same]) => n === m && same), `groups per kind: ${JSON.stringify(kinds)}`);
    const counted = await page.$$eval('[data-testid="alert-counts"] li', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-kind'), Number(e.getAttribute('data-alerts'))])));
    for (const [k, n] of kinds) assert(counted[k] === n, `count of ${k}: ${counted[k]} beside ${n} in its group`);
    await page.locator('[data-testid="select-wijk"]').selectOption('24062W23');
    await page.waitForFunction(() => location.search.includes('wijk=24062W23'));
    await waitForDrawn(page);
    const wijken = await page.$$eval('[data-testid="alert"]', (els) => [...new Set(els.map((e) => e.getAttribute('data-wijk')))]);
    assert(wijken.length === 1 && wijken[0] === '24062W23', `wijk filter shows ${wijken}`);
    await page.locator('[data-testid="select-alert"]').selectOption('representation');
    await page.waitForFunction(() => location.search.includes('alert=representation'));
    await waitForDrawn(page);
    const left = await page.$$eval('[data-testid="alert"]', (els) => els.map((e) => `${e.getAttribute('data-wijk')} ${e.getAttribute('data-kind')}`));
    assert(left.length > 0 && left.every((x) => x === '24062W23 representation'), `both filters show ${left}`);
    const summary = await page.locator('[data-testid="chart-alerts"] [data-testid="chart-summary"]').innerText();
    assert(/van de \d+ aandachtspunten getoond/.test(summary), `the summary does not say the list is filtered: ${summary}`);
  });

  await test('an alert that repeats month after month says since when', async () => {
    await page.goto(`${origin}/signalen/?period=month&end=2026-11`);
    await waitForDrawn(page);
    const runs = await page.$$eval('[data-testid="alert-run"]', (els) => els.map((e) => e.textContent));
    assert(runs.length > 0, 'no alert with a duration in November 2026');
    assert(runs.every((r) => /^(Sinds|Al sinds het begin van de gegevens \().* \d+ maanden op rij\.$/.test(r.trim())), `durations read: ${runs.slice(0, 3)}`);
  });

  await test('changing a threshold changes the list and the URL', async () => {
    await page.goto(URL_YEAR);
    await waitForDrawn(page);
    const w23 = expected.find((e) => e.wijk === '24062W23' && e.kind === 'representation');
    const w20 = expected.find((e) => e.wijk === '46021W20' && e.kind === 'representation');
    assert(w23 && w20, 'planted representation checks missing');
    const before = await page.locator('[data-testid="alert"][data-kind="representation"]').count();
    // 0.15: below Wilsele Dorp's 25-44 index (about 0.21), above Stationswijk's Belgisch (about 0.09)
    const input = page.locator('[data-testid="threshold-representation"]');
    await input.fill('0.15');
    await input.press('Enter');
    await page.waitForFunction(() => location.search.includes('t_ri=0.15'));
    await waitForDrawn(page);
    const after = await page.locator('[data-testid="alert"][data-kind="representation"]').count();
    assert(after < before, `representation alerts ${before} -> ${after}`);
    assert((await page.locator(selectorOf(w23)).count()) === 0, 'Wilsele Dorp still listed at threshold 0.15');
    assert((await page.locator(selectorOf(w20)).count()) === 1, 'Stationswijk gone at threshold 0.15');
    // the counts follow, and the threshold survives a reload (it is in the URL)
    const counted = await page.locator('[data-testid="alert-counts"] li[data-kind="representation"]').getAttribute('data-alerts');
    assert(Number(counted) === after, `count says ${counted}, list has ${after}`);
    await page.reload();
    await waitForDrawn(page);
    assert((await input.inputValue()) === '0,15', `threshold after reload: ${await input.inputValue()}`);
    // back to the defaults
    await page.locator('[data-testid="reset-thresholds"]').click();
    await page.waitForFunction(() => !location.search.includes('t_ri'));
    await waitForDrawn(page);
    assert((await page.locator('[data-testid="alert"][data-kind="representation"]').count()) === before, 'reset did not restore the list');
  });

  await test('the city and provider filters narrow the list', async () => {
    await page.goto(`${URL_YEAR}&city=Sint-Niklaas&provider=buurtwerk`);
    await waitForDrawn(page);
    const attrs = await page.$$eval('[data-testid="alert"]', (els) => els.map((e) => [e.getAttribute('data-wijk'), e.getAttribute('data-provider')]));
    assert(attrs.length > 0, 'no alerts for Sint-Niklaas, buurtwerk');
    assert(attrs.every(([w, p]) => w.startsWith('46021') && p === 'buurtwerk'), `other city or provider listed: ${JSON.stringify(attrs.slice(0, 5))}`);
  });

  await test('the page reads in English with ?lang=en, and the evidence link keeps the language', async () => {
    await page.goto(`${URL_YEAR}&lang=en`);
    await waitForDrawn(page);
    const h1 = await page.locator('[data-testid="page-signals"] h1').innerText();
    assert(/Alerts/.test(h1), `heading "${h1}"`);
    const w23 = expected.find((e) => e.wijk === '24062W23' && e.kind === 'representation');
    const text = await page.locator(selectorOf(w23)).innerText();
    assert(/people aged 25–44/.test(text), `English sentence: ${text}`);
    const href = await page.locator(`${selectorOf(w23)} a[data-testid="evidence"]`).getAttribute('href');
    assert(href.includes('lang=en'), `evidence link without lang: ${href}`);
  });

  await test('the alert table and its CSV hold the figures, no pseudonym', async () => {
    await page.goto(URL_YEAR);
    await waitForDrawn(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="csv-alerts"]').click()]);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    const lines = csv.trim().split('\n');
    // every row names its period and its wijk (issue #14: export/download.ts)
    assert(lines[0] === 'city,period_from,period_to,provider,wijk_id,wijk_name,dimension,group,metric,value,suppressed', `CSV header ${lines[0]}`);
    assert(lines.some((l) => /^Leuven,\d{4}-\d{2}-01,\d{4}-\d{2}-\d{2},buurtwerk,24062W23,[^,]+,age_band,25-44,representation_index,/.test(l)), 'W23 figure missing from the CSV');
    assert(!/P\d{6}/.test(csv), 'a pseudonym in the CSV');
    const rows = await page.locator('[data-testid="table-alerts"] tbody tr').count();
    assert(rows === (await page.locator('[data-testid="alert"]').count()), 'table rows differ from the list');
  });

  await test('no page errors on the Signalen page', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
}
