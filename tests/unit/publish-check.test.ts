import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLeaks } from '../../src/cli/publish-check';

describe('the published build check', () => {
  const dir = () => {
    const d = mkdtempSync(join(tmpdir(), 'ww-leak-'));
    mkdirSync(join(d, 'figures'));
    writeFileSync(join(d, 'index.html'), '<p>participants 1234</p>');
    writeFileSync(join(d, 'figures', 'a.json'), '{"dict":{"wijk_id":["24062W01"]}}');
    return d;
  };
  it('passes a build of aggregates only', () => {
    expect(findLeaks(dir(), ['P000123', 'P000124'])).toEqual([]);
  });
  it('finds a pseudonym anywhere, but not inside a longer word', () => {
    const d = dir();
    writeFileSync(join(d, 'figures', 'b.json'), '["P0001234","xP000123"]');
    expect(findLeaks(d, ['P000123'])).toEqual([]);
    writeFileSync(join(d, 'figures', 'c.json'), '{"id":"P000123"}');
    expect(findLeaks(d, ['P000123'])).toEqual([`${join(d, 'figures', 'c.json')}: contains a participant pseudonym`]);
  });
  it('refuses row-level files, whatever they hold', () => {
    const d = dir();
    writeFileSync(join(d, 'participations.csv.gz'), '');
    expect(findLeaks(d, [])).toEqual([`${join(d, 'participations.csv.gz')}: a row-level data file`]);
  });
});

describe('the published build check, ids that are not plain words', () => {
  it('finds every standalone occurrence, not only the first', () => {
    const d = mkdtempSync(join(tmpdir(), 'ww-leak-'));
    writeFileSync(join(d, 'a.js'), 'const a="xP-12"; const b="P0001234"; const c=["P-12","P000123"];');
    expect(findLeaks(d, ['P-12'])).toHaveLength(1);
    expect(findLeaks(d, ['P000123'])).toHaveLength(1);
    expect(findLeaks(d, ['P00012'])).toEqual([]);
  });
});

describe('the published build check, any pseudonym in any script', () => {
  const build = (files: Record<string, string>) => {
    const d = mkdtempSync(join(tmpdir(), 'ww-leak-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(d, name, '..'), { recursive: true });
      writeFileSync(join(d, name), text);
    }
    return d;
  };
  const figures = (group: string[], metric = 'participants') =>
    JSON.stringify({ v: 1, n: group.length, dict: { city: ['Leuven'], wijk_id: ['24062W01'], provider: ['all'], dimension: ['age_band'], group, metric: [metric], suppressed: [''] }, codes: { city: group.map(() => 0), wijk_id: group.map(() => 0), provider: group.map(() => 0), dimension: group.map(() => 0), group: group.map((_, i) => i), metric: group.map(() => 0), suppressed: group.map(() => 0) }, value: group.map(() => 1) });

  it('reads UTF-8: "Zoë-0006" and "Jörg-0013" are found in figures, pages and scripts', () => {
    const ids = ['Zoë-0006', 'Jörg-0013'];
    expect(findLeaks(build({ 'figures/scope/a.json': figures(['18-24', 'Zoë-0006']) }), ids)).toHaveLength(1);
    expect(findLeaks(build({ 'index.html': '<td>Jörg-0013</td>' }), ids)).toHaveLength(1);
    expect(findLeaks(build({ 'app.js': 'const x=["Jörg-0013"]' }), ids)).toHaveLength(1);
    expect(findLeaks(build({ 'app.js': 'const x=["Jörg-00131","xZoë-0006"]' }), ids)).toEqual([]);
  });

  it('normalises both sides (NFC): a decomposed ë is the same letter', () => {
    const decomposed = 'Zoe\u0308-0006';
    expect(findLeaks(build({ 'a.json': JSON.stringify({ id: decomposed }) }), ['Zo\u00eb-0006'])).toHaveLength(1);
    expect(findLeaks(build({ 'a.json': JSON.stringify({ id: 'Zo\u00eb-0006' }) }), [decomposed])).toHaveLength(1);
  });

  it('finds short and all-digit ids only as whole strings, not in every number and word', () => {
    const quiet = build({ 'a.json': '{"version":1,"n":2025,"value":[1,2025]}', 'b.js': 'for(let a=1;a<2025;a++){}', 'c.html': '<td>2025</td><p>a 1</p>' });
    expect(findLeaks(quiet, ['1', 'a', '2025'])).toEqual([]);
    expect(findLeaks(build({ 'a.json': figures(['1']) }), ['1'])).toHaveLength(1);
    expect(findLeaks(build({ 'b.js': "const ids=['a']" }), ['a'])).toHaveLength(1);
    expect(findLeaks(build({ 'c.html': '<script>{"p":"2025"}</script>' }), ['2025'])).toHaveLength(1);
  });

  it('leaves the Lorenz deciles\' percentage labels alone, but not the same text elsewhere', () => {
    expect(findLeaks(build({ 'a.json': figures(['10', '20', '100'], 'lorenz_share') }), ['10', '20', '100'])).toEqual([]);
    expect(findLeaks(build({ 'a.json': figures(['10']) }), ['10'])).toHaveLength(1);
  });

  it('finds a pseudonym inside a longer text, such as a remark published as a label', () => {
    expect(findLeaks(build({ 'a.json': figures(['Jan Peeters P000123 0475123456']) }), ['P000123'])).toHaveLength(1);
  });

  it('refuses a build that holds the deployment secret', () => {
    expect(findLeaks(build({ 'a.js': 'const k="s3cr3t-of-this-city-2026"' }), [], { secrets: ['s3cr3t-of-this-city-2026\n'] })).toEqual([
      expect.stringMatching(/deployment secret/)
    ]);
  });

  it('finds the one pseudonym among thousands of files and half a million ids', () => {
    const ids = Array.from({ length: 500_000 }, (_, i) => `P${String(i).padStart(7, '0')}`);
    const files: Record<string, string> = {};
    for (let f = 0; f < 2000; f++) files[`figures/scope/s${f}.json`] = figures(Array.from({ length: 300 }, (_, i) => `g${f}-${i}`));
    files['figures/scope/s1999.json'] = figures(['P0499999']);
    const d = build(files);
    expect(findLeaks(d, ids)).toEqual([expect.stringContaining('figures/scope/s1999.json')]);
  });
});
