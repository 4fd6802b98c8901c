import { describe, expect, it } from 'vitest';
import type { Alert } from '../alerts/alerts';
import { ALERTS, ALERT_KINDS, DEFAULT_THRESHOLDS } from '../alerts/vocabulary';
import { METRIC_IDS } from '../metrics/catalogue';
import { alertMeaning, alertRule, alertSentence, alertTitle, fractionWords, groupPhrase } from './alerts';

const base = { city: 'Leuven', wijk_id: 'W', threshold: 0.5, severity: 0.5, evidence: { page: 'wijk' as const, params: {}, chart: 'x' }, figures: [] };

describe('alerts in plain words', () => {
  it('names groups as people', () => {
    expect(groupPhrase('nl', 'age_band', '25-44')).toBe('25–44-jarigen');
    expect(groupPhrase('nl', 'age_band', '80+')).toBe('80-plussers');
    expect(groupPhrase('en', 'origin', 'Belgisch')).toBe('residents of Belgian origin');
    expect(groupPhrase('nl', 'opleiding', 'hoog')).toBe('bewoners uit de groep “hoog” (opleiding)');
    expect(groupPhrase('en', 'opleiding', 'hoog')).toBe('residents in the group “hoog” (opleiding)');
  });
  it('quotes an uploaded group code as a code, in a sentence whose verb agrees with it', () => {
    const a: Alert = { ...base, provider: 'ggw', kind: 'representation', dimension: 'origin', group: 'nonEU', value: 0, populationShare: 0.3 };
    const nl = alertSentence('nl', a, 'Kessel-Lo');
    expect(nl).toContain('bewoners uit de groep “nonEU” (herkomst) zijn er helemaal niet vertegenwoordigd');
    expect(nl).not.toMatch(/de groep ‘nonEU’/);
    expect(alertSentence('en', a, 'Kessel-Lo')).toContain('residents in the group “nonEU” (origin) are');
  });
  it('says how many times less, rounded to a fraction', () => {
    expect([0.5, 0.34, 0.21, 0.09, 0, 0.8].map((r) => fractionWords('nl', r))).toEqual([
      'maar half zo', 'maar een derde zo', 'maar een vijfde zo', 'nauwelijks', 'helemaal niet', 'minder'
    ]);
  });
  it('writes each kind with its numbers in the locale', () => {
    const ri: Alert = { ...base, provider: 'buurtwerk', kind: 'representation', dimension: 'age_band', group: '25-44', value: 0.2117, populationShare: 0.26 };
    expect(alertSentence('nl', ri, 'Wilsele Dorp')).toBe(
      'Wilsele Dorp, buurtwerk: 25–44-jarigen zijn er maar een vijfde zo sterk vertegenwoordigd als in de wijk (index 0,21; 26% van de bevolking).'
    );
    const nc: Alert = {
      ...base, provider: 'all', kind: 'newcomers', value: 0.04, threshold: 0.1,
      months: [{ month: '2026-09', value: 0.04 }, { month: '2026-10', value: 0.03 }, { month: '2026-11', value: 0 }]
    };
    expect(alertSentence('en', nc, 'Kesseldal')).toBe(
      'Kesseldal, all providers: fewer than 10% newcomers 3 months in a row (Sept 2026: 4%, Oct 2026: 3%, Nov 2026: 0%).'
    );
    const top: Alert = { ...base, provider: 'all', kind: 'concentration', value: 0.883, threshold: 0.6 };
    expect(alertSentence('nl', top, 'Nieuwkerken')).toContain('goed voor 88% van alle deelnames');
  });
});

describe('mixing in plain words, down to zero', () => {
  const mix = (value: number): Alert => ({ ...base, provider: 'ggw', kind: 'mixing', dimension: 'origin', value });
  it('says a third, or that meetings hardly happen', () => {
    expect(alertSentence('nl', mix(0.34), 'Sint-Maartensdal')).toBe(
      'Sint-Maartensdal, gebiedsgerichte werking (GGW): deelnemers blijven naar herkomst onder elkaar; ontmoetingen tussen groepen zijn maar een derde zo talrijk als bij toeval (mengverhouding 0,34).'
    );
    expect(alertSentence('nl', mix(0), 'X')).toContain('ontmoetingen tussen groepen komen er helemaal niet voor (mengverhouding 0,00).');
    expect(alertSentence('en', mix(0.05), 'X')).toContain('meetings across groups hardly happen (mixing ratio 0.05).');
  });
});

describe('alert texts', () => {
  it('describe the five alerts of METRICS.md with their default thresholds', () => {
    expect(ALERT_KINDS).toHaveLength(5);
    const nl = ALERT_KINDS.map((k) => alertRule('nl', k, DEFAULT_THRESHOLDS)).join('\n');
    const en = ALERT_KINDS.map((k) => alertRule('en', k, DEFAULT_THRESHOLDS)).join('\n');
    expect(nl).toMatch(/10\s?%.*0,5/);
    expect(nl).toMatch(/60\s?%/);
    expect(nl).toMatch(/onder 0,6/);
    expect(nl).toMatch(/3 maanden na elkaar onder 10\s?%/);
    expect(en).toMatch(/10%.*0\.5/);
    expect(en).toMatch(/below 0\.6/);
    expect(en).toMatch(/below 10% for 3 months in a row/);
  });

  it('follow other thresholds when a deployment or a reader sets them', () => {
    const t = { ...DEFAULT_THRESHOLDS, mixing: 0.7, newcomers: 0.05 };
    expect(alertRule('en', 'mixing', t)).toContain('below 0.7');
    expect(alertRule('nl', 'newcomers', t)).toMatch(/onder 5\s?%/);
  });

  it('are complete, differ per language and point at an explained figure', () => {
    for (const kind of ALERT_KINDS) {
      expect(METRIC_IDS as string[]).toContain(ALERTS[kind].metric);
      const [nl, en] = (['nl', 'en'] as const).map((l) => ({ title: alertTitle(l, kind), rule: alertRule(l, kind, DEFAULT_THRESHOLDS), ...alertMeaning(l, kind) }));
      for (const s of [...Object.values(nl), ...Object.values(en)]) expect(s.trim().length).toBeGreaterThan(0);
      expect(nl.title).not.toBe(en.title);
      expect(nl.rule).not.toBe(en.rule);
      expect(nl.meaning).not.toBe(en.meaning);
      expect(nl.look).not.toBe(en.look);
    }
  });
});
