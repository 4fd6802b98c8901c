/**
 * Texts of the page Eigen gegevens (/gegevens/): picking files, the mapping screen, the
 * load report and what stops a load, in Dutch (the default) and English. The loader
 * reports problems as codes with values (LoadError.detail, reasons.ts); they are worded here.
 */
import type { LoadErrorCode } from '../load/report';
import type { Reason, ReasonCode } from '../load/reasons';
import type { TableName } from '../load/schema';
import type { MatchKind } from '../load/mapping';
import type { LoadWarning, WarningCode } from '../load/warnings';
import type { LeftOutReason } from '../load/dimensions';
import { formatNumber } from './format';
import { INTL_LOCALE } from './messages';
import type { Locale } from './messages';

/** What stops a load: the loader's codes, and what the page itself meets. */
export type StopCode = LoadErrorCode | 'memory' | 'engine' | 'read' | 'noParticipations' | 'other';
type Params = Record<string, string>;
type Stop = (p: Params) => { message: string; action: string };

const nlStops: Record<StopCode, Stop> = {
  zip: (p) => ({ message: `${p.file} is een ZIP-archief (misschien een Excel-werkmap met de naam .csv), geen CSV-bestand.`, action: 'Sla het bestand op als CSV, of geef een Excel-werkmap de extensie .xlsx.' }),
  binary: (p) => ({ message: `${p.file} bevat binaire gegevens, geen tekst.`, action: 'Exporteer het opnieuw als CSV, met komma’s of puntkomma’s als scheidingsteken.' }),
  gzip: (p) => ({ message: `${p.file} lijkt gecomprimeerd (gzip) maar kan niet worden uitgepakt.`, action: 'Het bestand is misschien beschadigd. Maak de export opnieuw, of laad het niet-gecomprimeerde CSV-bestand.' }),
  noTable: (p) => ({ message: `Van ${p.file} is niet te zien welke tabel het bevat.`, action: 'Kies de tabel in het koppelscherm, of geef het bestand de naam van de tabel (bijvoorbeeld deelnames.csv).' }),
  missingTables: (p) => ({ message: `Er ontbreekt een bestand voor: ${p.tables}.`, action: 'Kies alle bestanden samen: wijken, bevolking (population), deelnemers (participants), activiteiten (activities) en deelnames (participations); signalen is optioneel.' }),
  empty: (p) => ({ message: `${p.file} is leeg.`, action: 'Verwacht wordt een eerste regel met kolomnamen en daarna één rij per regel. Maak de export opnieuw.' }),
  duplicateHeader: (p) => ({ message: `In ${p.file} komt de kolom "${p.column}" twee keer voor.`, action: 'Hernoem of verwijder een van beide kolommen en laad het bestand opnieuw.' }),
  emptyHeaderName: (p) => ({ message: `In ${p.file} heeft een kolom in de eerste regel geen naam.`, action: 'Geef elke kolom een naam in de eerste regel.' }),
  notCsv: (p) => ({ message: `${p.file} kon niet als CSV worden gelezen.`, action: 'Controleer dat het een tekstbestand is met komma’s of puntkomma’s tussen de kolommen.' }),
  notParquet: (p) => ({ message: `${p.file} kon niet als Parquet worden gelezen.`, action: 'Het bestand is misschien beschadigd: exporteer het opnieuw, of als CSV.' }),
  notXlsx: (p) => ({ message: `${p.file} kon niet als Excel-werkmap worden gelezen.`, action: 'Open het in Excel of LibreOffice en sla het opnieuw op als .xlsx of als CSV.' }),
  emptySheet: (p) => ({ message: `Het eerste blad van ${p.file} is leeg.`, action: 'Zet de kolomnamen in rij 1 van het eerste blad en daaronder één rij per record.' }),
  missingColumns: (p) => ({
    message: `In ${p.file} ontbreekt de verplichte kolom ${p.columns} voor de tabel ${p.tableName}. Gevonden: ${p.found}.`,
    action: p.single
      ? 'De eerste regel heeft maar één kolom: scheid de kolommen met komma’s of puntkomma’s (tab en | gaan ook).'
      : 'Kies de juiste kolom in het koppelscherm of hernoem de kolom, of controleer of dit het juiste bestand is.'
  }),
  doubleMapped: (p) => ({ message: `In ${p.file} zijn twee kolommen aan "${p.column}" gekoppeld.`, action: 'Kies in het koppelscherm voor een van beide een ander gegeven, of "niet gebruiken".' }),
  tooManyColumns: (p) => ({ message: `${p.file} heeft ${p.columns} kolommen; een bestand van de export heeft er hoogstens ${p.max}.`, action: 'Laat de kolommen weg die de export niet nodig heeft: een deelnemersbestand heeft participant_id, residence_wijk_id en enkele kenmerken zoals age_band nodig.' }),
  unclosedQuotes: (p) => ({ message: `In ${p.file} hebben meer dan ${p.max} regels een aanhalingsteken (") dat nooit gesloten wordt (regels ${p.lines}, ...).`, action: 'Het bestand zet geen aanhalingstekens rond waarden zoals CSV dat doet: exporteer het opnieuw, of verwijder de losse aanhalingstekens.' }),
  linesUnaccounted: (p) => ({ message: `In ${p.file} tellen de gelezen rijen niet op tot de ${p.lines} regels van het bestand (de lezer stopte bij regel ${p.line}). Er is niets uit geladen.`, action: 'Controleer de aanhalingstekens rond die regel, of sla het bestand opnieuw op als CSV.' }),
  memory: () => ({
    message: 'De gegevens zijn te groot voor het geheugen dat deze browser de rekenmotor geeft.',
    action: 'Laad een kleiner deel (bijvoorbeeld één jaar deelnames tegelijk), sluit andere tabbladen, of bereken de cijfers met de opdrachtregel (npm run metrics), die meer geheugen kan gebruiken.'
  }),
  engine: () => ({ message: 'De rekenmotor is onverwacht gestopt.', action: 'Probeer het opnieuw; de rekenmotor start vanzelf opnieuw. Lukt het niet, laad dan minder rijen tegelijk.' }),
  read: (p) => ({ message: `${p.file} kon niet worden gelezen.`, action: 'Kies het bestand opnieuw; staat het op een netwerkschijf, kopieer het dan eerst naar deze computer.' }),
  noParticipations: () => ({ message: 'Er zijn geen deelnames geladen, dus er zijn geen cijfers te berekenen.', action: 'Controleer het bestand met de deelnames en de redenen waarom rijen geweigerd zijn.' }),
  other: (p) => ({ message: p.message, action: 'Controleer het bestand en probeer het opnieuw.' })
};

