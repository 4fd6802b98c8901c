/**
 * Every figure of METRICS.md explained in plain words, in Dutch and English: what it
 * is, its formula, how to read it (with an example in numbers) and its pitfalls.
 * The Uitleg page shows all of it; other pages use `explain()` for tooltips and link
 * to `/uitleg/#<metric>`. Names come from metrics.ts so a figure is called the same
 * everywhere. Numbers inside the texts are written by hand in each language's style.
 */
import { formatNumber } from './format';
import { INTL_LOCALE, type Locale } from './messages';
import { metricName } from './metrics';

/** The explanation of one figure, without its name (the name comes from metrics.ts). */
export interface MetricText {
  what: string;
  formula: string;
  read: string;
  pitfalls: string[];
}

export interface MetricExplanation extends MetricText {
  metric: string;
  name: string;
  family: FamilyId;
  /** Its id in METRICS.md, e.g. 'R2'. */
  ref: string;
  /** The literature the figure comes from, if any (the same in both languages). */
  source?: string;
}

export type FamilyId = 'reach' | 'bridging' | 'overlap' | 'selforg' | 'signals';

/** The families in page order, each with its anchor on /uitleg/ and its metrics with their METRICS.md ids. */
export const FAMILIES: { id: FamilyId; anchor: string; metrics: [string, string][] }[] = [
  {
    id: 'reach',
    anchor: 'bereik',
    metrics: [
      ['participants', 'R1'],
      ['reach_rate', 'R2'],
      ['group_reach_rate', 'R3'],
      ['representation_index', 'R4'],
      ['dissimilarity', 'R5'],
      ['representativeness', 'R5'],
      ['heterogeneity', 'R6'],
      ['population_heterogeneity', 'R6'],
      ['top20_share', 'R7'],
      ['gini', 'R7'],
      ['lorenz_share', 'R7'],
      ['newcomers', 'R8'],
      ['newcomer_share', 'R8'],
      ['retention', 'R9'],
      ['domains_per_participant', 'R10'],
      ['multi_domain_share', 'R10']
    ]
  },
  {
    id: 'bridging',
    anchor: 'verbinden-en-overbruggen',
    metrics: [
      ['pairs', 'B1'],
      ['pairs_within', 'B1'],
      ['pairs_between', 'B1'],
      ['sessions_used', 'B1'],
      ['sessions_excluded', 'B1'],
      ['bridging_share', 'B2'],
      ['bonding_share', 'B2'],
      ['ei_index', 'B3'],
      ['expected_bridging_share', 'B4'],
      ['mixing_ratio', 'B5'],
      ['assortativity', 'B6'],
      ['bridged_share', 'B7'],
      ['mixing', 'B8'],
      ['mixing_expected', 'B8']
    ]
  },
  {
    id: 'overlap',
    anchor: 'overlap',
    metrics: [
      ['bw', 'O1'],
      ['ggw', 'O1'],
      ['both', 'O1'],
      ['bw_only', 'O1'],
      ['ggw_only', 'O1'],
      ['jaccard', 'O2'],
      ['ggw_via_bw', 'O3'],
      ['gateway_bw_first', 'O4'],
      ['gateway_ggw_first', 'O4'],
      ['gateway_same_day', 'O4'],
      ['gateway_median_days', 'O4'],
      ['partner_hhi', 'O6']
    ]
  },
  {
    id: 'selforg',
    anchor: 'zelforganisatie',
    metrics: [
      ['involvement_share', 'S1'],
      ['involved_participants', 'S1'],
      ['resident_initiated_share', 'S2']
    ]
  },
  {
    id: 'signals',
    anchor: 'doorgegeven-signalen',
    metrics: [
      ['signals', 'G1'],
      ['signals_answered_30d', 'G2'],
      ['signal_median_days', 'G2'],
      ['signals_open_share', 'G2']
    ]
  }
];

/** The literature behind a figure (METRICS.md names these sources). */
const SOURCES: Record<string, string> = {
  dissimilarity: 'Duncan & Duncan (1955)',
  representativeness: 'Duncan & Duncan (1955)',
  heterogeneity: 'Blau (1977)',
  population_heterogeneity: 'Blau (1977)',
  bridging_share: 'Putnam (2000)',
  bonding_share: 'Putnam (2000)',
  pairs_within: 'Putnam (2000)',
  pairs_between: 'Putnam (2000)',
  ei_index: 'Krackhardt & Stern (1988)',
  assortativity: 'Newman (2003)',
  mixing: 'Newman (2003)',
  mixing_expected: 'Newman (2003)'
};

/** Site settings some texts mention: the disclosure threshold k and the session cap. */
export interface ExplainParams {
  k: number;
  cap: number;
}
export const DEFAULT_PARAMS: ExplainParams = { k: 5, cap: 40 };

export interface FamilyText {
  title: string;
  intro: (p: ExplainParams) => string[];
}

const nlNum = (n: number) => formatNumber('nl', n);
const enNum = (n: number) => formatNumber('en', n);

export const FAMILY_TEXT: Record<Locale, Record<FamilyId, FamilyText>> = {
  nl: {
    reach: {
      title: 'Bereik',
      intro: () => [
        'Hoeveel bewoners van een wijk doen mee, en welke? Deze cijfers tellen mensen in de wijk waar ze wonen (het bewonersperspectief), ook als de activiteit in een andere wijk is. Alleen zo kun je ze naast de bevolking van die wijk leggen.',
        'De ongelijkheidsindex komt van Duncan & Duncan (1955), de diversiteit (heterogeniteit) van Blau (1977).'
      ]
    },
    bridging: {
      title: 'Verbinden en overbruggen',
      intro: (p) => [
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
        'Een signaal gaat over een wijk, niet over een persoon; de privacyregel voor kleine aantallen personen geldt hier dus niet. De filter op aanbod geldt hier ook niet: de bron van het signaal is een eigen uitsplitsing. Doorgegeven signalen zijn iets anders dan de alarmsignalen verderop.'
      ]
    }
  },
  en: {
    reach: {
      title: 'Reach',
      intro: () => [
        'How many residents of a wijk take part, and which ones? These figures count people in the wijk where they live (the residents perspective), even when the activity is in another wijk. Only then can they be set beside that wijk’s population.',
        'The dissimilarity index comes from Duncan & Duncan (1955), heterogeneity from Blau (1977).'
      ]
    },
    bridging: {
      title: 'Bonding and bridging',
      intro: (p) => [
        'Who meets whom? After Putnam (2000): bonding is contact within one’s own group, bridging is contact between different groups. Both matter: the first gives support and trust, the second opens new circles.',
        'Two participants at the same session form one pair, once per session. A group is a value of a characteristic: an age band, a gender, an origin, or the home wijk (then it is about meetings between residents of different wijken).',
        `These figures count people in the wijk where the activity takes place (the location perspective): that is where they meet. Sessions with fewer than 2 or more than ${enNum(p.cap)} participants are left out: a street party is being there together, not contact. A network figure is only shown with at least ${enNum(p.k)} participants with a known group and 3 sessions.`,
        'The E-I index comes from Krackhardt & Stern (1988), assortativity and the mixing matrix from Newman (2003).'
      ]
    },
    overlap: {
      title: 'Overlap between buurtwerk and area-based work',
      intro: () => [
        'Do buurtwerk (community work) and area-based work (GGW) reach the same residents, or each a public of its own? And who came to which first?',
        'These figures count residents in their home wijk, wherever in the city the activity is. The provider filter (buurtwerk or GGW) does not apply here: these figures compare the two. Only partner concentration looks at the sessions held in the wijk itself.'
      ]
    },
    selforg: {
      title: 'Self-organisation',
      intro: () => [
        'Do residents only take part, or do they also help organise? These figures are about the activities held in the wijk (location perspective): those who help need not live there.'
      ]
    },
    signals: {
      title: 'Signals passed on',
      intro: () => [
        'Signals are reports that buurtwerk, GGW or residents pass on to the city, for example about housing or safety, and the city’s answer. This is an optional file: without signals there are no figures.',
        'A signal is about a wijk, not a person, so the privacy rule for small numbers of persons does not apply here. The provider filter does not apply either: the signal’s source is a breakdown of its own. Signals passed on are something else than the alerts further down.'
      ]
    }
  }
};

