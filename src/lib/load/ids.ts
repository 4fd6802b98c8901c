/**
 * Identifiers as they are compared: the same code however it was typed or pasted. A
 * pseudonym that differs only in Unicode form (é as one character or as e + accent), by a
 * zero-width space, or in full-width characters (Ｐ０１, from an East Asian keyboard or a
 * copy from a PDF) is the same person; comparing bytes rejected their participations.
 */

/**
 * Characters that are not seen: zero-width spaces and joiners, direction marks, soft hyphens,
 * the byte-order mark (Unicode's "format" category). They never belong in a code.
 */
const INVISIBLE = /\p{Cf}/gu;

/**
 * One identifier in its compared form: NFKC, invisible characters removed, trimmed.
 * NFKC rather than NFC: it also folds compatibility forms (full-width letters and digits, the
 * no-break space) into the plain ones, which Unicode recommends for comparing identifiers
 * (UAX #31); two codes that differ only there are one code to the person who typed them.
 * Case is kept: X and x stay two codes.
 */
export function normaliseId(id: string): string {
  return id.normalize('NFKC').replace(INVISIBLE, '').trim();
}

/** Every column that holds an identifier, in whichever table: these are compared normalised. */
export const ID_COLUMNS = new Set(['participant_id', 'activity_id', 'wijk_id', 'residence_wijk_id', 'signal_id']);
