/**
 * The Signalen page's texts, and each alert as one plain sentence made from its numbers
 * (also used by the monthly report). Rules and meanings of the alerts come from
 * explain.ts (ALERT_TEXT), so the Uitleg page and this page say the same.
 */
import type { Alert, AlertKind, SeverityBand, Thresholds } from '../alerts/alerts';
import type { SuppressReason, Provider } from '../metrics/types';
import { ALERT_TEXT, type AlertId, type AlertThresholds } from './explain';
import { formatMonth, formatNumber } from './format';
import { INTL_LOCALE, type Locale } from './messages';
import { dimensionName, formatValue, providerName } from './metrics';

/** Our kinds against explain.ts's ids (the Uitleg anchors `alert-<id>`). */
export const ALERT_ID: Record<AlertKind, AlertId> = {
  representation: 'underrepresented_group',
  concentration: 'concentrated_core',
  representativeness: 'low_representativeness',
  mixing: 'low_mixing',
  newcomers: 'few_newcomers'
};

export function explainThresholds(t: Thresholds): AlertThresholds {
  return {
    groupPopulationShare: t.groupShare,
    representationIndex: t.representation,
    top20Share: t.concentration,
    representativeness: t.representativeness,
    mixingRatio: t.mixing,
    newcomerShare: t.newcomers,
    newcomerMonths: 3
  };
}

export const alertTitle = (locale: Locale, kind: AlertKind) => ALERT_TEXT[locale][ALERT_ID[kind]].title;
export const alertRule = (locale: Locale, kind: AlertKind, t: Thresholds) => ALERT_TEXT[locale][ALERT_ID[kind]].rule(explainThresholds(t));