const NL = {
  // ---- Reach --------------------------------------------------------------
  participants: {
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
    what: 'Het bereik binnen één groep, bijvoorbeeld bewoners van 65 tot 79 jaar: hoeveel van hen per 1.000 deelnamen.',
    formula: 'deelnemers uit de groep / bevolking van de groep × 1.000',
    read: 'In de wijk wonen 800 mensen van 65 tot 79 jaar en 40 van hen namen deel: 40 / 800 × 1.000 = 50.',
    pitfalls: [
      'Alleen voor kenmerken waarvan de bevolking per groep bekend is (bijvoorbeeld leeftijd, gender en herkomst uit de bevolkingstabel).',
      'Deelnemers met een onbekende waarde (groep "onbekend") tellen in geen enkele groep. Veel "onbekend" maakt alle groepsbereiken te laag.',
      'Bij kleine groepen wordt het cijfer niet getoond als het op minder dan k personen berust.'
    ]
  },
  representation_index: {
    what: 'Is een groep even sterk aanwezig bij de deelnemers als in de wijk? De index deelt het aandeel van de groep bij de deelnemers door haar aandeel in de bevolking.',
    formula: '(deelnemers uit de groep / deelnemers met een bekende waarde) / (bevolking van de groep / bevolking met een bekende waarde)',
    read: '1 = zo aanwezig als in de wijk, 0,5 = half zo aanwezig, 2 = dubbel zo aanwezig. Voorbeeld: 65-plussers zijn 20% van de wijk maar 10% van de deelnemers: 10% / 20% = 0,5.',
    pitfalls: [
      'De index zegt niets over hoeveel mensen je bereikt: bij een heel laag bereik kan elke groep toch een index van 1 hebben. Kijk er ook naar het groepsbereik.',
      'Deelnemers met een onbekende waarde blijven buiten de berekening; hun aandeel wordt apart getoond. Als vooral één groep de vraag niet beantwoordt, is de index scheef.',
      'Bij kleine groepen springt de index snel: een paar mensen meer of minder verandert hem sterk.',
      'Een groep met minstens 10% van de bevolking en een index onder 0,5 geeft een alarmsignaal.'
    ]
  },
  dissimilarity: {
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
    what: 'De breedte van het bereik voor één kenmerk: 1 min de ongelijkheidsindex. Hoe hoger, hoe meer de deelnemers op de wijk lijken.',
    formula: '1 − ongelijkheidsindex',
    read: '1 = de deelnemers zijn samengesteld zoals de wijk. In het voorbeeld bij de ongelijkheidsindex: 1 − 0,20 = 0,80.',
    pitfalls: [
      'Het zegt niet hoeveel mensen je bereikt; lees het altijd samen met het bereik.',
      'Een activiteit voor één doelgroep (bijvoorbeeld voor senioren) heeft bewust een lage waarde voor leeftijd. Lees het cijfer voor het hele aanbod in de wijk, niet als oordeel over één activiteit.',
      'Representativiteit onder 0,6 geeft een alarmsignaal.'
    ]
  },
  heterogeneity: {
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
    what: 'Dezelfde maat voor de bevolking van de wijk: hoe gemengd de bewoners zelf zijn. Het vergelijkingspunt voor de diversiteit van de deelnemers.',
    formula: '1 − de som over de groepen van (aandeel van de groep in de bevolking)²',
    read: 'Diversiteit van de deelnemers 0,40 en van de bevolking 0,60: de deelnemers zijn minder gemengd dan de wijk.',
    pitfalls: [
      'Berekend uit de bevolkingstabel (het laatste cijfer op of vóór het einde van de periode), niet uit de deelnemers.',
      'Bewoners met een onbekende waarde en groepen die in de bevolkingstabel ontbreken, tellen niet mee.'
    ]
  },
  top20_share: {
    what: 'Welk deel van alle deelnames komt van de 20% deelnemers die het vaakst komen? Het toont of een werking op een kleine vaste kern draait.',
    formula: 'deelnames van de 20% meest actieve deelnemers (naar boven afgerond) / alle deelnames',
    read: '100 deelnemers met samen 1.000 deelnames; de 20 die het vaakst kwamen, hadden er 600: 600 / 1.000 = 60%. Als iedereen even vaak kwam, is het 20%.',
    pitfalls: [
      'Een vaste kern is niet slecht: wekelijkse activiteiten hebben vanzelf trouwe deelnemers. Lees het samen met het aantal deelnemers en nieuwkomers.',
      'Over een langere periode ligt het hoger: eenmalige bezoekers en vaste deelnemers lopen verder uiteen.',
      'Bij weinig deelnemers is de top-20% maar een handvol mensen.',
      'Een aandeel van 60% of meer geeft een alarmsignaal.'
    ]
  },
  lorenz_share: {
    what: 'De Lorenzcurve: welk deel van alle deelnames de minst actieve 10%, 20%, ... 100% van de deelnemers samen hebben. Een uitbreiding op METRICS.md (R7), om de concentratie te tekenen.',
    formula: 'sorteer de deelnemers van weinig naar veel deelnames; L(p) = deelnames van de eerste p × deelnemers / alle deelnames (rechte lijn tussen twee deelnemers als p × deelnemers geen geheel getal is)',
    read: 'L(80%) = 0,45 betekent: de minst actieve 80% heeft samen 45% van de deelnames, de top-20% dus 55%. Hoe verder de curve onder de diagonaal, hoe groter de concentratie.',
    pitfalls: [
      'Alleen getoond bij minstens 10 × k deelnemers, zodat elk tiende deel op minstens k personen berust.',
      'Iedereen die meetelt, kwam minstens één keer: de curve begint dus nooit vlak op nul.'
    ]
  },
  gini: {
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
    what: 'Het aandeel nieuwkomers onder de deelnemers van de periode.',
    formula: 'nieuwkomers / deelnemers',
    read: '18 nieuwkomers op 120 deelnemers: 15%.',
    pitfalls: [
      'Niet beschikbaar in een periode met de eerste maand van de gegevens, en te hoog kort daarna.',
      'Over een jaar is het aandeel hoger dan over een maand: vergelijk dezelfde soort periode.',
      'Onder 10% drie maanden na elkaar geeft een alarmsignaal.'
    ]
  },
  retention: {
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
    what: 'In hoeveel verschillende domeinen (ontmoeting, vrije tijd, gezondheid, wonen, taal …) een deelnemer gemiddeld meedeed.',
    formula: 'som over de deelnemers van hun aantal verschillende domeinen / deelnemers',
    read: '1,00 = iedereen blijft binnen één domein. 1,50 = gemiddeld anderhalf domein, bijvoorbeeld de helft van de deelnemers in twee domeinen en de rest in één.',
    pitfalls: [
      'Hangt af van hoe het aanbod in domeinen is ingedeeld: een fijnere indeling geeft hogere cijfers.',
      'Over een langere periode is er meer kans op een tweede domein.'
    ]
  },
  multi_domain_share: {
    what: 'Het aandeel deelnemers dat in twee of meer domeinen meedeed.',
    formula: 'deelnemers in 2 of meer domeinen / deelnemers',
    read: '60 van de 240 deelnemers deden mee in minstens twee domeinen: 25%.',
    pitfalls: [
      'Het toont doorstroming tussen aanbod (bijvoorbeeld van een ontmoetingsmoment naar een taalcursus), maar niet de volgorde of de reden.',
      'Hangt af van de indeling in domeinen en van de lengte van de periode.'
    ]
  },
  // ---- Bonding and bridging ------------------------------------------------
  pairs: {
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
    what: 'Paren waarin beide deelnemers tot dezelfde groep behoren: verbindend contact.',
    formula: 'per sessie en per groep: n_groep × (n_groep − 1) / 2, opgeteld',
    read: 'Een sessie met 6 vrouwen en 4 mannen: 6 × 5 / 2 + 4 × 3 / 2 = 15 + 6 = 21 paren binnen een groep.',
    pitfalls: [
      'Groeit vanzelf als één groep groot is. Lees het samen met het verwachte aandeel en de mengverhouding.'
    ]
  },
  pairs_between: {
    what: 'Paren van deelnemers uit verschillende groepen: overbruggend contact.',
    formula: 'alle paren − paren binnen een groep',
    read: 'In dezelfde sessie: 45 − 21 = 24 paren tussen groepen (6 vrouwen × 4 mannen).',
    pitfalls: [
      'Het telt samen aanwezig zijn in een sessie, niet of mensen echt met elkaar spraken.'
    ]
  },
  sessions_used: {
    what: 'Het aantal sessies waarop de netwerkcijfers berusten: sessies in de wijk met 2 tot en met de bovengrens (standaard 40) deelnemers.',
    formula: 'sessies in de wijk en de periode met minstens 2 en hoogstens de bovengrens verschillende deelnemers',
    read: '120 gebruikte en 8 weggelaten sessies: de netwerkcijfers berusten op 120 sessies.',
    pitfalls: [
      'Bij minder dan 3 gebruikte sessies worden de netwerkcijfers niet getoond.',
      'De grootte van een sessie telt alle deelnemers, ook die met een onbekende waarde.'
    ]
  },
  sessions_excluded: {
    what: 'Het aantal sessies dat niet meetelt: met maar één deelnemer, of met meer deelnemers dan de bovengrens (standaard 40), zoals een straatfeest.',
    formula: 'sessies met minder dan 2 of meer dan de bovengrens verschillende deelnemers',
    read: 'Veel weggelaten sessies betekenen dat een groot deel van het aanbod (grote evenementen of individuele begeleiding) niet in de netwerkcijfers zit.',
    pitfalls: [
      'Een wijk met vooral grote evenementen kan weinig netwerkcijfers hebben, ook al komen er veel mensen.',
      'Individuele begeleiding (één deelnemer per sessie) telt ook als weggelaten.'
    ]
  },
  bridging_share: {
    what: 'Het deel van alle ontmoetingsparen dat tussen verschillende groepen is.',
    formula: 'paren tussen groepen / alle paren',
    read: '24 van de 45 paren zijn tussen groepen: 53%.',
    pitfalls: [
      'Beweegt mee met de groepsgroottes: in een wijk waar bijna iedereen tot één groep behoort, is het vanzelf laag, ook als iedereen alles samen doet. Vergelijk wijken daarom met de mengverhouding, niet met dit aandeel.',
      'Deelnemers met een onbekende waarde tellen niet mee.'
    ]
  },
  bonding_share: {
    what: 'Het deel van de ontmoetingsparen binnen dezelfde groep. Samen met het aandeel overbruggend is het 100%.',
    formula: 'paren binnen een groep / alle paren',
    read: '21 van de 45 paren zijn binnen een groep: 47%.',
    pitfalls: [
      'Verbindend contact is niet slecht: het bouwt steun en vertrouwen binnen een groep (Putnam). Een hoog aandeel is pas een vraag als het veel hoger is dan bij toeval (zie de mengverhouding).',
      'Beweegt mee met de groepsgroottes, net als het aandeel overbruggend.'
    ]
  },
  ei_index: {
    what: 'Een andere schrijfwijze van hetzelfde: het verschil tussen paren tussen groepen (extern, E) en binnen groepen (intern, I), gedeeld door alle paren.',
    formula: '(paren tussen groepen − paren binnen een groep) / alle paren',
    read: '−1 = alleen contact binnen de groep, 0 = evenveel van beide, +1 = alleen tussen groepen. In het voorbeeld: (24 − 21) / 45 = 0,07.',
    pitfalls: [
      'Gelijk aan 2 × aandeel overbruggend − 1: het bevat dezelfde informatie en beweegt dus even sterk mee met de groepsgroottes.'
    ]
  },
  expected_bridging_share: {
    what: 'Het aandeel overbruggend dat je zou verwachten als dezelfde aanwezigheden willekeurig over de sessies verdeeld waren. Het vergelijkingspunt voor het echte aandeel.',
    formula: '1 − som over de groepen van M_groep × (M_groep − 1) / (M × (M − 1)), met M_groep = aanwezigheden van de groep in de gebruikte sessies en M = alle aanwezigheden',
    read: 'Komt 80% van de aanwezigheden van groep A en 20% van groep B, dan is het verwachte aandeel ongeveer 1 − (0,8² + 0,2²) = 32%. Een echt aandeel van 16% is dan de helft van wat toeval zou geven.',
    pitfalls: [
      'Geen doel, maar een vergelijkingspunt: het toont wat de groepsgroottes alleen al zouden geven.'
    ]
  },
  mixing_ratio: {
    what: 'Het echte aandeel overbruggend gedeeld door het verwachte. Brengen activiteiten groepen meer of minder samen dan toeval, los van hoe groot de groepen zijn?',
    formula: 'aandeel overbruggend / verwacht aandeel overbruggend',
    read: '1 = mengt zoals toeval; onder 1 = groepen blijven onder elkaar; boven 1 = activiteiten brengen groepen meer samen dan toeval. Voorbeeld: 16% / 32% = 0,5.',
    pitfalls: [
      'Het beweegt niet mee met de groepsgroottes: daarvoor bestaat het. Gebruik dit cijfer om wijken met een verschillende samenstelling te vergelijken.',
      'Doelgroepactiviteiten (bijvoorbeeld een taalcursus voor nieuwkomers) geven bewust een lage waarde voor herkomst. Kijk welke activiteiten het cijfer bepalen.',
      'Met weinig sessies of één kleine groep schommelt het sterk.',
      'Voor het kenmerk woonwijk: onder 1 = bewoners ontmoeten vooral mensen uit hun eigen wijk.',
      'Onder 0,5 geeft een alarmsignaal.'
    ]
  },
  assortativity: {
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
    what: 'Het aandeel deelnemers dat minstens één keer in een sessie zat met iemand uit een andere groep.',
    formula: 'deelnemers met minstens één sessie samen met iemand van een andere bekende groep / deelnemers met een bekende groep in de gebruikte sessies',
    read: '200 deelnemers met een bekende leeftijd, van wie 150 minstens één keer samen waren met iemand uit een andere leeftijdsgroep: 75%.',
    pitfalls: [
      'Eén gemengde sessie volstaat: een hoog aandeel kan ook betekenen dat iedereen één keer naar een groot, gemengd moment kwam.',
      'Telt mensen, geen paren: het toont hoe breed overbruggend contact gespreid is, niet hoe vaak het gebeurt.'
    ]
  },
  mixing: {
    what: 'De mengmatrix: voor elk paar groepen welk deel van alle ontmoetingen tussen die twee groepen was. De heatmap toont haar.',
    formula: 'per paar groepen g|h: ontmoetingen tussen g en h / alle ontmoetingen, elke ontmoeting in beide richtingen geteld',
    read: 'Een cel "Belgisch | niet-EU" van 10%: 10% van alle ontmoetingen (in die richting gelezen) was tussen iemand van Belgische en iemand van niet-EU-herkomst. Leg ze naast dezelfde cel bij toeval.',
    pitfalls: [
      'Elke ontmoeting telt in beide richtingen (g|h en h|g): de matrix is symmetrisch en alle cellen samen zijn 100%.',
      'Niet voor het kenmerk woonwijk: daar zijn te veel cellen.',
      'Cellen die op te weinig personen berusten, worden niet getoond.'
    ]
  },
  mixing_expected: {
    what: 'Dezelfde matrix als mensen willekeurig zouden mengen, met dezelfde groepsgroottes.',
    formula: 'aandeel van groep g in alle ontmoetingen × aandeel van groep h',
    read: 'Is een cel in de echte matrix veel hoger dan hier, dan ontmoeten die twee groepen elkaar vaker dan toeval; veel lager: ze ontmoeten elkaar weinig.',
    pitfalls: [
      'Ook hier telt elke ontmoeting in beide richtingen; lees de cellen naast die van de echte matrix, niet los.'
    ]
  },
  // ---- Overlap --------------------------------------------------------------
  bw: {
    what: 'Het aantal verschillende bewoners van de wijk met minstens één deelname aan buurtwerk in de periode, waar in de stad ook.',
    formula: 'bewoners met minstens één buurtwerkdeelname in de periode',
    read: 'Buurtwerk 300, GGW 120, beide 80: 80 bewoners kwamen bij allebei.',
    pitfalls: [
      'Bewonersperspectief: een activiteit in de buurwijk telt mee voor de woonwijk.',
      'Minder dan k personen (standaard 5) wordt getoond als "<5"; omdat de vijf overlapcijfers samenhangen, kan een ander cijfer mee verborgen worden.'
    ]
  },
  ggw: {
    what: 'Het aantal verschillende bewoners van de wijk met minstens één deelname aan de gebiedsgerichte werking (GGW) in de periode, waar in de stad ook.',
    formula: 'bewoners met minstens één GGW-deelname in de periode',
    read: 'GGW bereikte 120 bewoners van de wijk.',
    pitfalls: ['Bewonersperspectief, zoals bij buurtwerk: de woonwijk telt, niet de plaats van de activiteit.']
  },
  both: {
    what: 'Het aantal bewoners dat in de periode zowel bij buurtwerk als bij GGW deelnam.',
    formula: 'bewoners met minstens één buurtwerkdeelname én minstens één GGW-deelname in de periode',
    read: '80 bewoners van de wijk kwamen bij beide.',
    pitfalls: [
      'Over een langere periode is de overlap groter: iemand kan in januari bij buurtwerk en in oktober bij GGW komen.'
    ]
  },
  bw_only: {
    what: 'Bewoners die wel bij buurtwerk deelnamen, maar niet bij GGW.',
    formula: 'bereikt door buurtwerk − bereikt door beide',
    read: '300 − 80 = 220 bewoners alleen bij buurtwerk.',
    pitfalls: ['Als een van de overlapcijfers verborgen is, kan dit cijfer mee verborgen zijn, zodat het kleine cijfer niet uit te rekenen is.']
  },
  ggw_only: {
    what: 'Bewoners die wel bij GGW deelnamen, maar niet bij buurtwerk.',
    formula: 'bereikt door GGW − bereikt door beide',
    read: '120 − 80 = 40 bewoners alleen bij GGW.',
    pitfalls: ['Als een van de overlapcijfers verborgen is, kan dit cijfer mee verborgen zijn.']
  },
  jaccard: {
    what: 'Hoe sterk de publieken van buurtwerk en GGW overlappen: welk deel van alle bereikte bewoners kwam bij beide.',
    formula: 'beide / (buurtwerk of GGW) = beide / (buurtwerk + GGW − beide)',
    read: '80 / (300 + 120 − 80) = 80 / 340 = 24%. 0% = geen gedeelde bewoners, 100% = precies dezelfde bewoners.',
    pitfalls: [
      'Als het ene publiek veel groter is dan het andere, blijft de Jaccard laag, ook als het kleine publiek helemaal binnen het grote valt. Kijk dan naar "GGW via buurtwerk".'
    ]
  },
  ggw_via_bw: {
    what: 'Welk deel van de bewoners die GGW bereikt, ook door buurtwerk bereikt wordt. Per groep van een kenmerk toont het welke groepen GGW vooral via buurtwerk bereikt.',
    formula: 'beide / GGW',
    read: '80 / 120 = 67%: twee op drie GGW-deelnemers uit de wijk kwamen ook bij buurtwerk.',
    pitfalls: [
      'Het zegt niet dat buurtwerk hen naar GGW bracht; voor de volgorde zijn er de cijfers "eerst buurtwerk" en "eerst GGW".',
      'Niet symmetrisch: beide / buurtwerk is een ander cijfer.'
    ]
  },
  gateway_bw_first: {
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
    what: 'Van de bewoners die bij beide kwamen: welk deel kwam eerst bij GGW en pas later bij buurtwerk.',
    formula: 'bewoners in beide met hun eerste GGW-deelname vóór hun eerste buurtwerkdeelname / bewoners in beide',
    read: 'In het voorbeeld: 24 van de 80 = 30%.',
    pitfalls: ['Volgorde is geen oorzaak, en vroege gegevens kunnen de volgorde vertekenen (zie "eerst buurtwerk").']
  },
  gateway_same_day: {
    what: 'Van de bewoners die bij beide kwamen: welk deel kwam de eerste keer bij beide op dezelfde dag.',
    formula: 'bewoners in beide met hun eerste buurtwerk- en eerste GGW-deelname op dezelfde dag / bewoners in beide',
    read: 'In het voorbeeld: 8 van de 80 = 10%. Dat kan wijzen op een gezamenlijk moment of een doorverwijzing ter plaatse.',
    pitfalls: ['De drie aandelen (eerst buurtwerk, eerst GGW, dezelfde dag) zijn samen 100%.']
  },
  gateway_median_days: {
    what: 'Hoeveel dagen er typisch zit tussen de eerste deelname aan het ene aanbod en die aan het andere, bij bewoners in beide.',
    formula: 'mediaan over de bewoners in beide van het aantal dagen tussen hun eerste buurtwerk- en eerste GGW-deelname',
    read: 'Mediaan 45 dagen: de helft van hen kwam binnen 45 dagen na de eerste deelname ook bij het andere aanbod, de andere helft later.',
    pitfalls: [
      'De mediaan is het middelste getal, geen gemiddelde: een paar heel lange tussentijden trekken hem niet omhoog.',
      'Kort na het begin van de gegevens kunnen alleen korte tussentijden voorkomen.'
    ]
  },
  partner_hhi: {
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
    what: 'Het deel van alle deelnames waarin iemand vrijwilliger of mede-organisator was.',
    formula: 'deelnames als vrijwilliger of mede-organisator / alle deelnames',
    read: '2.000 deelnames, waarvan 300 als vrijwilliger of mede-organisator: 15%.',
    pitfalls: [
      'Telt deelnames, geen mensen: één vrijwilliger die elke week komt, weegt zwaar. Kijk ook naar het aantal vrijwilligers en mede-organisatoren.',
      'Hangt af van hoe goed rollen worden bijgehouden: een lege rol telt als gewone deelnemer.'
    ]
  },
  involved_participants: {
    what: 'Het aantal verschillende mensen met minstens één deelname als vrijwilliger of mede-organisator bij activiteiten in de wijk.',
    formula: 'verschillende deelnemers met minstens één deelname in de rol vrijwilliger of mede-organisator',
    read: '25: vijfentwintig verschillende mensen hielpen minstens één keer mee.',
    pitfalls: [
      'Locatieperspectief: zij hoeven niet in de wijk te wonen.',
      'Minder dan k personen (standaard 5) wordt getoond als "<5".'
    ]
  },
  resident_initiated_share: {
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
    what: 'Het aantal signalen over de wijk dat in de periode aan de stad werd doorgegeven, ook per thema en per bron (buurtwerk, GGW, bewoners).',
    formula: 'signalen met een meldingsdatum in de periode',
    read: '12 signalen over wonen, waarvan 8 van buurtwerk: buurtwerk gaf de meeste woonsignalen door.',
    pitfalls: [
      'Meer signalen betekent niet meer problemen: het kan ook betekenen dat het doorgeven beter loopt.',
      'Signalen zonder thema staan onder "onbekend".'
    ]
  },
  signals_answered_30d: {
    what: 'Het deel van de signalen uit de periode dat binnen 30 dagen een antwoord kreeg.',
    formula: 'signalen beantwoord binnen 30 dagen na de melding / signalen gemeld in de periode',
    read: '9 van de 12 signalen binnen 30 dagen beantwoord: 75%.',
    pitfalls: [
      'Signalen uit de laatste weken van de gegevens hebben nog geen 30 dagen gehad: in de laatste maand is het aandeel vanzelf lager.'
    ]
  },
  signal_median_days: {
    what: 'Hoeveel dagen het typisch duurt tot een antwoord, bij de beantwoorde signalen.',
    formula: 'mediaan van (datum antwoord − datum melding) in dagen, over de beantwoorde signalen uit de periode',
    read: 'Mediaan 14: de helft van de beantwoorde signalen had binnen 14 dagen een antwoord.',
    pitfalls: [
      'Alleen beantwoorde signalen tellen mee. De mediaan kan er goed uitzien terwijl veel signalen open blijven: lees hem samen met "nog open".'
    ]
  },
  signals_open_share: {
    what: 'Het deel van de signalen uit de periode dat nog geen antwoord heeft.',
    formula: 'signalen zonder datum van antwoord / signalen gemeld in de periode',
    read: '3 van de 12 signalen nog open: 25%.',
    pitfalls: ['"Nog open" geldt op het moment van de gegevens: recente signalen zijn vanzelf vaker open.']
  }
} satisfies Record<string, MetricText>;

