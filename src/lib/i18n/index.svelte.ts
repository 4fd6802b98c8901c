import { DEFAULT_LOCALE, MESSAGES, type Locale, type Messages } from './messages';

export { LOCALES, DEFAULT_LOCALE, type Locale, type Messages } from './messages';
export { formatNumber, formatMonth, formatCount } from './format';

/** The site's language, reactive: components read `i18n.locale` and `i18n.t`. */
class I18n {
  locale = $state<Locale>(DEFAULT_LOCALE);
  get t(): Messages {
    return MESSAGES[this.locale];
  }
  set(locale: Locale) {
    this.locale = locale;
  }
}

export const i18n = new I18n();
