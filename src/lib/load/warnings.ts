/**
 * What a load should not pass over in silence although nothing was rejected: a file that
 * holds no rows, dates after today, identifiers read in another form. Each is a code with its
 * values (the page words them in Dutch or English, words/load.ts) and an English sentence for
 * the command line.
 */

/** What a warning is about: the page words each code (words/load.ts). */
export type WarningCode = 'noRows' | 'futureDates' | 'idsNormalised';

/** One warning of a file: its code and values (counts, dates, columns; never a row's values). */
export interface LoadWarning {
  code: WarningCode;
  params: Record<string, string>;
}

/** A size in bytes as people read it. */
export function sizeText(bytes: number): string {
  if (bytes >= 1 << 20) return `${Math.round(bytes / (1 << 20))} MB`;
  if (bytes >= 1 << 10) return `${Math.round(bytes / (1 << 10))} KB`;
  return `${bytes} bytes`;
}

/** The warning in the loader's English (the command line prints it under the file's counts). */
export function warningText(file: string, w: LoadWarning): string {
  const p = w.params;
  switch (w.code) {
    case 'noRows':
      return `${file}${p.bytes ? ` (${sizeText(Number(p.bytes))})` : ''} holds no rows: a header${Number(p.blank) ? ` and ${p.blank} empty lines` : ''} only.`;
    case 'futureDates':
      return `${file}: ${p.count} of ${p.total} values of ${p.column} lie after today (${p.today}): from ${p.first} to ${p.last}. Check the dates (day and month swapped, a wrong year, planned rather than held sessions).`;
    case 'idsNormalised':
      return `${file}: in ${p.count} rows an identifier was written in another form (another Unicode form, invisible characters or full-width characters); it was read as the plain code.`;
  }
}
