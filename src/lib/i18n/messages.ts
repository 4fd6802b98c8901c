/**
 * Every text the site shows, in Dutch (the default) and English. Plain strings,
 * or functions when a text is made from numbers (already formatted by the caller).
 */
export type Locale = 'nl' | 'en';
export const LOCALES: Locale[] = ['nl', 'en'];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Intl locale per site language: Belgian Dutch, British English. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };

const nl = {
  title: 'Wijkweefsel',
  heading: 'Wijkweefsel: bereik en samenhang in de wijken',
  intro:
    'Hoeveel bewoners bereiken buurtwerk en de gebiedsgerichte werking, en wie ontmoet wie? Alle cijfers worden in deze browser berekend; de gegevens verlaten uw computer niet.',
  demoNotice:
    'Dit zijn demogegevens: deelnemers, activiteiten en bevolkingscijfers zijn fictief (synthetisch). Alleen de wijkgrenzen zijn echt.',
  switchTo: 'English',
  switchToLang: 'en',
  switchLabel: 'Switch to English',
  stepEngine: 'Rekenmotor starten',
  stepFetch: (file: string) => `Bestand ophalen: ${file}`,
  stepLoad: (file: string, step: string) => `Inlezen: ${file} (${step})`,
  stepDone: 'Klaar',
  loadSteps: { reading: 'lezen', validating: 'controleren', done: 'klaar' } as Record<string, string>,
  progressLabel: 'Voortgang van het laden',
  progressText: (done: string, total: string) => `stap ${done} van ${total}`,
  errorTitle: 'De gegevens konden niet worden geladen',
  errorFileLine: (file: string, line: string) => `Bestand ${file}, regel ${line}`,
  errorFile: (file: string) => `Bestand ${file}`,
  errorHint: 'Controleer het bestand en laad de pagina opnieuw.',
  loadedTitle: 'Wat is ingelezen',
  colFile: 'Bestand',
  colTable: 'Tabel',
  colRead: 'Gelezen',
  colLoaded: 'Geladen',
  colRejected: 'Geweigerd',
  colDuplicates: 'Dubbels samengevoegd',
  monthsCovered: 'Periode',
  monthsNone: 'geen deelnames',
  wijkenCount: 'Wijken',
  citiesLabel: 'Steden',
  rejectsTitle: (n: string) => `Geweigerde rijen (${n})`,
  colLine: 'Regel',
  colReason: 'Reden',
  rejectsMore: (n: string) => `en nog ${n} rijen`,
  monthlyTitle: 'Deelnemers per maand',
  monthlyCity: 'Stad',
  monthlySummary: (city: string, month: string, bw: string, ggw: string, peakMonth: string, peakProvider: string) =>
    `In ${month} namen in ${city} ${bw} verschillende mensen deel aan buurtwerk en ${ggw} aan de gebiedsgerichte werking; de drukste maand was ${peakMonth} (${peakProvider}).`,
  peakLabel: (provider: string, value: string) => `${provider}: ${value} deelnemers`,
  monthlyEmpty: (city: string) => `Voor ${city} zijn er geen deelnames.`,
  providerBW: 'buurtwerk',
  providerGGW: 'gebiedsgerichte werking',
  legendBW: 'Buurtwerk: doorlopende lijn, ronde punten',
  legendGGW: 'Gebiedsgerichte werking: gestreepte lijn, vierkante punten',
  colMonth: 'Maand',
  colParticipantsBW: 'Deelnemers buurtwerk',
  colParticipantsGGW: 'Deelnemers gebiedsgerichte werking',
  showTable: 'Toon als tabel',
  pointLabel: (provider: string, month: string, value: string) => `${provider}, ${month}: ${value} deelnemers`,
  suppressedNote: (k: string) => `Aantallen onder ${k} worden niet getoond ("<${k}") om personen te beschermen.`,
  axisParticipants: 'deelnemers',
  mapsTitle: 'De wijken',
  mapTitle: (city: string) => `Wijken van ${city}`,
  mapSummary: (city: string, n: string, largest: string, largestArea: string, smallest: string, smallestArea: string) =>
    `${city} telt ${n} wijken; de grootste is ${largest} (${largestArea} km²), de kleinste ${smallest} (${smallestArea} km²).`,
  colWijkId: 'Wijkcode',
  colWijkName: 'Wijk',
  colArea: 'Oppervlakte (km²)',
  wijkLabel: (name: string, id: string, area: string) => `${name} (${id}), ${area} km²`,
  attributionLicence: 'Licentie: Modellicentie Gratis Hergebruik Vlaanderen v1.0.',
  focusHint: 'Gebruik Tab om de punten en wijken één voor één te overlopen.'
};