const pct = (locale: Locale, x: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(x);
const dec = (locale: Locale, x: number) => formatNumber(locale, x, 2);

/** A group as a plain noun phrase: "25–44-jarigen", "residents of Belgian origin". */
export function groupPhrase(locale: Locale, dimension: string, group: string): string {
  const nl = locale === 'nl';
  if (dimension === 'age_band') {
    const m = /^(\d+)-(\d+)$/.exec(group);
    if (m) return nl ? `${m[1]}–${m[2]}-jarigen` : `people aged ${m[1]}–${m[2]}`;
    const plus = /^(\d+)\+$/.exec(group);
    if (plus) return nl ? `${plus[1]}-plussers` : `people aged ${plus[1]}+`;
  }
  if (dimension === 'origin') {
    const o: Record<string, [string, string]> = {
      Belgisch: ['bewoners van Belgische herkomst', 'residents of Belgian origin'],
      EU: ['bewoners met een andere EU-herkomst', 'residents of other EU origin'],
      'niet-EU': ['bewoners met een herkomst buiten de EU', 'residents of non-EU origin']
    };
    if (o[group]) return o[group][nl ? 0 : 1];
  }
  if (dimension === 'gender') {
    const g: Record<string, [string, string]> = { man: ['mannen', 'men'], vrouw: ['vrouwen', 'women'], x: ['personen met gender X', 'people of gender X'] };
    if (g[group]) return g[group][nl ? 0 : 1];
  }
  return nl ? `de groep ‘${group}’ (${dimensionName(locale, dimension)})` : `the group ‘${group}’ (${dimensionName(locale, dimension)})`;
}

/** "half as", "a third as", ... for a ratio below 1: how many times less. */
export function fractionWords(locale: Locale, ratio: number): string {
  const nl = locale === 'nl';
  if (ratio <= 0) return nl ? 'helemaal niet' : 'not at all';
  const n = Math.round(1 / ratio);
  if (n <= 1) return nl ? 'minder' : 'less';
  if (n > 10) return nl ? 'nauwelijks' : 'hardly';
  const NL = ['', '', 'maar half zo', 'maar een derde zo', 'maar een vierde zo', 'maar een vijfde zo', 'maar een zesde zo', 'maar een zevende zo', 'maar een achtste zo', 'maar een negende zo', 'maar een tiende zo'];
  const EN = ['', '', 'only half as', 'only a third as', 'only a quarter as', 'only a fifth as', 'only a sixth as', 'only a seventh as', 'only an eighth as', 'only a ninth as', 'only a tenth as'];
  return (nl ? NL : EN)[n];
}

/** The provider as said in a sentence. */
function providerWords(locale: Locale, p: Provider): string {
  return providerName(locale, p);
}

/** One alert in a plain sentence, starting with the wijk and the provider. */
export function alertSentence(locale: Locale, a: Alert, wijkName: string): string {
  const nl = locale === 'nl';
  const head = `${wijkName}, ${providerWords(locale, a.provider)}: `;
  const dim = a.dimension ? dimensionName(locale, a.dimension) : '';
  switch (a.kind) {
    case 'representation': {
      const who = groupPhrase(locale, a.dimension ?? '', a.group ?? '');
      const words = fractionWords(locale, a.value);
      const share = a.populationShare !== undefined ? pct(locale, a.populationShare) : '';
      if (nl) {
        const how = words === 'helemaal niet' || words === 'nauwelijks' ? `${words} vertegenwoordigd` : `${words} sterk vertegenwoordigd als in de wijk`;
        return `${head}${who} zijn er ${how} (index ${dec(locale, a.value)}; ${share} van de bevolking).`;
      }
      const how = words === 'not at all' || words === 'hardly' ? `${words} represented` : `${words} strongly represented as in the wijk`;
      return `${head}${who} are ${how} (index ${dec(locale, a.value)}; ${share} of the population).`;
    }
    case 'concentration':
      return nl
        ? `${head}de actiefste 20% van de deelnemers is goed voor ${pct(locale, a.value)} van alle deelnames (drempel ${pct(locale, a.threshold)}).`
        : `${head}the most active 20% of participants make ${pct(locale, a.value)} of all participations (threshold ${pct(locale, a.threshold)}).`;
    case 'representativeness':
      return nl
        ? `${head}naar ${dim} lijken de deelnemers weinig op de wijk (representativiteit ${dec(locale, a.value)}; drempel ${dec(locale, a.threshold)}).`
        : `${head}by ${dim}, the participants look little like the wijk (representativeness ${dec(locale, a.value)}; threshold ${dec(locale, a.threshold)}).`;
    case 'mixing': {
      const words = fractionWords(locale, a.value);
      const m = `(mengverhouding ${dec(locale, a.value)})`;
      const me = `(mixing ratio ${dec(locale, a.value)})`;
      if (nl) {
        const how =
          words === 'helemaal niet' || words === 'nauwelijks'
            ? `ontmoetingen tussen groepen komen er ${words} voor`
            : `ontmoetingen tussen groepen zijn ${words === 'minder' ? 'minder talrijk' : `${words} talrijk`} als bij toeval`;
        return `${head}deelnemers blijven naar ${dim} onder elkaar; ${how} ${m}.`;
      }
      const how =
        words === 'not at all' || words === 'hardly'
          ? `meetings across groups ${words === 'hardly' ? 'hardly happen' : 'do not happen'}`
          : `meetings across groups are ${words === 'less' ? 'less frequent' : `${words} frequent`} as chance would give`;
      return `${head}participants keep to their own group by ${dim}; ${how} ${me}.`;
    }
    case 'newcomers': {
      const months = (a.months ?? []).map((m) => `${formatMonth(locale, m.month)}: ${formatValue(locale, 'newcomer_share', m.value)}`).join(', ');
      return nl
        ? `${head}${formatNumber(locale, a.months?.length ?? 3)} maanden op rij minder dan ${pct(locale, a.threshold)} nieuwkomers (${months}).`
        : `${head}fewer than ${pct(locale, a.threshold)} newcomers ${formatNumber(locale, a.months?.length ?? 3)} months in a row (${months}).`;
    }
  }
}

export const SEVERITY_WORD: Record<Locale, Record<SeverityBand, string>> = {
  nl: { strong: 'sterk', clear: 'duidelijk', slight: 'licht' },
  en: { strong: 'strong', clear: 'clear', slight: 'slight' }
};

/** The reason a check was not made, short. */
export function unassessedReason(locale: Locale, r: SuppressReason): string {
  const nl: Record<SuppressReason, string> = {
    below_k: 'te weinig personen (privacy)',
    complementary: 'afgeschermd naast een kleine waarde',
    not_available: 'geen cijfer voor deze periode'
  };
  const en: Record<SuppressReason, string> = {
    below_k: 'too few persons (privacy)',
    complementary: 'hidden beside a small value',
    not_available: 'no figure for this period'
  };
  return (locale === 'nl' ? nl : en)[r];
}

const nl = {
  title: 'Signalen',
  heading: 'Signalen: waar is het bereik smal?',
  intro:
    'Elke wijk en elke werking wordt getoetst aan de vijf signalen van smal bereik. De ernstigste staan bovenaan; elk signaal leidt naar de grafiek op de wijkpagina die het onderbouwt.',
  controls: 'Weergave',
  city: 'Stad',
  allCities: 'Alle steden',
  period: 'Periode',
  periodKinds: { month: 'Eén maand', quarter: 'Kwartaal', year: '12 maanden' } as Record<string, string>,
  end: 'Tot en met',
  provider: 'Werking',
  eachProvider: 'Elke werking apart',
  thresholds: 'Drempels',
  thresholdsHelp: 'Pas een drempel aan en bevestig met Enter of Tab; de lijst volgt. Aandelen in procent.',
  resetThresholds: 'Standaarddrempels',
  thresholdLabel: {
    groupShare: 'Groep telt mee vanaf (% van de bevolking)',
    representation: 'Vertegenwoordigingsindex onder',
    concentration: 'Aandeel top-20% vanaf (%)',
    representativeness: 'Representativiteit onder',
    mixing: 'Mengverhouding onder',
    newcomers: 'Nieuwkomers 3 maanden op rij onder (%)'
  } as Record<keyof Thresholds, string>,
  countsTitle: 'Aantal signalen per soort',
  countAlerts: (n: string) => `${n} ${n === '1' ? 'signaal' : 'signalen'}`,
  countUnassessed: (n: string) => `${n} niet beoordeeld`,
  loading: 'Signalen worden berekend…',
  error: 'De cijfers konden niet worden geladen.',
  listTitle: 'Signalen, ernstigste eerst',
  none: 'Geen signalen bij deze drempels.',
  summary: (n: string, wijken: string, top: string) => `${n} signalen in ${wijken} wijken. Het sterkste: ${top}`,
  summaryNone: (unassessed: string) => `Geen enkel signaal bij deze drempels; ${unassessed} toetsen konden niet beoordeeld worden.`,
  severity: 'Ernst',
  severityLabel: (word: string, value: string) => `ernst: ${word} (${value})`,
  evidence: 'Bekijk de grafiek',
  evidenceLabel: (wijk: string, chart: string) => `Bekijk de grafiek “${chart}” op de wijkpagina van ${wijk}`,
  rule: 'Uitleg',
  ruleLabel: (title: string) => `Uitleg bij het signaal “${title}”`,
  colWijk: 'Wijk',
  colProvider: 'Werking',
  colKind: 'Signaal',
  colDimension: 'Kenmerk',
  colGroup: 'Groep',
  colValue: 'Waarde',
  colThreshold: 'Drempel',
  colSeverity: 'Ernst',
  colReason: 'Waarom niet beoordeeld',
  unassessedTitle: (n: string) => `Niet beoordeeld (${n})`,
  unassessedHelp:
    'Een cijfer dat om privacyredenen niet getoond wordt of dat voor deze periode niet bestaat, geeft nooit een signaal. Deze toetsen zijn dus niet beoordeeld: geen signaal betekent hier niet dat alles goed is.',
  csvNote: 'De CSV bevat de cijfers waarop de signalen steunen (bij nieuwkomers: de drie maandcijfers, oudste eerst).',
  perMonthNote: 'Het nieuwkomerssignaal kijkt naar de drie maanden die eindigen met de laatste maand van de periode.'
};

const en: typeof nl = {
  title: 'Alerts',
  heading: 'Alerts: where is reach narrow?',
  intro:
    'Every wijk and every provider is checked against the five narrow-reach alerts. The most severe come first; each alert leads to the chart on the wijk page that shows its evidence.',
  controls: 'View',
  city: 'City',
  allCities: 'All cities',
  period: 'Period',
  periodKinds: { month: 'One month', quarter: 'Quarter', year: '12 months' },
  end: 'Up to and including',
  provider: 'Provider',
  eachProvider: 'Each provider separately',
  thresholds: 'Thresholds',
  thresholdsHelp: 'Change a threshold and confirm with Enter or Tab; the list follows. Shares in per cent.',
  resetThresholds: 'Default thresholds',
  thresholdLabel: {
    groupShare: 'Group counts from (% of the population)',
    representation: 'Representation index below',
    concentration: 'Top-20% share from (%)',
    representativeness: 'Representativeness below',
    mixing: 'Mixing ratio below',
    newcomers: 'Newcomers 3 months in a row below (%)'
  },
  countsTitle: 'Alerts per kind',
  countAlerts: (n: string) => `${n} ${n === '1' ? 'alert' : 'alerts'}`,
  countUnassessed: (n: string) => `${n} not assessed`,
  loading: 'Computing the alerts…',
  error: 'The figures could not be loaded.',
  listTitle: 'Alerts, most severe first',
  none: 'No alerts at these thresholds.',
  summary: (n: string, wijken: string, top: string) => `${n} alerts in ${wijken} wijken. The strongest: ${top}`,
  summaryNone: (unassessed: string) => `No alert at these thresholds; ${unassessed} checks could not be assessed.`,
  severity: 'Severity',
  severityLabel: (word: string, value: string) => `severity: ${word} (${value})`,
  evidence: 'See the chart',
  evidenceLabel: (wijk: string, chart: string) => `See the chart “${chart}” on the wijk page of ${wijk}`,
  rule: 'Explanation',
  ruleLabel: (title: string) => `Explanation of the alert “${title}”`,
  colWijk: 'Wijk',
  colProvider: 'Provider',
  colKind: 'Alert',
  colDimension: 'Characteristic',
  colGroup: 'Group',
  colValue: 'Value',
  colThreshold: 'Threshold',
  colSeverity: 'Severity',
  colReason: 'Why not assessed',
  unassessedTitle: (n: string) => `Not assessed (${n})`,
  unassessedHelp:
    'A figure that is hidden for privacy or does not exist for this period never raises an alert. These checks were therefore not assessed: no alert here does not mean all is well.',
  csvNote: 'The CSV holds the figures the alerts rest on (for newcomers: the three monthly figures, oldest first).',
  perMonthNote: 'The newcomer alert looks at the three months ending with the last month of the period.'
};

export const SIGNALS_PAGE = { nl, en };
