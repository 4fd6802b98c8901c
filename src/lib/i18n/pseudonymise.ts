/**
 * Texts of the Pseudonimiseren pages (issue 6), in Dutch (the default) and English,
 * in the style of messages.ts: plain strings, or functions of already formatted values.
 */
import type { Locale } from './messages';

const nl = {
  title: 'Pseudonimiseren',
  heading: 'Pseudonimiseren: een registratiebestand omzetten naar de exportbestanden',
  intro:
    'Zet uw eigen registratiebestand om naar de bestanden deelnemers (participants.csv) en deelnames (participations.csv). Namen, rijksregisternummers, adressen en geboortedata worden vervangen door een pseudoniem, een leeftijdsgroep en een wijk. Alles gebeurt in deze browser: het bestand en de wachtzin verlaten uw computer niet.',
  guideLink: 'Uitleg: wachtzin afspreken en wat de cijfers tonen',
  homeLink: 'Terug naar het dashboard',
  switchTo: 'English',
  switchToLang: 'en',
  switchLabel: 'Switch to English',
  stepFile: '1. Registratiebestand',
  fileLabel: 'Registratiebestand (CSV, komma of puntkomma)',
  fileRead: (rows: string, cols: string) => `${rows} rijen, ${cols} kolommen ingelezen.`,
  stepMapping: '2. Welke kolom is wat?',
  mappingHint: 'Kies voor elk gegeven de kolom uit uw bestand. Kolommen die u niet kiest, worden niet gebruikt en niet weggeschreven.',
  none: '(geen)',
  identifierLabel: 'Het pseudoniem wordt gemaakt van',
  identifierNN: 'het rijksregisternummer',
  identifierName: 'naam en geboortedatum',
  identifierHint: 'Beide partners moeten dezelfde keuze maken, anders worden dezelfde personen niet herkend.',
  fields: {
    national_number: 'Rijksregisternummer',
    name: 'Naam (familienaam of volledige naam)',
    first_name: 'Voornaam',
    date_of_birth: 'Geboortedatum',
    postcode: 'Postcode',
    address: 'Adres (straat en huisnummer)',
    activity_id: 'Activiteit (activity_id)',
    date: 'Datum van de deelname',
    role: 'Rol (deelnemer, vrijwilliger, co-organisator)'
  } as Record<string, string>,
  dimensionsLabel: 'Andere kenmerken om mee te nemen (bv. geslacht)',
  referenceLabel: 'Leeftijd berekend op (beide partners dezelfde datum)',
  stepWijken: '3. Tabel van adres naar wijk',
  wijkenLabel: 'Wijktabel (CSV met postcode en/of straat, en wijk_id)',
  wijkenHint: 'Zonder wijktabel blijft de woonwijk leeg (onbekend).',
  wijkenRead: (rows: string) => `${rows} regels in de wijktabel.`,
  stepPassphrase: '4. Wachtzin',
  passphraseLabel: 'Wachtzin die de partners samen hebben afgesproken',
  passphraseHint: 'Minstens 12 tekens. De wachtzin wordt nergens bewaard of verstuurd.',
  run: 'Pseudonimiseren',
  running: 'Bezig: de sleutel afleiden en de rijen omzetten…',
  resultTitle: 'Resultaat',
  resultSummary: (rows: string, written: string, rejected: string, people: string, noWijk: string, noAge: string, ref: string) =>
    `${rows} rijen gelezen: ${written} deelnames weggeschreven, ${rejected} geweigerd; ${people} deelnemers (${noWijk} zonder wijk, ${noAge} zonder leeftijdsgroep; leeftijd op ${ref}).`,
  rejectedTitle: (n: string) => `Geweigerde rijen (${n})`,
  colLine: 'Regel',
  colReason: 'Reden',
  download: (file: string) => `${file} downloaden`,
  errorTitle: 'Niet gelukt',
  noFile: 'Kies eerst een registratiebestand.'
};

export type PseudonymiseMessages = typeof nl;