type MetricId = keyof typeof NL;

const EN: Record<MetricId, MetricText> = {
  // ---- Reach --------------------------------------------------------------
  participants: {
    what: 'The number of different residents of the wijk who took part at least once in the period. Someone who came ten times counts once.',
    formula: 'number of different participants living in the wijk with at least one participation in the period',
    read: '250 participants in a year: 250 different residents took part at least once, even if some came every week.',
    pitfalls: [
      'A year is not the sum of twelve months: someone who comes every month counts once in the year.',
      'Counted in the home wijk, not the wijk of the activity. Participants without a known home wijk count in their city’s "location unknown" wijk.',
      'The city-wide figure is not the sum of the wijken: someone taking part in two wijken counts once for the city.',
      'Fewer than k persons (5 by default) is shown as "<5".'
    ]
  },
  reach_rate: {
    what: 'How many residents per 1,000 inhabitants of the wijk took part. This lets you compare large and small wijken.',
    formula: 'participants / population of the wijk × 1,000',
    read: 'A wijk of 6,000 inhabitants with 300 participants: 300 / 6,000 × 1,000 = 50. Five in a hundred residents took part.',
    pitfalls: [
      'The population is the latest figure on or before the end of the period (else the earliest there is). A new population figure can make reach jump without any change in participation.',
      'A month always gives a lower reach than a year. Compare only periods of the same kind.',
      'The "location unknown" wijk has no population, so no reach.'
    ]
  },
  group_reach_rate: {
    what: 'Reach within one group, for example residents aged 65 to 79: how many of them per 1,000 took part.',
    formula: 'participants in the group / population of the group × 1,000',
    read: '800 people aged 65 to 79 live in the wijk and 40 of them took part: 40 / 800 × 1,000 = 50.',
    pitfalls: [
      'Only for characteristics whose population by group is known (for example age, gender and origin from the population table).',
      'Participants with a missing value (group "unknown") count in no group. Many "unknown" values make every group reach too low.',
      'For small groups the figure is not shown when it rests on fewer than k persons.'
    ]
  },
  representation_index: {
    what: 'Is a group as present among the participants as in the wijk? The index divides the group’s share of the participants by its share of the population.',
    formula: '(participants in the group / participants with a known value) / (population of the group / population with a known value)',
    read: '1 = as present as in the wijk, 0.5 = half as present, 2 = twice as present. Example: people over 65 are 20% of the wijk but 10% of the participants: 10% / 20% = 0.5.',
    pitfalls: [
      'The index says nothing about how many people you reach: with a very low reach every group can still have an index of 1. Look at group reach too.',
      'Participants with a missing value are left out; their share is shown separately. If mainly one group leaves the question blank, the index is skewed.',
      'For small groups the index jumps easily: a few people more or fewer change it a lot.',
      'A group with at least 10% of the population and an index below 0.5 raises an alert.'
    ]
  },
  dissimilarity: {
    what: 'How far the make-up of the participants differs from the wijk’s, for one characteristic (for example age). It is the part of the participants who would have to change group to match the wijk exactly.',
    formula: '½ × the sum over the groups of | share among participants − share in the population |',
    read: '0 = the same make-up as the wijk, 1 = completely different. Example: the wijk is 50% men and 50% women, the participants 30% men and 70% women: ½ × (20% + 20%) = 0.20. A fifth of the participants would have to be "different".',
    pitfalls: [
      'One characteristic at a time: a low value for gender says nothing about age.',
      'With many groups (such as seven age bands) and few participants, chance alone makes the index higher.',
      'Missing values are left out, both for participants and for the population.'
    ]
  },
  representativeness: {
    what: 'The breadth of reach for one characteristic: 1 minus the dissimilarity index. The higher, the more the participants look like the wijk.',
    formula: '1 − dissimilarity index',
    read: '1 = the participants are made up like the wijk. In the example under dissimilarity: 1 − 0.20 = 0.80.',
    pitfalls: [
      'It does not say how many people you reach; always read it with reach.',
      'An activity for one target group (for example older people) has a low value for age on purpose. Read the figure for all activities in the wijk, not as a verdict on one activity.',
      'Representativeness below 0.6 raises an alert.'
    ]
  },
  heterogeneity: {
    what: 'How mixed the participants are for one characteristic: the chance that two participants picked at random belong to different groups.',
    formula: '1 − the sum over the groups of (the group’s share of participants)²',
    read: '0 = everyone in one group; the higher, the more mixed. Three groups of equal size: 1 − 3 × (⅓)² = 0.67. Set it beside the heterogeneity of the population.',
    pitfalls: [
      'The maximum depends on the number of groups: at most 0.5 with 2 groups, 0.86 with 7. Compare only within one characteristic.',
      'A mixed set of participants in a little-mixed wijk means something else than in a very mixed wijk: always look at the population’s heterogeneity beside it.',
      'It does not say whether the groups also meet; the bonding and bridging figures do.'
    ]
  },
  population_heterogeneity: {
    what: 'The same measure for the wijk’s population: how mixed the residents themselves are. The yardstick for the participants’ heterogeneity.',
    formula: '1 − the sum over the groups of (the group’s share of the population)²',
    read: 'Participants 0.40 and population 0.60: the participants are less mixed than the wijk.',
    pitfalls: [
      'Computed from the population table (the latest figure on or before the end of the period), not from the participants.',
      'Residents with a missing value and groups absent from the population table do not count.'
    ]
  },
  top20_share: {
    what: 'What part of all participations comes from the 20% of participants who come most often? It shows whether an activity runs on a small fixed core.',
    formula: 'participations of the 20% most active participants (rounded up) / all participations',
    read: '100 participants with 1,000 participations in all; the 20 who came most often had 600: 600 / 1,000 = 60%. If everyone came equally often, it is 20%.',
    pitfalls: [
      'A fixed core is not bad: weekly activities naturally have loyal participants. Read it with the number of participants and newcomers.',
      'Over a longer period it is higher: one-off visitors and regulars drift further apart.',
      'With few participants the top 20% is only a handful of people.',
      'A share of 60% or more raises an alert.'
    ]
  },
  lorenz_share: {
    what: 'The Lorenz curve: what share of all participations the least active 10%, 20%, ... 100% of participants hold together. An extension of METRICS.md (R7), to draw concentration.',
    formula: 'sort participants from few to many participations; L(p) = participations of the first p × participants / all participations (a straight line between two participants when p × participants is not whole)',
    read: 'L(80%) = 0.45 means the least active 80% hold 45% of the participations, so the top 20% hold 55%. The further the curve lies below the diagonal, the greater the concentration.',
    pitfalls: [
      'Shown only with at least 10 × k participants, so each tenth rests on at least k persons.',
      'Everyone counted came at least once, so the curve never starts flat at zero.'
    ]
  },
  gini: {
    what: 'How unequally participations are spread over the participants. 0 = everyone came equally often; the closer to 1, the more a few people come very often and the rest rarely.',
    formula: 'sum over all pairs of participants (both orders) of | difference in number of participations | / (2 × participants × all participations)',
    read: 'Four participants came 1, 1, 1 and 9 times (12 participations). Each of the three pairs with the regular differs by 8, in both orders: 6 × 8 = 48. 48 / (2 × 4 × 12) = 0.5.',
    pitfalls: [
      'With few participants the Gini is unreliable: one person more or fewer changes it a lot.',
      'Everyone counted came at least once, so the Gini never reaches 1.',
      'Over a longer period it is usually higher, like the top-20% share.'
    ]
  },
  newcomers: {
    what: 'Participants who took part for the first time in this period, looking at all the data and within the chosen provider type (in any wijk).',
    formula: 'participants whose very first participation (with the chosen provider type) falls in the period',
    read: '120 participants in March, 18 of whom had never taken part before: 18 newcomers.',
    pitfalls: [
      'Not available for a period that contains the first month of the data: then everyone looks new. The site shows "n/a", never 100%.',
      '"New" means new in these data: someone who came before the data begin looks new in the first months. Shortly after the start the figures are too high.',
      'With the buurtwerk filter, someone who already went to GGW but now comes to buurtwerk for the first time is new to buurtwerk.'
    ]
  },
  newcomer_share: {
    what: 'The share of newcomers among the period’s participants.',
    formula: 'newcomers / participants',
    read: '18 newcomers among 120 participants: 15%.',
    pitfalls: [
      'Not available in a period with the first month of the data, and too high shortly after.',
      'Over a year the share is higher than over a month: compare the same kind of period.',
      'Below 10% three months in a row raises an alert.'
    ]
  },
  retention: {
    what: 'Of the participants in the previous period of the same length: what part takes part again in this period? Same wijk, same provider type.',
    formula: 'participants of the previous period who also take part now / participants of the previous period',
    read: 'Last quarter 200 participants, 130 of whom also this quarter: 130 / 200 = 65%. For a rolling year the previous period is the 12 months before it.',
    pitfalls: [
      'Not available when the previous period starts before the data.',
      'Summer: many activities pause in July and August, so August’s retention against July looks low.',
      'With the buurtwerk filter, someone who moved over to GGW counts as not coming back.',
      'High retention together with few newcomers points to a closed group.'
    ]
  },
  domains_per_participant: {
    what: 'In how many different domains (meeting, leisure, health, housing, language …) a participant took part, on average.',
    formula: 'sum over the participants of their number of different domains / participants',
    read: '1.00 = everyone stays within one domain. 1.50 = one and a half domains on average, for example half the participants in two domains and the rest in one.',
    pitfalls: [
      'Depends on how activities are sorted into domains: a finer split gives higher figures.',
      'A longer period gives more chance of a second domain.'
    ]
  },
  multi_domain_share: {
    what: 'The share of participants who took part in two domains or more.',
    formula: 'participants in 2 or more domains / participants',
    read: '60 of 240 participants took part in at least two domains: 25%.',
    pitfalls: [
      'It shows movement between activities (for example from a meeting place to a language course), but not the order or the reason.',
      'Depends on the domain split and on the length of the period.'
    ]
  },
  // ---- Bonding and bridging ------------------------------------------------
  pairs: {
    what: 'The number of pairs: for every session, every pair of participants with a known group who were there together.',
    formula: 'sum over the sessions of n × (n − 1) / 2, with n = participants with a known group at the session',
    read: 'A session with 10 participants gives 10 × 9 / 2 = 45 pairs. If the same 10 people meet four times, that is 180 pairs.',
    pitfalls: [
      'The same two people count once per session: a fixed group meeting weekly gives many pairs. It counts moments of contact, not different acquaintances.',
      'Large sessions weigh heavily: the number of pairs grows with the square of the size. That is why sessions above the cap (40 by default) are left out.',
      'Participants with a missing value do not count, so the number depends on the chosen characteristic.'
    ]
  },
  pairs_within: {
    what: 'Pairs in which both participants belong to the same group: bonding contact.',
    formula: 'per session and per group: n_group × (n_group − 1) / 2, added up',
    read: 'A session with 6 women and 4 men: 6 × 5 / 2 + 4 × 3 / 2 = 15 + 6 = 21 pairs within a group.',
    pitfalls: ['Grows by itself when one group is large. Read it with the expected share and the mixing ratio.']
  },
  pairs_between: {
    what: 'Pairs of participants from different groups: bridging contact.',
    formula: 'all pairs − pairs within a group',
    read: 'In the same session: 45 − 21 = 24 pairs between groups (6 women × 4 men).',
    pitfalls: ['It counts being at a session together, not whether people actually talked.']
  },
  sessions_used: {
    what: 'The number of sessions the network figures rest on: sessions in the wijk with 2 up to the cap (40 by default) participants.',
    formula: 'sessions in the wijk and period with at least 2 and at most the cap different participants',
    read: '120 sessions used and 8 left out: the network figures rest on 120 sessions.',
    pitfalls: [
      'With fewer than 3 sessions used, the network figures are not shown.',
      'A session’s size counts all its participants, including those with a missing value.'
    ]
  },
  sessions_excluded: {
    what: 'The number of sessions left out: with only one participant, or with more participants than the cap (40 by default), such as a street party.',
    formula: 'sessions with fewer than 2 or more than the cap different participants',
    read: 'Many sessions left out means a large part of the activities (big events or one-to-one support) is not in the network figures.',
    pitfalls: [
      'A wijk with mostly big events can have few network figures even though many people come.',
      'One-to-one support (one participant per session) is also left out.'
    ]
  },
  bridging_share: {
    what: 'The part of all pairs that is between different groups.',
    formula: 'pairs between groups / all pairs',
    read: '24 of the 45 pairs are between groups: 53%.',
    pitfalls: [
      'It moves with group sizes: in a wijk where nearly everyone belongs to one group it is low by itself, even if everyone does everything together. Compare wijken with the mixing ratio, not with this share.',
      'Participants with a missing value do not count.'
    ]
  },
  bonding_share: {
    what: 'The part of the pairs within the same group. Together with the bridging share it makes 100%.',
    formula: 'pairs within a group / all pairs',
    read: '21 of the 45 pairs are within a group: 47%.',
    pitfalls: [
      'Bonding is not bad: it builds support and trust within a group (Putnam). A high share only raises a question when it is far above chance (see the mixing ratio).',
      'It moves with group sizes, like the bridging share.'
    ]
  },
  ei_index: {
    what: 'Another way of writing the same: the difference between pairs between groups (external, E) and within groups (internal, I), divided by all pairs.',
    formula: '(pairs between groups − pairs within a group) / all pairs',
    read: '−1 = contact only within the group, 0 = as much of both, +1 = only between groups. In the example: (24 − 21) / 45 = 0.07.',
    pitfalls: ['Equal to 2 × bridging share − 1: it holds the same information and so moves with group sizes just as much.']
  },
  expected_bridging_share: {
    what: 'The bridging share you would expect if the same attendances were spread over the sessions at random. The yardstick for the real share.',
    formula: '1 − sum over the groups of M_group × (M_group − 1) / (M × (M − 1)), with M_group = the group’s attendances at the sessions used and M = all attendances',
    read: 'If 80% of attendances come from group A and 20% from group B, the expected share is about 1 − (0.8² + 0.2²) = 32%. A real share of 16% is then half what chance would give.',
    pitfalls: ['Not a target but a yardstick: it shows what group sizes alone would give.']
  },
  mixing_ratio: {
    what: 'The real bridging share divided by the expected one. Do activities bring groups together more or less than chance, whatever the size of the groups?',
    formula: 'bridging share / expected bridging share',
    read: '1 = mixes as chance would; below 1 = groups keep to themselves; above 1 = activities bring groups together more than chance. Example: 16% / 32% = 0.5.',
    pitfalls: [
      'It does not move with group sizes: that is why it exists. Use this figure to compare wijken with a different make-up.',
      'Target-group activities (for example a language course for newcomers) give a low value for origin on purpose. Look at which activities drive the figure.',
      'With few sessions or one small group it swings a lot.',
      'For the home wijk characteristic: below 1 = residents mostly meet people from their own wijk.',
      'Below 0.5 raises an alert.'
    ]
  },
  assortativity: {
    what: 'A network measure for the same question: do people seek out their own group? Like the mixing ratio it takes group sizes into account.',
    formula: '(share of meetings within a group − the same share by chance) / (1 − the same share by chance), from the mixing matrix',
    read: '0 = as chance would, 1 = contact only within one’s own group, below 0 = more contact between groups than chance. 0.30 means clearly more contact within the group than expected.',
    pitfalls: [
      'The opposite direction of the mixing ratio: high assortativity means little mixing.',
      'Chance is computed slightly differently than for the mixing ratio; small differences between the two are no contradiction.',
      'For analysts: equal to networkx’s attribute_assortativity_coefficient on the network with one link per pair per session.'
    ]
  },
  bridged_share: {
    what: 'The share of participants who at least once were at a session with someone from another group.',
    formula: 'participants with at least one session together with someone of another known group / participants with a known group at the sessions used',
    read: '200 participants with a known age, 150 of whom were at least once together with someone of another age band: 75%.',
    pitfalls: [
      'One mixed session is enough: a high share can also mean everyone once came to one big, mixed event.',
      'It counts people, not pairs: it shows how widely bridging contact is spread, not how often it happens.'
    ]
  },
  mixing: {
    what: 'The mixing matrix: for every pair of groups, what part of all meetings was between those two groups. The heat map shows it.',
    formula: 'per pair of groups g|h: meetings between g and h / all meetings, each meeting counted in both directions',
    read: 'A cell "Belgisch | niet-EU" of 10%: 10% of all meetings (read in that direction) were between someone of Belgian and someone of non-EU origin. Set it beside the same cell by chance.',
    pitfalls: [
      'Every meeting counts in both directions (g|h and h|g): the matrix is symmetric and all cells add up to 100%.',
      'Not for the home wijk characteristic: there would be too many cells.',
      'Cells resting on too few persons are not shown.'
    ]
  },
  mixing_expected: {
    what: 'The same matrix if people mixed at random, with the same group sizes.',
    formula: 'share of group g in all meetings × share of group h',
    read: 'If a cell of the real matrix is much higher than here, those two groups meet more often than chance; much lower: they rarely meet.',
    pitfalls: ['Here too every meeting counts in both directions; read the cells beside those of the real matrix, not on their own.']
  },
  // ---- Overlap --------------------------------------------------------------
  bw: {
    what: 'The number of different residents of the wijk with at least one buurtwerk participation in the period, wherever in the city.',
    formula: 'residents with at least one buurtwerk participation in the period',
    read: 'Buurtwerk 300, GGW 120, both 80: 80 residents came to both.',
    pitfalls: [
      'Residents perspective: an activity in the next wijk counts for the home wijk.',
      'Fewer than k persons (5 by default) is shown as "<5"; because the five overlap figures hang together, another figure can be hidden with it.'
    ]
  },
  ggw: {
    what: 'The number of different residents of the wijk with at least one participation in area-based work (GGW) in the period, wherever in the city.',
    formula: 'residents with at least one GGW participation in the period',
    read: 'GGW reached 120 residents of the wijk.',
    pitfalls: ['Residents perspective, as for buurtwerk: the home wijk counts, not the place of the activity.']
  },
  both: {
    what: 'The number of residents who took part in both buurtwerk and GGW in the period.',
    formula: 'residents with at least one buurtwerk participation and at least one GGW participation in the period',
    read: '80 residents of the wijk came to both.',
    pitfalls: ['Over a longer period the overlap is larger: someone can come to buurtwerk in January and to GGW in October.']
  },
  bw_only: {
    what: 'Residents who took part in buurtwerk but not in GGW.',
    formula: 'reached by buurtwerk − reached by both',
    read: '300 − 80 = 220 residents in buurtwerk only.',
    pitfalls: ['When one of the overlap figures is hidden, this one may be hidden too, so the small figure cannot be worked out.']
  },
  ggw_only: {
    what: 'Residents who took part in GGW but not in buurtwerk.',
    formula: 'reached by GGW − reached by both',
    read: '120 − 80 = 40 residents in GGW only.',
    pitfalls: ['When one of the overlap figures is hidden, this one may be hidden too.']
  },
  jaccard: {
    what: 'How much the publics of buurtwerk and GGW overlap: what part of all residents reached came to both.',
    formula: 'both / (buurtwerk or GGW) = both / (buurtwerk + GGW − both)',
    read: '80 / (300 + 120 − 80) = 80 / 340 = 24%. 0% = no shared residents, 100% = exactly the same residents.',
    pitfalls: [
      'When one public is much larger than the other, Jaccard stays low even if the small public lies wholly inside the large one. Then look at "GGW via buurtwerk".'
    ]
  },
  ggw_via_bw: {
    what: 'What part of the residents that GGW reaches are also reached by buurtwerk. Per group of a characteristic it shows which groups GGW reaches mainly through buurtwerk.',
    formula: 'both / GGW',
    read: '80 / 120 = 67%: two in three GGW participants from the wijk also came to buurtwerk.',
    pitfalls: [
      'It does not say buurtwerk brought them to GGW; for the order see "buurtwerk first" and "GGW first".',
      'Not symmetric: both / buurtwerk is another figure.'
    ]
  },
  gateway_bw_first: {
    what: 'Of the residents who came to both: what part came to buurtwerk first and only later to GGW.',
    formula: 'residents in both whose first buurtwerk participation is before their first GGW participation / residents in both (all data up to the end of the period)',
    read: 'Of 80 residents in both, 48 came to buurtwerk first (60%), 24 to GGW first (30%) and 8 on the same day (10%).',
    pitfalls: [
      'Order is not cause: coming to buurtwerk first does not prove buurtwerk showed the way.',
      'It looks at all data up to the end of the period, not just the period itself.',
      'Someone who came to either before the data begin may be sorted wrongly.'
    ]
  },
  gateway_ggw_first: {
    what: 'Of the residents who came to both: what part came to GGW first and only later to buurtwerk.',
    formula: 'residents in both whose first GGW participation is before their first buurtwerk participation / residents in both',
    read: 'In the example: 24 of 80 = 30%.',
    pitfalls: ['Order is not cause, and early data can distort the order (see "buurtwerk first").']
  },
  gateway_same_day: {
    what: 'Of the residents who came to both: what part came to both for the first time on the same day.',
    formula: 'residents in both whose first buurtwerk and first GGW participation are on the same day / residents in both',
    read: 'In the example: 8 of 80 = 10%. This can point to a joint event or a referral on the spot.',
    pitfalls: ['The three shares (buurtwerk first, GGW first, same day) add up to 100%.']
  },
  gateway_median_days: {
    what: 'How many days typically lie between the first participation in one and in the other, for residents in both.',
    formula: 'median over the residents in both of the days between their first buurtwerk and first GGW participation',
    read: 'Median 45 days: half of them came to the other within 45 days of their first participation, the other half later.',
    pitfalls: [
      'The median is the middle value, not an average: a few very long gaps do not pull it up.',
      'Shortly after the data begin, only short gaps can occur.'
    ]
  },
  partner_hhi: {
    what: 'How concentrated the GGW sessions in the wijk are among partner organisations (the Herfindahl index). 1 = always the same partner; close to 0 = spread over many partners.',
    formula: 'sum over the partners of (the partner’s share of GGW sessions in the wijk)²',
    read: 'Three partners with 50%, 30% and 20% of the sessions: 0.5² + 0.3² + 0.2² = 0.38. Four partners of equal size give 0.25.',
    pitfalls: [
      'Only sessions of activities that name a partner count.',
      'A high value is not bad in itself: it can be a strong, lasting partnership. It is fragile if that partner drops out.',
      'Location perspective: it is about sessions in the wijk, not where the participants live.'
    ]
  },
  // ---- Self-organisation -----------------------------------------------------
  involvement_share: {
    what: 'The part of all participations in which someone was a volunteer or co-organiser.',
    formula: 'participations as volunteer or co-organiser / all participations',
    read: '2,000 participations, 300 of them as volunteer or co-organiser: 15%.',
    pitfalls: [
      'It counts participations, not people: one volunteer who comes every week weighs heavily. Look at the number of volunteers and co-organisers too.',
      'Depends on how well roles are recorded: an empty role counts as an ordinary participant.'
    ]
  },
  involved_participants: {
    what: 'The number of different people with at least one participation as volunteer or co-organiser at activities in the wijk.',
    formula: 'different participants with at least one participation in the role volunteer or co-organiser',
    read: '25: twenty-five different people helped at least once.',
    pitfalls: ['Location perspective: they need not live in the wijk.', 'Fewer than k persons (5 by default) is shown as "<5".']
  },
  resident_initiated_share: {
    what: 'The part of the activities in the wijk (with at least one session in the period) that residents set up.',
    formula: 'activities set up by residents / all activities with a session in the period',
    read: '4 of the 20 activities were set up by residents: 20%.',
    pitfalls: [
      'It counts activities, not sessions or participants: a small residents’ initiative weighs as much as a large programme.',
      'Activities without a recorded initiator count as not set up by residents.'
    ]
  },
  // ---- Signals -----------------------------------------------------------------
  signals: {
    what: 'The number of signals about the wijk passed on to the city in the period, also per theme and per source (buurtwerk, GGW, residents).',
    formula: 'signals raised in the period',
    read: '12 signals about housing, 8 of them from buurtwerk: buurtwerk passed on most housing signals.',
    pitfalls: [
      'More signals does not mean more problems: it can also mean passing them on works better.',
      'Signals without a theme are listed under "unknown".'
    ]
  },
  signals_answered_30d: {
    what: 'The part of the period’s signals that got an answer within 30 days.',
    formula: 'signals answered within 30 days of being raised / signals raised in the period',
    read: '9 of the 12 signals answered within 30 days: 75%.',
    pitfalls: ['Signals from the last weeks of the data have not had 30 days yet: in the last month the share is lower by itself.']
  },
  signal_median_days: {
    what: 'How many days an answer typically takes, for the signals that were answered.',
    formula: 'median of (date answered − date raised) in days, over the answered signals of the period',
    read: 'Median 14: half of the answered signals had an answer within 14 days.',
    pitfalls: ['Only answered signals count. The median can look good while many signals stay open: read it with "still open".']
  },
  signals_open_share: {
    what: 'The part of the period’s signals that has no answer yet.',
    formula: 'signals without a date answered / signals raised in the period',
    read: '3 of the 12 signals still open: 25%.',
    pitfalls: ['"Still open" holds at the time of the data: recent signals are open more often by themselves.']
  }
};

