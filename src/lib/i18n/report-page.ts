/**
 * The monthly report's texts: headings, the change beside each figure (arrow + signed
 * text, never colour alone) and the highlights as sentences made from the numbers.
 */
import type { Change, Comparison, Highlight, ReportMetric } from '../report/report';
import { MIN_PERSONS, MIN_RELATIVE } from '../report/report';
import { formatMonth, formatNumber } from './format';
import { INTL_LOCALE, type Locale } from './messages';
import { dimensionName, formatValue } from './metrics';
import { alertSentence } from './signals-page';

export const ARROW = { up: '▲', down: '▼', same: '=' } as const;

/** A change as written in a cell: arrow, signed amount in its unit, and a full sentence for screen readers. */
export function changeText(locale: Locale, c: Change, sinceMonth: string): { arrow: string; text: string; label: string } {
  const nl = locale === 'nl';
  const month = formatMonth(locale, sinceMonth, 'long');
  if (!c.available) {
    return { arrow: '', text: nl ? 'n.b.' : 'n/a', label: nl ? `verandering sinds ${month} niet te berekenen` : `change since ${month} cannot be computed` };
  }
  const sign = c.direction === 'same' ? '' : c.amount > 0 ? '+' : '−';
  // "same" means the change rounds to zero as written: show that zero, not a tiny remainder
  const abs = c.direction === 'same' ? 0 : Math.abs(c.amount);
  const amount =
    c.unit === 'relative'
      ? `${formatNumber(locale, abs * 100, 0)}%`
      : c.unit === 'points'
        ? `${formatNumber(locale, abs * 100, 1)} ${nl ? 'ptn' : 'pts'}`
        : formatNumber(locale, abs, 2);
  const text = `${sign}${amount}`;
  const how =
    c.direction === 'same'
      ? nl ? `gelijk aan ${month}` : `the same as in ${month}`
      : nl
        ? `${amount} ${c.direction === 'up' ? 'hoger' : 'lager'} dan in ${month}`
        : `${amount} ${c.direction === 'up' ? 'higher' : 'lower'} than in ${month}`;
  return { arrow: ARROW[c.direction], text, label: how };
}

/** What a figure is called in a highlight sentence. */
function subject(locale: Locale, metric: ReportMetric, dimension: string): string {
  const dim = dimensionName(locale, dimension);
  const nl: Record<ReportMetric, string> = {
    participants: 'het aantal deelnemers',
    reach_rate: 'het bereik per 1.000 inwoners',
    newcomer_share: 'het aandeel nieuwkomers',
    representativeness: `de representativiteit naar ${dim}`,
    mixing_ratio: `de mengverhouding naar ${dim}`,
    ggw_via_bw: 'het deel van het GGW-publiek dat ook buurtwerk bereikt'
  };
  const en: Record<ReportMetric, string> = {
    participants: 'the number of participants',
    reach_rate: 'reach per 1,000 residents',
    newcomer_share: 'the newcomer share',
    representativeness: `representativeness by ${dim}`,
    mixing_ratio: `the mixing ratio by ${dim}`,
    ggw_via_bw: 'the share of GGW’s public that buurtwerk also reaches'
  };
  return (locale === 'nl' ? nl : en)[metric];
}

export interface HighlightContext {
  month: string;
  previous: string;
  yearAgo: string;
  dimension: string;
}

/** One highlight as a sentence. */
export function highlightSentence(locale: Locale, h: Highlight, ctx: HighlightContext): string {
  const nl = locale === 'nl';
  const thenOf = (c: Comparison) => formatMonth(locale, c === 'previous' ? ctx.previous : ctx.yearAgo, 'long');
  switch (h.kind) {
    case 'city': {
      const n = formatValue(locale, 'participants', h.cell.row!.value!);
      const parts: string[] = [];
      for (const [c, comp] of [[h.cell.sincePrevious, 'previous'], [h.cell.sinceYearAgo, 'yearAgo']] as const) {
        if (!c.available) continue;
        const then = thenOf(comp);
        if (c.direction === 'same') parts.push(nl ? `evenveel als in ${then}` : `as many as in ${then}`);
        else {
          const pct = `${formatNumber(locale, Math.abs(c.amount) * 100, 0)}%`;
          parts.push(nl ? `${pct} ${c.direction === 'up' ? 'meer' : 'minder'} dan in ${then}` : `${pct} ${c.direction === 'up' ? 'more' : 'fewer'} than in ${then}`);
        }
      }
      const month = formatMonth(locale, ctx.month, 'long');
      const tail = parts.length ? `, ${parts.join(nl ? ' en ' : ' and ')}` : '';
      return nl ? `${h.wijk_name}: ${n} deelnemers in ${month}${tail}.` : `${h.wijk_name}: ${n} participants in ${month}${tail}.`;
    }
    case 'change': {
      const c = h.change;
      const v = (x: number) => formatValue(locale, h.metric, x);
      const rel = `${c.relative! > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(c.relative!) * 100, 0)}%`;
      const verb = nl ? (c.delta > 0 ? 'steeg' : 'daalde') : c.delta > 0 ? 'rose' : 'fell';
      const s = subject(locale, h.metric, ctx.dimension);
      return nl
        ? `${h.wijk_name}: ${s} ${verb} van ${v(c.before)} in ${thenOf(h.comparison)} naar ${v(c.now)} (${rel}).`
        : `${h.wijk_name}: ${s} ${verb} from ${v(c.before)} in ${thenOf(h.comparison)} to ${v(c.now)} (${rel}).`;
    }
    case 'alert':
      return `${nl ? 'Signaal' : 'Alert'}: ${alertSentence(locale, h.alert, h.wijk_name)}`;
    case 'more-alerts':
      return nl
        ? `En nog ${formatNumber(locale, h.count)} ${h.count === 1 ? 'ander signaal' : 'andere signalen'} deze maand (zie Signalen).`
        : `And ${formatNumber(locale, h.count)} more ${h.count === 1 ? 'alert' : 'alerts'} this month (see Alerts).`;
  }
}

