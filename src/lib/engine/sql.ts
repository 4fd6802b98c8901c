/**
 * Quoting for SQL built as text: the one place that knows DuckDB's quoting rules, so
 * loaders and metrics never splice a name or a value into SQL any other way.
 */

/** A name (table, column) as a DuckDB identifier: "a ""b""". */
export const quoteIdent = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A text value as a DuckDB string literal: 'it''s'. */
export const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;