/** The explanations per language, keyed by the METRICS.md export names. */
export const EXPLAIN: Record<Locale, Record<string, MetricText>> = { nl: NL, en: EN };

const FAMILY_OF = new Map<string, { family: FamilyId; ref: string }>(
  FAMILIES.flatMap((f) => f.metrics.map(([m, ref]) => [m, { family: f.id, ref }] as const))
);

/** Every metric the page explains, in page order. */
export const EXPLAINED_METRICS: string[] = FAMILIES.flatMap((f) => f.metrics.map(([m]) => m));

/**
 * A figure's explanation in a language, for tooltips and "what is this?" links
 * (link to `/uitleg/#<metric>`). Undefined for a name METRICS.md does not define.
 */
export function explain(locale: Locale, metric: string): MetricExplanation | undefined {
  const text = EXPLAIN[locale][metric];
  const place = FAMILY_OF.get(metric);
  if (!text || !place) return undefined;
  return { ...text, metric, name: metricName(locale, metric), family: place.family, ref: place.ref, source: SOURCES[metric] };
}

// ---- Alerts ("narrow reach", METRICS.md) ------------------------------------------

export type AlertId = 'underrepresented_group' | 'concentrated_core' | 'low_representativeness' | 'low_mixing' | 'few_newcomers';
export const ALERT_IDS: AlertId[] = ['underrepresented_group', 'concentrated_core', 'low_representativeness', 'low_mixing', 'few_newcomers'];

