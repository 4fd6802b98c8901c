/**
 * Every text of the site in Dutch, the default language: plain strings, or functions of
 * values the caller has already formatted. Prose only: this file knows no figure, alert
 * or file type; src/lib/words binds these texts to them (and the compiler checks that
 * every figure, alert and load problem has its text). en.ts has the same shape.
 */
import { capitalise as capital, formatNumber } from './format';

/** Values of a text about a stop or a rejected row (file, column, line ...), already written out. */
type Params = Record<string, string>;

/** The site's disclosure threshold k and session cap, which some explanations mention. */
export interface SiteSettings {
  k: number;
  cap: number;
}

/** An alert's thresholds, written out in the reader's language. */
export interface AlertRule {
  groupShare: string;
  representation: string;
  concentration: string;
  representativeness: string;
  mixing: string;
  newcomers: string;
  /** How many months in a row the newcomer share is judged. */
  months: string;
}

interface AlertText {
  /** A short name, e.g. for a list of alerts. */
  title: string;
  /** When it fires, with the thresholds in use. */
  rule: (t: AlertRule) => string;
  /** What it means, in a sentence or two. */
  meaning: string;
  /** Where to look next. */
  look: string;
}

interface Family {
  title: string;
  intro: (p: SiteSettings) => string[];
}

type Stop = (p: Params) => { message: string; action: string };
type Word = (p: Params) => string;
type Group = (p: Params) => { label: string; help: string };
type Reading = 'apart' | 'chance' | 'together';

/** Keeps an object's keys and gives every entry one type, so `(p) =>` entries are typed. */
const each =
  <T>() =>
  <K extends string>(entries: Record<K, T>) =>
    entries;

const nlNum = (n: number) => formatNumber('nl', n);

