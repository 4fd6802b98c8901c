/** How a legend entry draws its mark (Legend.svelte): the same look as the mark in the chart. */
export type Swatch =
  /** A line with its dash and marker (trend lines, the Lorenz curve). */
  | { kind: 'line'; color: string; dash?: string; marker?: 'circle' | 'square' }
  /** A bar or a part: its fill (a colour or a pattern url) and outline. */
  | { kind: 'box'; fill: string; stroke?: string; strokeWidth?: number }
  /** A dot (an observed value, a wijk). */
  | { kind: 'dot'; color: string; stroke?: string }
  /** An open square (the city). */
  | { kind: 'square'; color: string; fill: string }
  /** A short upright line (a value expected by chance, a threshold). */
  | { kind: 'tick'; color: string };
