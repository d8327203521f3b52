/**
 * Looker Studio draws its table charts as plain divs (`.row` / `.cell`), with neither table
 * elements nor ARIA roles, so a column header is found by these classes. Proven by
 * test/fixtures/values/looker-studio-table.html.
 */
import type { ValueQuirks } from '../../values/value-quirks';

export const lookerStudioValueQuirks: ValueQuirks = {
  divTables: [
    { table: '.component.table', row: '.row', headerRow: '.row.header', cell: ':scope > .cell' },
  ],
};
