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