const enStops: Record<StopCode, Stop> = {
  zip: (p) => ({ message: `${p.file} is a ZIP archive (perhaps an Excel workbook renamed to .csv), not a CSV file.`, action: 'Save the file as CSV, or give an Excel workbook the extension .xlsx.' }),
  binary: (p) => ({ message: `${p.file} holds binary data, not text.`, action: 'Export it again as CSV, separated by commas or semicolons.' }),
  gzip: (p) => ({ message: `${p.file} looks gzip-compressed but cannot be decompressed.`, action: 'The file may be damaged. Make the export again, or load the uncompressed CSV file.' }),
  noTable: (p) => ({ message: `Cannot tell which table ${p.file} holds.`, action: 'Choose the table on the mapping screen, or name the file after its table (for example participations.csv).' }),
  missingTables: (p) => ({ message: `A file is missing for: ${p.tables}.`, action: 'Choose all files together: wijken, population, participants, activities and participations; signals is optional.' }),
  empty: (p) => ({ message: `${p.file} is empty.`, action: 'Expected a first line with column names, then one row per line. Make the export again.' }),
  duplicateHeader: (p) => ({ message: `In ${p.file} the column "${p.column}" appears twice.`, action: 'Rename or remove one of the two columns and load the file again.' }),
  emptyHeaderName: (p) => ({ message: `In ${p.file} a column in the first line has no name.`, action: 'Give every column a name in the first line.' }),
  notCsv: (p) => ({ message: `${p.file} could not be read as CSV.`, action: 'Check that it is a text file with commas or semicolons between the columns.' }),
  notParquet: (p) => ({ message: `${p.file} could not be read as Parquet.`, action: 'The file may be damaged: export it again, or as CSV.' }),
  notXlsx: (p) => ({ message: `${p.file} could not be read as an Excel workbook.`, action: 'Open it in Excel or LibreOffice and save it again as .xlsx or as CSV.' }),
  emptySheet: (p) => ({ message: `The first sheet of ${p.file} is empty.`, action: 'Put the column names in row 1 of the first sheet and one row per record below.' }),
  missingColumns: (p) => ({
    message: `In ${p.file} the required column ${p.columns} for the ${p.tableName} table is missing. Found: ${p.found}.`,
    action: p.single
      ? 'The first line has a single column: separate the columns with commas or semicolons (tab and | are read too).'
      : 'Choose the right column on the mapping screen or rename the column, or check that this is the right file.'
  }),
  doubleMapped: (p) => ({ message: `In ${p.file} two columns are mapped to "${p.column}".`, action: 'On the mapping screen, choose another field for one of them, or "do not use".' }),
  tooManyColumns: (p) => ({ message: `${p.file} has ${p.columns} columns; a file of the export has at most ${p.max}.`, action: 'Leave out the columns the export does not need: a participants file needs participant_id, residence_wijk_id and a few characteristics such as age_band.' }),
  unclosedQuotes: (p) => ({ message: `In ${p.file} more than ${p.max} lines have a quote (") that is never closed (lines ${p.lines}, ...).`, action: 'The file does not put quotes around values the CSV way: export it again, or remove the stray quotes.' }),
  linesUnaccounted: (p) => ({ message: `In ${p.file} the rows read do not add up to the file's ${p.lines} lines (the reader stopped near line ${p.line}). Nothing was loaded from it.`, action: 'Check the quotes around that line, or save the file again as CSV.' }),
  memory: () => ({
    message: 'The data are too large for the memory this browser gives the engine.',
    action: 'Load a smaller part (for example one year of participations at a time), close other tabs, or compute the figures with the command line (npm run metrics), which can use more memory.'
  }),
  engine: () => ({ message: 'The engine stopped unexpectedly.', action: 'Try again; the engine restarts by itself. If it fails again, load fewer rows at a time.' }),
  read: (p) => ({ message: `${p.file} could not be read.`, action: 'Choose the file again; if it is on a network drive, copy it to this computer first.' }),
  noParticipations: () => ({ message: 'No participations were loaded, so there are no figures to compute.', action: 'Check the participations file and the reasons why rows were rejected.' }),
  other: (p) => ({ message: p.message, action: 'Check the file and try again.' })
};

