/**
 * Texts of the wijk page (/wijk/) and its reach section, in Dutch (the default) and
 * English. Plain strings, or functions of values the caller has already formatted
 * (formatFigure, formatMonth, groupName...), so numbers follow the locale.
 */
import type { Locale } from './messages';

const nl = {
  pageTitle: (wijk: string) => `${wijk} – Wijkweefsel`,
  pageTitleNone: 'Wijk kiezen – Wijkweefsel',
  heading: (wijk: string, city: string) => `${wijk}, ${city}`,
  headingNone: 'Kies een wijk',
  lead: (period: string, provider: string) => `Cijfers over ${period}, ${provider}.`,
  loading: 'Cijfers laden…',
  loadError: (msg: string) => `De cijfers konden niet geladen worden: ${msg}`,
  back: 'Terug naar het overzicht',
  controls: 'Weergave',
  wijk: 'Wijk',
  noWijk: '— kies een wijk —',
  period: 'Periode',
  periodKinds: { month: 'Eén maand', quarter: 'Kwartaal', year: '12 maanden' } as Record<string, string>,
  end: 'Tot en met',
  provider: 'Werking',
  dimension: 'Kenmerk',
  toc: 'Op deze pagina',
  sections: {
    reach: 'Bereik',
    bonding: 'Binding en overbrugging',
    overlap: 'Overlap buurtwerk en GGW',
    selforg: 'Zelforganisatie',
    signals: 'Signalen'
  } as Record<string, string>,
  pending: 'Dit onderdeel volgt nog.',
  pickIntro: 'Kies een wijk om haar bereik en samenhang te bekijken.',
  pickCity: (city: string) => `Wijken van ${city}`,
  periodText: (kind: string, from: string, to: string) =>
    kind === 'month' ? to : `${from} tot en met ${to}`,

  // reach section
  reachHeading: 'Bereik',
  reachIntro:
    'Hoeveel bewoners van deze wijk namen deel, hoe verhoudt dat zich tot de bevolking, en komen steeds dezelfde mensen of ook nieuwe?',
  statParticipants: 'Deelnemers (bewoners)',
  statReach: 'Bereik per 1.000 inwoners',
  statCity: (v: string) => `stad: ${v}`,
  monthCol: 'Maand',
  wijkLine: (wijk: string) => `${wijk}`,
  cityLine: (city: string) => `${city} (hele stad)`,
  solidCircles: 'volle lijn met bolletjes',
  dashedSquares: 'stippellijn met vierkantjes',
  trendTitle: 'Bereik per maand, laatste 12 maanden',
  trendY: 'per 1.000 inwoners',
  trendSummary: (wijk: string, month: string, v: string, city: string, cv: string, firstMonth: string, fv: string) =>
    `In ${month} bereikte de werking in ${wijk} ${v} per 1.000 inwoners (${city}: ${cv}); in ${firstMonth} was dat ${fv}.`,
  trendSummaryShort: (wijk: string, month: string, v: string, city: string, cv: string) =>
    `In ${month} bereikte de werking in ${wijk} ${v} per 1.000 inwoners (${city}: ${cv}).`,
  trendNone: (wijk: string) => `Er is geen maandcijfer van het bereik in ${wijk} te tonen.`,
  trendGaps: (n: number) =>
    `${n} ${n === 1 ? 'maand wordt' : 'maanden worden'} niet getoond (privacy of niet beschikbaar): de lijn heeft daar een onderbreking, gemarkeerd met ×.`,
  pointLabel: (line: string, month: string, v: string) => `${line}, ${month}: ${v}`,
  gapLabel: (line: string, month: string, v: string) => `${line}, ${month}: ${v}`,

  reprTitle: (dim: string) => `Vertegenwoordiging naar ${dim} tegenover de bevolking`,
  reprHelp:
    'Een balk naar rechts: de groep is sterker vertegenwoordigd dan in de bevolking van de wijk; naar links: zwakker. 1 = zoals in de bevolking, 0,5 = half zo sterk, 2 = dubbel zo sterk (logaritmische schaal).',
  reprUnder: 'Naar links, gearceerd: minder dan in de bevolking',
  reprOver: 'Naar rechts, vol: meer dan in de bevolking',
  reprSummary: (wijk: string, dim: string, low: string, lowV: string, high: string, highV: string) =>
    `In ${wijk} is ${low} het zwakst vertegenwoordigd naar ${dim} (index ${lowV}), ${high} het sterkst (${highV}).`,
  reprBelow: (groups: string) => ` Onder de helft van het aandeel in de bevolking: ${groups}.`,
  reprHidden: (n: number) => ` ${n} ${n === 1 ? 'groep wordt' : 'groepen worden'} niet getoond.`,
  reprNone: (wijk: string, dim: string) => `Voor ${wijk} is geen vertegenwoordigingsindex naar ${dim} te tonen.`,
  reprBarLabel: (group: string, v: string) => `${group}: vertegenwoordigingsindex ${v}`,
  reprHiddenLabel: (group: string, reason: string) => `${group}: niet getoond. ${reason}`,
  reprClipped: 'buiten de schaal',
  unknownNote: (share: string, dim: string) =>
    `${share} van de deelnemers heeft een onbekende ${dim}; zij tellen niet mee in deze vergelijking.`,
  unknownNoteSmall: (k: string, dim: string) =>
    `Minder dan ${k} deelnemers hebben een onbekende ${dim}; zij tellen niet mee in deze vergelijking.`,
  groupCol: 'Groep',
  popShareCol: 'Aandeel in de bevolking',
  axisOne: 'zoals in de bevolking',

  reprnessTitle: 'Representativiteit per kenmerk',
  reprnessHelp:
    'Representativiteit = 1 − ongelijkheidsindex: 1 als de deelnemers samengesteld zijn zoals de bevolking. Onder 0,6 (stippellijn) geldt als smal bereik.',
  reprnessSummary: (wijk: string, worst: string, v: string, city: string) =>
    `${wijk} is het minst representatief naar ${worst} (${v}; stad: ${city}).`,
  reprnessNone: (wijk: string) => `Voor ${wijk} is geen representativiteit te tonen.`,
  reprnessBelow: (dims: string) => ` Onder de drempel van 0,6: ${dims}.`,
  dotWijk: 'Bolletje: deze wijk',
  dotCity: 'Vierkantje: hele stad',
  dotLabel: (area: string, dim: string, v: string) => `${area}, ${dim}: representativiteit ${v}`,
  threshold: 'drempel 0,6',
  areaCol: 'Gebied',

  lorenzTitle: 'Concentratie: wie neemt hoe vaak deel (Lorenzcurve)',
  lorenzHelp:
    'Van links naar rechts de deelnemers, wie het minst deelnam eerst; de curve toont hun aandeel in alle deelnames. Hoe verder de curve onder de diagonaal (iedereen even vaak) hangt, hoe meer de deelnames bij een kleine kern liggen.',
  lorenzX: 'aandeel van de deelnemers (minst actieven eerst)',
  lorenzY: 'aandeel van de deelnames',
  lorenzEqual: 'Stippellijn: iedereen neemt even vaak deel',
  lorenzCurve: 'Volle lijn: deze wijk',
  lorenzTop: (v: string) => `top-20%: ${v}`,
  lorenzSummary: (wijk: string, top: string, gini: string, half: string) =>
    `In ${wijk} zijn de 20% meest actieve deelnemers goed voor ${top} van alle deelnames; de minst actieve helft voor ${half}. Gini-coëfficiënt: ${gini}.`,
  lorenzSummaryNoCurve: (wijk: string, top: string, gini: string) =>
    `In ${wijk} zijn de 20% meest actieve deelnemers goed voor ${top} van alle deelnames. Gini-coëfficiënt: ${gini}.`,
  lorenzHidden: (reason: string, k: string) =>
    `De curve zelf wordt niet getekend. ${reason} Elk tiende van de deelnemers moet op minstens ${k} personen berusten.`,
  lorenzNone: (wijk: string, reason: string) => `Het aandeel van de top-20% in ${wijk} wordt niet getoond. ${reason}`,
  lorenzPoint: (p: string, v: string) => `De minst actieve ${p} van de deelnemers: ${v} van de deelnames`,
  decileCol: 'Minst actieve deelnemers',
  shareCol: 'Aandeel in de deelnames',

  newcomersTitle: 'Nieuwkomers en behoud per maand',
  newcomersY: 'aandeel',
  newPeriod: (wijk: string, v: string) => `In de gekozen periode was ${v} van de deelnemers uit ${wijk} nieuw.`,
  newPeriodHidden: (wijk: string) => `Het aandeel nieuwkomers van ${wijk} in de gekozen periode wordt niet getoond.`,
  retPeriod: (v: string) => ` Van wie in de periode ervoor deelnam, kwam ${v} terug.`,
  retPeriodHidden: ' Het behoud wordt niet getoond.',
  lastNew: (v: string) => `${v} nieuw`,
  lastRet: (v: string) => `${v} behouden`,
  lastMonth: (month: string, parts: string) => ` In ${month}: ${parts}.`,
  newcomerLine: 'Aandeel nieuwkomers',
  retentionLine: 'Behoud (deelnemers van vorige maand die terugkwamen)',

  domainsTitle: 'Breedte: in hoeveel domeinen nemen deelnemers deel',
  domainsSummary: (wijk: string, dpp: string, multi: string, city: string, cdpp: string, cmulti: string) =>
    `Een deelnemer uit ${wijk} nam gemiddeld deel in ${dpp} domeinen; ${multi} in twee of meer (${city}: ${cdpp} en ${cmulti}).`,
  domainsSummaryHidden: (wijk: string, dpp: string, multi: string, city: string, cdpp: string, cmulti: string) =>
    `${wijk}: domeinen per deelnemer ${dpp}, aandeel in twee of meer domeinen ${multi} (${city}: ${cdpp} en ${cmulti}).`
};