/** The thresholds of the alerts; a deployment may set others. */
export interface AlertThresholds {
  /** A group counts when it has at least this share of the wijk's population... */
  groupPopulationShare: number;
  /** ...and alerts when its representation index is below this. */
  representationIndex: number;
  /** Top-20% share at or above this. */
  top20Share: number;
  /** Representativeness below this. */
  representativeness: number;
  /** Mixing ratio below this. */
  mixingRatio: number;
  /** Newcomer share below this... */
  newcomerShare: number;
  /** ...for this many months in a row. */
  newcomerMonths: number;
}

export const ALERT_DEFAULTS: AlertThresholds = {
  groupPopulationShare: 0.1,
  representationIndex: 0.5,
  top20Share: 0.6,
  representativeness: 0.6,
  mixingRatio: 0.5,
  newcomerShare: 0.1,
  newcomerMonths: 3
};

/** The figure each alert rests on: the Uitleg anchor and the evidence to show. */
export const ALERT_METRIC: Record<AlertId, string> = {
  underrepresented_group: 'representation_index',
  concentrated_core: 'top20_share',
  low_representativeness: 'representativeness',
  low_mixing: 'mixing_ratio',
  few_newcomers: 'newcomer_share'
};

/** The anchor of an alert on /uitleg/, e.g. `/uitleg/#alert-low_mixing`. */
export function alertAnchor(id: AlertId): string {
  return `alert-${id}`;
}