type Word = (p: Params) => string;
const nlReasons: Record<ReasonCode, Word> = {
  missingValue: (p) => `verplichte waarde ontbreekt in ${p.column}`,
  badDate: (p) => `geen geldige datum in ${p.column}: "${p.value}" (verwacht JJJJ-MM-DD of DD/MM/JJJJ)`,
  badNumber: (p) => `geen geheel getal in ${p.column}: "${p.value}" (alleen cijfers, zonder tekens of scheidingstekens)`,
  badEnum: (p) => `onbekende waarde in ${p.column}: "${p.value}" (verwacht ${p.expected.replace(/ or /g, ' of ')})`,
  unknownPerson: () => 'onbekende deelnemer: niet in de tabel deelnemers (het pseudoniem wordt niet getoond; zie de regel in uw bestand)',
  unknownRef: (p) => `onbekende ${p.column} "${p.value}": niet in de tabel ${p.tableName}`,
  rejectedPerson: (p) => `deze deelnemer is geweigerd in de tabel ${p.tableName} (${p.file}, regel ${p.line}: ${p.causeText})`,
  rejectedRef: (p) => `${p.column} "${p.value}" is geweigerd in de tabel ${p.tableName} (${p.file}, regel ${p.line}: ${p.causeText})`,
  conflict: (p) => `botst met regel ${p.line} (zelfde ${p.key}, andere waarden)`,
  fieldCount: (p) => `verkeerd aantal velden: ${p.expected} verwacht, ${p.found} gevonden`,
  fieldCountSheet: (p) => `verkeerd aantal velden: ${p.expected} verwacht, ${p.found} gevonden (waarden in kolommen zonder naam in rij 1)`,
  quoteOpened: () => 'aanhalingsteken niet gesloten: het aanhalingsteken op deze regel wordt nooit gesloten en zou de regels erna opslokken; deze regel is weggelaten en de regels erna zijn elk apart gelezen',
  quotes: () => 'aanhalingstekens niet in evenwicht',
  lineTooLong: () => 'regel te lang (meer dan 16 MB)',
  badCharacters: () => 'ongeldige tekens',
  blankLine: () => 'een regel met alleen spaties en geen waarden',
  other: (p) => p.text
};
const enReasons: Record<ReasonCode, Word> = {
  missingValue: (p) => `missing required value in ${p.column}`,
  badDate: (p) => `not a valid date in ${p.column}: "${p.value}" (expected YYYY-MM-DD or DD/MM/YYYY)`,
  badNumber: (p) => `not a whole number in ${p.column}: "${p.value}" (digits only, no signs or separators)`,
  badEnum: (p) => `unknown value in ${p.column}: "${p.value}" (expected ${p.expected})`,
  unknownPerson: () => 'unknown participant: not in the participants table (the pseudonym is not shown; see the line in your file)',
  unknownRef: (p) => `unknown ${p.column} "${p.value}": not in the ${p.tableName} table`,
  rejectedPerson: (p) => `participant_id: this participant was rejected in the ${p.tableName} table (${p.file}, line ${p.line}: ${p.causeText})`,
  rejectedRef: (p) => `${p.column} "${p.value}" was rejected in the ${p.tableName} table (${p.file}, line ${p.line}: ${p.causeText})`,
  conflict: (p) => `conflicts with line ${p.line} (same ${p.key}, other values)`,
  fieldCount: (p) => `wrong number of fields: expected ${p.expected}, found ${p.found}`,
  fieldCountSheet: (p) => `wrong number of fields: expected ${p.expected}, found ${p.found} (values in columns without a name in row 1)`,
  quoteOpened: () => 'unbalanced quotes: a quote opened on this line is never closed, so it would swallow the lines after it; this line is left out and the lines after it are read on their own',
  quotes: () => 'unbalanced quotes',
  lineTooLong: () => 'line too long (over 16 MB)',
  badCharacters: () => 'invalid characters',
  blankLine: () => 'a line with only spaces and no values',
  other: (p) => p.text
};

