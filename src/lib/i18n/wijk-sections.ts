/**
 * Texts of the wijk page's sections on bonding and bridging, overlap between buurtwerk
 * and GGW, self-organisation and signals, in Dutch (the default) and English. Plain
 * strings, or functions of values already formatted (formatFigure, metricName...).
 */
import type { FigureRow } from '../metrics/types';
import { formatFigure, metricKind } from './metrics';
import type { Locale } from './messages';

type Reading = 'apart' | 'chance' | 'together';

const nl = {
  // shared
  city: (city: string) => `${city} (hele stad)`,
  area: 'Gebied',
  group: 'Groep',
  dimension: 'Kenmerk',
  value: 'Waarde',
  hatched: 'Gearceerd of met stippellijn: niet getoond (privacy) of niet beschikbaar.',
  hiddenBecause: (what: string, reason: string) => `${what}: ${reason}`,
  hiddenCount: 'een niet getoond aantal',
  hiddenShare: 'een niet getoond deel',
  hiddenValue: 'een niet getoonde waarde',
  otherProvider: (figures: string, chosen: string) => `Let op: deze cijfers gelden voor ${figures}, ook nu ${chosen} gekozen is.`,

  // bonding and bridging
  bondingHeading: 'Samenhang: binding en overbrugging',
  bondingIntro:
    'Wie ontmoet wie in de activiteiten die in deze wijk plaatsvinden (ook deelnemers die elders wonen)? Twee deelnemers in dezelfde sessie vormen één ontmoetingspaar. Het werkelijke mengen wordt vergeleken met toevallig mengen van dezelfde deelnemers.',
  mixingTitle: (dim: string) => `Paren tussen groepen (${dim}) tegenover toeval`,
  observedLegend: 'Bolletje: werkelijk aandeel paren tussen groepen',
  expectedLegend: 'Verticale streep: verwacht bij toevallig mengen',
  readings: {
    apart: 'de groepen blijven meer onder elkaar dan bij toeval',
    chance: 'ongeveer zoals bij toeval',
    together: 'de activiteiten brengen groepen meer samen dan toeval'
  } satisfies Record<Reading, string>,
  mixingSummary: (wijk: string, dim: string, share: string, expected: string, ratio: string, reading: string) =>
    `In ${wijk} is ${share} van de ontmoetingsparen tussen verschillende groepen (${dim}); bij toevallig mengen zou dat ${expected} zijn. Mengverhouding ${ratio}: ${reading}.`,
  mixingHidden: (wijk: string, reason: string) => `De mengverhouding van ${wijk} wordt niet getoond. ${reason}`,
  dotLabel: (area: string, share: string, expected: string, ratio: string) =>
    `${area}: aandeel paren tussen groepen ${share}, bij toeval ${expected}, mengverhouding ${ratio}`,
  bridgedKey: (dim: string) => `Deelnemers die iemand uit een andere groep (${dim}) ontmoetten`,
  bridgedWijkKey: 'Deelnemers die iemand uit een andere wijk ontmoetten',
  pairsCaption: 'Ontmoetingsparen naar kenmerk',

  matrixTitle: (dim: string) => `Mengmatrix naar ${dim}, naast toeval`,
  matrixObserved: 'Werkelijk',
  matrixExpected: 'Bij toevallig mengen',
  matrixHelp:
    'Rij: de groep van de ene deelnemer; kolom: die van de andere. Elk paar telt in beide richtingen; alle vakjes samen zijn 100%. Met de pijltjestoetsen ga je van vakje naar vakje.',
  matrixLegend: 'Aandeel van alle paren: licht = weinig, donker = veel',
  matrixSummary: (within: string, withinExpected: string) =>
    `Paren binnen de eigen groep maken ${within} uit van alle paren; bij toevallig mengen zou dat ${withinExpected} zijn.`,
  matrixAbove: (g: string, h: string, observed: string, expected: string) =>
    ` Het verst boven toeval: ${g} met ${h} (${observed} tegenover ${expected}).`,
  matrixAboveSame: (g: string, observed: string, expected: string) =>
    ` Het verst boven toeval: ${g} onder elkaar (${observed} tegenover ${expected}).`,
  matrixPartial: 'Niet elk vakje van de matrix wordt getoond; de rest is gearceerd.',
  matrixHidden: (reason: string) => `De mengmatrix wordt niet getoond. ${reason}`,
  matrixNone:
    'Geen mengmatrix voor deze wijk en periode: te weinig sessies of te weinig deelnemers met een gekende groep.',
  cellLabel: (which: string, g: string, h: string, value: string) => `${which}, ${g} met ${h}: ${value}`,
  withGroup: 'met groep',

  wijkenTitle: 'Overbrugging tussen wijken',
  wijkenSummary: (wijk: string, share: string, expected: string, ratio: string, reading: string) =>
    `In de activiteiten in ${wijk} is ${share} van de paren tussen bewoners van verschillende wijken; bij toevallig mengen ${expected}. Mengverhouding ${ratio}: ${reading}.`,
  wijkenHidden: (wijk: string, reason: string) => `De overbrugging tussen wijken in ${wijk} wordt niet getoond. ${reason}`,

  sessionsTitle: 'Sessies meegeteld en weggelaten',
  used: 'meegeteld',
  excluded: 'weggelaten',
  sessionsSummary: (used: string, excluded: string, cap: string) =>
    `${used} sessies tellen mee in de cijfers over ontmoeten; ${excluded} zijn weggelaten omdat ze minder dan 2 of meer dan ${cap} verschillende deelnemers hadden.`,
  sessionsNoneLeft: (used: string, cap: string) =>
    `Alle ${used} sessies tellen mee: geen enkele had minder dan 2 of meer dan ${cap} verschillende deelnemers.`,
  sessionsWhy: (cap: string) =>
    `Waarom weglaten? Een sessie met minder dan 2 deelnemers levert geen ontmoeting op; een sessie met meer dan ${cap} deelnemers (bv. een straatfeest) is samen aanwezig zijn, geen contact.`,
  sessionsLabel: (what: string, n: string) => `Sessies ${what}: ${n}`,

  // overlap
  overlapHeading: 'Overlap tussen buurtwerk en GGW',
  overlapIntro:
    'Bewoners van deze wijk die in de periode deelnamen aan buurtwerk, aan gebiedsgerichte werking (GGW) of aan beide, waar in de stad de activiteit ook plaatsvond.',
  overlapWhyAll: 'Overlap vergelijkt buurtwerk en GGW met elkaar, dus telt het altijd beide werkingen.',
  overlapTitle: 'Bereikt door buurtwerk, door GGW of door beide',
  overlapSummary: (bw: string, ggw: string, both: string, viaBw: string) =>
    `Buurtwerk bereikte ${bw} bewoners van deze wijk, GGW ${ggw}, en ${both} kwamen bij beide. GGW via buurtwerk: ${viaBw} van wie GGW bereikt, kwam ook bij buurtwerk.`,
  overlapJaccard: (j: string) => ` Overlap (Jaccard): ${j}.`,
  overlapBars:
    'Als staven getoond: een van de aantallen wordt niet getoond of is nul, dus een Venn-diagram met kloppende oppervlakken kan niet.',
  vennHelp: 'De oppervlakte van elke cirkel en van de overlap is evenredig met het aantal bewoners.',
  bwCircle: 'Buurtwerk',
  ggwCircle: 'GGW',
  regionLabel: (what: string, n: string) => `${what}: ${n} bewoners`,
  overlapNone: 'Geen cijfers over overlap voor deze wijk en periode.',
  partnerNote:
    '1 = GGW werkt in deze wijk altijd met dezelfde partnerorganisatie; dicht bij 0 = met veel verschillende.',

  gatewayTitle: 'Wat kwam eerst: buurtwerk of GGW?',
  gatewaySummary: (bwFirst: string, sameDay: string, ggwFirst: string) =>
    `Van wie zowel buurtwerk als GGW kent, kwam ${bwFirst} eerst bij buurtwerk, ${ggwFirst} eerst bij GGW en ${sameDay} op dezelfde dag.`,
  gatewayMedian: (days: string) => ` Tussen de eerste deelname aan elk liggen mediaan ${days} dagen.`,
  gatewayScope: 'Over de hele geschiedenis tot het einde van de periode.',
  gatewayRest: 'niet getoond',
  gatewayRestLabel: (names: string) => `Niet getoond: ${names}`,
  segmentLabel: (what: string, v: string) => `${what}: ${v}`,
  gatewayNone: 'Geen volgorde te tonen: niemand of te weinig bewoners kwamen bij beide.',

  viaGroupsTitle: (dim: string) => `GGW via buurtwerk per groep (${dim})`,
  viaGroupsSummary: (high: string, hv: string, low: string, lv: string, overall: string) =>
    `Van het GGW-publiek uit de groep ${high} kwam ${hv} ook bij buurtwerk, uit de groep ${low} ${lv}; over de hele wijk ${overall}.`,
  viaGroupsFew: (overall: string) =>
    `Over de hele wijk kwam ${overall} van het GGW-publiek ook bij buurtwerk; per groep zijn te weinig cijfers getoond om te vergelijken.`,
  wholeWijk: (v: string) => `hele wijk ${v}`,
  barLabel: (what: string, v: string) => `${what}: ${v}`,

  // self-organisation
  selfHeading: 'Zelforganisatie',
  selfIntro:
    'In de activiteiten in deze wijk: hoeveel deelnames als vrijwilliger of mede-organisator, en welk deel van de activiteiten bewoners zelf opzetten.',
  selfTitle: 'Meehelpen en zelf organiseren',
  selfSummary: (wijk: string, inv: string, people: string, invCity: string, res: string, resCity: string) =>
    `In ${wijk} is ${inv} van de deelnames als vrijwilliger of mede-organisator (${people} personen; hele stad ${invCity}), en is ${res} van de activiteiten door bewoners opgezet (hele stad ${resCity}).`,
  wijkBar: 'deze wijk',
  partnerTitle: 'Partnerconcentratie van GGW',
  cityBar: 'hele stad',

  // signals
  signalsHeading: 'Signalen',
  signalsIntro: 'Signalen die werkingen en bewoners doorgaven, naar thema en naar bron, en hoe snel ze een antwoord kregen.',
  signalsTitle: 'Signalen naar thema en naar bron',
  byTheme: 'Naar thema',
  bySource: 'Naar bron',
  signalsSummary: (total: string, top: string, topN: string, answered: string, days: string, open: string) =>
    `${total} signalen doorgegeven, de meeste over ${top} (${topN}); ${answered} kreeg binnen 30 dagen een antwoord (mediaan ${days} dagen) en ${open} staat nog open.`,
  signalsNone: 'Geen signalen voor deze wijk in deze periode (of geen signalen in de gegevens).',
  themes: {
    cleanliness: 'netheid',
    health: 'gezondheid',
    housing: 'wonen',
    loneliness: 'eenzaamheid',
    mobility: 'mobiliteit',
    poverty: 'armoede',
    'public space': 'publieke ruimte',
    safety: 'veiligheid'
  } as Record<string, string>,
  sources: { buurtwerk: 'buurtwerk', ggw: 'GGW', residents: 'bewoners' } as Record<string, string>
};

