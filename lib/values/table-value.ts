/**
 * A label inside a table: a column header gives the column's cells (first data row first, each
 * with its row header) and, as its value, the total row's cell, the only row's cell, or none; a
 * row header gives the first value in its row.
 */
import { tableAround, type GridRow } from './table-grid';
import { NO_VALUE, readElement, type FoundValue, type RowReading } from './value-reading';
import type { ValueQuirks } from './value-quirks';

/** A row that sums the column: `Total`, `Totals`, `Grand total`, `Overall`. */
const TOTAL_ROW = /^(grand\s+)?totals?\b|^overall\b/i;

function position(rows: GridRow[], labelBlock: Element): { row: number; column: number } | null {
  for (let row = 0; row < rows.length; row++) {
    const column = rows[row]?.cells.findIndex((c) => c === labelBlock || c.contains(labelBlock));
    if (column !== undefined && column >= 0) return { row, column };
  }
  return null;
}

export function tableValue(
  labelBlock: Element,
  locale?: string,
  quirks?: ValueQuirks,
): FoundValue | null {
  const rows = tableAround(labelBlock, quirks);
  const at = rows && position(rows, labelBlock);
  if (!rows || !at) return null;
  const labelRow = rows[at.row];
  if (labelRow?.header) {
    const readings: RowReading[] = [];
    for (const row of rows.slice(at.row + 1)) {
      const cell = row.cells[at.column];
      if (row.header || !cell) continue;
      const head = at.column > 0 ? row.cells[0] : undefined;
      readings.push({
        ...readElement(cell, locale),
        rowHeader: head ? readElement(head).text : '',
      });
    }
    if (readings.length === 0) return null;
    // The column's total where the table has one (GA4 puts it first, Looker Studio's
    // "Grand total" comes last), or its only row. Several rows without a total are a
    // breakdown, not one value: the first row (Organic search's sessions, the top campaign)
    // would show on the card, and go into the history, as the whole metric's number.
    const chosen =
      readings.find((r) => TOTAL_ROW.test(r.rowHeader.trim())) ??
      (readings.length === 1 ? readings[0] : undefined);
    const reading = chosen
      ? { text: chosen.text, parsed: chosen.parsed, element: chosen.element }
      : null;
    return { source: 'table-column', reading, rows: readings };
  }
  const cell = labelRow?.cells[at.column];
  const isRowHeader =
    at.column === 0 || cell?.localName === 'th' || cell?.getAttribute('role') === 'rowheader';
  if (!labelRow || !isRowHeader) return null;
  for (const other of labelRow.cells.slice(at.column + 1)) {
    if (other === cell) continue; // a header spanning several columns
    const reading = readElement(other, locale);
    if (reading.parsed || NO_VALUE.test(reading.text)) return { source: 'table-row', reading };
  }
  return null;
}