/** A group of reasons: its label and what to do about it. */
type Group = (p: Params) => { label: string; help: string };
const nlGroups: Record<ReasonCode, Group> = {
  missingValue: (p) => ({ label: `Verplichte waarde ontbreekt in ${p.column}`, help: 'Vul de waarde in, of laat de rij weg als ze niet bij de export hoort.' }),
  badDate: (p) => ({ label: `Geen geldige datum in ${p.column}`, help: 'Schrijf datums als 2025-03-31 of 31/03/2025; een datum die niet bestaat (31/02) wordt geweigerd.' }),
  badNumber: (p) => ({ label: `Geen geheel getal in ${p.column}`, help: 'Alleen cijfers: geen punt voor duizendtallen, geen min-teken.' }),
  badEnum: (p) => ({ label: `Onbekende waarde in ${p.column}`, help: `Toegelaten: ${p.expected.replace(/ or /g, ' of ')}.` }),
  unknownPerson: () => ({ label: 'Deelnemer staat niet in de tabel deelnemers', help: 'Controleer of het deelnemersbestand alle deelnemers bevat, met dezelfde pseudoniemen.' }),
  unknownRef: (p) => ({ label: `${p.column} staat niet in de tabel ${p.tableName}`, help: `Voeg de ontbrekende waarden toe aan de tabel ${p.tableName}, of verbeter de code in deze rijen.` }),
  rejectedPerson: (p) => ({ label: `Deelnemer is zelf geweigerd in de tabel ${p.tableName}`, help: `Verbeter eerst de geweigerde rij in ${p.file}: dan worden ook deze rijen geladen.` }),
  rejectedRef: (p) => ({ label: `${p.column} is zelf geweigerd in de tabel ${p.tableName}`, help: `Verbeter eerst de geweigerde rij in ${p.file}: dan worden ook deze rijen geladen.` }),
  conflict: (p) => ({ label: `Zelfde ${p.key} als een eerdere rij, met andere waarden`, help: 'Een herhaalde rij met andere waarden wordt niet overschreven: kies welke rij juist is en verwijder de andere.' }),
  fieldCount: () => ({ label: 'Verkeerd aantal velden', help: 'Controleer het scheidingsteken en de aanhalingstekens in deze regels.' }),
  fieldCountSheet: () => ({ label: 'Verkeerd aantal velden', help: 'Er staan waarden in kolommen zonder naam in rij 1.' }),
  quoteOpened: () => ({ label: 'Aanhalingsteken niet gesloten', help: 'Sluit het aanhalingsteken, of verwijder het; de andere regels zijn gewoon gelezen.' }),
  quotes: () => ({ label: 'Aanhalingstekens niet in evenwicht', help: 'Sluit het aanhalingsteken, of verwijder het.' }),
  lineTooLong: () => ({ label: 'Regel te lang', help: 'Een regel van meer dan 16 MB is meestal een aanhalingsteken dat niet gesloten wordt.' }),
  badCharacters: () => ({ label: 'Ongeldige tekens', help: 'Sla het bestand op als UTF-8.' }),
  blankLine: () => ({ label: 'Regel met alleen spaties', help: 'Verwijder de lege regels.' }),
  other: (p) => ({ label: p.text, help: '' })
};
const enGroups: Record<ReasonCode, Group> = {
  missingValue: (p) => ({ label: `Missing required value in ${p.column}`, help: 'Fill in the value, or leave the row out if it does not belong in the export.' }),
  badDate: (p) => ({ label: `Not a valid date in ${p.column}`, help: 'Write dates as 2025-03-31 or 31/03/2025; a date that does not exist (31/02) is rejected.' }),
  badNumber: (p) => ({ label: `Not a whole number in ${p.column}`, help: 'Digits only: no thousands separator, no minus sign.' }),
  badEnum: (p) => ({ label: `Unknown value in ${p.column}`, help: `Allowed: ${p.expected}.` }),
  unknownPerson: () => ({ label: 'Participant not in the participants table', help: 'Check that the participants file holds every participant, with the same pseudonyms.' }),
  unknownRef: (p) => ({ label: `${p.column} not in the ${p.tableName} table`, help: `Add the missing values to the ${p.tableName} table, or correct the code in these rows.` }),
  rejectedPerson: (p) => ({ label: `Participant itself rejected in the ${p.tableName} table`, help: `Correct the rejected row in ${p.file} first: then these rows load too.` }),
  rejectedRef: (p) => ({ label: `${p.column} itself rejected in the ${p.tableName} table`, help: `Correct the rejected row in ${p.file} first: then these rows load too.` }),
  conflict: (p) => ({ label: `Same ${p.key} as an earlier row, with other values`, help: 'A repeated row with other values is not overwritten: decide which row is right and remove the other.' }),
  fieldCount: () => ({ label: 'Wrong number of fields', help: 'Check the separator and the quotes in these lines.' }),
  fieldCountSheet: () => ({ label: 'Wrong number of fields', help: 'There are values in columns without a name in row 1.' }),
  quoteOpened: () => ({ label: 'Quote never closed', help: 'Close the quote, or remove it; the other lines were read as they are.' }),
  quotes: () => ({ label: 'Unbalanced quotes', help: 'Close the quote, or remove it.' }),
  lineTooLong: () => ({ label: 'Line too long', help: 'A line over 16 MB is usually a quote that is never closed.' }),
  badCharacters: () => ({ label: 'Invalid characters', help: 'Save the file as UTF-8.' }),
  blankLine: () => ({ label: 'Line with only spaces', help: 'Remove the empty lines.' }),
  other: (p) => ({ label: p.text, help: '' })
};

const nlTables: Record<TableName, string> = {
  wijken: 'wijken', population: 'bevolking', participants: 'deelnemers', activities: 'activiteiten', participations: 'deelnames', signals: 'signalen'
};
const enTables: Record<TableName, string> = {
  wijken: 'wijken', population: 'population', participants: 'participants', activities: 'activities', participations: 'participations', signals: 'signals'
};

const nlFields: Record<string, string> = {
  participant_id: 'deelnemer (pseudoniem)', activity_id: 'activiteit', date: 'datum', role: 'rol (werkvorm)',
  wijk_id: 'wijk (code)', wijk_name: 'naam van de wijk', city: 'stad of gemeente', nis_code: 'NIS-code',
  ref_date: 'peildatum', dimension: 'kenmerk', group: 'groep', population: 'aantal inwoners',
  residence_wijk_id: 'woonwijk', provider_type: 'aanbieder (buurtwerk of GGW)', organisation: 'organisatie', domain: 'domein',
  initiator: 'initiatiefnemer', partner_organisation: 'partnerorganisatie', name: 'naam van de activiteit',
  signal_id: 'signaal', date_raised: 'datum gemeld', source: 'bron', theme: 'thema', date_answered: 'datum beantwoord',
  age_band: 'leeftijdsgroep', gender: 'geslacht', origin: 'herkomst'
};
const enFields: Record<string, string> = {
  participant_id: 'participant (pseudonym)', activity_id: 'activity', date: 'date', role: 'role',
  wijk_id: 'wijk (code)', wijk_name: 'name of the wijk', city: 'city or municipality', nis_code: 'NIS code',
  ref_date: 'reference date', dimension: 'characteristic', group: 'group', population: 'number of residents',
  residence_wijk_id: 'home wijk', provider_type: 'provider (buurtwerk or GGW)', organisation: 'organisation', domain: 'domain',
  initiator: 'initiator', partner_organisation: 'partner organisation', name: 'name of the activity',
  signal_id: 'signal', date_raised: 'date raised', source: 'source', theme: 'theme', date_answered: 'date answered',
  age_band: 'age band', gender: 'gender', origin: 'origin'
};

