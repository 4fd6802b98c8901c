import type { FigureRow } from '$lib/metrics/types';

/** How one series is drawn: never by colour alone (line style and marker differ too). */
export interface SeriesStyle {
  key: string;
  label: string;
  /** Legend text describing the line style in words. */
  legend: string;
  /** Column header in the table view. */
  column: string;
  color: string;
  /** SVG stroke-dasharray; '' = solid. */
  dash: string;
  marker: 'circle' | 'square';
}

/** What every chart in a ChartFrame takes: its id, title, summary sentence, figures (the CSV) and a note. */
export interface FramedChart {
  /** Stable id: the heading id, the test id and the CSV file name. */
  id: string;
  title: string;
  /** One sentence reading the chart, made from its numbers. */
  summary: string;
  /** Every row drawn (for the CSV). */
  figures: FigureRow[];
  /** Shown under the chart, e.g. why some values are not drawn. */
  note?: string;
}
