/**
 * What the wijk page's sections share: the reader's language, the site's k, a figure as a
 * cell writes it and as a sentence reads it, a bar of the wijk or the city, and a table of
 * figures of the wijk against its city. Each section makes one from its props.
 */
import type { AreaTableModel } from '../charts/areas';
import type { HBar } from '../charts/hbars';
import { shownValue } from '../cube/read';
import { i18n } from '../i18n/index.svelte';
import type { FigureRow, Provider } from '../metrics/types';
import type { SectionProps } from '../views/wijk.svelte';
import { capitalise } from '../i18n/format';
import { figureText, inlineFigure, metricName, providerName } from '../words/figures';
import { pick } from './page';

/** A section's words and tables, made from its props. */
export class SectionWords {
  readonly #props: () => SectionProps;
  constructor(props: () => SectionProps) {
    this.#props = props;
  }
  get #p(): SectionProps {
    return this.#props();
  }

  readonly loc = $derived(i18n.locale);
  readonly t = $derived(i18n.t.sections);
  readonly k = $derived(this.#p.index.k);
  /** The opened wijk's id. */
  readonly id = $derived(this.#p.wijk.wijk_id);
  /** The city as a column or a line is headed: "Leuven (hele stad)". */
  readonly cityName = $derived(this.t.city(this.#p.wijk.city));

  /** A figure as a cell or a label writes it. */
  f = (row: FigureRow | undefined) => figureText(this.loc, row, this.k);
  /** A figure inside a sentence: a hidden one in words. */
  s = (row: FigureRow | undefined) => inlineFigure(this.loc, row, this.k);
  metric = (m: string) => metricName(this.loc, m);
  /** A figure's name as a heading. */
  heading = (m: string) => capitalise(metricName(this.loc, m));

  /** The note when the section's figures belong to another provider than the chosen one. */
  otherNote(other: Provider | null): string | null {
    return other ? this.t.otherProvider(providerName(this.loc, other), providerName(this.loc, this.#p.view.provider)) : null;
  }

  /** A bar of a figure; one not shown gets no bar but its reason. */
  bar(key: string, label: string, row: FigureRow | undefined, style: HBar['style'] = 'main'): HBar {
    return { key, label, value: shownValue(row), suppressed: row ? row.suppressed : 'not_available', text: this.f(row), aria: this.t.barLabel(label, this.f(row)), style };
  }

  /** Figures of the wijk against its city, one line per metric (of a dimension and group when given). */
  areas(metrics: readonly string[], q: { dimension?: string; group?: string; title?: (m: string) => string } = {}): AreaTableModel {
    const { rows, wijk } = this.#p;
    const at = (metric: string, wijk_id: string) => pick(rows, { metric, wijk_id, dimension: q.dimension, group: q.group });
    return {
      corner: this.t.value,
      columns: [
        { key: wijk.wijk_id, name: wijk.wijk_name },
        { key: '', name: this.cityName }
      ],
      lines: metrics.map((m) => ({ key: m, title: q.title ? q.title(m) : this.metric(m), cells: [at(m, wijk.wijk_id), at(m, '')] })),
      text: (row) => this.f(row)
    };
  }
}
