/**
 * The monthly report in words: the change beside each figure (arrow, signed amount in its
 * unit, and a full sentence for screen readers; never colour alone) and each highlight as
 * a sentence made from the numbers.
 */
import { MIN_PERSONS, MIN_RELATIVE, type Change, type ChangeUnit, type Comparison, type Highlight, type ReportMetric } from '../report/report';
import { formatMonth, formatNumber, formatPercent } from '../i18n/format';
import type { Locale } from '../i18n/locale';
import { prose } from '../i18n/prose';
import { alertSentence } from './alerts';
import { dimensionName, valueText } from './figures';

/** The arrow of a change: up, down or the same (the text says it too). */
export const ARROW = { up: '▲', down: '▼', same: '=' } as const;

/** An unsigned amount of change in its unit: "12%", "2,0 ptn", "1,5 per 1.000", "0,05". */
function amountText(locale: Locale, unit: ChangeUnit, abs: number, compact = false): string {
  const t = prose(locale).report.change;
  switch (unit) {
    case 'relative':
      return `${formatNumber(locale, abs * 100, 0)}%`;
    case 'points':
      return compact ? formatNumber(locale, abs * 100, 1) : `${formatNumber(locale, abs * 100, 1)} ${t.points}`;
    case 'per1000':
      return compact ? formatNumber(locale, abs, 1) : `${formatNumber(locale, abs, 1)} ${t.perThousand}`;
    case 'difference':
      return formatNumber(locale, abs, 2);
  }
}

/**
 * A change as written in a cell: arrow, signed amount in its unit, and a full sentence for
 * screen readers. `compact` leaves out "ptn" and "per 1.000" where the table's legend says them.
 */
export function changeText(locale: Locale, c: Change, sinceMonth: string, compact = false): { arrow: string; text: string; label: string } {
  const t = prose(locale).report.change;
  const month = formatMonth(locale, sinceMonth, 'long');
  if (!c.available) return { arrow: '', text: t.na, label: t.naLabel(month) };
  const sign = c.direction === 'same' ? '' : c.amount > 0 ? '+' : '−';
  // "same" means the change rounds to zero as written: show that zero, not a tiny remainder
  const abs = c.direction === 'same' ? 0 : Math.abs(c.amount);
  const amount = amountText(locale, c.unit, abs);
  const shown = compact ? amountText(locale, c.unit, abs, true) : amount;
  return { arrow: ARROW[c.direction], text: `${sign}${shown}`, label: c.direction === 'same' ? t.same(month) : t.moved(amount, c.direction === 'up', month) };
}

/** The months a highlight compares, and the dimension of its breakdowns. */
export interface HighlightContext {
  month: string;
  previous: string;
  yearAgo: string;
  dimension: string;
}

/** One highlight as a sentence. */
export function highlightSentence(locale: Locale, h: Highlight, ctx: HighlightContext): string {
  const t = prose(locale).report;
  const thenOf = (c: Comparison) => formatMonth(locale, c === 'previous' ? ctx.previous : ctx.yearAgo, 'long');
  switch (h.kind) {
    case 'city': {
      const changes: string[] = [];
      for (const [c, comp] of [[h.cell.sincePrevious, 'previous'], [h.cell.sinceYearAgo, 'yearAgo']] as const) {
        if (!c.available) continue;
        const then = thenOf(comp);
        changes.push(c.direction === 'same' ? t.highlight.asMany(then) : t.highlight.moved(`${formatNumber(locale, Math.abs(c.amount) * 100, 0)}%`, c.direction === 'up', then));
      }
      return t.highlight.city(h.wijk_name, valueText(locale, 'participants', h.cell.row!.value!), formatMonth(locale, ctx.month, 'long'), changes);
    }
    case 'change': {
      const c = h.change;
      const v = (x: number) => valueText(locale, h.metric, x);
      // in the figure's own unit: a share moves in points, never by a percentage of itself
      const rel = `${c.delta > 0 ? '+' : '−'}${amountText(locale, c.unit, Math.abs(c.amount))}`;
      const subject = t.subject[h.metric as ReportMetric](dimensionName(locale, ctx.dimension));
      return t.highlight.change(h.wijk_name, subject, c.delta > 0, v(c.before), thenOf(h.comparison), v(c.now), rel);
    }
    case 'alert':
      return t.highlight.alert(alertSentence(locale, h.alert, h.wijk_name));
    case 'more-alerts':
      return t.highlight.moreAlerts(formatNumber(locale, h.count), h.count === 1);
  }
}

/** The line said when few changes stand out, with what "notable" means. */
export function nothingElse(locale: Locale): string {
  return prose(locale).report.nothingElse(formatNumber(locale, MIN_PERSONS), formatPercent(locale, MIN_RELATIVE, 0));
}
