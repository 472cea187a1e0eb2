/**
 * CSV for spreadsheets (RFC 4180): comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, quotes doubled. A UTF-8 BOM makes Excel read ä and å
 * right. Search words are typed by the public, so a cell that a spreadsheet would take for a
 * formula (starting with = + - @, or a tab or carriage return) gets a leading apostrophe.
 */

export const CSV_BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
