/**
 * A rejected row's reason (the loader words it in English, as the command line prints it)
 * as a code and its values, so the page can group reasons and word them in Dutch or English.
 * Every reason the loader writes has a pattern here; reasons.test.ts holds them to it.
 */
export type ReasonCode =
  | 'missingValue' | 'badDate' | 'badNumber' | 'badEnum' | 'unknownPerson' | 'unknownRef' | 'rejectedPerson' | 'rejectedRef' | 'conflict'
  | 'fieldCount' | 'fieldCountSheet' | 'quoteOpened' | 'quotes' | 'lineTooLong' | 'badCharacters'
  | 'blankLine' | 'other';

export interface Reason {
  code: ReasonCode;
  params: Record<string, string>;
  /** A row rejected because the row it refers to was rejected: that row's own reason. */
  cause?: Reason;
}

const PATTERNS: Array<[ReasonCode, RegExp, string[]]> = [
  ['missingValue', /^missing required value in (\S+)$/, ['column']],
  ['badDate', /^not a valid date in (\S+): "([\s\S]*)" \(expected YYYY-MM-DD or DD\/MM\/YYYY\)$/, ['column', 'value']],
  ['badNumber', /^not a whole number in (\S+): "([\s\S]*)" \(digits only, no signs or separators\)$/, ['column', 'value']],
  ['badEnum', /^unknown value in (\S+): "([\s\S]*)" \(expected (.*)\)$/, ['column', 'value', 'expected']],
  ['unknownPerson', /^unknown participant_id: not in the participants table/, []],
  ['unknownRef', /^unknown (\S+) "([\s\S]*)": not in the (\S+) table$/, ['column', 'value', 'table']],
  ['rejectedPerson', /^participant_id: this participant was rejected in the (\S+) table \((.+?), line (\d+): ([\s\S]*)\)$/, ['table', 'file', 'line', 'cause']],
  ['rejectedRef', /^(\S+) "([\s\S]*?)" was rejected in the (\S+) table \((.+?), line (\d+): ([\s\S]*)\)$/, ['column', 'value', 'table', 'file', 'line', 'cause']],
  ['conflict', /^conflicts with line (\d+) \(same (.*), other values\)$/, ['line', 'key']],
  ['fieldCountSheet', /^wrong number of fields: expected (\d+), found (\d+) \(values in columns without a name in row 1\)$/, ['expected', 'found']],
  ['fieldCount', /^wrong number of fields: expected (\d+), found (\d+)$/, ['expected', 'found']],
  ['quoteOpened', /^unbalanced quotes: a quote opened on this line is never closed, so it would swallow the lines after it; this line is left out and the lines after it are read on their own$/, []],
  ['quotes', /^unbalanced quotes$/, []],
  ['lineTooLong', /^line too long \(over 16 MB\)$/, []],
  ['badCharacters', /^invalid characters$/, []],
  ['blankLine', /^a line with only spaces and no values$/, []]
];

/** A reason the loader wrote, as its code and values (a rejected parent's reason nested as `cause`). */
export function explainReason(reason: string): Reason {
  for (const [code, re, names] of PATTERNS) {
    const m = re.exec(reason);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1]]));
    return params.cause === undefined ? { code, params } : { code, params, cause: explainReason(params.cause) };
  }
  return { code: 'other', params: { text: reason } };
}

/**
 * What reasons are grouped by: the kind and the column (a bad date in `date` is one group,
 * whatever the date); the value is left out so one group counts many rows.
 */
export function reasonGroup(r: Reason): string {
  const { column = '', table = '', key = '' } = r.params;
  return r.code === 'other' ? `other:${r.params.text}` : `${FAMILY[r.code] ?? r.code}:${column}:${table}:${key}`;
}

/** Codes that are one problem to the user (the lines of one unclosed quote, a sheet's extra cells). */
const FAMILY: Partial<Record<ReasonCode, ReasonCode>> = { quoteOpened: 'quotes', fieldCountSheet: 'fieldCount' };

/** The code a group is labelled by. */
export const groupCode = (r: Reason): ReasonCode => FAMILY[r.code] ?? r.code;

/** Reasons grouped with their counts, most frequent first (ties in first-seen order). */
export function groupReasons(reasons: string[]): Array<{ group: string; reason: Reason; count: number }> {
  const groups = new Map<string, { group: string; reason: Reason; count: number; first: number }>();
  reasons.forEach((text, i) => {
    const reason = explainReason(text);
    const group = reasonGroup(reason);
    const g = groups.get(group);
    if (g) g.count++;
    else groups.set(group, { group, reason, count: 1, first: i });
  });
  return [...groups.values()].sort((a, b) => b.count - a.count || a.first - b.first).map(({ group, reason, count }) => ({ group, reason, count }));
}
