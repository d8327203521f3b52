/**
 * Per-tool knowledge for reading values, as data (`lib/adapters/<tool>/values.ts`), each piece
 * proven by a fixture page under test/fixtures/values/.
 */
export interface DivTableShape {
  /** The grid as a whole: `.component.table`. */
  table: string;
  /** Every row of it, header included: `.row`. */
  row: string;
  /** The header row among them: `.row.header`. */
  headerRow: string;
  /** A cell, relative to its row: `.cell`. */
  cell: string;
}

export interface ValueQuirks {
  /** Tables drawn as plain divs, without table elements or ARIA roles. */
  divTables?: readonly DivTableShape[];
}