const nl = {
  title: 'Eigen gegevens · Wijkweefsel',
  heading: 'Eigen gegevens',
  intro:
    'Laad de exportbestanden van uw registratie en bekijk het dashboard met uw eigen cijfers. Alles gebeurt in deze browser: de bestanden verlaten uw computer niet en er wordt niets verstuurd.',
  needed:
    'Nodig: wijken, bevolking (population), deelnemers (participants), activiteiten (activities) en deelnames (participations); signalen (signals) is optioneel. Als CSV (komma of puntkomma, ook .csv.gz), Parquet of Excel (.xlsx, het eerste blad).',
  pickTitle: 'Bestanden kiezen',
  dropHint: 'Sleep de bestanden hierheen, of kies ze met de knop.',
  dropActive: 'Laat los om de bestanden te laden',
  fileLabel: 'Exportbestanden (u kunt er meerdere tegelijk kiezen)',
  demoButton: 'Laad de demogegevens',
  engineStarting: 'De rekenmotor start (een paar seconden)…',
  engineReady: 'De rekenmotor is klaar.',
  engineFailed: 'De rekenmotor kon niet starten in deze browser; kies de bestanden om het opnieuw te proberen.',
  demoHint: 'Fictieve gegevens van Leuven en Sint-Niklaas, om de werking te bekijken.',
  keepTitle: 'Bewaren',
  keepLabel: 'Bewaar mijn gegevens in deze browser',
  keepHint:
    'Uit, tenzij u het aanzet. Aan: de geladen bestanden blijven in de opslag van deze browser op deze computer en worden bij uw volgende bezoek vanzelf opnieuw geladen.',
  keepUnavailable: 'Deze browser kan geen bestanden bewaren.',
  keptSaved: (n: string) => `${n} bestanden zijn in deze browser bewaard.`,
  keptLoaded: (when: string) => `Uw bewaarde gegevens (bewaard op ${when}) zijn opnieuw geladen.`,
  keepFailed: 'De bestanden konden niet worden bewaard (te weinig opslagruimte?). Ze blijven geladen tot u de pagina sluit.',
  forgetButton: 'Verwijder al mijn gegevens uit deze browser',
  forgotten:
    'Al uw gegevens zijn uit deze browser verwijderd: de bewaarde bestanden, de onthouden koppelingen en de geladen cijfers. Het dashboard toont weer de demogegevens.',
  forgetFailed: (msg: string) => `Verwijderen is niet gelukt: ${msg}`,
  mappingTitle: 'Welk bestand is wat?',
  mappingIntro:
    'Controleer welke tabel elk bestand bevat en welke kolom welk gegeven is; wijzig wat niet klopt en kies dan "Inlezen". Uw keuze wordt in deze browser onthouden voor bestanden met dezelfde kolomnamen (alleen de kolomnamen, nooit de gegevens).',
  tableLabel: (file: string) => `Tabel in ${file}`,
  tableNone: '(kies een tabel)',
  tableBy: { name: 'herkend aan de bestandsnaam', columns: 'herkend aan de kolommen', none: 'niet herkend' } as Record<string, string>,
  colHeader: 'Kolom in het bestand',
  colExamples: 'Voorbeelden',
  colField: 'Wordt',
  colHow: 'Hoe herkend',
  fieldLabel: (header: string) => `Gegeven voor kolom ${header}`,
  notUsed: '(niet gebruiken)',
  ownDimension: (name: string) => `kenmerk ${name}`,
  how: {
    exact: 'zelfde naam', synonym: 'aan de kolomnaam', values: 'geraden uit de waarden: controleer',
    dimension: 'kenmerk van de deelnemers', identifier: 'lijkt een naam, adres of nummer van een persoon: niet gebruikt', none: '—'
  } as Record<MatchKind, string>,
  leftOutHow: (why: string) => `niet gebruikt: ${why}`,
  dimensionRule:
    'Een kolom van de deelnemers wordt alleen een kenmerk als ze 2 tot 30 verschillende waarden heeft, zonder vrije tekst of gegevens die een persoon aanwijzen. Dat wordt bij het inlezen voor alle rijen gecontroleerd.',
  examplesHidden: 'niet getoond',
  missingFields: (fields: string) => `Nog geen kolom voor: ${fields}.`,
  doubledFields: (fields: string) => `Meer dan één kolom voor: ${fields}.`,
  confirm: 'Inlezen',
  cancel: 'Annuleren',
  reviewMapping: 'Tabellen en kolommen bekijken of aanpassen',
  progressLabel: 'Voortgang van het laden',
  stepEngine: 'Rekenmotor starten',
  stepRead: (file: string) => `Bestand openen: ${file}`,
  stepFetch: (file: string) => `Bestand ophalen: ${file}`,
  stepLoad: (file: string, step: string) => `${file}: ${step}`,
  loadSteps: { reading: 'lezen', validating: 'controleren', done: 'klaar' } as Record<string, string>,
  stepSummary: 'Samenvatten',
  stepKeep: 'Bewaren in deze browser',
  elapsed: (s: string) => `${s} s`,
  errorTitle: 'De gegevens konden niet worden geladen',
  errorAction: 'Wat kunt u doen?',
  errorTechnical: 'Technische melding',
  errorWhere: (file: string, line: string) => (line ? `Bestand ${file}, regel ${line}.` : `Bestand ${file}.`),
  loadedTitle: 'Wat is ingelezen',
  loadedDemo: 'Demogegevens',
  accounted: 'Elke rij is meegeteld: gelezen = geladen + geweigerd + dubbels samengevoegd, en elke regel van een CSV-bestand is een rij, een lege regel of een regel binnen aanhalingstekens.',
  notAccounted: 'Niet elke rij is meegeteld: laad de bestanden opnieuw. Bouw geen cijfers op deze gegevens.',
  colLines: 'Regels',
  linesHint: (file: string, blank: string, continued: string) =>
    `${file}: ${blank} lege ${blank === '1' ? 'regel' : 'regels'} overgeslagen${continued !== '0' ? `, ${continued} ${continued === '1' ? 'regel' : 'regels'} binnen aanhalingstekens (een waarde over meer regels)` : ''}.`,
  warningsTitle: 'Let op',
  dimensionsTitle: 'Kenmerken van de deelnemers',
  dimensionsUsed: (cols: string) => `Gebruikt als kenmerk: ${cols}.`,
  dimensionsNone: 'Geen enkele kolom is als kenmerk bruikbaar.',
  dimensionsLeftOut: 'Niet gebruikt als kenmerk (een kenmerk heeft 2 tot 30 verschillende waarden, zonder vrije tekst of gegevens die een persoon aanwijzen):',
  colColumn: 'Kolom',
  colValues: 'Verschillende waarden',
  colWhy: 'Waarom niet',
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
  ignored: (file: string, cols: string) => `${file}: niet gebruikte kolommen: ${cols}.`,
  rejectsTitle: (file: string, n: string, one: boolean) => `${file}: ${n} geweigerde ${one ? 'rij' : 'rijen'}`,
  reasonsCaption: 'Redenen',
  colReason: 'Reden',
  colCount: 'Aantal',
  colWhatToDo: 'Wat te doen',
  colLine: 'Regel',
  rowsShown: (n: string, total: string, all: boolean) => (all ? 'De geweigerde rijen:' : `De eerste ${n} van ${total} geweigerde rijen:`),
  downloadRejects: 'Geweigerde rijen downloaden (CSV)',
  csvHeader: { line: 'regel', reason: 'reden', text: 'tekst van de regel' },
  figuresTitle: 'Cijfers voor het dashboard',
  figuresStart: 'Cijfers berekenen…',
  figuresProgress: (done: string, total: string) => `Maandcijfers berekenen: ${done} van ${total} maanden`,
  figuresReady: 'Het dashboard toont nu de cijfers van uw gegevens. Andere periodes worden berekend wanneer u ze opent.',
  figuresDemo: 'Het dashboard toont de demogegevens (die cijfers zijn al berekend).',
  figuresFailed: (msg: string) => `De cijfers konden niet worden berekend: ${msg}. Het dashboard toont de demogegevens.`,
  toOverview: 'Naar het overzicht',
  resetNotice: 'Het dashboard toont de demogegevens tot nieuwe gegevens geladen zijn.'
};