/** Every Dutch text. */
export const nl = {
  site: {
    label: 'Pagina’s',
    skip: 'Naar de inhoud',
    overview: 'Overzicht',
    signals: 'Aandachtspunten',
    report: 'Maandrapport',
    explain: 'Uitleg',
    data: 'Eigen gegevens',
    pseudo: 'Pseudonimiseren',
    switchTo: 'English',
    switchLabel: 'Switch to English',
    attributionLicence: 'Licentie: Modellicentie Gratis Hergebruik Vlaanderen v1.0.'
  },

  chart: {
    table: 'Toon als tabel',
    csv: 'Download cijfers (CSV)',
    excel: 'Excel (puntkomma, decimale komma)',
    excelLabel: (title: string) => `Download cijfers voor Excel (puntkomma, decimale komma): ${title}`,
    csvLabel: (title: string) => `Download cijfers (CSV): ${title}`
  },

  figures: {
    metrics: {
      // ---- Reach --------------------------------------------------------------
      participants: {
        name: 'deelnemers',
        what: 'Het aantal verschillende bewoners van de wijk dat in de periode minstens één keer deelnam. Wie tien keer kwam, telt één keer.',
        formula: 'aantal verschillende deelnemers die in de wijk wonen, met minstens één deelname in de periode',
        read: '250 deelnemers in een jaar: 250 verschillende bewoners deden minstens één keer mee, ook als sommigen elke week kwamen.',
        pitfalls: [
          'Een jaar is niet de som van twaalf maanden: wie elke maand komt, telt in het jaar één keer.',
          'Geteld in de woonwijk, niet in de wijk van de activiteit. Deelnemers zonder bekende woonwijk tellen in de wijk "locatie onbekend" van hun stad.',
          'Het cijfer voor de hele stad is geen optelsom van de wijken: wie in twee wijken meedoet, telt in de stad één keer.',
          'Minder dan k personen (standaard 5) wordt getoond als "<5".'
        ]
      },
      reach_rate: {
        name: 'bereik per 1.000 inwoners',
        what: 'Hoeveel bewoners per 1.000 inwoners van de wijk deelnamen. Zo kun je grote en kleine wijken vergelijken.',
        formula: 'deelnemers / bevolking van de wijk × 1.000',
        read: 'Een wijk met 6.000 inwoners en 300 deelnemers: 300 / 6.000 × 1.000 = 50. Vijf op de honderd bewoners deden mee.',
        pitfalls: [
          'De bevolking is het laatste cijfer op of vóór het einde van de periode (anders het eerste dat er is). Een nieuw bevolkingscijfer kan het bereik doen verspringen zonder dat de deelname veranderde.',
          'Een maand geeft altijd een lager bereik dan een jaar. Vergelijk alleen perioden van dezelfde soort.',
          'De wijk "locatie onbekend" heeft geen bevolking en dus geen bereik.'
        ]
      },
      group_reach_rate: {
        name: 'bereik van de groep per 1.000',
        what: 'Het bereik binnen één groep, bijvoorbeeld bewoners van 65 tot 79 jaar: hoeveel van hen per 1.000 deelnamen.',
        formula: 'deelnemers uit de groep / bevolking van de groep × 1.000',
        read: 'In de wijk wonen 800 mensen van 65 tot 79 jaar en 40 van hen namen deel: 40 / 800 × 1.000 = 50.',
        pitfalls: [
          'Alleen voor kenmerken waarvan de bevolking per groep bekend is (bijvoorbeeld leeftijd, gender en herkomst uit de bevolkingstabel).',
          'Deelnemers met een onbekende waarde (groep "onbekend") tellen in geen enkele groep. Veel "onbekend" maakt alle groepsbereiken te laag.',
          'Bij kleine groepen wordt het cijfer niet getoond als het gebaseerd is op minder dan k personen.'
        ]
      },
      representation_index: {
        name: 'vertegenwoordigingsindex',
        what: 'Is een groep even sterk aanwezig bij de deelnemers als in de wijk? De index deelt het aandeel van de groep bij de deelnemers door haar aandeel in de bevolking.',
        formula: '(deelnemers uit de groep / deelnemers met een bekende waarde) / (bevolking van de groep / bevolking met een bekende waarde)',
        read: '1 = zo aanwezig als in de wijk, 0,5 = half zo aanwezig, 2 = dubbel zo aanwezig. Voorbeeld: 65-plussers zijn 20% van de wijk maar 10% van de deelnemers: 10% / 20% = 0,5.',
        pitfalls: [
          'De index zegt niets over hoeveel mensen je bereikt: bij een heel laag bereik kan elke groep toch een index van 1 hebben. Kijk er ook naar het groepsbereik.',
          'Deelnemers met een onbekende waarde blijven buiten de berekening; hun aandeel wordt apart getoond. Als vooral één groep de vraag niet beantwoordt, is de index scheef.',
          'Bij kleine groepen springt de index snel: een paar mensen meer of minder verandert hem sterk.',
          'Een groep met minstens 10% van de bevolking en een index onder 0,5 geeft een aandachtspunt.'
        ]
      },
      dissimilarity: {
        name: 'ongelijkheidsindex',
        what: 'Hoe sterk de samenstelling van de deelnemers afwijkt van die van de wijk, voor één kenmerk (bijvoorbeeld leeftijd). Het is het deel van de deelnemers dat van groep zou moeten wisselen om precies op de wijk te lijken.',
        formula: '½ × de som over de groepen van | aandeel bij de deelnemers − aandeel in de bevolking |',
        read: '0 = dezelfde samenstelling als de wijk, 1 = helemaal anders. Voorbeeld: de wijk is 50% man en 50% vrouw, de deelnemers zijn 30% man en 70% vrouw: ½ × (20% + 20%) = 0,20. Een vijfde van de deelnemers zou "anders" moeten zijn.',
        pitfalls: [
          'Per kenmerk apart: een lage waarde voor gender zegt niets over leeftijd.',
          'Met veel groepen (zoals zeven leeftijdsgroepen) en weinig deelnemers ligt de index door toeval al hoger.',
          'Onbekende waarden blijven erbuiten, zowel bij de deelnemers als bij de bevolking.'
        ]
      },
      representativeness: {
        name: 'representativiteit',
        what: 'De breedte van het bereik voor één kenmerk: 1 min de ongelijkheidsindex. Hoe hoger, hoe meer de deelnemers op de wijk lijken.',
        formula: '1 − ongelijkheidsindex',
        read: '1 = de deelnemers zijn samengesteld zoals de wijk. In het voorbeeld bij de ongelijkheidsindex: 1 − 0,20 = 0,80.',
        pitfalls: [
          'Het zegt niet hoeveel mensen je bereikt; lees het altijd samen met het bereik.',
          'Een activiteit voor één doelgroep (bijvoorbeeld voor senioren) heeft bewust een lage waarde voor leeftijd. Lees het cijfer voor het hele aanbod in de wijk, niet als oordeel over één activiteit.',
          'Representativiteit onder 0,6 geeft een aandachtspunt.'
        ]
      },
      heterogeneity: {
        name: 'diversiteit van de deelnemers',
        what: 'Hoe gemengd de deelnemers zijn voor één kenmerk: de kans dat twee willekeurige deelnemers tot een verschillende groep behoren.',
        formula: '1 − de som over de groepen van (aandeel van de groep bij de deelnemers)²',
        read: '0 = iedereen in dezelfde groep; hoe hoger, hoe gemengder. Drie even grote groepen: 1 − 3 × (⅓)² = 0,67. Leg het naast de diversiteit van de bevolking.',
        pitfalls: [
          'Het maximum hangt af van het aantal groepen: met 2 groepen hoogstens 0,5, met 7 groepen 0,86. Vergelijk dus alleen binnen één kenmerk.',
          'Een gemengde groep deelnemers in een weinig gemengde wijk is iets anders dan in een sterk gemengde wijk: kijk altijd naar de diversiteit van de bevolking ernaast.',
          'Het zegt niet of de groepen elkaar ook ontmoeten; daarvoor zijn de cijfers over verbinden en overbruggen.'
        ]
      },
      population_heterogeneity: {
        name: 'diversiteit van de bevolking',
        what: 'Dezelfde maat voor de bevolking van de wijk: hoe gemengd de bewoners zelf zijn. Het vergelijkingspunt voor de diversiteit van de deelnemers.',
        formula: '1 − de som over de groepen van (aandeel van de groep in de bevolking)²',
        read: 'Diversiteit van de deelnemers 0,40 en van de bevolking 0,60: de deelnemers zijn minder gemengd dan de wijk.',
        pitfalls: [
          'Berekend uit de bevolkingstabel (het laatste cijfer op of vóór het einde van de periode), niet uit de deelnemers.',
          'Bewoners met een onbekende waarde en groepen die in de bevolkingstabel ontbreken, tellen niet mee.'
        ]
      },
      top20_share: {
        name: 'aandeel van de top-20%',
        what: 'Welk deel van alle deelnames komt van de 20% deelnemers die het vaakst komen? Het toont of een werking op een kleine vaste kern draait.',
        formula: 'deelnames van de 20% meest actieve deelnemers (naar boven afgerond) / alle deelnames',
        read: '100 deelnemers met samen 1.000 deelnames; de 20 die het vaakst kwamen, hadden er 600: 600 / 1.000 = 60%. Als iedereen even vaak kwam, is het 20%.',
        pitfalls: [
          'Een vaste kern is niet slecht: wekelijkse activiteiten hebben vanzelf trouwe deelnemers. Lees het samen met het aantal deelnemers en nieuwkomers.',
          'Over een langere periode ligt het hoger: eenmalige bezoekers en vaste deelnemers lopen verder uiteen.',
          'Bij weinig deelnemers is de top-20% maar een handvol mensen.',
          'Een aandeel van 60% of meer geeft een aandachtspunt.'
        ]
      },
      lorenz_share: {
        name: 'aandeel in de deelnames (Lorenzcurve)',
        what: 'De Lorenzcurve: welk deel van alle deelnames de minst actieve 10%, 20%, ... 100% van de deelnemers samen hebben. Een uitbreiding op METRICS.md (R7), om de concentratie te tekenen.',
        formula: 'sorteer de deelnemers van weinig naar veel deelnames; L(p) = deelnames van de eerste p × deelnemers / alle deelnames (rechte lijn tussen twee deelnemers als p × deelnemers geen geheel getal is)',
        read: 'L(80%) = 0,45 betekent: de minst actieve 80% heeft samen 45% van de deelnames, de top-20% dus 55%. Hoe verder de curve onder de diagonaal, hoe groter de concentratie.',
        pitfalls: [
          'Alleen getoond bij minstens 10 × k deelnemers, zodat elk tiende deel op minstens k personen gebaseerd is.',
          'Iedereen die meetelt, kwam minstens één keer: de curve begint dus nooit vlak op nul.'
        ]
      },
      gini: {
        name: 'gini-coëfficiënt',
        what: 'Hoe ongelijk de deelnames verdeeld zijn over de deelnemers. 0 = iedereen kwam even vaak; hoe dichter bij 1, hoe meer een paar mensen heel vaak komen en de rest zelden.',
        formula: 'som over alle paren deelnemers (in beide volgordes) van | verschil in aantal deelnames | / (2 × deelnemers × alle deelnames)',
        read: 'Vier deelnemers kwamen 1, 1, 1 en 9 keer (12 deelnames). Elk van de drie paren met de vaste deelnemer verschilt 8, in beide volgordes: 6 × 8 = 48. 48 / (2 × 4 × 12) = 0,5.',
        pitfalls: [
          'Met weinig deelnemers is de Gini onbetrouwbaar: één persoon meer of minder verandert hem sterk.',
          'Iedereen die meetelt, kwam minstens één keer, dus de Gini haalt nooit 1.',
          'Over een langere periode ligt hij meestal hoger, net als het aandeel van de top-20%.'
        ]
      },
      newcomers: {
        name: 'nieuwkomers',
        what: 'Deelnemers die in deze periode voor het eerst deelnamen, gekeken over alle gegevens en binnen het gekozen aanbod (in welke wijk ook).',
        formula: 'deelnemers van wie de allereerste deelname (bij het gekozen aanbod) in de periode valt',
        read: 'In maart 120 deelnemers, van wie 18 nooit eerder deelnamen: 18 nieuwkomers.',
        pitfalls: [
          'Niet beschikbaar voor een periode die de eerste maand van de gegevens bevat: dan lijkt iedereen nieuw. De site toont dan "n.b.", nooit 100%.',
          '"Nieuw" betekent nieuw in deze gegevens: wie al kwam vóór het begin van de gegevens, lijkt in de eerste maanden nieuw. Kort na het begin zijn de cijfers dus te hoog.',
          'Met de filter buurtwerk is iemand die al naar GGW kwam maar nu voor het eerst naar buurtwerk, nieuw voor buurtwerk.'
        ]
      },
      newcomer_share: {
        name: 'aandeel nieuwkomers',
        what: 'Het aandeel nieuwkomers onder de deelnemers van de periode.',
        formula: 'nieuwkomers / deelnemers',
        read: '18 nieuwkomers op 120 deelnemers: 15%.',
        pitfalls: [
          'Niet beschikbaar in een periode met de eerste maand van de gegevens, en te hoog kort daarna.',
          'Over een jaar is het aandeel hoger dan over een maand: vergelijk dezelfde soort periode.',
          'Onder 10% drie maanden na elkaar geeft een aandachtspunt.'
        ]
      },
      retention: {
        name: 'behoud',
        what: 'Van de deelnemers in de vorige, even lange periode: welk deel doet in deze periode opnieuw mee? Zelfde wijk, zelfde aanbod.',
        formula: 'deelnemers van de vorige periode die ook nu deelnemen / deelnemers van de vorige periode',
        read: 'Vorig kwartaal 200 deelnemers, van wie 130 ook dit kwartaal: 130 / 200 = 65%. Bij een voortschrijdend jaar is de vorige periode de 12 maanden daarvoor.',
        pitfalls: [
          'Niet beschikbaar als de vorige periode vóór het begin van de gegevens start.',
          'Zomer: veel activiteiten pauzeren in juli en augustus, dus het behoud van augustus tegenover juli lijkt laag.',
          'Met de filter buurtwerk telt wie overstapte naar GGW als niet teruggekomen.',
          'Hoog behoud en weinig nieuwkomers samen wijzen op een gesloten groep.'
        ]
      },
      domains_per_participant: {
        name: 'domeinen per deelnemer',
        what: 'In hoeveel verschillende domeinen (ontmoeting, vrije tijd, gezondheid, wonen, taal …) een deelnemer gemiddeld meedeed.',
        formula: 'som over de deelnemers van hun aantal verschillende domeinen / deelnemers',
        read: '1,00 = iedereen blijft binnen één domein. 1,50 = gemiddeld anderhalf domein, bijvoorbeeld de helft van de deelnemers in twee domeinen en de rest in één.',
        pitfalls: [
          'Hangt af van hoe het aanbod in domeinen is ingedeeld: een fijnere indeling geeft hogere cijfers.',
          'Over een langere periode is er meer kans op een tweede domein.'
        ]
      },
      multi_domain_share: {
        name: 'aandeel in twee of meer domeinen',
        what: 'Het aandeel deelnemers dat in twee of meer domeinen meedeed.',
        formula: 'deelnemers in 2 of meer domeinen / deelnemers',
        read: '60 van de 240 deelnemers deden mee in minstens twee domeinen: 25%.',
        pitfalls: [
          'Het toont doorstroming tussen aanbod (bijvoorbeeld van een ontmoetingsmoment naar een taalcursus), maar niet de volgorde of de reden.',
          'Hangt af van de indeling in domeinen en van de lengte van de periode.'
        ]
      },
      reach_rate_low: {
        name: 'bereik per 1.000, ondergrens',
        what: 'De onderkant van het 95%-betrouwbaarheidsinterval rond het bereik van de wijk. Het bereik van een kleine wijk hangt sterk af van toeval; het interval toont hoe ver het ernaast kan liggen.',
        formula: 'ondergrens van het Wilson-interval (95%) voor deelnemers / bevolking van de wijk, × 1.000',
        read: 'Een wijk met 2.000 inwoners en 100 deelnemers heeft een bereik van 50 per 1.000; het interval loopt van 41,3 tot 60,4. Een bereik onder 41,3 zou bij deze wijk verrassend zijn.',
        pitfalls: [
          'Alleen voor wijken met een bevolking: niet voor de hele stad en niet voor "locatie onbekend".',
          'Berekend uit het beschermde aantal deelnemers, dat tot 2 kan afwijken van het echte aantal. Bij minder dan k deelnemers (standaard 5) wordt het niet getoond.',
          'Het interval vangt alleen het toeval van kleine aantallen, geen fouten in de gegevens (zoals deelnemers zonder woonwijk).'
        ]
      },
      reach_rate_high: {
        name: 'bereik per 1.000, bovengrens',
        what: 'De bovenkant van het 95%-betrouwbaarheidsinterval rond het bereik van de wijk. Samen met de ondergrens toont hij hoe zeker het bereik is.',
        formula: 'bovengrens van het Wilson-interval (95%) voor deelnemers / bevolking van de wijk, × 1.000',
        read: 'Dezelfde wijk (2.000 inwoners, 100 deelnemers, bereik 50): de bovengrens is 60,4. Twee wijken waarvan de intervallen elkaar ruim overlappen, verschillen misschien alleen door toeval.',
        pitfalls: [
          'Alleen voor wijken met een bevolking: niet voor de hele stad en niet voor "locatie onbekend".',
          'Berekend uit het beschermde aantal deelnemers, dat tot 2 kan afwijken van het echte aantal. Bij minder dan k deelnemers (standaard 5) wordt het niet getoond.',
          'Hoe kleiner de wijk, hoe breder het interval: een smal interval zegt niet dat de wijk het beter doet.'
        ]
      },
      reach_rate_z: {
        name: 'z-score van het bereik',
        what: 'Hoeveel standaardfouten het bereik van de wijk afwijkt van het bereik van de hele stad. Zo zie je of een wijk meer dan toevallig hoger of lager ligt, ook als ze klein is. De trechtergrafiek op het Overzicht tekent dit.',
        formula: '(deelnemers / bevolking van de wijk − p0) / √(p0 × (1 − p0) / bevolking van de wijk), met p0 = bereikte bewoners van de stad / bevolking van de stad',
        read: 'De stad bereikt 40 per 1.000 (p0 = 0,04), een wijk met 2.000 inwoners bereikt er 50: (0,05 − 0,04) / √(0,04 × 0,96 / 2.000) = 2,28. Tussen 1,96 en 3,09: opvallend, maar nog niet buiten toeval. Boven 3,09 of onder −3,09 wijkt de wijk meer dan toevallig af (99,8%).',
        pitfalls: [
          'Een grote wijk krijgt al bij een klein verschil een grote z-score: kijk ook naar het bereik zelf.',
          'Vergelijkt met de eigen stad, niet met een norm: als de hele stad weinig bereikt, kan een wijk met een even laag bereik toch een z-score van 0 hebben.',
          'Berekend uit beschermde aantallen (tot 2 ernaast); niet getoond als de wijk of de stad minder dan k deelnemers (standaard 5) heeft, en niet voor de stad zelf of "locatie onbekend".',
          'Bij twintig wijken valt er door toeval al snel één buiten de 95%-grenzen; daarom telt pas de 99,8%-grens (3,09).'
        ]
      },
      newcomer_share_z: {
        name: 'z-score van het aandeel nieuwkomers',
        what: 'Hoeveel standaardfouten het aandeel nieuwkomers van de wijk afwijkt van dat van de hele stad, gemeten op het aantal deelnemers van de wijk.',
        formula: '(nieuwkomers / deelnemers − p0) / √(p0 × (1 − p0) / deelnemers), met p0 = nieuwkomers / deelnemers van de hele stad',
        read: 'In de stad is 20% van de deelnemers nieuw; een wijk heeft 12 nieuwkomers op 120 deelnemers (10%): (0,10 − 0,20) / √(0,20 × 0,80 / 120) = −2,74. Lager dan de stad, maar binnen de 99,8%-grenzen (−3,09 tot 3,09): het kan nog toeval zijn.',
        pitfalls: [
          'Niet beschikbaar waar het aandeel nieuwkomers zelf niet beschikbaar is (de eerste maand van de gegevens).',
          'Berekend uit beschermde aantallen (tot 2 ernaast); niet getoond als de nieuwkomers of deelnemers van de wijk of de stad minder dan k zijn (standaard 5).',
          'Alleen voor wijken, niet voor de stad zelf of "locatie onbekend".'
        ]
      },
      // ---- Bonding and bridging ------------------------------------------------
      pairs: {
        name: 'ontmoetingsparen',
        what: 'Het aantal ontmoetingsparen: voor elke sessie, elk paar deelnemers met een bekende groep dat er samen was.',
        formula: 'som over de sessies van n × (n − 1) / 2, met n = deelnemers met een bekende groep in de sessie',
        read: 'Een sessie met 10 deelnemers geeft 10 × 9 / 2 = 45 paren. Komen dezelfde 10 mensen vier keer samen, dan zijn dat 180 paren.',
        pitfalls: [
          'Dezelfde twee mensen tellen één keer per sessie: een vaste groep die wekelijks samenkomt, geeft veel paren. Het telt contactmomenten, geen verschillende kennissen.',
          'Grote sessies wegen zwaar: het aantal paren groeit met het kwadraat van de grootte. Daarom tellen sessies boven de bovengrens (standaard 40) niet mee.',
          'Deelnemers met een onbekende waarde tellen niet mee, dus het aantal hangt af van het gekozen kenmerk.'
        ]
      },
      pairs_within: {
        name: 'paren binnen een groep',
        what: 'Paren waarin beide deelnemers tot dezelfde groep behoren: verbindend contact.',
        formula: 'per sessie en per groep: n_groep × (n_groep − 1) / 2, opgeteld',
        read: 'Een sessie met 6 vrouwen en 4 mannen: 6 × 5 / 2 + 4 × 3 / 2 = 15 + 6 = 21 paren binnen een groep.',
        pitfalls: [
          'Groeit vanzelf als één groep groot is. Lees het samen met het verwachte aandeel en de mengverhouding.'
        ]
      },
      pairs_between: {
        name: 'paren tussen groepen',
        what: 'Paren van deelnemers uit verschillende groepen: overbruggend contact.',
        formula: 'alle paren − paren binnen een groep',
        read: 'In dezelfde sessie: 45 − 21 = 24 paren tussen groepen (6 vrouwen × 4 mannen).',
        pitfalls: [
          'Het telt samen aanwezig zijn in een sessie, niet of mensen echt met elkaar spraken.'
        ]
      },
      sessions_used: {
        name: 'gebruikte sessies',
        what: 'Het aantal sessies waarop de netwerkcijfers gebaseerd zijn: sessies in de wijk met 2 tot en met de bovengrens (standaard 40) deelnemers.',
        formula: 'sessies in de wijk en de periode met minstens 2 en hoogstens de bovengrens verschillende deelnemers',
        read: '120 gebruikte en 8 weggelaten sessies: de netwerkcijfers zijn gebaseerd op 120 sessies.',
        pitfalls: [
          'Bij minder dan 3 gebruikte sessies worden de netwerkcijfers niet getoond.',
          'De grootte van een sessie telt alle deelnemers, ook die met een onbekende waarde.'
        ]
      },
      sessions_excluded: {
        name: 'weggelaten sessies',
        what: 'Het aantal sessies dat niet meetelt: met maar één deelnemer, of met meer deelnemers dan de bovengrens (standaard 40), zoals een straatfeest.',
        formula: 'sessies met minder dan 2 of meer dan de bovengrens verschillende deelnemers',
        read: 'Veel weggelaten sessies betekenen dat een groot deel van het aanbod (grote evenementen of individuele begeleiding) niet in de netwerkcijfers zit.',
        pitfalls: [
          'Een wijk met vooral grote evenementen kan weinig netwerkcijfers hebben, ook al komen er veel mensen.',
          'Individuele begeleiding (één deelnemer per sessie) telt ook als weggelaten.'
        ]
      },
      bridging_share: {
        name: 'aandeel overbruggend',
        what: 'Het deel van alle ontmoetingsparen dat tussen verschillende groepen is.',
        formula: 'paren tussen groepen / alle paren',
        read: '24 van de 45 paren zijn tussen groepen: 53%.',
        pitfalls: [
          'Beweegt mee met de groepsgroottes: in een wijk waar bijna iedereen tot één groep behoort, is het vanzelf laag, ook als iedereen alles samen doet. Vergelijk wijken daarom met de mengverhouding, niet met dit aandeel.',
          'Deelnemers met een onbekende waarde tellen niet mee.'
        ]
      },
      bonding_share: {
        name: 'aandeel verbindend binnen de groep',
        what: 'Het deel van de ontmoetingsparen binnen dezelfde groep. Samen met het aandeel overbruggend is het 100%.',
        formula: 'paren binnen een groep / alle paren',
        read: '21 van de 45 paren zijn binnen een groep: 47%.',
        pitfalls: [
          'Verbindend contact is niet slecht: het bouwt steun en vertrouwen binnen een groep (Putnam). Een hoog aandeel is pas een vraag als het veel hoger is dan bij toeval (zie de mengverhouding).',
          'Beweegt mee met de groepsgroottes, net als het aandeel overbruggend.'
        ]
      },
      ei_index: {
        name: 'E-I-index',
        what: 'Een andere schrijfwijze van hetzelfde: het verschil tussen paren tussen groepen (extern, E) en binnen groepen (intern, I), gedeeld door alle paren.',
        formula: '(paren tussen groepen − paren binnen een groep) / alle paren',
        read: '−1 = alleen contact binnen de groep, 0 = evenveel van beide, +1 = alleen tussen groepen. In het voorbeeld: (24 − 21) / 45 = 0,07.',
        pitfalls: [
          'Gelijk aan 2 × aandeel overbruggend − 1: het bevat dezelfde informatie en beweegt dus even sterk mee met de groepsgroottes.'
        ]
      },
      expected_bridging_share: {
        name: 'verwacht aandeel overbruggend',
        what: 'Het aandeel overbruggend dat je zou verwachten als dezelfde aanwezigheden willekeurig over de sessies verdeeld waren. Het vergelijkingspunt voor het echte aandeel.',
        formula: '1 − som over de groepen van M_groep × (M_groep − 1) / (M × (M − 1)), met M_groep = aanwezigheden van de groep in de gebruikte sessies en M = alle aanwezigheden',
        read: 'Komt 80% van de aanwezigheden van groep A en 20% van groep B, dan is het verwachte aandeel ongeveer 1 − (0,8² + 0,2²) = 32%. Een echt aandeel van 16% is dan de helft van wat toeval zou geven.',
        pitfalls: [
          'Geen doel, maar een vergelijkingspunt: het toont wat de groepsgroottes alleen al zouden geven.'
        ]
      },
      mixing_ratio: {
        name: 'mengverhouding',
        what: 'Het echte aandeel overbruggend gedeeld door het verwachte. Brengen activiteiten groepen meer of minder samen dan toeval, los van hoe groot de groepen zijn?',
        formula: 'aandeel overbruggend / verwacht aandeel overbruggend',
        read: '1 = mengt zoals toeval; onder 1 = groepen blijven onder elkaar; boven 1 = activiteiten brengen groepen meer samen dan toeval. Voorbeeld: 16% / 32% = 0,5.',
        pitfalls: [
          'Het beweegt niet mee met de groepsgroottes: daarvoor bestaat het. Gebruik dit cijfer om wijken met een verschillende samenstelling te vergelijken.',
          'Doelgroepactiviteiten (bijvoorbeeld een taalcursus voor nieuwkomers) geven bewust een lage waarde voor herkomst. Kijk welke activiteiten het cijfer bepalen.',
          'Met weinig sessies of één kleine groep schommelt het sterk.',
          'Voor het kenmerk woonwijk: onder 1 = bewoners ontmoeten vooral mensen uit hun eigen wijk.',
          'Onder 0,5 geeft een aandachtspunt.'
        ]
      },
      assortativity: {
        name: 'assortativiteit',
        what: 'Een netwerkmaat voor dezelfde vraag: zoeken mensen hun eigen groep op? Net als de mengverhouding houdt ze rekening met de groepsgroottes.',
        formula: '(aandeel ontmoetingen binnen een groep − hetzelfde aandeel bij toeval) / (1 − hetzelfde aandeel bij toeval), uit de mengmatrix',
        read: '0 = zoals toeval, 1 = alleen contact binnen de eigen groep, onder 0 = meer contact tussen groepen dan toeval. 0,30 betekent duidelijk meer contact binnen de groep dan verwacht.',
        pitfalls: [
          'Andere richting dan de mengverhouding: een hoge assortativiteit betekent weinig menging.',
          'Toeval wordt iets anders berekend dan bij de mengverhouding; kleine verschillen tussen beide zijn geen tegenspraak.',
          'Voor analisten: gelijk aan attribute_assortativity_coefficient van networkx op het netwerk met één verbinding per paar per sessie.'
        ]
      },
      bridged_share: {
        name: 'aandeel dat iemand van een andere groep ontmoette',
        what: 'Het aandeel deelnemers dat minstens één keer in een sessie zat met iemand uit een andere groep.',
        formula: 'deelnemers met minstens één sessie samen met iemand van een andere bekende groep / deelnemers met een bekende groep in de gebruikte sessies',
        read: '200 deelnemers met een bekende leeftijd, van wie 150 minstens één keer samen waren met iemand uit een andere leeftijdsgroep: 75%.',
        pitfalls: [
          'Eén gemengde sessie volstaat: een hoog aandeel kan ook betekenen dat iedereen één keer naar een groot, gemengd moment kwam.',
          'Telt mensen, geen paren: het toont hoe breed overbruggend contact gespreid is, niet hoe vaak het gebeurt.'
        ]
      },
      bridged_share_z: {
        name: 'z-score van het aandeel overbrugd',
        what: 'Hoeveel standaardfouten het aandeel overbrugd van de wijk afwijkt van dat van de hele stad, gemeten op het aantal deelnemers met een bekende groep.',
        formula: '(aandeel overbrugd van de wijk − p0) / √(p0 × (1 − p0) / deelnemers met een bekende groep), met p0 = het aandeel overbrugd van de hele stad',
        read: 'In de stad is 60% overbrugd; in een wijk zijn 150 van de 200 deelnemers met een bekende leeftijd overbrugd (75%): (0,75 − 0,60) / √(0,60 × 0,40 / 200) = 4,33. Boven 3,09: meer overbrugd dan de stad, buiten toeval.',
        pitfalls: [
          'Locatieperspectief, zoals het aandeel overbrugd: de wijk van de activiteit telt, niet de woonwijk.',
          'Berekend uit beschermde aantallen (tot 2 ernaast); niet getoond als de wijk of de stad minder dan k deelnemers met een bekende groep heeft (standaard 5) of te weinig sessies.',
          'Per kenmerk apart: een hoge z-score voor leeftijd zegt niets over herkomst.'
        ]
      },
      mixing: {
        name: 'mengmatrix',
        what: 'De mengmatrix: voor elk paar groepen welk deel van alle ontmoetingen tussen die twee groepen was. De heatmap toont haar.',
        formula: 'per paar groepen g|h: ontmoetingen tussen g en h / alle ontmoetingen, elke ontmoeting in beide richtingen geteld',
        read: 'Een cel "Belgisch | niet-EU" van 10%: 10% van alle ontmoetingen (in die richting gelezen) was tussen iemand van Belgische en iemand van niet-EU-herkomst. Leg ze naast dezelfde cel bij toeval.',
        pitfalls: [
          'Elke ontmoeting telt in beide richtingen (g|h en h|g): de matrix is symmetrisch en alle cellen samen zijn 100%.',
          'Niet voor het kenmerk woonwijk: daar zijn te veel cellen.',
          'Cellen die op te weinig personen gebaseerd zijn, worden niet getoond.'
        ]
      },
      mixing_expected: {
        name: 'mengmatrix bij toeval',
        what: 'Dezelfde matrix als mensen willekeurig zouden mengen, met dezelfde groepsgroottes.',
        formula: 'aandeel van groep g in alle ontmoetingen × aandeel van groep h',
        read: 'Is een cel in de echte matrix veel hoger dan hier, dan ontmoeten die twee groepen elkaar vaker dan toeval; veel lager: ze ontmoeten elkaar weinig.',
        pitfalls: [
          'Ook hier telt elke ontmoeting in beide richtingen; lees de cellen naast die van de echte matrix, niet los.'
        ]
      },
      activity_participants: {
        name: 'deelnemers van de activiteit',
        what: 'Het aantal verschillende deelnemers van één activiteit in de periode. Wie elke week kwam, telt één keer.',
        formula: 'aantal verschillende deelnemers met minstens één deelname aan een sessie van de activiteit in de periode',
        read: 'Een taalcafé met 12 vaste bezoekers en 6 die één keer kwamen: 18 deelnemers.',
        pitfalls: [
          'Het aantal is beschermd: het kan tot 2 afwijken van het echte aantal. Minder dan k (standaard 5) wordt getoond als "<5".',
          'De naam van de activiteit wordt getoond, nooit een deelnemer.'
        ]
      },
      activity_pairs: {
        name: 'ontmoetingsparen van de activiteit',
        what: 'De ontmoetingsparen (zoals bij het cijfer ontmoetingsparen) binnen de sessies van één activiteit.',
        formula: 'som over de sessies van de activiteit van n × (n − 1) / 2, met n = deelnemers met een bekende groep in de sessie',
        read: 'Een wandelclub komt vier keer samen met telkens 10 deelnemers met een bekende leeftijd: 4 × 10 × 9 / 2 = 180 paren.',
        pitfalls: [
          'Sessies met minder dan 2 of meer deelnemers dan de bovengrens tellen niet mee.',
          'Pas getoond bij minstens k deelnemers met een bekende groep (standaard 5) en 3 gebruikte sessies in de periode.',
          'Het aantal hangt af van het gekozen kenmerk: deelnemers met een onbekende waarde tellen niet mee.'
        ]
      },
      activity_bridging_share: {
        name: 'aandeel overbruggend van de activiteit',
        what: 'Het deel van de ontmoetingsparen van één activiteit dat tussen verschillende groepen is.',
        formula: 'paren tussen groepen / alle paren, over de sessies van de activiteit',
        read: 'Een sessie met 6 vrouwen en 4 mannen geeft 45 paren, waarvan 6 × 4 = 24 tussen groepen: 53%.',
        pitfalls: [
          'Beweegt mee met de groepsgroottes in de activiteit: vergelijk activiteiten met de mengverhouding, niet met dit aandeel.',
          'Een doelgroepactiviteit (bijvoorbeeld voor senioren) is bewust laag voor leeftijd; dat is geen oordeel over de activiteit.',
          'Pas getoond bij minstens k deelnemers met een bekende groep (standaard 5) en 3 gebruikte sessies.'
        ]
      },
      activity_expected_bridging_share: {
        name: 'verwacht aandeel overbruggend van de activiteit',
        what: 'Het aandeel overbruggend dat je bij deze activiteit zou verwachten als dezelfde aanwezigheden willekeurig over haar sessies verdeeld waren.',
        formula: '1 − som over de groepen van M_groep × (M_groep − 1) / (M × (M − 1)), over de aanwezigheden in de sessies van de activiteit',
        read: 'Komt 80% van de aanwezigheden van groep A en 20% van groep B, dan is het verwachte aandeel ongeveer 1 − (0,8² + 0,2²) = 32%.',
        pitfalls: [
          'Een vergelijkingspunt, geen doel: het toont wat de samenstelling van de activiteit alleen al zou geven.',
          'Pas getoond bij minstens k deelnemers met een bekende groep (standaard 5) en 3 gebruikte sessies.'
        ]
      },
      activity_mixing_ratio: {
        name: 'mengverhouding van de activiteit',
        what: 'Het echte aandeel overbruggend van één activiteit gedeeld door het verwachte. Brengt deze activiteit groepen meer of minder samen dan toeval?',
        formula: 'aandeel overbruggend van de activiteit / verwacht aandeel overbruggend van de activiteit',
        read: '1 = mengt zoals toeval; onder 1 = groepen blijven onder elkaar (verbindend); boven 1 = de activiteit brengt groepen meer samen dan toeval (overbruggend). Voorbeeld: 16% / 32% = 0,5.',
        pitfalls: [
          'Met weinig sessies of één kleine groep schommelt het sterk.',
          'Een doelgroepactiviteit heeft bewust een lage waarde voor het kenmerk van haar doelgroep.',
          'Pas getoond bij minstens k deelnemers met een bekende groep (standaard 5) en 3 gebruikte sessies; de aantallen eronder zijn beschermd (tot 2 ernaast).'
        ]
      },
      // ---- Overlap --------------------------------------------------------------
      bw: {
        name: 'bereikt door buurtwerk',
        what: 'Het aantal verschillende bewoners van de wijk met minstens één deelname aan buurtwerk in de periode, waar in de stad ook.',
        formula: 'bewoners met minstens één buurtwerkdeelname in de periode',
        read: 'Buurtwerk 300, GGW 120, beide 80: 80 bewoners kwamen bij allebei.',
        pitfalls: [
          'Bewonersperspectief: een activiteit in de buurwijk telt mee voor de woonwijk.',
          'Minder dan k personen (standaard 5) wordt getoond als "<5"; omdat de vijf overlapcijfers samenhangen, kan een ander cijfer mee verborgen worden.'
        ]
      },
      ggw: {
        name: 'bereikt door GGW',
        what: 'Het aantal verschillende bewoners van de wijk met minstens één deelname aan de gebiedsgerichte werking (GGW) in de periode, waar in de stad ook.',
        formula: 'bewoners met minstens één GGW-deelname in de periode',
        read: 'GGW bereikte 120 bewoners van de wijk.',
        pitfalls: ['Bewonersperspectief, zoals bij buurtwerk: de woonwijk telt, niet de plaats van de activiteit.']
      },
      both: {
        name: 'bereikt door beide',
        what: 'Het aantal bewoners dat in de periode zowel bij buurtwerk als bij GGW deelnam.',
        formula: 'bewoners met minstens één buurtwerkdeelname én minstens één GGW-deelname in de periode',
        read: '80 bewoners van de wijk kwamen bij beide.',
        pitfalls: [
          'Over een langere periode is de overlap groter: iemand kan in januari bij buurtwerk en in oktober bij GGW komen.'
        ]
      },
      bw_only: {
        name: 'alleen buurtwerk',
        what: 'Bewoners die wel bij buurtwerk deelnamen, maar niet bij GGW.',
        formula: 'bereikt door buurtwerk − bereikt door beide',
        read: '300 − 80 = 220 bewoners alleen bij buurtwerk.',
        pitfalls: ['Als een van de overlapcijfers verborgen is, kan dit cijfer mee verborgen zijn, zodat het kleine cijfer niet uit te rekenen is.']
      },
      ggw_only: {
        name: 'alleen GGW',
        what: 'Bewoners die wel bij GGW deelnamen, maar niet bij buurtwerk.',
        formula: 'bereikt door GGW − bereikt door beide',
        read: '120 − 80 = 40 bewoners alleen bij GGW.',
        pitfalls: ['Als een van de overlapcijfers verborgen is, kan dit cijfer mee verborgen zijn.']
      },
      jaccard: {
        name: 'overlap (Jaccard)',
        what: 'Hoe sterk de publieken van buurtwerk en GGW overlappen: welk deel van alle bereikte bewoners kwam bij beide.',
        formula: 'beide / (buurtwerk of GGW) = beide / (buurtwerk + GGW − beide)',
        read: '80 / (300 + 120 − 80) = 80 / 340 = 24%. 0% = geen gedeelde bewoners, 100% = precies dezelfde bewoners.',
        pitfalls: [
          'Als het ene publiek veel groter is dan het andere, blijft de Jaccard laag, ook als het kleine publiek helemaal binnen het grote valt. Kijk dan naar "GGW via buurtwerk".'
        ]
      },
      ggw_via_bw: {
        name: 'GGW via buurtwerk',
        what: 'Welk deel van de bewoners die GGW bereikt, ook door buurtwerk bereikt wordt. Per groep van een kenmerk toont het welke groepen GGW vooral via buurtwerk bereikt.',
        formula: 'beide / GGW',
        read: '80 / 120 = 67%: twee op drie GGW-deelnemers uit de wijk kwamen ook bij buurtwerk.',
        pitfalls: [
          'Het zegt niet dat buurtwerk hen naar GGW bracht; voor de volgorde zijn er de cijfers "eerst buurtwerk" en "eerst GGW".',
          'Niet symmetrisch: beide / buurtwerk is een ander cijfer.'
        ]
      },
      gateway_bw_first: {
        name: 'eerst buurtwerk',
        what: 'Van de bewoners die bij beide kwamen: welk deel kwam eerst bij buurtwerk en pas later bij GGW.',
        formula: 'bewoners in beide met hun eerste buurtwerkdeelname vóór hun eerste GGW-deelname / bewoners in beide (alle gegevens tot het einde van de periode)',
        read: 'Van 80 bewoners in beide kwamen er 48 eerst bij buurtwerk (60%), 24 eerst bij GGW (30%) en 8 op dezelfde dag (10%).',
        pitfalls: [
          'Volgorde is geen oorzaak: dat iemand eerst bij buurtwerk kwam, bewijst niet dat buurtwerk de weg wees.',
          'Het kijkt naar alle gegevens tot het einde van de periode, niet alleen naar de periode zelf.',
          'Wie al vóór het begin van de gegevens bij een van beide kwam, kan verkeerd ingedeeld zijn.'
        ]
      },
      gateway_ggw_first: {
        name: 'eerst GGW',
        what: 'Van de bewoners die bij beide kwamen: welk deel kwam eerst bij GGW en pas later bij buurtwerk.',
        formula: 'bewoners in beide met hun eerste GGW-deelname vóór hun eerste buurtwerkdeelname / bewoners in beide',
        read: 'In het voorbeeld: 24 van de 80 = 30%.',
        pitfalls: ['Volgorde is geen oorzaak, en vroege gegevens kunnen de volgorde vertekenen (zie "eerst buurtwerk").']
      },
      gateway_same_day: {
        name: 'dezelfde dag',
        what: 'Van de bewoners die bij beide kwamen: welk deel kwam de eerste keer bij beide op dezelfde dag.',
        formula: 'bewoners in beide met hun eerste buurtwerk- en eerste GGW-deelname op dezelfde dag / bewoners in beide',
        read: 'In het voorbeeld: 8 van de 80 = 10%. Dat kan wijzen op een gezamenlijk moment of een doorverwijzing ter plaatse.',
        pitfalls: ['De drie aandelen (eerst buurtwerk, eerst GGW, dezelfde dag) zijn samen 100%.']
      },
      gateway_median_days: {
        name: 'mediaan dagen tussen beide',
        what: 'Hoeveel dagen er typisch zit tussen de eerste deelname aan het ene aanbod en die aan het andere, bij bewoners in beide.',
        formula: 'mediaan over de bewoners in beide van het aantal dagen tussen hun eerste buurtwerk- en eerste GGW-deelname',
        read: 'Mediaan 45 dagen: de helft van hen kwam binnen 45 dagen na de eerste deelname ook bij het andere aanbod, de andere helft later.',
        pitfalls: [
          'De mediaan is het middelste getal, geen gemiddelde: een paar heel lange tussentijden trekken hem niet omhoog.',
          'Kort na het begin van de gegevens kunnen alleen korte tussentijden voorkomen.'
        ]
      },
      partner_hhi: {
        name: 'partnerconcentratie (HHI)',
        what: 'Hoe geconcentreerd de GGW-sessies in de wijk zijn bij partnerorganisaties (de Herfindahl-index). 1 = altijd dezelfde partner; dicht bij 0 = verspreid over veel partners.',
        formula: 'som over de partners van (aandeel van de partner in de GGW-sessies in de wijk)²',
        read: 'Drie partners met 50%, 30% en 20% van de sessies: 0,5² + 0,3² + 0,2² = 0,38. Vier even grote partners geven 0,25.',
        pitfalls: [
          'Alleen sessies van activiteiten die een partner noemen, tellen mee.',
          'Een hoge waarde is op zich niet slecht: het kan een sterk, vast partnerschap zijn. Het is wel kwetsbaar als die partner wegvalt.',
          'Locatieperspectief: het gaat over sessies in de wijk, niet over waar de deelnemers wonen.'
        ]
      },
      // ---- Self-organisation -----------------------------------------------------
      involvement_share: {
        name: 'aandeel als vrijwilliger of mede-organisator',
        what: 'Het deel van alle deelnames waarin iemand vrijwilliger of mede-organisator was.',
        formula: 'deelnames als vrijwilliger of mede-organisator / alle deelnames',
        read: '2.000 deelnames, waarvan 300 als vrijwilliger of mede-organisator: 15%.',
        pitfalls: [
          'Telt deelnames, geen mensen: één vrijwilliger die elke week komt, weegt zwaar. Kijk ook naar het aantal vrijwilligers en mede-organisatoren.',
          'Hangt af van hoe goed rollen worden bijgehouden: een lege rol telt als gewone deelnemer.'
        ]
      },
      involved_participants: {
        name: 'vrijwilligers en mede-organisatoren',
        what: 'Het aantal verschillende mensen met minstens één deelname als vrijwilliger of mede-organisator bij activiteiten in de wijk.',
        formula: 'verschillende deelnemers met minstens één deelname in de rol vrijwilliger of mede-organisator',
        read: '25: vijfentwintig verschillende mensen hielpen minstens één keer mee.',
        pitfalls: [
          'Locatieperspectief: zij hoeven niet in de wijk te wonen.',
          'Minder dan k personen (standaard 5) wordt getoond als "<5".'
        ]
      },
      resident_initiated_share: {
        name: 'aandeel door bewoners opgezet',
        what: 'Het deel van de activiteiten in de wijk (met minstens één sessie in de periode) dat door bewoners werd opgezet.',
        formula: 'activiteiten opgezet door bewoners / alle activiteiten met een sessie in de periode',
        read: '4 van de 20 activiteiten zijn door bewoners opgezet: 20%.',
        pitfalls: [
          'Telt activiteiten, geen sessies of deelnemers: een klein bewonersinitiatief weegt even zwaar als een grote werking.',
          'Activiteiten zonder ingevulde initiatiefnemer tellen als niet door bewoners opgezet.'
        ]
      },
      // ---- Signals -----------------------------------------------------------------
      signals: {
        name: 'signalen',
        what: 'Het aantal signalen over de wijk dat in de periode aan de stad werd doorgegeven, ook per thema en per bron (buurtwerk, GGW, bewoners).',
        formula: 'signalen met een meldingsdatum in de periode',
        read: '12 signalen over wonen, waarvan 8 van buurtwerk: buurtwerk gaf de meeste woonsignalen door.',
        pitfalls: [
          'Meer signalen betekent niet meer problemen: het kan ook betekenen dat het doorgeven beter loopt.',
          'Signalen zonder thema staan onder "onbekend".'
        ]
      },
      signals_answered_30d: {
        name: 'binnen 30 dagen beantwoord',
        what: 'Het deel van de signalen uit de periode dat binnen 30 dagen een antwoord kreeg.',
        formula: 'signalen beantwoord binnen 30 dagen na de melding / signalen gemeld in de periode',
        read: '9 van de 12 signalen binnen 30 dagen beantwoord: 75%.',
        pitfalls: [
          'Signalen uit de laatste weken van de gegevens hebben nog geen 30 dagen gehad: in de laatste maand is het aandeel vanzelf lager.'
        ]
      },
      signal_median_days: {
        name: 'mediaan dagen tot antwoord',
        what: 'Hoeveel dagen het typisch duurt tot een antwoord, bij de beantwoorde signalen.',
        formula: 'mediaan van (datum antwoord − datum melding) in dagen, over de beantwoorde signalen uit de periode',
        read: 'Mediaan 14: de helft van de beantwoorde signalen had binnen 14 dagen een antwoord.',
        pitfalls: [
          'Alleen beantwoorde signalen tellen mee. De mediaan kan er goed uitzien terwijl veel signalen open blijven: lees hem samen met "nog open".'
        ]
      },
      signals_open_share: {
        name: 'nog open',
        what: 'Het deel van de signalen uit de periode dat nog geen antwoord heeft.',
        formula: 'signalen zonder datum van antwoord / signalen gemeld in de periode',
        read: '3 van de 12 signalen nog open: 25%.',
        pitfalls: ['"Nog open" geldt op het moment van de gegevens: recente signalen zijn vanzelf vaker open.']
      }
    },
    dimensions: {
      age_band: 'leeftijd',
      gender: 'gender',
      origin: 'herkomst',
      residence_wijk: 'woonwijk'
    },
    providers: { all: 'alle werkingen', buurtwerk: 'buurtwerk', ggw: 'gebiedsgerichte werking (GGW)' },
    unknownGroup: 'onbekend',
    notShown: 'niet getoond',
    notAvailable: 'n.b.',
    perThousand: 'per 1.000',
    reasons: {
      below_k: (k: string) => `Niet getoond: gebaseerd op minder dan ${k} personen (privacy).`,
      not_available: () => `Niet beschikbaar voor deze periode (bv. geen gegevens over de vorige periode, te weinig sessies of niemand bereikt).`
    }
  },

  explain: {
    title: 'Uitleg bij de cijfers',
    intro: [
      'Deze pagina legt elk cijfer van Wijkweefsel uit: wat het is, hoe het berekend wordt, hoe je het leest en waar je op moet letten. Elk cijfer heeft een eigen adres, zodat andere pagina’s er rechtstreeks naar verwijzen (bijvoorbeeld /uitleg/#reach_rate).',
      'Alle cijfers zijn tellingen over groepen mensen, nooit over één persoon.'
    ],
    tocLabel: 'Inhoud',
    backToTop: 'Terug naar de inhoud',
    labels: { what: 'Wat is het?', formula: 'Formule', read: 'Zo lees je het', pitfalls: 'Let op', source: 'Bron', exportName: 'Naam in exports' },
    basics: {
      anchor: 'basisbegrippen',
      title: 'Basisbegrippen',
      terms: [
        { term: 'Wijk', text: 'De buurt die de stad vergelijkt. Elke wijk heeft een bevolkingscijfer. Een cijfer voor de hele stad telt alle wijken samen en is geen optelsom of gemiddelde van de wijken: wie in twee wijken meedoet, telt één keer.' },
        { term: 'Buurtwerk en GGW', text: 'Buurtwerk is werk in de buurt door een vzw of de stad. GGW is de gebiedsgerichte werking van de stad. Je kunt de cijfers bekijken voor buurtwerk, voor GGW of voor alle werkingen samen.' },
        { term: 'Activiteit, sessie, deelname', text: 'Een activiteit is iets wat aangeboden wordt, in één wijk, door één organisatie, in één domein (ontmoeting, vrije tijd, gezondheid, wonen, taal …). Een sessie is één activiteit op één dag. Een deelname is één persoon op één sessie, als deelnemer, vrijwilliger of mede-organisator.' },
        { term: 'Deelnemer', text: 'Een persoon, alleen gekend onder een pseudoniem (een code in plaats van een naam), met kenmerken die ontbreken mogen: woonwijk, leeftijdsgroep, gender, herkomst. De site toont nooit een pseudoniem.' },
        { term: 'Kenmerk en groep', text: 'Een kenmerk is bijvoorbeeld leeftijd; een groep is één waarde ervan, bijvoorbeeld 65–79 jaar.' },
        { term: 'Onbekend', text: 'Een ontbrekende waarde. Zo iemand telt mee in de totalen, maar niet in de cijfers over samenstelling en menging. Het aandeel "onbekend" wordt getoond: is het groot, lees die cijfers dan voorzichtig.' },
        { term: 'Bewoners of locatie', text: 'Bereik en overlap tellen mensen in de wijk waar ze wonen (bewonersperspectief): alleen zo kun je ze naast de bevolking leggen. Ontmoeting en zelforganisatie tellen mensen in de wijk waar de activiteit is (locatieperspectief): daar ontmoeten ze elkaar. De deelnemers "van" een wijk zijn dus niet dezelfde mensen als de deelnemers "in" een wijk.' },
        { term: 'Locatie onbekend', text: 'Deelnemers zonder bekende woonwijk tellen in een aparte wijk "locatie onbekend" van hun stad. Die heeft geen bevolking, dus geen bereik.' }
      ]
    },
    periods: {
      anchor: 'perioden',
      title: 'Perioden',
      intro: 'Elk cijfer gaat over een periode van hele maanden. Je kiest de soort periode en de laatste maand.',
      terms: [
        { term: 'Maand', text: 'Eén kalendermaand.' },
        { term: 'Kwartaal', text: 'Een kalenderkwartaal: januari–maart, april–juni, juli–september of oktober–december. Niet zomaar drie maanden na elkaar.' },
        { term: 'Voortschrijdend jaar', text: 'De 12 maanden die eindigen bij de gekozen maand. Kies je november 2026, dan gaat het over december 2025 tot en met november 2026. Elke maand schuift het jaar één maand op; zo vallen seizoenen zoals de zomerpauze weg.' }
      ],
      notes: [
        'Alleen perioden die helemaal binnen de gegevens vallen, worden aangeboden: een afgesneden kwartaal of jaar zou je met een volledig vergelijken. Lopen de gegevens van december 2024 tot november 2026, dan is het eerste kwartaal januari–maart 2025, het laatste juli–september 2026, en eindigt het eerste voortschrijdende jaar in november 2025.',
        'Iemand telt één keer per periode, hoe vaak die persoon ook kwam. Een jaar is dus geen optelsom van twaalf maanden. Vergelijk alleen perioden van dezelfde soort.',
        'Nieuwkomers hebben geen cijfer in een periode met de eerste maand van de gegevens, en behoud heeft geen cijfer als de vorige periode vóór de gegevens begint.'
      ]
    },
    alerts: {
      anchor: 'alarmsignalen',
      title: 'Aandachtspunten (smal bereik)',
      intro: [
        'Een aandachtspunt wijst op een smal bereik in een wijk. Het is een vraag om beter te kijken, geen oordeel: een doelgroepwerking kan bewust smal zijn.',
        'De drempels hieronder zijn de standaardwaarden; een stad kan ze anders instellen. Elk aandachtspunt verwijst naar het cijfer waarop het gebaseerd is.'
      ],
      when: 'Wanneer',
      meaning: 'Wat het betekent',
      look: 'Waar kijken',
      evidence: 'Gebaseerd op'
    },
    privacy: {
      anchor: 'privacy',
      title: 'Privacy: kleine aantallen',
      intro: (p: SiteSettings) => [
        `Cijfers over weinig mensen kunnen iets over één persoon verraden. Daarom krijgt elk aantal personen eerst een kleine, vaste afwijking (ruis), en geldt daarna een drempel k: standaard 5. Een stad mag hem hoger zetten, nooit lager dan 3. Op deze site is k = ${nlNum(p.k)}.`,
        'Cijfers kunnen tot 2 afwijken om personen te beschermen. Elk aandeel, elke verhouding en elke index is berekend uit die aantallen met ruis.',
        'Een verborgen cijfer wordt nooit als nul getoond of getekend: het staat er met een teken en een reden.'
      ],
      tableCaption: 'Wat je ziet in plaats van een cijfer',
      colShown: 'Je ziet',
      colFor: 'Bij',
      colMeaning: 'Betekenis',
      shownFor: {
        count: 'een aantal personen',
        rate: 'een verhouding, aandeel of index',
        notAvailable: 'een cijfer dat voor deze periode niet bestaat (zoals nieuwkomers in de eerste maand)'
      },
      example: (p: SiteSettings) =>
        `Waarom ruis: een wijk heeft 40 deelnemers, 20 mannen, 18 vrouwen en 2 met gender x. Zou alleen de 2 verborgen worden ("<${nlNum(p.k)}"), dan gaf 40 − 20 − 18 hem terug. Met ruis kan de 40 een 41 zijn en de 18 een 17: het verschil zegt niet meer wie er verborgen is. Dezelfde groep personen krijgt altijd dezelfde afwijking, dus een cijfer verandert niet als je de pagina opnieuw opent.`,
      rules: (p: SiteSettings) => [
        `Een aantal personen onder ${nlNum(p.k)} wordt getoond als "<${nlNum(p.k)}".`,
        `Een verhouding, aandeel of index waarvan de teller of de noemer minder dan ${nlNum(p.k)} personen telt, wordt niet getoond ("niet getoond"), met de reden erbij.`,
        'Elk aantal personen krijgt eerst een afwijking van −2 tot +2, vast voor dezelfde groep personen (een sleutel per persoon, afgeleid met een geheime sleutel van de stad); 0 blijft 0. Daarna geldt de drempel. Zo kan niemand door optellen en aftrekken van gepubliceerde cijfers een verborgen aantal terugvinden.',
        `Netwerkcijfers (verbinden en overbruggen) hebben minstens ${nlNum(p.k)} deelnemers met een bekende groep en 3 sessies nodig.`,
        'Geen pseudoniem en geen rij over één persoon wordt ooit getoond of geëxporteerd.'
      ]
    },
    sources: { anchor: 'bronnen', title: 'Bronnen', },
    families: each<Family>()({
      reach: {
        title: 'Bereik',
        intro: () => [
          'Hoeveel bewoners van een wijk doen mee, en welke? Deze cijfers tellen mensen in de wijk waar ze wonen (het bewonersperspectief), ook als de activiteit in een andere wijk is. Alleen zo kun je ze naast de bevolking van die wijk leggen.',
          'De ongelijkheidsindex komt van Duncan & Duncan (1955), de diversiteit (heterogeniteit) van Blau (1977).'
        ]
      },
      bridging: {
        title: 'Verbinden en overbruggen',
        intro: (p: SiteSettings) => [
          'Wie ontmoet wie? Naar Putnam (2000): verbindend contact (bonding) is contact binnen de eigen groep, overbruggend contact (bridging) is contact tussen verschillende groepen. Beide zijn waardevol: het eerste geeft steun en vertrouwen, het tweede opent nieuwe kringen.',
          'Twee deelnemers die dezelfde sessie bijwonen, vormen één ontmoetingspaar, één keer per sessie. Een groep is een waarde van een kenmerk: een leeftijdsgroep, een gender, een herkomst, of de woonwijk (dan gaat het over ontmoetingen tussen bewoners van verschillende wijken).',
          `Deze cijfers tellen mensen in de wijk waar de activiteit plaatsvindt (het locatieperspectief): daar ontmoeten ze elkaar. Sessies met minder dan 2 of meer dan ${nlNum(p.cap)} deelnemers tellen niet mee: een straatfeest is samen aanwezig zijn, geen contact. Een netwerkcijfer wordt pas getoond bij minstens ${nlNum(p.k)} deelnemers met een bekende groep en 3 sessies.`,
          'De E-I-index komt van Krackhardt & Stern (1988), de assortativiteit en de mengmatrix van Newman (2003).'
        ]
      },
      overlap: {
        title: 'Overlap buurtwerk – gebiedsgerichte werking',
        intro: () => [
          'Bereiken buurtwerk en de gebiedsgerichte werking (GGW) dezelfde bewoners, of elk een eigen publiek? En wie kwam eerst bij welke?',
          'Deze cijfers tellen bewoners in hun woonwijk, waar in de stad de activiteit ook is. De filter op aanbod (buurtwerk of GGW) geldt hier niet: ze vergelijken juist de twee. Alleen de partnerconcentratie kijkt naar de sessies die in de wijk zelf plaatsvinden.'
        ]
      },
      selforg: {
        title: 'Zelforganisatie',
        intro: () => [
          'Doen bewoners alleen mee, of organiseren ze ook mee? Deze cijfers gaan over de activiteiten die in de wijk plaatsvinden (locatieperspectief): wie er meehelpt, hoeft er niet te wonen.'
        ]
      },
      signals: {
        title: 'Doorgegeven signalen',
        intro: () => [
          'Signalen zijn meldingen die buurtwerk, GGW of bewoners aan de stad doorgeven, bijvoorbeeld over wonen of veiligheid, en het antwoord van de stad. Dit is een optioneel bestand: zonder signalen zijn er geen cijfers.',
          'Een signaal gaat over een wijk, niet over een persoon; de privacyregel voor kleine aantallen personen geldt hier dus niet. De filter op aanbod geldt hier ook niet: de bron van het signaal is een eigen uitsplitsing. Doorgegeven signalen zijn iets anders dan de aandachtspunten verderop.'
        ]
      }
    })
  },

  alerts: {
    kinds: each<AlertText>()({
      representation: {
        title: 'Een grote groep wordt weinig bereikt',
        rule: (t) => `Een groep met minstens ${t.groupShare} van de bevolking van de wijk heeft een vertegenwoordigingsindex onder ${t.representation}.`,
        meaning:
          'Een groep die een flink deel van de wijk uitmaakt, is bij de deelnemers veel minder aanwezig dan in de wijk. Bij een index van 0,5 is ze maar half zo aanwezig.',
        look: 'Kijk naar het groepsbereik en naar de activiteiten die deze groep wel bereiken. Kijk ook naar het aandeel "onbekend": als veel deelnemers geen waarde hebben, kan de index te laag uitvallen.'
      },
      concentration: {
        title: 'Een kleine kern draagt de deelname',
        rule: (t) =>
          `Het aandeel van de top-20% is ${t.concentration} of meer: de 20% meest actieve deelnemers zijn goed voor minstens ${t.concentration} van alle deelnames.`,
        meaning: 'Het aanbod draait op een kleine vaste groep. Dat kan een sterke kern zijn, maar het bereik is smal.',
        look: 'Kijk naar het aantal deelnemers en nieuwkomers. Wekelijkse activiteiten met een vaste groep geven vanzelf een hoger aandeel.'
      },
      representativeness: {
        title: 'De deelnemers lijken weinig op de wijk',
        rule: (t) => `De representativiteit voor een kenmerk ligt onder ${t.representativeness}.`,
        meaning: 'Een groot deel van de deelnemers zou van groep moeten wisselen om de samenstelling van de wijk te hebben.',
        look: 'Kijk naar de vertegenwoordigingsindex per groep: welke groepen ontbreken, welke zijn sterk aanwezig? Doelgroepactiviteiten kunnen dit bewust veroorzaken.'
      },
      mixing: {
        title: 'Groepen blijven onder elkaar',
        rule: (t) => `De mengverhouding ligt onder ${t.mixing}: er zijn veel minder ontmoetingen tussen groepen dan toeval zou geven.`,
        meaning: 'Bij de activiteiten in de wijk zitten mensen vooral met hun eigen groep samen, ook als je rekening houdt met hoe groot de groepen zijn.',
        look: 'Kijk in de mengmatrix welke groepen elkaar weinig ontmoeten, en of doelgroepactiviteiten (zoals een taalcursus) het cijfer bepalen.'
      },
      newcomers: {
        title: 'Weinig nieuwe gezichten',
        rule: (t) => `Het aandeel nieuwkomers ligt ${t.months} maanden na elkaar onder ${t.newcomers}.`,
        meaning: 'Het aanbod bereikt vooral mensen die al kwamen. Zo wordt het bereik op termijn smaller.',
        look: 'Kijk naar het behoud en het bereik. In de zomermaanden zijn er minder activiteiten; in de eerste maand van de gegevens is er geen cijfer voor nieuwkomers.'
      }
    }),
    severity: { strong: 'sterk', clear: 'duidelijk', slight: 'licht' },
    unassessed: {
      below_k: 'te weinig personen (privacy)',
      not_available: 'geen cijfer voor deze periode'
    },
    /** "half as", "a third as", ...: `times` = how many times less (null: not at all). */
    fraction: (times: number | null) => {
      if (times === null) return 'helemaal niet';
      if (times <= 1) return 'minder';
      if (times > 10) return 'nauwelijks';
      return ['', '', 'maar half zo', 'maar een derde zo', 'maar een vierde zo', 'maar een vijfde zo', 'maar een zesde zo', 'maar een zevende zo', 'maar een achtste zo', 'maar een negende zo', 'maar een tiende zo'][times];
    },
    /** A group as a plain noun phrase: "25–44-jarigen", "bewoners van Belgische herkomst". */
    groupPhrase: (dimension: string, group: string, dimName: string) => {
      if (dimension === 'age_band') {
        const m = /^(\d+)-(\d+)$/.exec(group);
        if (m) return `${m[1]}–${m[2]}-jarigen`;
        const plus = /^(\d+)\+$/.exec(group);
        if (plus) return `${plus[1]}-plussers`;
      }
      const known: Record<string, Record<string, string>> = {
        origin: { Belgisch: 'bewoners van Belgische herkomst', EU: 'bewoners met een andere EU-herkomst', 'niet-EU': 'bewoners met een herkomst buiten de EU' },
        gender: { man: 'mannen', vrouw: 'vrouwen', x: 'personen met gender X' }
      };
      return known[dimension]?.[group] ?? `bewoners uit de groep “${group}” (${dimName})`;
    },
    sentence: {
      representation: (p: { head: string; who: string; words: string; index: string; share: string }) => {
        const how = p.words === 'helemaal niet' || p.words === 'nauwelijks' ? `${p.words} vertegenwoordigd` : `${p.words} sterk vertegenwoordigd als in de wijk`;
        return `${p.head}${p.who} zijn er ${how} (index ${p.index}; ${p.share} van de bevolking).`;
      },
      concentration: (p: { head: string; value: string; threshold: string }) =>
        `${p.head}de actiefste 20% van de deelnemers is goed voor ${p.value} van alle deelnames (drempel ${p.threshold}).`,
      representativeness: (p: { head: string; dimension: string; value: string; threshold: string }) =>
        `${p.head}naar ${p.dimension} lijken de deelnemers weinig op de wijk (representativiteit ${p.value}; drempel ${p.threshold}).`,
      mixing: (p: { head: string; dimension: string; words: string; ratio: string }) => {
        const how =
          p.words === 'helemaal niet' || p.words === 'nauwelijks'
            ? `ontmoetingen tussen groepen komen er ${p.words} voor`
            : `ontmoetingen tussen groepen zijn ${p.words === 'minder' ? 'minder talrijk' : `${p.words} talrijk`} als bij toeval`;
        return `${p.head}deelnemers blijven naar ${p.dimension} onder elkaar; ${how} (mengverhouding ${p.ratio}).`;
      },
      newcomers: (p: { head: string; count: string; threshold: string; months: string }) =>
        `${p.head}${p.count} maanden op rij minder dan ${p.threshold} nieuwkomers (${p.months}).`
    }
  },

  overview: {
    title: 'Overzicht van de wijken',
    intro:
      'Kies een stad, een periode en een werking. De kaart kleurt de wijken naar het gekozen cijfer; de tabel ernaast zet ze op een rij, met het cijfer van de stad als geheel. Kies twee wijken om ze naast elkaar te zetten.',
    controls: 'Wat de kaart en de tabel tonen',
    mapHeading: 'Kaart',
    rankHeading: 'Rangschikking',
    city: 'Stad',
    period: 'Soort periode',
    kinds: { month: 'maand', quarter: 'kwartaal', year: 'voortschrijdend jaar' },
    end: 'Periode',
    provider: 'Werking',
    figure: 'Cijfer op de kaart',
    dimension: 'Kenmerk',
    quarter: (q: number, year: number) => `${q}e kw. ${year}`,
    range: (from: string, to: string) => `${from} – ${to}`,
    periodText: (kind: 'month' | 'quarter' | 'year', label: string) => (kind === 'month' ? label : kind === 'quarter' ? `het ${label}` : `de 12 maanden ${label}`),
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
    colBasis: (basis: string) => `Gebaseerd op (${basis})`,
    colTrend: 'Per maand (12 maanden)',
    sortBy: (col: string) => `Sorteer op ${col}`,
    rankingTitle: (figure: string, city: string) => `Wijken van ${city} gerangschikt op ${figure}`,
    rankingSummary: (above: number, shown: number, city: string) =>
      `${above} van de ${shown} wijken met een getoond cijfer liggen boven het cijfer van ${city} als geheel.`,
    cityRow: 'hele stad (alle inwoners samen)',
    cityRowNote:
      'Het stadscijfer is het cijfer van de stad als geheel (alle deelnemers tegenover alle inwoners), niet het gemiddelde van de wijken. Deelnemers van wie de woonwijk niet te lokaliseren is, tellen mee in de stad maar in geen enkele wijk.',
    openWijk: (wijk: string) => `Open de wijkpagina van ${wijk}`,
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
    cityColumn: (city: string) => `${city} (stad)`,
    cityTag: 'stad',
    highestOf: {
      reach_rate: 'het hoogste bereik',
      representativeness: 'de hoogste representativiteit',
      mixing_ratio: 'de hoogste mengverhouding',
      ggw_via_bw: 'het hoogste aandeel GGW-deelnemers dat ook buurtwerk bereikt'
    }
  },

  wijk: {
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
      signals: 'Doorgegeven signalen'
    } as Record<string, string>,
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
      `De curve zelf wordt niet getekend. ${reason} Elk tiende van de deelnemers moet minstens ${k} personen tellen.`,
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
  },

  sections: {
    // shared
    city: (city: string) => `${city} (hele stad)`,
    area: 'Gebied',
    group: 'Groep',
    dimension: 'Kenmerk',
    value: 'Waarde',
    hatched: 'Gearceerd of met stippellijn: niet getoond (privacy) of niet beschikbaar.',
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
    signalsHeading: 'Doorgegeven signalen',
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
  },

  signals: {
    title: 'Aandachtspunten',
    heading: 'Aandachtspunten: waar is het bereik smal?',
    intro:
      'Elke wijk en elke werking wordt getoetst aan de vijf toetsen van smal bereik. Een aandachtspunt is een vraag om beter te kijken, geen oordeel. Elk aandachtspunt leidt naar de grafiek op de wijkpagina die het onderbouwt. (De signalen die werkingen aan de stad doorgeven, staan op de wijkpagina onder "Doorgegeven signalen".)',
    controls: 'Weergave',
    city: 'Stad',
    allCities: 'Alle steden',
    period: 'Periode',
    periodKinds: { month: 'Eén maand', quarter: 'Kwartaal', year: '12 maanden' } as Record<string, string>,
    end: 'Tot en met',
    provider: 'Werking',
    eachProvider: 'Elke werking apart',
    thresholds: 'Drempels',
    thresholdsHelp: 'Pas een drempel aan en bevestig met Enter of Tab; de lijst volgt. Aandelen in procent; een decimale komma of punt mag allebei.',
    resetThresholds: 'Standaarddrempels',
    thresholdLabel: {
      groupShare: 'Groep telt mee vanaf (% van de bevolking)',
      representation: 'Vertegenwoordigingsindex onder',
      concentration: 'Aandeel top-20% vanaf (%)',
      representativeness: 'Representativiteit onder',
      mixing: 'Mengverhouding onder',
      newcomers: 'Nieuwkomers 3 maanden op rij onder (%)'
    },
    countsTitle: 'Aantal aandachtspunten per soort',
    countAlerts: (n: string) => `${n} ${n === '1' ? 'aandachtspunt' : 'aandachtspunten'}`,
    countUnassessed: (n: string) => `${n} niet beoordeeld`,
    loading: 'Aandachtspunten worden berekend…',
    error: 'De cijfers konden niet worden geladen.',
    listTitle: 'Aandachtspunten, ernstigste eerst',
    none: 'Geen aandachtspunten bij deze drempels.',
    summary: (n: string, wijken: string, top: string) => `${n} aandachtspunten in ${wijken} wijken. Het sterkste: ${top}`,
    summaryNone: (unassessed: string) => `Geen enkel aandachtspunt bij deze drempels; ${unassessed} toetsen konden niet beoordeeld worden.`,
    severityLabel: (word: string, value: string) => `ernst: ${word} (${value})`,
    evidence: 'Bekijk de grafiek',
    evidenceLabel: (wijk: string, chart: string) => `Bekijk de grafiek “${chart}” op de wijkpagina van ${wijk}`,
    rule: 'Uitleg',
    ruleLabel: (title: string) => `Uitleg bij het aandachtspunt “${title}”`,
    colWijk: 'Wijk',
    colProvider: 'Werking',
    colKind: 'Aandachtspunt',
    colDimension: 'Kenmerk',
    colGroup: 'Groep',
    colValue: 'Waarde',
    colThreshold: 'Drempel',
    colSeverity: 'Ernst',
    colReason: 'Waarom niet beoordeeld',
    unassessedTitle: (n: string) => `Niet beoordeeld (${n})`,
    unassessedHelp:
      'Een cijfer dat om privacyredenen niet getoond wordt of dat voor deze periode niet bestaat, geeft nooit een aandachtspunt. Deze toetsen zijn dus niet beoordeeld: geen aandachtspunt betekent hier niet dat alles goed is.',
    csvNote: 'De CSV bevat de cijfers waarop de aandachtspunten steunen (bij nieuwkomers: de drie maandcijfers, oudste eerst).',
    perMonthNote: 'Het aandachtspunt over nieuwkomers kijkt naar de drie maanden die eindigen met de laatste maand van de periode.',
    thresholdInvalid: (typed: string, min: string, max: string) => `“${typed}” is geen getal tussen ${min} en ${max}. Typ bijvoorbeeld 0,3 of 0.3.`,
    wijk: 'Wijk',
    allWijken: 'Alle wijken',
    alertKind: 'Soort aandachtspunt',
    allKinds: 'Alle soorten',
    per: 'Groeperen',
    perOptions: { wijk: 'Per wijk', kind: 'Per soort' } as Record<string, string>,
    groupHeading: (name: string, n: string) => `${name} (${n})`,
    run: (since: string, months: string) => `Sinds ${since}, ${months} maanden op rij.`,
    runFromStart: (since: string, months: string) => `Al sinds het begin van de gegevens (${since}), ${months} maanden op rij.`,
    runsNote:
      'Hoe lang een aandachtspunt al loopt, volgt uit de cijfers van elke maand apart. Voor de vertegenwoordiging van één groep zijn er geen maandcijfers, dus daar staat geen duur bij.',
    filtered: (shown: string, all: string) => `${shown} van de ${all} aandachtspunten getoond (filter op wijk of soort).`
  },

  report: {
    title: (city: string, month: string) => `Maandrapport ${city}, ${month}`,
    intro: 'Kerncijfers per wijk voor alle werkingen samen (buurtwerk en gebiedsgerichte werking), met de verandering sinds vorige maand en sinds dezelfde maand een jaar eerder.',
    controls: 'Weergave',
    city: 'Stad',
    month: 'Maand',
    dimension: 'Kenmerk voor representativiteit en mengverhouding',
    print: 'Afdrukken',
    loading: 'Het rapport wordt opgemaakt…',
    error: 'De cijfers konden niet worden geladen.',
    tilesTitle: 'De stad in vier cijfers',
    tileNames: {
      participants: 'Deelnemers',
      reach_rate: 'Bereik per 1.000 inwoners',
      mixing_ratio: (dim: string) => `Mengverhouding (${dim})`,
      ggw_via_bw: 'GGW-publiek ook via buurtwerk'
    },
    tileSince: (month: string) => `sinds ${month}`,
    tilesNote: 'Aantallen veranderen in %, het bereik in inwoners per 1.000, aandelen in procentpunten (ptn), de mengverhouding als verschil (1 = zoals bij toeval).',
    mapTitle: (month: string) => `Bereik per wijk, ${month}`,
    mapLabel: 'Kaart: bereik per 1.000 inwoners per wijk. Kies een wijk met Enter of een klik om de wijkpagina te openen.',
    mapSummary: (top: string, topValue: string, bottom: string, bottomValue: string) =>
      `Het hoogste bereik had ${top} (${topValue} per 1.000 inwoners), het laagste ${bottom} (${bottomValue} per 1.000).`,
    mapNone: 'Voor geen enkele wijk is het bereik van deze maand getoond.',
    mapLegend: 'Bereik per 1.000 inwoners',
    colReach: 'Bereik per 1.000',
    pageTwo: 'Alle kerncijfers',
    publish: 'Publiceer deze maand',
    publishHint: 'Legt de cijfers van deze maand vast zoals ze nu zijn en downloadt ze als bestand om te archiveren. Latere correcties verschijnen dan naast de gepubliceerde cijfers.',
    published: (date: string, kept: boolean) => `Gepubliceerd op ${date}. Het archiefbestand is gedownload${kept ? ' en de publicatie is ook in deze browser bewaard' : ''}.`,
    openLabel: 'Open een gepubliceerde maand (archiefbestand, JSON)',
    openFailed: (file: string) => `${file} is geen gepubliceerde maand van Wijkweefsel.`,
    publishedNote: (date: string) => `Gepubliceerd op ${date}: de cijfers staan zoals ze toen gepubliceerd zijn.`,
    publishedOther: (dim: string, date: string) => `Deze maand is op ${date} gepubliceerd met het kenmerk ${dim}; hieronder staan de huidige cijfers.`,
    correctionsTitle: 'Correcties sinds de publicatie',
    correctionsIntro: (n: number, date: string) =>
      `Latere registraties veranderen ${n === 1 ? 'één cijfer' : `${n} cijfers`} van deze maand (vastgesteld op ${date}). Het rapport blijft zoals het gepubliceerd is; de correctie staat ernaast.`,
    noCorrections: (date: string) => `Geen correcties: de huidige cijfers zijn dezelfde (nagekeken op ${date}).`,
    colPublished: 'Gepubliceerd',
    colNow: 'Nu',
    corrected: (value: string, date: string) => `gecorrigeerd: ${value} (${date})`,
    highlightsTitle: 'In het kort',
    nothingElse: (persons: string, relative: string) =>
      `Verder geen opvallende veranderingen (opvallend: minstens ${persons} personen in beide maanden en minstens ${relative} verschil).`,
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
      `Onder elk cijfer: eerst de verandering sinds ${prev}, dan sinds ${year}. ▲ hoger, ▼ lager, = gelijk. Aantallen in %, bereik als verschil per 1.000 inwoners, aandelen in procentpunten (ptn), indexen als verschil. n.b.: niet te berekenen, omdat een van beide cijfers ontbreekt of om privacyredenen niet getoond wordt.`,
    cityRow: (city: string) => `${city} (hele stad)`,
    summary: (month: string, city: string, n: string, best: string, bestRate: string) =>
      `In ${month} namen ${n} inwoners van ${city} deel aan buurtwerk of gebiedsgerichte werking; het hoogste bereik had ${best} (${bestRate} per 1.000 inwoners).`,
    summaryNoRate: (month: string, city: string, n: string) => `In ${month} namen ${n} inwoners van ${city} deel aan buurtwerk of gebiedsgerichte werking.`,
    summaryNone: (month: string, city: string) => `Voor ${city} zijn er in ${month} geen getoonde deelnemerscijfers.`,
    footer: (k: string) =>
      `Bron: Wijkweefsel. Alle cijfers na privacybescherming: aantallen onder ${k} personen worden niet getoond, en een verandering wordt nooit berekend uit een afgeschermd cijfer. Aandachtspunten: zie de pagina Aandachtspunten voor de drempels.`,
    signalsLink: 'Alle aandachtspunten van deze maand',
    change: {
      na: 'n.b.',
      naLabel: (month: string) => `verandering sinds ${month} niet te berekenen`,
      points: 'ptn',
      perThousand: 'per 1.000',
      same: (month: string) => `gelijk aan ${month}`,
      moved: (amount: string, up: boolean, month: string) => `${amount} ${up ? 'hoger' : 'lager'} dan in ${month}`
    },
    /** What a figure is called in a highlight sentence. */
    subject: each<(dimension: string) => string>()({
      participants: () => 'het aantal deelnemers',
      reach_rate: () => 'het bereik per 1.000 inwoners',
      newcomer_share: () => 'het aandeel nieuwkomers',
      representativeness: (dim: string) => `de representativiteit naar ${dim}`,
      mixing_ratio: (dim: string) => `de mengverhouding naar ${dim}`,
      ggw_via_bw: () => 'het deel van het GGW-publiek dat ook buurtwerk bereikt'
    }),
    highlight: {
      city: (wijk: string, n: string, month: string, changes: string[]) => `${wijk}: ${n} deelnemers in ${month}${changes.length ? `, ${changes.join(' en ')}` : ''}.`,
      asMany: (then: string) => `evenveel als in ${then}`,
      moved: (percent: string, up: boolean, then: string) => `${percent} ${up ? 'meer' : 'minder'} dan in ${then}`,
      change: (wijk: string, subject: string, up: boolean, before: string, then: string, now: string, relative: string) =>
        `${wijk}: ${subject} ${up ? 'steeg' : 'daalde'} van ${before} in ${then} naar ${now} (${relative}).`,
      alert: (sentence: string) => `Aandachtspunt: ${sentence}`,
      moreAlerts: (n: string, one: boolean) => `En nog ${n} ${one ? 'ander aandachtspunt' : 'andere aandachtspunten'} deze maand (zie Aandachtspunten).`
    }
  },

  // ---- Beyond chance: the funnel plot on the Overzicht (METRICS.md R11-R12) -------------
  funnel: {
    heading: 'Verschilt een wijk meer dan toeval?',
    title: (city: string) => `Bereik tegen de bevolking, met de grenzen van toeval – ${city}`,
    intro:
      'Kleine wijken schommelen van nature sterker dan grote. De trechter toont hoe ver een wijk van het bereik van de stad kan liggen door toeval alleen. Een wijk buiten de 99,8%-grenzen verschilt echt van haar stad; binnen de grenzen is het verschil niet te onderscheiden van toeval.',
    label: (city: string) => `Trechtergrafiek van het bereik per wijk van ${city}: elke wijk een punt, de stad een lijn, de grenzen van toeval als curven`,
    xLabel: 'inwoners van de wijk',
    yLabel: 'bereik per 1.000',
    legend: {
      city: (rate: string) => `stad: ${rate} per 1.000 (stippellijn)`,
      l95: '95%-grenzen (streepjes)',
      l998: '99,8%-grenzen (volle lijn)',
      above: 'hoger dan toeval (driehoek omhoog)',
      below: 'lager dan toeval (driehoek omlaag)',
      within: 'binnen de grenzen (bolletje)'
    },
    verdict: { above: 'hoger dan toeval', below: 'lager dan toeval', within: 'binnen de grenzen van toeval', unknown: 'niet te beoordelen' },
    summary: (above: string[], below: string[], shown: number, rate: string) => {
      const list = (names: string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}` : (names[0] ?? ''));
      const parts = [
        above.length ? `${list(above)} ${above.length > 1 ? 'liggen' : 'ligt'} boven` : '',
        below.length ? `${list(below)} ${below.length > 1 ? 'liggen' : 'ligt'} onder` : ''
      ].filter(Boolean);
      if (!parts.length) return `Alle ${nlNum(shown)} getoonde wijken liggen binnen de 99,8%-grenzen rond het bereik van de stad (${rate} per 1.000): geen enkele verschilt meer dan toeval.`;
      return `${parts.join('; ')} de 99,8%-grenzen rond het bereik van de stad (${rate} per 1.000): daar is het verschil groter dan toeval. De andere wijken liggen binnen de grenzen.`;
    },
    noCity: 'Het bereik van de stad is niet getoond, dus zijn er geen grenzen om een wijk aan te toetsen.',
    noPopulation: 'De bevolkingstabel geeft geen totaal per wijk: de trechter kan de wijken niet plaatsen.',
    dot: (name: string, rate: string, low: string, high: string, pop: string, l998: string, verdict: string) =>
      `${name}: bereik ${rate} per 1.000 (95%-interval ${low} tot ${high}), ${pop} inwoners; 99,8%-grenzen bij deze bevolking ${l998}; ${verdict}.`,
    tip: {
      rate: (rate: string, low: string, high: string) => `bereik ${rate} (95%: ${low}–${high})`,
      pop: (pop: string) => `${pop} inwoners`,
      limits: (l998: string) => `99,8%-grenzen: ${l998}`
    },
    range: (low: string, high: string) => `${low} – ${high}`,
    cols: { wijk: 'Wijk', population: 'Inwoners', rate: 'Bereik per 1.000', interval: '95%-interval', limits95: '95%-grenzen', limits998: '99,8%-grenzen', z: 'z-score', verdict: 'Oordeel' },
    cityRow: 'Stad als geheel',
    rankMark: { above: 'bereik hoger dan toeval (buiten de 99,8%-grenzen)', below: 'bereik lager dan toeval (buiten de 99,8%-grenzen)' },
    rankNote: '▲ / ▼: het bereik ligt boven of onder de 99,8%-grenzen van de trechter; het 95%-interval staat in de tooltip en in de tabel van de trechter.',
    intervalTip: (low: string, high: string) => `95%-interval: ${low} tot ${high} per 1.000`,
    hidden: (n: number) => (n === 1 ? '1 wijk heeft te weinig deelnemers om te tonen.' : `${nlNum(n)} wijken hebben te weinig deelnemers om te tonen.`)
  },

  // ---- Which activities bridge and which bond (METRICS.md B9): /activiteiten/ ----------
  activities: {
    nav: 'Activiteiten',
    title: 'Welke activiteiten verbinden, welke blijven onder elkaar?',
    intro:
      'Per activiteit: hoe vaak deelnemers met iemand uit een andere groep samen aan een bijeenkomst zaten, tegenover wat je bij toeval zou verwachten. Een mengverhouding boven 1 betekent meer ontmoeting tussen groepen dan bij toeval (overbruggend), onder 1 minder (verbindend binnen de eigen groep). Activiteiten met weinig deelnemers of bijeenkomsten worden niet getoond.',
    controls: 'Welke activiteiten',
    city: 'Stad',
    provider: 'Werking',
    dimension: 'Groepen volgens',
    wijk: 'Wijk',
    allWijken: 'alle wijken',
    loading: 'De cijfers worden geladen…',
    failed: (why: string) => `De cijfers konden niet geladen worden (${why}).`,
    tableTitle: (dimension: string, city: string) => `Activiteiten naar mengverhouding (${dimension}) – ${city}`,
    summary: (shown: number, bridging: number, bonding: number, city: string) =>
      `Van de ${nlNum(shown)} activiteiten met cijfers in ${city} ${bridging === 1 ? 'brengt er 1' : `brengen er ${nlNum(bridging)}`} duidelijk meer mensen uit verschillende groepen samen dan bij toeval, en ${bonding === 1 ? 'blijft er 1' : `blijven er ${nlNum(bonding)}`} duidelijk meer onder de eigen groep.`,
    chartTitle: (n: number, dimension: string, city: string) => `De ${nlNum(n)} meest en ${nlNum(n)} minst mengende activiteiten: overbruggend aandeel tegen toeval (${dimension}) – ${city}`,
    chartSummary: (top: string, topShare: string, topChance: string, bottom: string, bottomShare: string, bottomChance: string) =>
      `Bij ${top} zit ${topShare} van de paren uit verschillende groepen, tegen ${topChance} bij toeval; bij ${bottom} is dat ${bottomShare} tegen ${bottomChance}.`,
    chartLabel: 'Overbruggend aandeel van de activiteiten (bolletje) tegenover het aandeel bij toeval (streep)',
    observed: 'overbruggend aandeel (bolletje)',
    chance: 'bij toeval (streep)',
    dotLabel: (name: string, wijk: string, share: string, chance: string, ratio: string) => `${name} (${wijk}): overbruggend aandeel ${share}, bij toeval ${chance}, mengverhouding ${ratio}`,
    strongest: (name: string, wijk: string, ratio: string) => `Het sterkst overbruggend: ${name} (${wijk}, mengverhouding ${ratio}).`,
    weakest: (name: string, wijk: string, ratio: string) => `Het sterkst binnen de eigen groep: ${name} (${wijk}, mengverhouding ${ratio}).`,
    hidden: (n: number) => (n === 1 ? '1 activiteit heeft te weinig deelnemers of bijeenkomsten om te tonen.' : `${nlNum(n)} activiteiten hebben te weinig deelnemers of bijeenkomsten om te tonen.`),
    none: (city: string) => `Geen activiteiten met cijfers in ${city} voor deze keuze.`,
    cols: {
      name: 'Activiteit',
      wijk: 'Wijk',
      provider: 'Werking',
      participants: 'Deelnemers',
      ratio: 'Mengverhouding',
      bridging: 'Overbruggend aandeel',
      expected: 'Bij toeval',
      gap: 'Verschil met toeval',
      reading: 'Lezing'
    },
    reading: { bridges: 'overbruggend: meer dan bij toeval', bonds: 'verbindend: meer binnen de eigen groep', chance: 'ongeveer als bij toeval', hidden: 'niet getoond' },
    sortBy: (col: string) => `Sorteer op ${col}`,
    points: (v: string) => `${v} procentpunt`,
    note: (k: string, cap: string) =>
      `Een activiteit wordt getoond met minstens ${k} deelnemers met een bekende groep en 3 bijeenkomsten met 2 tot ${cap} deelnemers in de periode. De naam is die van de activiteit, nooit van een deelnemer.`
  },

  // ---- The four theses of the workshop, held against the figures: /stellingen/ --------
  theses: {
    nav: 'Stellingen',
    title: 'Vier stellingen, getoetst aan de cijfers',
    intro:
      'Een werkgroep van Vlaamse steden sloot af met vier stellingen over buurtwerk en gebiedsgerichte werking (GGW). Hieronder staan bij elke stelling de cijfers die erover iets zeggen, per wijk en voor de stad, met wat ze wel en niet kunnen aantonen.',
    controls: 'Welke stad en periode',
    city: 'Stad',
    dimension: 'Groepen volgens',
    loading: 'De cijfers worden geladen…',
    failed: (why: string) => `De cijfers konden niet geladen worden (${why}).`,
    thesis: (n: number) => `Stelling ${n}`,
    saysTitle: 'Wat de cijfers zeggen',
    cannotTitle: 'Wat ze niet kunnen zeggen',
    cityRow: (city: string) => `${city} (stad als geheel)`,
    colArea: 'Wijk',
    colMonth: 'Maand',
    /** Providers as a column heading names them, short. */
    providers: { all: 'alle werkingen', buurtwerk: 'buurtwerk', ggw: 'GGW' },
    withProvider: (figure: string, provider: string) => `${figure} (${provider})`,
    withGroup: (figure: string, group: string) => `${figure}: ${group}`,
    csv: (title: string) => `Download cijfers (CSV): ${title}`,
    csvShort: 'Download cijfers (CSV)',
    hidden: 'niet getoond',
    one: {
      quote: 'Buurtwerk is essentieel voor de gebiedsgerichte werking, voor sociale samenhang en om bewoners en doelgroepen in bepaalde wijken te bereiken.',
      tableMain: (city: string) => `Buurtwerk als toegang tot de GGW, en hoe de activiteiten mengen – ${city}`,
      tableGroups: (dimension: string, city: string) => `GGW via buurtwerk per groep (${dimension}) – ${city}`,
      says: (via: string, above: number, shown: number, first: string, mixBw: string, mixGgw: string) =>
        `In de stad bereikt buurtwerk ${via} van de bewoners die de GGW bereikt. In ${nlNum(above)} van de ${nlNum(shown)} getoonde wijken is dat meer dan de helft. Van wie aan beide deelnam, kwam ${first} eerst bij buurtwerk. De mengverhouding is ${mixBw} bij buurtwerk en ${mixGgw} bij de GGW (1 = zoveel ontmoeting tussen groepen als bij toeval).`,
      cannot:
        'De cijfers tonen samenhang, geen oorzaak: ze zeggen niet of de GGW deze bewoners zonder buurtwerk niet zou bereiken. “Eerst bij buurtwerk” is de volgorde in de registraties, geen bewezen doorverwijzing. Sociale samenhang meten ze alleen als ontmoeting op dezelfde bijeenkomst.'
    },
    two: {
      quote: 'Als de gebiedsgerichte werking zelfinitiatief wil stimuleren, werken sommige aspecten van buurtwerk dat tegen.',
      tableMain: (city: string) => `Zelforganisatie bij buurtwerk en bij de GGW – ${city}`,
      tableTrend: (city: string) => `Aandeel actieve rollen per maand, buurtwerk en GGW – ${city}`,
      says: (invBw: string, invGgw: string, resBw: string, resGgw: string) =>
        `Bij buurtwerk gebeurt ${invBw} van de deelnames in een actieve rol (vrijwilliger of mee-organisator), bij de GGW ${invGgw}. Door bewoners opgezet: ${resBw} van de buurtwerkactiviteiten, ${resGgw} van die van de GGW.`,
      cannot:
        'Of buurtwerk zelfinitiatief tegenwerkt, is een vraag naar oorzaken. De cijfers tonen hoeveel bewoners een actieve rol opnemen en wie activiteiten opzet, niet wat er zonder buurtwerk zou gebeuren. Rollen en initiatiefnemers worden bovendien niet door elke organisatie even zorgvuldig geregistreerd.'
    },
    three: {
      quote: 'Een buurtwerker die ambtenaar is, kan de maatschappijkritische en participatieve functie van buurtwerk niet vervullen.',
      tableMain: (city: string) => `Doorgegeven signalen naar bron, beantwoord of nog open – ${city}`,
      says: (bw: string, ggw: string, residents: string, answered: string, open: string) =>
        `In de periode gaf buurtwerk ${bw} signalen door aan de stad, de GGW ${ggw} en bewoners zelf ${residents}. Binnen 30 dagen beantwoord: ${answered}; nog open: ${open}.`,
      cannot:
        'De cijfers tellen doorgegeven signalen en hoe snel de stad antwoordt. Ze zeggen niets over de inhoud of de scherpte van een signaal, en niet of de buurtwerker in dienst is van de stad of van een vzw. Deze stelling is met deze gegevens niet te toetsen; wel tonen ze of signalen van buurtwerk een antwoord krijgen.'
    },
    four: {
      quote: 'Samenwerken op het terrein is moeilijk door de gelijkenissen en de verschillen tussen de gebiedsgerichte werking en buurtwerk.',
      tableMain: (city: string) => `Overlap tussen buurtwerk en GGW, en partners van de GGW – ${city}`,
      says: (jaccard: string, both: string, hhi: string) =>
        `In de stad neemt ${jaccard} van de bewoners die buurtwerk of de GGW bereikt aan beide deel (${both} bewoners). De partnerconcentratie van de GGW is ${hhi} (1 = altijd dezelfde partner).`,
      cannot:
        'Een grote overlap kan betekenen dat beide samenwerken, of dat ze naast elkaar hetzelfde publiek bedienen; een kleine overlap kan een taakverdeling zijn of een gemiste kans. Hoe moeilijk samenwerken is, zeggen cijfers over deelnemers niet.'
    }
  },

  data: {
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
      'Uit, tenzij u het aanzet. Aan: de geladen gegevens (de tabellen, het laadverslag, de koppeling en de berekende cijfers, niet de bestanden zelf) blijven in de opslag van deze browser op deze computer; elke pagina opent ze bij uw volgende bezoek vanzelf.',
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
    },
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
    accounted:
      'Elke rij is meegeteld: gelezen = geladen + geweigerd + dubbels samengevoegd, en elke regel van een CSV-bestand is een rij, een lege regel of een regel binnen aanhalingstekens.',
    notAccounted: 'Niet elke rij is meegeteld: laad de bestanden opnieuw. Bouw geen cijfers op deze gegevens.',
    colLines: 'Regels',
    linesHint: (file: string, blank: string, continued: string) =>
      `${file}: ${blank} lege ${blank === '1' ? 'regel' : 'regels'} overgeslagen${continued !== '0' ? `, ${continued} ${continued === '1' ? 'regel' : 'regels'} binnen aanhalingstekens (een waarde over meer regels)` : ''}.`,
    warningsTitle: 'Let op',
    dimensionsTitle: 'Kenmerken van de deelnemers',
    dimensionsUsed: (cols: string) => `Gebruikt als kenmerk: ${cols}.`,
    dimensionsNone: 'Geen enkele kolom is als kenmerk bruikbaar.',
    dimensionsLeftOut:
      'Niet gebruikt als kenmerk (een kenmerk heeft 2 tot 30 verschillende waarden, zonder vrije tekst of gegevens die een persoon aanwijzen):',
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
    figuresProgress: (done: string, total: string) => `Cijfers berekenen: ${done} van ${total} perioden`,
    figuresProgressKinds: (m: string, mt: string, q: string, qt: string, y: string, yt: string) =>
      `Cijfers berekenen: maanden ${m} van ${mt}, kwartalen ${q} van ${qt}, jaren ${y} van ${yt}. De pagina's tonen elke periode zodra ze klaar is.`,
    figuresReady: 'Het dashboard toont nu de cijfers van uw gegevens. Andere periodes worden berekend wanneer u ze opent.',
    figuresDemo: 'Het dashboard toont de demogegevens (die cijfers zijn al berekend).',
    figuresFailed: (msg: string) => `De cijfers konden niet worden berekend: ${msg}. Het dashboard toont de demogegevens.`,
    toOverview: 'Naar het overzicht',
    resetNotice: 'Het dashboard toont de demogegevens tot nieuwe gegevens geladen zijn.'
  },

  own: {
    labelTitle: 'Getoonde gegevens',
    demo: 'Voorbeeldgegevens: fictieve cijfers',
    demoMore: 'Leuven en Sint-Niklaas, verzonnen om de werking te tonen.',
    published: 'Gepubliceerde cijfers',
    own: (name: string) => `Uw gegevens: ${name}`,
    ownUnnamed: 'Uw gegevens',
    fingerprint: (fp: string) => `kenmerk ${fp}`,
    opening: 'Uw gegevens worden geopend',
    missing: 'Deze gegevens zijn hier niet',
    choose: 'Gegevens kiezen',
    openingTitle: 'Uw gegevens worden geopend',
    openingText: 'Even geduld: de gegevens die u in deze browser bewaarde, worden gelezen. Het dashboard toont ze zodra ze er zijn.',
    missingTitle: 'Deze gegevens zijn niet in deze browser',
    missingText: (fp: string) =>
      `Het adres vraagt om uw eigen gegevens met kenmerk ${fp}, maar deze browser heeft ze niet. Gegevens blijven in de browser waarin ze geladen en bewaard zijn; ze worden nooit verstuurd.`,
    unusableTitle: 'Deze gegevens kunnen niet worden geopend',
    loadFiles: 'Laad de bestanden van deze export',
    showDemo: 'Toon de voorbeeldgegevens',
    keptTitle: 'Bewaarde gegevens in deze browser',
    keptIntro: 'Kies welke gegevens het dashboard toont. Elke export heeft een kenmerk; dat staat ook in het adres van elke pagina.',
    keptNone: 'Er zijn nog geen gegevens bewaard in deze browser.',
    colName: 'Naam',
    colWhat: 'Inhoud',
    colKept: 'Bewaard op',
    colSize: 'Grootte',
    colActions: 'Acties',
    participations: (n: string) => `${n} deelnames`,
    inUse: 'in gebruik',
    use: 'Toon',
    useLabel: (name: string) => `Toon ${name} in het dashboard`,
    rename: 'Naam wijzigen',
    renameLabel: (name: string) => `Nieuwe naam voor ${name}`,
    renameSave: 'Naam bewaren',
    renameCancel: 'Annuleren',
    remove: 'Verwijder',
    removeLabel: (name: string) => `Verwijder ${name} uit deze browser`,
    removed: (name: string) => `‘${name}’ is uit deze browser verwijderd.`,
    renamed: (name: string) => `De naam is nu ‘${name}’.`,
    switched: (name: string) => `Het dashboard toont nu ‘${name}’.`,
    showingDemo: 'Het dashboard toont de voorbeeldgegevens. Wat bewaard is, blijft bewaard.',
    keptNow: (name: string) => `Bewaard in deze browser als ‘${name}’: de tabellen, het laadverslag, de koppeling en de berekende cijfers (niet de bestanden zelf).`,
    keepFailed: (message: string) => `Niet bewaard. ${message}`,
    notKept: 'Deze gegevens zijn niet bewaard: ze blijven open tot u dit tabblad sluit.',
    restoring: 'De bewaarde tabellen worden in de rekenmotor geladen…',
    restored: (name: string) => `‘${name}’ is geopend uit deze browser.`,
    notPersisted: 'De browser heeft geen blijvende opslag toegestaan: bij plaatsgebrek kan hij bewaarde gegevens wissen.'
  },

  load: {
    stops: each<Stop>()({
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
      tooManyColumns: (p) => ({
        message: `${p.file} heeft ${p.columns} kolommen; een bestand van de export heeft er hoogstens ${p.max}.`,
        action: 'Laat de kolommen weg die de export niet nodig heeft: een deelnemersbestand heeft participant_id, residence_wijk_id en enkele kenmerken zoals age_band nodig.'
      }),
      unclosedQuotes: (p) => ({
        message: `In ${p.file} hebben meer dan ${p.max} regels een aanhalingsteken (") dat nooit gesloten wordt (regels ${p.lines}, ...).`,
        action: 'Het bestand zet geen aanhalingstekens rond waarden zoals CSV dat doet: exporteer het opnieuw, of verwijder de losse aanhalingstekens.'
      }),
      linesUnaccounted: (p) => ({
        message: `In ${p.file} tellen de gelezen rijen niet op tot de ${p.lines} regels van het bestand (de lezer stopte bij regel ${p.line}). Er is niets uit geladen.`,
        action: 'Controleer de aanhalingstekens rond die regel, of sla het bestand opnieuw op als CSV.'
      }),
      memory: () => ({
        message: 'De gegevens zijn te groot voor het geheugen dat deze browser de rekenmotor geeft.',
        action: 'Laad een kleiner deel (bijvoorbeeld één jaar deelnames tegelijk), sluit andere tabbladen, of bereken de cijfers met de opdrachtregel (npm run metrics), die meer geheugen kan gebruiken.'
      }),
      engine: () => ({ message: 'De rekenmotor is onverwacht gestopt.', action: 'Probeer het opnieuw; de rekenmotor start vanzelf opnieuw. Lukt het niet, laad dan minder rijen tegelijk.' }),
      read: (p) => ({ message: `${p.file} kon niet worden gelezen.`, action: 'Kies het bestand opnieuw; staat het op een netwerkschijf, kopieer het dan eerst naar deze computer.' }),
      noParticipations: () => ({ message: 'Er zijn geen deelnames geladen, dus er zijn geen cijfers te berekenen.', action: 'Controleer het bestand met de deelnames en de redenen waarom rijen geweigerd zijn.' }),
      other: (p) => ({ message: p.message, action: 'Controleer het bestand en probeer het opnieuw.' })
    }),
    reasons: each<Word>()({
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
      quoteOpened: () =>
        'aanhalingsteken niet gesloten: het aanhalingsteken op deze regel wordt nooit gesloten en zou de regels erna opslokken; deze regel is weggelaten en de regels erna zijn elk apart gelezen',
      quotes: () => 'aanhalingstekens niet in evenwicht',
      lineTooLong: () => 'regel te lang (meer dan 16 MB)',
      badCharacters: () => 'ongeldige tekens',
      blankLine: () => 'een regel met alleen spaties en geen waarden',
      other: (p) => p.text
    }),
    groups: each<Group>()({
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
    }),
    warnings: each<Word>()({
      noRows: (p) => `${p.file}${p.size ? ` (${p.size})` : ''} bevat geen rijen: alleen een kopregel${p.blank !== '0' ? ` en ${p.blankN} lege regels` : ''}. Is dit het juiste bestand?`,
      futureDates: (p) =>
        `${p.file}: ${p.countN} van de ${p.totalN} datums in ${p.column} liggen na vandaag (${p.todayD}), van ${p.firstD} tot ${p.lastD}. Controleer ze: dag en maand verwisseld, een verkeerd jaar, of geplande in plaats van gehouden sessies?`,
      idsNormalised: (p) =>
        `${p.file}: in ${p.countN} ${p.count === '1' ? 'rij' : 'rijen'} stond een code in een andere vorm (een andere Unicode-vorm, onzichtbare tekens of brede tekens); ze is gelezen als de gewone code.`
    }),
    leftOut: {
      identifierName: 'de kolomnaam wijst op een naam, adres, nummer, geboortedatum of opmerking',
      personalValues: 'waarden lijken op een telefoon- of rijksregisternummer, een e-mailadres of een pseudoniem',
      longText: 'lange tekst (meer dan 50 tekens): vrije tekst, geen groep',
      empty: 'leeg: geen enkele waarde',
      single: 'maar één waarde: ze onderscheidt geen groepen',
      tooMany: 'meer dan 30 verschillende waarden: vrije tekst of een identificatie',
      mostlyUnique: 'bijna elke waarde is anders: ze onderscheidt personen in plaats van groepen'
    },
    tables: {
      wijken: 'wijken', population: 'bevolking', participants: 'deelnemers', activities: 'activiteiten', participations: 'deelnames', signals: 'signalen'
    },
    fields: {
      participant_id: 'deelnemer (pseudoniem)', activity_id: 'activiteit', date: 'datum', role: 'rol (werkvorm)',
      wijk_id: 'wijk (code)', wijk_name: 'naam van de wijk', city: 'stad of gemeente', nis_code: 'NIS-code',
      ref_date: 'peildatum', dimension: 'kenmerk', group: 'groep', population: 'aantal inwoners',
      residence_wijk_id: 'woonwijk', provider_type: 'aanbieder (buurtwerk of GGW)', organisation: 'organisatie', domain: 'domein',
      initiator: 'initiatiefnemer', partner_organisation: 'partnerorganisatie', name: 'naam van de activiteit',
      signal_id: 'signaal', date_raised: 'datum gemeld', source: 'bron', theme: 'thema', date_answered: 'datum beantwoord',
      age_band: 'leeftijdsgroep', gender: 'geslacht', origin: 'herkomst'
    }
  },

  pseudonymise: {
    title: 'Pseudonimiseren',
    heading: 'Pseudonimiseren: een registratiebestand omzetten naar de exportbestanden',
    intro:
      'Zet uw eigen registratiebestand om naar de bestanden deelnemers (participants.csv) en deelnames (participations.csv). Namen, rijksregisternummers, adressen en geboortedata worden vervangen door een pseudoniem, een leeftijdsgroep en een wijk. Alles gebeurt in deze browser: het bestand en de wachtzin verlaten uw computer niet.',
    guideLink: 'Uitleg: wachtzin afspreken en wat de cijfers tonen',
    switchTo: 'English',
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
    /** Why a line of the registration file was left out (codes of pseudonymise/transform.ts). */
    rejectReason: {
      fields: (got: string, want: string) => `${got} velden, terwijl de kopregel er ${want} heeft`,
      national_number: 'geen geldig rijksregisternummer (11 cijfers met een juist controlegetal)',
      name_dob: 'naam of geboortedatum ontbreekt of is onleesbaar',
      date: 'datum van de sessie ontbreekt of is onleesbaar (verwacht JJJJ-MM-DD of DD/MM/JJJJ)',
      activity: 'activiteit (activity_id) ontbreekt'
    },
    download: (file: string) => `${file} downloaden`,
    errorTitle: 'Niet gelukt',
    noFile: 'Kies eerst een registratiebestand.'
  },

  guide: {
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
  }
};

/** The shape every language's texts have. */
export type Prose = typeof nl;