export interface AlertText {
  /** A short name, e.g. for a list of alerts. */
  title: string;
  /** When it fires, with the thresholds in use (the defaults unless given). */
  rule: (t?: AlertThresholds) => string;
  /** What it means, in a sentence or two. */
  meaning: string;
  /** Where to look next. */
  look: string;
}

const pct = (locale: Locale, x: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'percent', maximumFractionDigits: 1 }).format(x);
const dec = (locale: Locale, x: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: 2 }).format(x);

export const ALERT_TEXT: Record<Locale, Record<AlertId, AlertText>> = {
  nl: {
    underrepresented_group: {
      title: 'Een grote groep wordt weinig bereikt',
      rule: (t = ALERT_DEFAULTS) =>
        `Een groep met minstens ${pct('nl', t.groupPopulationShare)} van de bevolking van de wijk heeft een vertegenwoordigingsindex onder ${dec('nl', t.representationIndex)}.`,
      meaning:
        'Een groep die een flink deel van de wijk uitmaakt, is bij de deelnemers veel minder aanwezig dan in de wijk. Bij een index van 0,5 is ze maar half zo aanwezig.',
      look: 'Kijk naar het groepsbereik en naar de activiteiten die deze groep wel bereiken. Kijk ook naar het aandeel "onbekend": als veel deelnemers geen waarde hebben, kan de index te laag uitvallen.'
    },
    concentrated_core: {
      title: 'Een kleine kern draagt de deelname',
      rule: (t = ALERT_DEFAULTS) =>
        `Het aandeel van de top-20% is ${pct('nl', t.top20Share)} of meer: de 20% meest actieve deelnemers zijn goed voor minstens ${pct('nl', t.top20Share)} van alle deelnames.`,
      meaning: 'Het aanbod draait op een kleine vaste groep. Dat kan een sterke kern zijn, maar het bereik is smal.',
      look: 'Kijk naar het aantal deelnemers en nieuwkomers. Wekelijkse activiteiten met een vaste groep geven vanzelf een hoger aandeel.'
    },
    low_representativeness: {
      title: 'De deelnemers lijken weinig op de wijk',
      rule: (t = ALERT_DEFAULTS) => `De representativiteit voor een kenmerk ligt onder ${dec('nl', t.representativeness)}.`,
      meaning: 'Een groot deel van de deelnemers zou van groep moeten wisselen om de samenstelling van de wijk te hebben.',
      look: 'Kijk naar de vertegenwoordigingsindex per groep: welke groepen ontbreken, welke zijn sterk aanwezig? Doelgroepactiviteiten kunnen dit bewust veroorzaken.'
    },
    low_mixing: {
      title: 'Groepen blijven onder elkaar',
      rule: (t = ALERT_DEFAULTS) =>
        `De mengverhouding ligt onder ${dec('nl', t.mixingRatio)}: er zijn veel minder ontmoetingen tussen groepen dan toeval zou geven.`,
      meaning: 'Bij de activiteiten in de wijk zitten mensen vooral met hun eigen groep samen, ook als je rekening houdt met hoe groot de groepen zijn.',
      look: 'Kijk in de mengmatrix welke groepen elkaar weinig ontmoeten, en of doelgroepactiviteiten (zoals een taalcursus) het cijfer bepalen.'
    },
    few_newcomers: {
      title: 'Weinig nieuwe gezichten',
      rule: (t = ALERT_DEFAULTS) =>
        `Het aandeel nieuwkomers ligt ${formatNumber('nl', t.newcomerMonths)} maanden na elkaar onder ${pct('nl', t.newcomerShare)}.`,
      meaning: 'Het aanbod bereikt vooral mensen die al kwamen. Zo wordt het bereik op termijn smaller.',
      look: 'Kijk naar het behoud en het bereik. In de zomermaanden zijn er minder activiteiten; in de eerste maand van de gegevens is er geen cijfer voor nieuwkomers.'
    }
  },
  en: {
    underrepresented_group: {
      title: 'A large group is hardly reached',
      rule: (t = ALERT_DEFAULTS) =>
        `A group with at least ${pct('en', t.groupPopulationShare)} of the wijk’s population has a representation index below ${dec('en', t.representationIndex)}.`,
      meaning:
        'A group that makes up a good part of the wijk is much less present among the participants than in the wijk. At an index of 0.5 it is only half as present.',
      look: 'Look at group reach and at the activities that do reach this group. Check the "unknown" share too: if many participants have no value, the index can come out too low.'
    },
    concentrated_core: {
      title: 'A small core carries the participation',
      rule: (t = ALERT_DEFAULTS) =>
        `The top-20% share is ${pct('en', t.top20Share)} or more: the 20% most active participants account for at least ${pct('en', t.top20Share)} of all participations.`,
      meaning: 'The activities run on a small fixed group. That can be a strong core, but the reach is narrow.',
      look: 'Look at the number of participants and newcomers. Weekly activities with a fixed group naturally give a higher share.'
    },
    low_representativeness: {
      title: 'Participants look little like the wijk',
      rule: (t = ALERT_DEFAULTS) => `Representativeness for a characteristic is below ${dec('en', t.representativeness)}.`,
      meaning: 'A large part of the participants would have to change group to match the make-up of the wijk.',
      look: 'Look at the representation index per group: which groups are missing, which are very present? Target-group activities can cause this on purpose.'
    },
    low_mixing: {
      title: 'Groups keep to themselves',
      rule: (t = ALERT_DEFAULTS) =>
        `The mixing ratio is below ${dec('en', t.mixingRatio)}: there are far fewer meetings between groups than chance would give.`,
      meaning: 'At the activities in the wijk people mostly sit with their own group, even taking into account how large the groups are.',
      look: 'Look in the mixing matrix at which groups rarely meet, and whether target-group activities (such as a language course) drive the figure.'
    },
    few_newcomers: {
      title: 'Few new faces',
      rule: (t = ALERT_DEFAULTS) =>
        `The newcomer share is below ${pct('en', t.newcomerShare)} for ${formatNumber('en', t.newcomerMonths)} months in a row.`,
      meaning: 'The activities mostly reach people who already came. Over time that makes reach narrower.',
      look: 'Look at retention and reach. Summer months have fewer activities; the first month of the data has no newcomer figure.'
    }
  }
};

