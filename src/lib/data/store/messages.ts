/**
 * The store's texts, in Dutch (the default) and English, keyed by StoreErrorCode / StoreNotice:
 * what happened, and what the user can do. Kept here, beside the store, until the i18n
 * restructuring gives them a home; nothing else words these codes.
 */
import type { StoreErrorCode, StoreNotice } from './errors';

export type StoreLocale = 'nl' | 'en';
export type StoreTextCode = StoreErrorCode | StoreNotice;

export interface StoreText {
  message: string;
  action: string;
}

/** `name`: the kept export's name, where the text is about one. */
type Params = { name?: string };
type Texts = Record<StoreTextCode, (p: Params) => StoreText>;

const q = (name: string | undefined, open: string, close: string) => (name ? ` ${open}${name}${close}` : '');

const nl: Texts = {
  unavailable: () => ({
    message: 'Deze browser kan hier geen gegevens bewaren (bijvoorbeeld in een privévenster, of een oudere browser).',
    action: 'Uw gegevens blijven open tot u dit tabblad sluit. Wilt u ze bewaren, open de site dan in een gewoon venster van een recente browser en laad de bestanden opnieuw.'
  }),
  quota: () => ({
    message: 'Er is niet genoeg opslagruimte in deze browser om deze gegevens te bewaren. Er is niets half bewaard; wat al bewaard was, blijft zoals het was.',
    action: 'Verwijder bewaarde gegevens die u niet meer nodig hebt, of maak ruimte vrij op de schijf, en bewaar dan opnieuw. U kunt ook verder werken zonder te bewaren.'
  }),
  corrupt: (p) => ({
    message: `De bewaarde gegevens${q(p.name, '‘', '’')} zijn beschadigd en kunnen niet worden geopend. Er is niets van geladen.`,
    action: 'Verwijder ze en laad de bestanden opnieuw.'
  }),
  olderVersion: (p) => ({
    message: `De bewaarde gegevens${q(p.name, '‘', '’')} zijn bewaard door een oudere versie van Wijkweefsel, in een vorm die deze versie niet meer leest.`,
    action: 'Laad de bestanden opnieuw en bewaar ze; verwijder daarna de oude.'
  }),
  newerVersion: () => ({
    message: 'De bewaarde gegevens zijn bewaard door een nieuwere versie van Wijkweefsel dan deze pagina.',
    action: 'Herlaad de pagina om de nieuwste versie te gebruiken.'
  }),
  notFound: () => ({
    message: 'Deze gegevens zijn niet bewaard in deze browser.',
    action: 'Laad de bestanden van deze export op de pagina Eigen gegevens.'
  }),
  restore: (p) => ({
    message: `De bewaarde gegevens${q(p.name, '‘', '’')} konden niet in de rekenmotor worden geladen (te weinig geheugen?). Er is niets half geladen.`,
    action: 'Sluit andere tabbladen en probeer opnieuw, of herlaad de pagina.'
  }),
  failed: () => ({
    message: 'De opslag van deze browser gaf een fout. Er is niets half bewaard of geladen.',
    action: 'Probeer het opnieuw. Blijft het misgaan, laad dan de bestanden opnieuw.'
  }),
  secretPerTab: () => ({
    message: 'Deze browser kan hier niets bewaren, ook niet de geheime sleutel waarmee kleine aantallen worden verstoord.',
    action: 'De cijfers gelden voor dit tabblad: laadt u dezelfde bestanden later opnieuw, dan kunnen kleine aantallen iets verschillen.'
  }),
  notPersisted: () => ({
    message: 'De browser heeft geen blijvende opslag toegestaan: bij plaatsgebrek kan hij bewaarde gegevens wissen.',
    action: 'Bewaar de oorspronkelijke bestanden, zodat u ze opnieuw kunt laden.'
  })
};

const en: Texts = {
  unavailable: () => ({
    message: 'This browser cannot keep data here (for example in a private window, or an older browser).',
    action: 'Your data stay open until you close this tab. To keep them, open the site in a normal window of a recent browser and load the files again.'
  }),
  quota: () => ({
    message: 'There is not enough storage space in this browser to keep these data. Nothing was half kept; what was kept before is as it was.',
    action: 'Remove kept data you no longer need, or free space on the disk, then keep again. You can also go on working without keeping.'
  }),
  corrupt: (p) => ({
    message: `The kept data${q(p.name, '‘', '’')} are damaged and cannot be opened. Nothing of them was loaded.`,
    action: 'Remove them and load the files again.'
  }),
  olderVersion: (p) => ({
    message: `The kept data${q(p.name, '‘', '’')} were kept by an older version of Wijkweefsel, in a form this version no longer reads.`,
    action: 'Load the files again and keep them; then remove the old ones.'
  }),
  newerVersion: () => ({
    message: 'The kept data were kept by a newer version of Wijkweefsel than this page.',
    action: 'Reload the page to use the newest version.'
  }),
  notFound: () => ({
    message: 'These data are not kept in this browser.',
    action: 'Load the files of this export on the page Own data.'
  }),
  restore: (p) => ({
    message: `The kept data${q(p.name, '‘', '’')} could not be loaded into the engine (not enough memory?). Nothing was half loaded.`,
    action: 'Close other tabs and try again, or reload the page.'
  }),
  failed: () => ({
    message: 'The browser’s storage reported an error. Nothing was half kept or loaded.',
    action: 'Try again. If it keeps failing, load the files again.'
  }),
  secretPerTab: () => ({
    message: 'This browser cannot keep anything here, not even the secret key that perturbs small counts.',
    action: 'The figures hold for this tab: if you load the same files again later, small counts may differ slightly.'
  }),
  notPersisted: () => ({
    message: 'The browser did not grant lasting storage: it may clear kept data when space runs short.',
    action: 'Keep the original files, so that you can load them again.'
  })
};

const TEXTS: Record<StoreLocale, Texts> = { nl, en };

/** The message and what to do, for a code, in the reader's language. */
export function storeText(code: StoreTextCode, locale: StoreLocale, params: Params = {}): StoreText {
  return TEXTS[locale][code](params);
}