const en: PseudonymiseMessages = {
  title: 'Pseudonymise',
  heading: 'Pseudonymise: turn a registration file into the export files',
  intro:
    'Turn your own registration file into the participants and participations files. Names, national register numbers, addresses and dates of birth are replaced by a pseudonym, an age band and a wijk. Everything happens in this browser: the file and the passphrase never leave your computer.',
  guideLink: 'Guidance: agreeing a passphrase and what the figures show',
  homeLink: 'Back to the dashboard',
  switchTo: 'Nederlands',
  switchToLang: 'nl',
  switchLabel: 'Schakel naar Nederlands',
  stepFile: '1. Registration file',
  fileLabel: 'Registration file (CSV, comma or semicolon)',
  fileRead: (rows: string, cols: string) => `${rows} rows, ${cols} columns read.`,
  stepMapping: '2. Which column is what?',
  mappingHint: 'Choose the column of your file for each item. Columns you do not choose are not used and not written.',
  none: '(none)',
  identifierLabel: 'The pseudonym is made from',
  identifierNN: 'the national register number',
  identifierName: 'name and date of birth',
  identifierHint: 'Both partners must make the same choice, or the same people will not be recognised.',
  fields: {
    national_number: 'National register number',
    name: 'Name (family name or full name)',
    first_name: 'First name',
    date_of_birth: 'Date of birth',
    postcode: 'Postcode',
    address: 'Address (street and number)',
    activity_id: 'Activity (activity_id)',
    date: 'Date of the session',
    role: 'Role (participant, volunteer, co-organiser)'
  },
  dimensionsLabel: 'Other characteristics to keep (e.g. gender)',
  referenceLabel: 'Age counted on (the same date for both partners)',
  stepWijken: '3. Table from address to wijk',
  wijkenLabel: 'Wijk table (CSV with postcode and/or street, and wijk_id)',
  wijkenHint: 'Without a wijk table the residence wijk stays empty (unknown).',
  wijkenRead: (rows: string) => `${rows} lines in the wijk table.`,
  stepPassphrase: '4. Passphrase',
  passphraseLabel: 'Passphrase the partners agreed between them',
  passphraseHint: 'At least 12 characters. The passphrase is never stored or sent.',
  run: 'Pseudonymise',
  running: 'Working: deriving the key and converting the rows…',
  resultTitle: 'Result',
  resultSummary: (rows: string, written: string, rejected: string, people: string, noWijk: string, noAge: string, ref: string) =>
    `${rows} rows read: ${written} participations written, ${rejected} rejected; ${people} participants (${noWijk} without a wijk, ${noAge} without an age band; age on ${ref}).`,
  rejectedTitle: (n: string) => `Rejected rows (${n})`,
  colLine: 'Line',
  colReason: 'Reason',
  download: (file: string) => `Download ${file}`,
  errorTitle: 'That did not work',
  noFile: 'Choose a registration file first.'
};

/** The guidance page: informative, not legal advice. Paragraphs per section. */
const guideNl = {
  title: 'Uitleg bij het pseudonimiseren',
  heading: 'Samen tellen zonder identiteiten te delen',
  disclaimer: 'Deze uitleg is informatief en geen juridisch advies. Overleg met de functionaris voor gegevensbescherming (DPO) van elke partner.',
  sections: [
    {
      title: 'Waarom een pseudoniem',
      body: [
        'Om te weten hoeveel bewoners zowel buurtwerk als de gebiedsgerichte werking bereiken, moet dezelfde persoon in beide bestanden hetzelfde kenmerk dragen. Geen van beide partners mag daarvoor de identiteiten aan de ander geven.',
        'Elke partner zet daarom zijn eigen bestand om met dezelfde wachtzin. Het pseudoniem is een sleutelhash (HMAC-SHA-256) van het genormaliseerde rijksregisternummer, of van naam en geboortedatum. Zonder de wachtzin kan niemand het pseudoniem uit een naam of nummer berekenen, en ook niet omgekeerd.'
      ]
    },
    {
      title: 'Een wachtzin afspreken',
      body: [
        'Spreek de wachtzin mondeling of via een ander kanaal af dan het kanaal waarlangs de bestanden gaan: nooit in dezelfde e-mail, map of hetzelfde gedeelde station als de gegevens.',
        'Kies een lange wachtzin van enkele willekeurige woorden (minstens 12 tekens; beter vier of meer woorden). Bewaar hem in een wachtwoordkluis, bij zo weinig mensen als nodig.',
        'Wie de cijfers analyseert, heeft de wachtzin niet nodig en hoort hem niet te kennen: wie de wachtzin en een lijst namen heeft, kan pseudoniemen terug koppelen.',
        'Beide partners maken dezelfde keuzes: hetzelfde identificerend gegeven (rijksregisternummer, of naam en geboortedatum), dezelfde referentiedatum voor de leeftijd en dezelfde wijktabel.'
      ]
    },
    {
      title: 'Elk jaar een nieuwe wachtzin',
      body: [
        'Verander de wachtzin elk jaar (bijvoorbeeld op 1 januari) en vernietig de oude. Met een nieuwe wachtzin krijgt iedereen een ander pseudoniem, zodat bestanden van verschillende jaren niet meer aan elkaar te koppelen zijn.',
        'Het gevolg: cijfers over een periode moeten uit bestanden met dezelfde wachtzin komen. Een meerjarige reeks van overlap per persoon is dus bewust niet mogelijk; een reeks van jaarcijfers wel.',
        'Is de wachtzin uitgelekt, spreek dan meteen een nieuwe af en maak de bestanden opnieuw.'
      ]
    },
    {
      title: 'Wat de cijfers wel en niet tonen',
      body: [
        'Wel: hoeveel bewoners van een wijk bij buurtwerk, bij de gebiedsgerichte werking of bij allebei deelnamen, en wie eerst kwam. Alleen tellingen, met kleine aantallen verborgen.',
        'Niet: wie die mensen zijn, waarom ze kwamen, of buurtwerk de oorzaak is van de deelname elders. Overlap is samenhang, geen bewijs van doorverwijzing.',
        'Fouten in de registratie tellen mee: een verkeerd getypt rijksregisternummer of een andere schrijfwijze van een naam maakt van één persoon er twee. De controle van het rijksregisternummer en de normalisatie (hoofdletters, accenten, leestekens) vangen een deel op, niet alles.',
        'Pseudoniemen zijn geen anonieme gegevens: met de wachtzin zijn ze terug te koppelen. Behandel de omgezette bestanden nog steeds als persoonsgegevens; de cijfers die het dashboard toont zijn geaggregeerd.'
      ]
    },
    {
      title: 'Wat het hulpmiddel weglaat',
      body: [
        'Namen, rijksregisternummers, adressen, postcodes, e-mailadressen, telefoonnummers en geboortedata worden niet weggeschreven. Een controle weigert het resultaat als er toch een kolom in staat die daarop lijkt (naar de kolomnaam of de inhoud), en zegt welke.'
      ]
    }
  ],
  technicalTitle: 'Technische beschrijving',
  technical:
    'Sleutel: PBKDF2-HMAC-SHA-256 van de wachtzin (Unicode NFC, UTF-8), zout "wijkweefsel-pseudonym-v1", 600 000 iteraties, 32 bytes. Pseudoniem: "P" gevolgd door de eerste 20 hexadecimale tekens van HMAC-SHA-256 van het genormaliseerde gegeven ("rrn:" + 11 cijfers, of "name:" + de woorden van voornaam en naam, gesorteerd, + "|" + geboortedatum JJJJ-MM-DD).'
};