type Texts = typeof nl;

const en: Texts = {
  pageTitle: (wijk) => `${wijk} – Wijkweefsel`,
  pageTitleNone: 'Choose a wijk – Wijkweefsel',
  heading: (wijk, city) => `${wijk}, ${city}`,
  headingNone: 'Choose a wijk',
  lead: (period, provider) => `Figures for ${period}, ${provider}.`,
  loading: 'Loading figures…',
  loadError: (msg) => `The figures could not be loaded: ${msg}`,
  back: 'Back to the overview',
  controls: 'View',
  wijk: 'Wijk',
  noWijk: '— choose a wijk —',
  period: 'Period',
  periodKinds: { month: 'One month', quarter: 'Quarter', year: '12 months' },
  end: 'Up to and including',
  provider: 'Provider',
  dimension: 'Characteristic',
  toc: 'On this page',
  sections: {
    reach: 'Reach',
    bonding: 'Bonding and bridging',
    overlap: 'Overlap of buurtwerk and GGW',
    selforg: 'Self-organisation',
    signals: 'Signals'
  },
  pending: 'This part is still to come.',
  pickIntro: 'Choose a wijk to see its reach and cohesion.',
  pickCity: (city) => `Wijken of ${city}`,
  periodText: (kind, from, to) => (kind === 'month' ? to : `${from} to ${to}`),

  reachHeading: 'Reach',
  reachIntro:
    'How many residents of this wijk took part, how does that compare with the population, and do the same people keep coming or new ones too?',
  statParticipants: 'Participants (residents)',
  statReach: 'Reach per 1,000 residents',
  statCity: (v) => `city: ${v}`,
  monthCol: 'Month',
  wijkLine: (wijk) => `${wijk}`,
  cityLine: (city) => `${city} (whole city)`,
  solidCircles: 'solid line with circles',
  dashedSquares: 'dashed line with squares',
  trendTitle: 'Reach per month, last 12 months',
  trendY: 'per 1,000 residents',
  trendSummary: (wijk, month, v, city, cv, firstMonth, fv) =>
    `In ${month} the work reached ${v} per 1,000 residents in ${wijk} (${city}: ${cv}); in ${firstMonth} it was ${fv}.`,
  trendSummaryShort: (wijk, month, v, city, cv) => `In ${month} the work reached ${v} per 1,000 residents in ${wijk} (${city}: ${cv}).`,
  trendNone: (wijk) => `There is no monthly reach figure to show for ${wijk}.`,
  trendGaps: (n) =>
    `${n} ${n === 1 ? 'month is' : 'months are'} not shown (privacy or not available): the line breaks there, marked with ×.`,
  pointLabel: (line, month, v) => `${line}, ${month}: ${v}`,
  gapLabel: (line, month, v) => `${line}, ${month}: ${v}`,

  reprTitle: (dim) => `Representation by ${dim} against the population`,
  reprHelp:
    'A bar to the right: the group is more present than in the wijk’s population; to the left: less. 1 = as in the population, 0.5 = half as present, 2 = twice as present (log scale).',
  reprUnder: 'To the left, hatched: less than in the population',
  reprOver: 'To the right, solid: more than in the population',
  reprSummary: (wijk, dim, low, lowV, high, highV) =>
    `In ${wijk}, ${low} is the least represented group by ${dim} (index ${lowV}), ${high} the most (${highV}).`,
  reprBelow: (groups) => ` Below half their share of the population: ${groups}.`,
  reprHidden: (n) => ` ${n} ${n === 1 ? 'group is' : 'groups are'} not shown.`,
  reprNone: (wijk, dim) => `No representation index by ${dim} can be shown for ${wijk}.`,
  reprBarLabel: (group, v) => `${group}: representation index ${v}`,
  reprHiddenLabel: (group, reason) => `${group}: not shown. ${reason}`,
  reprClipped: 'beyond the scale',
  unknownNote: (share, dim) => `${share} of the participants have an unknown ${dim}; they are left out of this comparison.`,
  unknownNoteSmall: (k, dim) => `Fewer than ${k} participants have an unknown ${dim}; they are left out of this comparison.`,
  groupCol: 'Group',
  popShareCol: 'Share of the population',
  axisOne: 'as in the population',

  reprnessTitle: 'Representativeness by characteristic',
  reprnessHelp:
    'Representativeness = 1 − dissimilarity index: 1 when the participants are composed like the population. Below 0.6 (dotted line) counts as narrow reach.',
  reprnessSummary: (wijk, worst, v, city) => `${wijk} is least representative by ${worst} (${v}; city: ${city}).`,
  reprnessNone: (wijk) => `No representativeness can be shown for ${wijk}.`,
  reprnessBelow: (dims) => ` Below the threshold of 0.6: ${dims}.`,
  dotWijk: 'Circle: this wijk',
  dotCity: 'Square: whole city',
  dotLabel: (area, dim, v) => `${area}, ${dim}: representativeness ${v}`,
  threshold: 'threshold 0.6',
  areaCol: 'Area',

  lorenzTitle: 'Concentration: who takes part how often (Lorenz curve)',
  lorenzHelp:
    'From left to right the participants, least active first; the curve shows their share of all participations. The further the curve sags below the diagonal (everyone equally often), the more participation rests on a small core.',
  lorenzX: 'share of participants (least active first)',
  lorenzY: 'share of participations',
  lorenzEqual: 'Dashed line: everyone takes part equally often',
  lorenzCurve: 'Solid line: this wijk',
  lorenzTop: (v) => `top 20%: ${v}`,
  lorenzSummary: (wijk, top, gini, half) =>
    `In ${wijk} the 20% most active participants account for ${top} of all participations; the least active half for ${half}. Gini coefficient: ${gini}.`,
  lorenzSummaryNoCurve: (wijk, top, gini) =>
    `In ${wijk} the 20% most active participants account for ${top} of all participations. Gini coefficient: ${gini}.`,
  lorenzHidden: (reason, k) => `The curve itself is not drawn. ${reason} Each tenth of the participants must rest on at least ${k} persons.`,
  lorenzNone: (wijk, reason) => `The top-20% share of ${wijk} is not shown. ${reason}`,
  lorenzPoint: (p, v) => `The least active ${p} of participants: ${v} of participations`,
  decileCol: 'Least active participants',
  shareCol: 'Share of participations',

  newcomersTitle: 'Newcomers and retention per month',
  newcomersY: 'share',
  newPeriod: (wijk, v) => `In the chosen period ${v} of the participants from ${wijk} were new.`,
  newPeriodHidden: (wijk) => `The newcomer share of ${wijk} in the chosen period is not shown.`,
  retPeriod: (v) => ` Of those who took part in the period before, ${v} came back.`,
  retPeriodHidden: ' Retention is not shown.',
  lastNew: (v) => `${v} new`,
  lastRet: (v) => `${v} retained`,
  lastMonth: (month, parts) => ` In ${month}: ${parts}.`,
  newcomerLine: 'Newcomer share',
  retentionLine: 'Retention (participants of the previous month who came back)',

  domainsTitle: 'Breadth: in how many domains participants take part',
  domainsSummary: (wijk, dpp, multi, city, cdpp, cmulti) =>
    `A participant from ${wijk} took part in ${dpp} domains on average; ${multi} in two or more (${city}: ${cdpp} and ${cmulti}).`,
  domainsSummaryHidden: (wijk, dpp, multi, city, cdpp, cmulti) =>
    `${wijk}: domains per participant ${dpp}, share in two or more domains ${multi} (${city}: ${cdpp} and ${cmulti}).`
};

export const WIJK_PAGE: Record<Locale, Texts> = { nl, en };