const pct = (locale: Locale, x: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(x);

const nl = {
  title: (city: string, month: string) => `Maandrapport ${city}, ${month}`,
  intro: 'Kerncijfers per wijk voor alle werkingen samen (buurtwerk en gebiedsgerichte werking), met de verandering sinds vorige maand en sinds dezelfde maand een jaar eerder.',
  controls: 'Weergave',
  city: 'Stad',
  month: 'Maand',
  dimension: 'Kenmerk voor representativiteit en mengverhouding',
  print: 'Afdrukken',
  loading: 'Het rapport wordt opgemaakt…',
  error: 'De cijfers konden niet worden geladen.',
  highlightsTitle: 'In het kort',
  nothingElse: `Verder geen opvallende veranderingen (opvallend: minstens ${formatNumber('nl', MIN_PERSONS)} personen in beide maanden en minstens ${pct('nl', MIN_RELATIVE)} verschil).`,
  tableTitle: 'Kerncijfers per wijk',
  tableCaption: (month: string) => `Kerncijfers per wijk, ${month}, alle werkingen`,
  colWijk: 'Wijk',
  colFigure: 'Cijfer',
  colValue: 'Waarde',
  colSince: (month: string) => `Sinds ${month}`,
  heads: {
    participants: 'Deelnemers',
    reach_rate: 'Bereik per 1.000',
    newcomer_share: 'Nieuwkomers',
    representativeness: (dim: string) => `Representativiteit (${dim})`,
    mixing_ratio: (dim: string) => `Mengverhouding (${dim})`,
    ggw_via_bw: 'GGW via buurtwerk'
  },
  legend: (prev: string, year: string) =>
    `Onder elk cijfer: eerst de verandering sinds ${prev}, dan sinds ${year}. ▲ hoger, ▼ lager, = gelijk. Aantallen en bereik in %, aandelen in procentpunten (ptn), indexen als verschil. n.b.: niet te berekenen, omdat een van beide cijfers ontbreekt of om privacyredenen niet getoond wordt.`,
  cityRow: (city: string) => `${city} (hele stad)`,
  summary: (month: string, city: string, n: string, best: string, bestRate: string) =>
    `In ${month} namen ${n} inwoners van ${city} deel aan buurtwerk of gebiedsgerichte werking; het hoogste bereik had ${best} (${bestRate} per 1.000 inwoners).`,
  summaryNoRate: (month: string, city: string, n: string) => `In ${month} namen ${n} inwoners van ${city} deel aan buurtwerk of gebiedsgerichte werking.`,
  summaryNone: (month: string, city: string) => `Voor ${city} zijn er in ${month} geen getoonde deelnemerscijfers.`,
  footer: (k: string) =>
    `Bron: Wijkweefsel. Alle cijfers na privacybescherming: aantallen onder ${k} personen worden niet getoond, en een verandering wordt nooit berekend uit een afgeschermd cijfer. Signalen: zie de pagina Signalen voor de drempels.`,
  signalsLink: 'Alle signalen van deze maand'
};

const en: typeof nl = {
  title: (city: string, month: string) => `Monthly report ${city}, ${month}`,
  intro: 'Key figures per wijk for all providers together (buurtwerk and area-based work), with the change since the previous month and since the same month a year earlier.',
  controls: 'View',
  city: 'City',
  month: 'Month',
  dimension: 'Characteristic for representativeness and mixing ratio',
  print: 'Print',
  loading: 'Preparing the report…',
  error: 'The figures could not be loaded.',
  highlightsTitle: 'In brief',
  nothingElse: `No other notable changes (notable: at least ${formatNumber('en', MIN_PERSONS)} persons in both months and a difference of at least ${pct('en', MIN_RELATIVE)}).`,
  tableTitle: 'Key figures per wijk',
  tableCaption: (month: string) => `Key figures per wijk, ${month}, all providers`,
  colWijk: 'Wijk',
  colFigure: 'Figure',
  colValue: 'Value',
  colSince: (month: string) => `Since ${month}`,
  heads: {
    participants: 'Participants',
    reach_rate: 'Reach per 1,000',
    newcomer_share: 'Newcomers',
    representativeness: (dim: string) => `Representativeness (${dim})`,
    mixing_ratio: (dim: string) => `Mixing ratio (${dim})`,
    ggw_via_bw: 'GGW via buurtwerk'
  },
  legend: (prev: string, year: string) =>
    `Under each figure: first the change since ${prev}, then since ${year}. ▲ higher, ▼ lower, = the same. Counts and reach in %, shares in percentage points (pts), indices as a difference. n/a: cannot be computed, because one of the two figures is missing or hidden for privacy.`,
  cityRow: (city: string) => `${city} (whole city)`,
  summary: (month: string, city: string, n: string, best: string, bestRate: string) =>
    `In ${month}, ${n} residents of ${city} took part in buurtwerk or area-based work; ${best} had the highest reach (${bestRate} per 1,000 residents).`,
  summaryNoRate: (month: string, city: string, n: string) => `In ${month}, ${n} residents of ${city} took part in buurtwerk or area-based work.`,
  summaryNone: (month: string, city: string) => `There are no participant figures shown for ${city} in ${month}.`,
  footer: (k: string) =>
    `Source: Wijkweefsel. All figures after privacy protection: counts below ${k} persons are not shown, and a change is never computed from a hidden figure. Alerts: see the Alerts page for the thresholds.`,
  signalsLink: 'All alerts of this month'
};

export const REPORT_PAGE = { nl, en };