type Texts = typeof nl;

const en: Texts = {
  city: (city) => `${city} (whole city)`,
  area: 'Area',
  group: 'Group',
  dimension: 'Characteristic',
  value: 'Value',
  hatched: 'Hatched or dashed: not shown (privacy) or not available.',
  hiddenBecause: (what, reason) => `${what}: ${reason}`,
  hiddenCount: 'an undisclosed number',
  hiddenShare: 'an undisclosed share',
  hiddenValue: 'an undisclosed value',
  otherProvider: (figures, chosen) => `Note: these figures are for ${figures}, even though ${chosen} is chosen.`,

  bondingHeading: 'Cohesion: bonding and bridging',
  bondingIntro:
    'Who meets whom in the activities held in this wijk (including participants who live elsewhere)? Two participants in the same session make one pair. Actual mixing is compared with random mixing of the same participants.',
  mixingTitle: (dim) => `Pairs between groups (${dim}) against chance`,
  observedLegend: 'Dot: actual share of pairs between groups',
  expectedLegend: 'Vertical line: expected under random mixing',
  readings: {
    apart: 'groups keep to themselves more than chance would',
    chance: 'about as chance would',
    together: 'the activities bring groups together more than chance'
  },
  mixingSummary: (wijk, dim, share, expected, ratio, reading) =>
    `In ${wijk}, ${share} of the pairs are between different groups (${dim}); random mixing would give ${expected}. Mixing ratio ${ratio}: ${reading}.`,
  mixingHidden: (wijk, reason) => `The mixing ratio of ${wijk} is not shown. ${reason}`,
  dotLabel: (area, share, expected, ratio) => `${area}: share of pairs between groups ${share}, by chance ${expected}, mixing ratio ${ratio}`,
  bridgedKey: (dim) => `Participants who met someone of another group (${dim})`,
  bridgedWijkKey: 'Participants who met someone from another wijk',
  pairsCaption: 'Pairs by characteristic',

  matrixTitle: (dim) => `Mixing matrix by ${dim}, beside chance`,
  matrixObserved: 'Actual',
  matrixExpected: 'Under random mixing',
  matrixHelp:
    'Row: the group of one participant; column: that of the other. Each pair counts in both directions; all cells add up to 100%. The arrow keys move from cell to cell.',
  matrixLegend: 'Share of all pairs: light = few, dark = many',
  matrixSummary: (within, withinExpected) =>
    `Pairs within the same group make up ${within} of all pairs; random mixing would give ${withinExpected}.`,
  matrixAbove: (g, h, observed, expected) => ` Furthest above chance: ${g} with ${h} (${observed} against ${expected}).`,
  matrixAboveSame: (g, observed, expected) => ` Furthest above chance: ${g} among themselves (${observed} against ${expected}).`,
  matrixPartial: 'Not every cell of the matrix is shown; the others are hatched.',
  matrixHidden: (reason) => `The mixing matrix is not shown. ${reason}`,
  matrixNone: 'No mixing matrix for this wijk and period: too few sessions or too few participants with a known group.',
  cellLabel: (which, g, h, value) => `${which}, ${g} with ${h}: ${value}`,
  withGroup: 'with group',

  wijkenTitle: 'Bridging between wijken',
  wijkenSummary: (wijk, share, expected, ratio, reading) =>
    `In the activities in ${wijk}, ${share} of the pairs are between residents of different wijken; random mixing would give ${expected}. Mixing ratio ${ratio}: ${reading}.`,
  wijkenHidden: (wijk, reason) => `Bridging between wijken in ${wijk} is not shown. ${reason}`,

  sessionsTitle: 'Sessions counted and left out',
  used: 'counted',
  excluded: 'left out',
  sessionsSummary: (used, excluded, cap) =>
    `${used} sessions count in the figures on meeting; ${excluded} were left out because they had fewer than 2 or more than ${cap} distinct participants.`,
  sessionsNoneLeft: (used, cap) => `All ${used} sessions count: none had fewer than 2 or more than ${cap} distinct participants.`,
  sessionsWhy: (cap) =>
    `Why leave sessions out? A session with fewer than 2 participants makes no pair; one with more than ${cap} (e.g. a street party) is being there together, not contact.`,
  sessionsLabel: (what, n) => `Sessions ${what}: ${n}`,

  overlapHeading: 'Overlap between buurtwerk and GGW',
  overlapIntro:
    'Residents of this wijk who took part in buurtwerk, in area-based work (GGW) or in both during the period, wherever in the city the activity was.',
  overlapWhyAll: 'Overlap compares buurtwerk with GGW, so it always counts both.',
  overlapTitle: 'Reached by buurtwerk, by GGW or by both',
  overlapSummary: (bw, ggw, both, viaBw) =>
    `Buurtwerk reached ${bw} residents of this wijk, GGW ${ggw}, and ${both} came to both. GGW via buurtwerk: ${viaBw} of those GGW reaches also came to buurtwerk.`,
  overlapJaccard: (j) => ` Overlap (Jaccard): ${j}.`,
  overlapBars: 'Shown as bars: one of the counts is not shown or is zero, so a Venn diagram with true areas is not possible.',
  vennHelp: 'The area of each circle and of the overlap is proportional to the number of residents.',
  bwCircle: 'Buurtwerk',
  ggwCircle: 'GGW',
  regionLabel: (what, n) => `${what}: ${n} residents`,
  overlapNone: 'No overlap figures for this wijk and period.',
  partnerNote: '1 = GGW always works with the same partner organisation in this wijk; close to 0 = with many different ones.',

  gatewayTitle: 'What came first: buurtwerk or GGW?',
  gatewaySummary: (bwFirst, sameDay, ggwFirst) =>
    `Of those who know both buurtwerk and GGW, ${bwFirst} came to buurtwerk first, ${ggwFirst} to GGW first and ${sameDay} on the same day.`,
  gatewayMedian: (days) => ` A median of ${days} days lies between the first participation in each.`,
  gatewayScope: 'Over the whole history up to the end of the period.',
  gatewayRest: 'not shown',
  gatewayRestLabel: (names) => `Not shown: ${names}`,
  segmentLabel: (what, v) => `${what}: ${v}`,
  gatewayNone: 'No order to show: nobody, or too few residents, came to both.',

  viaGroupsTitle: (dim) => `GGW via buurtwerk by group (${dim})`,
  viaGroupsSummary: (high, hv, low, lv, overall) =>
    `Of GGW's public in the group ${high}, ${hv} also came to buurtwerk; in the group ${low}, ${lv}; over the whole wijk ${overall}.`,
  viaGroupsFew: (overall) =>
    `Over the whole wijk, ${overall} of GGW's public also came to buurtwerk; too few group figures are shown to compare.`,
  wholeWijk: (v) => `whole wijk ${v}`,
  barLabel: (what, v) => `${what}: ${v}`,

  selfHeading: 'Self-organisation',
  selfIntro:
    'In the activities in this wijk: how many participations were as a volunteer or co-organiser, and what share of the activities residents set up themselves.',
  selfTitle: 'Helping out and organising',
  selfSummary: (wijk, inv, people, invCity, res, resCity) =>
    `In ${wijk}, ${inv} of the participations were as a volunteer or co-organiser (${people} people; whole city ${invCity}), and ${res} of the activities were set up by residents (whole city ${resCity}).`,
  wijkBar: 'this wijk',
  partnerTitle: 'Partner concentration of GGW',
  cityBar: 'whole city',

  signalsHeading: 'Signals',
  signalsIntro: 'Signals passed on by providers and residents, by theme and by source, and how fast they got an answer.',
  signalsTitle: 'Signals by theme and by source',
  byTheme: 'By theme',
  bySource: 'By source',
  signalsSummary: (total, top, topN, answered, days, open) =>
    `${total} signals passed on, most about ${top} (${topN}); ${answered} got an answer within 30 days (median ${days} days) and ${open} are still open.`,
  signalsNone: 'No signals for this wijk in this period (or no signals in the data).',
  themes: {},
  sources: { buurtwerk: 'buurtwerk', ggw: 'GGW', residents: 'residents' }
};

export const WIJK_SECTIONS: Record<Locale, Texts> = { nl, en };

/** A theme or source as shown: translated when known, else the data's own word. */
export function signalGroupName(locale: Locale, dimension: string, group: string): string {
  const t = WIJK_SECTIONS[locale];
  const table = dimension === 'theme' ? t.themes : dimension === 'source' ? t.sources : {};
  return table[group] ?? group;
}

/**
 * A figure as it reads inside a sentence: the value, "<5" for a small count, else words
 * ("een niet getoond deel") so that a summary with a hidden figure stays a sentence.
 */
export function inlineFigure(locale: Locale, row: FigureRow | undefined, k: number): string {
  if (row && !row.suppressed && row.value !== null) return formatFigure(locale, row, k);
  if (row?.suppressed === 'below_k' && metricKind(row.metric) === 'count') return formatFigure(locale, row, k);
  const t = WIJK_SECTIONS[locale];
  const kind = row ? metricKind(row.metric) : 'index';
  return kind === 'count' ? t.hiddenCount : kind === 'share' ? t.hiddenShare : t.hiddenValue;
}
