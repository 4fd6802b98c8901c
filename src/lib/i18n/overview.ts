/**
 * The Overzicht page's texts in Dutch and English. Numbers arrive already formatted
 * (formatValue / formatFigure), so these only put words around them.
 */
import type { PeriodKind } from '../cube/scopes';
import type { Locale } from './messages';

const nl = {
  title: 'Overzicht van de wijken',
  intro:
    'Kies een stad, een periode en een werking. De kaart kleurt de wijken naar het gekozen cijfer; de tabel ernaast zet ze op een rij, met het cijfer van de stad als geheel. Kies twee wijken om ze naast elkaar te zetten.',
  controls: 'Wat de kaart en de tabel tonen',
  mapHeading: 'Kaart',
  rankHeading: 'Rangschikking',
  city: 'Stad',
  period: 'Soort periode',
  kinds: { month: 'maand', quarter: 'kwartaal', year: 'voortschrijdend jaar' } as Record<PeriodKind, string>,
  end: 'Periode',
  provider: 'Werking',
  figure: 'Cijfer op de kaart',
  dimension: 'Kenmerk',
  quarter: (q: number, year: number) => `${q}e kw. ${year}`,
  range: (from: string, to: string) => `${from} – ${to}`,
  periodText: (kind: PeriodKind, label: string) => (kind === 'month' ? label : kind === 'quarter' ? `het ${label}` : `de 12 maanden ${label}`),
  loading: 'Cijfers laden…',
  failed: (m: string) => `De cijfers konden niet worden geladen: ${m}`,
  mapTitle: (figure: string, city: string) => `${capital(figure)} per wijk in ${city}`,
  mapSummary: (top: string, bottom: string, city: string, hidden: string) => `${top}${bottom ? `, ${bottom}` : ''}; de stad als geheel ${city}.${hidden ? ` ${hidden}` : ''}`,
  highest: (figureHigh: string, wijk: string, v: string) => `${wijk} heeft ${figureHigh} (${v})`,
  lowest: (wijk: string, v: string) => `${wijk} het laagste (${v})`,
  hiddenCount: (n: number) => (n === 1 ? '1 wijk niet getoond (gearceerd).' : `${n} wijken niet getoond (gearceerd).`),
  noneShown: (city: string) => `Voor geen enkele wijk van ${city} is dit cijfer te tonen in deze periode.`,
  periodNote: (period: string, provider: string) => `Periode: ${period}; ${provider}.`,
  mapLabel: (figure: string) => `Kaart: ${figure} per wijk. Kies een wijk met Enter of een klik.`,
  legend: 'Legenda',
  below: (x: string) => `minder dan ${x}`,
  between: (a: string, b: string) => `${a} tot ${b}`,
  above: (x: string) => `${x} of meer`,
  wijkCount: (n: number) => (n === 1 ? '1 wijk' : `${n} wijken`),
  hatched: 'gearceerd: niet getoond (te weinig personen, privacy) of niet beschikbaar',
  mixingBands: ['groepen blijven sterk onder elkaar', 'minder menging dan bij toeval', 'ongeveer als bij toeval', 'meer menging dan bij toeval', 'veel meer menging dan bij toeval'],
  selectedA: 'eerste gekozen wijk: volle rand, A',
  selectedB: 'tweede gekozen wijk: gestreepte rand, B',
  noMap: (city: string) => `Geen kaart voor ${city}: de wijkgrenzen ontbreken. De tabel toont alle wijken.`,
  colWijk: 'Wijk',
  colValue: 'Waarde',
  colClass: 'Klasse',
  colRank: 'Rang',
  colBasis: (basis: string) => `Berust op (${basis})`,
  colTrend: 'Per maand (12 maanden)',
  sortBy: (col: string) => `Sorteer op ${col}`,
  rankingTitle: (figure: string, city: string) => `Wijken van ${city} gerangschikt op ${figure}`,
  rankingSummary: (above: number, shown: number, city: string) =>
    `${above} van de ${shown} wijken met een getoond cijfer liggen boven het cijfer van ${city} als geheel.`,
  cityRow: 'stad (gemiddelde)',
  cityRowNote:
    'Het stadscijfer is het cijfer van de stad als geheel (alle deelnemers tegenover alle inwoners), niet het gemiddelde van de wijken. Deelnemers van wie de woonwijk niet te lokaliseren is, tellen mee in de stad maar in geen enkele wijk.',
  openWijk: (wijk: string) => `Open de wijkpagina van ${wijk}`,
  sparkTable: 'Toon per maand als tabel',
  sparkCaption: (figure: string) => `${capital(figure)} per maand`,
  sparkAlt: (figure: string, from: string, to: string, first: string, last: string, min: string, max: string, gaps: number) =>
    `${capital(figure)} per maand, ${from} – ${to}: eerst ${first}, laatst ${last}; laagste ${min}, hoogste ${max}.${gaps ? ` ${gaps === 1 ? '1 maand' : `${gaps} maanden`} zonder getoond cijfer.` : ''}`,
  sparkNone: (figure: string) => `${capital(figure)} per maand: geen getoond cijfer in deze 12 maanden.`,
  month: 'Maand',
  compareTitle: 'Twee wijken naast elkaar',
  compareHint: 'Kies hier twee wijken, of klik (of druk Enter) op een wijk op de kaart: de eerste klik kiest de eerste wijk, de volgende de tweede; nog eens klikken zet een wijk terug.',
  wijkA: 'Eerste wijk (A)',
  wijkB: 'Vergelijk met (B)',
  noWijk: '— geen —',
  compareEmpty: 'Nog geen wijk gekozen.',
  compareChart: (names: string) => `Kerncijfers: ${names}`,
  compareTable: 'Kerncijfers naast elkaar',
  compareSummary: (parts: string[], figure: string) => `${capital(figure)}: ${parts.join(', ')}.`,
  colFigure: 'Cijfer',
  perDimension: (dim: string) => `naar ${dim}`,
  notShownNote: 'Een cijfer dat niet getoond wordt (“<5”, “niet getoond”, “n.b.”) krijgt geen staaf.',
  ratioNote: 'De verticale lijn bij de mengverhouding staat op 1: mengen zoals bij toeval.',
  cityColumn: (city: string) => `${city} (stad)`
};

