/**
 * A table as rows of cells indexed by visual column, whichever way the page draws it:
 * `<table>` (colspan and rowspan expanded), ARIA grids (`role="row"` / `"columnheader"` /
 * `"cell"`, as GA4 draws its reports) or plain div grids named by a tool's quirks. Read-only.
 */
import type { DivTableShape, ValueQuirks } from './value-quirks';

export interface GridRow {
  /** Cells by visual column; a spanning cell appears in every column it covers. */
  cells: Element[];
  header: boolean;
}

const ARIA_TABLE = '[role="table"], [role="grid"], [role="treegrid"]';
const ARIA_CELL = '[role="columnheader"], [role="rowheader"], [role="cell"], [role="gridcell"]';

function htmlTableRows(table: HTMLTableElement): GridRow[] {
  const grid: Element[][] = [];
  const rows = [...table.rows];
  rows.forEach((row, r) => {
    const line = (grid[r] ??= []);
    let column = 0;
    for (const cell of row.cells) {
      while (line[column]) column += 1;
      for (let dr = 0; dr < Math.max(1, cell.rowSpan); dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < Math.max(1, cell.colSpan); dc++) target[column + dc] = cell;
      }
      column += Math.max(1, cell.colSpan);
    }
  });
  return rows.map((row, r) => ({
    cells: [...(grid[r] ?? [])].filter(Boolean),
    header:
      row.parentElement?.localName === 'thead' ||
      [...row.cells].every((c) => c.localName === 'th' && c.getAttribute('scope') !== 'row'),
  }));
}

function ariaRows(table: Element): GridRow[] {
  return [...table.querySelectorAll('[role="row"]')]
    .filter((row) => row.closest(ARIA_TABLE) === table)
    .map((row) => {
      const cells = [...row.querySelectorAll(ARIA_CELL)].filter(
        (c) => c.closest('[role="row"]') === row,
      );
      return { cells, header: cells.some((c) => c.getAttribute('role') === 'columnheader') };
    });
}

function divRows(table: Element, shape: DivTableShape): GridRow[] {
  return [...table.querySelectorAll(shape.row)].map((row) => ({
    cells: [...row.querySelectorAll(shape.cell)],
    header: row.matches(shape.headerRow),
  }));
}

/** The table around `element` and its rows, or null when it sits in no table. */
export function tableAround(element: Element, quirks?: ValueQuirks): GridRow[] | null {
  const html = element.closest('table');
  const aria = element.closest(ARIA_TABLE);
  // The innermost wins: a layout table around a GA4 grid is not the grid.
  if (aria && (!html || html.contains(aria))) return ariaRows(aria);
  if (html) return htmlTableRows(html);
  for (const shape of quirks?.divTables ?? []) {
    const div = element.closest(shape.table);
    if (div) return divRows(div, shape);
  }
  return null;
}