export type GuideMessages = typeof guideNl;

const guideEn: GuideMessages = {
  title: 'Guidance on pseudonymisation',
  heading: 'Counting together without sharing identities',
  disclaimer: 'This guidance is informative and not legal advice. Consult each partner’s data protection officer (DPO).',
  sections: [
    {
      title: 'Why a pseudonym',
      body: [
        'To know how many residents both buurtwerk and the area-based work reach, one person must carry the same mark in both files. Neither partner may hand the identities to the other for that.',
        'So each partner converts its own file with the same passphrase. The pseudonym is a keyed hash (HMAC-SHA-256) of the normalised national register number, or of name and date of birth. Without the passphrase nobody can compute the pseudonym from a name or number, nor the other way round.'
      ]
    },
    {
      title: 'Agreeing a passphrase',
      body: [
        'Agree the passphrase in person or over another channel than the one the files travel by: never in the same e-mail, folder or shared drive as the data.',
        'Choose a long passphrase of a few random words (at least 12 characters; better four words or more). Keep it in a password manager, known to as few people as needed.',
        'Whoever analyses the figures does not need the passphrase and should not know it: with the passphrase and a list of names one can link pseudonyms back.',
        'Both partners make the same choices: the same identifier (national register number, or name and date of birth), the same reference date for ages, and the same wijk table.'
      ]
    },
    {
      title: 'A new passphrase every year',
      body: [
        'Change the passphrase every year (for instance on 1 January) and destroy the old one. With a new passphrase everybody gets another pseudonym, so files of different years can no longer be linked.',
        'The consequence: figures over a period must come from files made with the same passphrase. A multi-year per-person overlap series is deliberately impossible; a series of yearly figures is not.',
        'If the passphrase has leaked, agree a new one at once and make the files again.'
      ]
    },
    {
      title: 'What the figures can and cannot show',
      body: [
        'They can: how many residents of a wijk took part in buurtwerk, in the area-based work or in both, and which came first. Counts only, with small numbers hidden.',
        'They cannot: who those people are, why they came, or whether buurtwerk caused the participation elsewhere. Overlap is association, not proof of referral.',
        'Registration errors count: a mistyped national register number or another spelling of a name turns one person into two. The check digits of the national register number and the normalisation (case, accents, punctuation) catch some of this, not all.',
        'Pseudonyms are not anonymous data: with the passphrase they can be linked back. Still treat the converted files as personal data; the figures the dashboard shows are aggregated.'
      ]
    },
    {
      title: 'What the tool leaves out',
      body: [
        'Names, national register numbers, addresses, postcodes, e-mail addresses, phone numbers and dates of birth are not written. A check refuses the result if a column that looks like one is still there (by its name or its contents), and says which.'
      ]
    }
  ],
  technicalTitle: 'Technical description',
  technical:
    'Key: PBKDF2-HMAC-SHA-256 of the passphrase (Unicode NFC, UTF-8), salt "wijkweefsel-pseudonym-v1", 600,000 iterations, 32 bytes. Pseudonym: "P" followed by the first 20 hex characters of HMAC-SHA-256 of the normalised identifier ("rrn:" + 11 digits, or "name:" + the words of first name and name, sorted, + "|" + date of birth YYYY-MM-DD).'
};

export const PSEUDONYMISE_MESSAGES: Record<Locale, PseudonymiseMessages> = { nl, en };
export const GUIDE_MESSAGES: Record<Locale, GuideMessages> = { nl: guideNl, en: guideEn };