type Texts = typeof nl;

const en: Texts = {
  title: 'Overview of the wijken',
  intro:
    'Choose a city, a period and a provider. The map colours the wijken by the chosen figure; the table beside it ranks them, with the figure of the city as a whole. Choose two wijken to put them side by side.',
  controls: 'What the map and the table show',
  mapHeading: 'Map',
  rankHeading: 'Ranking',
  city: 'City',
  period: 'Kind of period',
  kinds: { month: 'month', quarter: 'quarter', year: 'rolling year' },
  end: 'Period',
  provider: 'Provider',
  figure: 'Figure on the map',
  dimension: 'Characteristic',
  quarter: (q, year) => `Q${q} ${year}`,
  range: (from, to) => `${from} – ${to}`,
  periodText: (kind, label) => (kind === 'month' ? label : kind === 'quarter' ? label : `the 12 months ${label}`),
  loading: 'Loading figures…',
  failed: (m) => `The figures could not be loaded: ${m}`,
  mapTitle: (figure, city) => `${capital(figure)} by wijk in ${city}`,
  mapSummary: (top, bottom, city, hidden) => `${top}${bottom ? `, ${bottom}` : ''}; the city as a whole ${city}.${hidden ? ` ${hidden}` : ''}`,
  highest: (figureHigh, wijk, v) => `${wijk} has ${figureHigh} (${v})`,
  lowest: (wijk, v) => `${wijk} the lowest (${v})`,
  hiddenCount: (n) => (n === 1 ? '1 wijk not shown (hatched).' : `${n} wijken not shown (hatched).`),
  noneShown: (city) => `This figure cannot be shown for any wijk of ${city} in this period.`,
  periodNote: (period, provider) => `Period: ${period}; ${provider}.`,
  mapLabel: (figure) => `Map: ${figure} by wijk. Choose a wijk with Enter or a click.`,
  legend: 'Legend',
  below: (x) => `below ${x}`,
  between: (a, b) => `${a} to ${b}`,
  above: (x) => `${x} or more`,
  wijkCount: (n) => (n === 1 ? '1 wijk' : `${n} wijken`),
  hatched: 'hatched: not shown (too few persons, privacy) or not available',
  mixingBands: ['groups keep strongly to themselves', 'less mixing than chance', 'about as chance', 'more mixing than chance', 'much more mixing than chance'],
  selectedA: 'first chosen wijk: solid outline, A',
  selectedB: 'second chosen wijk: dashed outline, B',
  noMap: (city) => `No map for ${city}: the wijk boundaries are missing. The table shows every wijk.`,
  colWijk: 'Wijk',
  colValue: 'Value',
  colClass: 'Class',
  colRank: 'Rank',
  colBasis: (basis) => `Rests on (${basis})`,
  colTrend: 'By month (12 months)',
  sortBy: (col) => `Sort by ${col}`,
  rankingTitle: (figure, city) => `Wijken of ${city} ranked by ${figure}`,
  rankingSummary: (above, shown, city) => `${above} of the ${shown} wijken with a shown figure lie above the figure of ${city} as a whole.`,
  cityRow: 'city (average)',
  cityRowNote:
    'The city figure is the figure of the city as a whole (all participants against all residents), not the mean of the wijken. Participants whose home wijk cannot be located count in the city but in no wijk.',
  openWijk: (wijk) => `Open the wijk page of ${wijk}`,
  sparkTable: 'Show by month as a table',
  sparkCaption: (figure) => `${capital(figure)} by month`,
  sparkAlt: (figure, from, to, first, last, min, max, gaps) =>
    `${capital(figure)} by month, ${from} – ${to}: first ${first}, last ${last}; lowest ${min}, highest ${max}.${gaps ? ` ${gaps === 1 ? '1 month' : `${gaps} months`} without a shown figure.` : ''}`,
  sparkNone: (figure) => `${capital(figure)} by month: no shown figure in these 12 months.`,
  month: 'Month',
  compareTitle: 'Two wijken side by side',
  compareHint: 'Choose two wijken here, or click (or press Enter on) a wijk on the map: the first click chooses the first wijk, the next the second; clicking again puts a wijk back.',
  wijkA: 'First wijk (A)',
  wijkB: 'Compare with (B)',
  noWijk: '— none —',
  compareEmpty: 'No wijk chosen yet.',
  compareChart: (names) => `Key figures: ${names}`,
  compareTable: 'Key figures side by side',
  compareSummary: (parts, figure) => `${capital(figure)}: ${parts.join(', ')}.`,
  colFigure: 'Figure',
  perDimension: (dim) => `by ${dim}`,
  notShownNote: 'A figure that is not shown (“<5”, “not shown”, “n/a”) gets no bar.',
  ratioNote: 'The vertical line at the mixing ratio marks 1: mixing as chance would.',
  cityColumn: (city) => `${city} (city)`
};

/** How the summary says "has the highest <figure>": Dutch needs the article of the noun. */
export const HIGHEST: Record<Locale, Record<string, string>> = {
  nl: {
    reach_rate: 'het hoogste bereik',
    representativeness: 'de hoogste representativiteit',
    mixing_ratio: 'de hoogste mengverhouding',
    ggw_via_bw: 'het hoogste aandeel GGW-deelnemers dat ook buurtwerk bereikt'
  },
  en: {
    reach_rate: 'the highest reach',
    representativeness: 'the highest representativeness',
    mixing_ratio: 'the highest mixing ratio',
    ggw_via_bw: 'the highest share of GGW participants also reached by buurtwerk'
  }
};

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export const OVERVIEW: Record<Locale, Texts> = { nl, en };
