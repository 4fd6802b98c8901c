/**
 * What stops a load, why a row is rejected, what a load warns about and why a participant
 * column is not a dimension, in the reader's words: the loader reports codes with values
 * (LoadError.detail, load/reasons.ts, load/warnings.ts, load/dimensions.ts), the language
 * files word them; the compiler checks that every code has its text in both languages.
 */
import { formatDay, formatNumber, formatSize } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import type { LeftOutReason } from '../load/dimensions';
import type { Reason, ReasonCode } from '../load/reasons';
import type { TableName } from '../load/schema';
import type { LoadWarning, WarningCode } from '../load/warnings';
import type { StopCode } from '../data/stop';

type Params = Record<string, string>;
type Texts = ReturnType<typeof prose>['load'];

const STOPS: Record<Locale, Record<StopCode, Texts['stops'][keyof Texts['stops']]>> = { nl: prose('nl').load.stops, en: prose('en').load.stops };
const REASONS: Record<Locale, Record<ReasonCode, Texts['reasons'][keyof Texts['reasons']]>> = { nl: prose('nl').load.reasons, en: prose('en').load.reasons };
const GROUPS: Record<Locale, Record<ReasonCode, Texts['groups'][keyof Texts['groups']]>> = { nl: prose('nl').load.groups, en: prose('en').load.groups };
const TABLES: Record<Locale, Record<TableName, string>> = { nl: prose('nl').load.tables, en: prose('en').load.tables };
const WARNINGS: Record<Locale, Record<WarningCode, Texts['warnings'][keyof Texts['warnings']]>> = { nl: prose('nl').load.warnings, en: prose('en').load.warnings };
const LEFT_OUT: Record<Locale, Record<LeftOutReason, string>> = { nl: prose('nl').load.leftOut, en: prose('en').load.leftOut };

/** A table's name in the reader's words ("deelnames"). */
export const tableName = (locale: Locale, t: TableName) => TABLES[locale][t] ?? t;

/** A field as the user reads it: "datum (date)"; a dimension without a known name as itself. */
export function fieldName(locale: Locale, field: string): string {
  const names: Record<string, string> = prose(locale).load.fields;
  return names[field] ? `${names[field]} (${field})` : field;
}

/** Table names in params ("participants") in the reader's words. */
function withTable(locale: Locale, p: Params): Params {
  return p.table ? { ...p, tableName: tableName(locale, p.table as TableName) } : p;
}

/** What stopped a load, and what to do, in the reader's language. */
export function stopText(locale: Locale, code: StopCode, params: Params = {}): { message: string; action: string } {
  return STOPS[locale][code](withTable(locale, { file: '', ...params }));
}

/** One rejected row's reason in the reader's language (a rejected parent row's own reason, `cause`, worded within it). */
export function reasonText(locale: Locale, r: Reason): string {
  const p = withTable(locale, r.params);
  return REASONS[locale][r.code](r.cause ? { ...p, causeText: reasonText(locale, r.cause) } : p);
}

/** A group of reasons: label and what to do. */
export function groupText(locale: Locale, r: Reason): { label: string; help: string } {
  return GROUPS[locale][r.code](withTable(locale, r.params));
}

/** A load warning (load/warnings.ts) in the reader's language, its counts, dates and size written the reader's way. */
export function warningText(locale: Locale, file: string, w: LoadWarning): string {
  const p = w.params;
  const n = (k: string) => (p[k] === undefined ? '' : formatNumber(locale, Number(p[k])));
  const d = (k: string) => (p[k] === undefined ? '' : formatDay(locale, p[k]));
  return WARNINGS[locale][w.code]({
    ...p,
    file,
    size: p.bytes === undefined ? '' : formatSize(locale, Number(p.bytes)),
    blankN: n('blank'),
    countN: n('count'),
    totalN: n('total'),
    todayD: d('today'),
    firstD: d('first'),
    lastD: d('last')
  });
}

/** Why a participant column is not a dimension (load/dimensions.ts), in the reader's language. */
export const leftOutText = (locale: Locale, reason: LeftOutReason): string => LEFT_OUT[locale][reason];