export type ImportMessages = typeof nl;

const en: ImportMessages = {
  title: 'Your data · Wijkweefsel',
  heading: 'Your own data',
  intro:
    'Load the export files of your registration and see the dashboard with your own figures. Everything happens in this browser: the files never leave your computer and nothing is sent.',
  needed:
    'Needed: wijken, population, participants, activities and participations; signals is optional. As CSV (comma or semicolon, also .csv.gz), Parquet or Excel (.xlsx, the first sheet).',
  pickTitle: 'Choose files',
  dropHint: 'Drag the files here, or choose them with the button.',
  dropActive: 'Drop to load the files',
  fileLabel: 'Export files (you can choose several at once)',
  demoButton: 'Load the demo data',
  engineStarting: 'The engine is starting (a few seconds)…',
  engineReady: 'The engine is ready.',
  engineFailed: 'The engine could not start in this browser; choose the files to try again.',
  demoHint: 'Fictitious data of Leuven and Sint-Niklaas, to see how it works.',
  keepTitle: 'Keeping',
  keepLabel: 'Keep my data in this browser',
  keepHint:
    'Off unless you switch it on. On: the loaded files stay in this browser’s storage on this computer and are loaded again by themselves on your next visit.',
  keepUnavailable: 'This browser cannot keep files.',
  keptSaved: (n) => `${n} files are kept in this browser.`,
  keptLoaded: (when) => `Your kept data (kept on ${when}) have been loaded again.`,
  keepFailed: 'The files could not be kept (not enough storage?). They stay loaded until you close the page.',
  forgetButton: 'Remove all my data from this browser',
  forgotten:
    'All your data have been removed from this browser: the kept files, the remembered mappings and the loaded figures. The dashboard shows the demo data again.',
  forgetFailed: (msg) => `Removing failed: ${msg}`,
  mappingTitle: 'Which file is what?',
  mappingIntro:
    'Check which table each file holds and which column is which field; change what is wrong, then choose "Load". Your choice is remembered in this browser for files with the same column names (the column names only, never the data).',
  tableLabel: (file) => `Table in ${file}`,
  tableNone: '(choose a table)',
  tableBy: { name: 'recognised by the file name', columns: 'recognised by the columns', none: 'not recognised' },
  colHeader: 'Column in the file',
  colExamples: 'Examples',
  colField: 'Becomes',
  colHow: 'How recognised',
  fieldLabel: (header) => `Field for column ${header}`,
  notUsed: '(do not use)',
  ownDimension: (name) => `characteristic ${name}`,
  how: {
    exact: 'same name', synonym: 'by the column name', values: 'guessed from the values: check',
    dimension: 'characteristic of the participants', identifier: 'looks like a person’s name, address or number: not used', none: '—'
  },
  leftOutHow: (why) => `not used: ${why}`,
  dimensionRule:
    'A participants column becomes a characteristic only when it holds 2 to 30 distinct values, with no free text and nothing that points to a person. This is checked for every row when the files are loaded.',
  examplesHidden: 'not shown',
  missingFields: (fields) => `No column yet for: ${fields}.`,
  doubledFields: (fields) => `More than one column for: ${fields}.`,
  confirm: 'Load',
  cancel: 'Cancel',
  reviewMapping: 'Review or change the tables and columns',
  progressLabel: 'Loading progress',
  stepEngine: 'Starting the engine',
  stepRead: (file) => `Opening file: ${file}`,
  stepFetch: (file) => `Fetching file: ${file}`,
  stepLoad: (file, step) => `${file}: ${step}`,
  loadSteps: { reading: 'reading', validating: 'checking', done: 'done' },
  stepSummary: 'Summarising',
  stepKeep: 'Keeping in this browser',
  elapsed: (s) => `${s} s`,
  errorTitle: 'The data could not be loaded',
  errorAction: 'What can you do?',
  errorTechnical: 'Technical message',
  errorWhere: (file, line) => (line ? `File ${file}, line ${line}.` : `File ${file}.`),
  loadedTitle: 'What was loaded',
  loadedDemo: 'Demo data',
  accounted: 'Every row is accounted for: read = loaded + rejected + duplicates merged, and every line of a CSV file is a row, an empty line or a line inside quotes.',
  notAccounted: 'Not every row is accounted for: load the files again. Do not build figures on these data.',
  colLines: 'Lines',
  linesHint: (file, blank, continued) =>
    `${file}: ${blank} empty ${blank === '1' ? 'line' : 'lines'} skipped${continued !== '0' ? `, ${continued} ${continued === '1' ? 'line' : 'lines'} inside quotes (a value over several lines)` : ''}.`,
  warningsTitle: 'Please note',
  dimensionsTitle: 'Characteristics of the participants',
  dimensionsUsed: (cols) => `Used as characteristics: ${cols}.`,
  dimensionsNone: 'No column can be used as a characteristic.',
  dimensionsLeftOut: 'Not used as a characteristic (a characteristic holds 2 to 30 distinct values, with no free text and nothing that points to a person):',
  colColumn: 'Column',
  colValues: 'Distinct values',
  colWhy: 'Why not',
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
  ignored: (file, cols) => `${file}: columns not used: ${cols}.`,
  rejectsTitle: (file, n, one) => `${file}: ${n} rejected ${one ? 'row' : 'rows'}`,
  reasonsCaption: 'Reasons',
  colReason: 'Reason',
  colCount: 'Count',
  colWhatToDo: 'What to do',
  colLine: 'Line',
  rowsShown: (n, total, all) => (all ? 'The rejected rows:' : `The first ${n} of ${total} rejected rows:`),
  downloadRejects: 'Download the rejected rows (CSV)',
  csvHeader: { line: 'line', reason: 'reason', text: 'text of the line' },
  figuresTitle: 'Figures for the dashboard',
  figuresStart: 'Computing figures…',
  figuresProgress: (done, total) => `Computing the monthly figures: ${done} of ${total} months`,
  figuresReady: 'The dashboard now shows the figures of your data. Other periods are computed when you open them.',
  figuresDemo: 'The dashboard shows the demo data (those figures are computed already).',
  figuresFailed: (msg) => `The figures could not be computed: ${msg}. The dashboard shows the demo data.`,
  toOverview: 'To the overview',
  resetNotice: 'The dashboard shows the demo data until new data are loaded.'
};

