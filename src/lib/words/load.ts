/**
 * What stops a load and why a row is rejected, in the reader's words: the loader reports
 * codes with values (LoadError.detail, load/reasons.ts), the language files word them;
 * the compiler checks that every code has its text in both languages.
 */
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import type { Reason, ReasonCode } from '../load/reasons';
import type { TableName } from '../load/schema';
import type { StopCode } from '../data/stop';

type Params = Record<string, string>;
type Texts = ReturnType<typeof prose>['load'];

const STOPS: Record<Locale, Record<StopCode, Texts['stops'][keyof Texts['stops']]>> = { nl: prose('nl').load.stops, en: prose('en').load.stops };
const REASONS: Record<Locale, Record<ReasonCode, Texts['reasons'][keyof Texts['reasons']]>> = { nl: prose('nl').load.reasons, en: prose('en').load.reasons };
const GROUPS: Record<Locale, Record<ReasonCode, Texts['groups'][keyof Texts['groups']]>> = { nl: prose('nl').load.groups, en: prose('en').load.groups };
const TABLES: Record<Locale, Record<TableName, string>> = { nl: prose('nl').load.tables, en: prose('en').load.tables };

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

/** One rejected row's reason in the reader's language. */
export function reasonText(locale: Locale, r: Reason): string {
  return REASONS[locale][r.code](withTable(locale, r.params));
}

/** A group of reasons: label and what to do. */
export function groupText(locale: Locale, r: Reason): { label: string; help: string } {
  return GROUPS[locale][r.code](withTable(locale, r.params));
}