// ---- The Uitleg page's own texts ------------------------------------------------------

export interface Term {
  term: string;
  text: string;
}

export interface ExplainPageText {
  title: string;
  intro: string[];
  tocLabel: string;
  backToTop: string;
  labels: { what: string; formula: string; read: string; pitfalls: string; source: string; exportName: string };
  basics: { anchor: string; title: string; terms: Term[] };
  periods: { anchor: string; title: string; intro: string; terms: Term[]; notes: string[] };
  alerts: { anchor: string; title: string; intro: string[]; when: string; meaning: string; look: string; evidence: string };
  privacy: {
    anchor: string;
    title: string;
    intro: (p: ExplainParams) => string[];
    tableCaption: string;
    colShown: string;
    colFor: string;
    colMeaning: string;
    shownFor: { count: string; rate: string; complementary: string; notAvailable: string };
    example: (p: ExplainParams) => string;
    rules: (p: ExplainParams) => string[];
  };
  sources: { anchor: string; title: string; items: string[] };
}

/** The literature METRICS.md names, written out (titles stay in their own language). */
const REFERENCES = [
  'Blau, P. M. (1977). Inequality and Heterogeneity: A Primitive Theory of Social Structure. New York: Free Press.',
  'Duncan, O. D., & Duncan, B. (1955). A methodological analysis of segregation indexes. American Sociological Review, 20(2), 210–217.',
  'Krackhardt, D., & Stern, R. N. (1988). Informal networks and organizational crises: an experimental simulation. Social Psychology Quarterly, 51(2), 123–140.',
  'Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E, 67, 026126.',
  'Putnam, R. D. (2000). Bowling Alone: The Collapse and Revival of American Community. New York: Simon & Schuster.'
];

