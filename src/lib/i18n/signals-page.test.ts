import { describe, expect, it } from 'vitest';
import type { Alert } from '../alerts/alerts';
import { alertSentence, fractionWords, groupPhrase } from './signals-page';

const base = { city: 'Leuven', wijk_id: 'W', threshold: 0.5, severity: 0.5, evidence: { page: 'wijk' as const, params: {}, chart: 'x' }, figures: [] };

describe('alerts in plain words', () => {
  it('names groups as people', () => {
    expect(groupPhrase('nl', 'age_band', '25-44')).toBe('25–44-jarigen');
    expect(groupPhrase('nl', 'age_band', '80+')).toBe('80-plussers');
    expect(groupPhrase('en', 'origin', 'Belgisch')).toBe('residents of Belgian origin');
    expect(groupPhrase('nl', 'opleiding', 'hoog')).toBe('de groep ‘hoog’ (opleiding)');
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
