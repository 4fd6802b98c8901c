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