export type Messages = typeof nl;

const en: Messages = {
  title: 'Wijkweefsel',
  heading: 'Wijkweefsel: reach and cohesion in the neighbourhoods',
  intro:
    'How many residents do neighbourhood work and area-based work reach, and who meets whom? Every figure is computed in this browser; the data never leave your computer.',
  demoNotice:
    'This is demo data: participants, activities and population figures are fictitious (synthetic). Only the neighbourhood boundaries are real.',
  switchTo: 'Nederlands',
  switchToLang: 'nl',
  switchLabel: 'Schakel naar Nederlands',
  stepEngine: 'Starting the engine',
  stepFetch: (file) => `Fetching file: ${file}`,
  stepLoad: (file, step) => `Loading: ${file} (${step})`,
  stepDone: 'Done',
  loadSteps: { reading: 'reading', validating: 'checking', done: 'done' },
  progressLabel: 'Loading progress',
  progressText: (done, total) => `step ${done} of ${total}`,
  errorTitle: 'The data could not be loaded',
  errorFileLine: (file, line) => `File ${file}, line ${line}`,
  errorFile: (file) => `File ${file}`,
  errorHint: 'Check the file and reload the page.',
  loadedTitle: 'What was loaded',
  colFile: 'File',
  colTable: 'Table',
  colRead: 'Read',
  colLoaded: 'Loaded',
  colRejected: 'Rejected',
  colDuplicates: 'Duplicates merged',
  monthsCovered: 'Period',
  monthsNone: 'no participations',
  wijkenCount: 'Neighbourhoods',
  citiesLabel: 'Cities',
  rejectsTitle: (n) => `Rejected rows (${n})`,
  colLine: 'Line',
  colReason: 'Reason',
  rejectsMore: (n) => `and ${n} more rows`,
  monthlyTitle: 'Participants per month',
  monthlyCity: 'City',
  monthlySummary: (city, month, bw, ggw, peakMonth, peakProvider) =>
    `In ${month}, ${bw} different people took part in neighbourhood work in ${city} and ${ggw} in area-based work; the busiest month was ${peakMonth} (${peakProvider}).`,
  peakLabel: (provider, value) => `${provider}: ${value} participants`,
  monthlyEmpty: (city) => `There are no participations for ${city}.`,
  providerBW: 'neighbourhood work',
  providerGGW: 'area-based work',
  legendBW: 'Neighbourhood work (buurtwerk): solid line, round points',
  legendGGW: 'Area-based work (GGW): dashed line, square points',
  colMonth: 'Month',
  colParticipantsBW: 'Participants, neighbourhood work',
  colParticipantsGGW: 'Participants, area-based work',
  showTable: 'Show as a table',
  pointLabel: (provider, month, value) => `${provider}, ${month}: ${value} participants`,
  suppressedNote: (k) => `Counts below ${k} are not shown ("<${k}") to protect individuals.`,
  axisParticipants: 'participants',
  mapsTitle: 'The neighbourhoods',
  mapTitle: (city) => `Neighbourhoods of ${city}`,
  mapSummary: (city, n, largest, largestArea, smallest, smallestArea) =>
    `${city} has ${n} neighbourhoods; the largest is ${largest} (${largestArea} km²), the smallest ${smallest} (${smallestArea} km²).`,
  colWijkId: 'Code',
  colWijkName: 'Neighbourhood',
  colArea: 'Area (km²)',
  wijkLabel: (name, id, area) => `${name} (${id}), ${area} km²`,
  attributionLicence: 'Licence: Modellicentie Gratis Hergebruik Vlaanderen v1.0.',
  focusHint: 'Use Tab to step through the points and neighbourhoods one by one.'
};

export const MESSAGES: Record<Locale, Messages> = { nl, en };
