/** The site's languages: Dutch by default, English second. */
export type Locale = 'nl' | 'en';
/** Every language, the default first. */
export const LOCALES: Locale[] = ['nl', 'en'];
/** The language a page starts in (and is prerendered in). */
export const DEFAULT_LOCALE: Locale = 'nl';

/** Intl locale per site language: Belgian Dutch, British English. */
export const INTL_LOCALE: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };
