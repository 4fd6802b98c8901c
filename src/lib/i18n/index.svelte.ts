/**
 * The site's language, reactive: components and view-models read `i18n.locale` and
 * `i18n.t` (every text of that language). The layout sets it from ?lang= and the switch.
 */
import { DEFAULT_LOCALE, type Locale } from './locale';
import { PROSE, type Prose } from './prose';

class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  /** Every text in the current language. */
  get t(): Prose {
    return PROSE[this.locale];
  }
  set(locale: Locale) {
    this.locale = locale;
  }
}

/** The one reactive language of the tab. */
export const i18n = new I18n();

export { LOCALES, DEFAULT_LOCALE, type Locale } from './locale';
