/**
 * The one reader of a number a person types: "0,3" and "0.3" are the same number, so a
 * Dutch reader's comma never turns 0,3 into 3. A leaf, like the rest of i18n.
 */

/**
 * A typed decimal: digits with at most one decimal separator, a comma or a point, either
 * way round; spaces and a trailing "%" are ignored (the field says what unit it takes).
 * Thousands separators are not read: "1.000" is one, so a field that takes large numbers
 * must not use this. NaN for anything else (empty, two separators, letters).
 */
export function parseDecimal(typed: string): number {
  const s = typed.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '').replace(/^[−–]/, '-');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(s)) return NaN;
  return Number(s.replace(',', '.'));
}
