import Papa from 'papaparse';

/**
 * A cell that starts like this is prefixed with "'", so a leader's free text stays text in Excel
 * and never runs as a formula on HR's machine. Only the first character counts: papaparse's own
 * pattern (/^[=+\-@\t\r].*$/) needs the rest of the cell to be one line, so "=HYPERLINK(...)"
 * followed by a line break slipped through. Tab, CR and LF are included because Excel skips them
 * before a formula.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * CSV that opens right in Danish Excel: ";" between cells by default (Danish Excel reads "," as the
 * decimal sign), a UTF-8 byte-order mark (without it Excel guesses Windows-1252 and garbles æ, ø
 * and å), CRLF line ends, and every cell that could start a formula escaped. The one CSV writer for
 * exports and downloads.
 */
export function toExcelCsv(columns: readonly string[], rows: readonly (readonly (string | number)[])[], options: { delimiter?: string; bom?: boolean } = {}): string {
  const body = Papa.unparse({ fields: [...columns], data: rows.map((r) => [...r]) }, { delimiter: options.delimiter ?? ';', newline: '\r\n', escapeFormulae: FORMULA_START });
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}