export const EXPLAIN_PAGE: Record<Locale, ExplainPageText> = {
  nl: {
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
      title: 'Alarmsignalen (smal bereik)',
      intro: [
        'Een alarmsignaal wijst op een smal bereik in een wijk. Het is een vraag om beter te kijken, geen oordeel: een doelgroepwerking kan bewust smal zijn.',
        'De drempels hieronder zijn de standaardwaarden; een stad kan ze anders instellen. Elk alarmsignaal verwijst naar het cijfer waarop het berust.'
      ],
      when: 'Wanneer',
      meaning: 'Wat het betekent',
      look: 'Waar kijken',
      evidence: 'Berust op'
    },
    privacy: {
      anchor: 'privacy',
      title: 'Privacy: kleine aantallen',
      intro: (p) => [
        `Cijfers over weinig mensen kunnen iets over één persoon verraden. Daarom geldt een drempel k: standaard 5. Een stad mag hem hoger zetten, nooit lager dan 3. Op deze site is k = ${nlNum(p.k)}.`,
        'Een verborgen cijfer wordt nooit als nul getoond of getekend: het staat er met een teken en een reden.'
      ],
      tableCaption: 'Wat je ziet in plaats van een cijfer',
      colShown: 'Je ziet',
      colFor: 'Bij',
      colMeaning: 'Betekenis',
      shownFor: {
        count: 'een aantal personen',
        rate: 'een verhouding, aandeel of index',
        complementary: 'een cel in een uitsplitsing met een totaal',
        notAvailable: 'een cijfer dat voor deze periode niet bestaat (zoals nieuwkomers in de eerste maand)'
      },
      example: (p) =>
        `Voorbeeld van aanvullende onderdrukking: een wijk heeft 40 deelnemers, 20 mannen, 18 vrouwen en 2 met gender x. De 2 wordt "<${nlNum(p.k)}". Maar 40 − 20 − 18 = 2: wie het totaal kent, vindt het verborgen cijfer terug. Daarom wordt ook de kleinste getoonde cel, de 18, verborgen ("niet getoond").`,
      rules: (p) => [
        `Een aantal personen onder ${nlNum(p.k)} wordt getoond als "<${nlNum(p.k)}".`,
        `Een verhouding, aandeel of index waarvan de teller of de noemer minder dan ${nlNum(p.k)} personen telt, wordt niet getoond ("niet getoond"), met de reden erbij.`,
        'In een uitsplitsing met een totaal neemt één verborgen cel de volgende kleinste cel mee (aanvullende onderdrukking), zodat niemand de verborgen waarde uit het totaal kan afleiden.',
        `Netwerkcijfers (verbinden en overbruggen) hebben minstens ${nlNum(p.k)} deelnemers met een bekende groep en 3 sessies nodig.`,
        'Geen pseudoniem en geen rij over één persoon wordt ooit getoond of geëxporteerd.'
      ]
    },
    sources: { anchor: 'bronnen', title: 'Bronnen', items: REFERENCES }
  },
  en: {
    title: 'What the figures mean',
    intro: [
      'This page explains every figure of Wijkweefsel: what it is, how it is computed, how to read it and what to watch out for. Every figure has its own address, so other pages can link straight to it (for example /uitleg/#reach_rate).',
      'All figures count groups of people, never one person.'
    ],
    tocLabel: 'Contents',
    backToTop: 'Back to contents',
    labels: { what: 'What is it?', formula: 'Formula', read: 'How to read it', pitfalls: 'Watch out', source: 'Source', exportName: 'Name in exports' },
    basics: {
      anchor: 'basisbegrippen',
      title: 'Basic terms',
      terms: [
        { term: 'Wijk', text: 'The neighbourhood the city compares. Every wijk has a population figure. A figure for the whole city counts all wijken together and is not the sum or average of the wijken: someone taking part in two wijken counts once.' },
        { term: 'Buurtwerk and GGW', text: 'Buurtwerk is community work in the neighbourhood by a non-profit or the city. GGW (gebiedsgerichte werking) is the city’s area-based work. You can view the figures for buurtwerk, for GGW or for all providers together.' },
        { term: 'Activity, session, participation', text: 'An activity is something offered, in one wijk, by one organisation, in one domain (meeting, leisure, health, housing, language …). A session is one activity on one date. A participation is one person at one session, as participant, volunteer or co-organiser.' },
        { term: 'Participant', text: 'A person, known only by a pseudonym (a code instead of a name), with characteristics that may be missing: home wijk, age band, gender, origin. The site never shows a pseudonym.' },
        { term: 'Characteristic and group', text: 'A characteristic is for example age; a group is one of its values, for example 65–79.' },
        { term: 'Unknown', text: 'A missing value. Such a person counts in the totals, but not in the figures on make-up and mixing. The "unknown" share is shown: when it is large, read those figures with care.' },
        { term: 'Residents or location', text: 'Reach and overlap count people in the wijk where they live (residents perspective): only then can they be set beside the population. Meeting and self-organisation count people in the wijk where the activity is (location perspective): that is where they meet. So the participants "from" a wijk are not the same people as the participants "in" a wijk.' },
        { term: 'Location unknown', text: 'Participants without a known home wijk count in a separate "location unknown" wijk of their city. It has no population, so no reach.' }
      ]
    },
    periods: {
      anchor: 'perioden',
      title: 'Periods',
      intro: 'Every figure is about a period of whole months. You choose the kind of period and its last month.',
      terms: [
        { term: 'Month', text: 'One calendar month.' },
        { term: 'Quarter', text: 'A calendar quarter: January–March, April–June, July–September or October–December. Not just any three months in a row.' },
        { term: 'Rolling year', text: 'The 12 months ending at the chosen month. Choose November 2026 and it covers December 2025 up to and including November 2026. Each month the year moves on by one month; seasons such as the summer break even out.' }
      ],
      notes: [
        'Only periods wholly inside the data are offered: you would otherwise compare a cut-off quarter or year with a full one. If the data run from December 2024 to November 2026, the first quarter is January–March 2025, the last July–September 2026, and the first rolling year ends in November 2025.',
        'Someone counts once per period, however often they came. A year is not the sum of twelve months. Compare only periods of the same kind.',
        'Newcomers have no figure in a period containing the first month of the data, and retention has none when the previous period starts before the data.'
      ]
    },
    alerts: {
      anchor: 'alarmsignalen',
      title: 'Alerts (narrow reach)',
      intro: [
        'An alert points to a narrow reach in a wijk. It is a question to look closer, not a verdict: an activity for a target group can be narrow on purpose.',
        'The thresholds below are the defaults; a city can set others. Every alert links to the figure it rests on.'
      ],
      when: 'When',
      meaning: 'What it means',
      look: 'Where to look',
      evidence: 'Rests on'
    },
    privacy: {
      anchor: 'privacy',
      title: 'Privacy: small numbers',
      intro: (p) => [
        `Figures about few people can give away something about one person. So a threshold k applies: 5 by default. A city may raise it, never lower it below 3. On this site k = ${enNum(p.k)}.`,
        'A hidden figure is never shown or drawn as zero: it is marked, with a reason.'
      ],
      tableCaption: 'What you see instead of a figure',
      colShown: 'You see',
      colFor: 'For',
      colMeaning: 'Meaning',
      shownFor: {
        count: 'a count of persons',
        rate: 'a rate, share or index',
        complementary: 'a cell in a breakdown with a total',
        notAvailable: 'a figure that does not exist for this period (such as newcomers in the first month)'
      },
      example: (p) =>
        `An example of complementary suppression: a wijk has 40 participants, 20 men, 18 women and 2 with gender x. The 2 becomes "<${enNum(p.k)}". But 40 − 20 − 18 = 2: anyone who knows the total finds the hidden figure. So the smallest shown cell, the 18, is hidden too ("not shown").`,
      rules: (p) => [
        `A count of persons below ${enNum(p.k)} is shown as "<${enNum(p.k)}".`,
        `A rate, share or index whose numerator or denominator counts fewer than ${enNum(p.k)} persons is not shown ("not shown"), with the reason.`,
        'In a breakdown with a total, one hidden cell takes the next smallest cell with it (complementary suppression), so nobody can derive the hidden value from the total.',
        `Network figures (bonding and bridging) need at least ${enNum(p.k)} participants with a known group and 3 sessions.`,
        'No pseudonym and no row about one person is ever shown or exported.'
      ]
    },
    sources: { anchor: 'bronnen', title: 'Sources', items: REFERENCES }
  }
};
