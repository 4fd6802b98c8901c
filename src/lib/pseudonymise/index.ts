/** Pseudonymisation of a partner's raw registration file (issue 6); no Svelte, no node: imports. */
export * from './normalise';
export * from './key';
export * from './guard';
export * from './transform';
export { readCsv, toCsv, columnIndex, type CsvTable } from './csv';
export { readWijkTable, type WijkTable } from './wijken';
