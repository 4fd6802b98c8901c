/** Every text of the site by language (nl.ts, en.ts): for code that is told the language. */
import { en } from './en';
import type { Locale } from './locale';
import { nl, type Prose } from './nl';

/** Both languages' texts. */
export const PROSE: Record<Locale, Prose> = { nl, en };

/** Every text in one language. */
export function prose(locale: Locale): Prose {
  return PROSE[locale];
}

export type { Prose } from './nl';