export const IMPORT_MESSAGES: Record<Locale, ImportMessages> = { nl, en };

const STOPS: Record<Locale, Record<StopCode, Stop>> = { nl: nlStops, en: enStops };
const REASONS: Record<Locale, Record<ReasonCode, Word>> = { nl: nlReasons, en: enReasons };
const GROUPS: Record<Locale, Record<ReasonCode, Group>> = { nl: nlGroups, en: enGroups };
const TABLE_NAMES: Record<Locale, Record<TableName, string>> = { nl: nlTables, en: enTables };
const FIELD_NAMES: Record<Locale, Record<string, string>> = { nl: nlFields, en: enFields };

export const tableName = (locale: Locale, t: TableName) => TABLE_NAMES[locale][t] ?? t;

/** A field as the user reads it: "datum (date)"; a dimension without a known name as itself. */
export const fieldName = (locale: Locale, field: string) => (FIELD_NAMES[locale][field] ? `${FIELD_NAMES[locale][field]} (${field})` : field);

/** Table names in params ("participants") in the reader's words. */
function withTable(locale: Locale, p: Params): Params {
  return p.table ? { ...p, tableName: tableName(locale, p.table as TableName) } : p;
}

/** What stopped a load, and what to do, in the reader's language. */
export function stopText(locale: Locale, code: StopCode, params: Params = {}): { message: string; action: string } {
  return STOPS[locale][code](withTable(locale, { file: '', ...params }));
}

/** One rejected row's reason in the reader's language (a parent row's own reason, `cause`, too). */
export function reasonText(locale: Locale, r: Reason): string {
  const p = withTable(locale, r.params);
  return REASONS[locale][r.code](r.cause ? { ...p, causeText: reasonText(locale, r.cause) } : p);
}

/** A group of reasons: label and what to do. */
export function groupText(locale: Locale, r: Reason): { label: string; help: string } {
  return GROUPS[locale][r.code](withTable(locale, r.params));
}

/** A day (YYYY-MM-DD) as the reader writes it. */
function day(locale: Locale, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A size in bytes as the reader reads it. */
function size(locale: Locale, bytes: number): string {
  if (bytes >= 1 << 20) return `${formatNumber(locale, bytes / (1 << 20))} MB`;
  if (bytes >= 1 << 10) return `${formatNumber(locale, bytes / (1 << 10))} kB`;
  return `${formatNumber(locale, bytes)} bytes`;
}

type WarningWords = (p: Params) => string;
const nlWarnings: Record<WarningCode, WarningWords> = {
  noRows: (p) => `${p.file}${p.size ? ` (${p.size})` : ''} bevat geen rijen: alleen een kopregel${p.blank !== '0' ? ` en ${p.blankN} lege regels` : ''}. Is dit het juiste bestand?`,
  futureDates: (p) =>
    `${p.file}: ${p.countN} van de ${p.totalN} datums in ${p.column} liggen na vandaag (${p.todayD}), van ${p.firstD} tot ${p.lastD}. Controleer ze: dag en maand verwisseld, een verkeerd jaar, of geplande in plaats van gehouden sessies?`,
  idsNormalised: (p) =>
    `${p.file}: in ${p.countN} ${p.count === '1' ? 'rij' : 'rijen'} stond een code in een andere vorm (een andere Unicode-vorm, onzichtbare tekens of brede tekens); ze is gelezen als de gewone code.`
};
const enWarnings: Record<WarningCode, WarningWords> = {
  noRows: (p) => `${p.file}${p.size ? ` (${p.size})` : ''} holds no rows: a header only${p.blank !== '0' ? `, and ${p.blankN} empty lines` : ''}. Is this the right file?`,
  futureDates: (p) =>
    `${p.file}: ${p.countN} of the ${p.totalN} dates in ${p.column} lie after today (${p.todayD}), from ${p.firstD} to ${p.lastD}. Check them: day and month swapped, a wrong year, or planned rather than held sessions?`,
  idsNormalised: (p) =>
    `${p.file}: in ${p.countN} ${p.count === '1' ? 'row' : 'rows'} a code was written in another form (another Unicode form, invisible characters or full-width characters); it was read as the plain code.`
};
const WARNINGS: Record<Locale, Record<WarningCode, WarningWords>> = { nl: nlWarnings, en: enWarnings };

/** A load warning (warnings.ts) in the reader's language, numbers and dates as the reader writes them. */
export function warningText(locale: Locale, file: string, w: LoadWarning): string {
  const p = w.params;
  const n = (k: string) => (p[k] === undefined ? '' : formatNumber(locale, Number(p[k])));
  const d = (k: string) => (p[k] === undefined ? '' : day(locale, p[k]));
  return WARNINGS[locale][w.code]({
    ...p,
    file,
    size: p.bytes === undefined ? '' : size(locale, Number(p.bytes)),
    blankN: n('blank'),
    countN: n('count'),
    totalN: n('total'),
    todayD: d('today'),
    firstD: d('first'),
    lastD: d('last')
  });
}

const LEFT_OUT: Record<Locale, Record<LeftOutReason, string>> = {
  nl: {
    identifierName: 'de kolomnaam wijst op een naam, adres, nummer, geboortedatum of opmerking',
    personalValues: 'waarden lijken op een telefoon- of rijksregisternummer, een e-mailadres of een pseudoniem',
    longText: 'lange tekst (meer dan 50 tekens): vrije tekst, geen groep',
    empty: 'leeg: geen enkele waarde',
    single: 'maar één waarde: ze onderscheidt geen groepen',
    tooMany: 'meer dan 30 verschillende waarden: vrije tekst of een identificatie',
    mostlyUnique: 'bijna elke waarde is anders: ze onderscheidt personen in plaats van groepen'
  },
  en: {
    identifierName: 'the column name points to a name, address, number, date of birth or remark',
    personalValues: 'values look like a phone or national number, an e-mail address or a pseudonym',
    longText: 'long text (over 50 characters): free text, not a group',
    empty: 'empty: not a single value',
    single: 'a single value: it tells no groups apart',
    tooMany: 'more than 30 distinct values: free text or an identifier',
    mostlyUnique: 'nearly every value differs: it tells persons apart rather than groups'
  }
};

/** Why a participant column is not a dimension, in the reader's language. */
export const leftOutText = (locale: Locale, reason: LeftOutReason): string => LEFT_OUT[locale][reason];
