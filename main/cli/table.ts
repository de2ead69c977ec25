import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** A column of a table as printed: its header, one cell per row, and how it may give way to a narrow terminal. */
export interface TableColumn {
  header: string;
  cells: string[];
  /** Free text (a name, a remark, an outcome) that may take several lines rather than hide the rest. */
  wrap?: boolean;
  /** Hidden when the terminal is too narrow, the lowest first; a column without it always stays. */
  drop?: number;
}

export interface LaidOutTable {
  text: string;
  /** Headers of the columns hidden to fit the width. */
  hidden: string[];
}

const GAP = '  ';
/** Narrower than this, wrapped text reads as a column of fragments: a column is hidden instead. */
const MIN_WRAPPED = 24;

/**
 * Columns under their headers, two spaces apart, measured as the terminal shows them (a Chinese
 * name takes two cells per character). Given a width (a terminal's), free-text columns wrap down
 * to a readable minimum, and then columns are hidden, least useful first, until the table fits;
 * without one (a pipe, a file) every row stays one whole line, as scripts and `column -t` expect.
 */
export function tableText(columns: TableColumn[], width?: number, headers = true): LaidOutTable {
  let shown = columns;
  let widths = shown.map(naturalWidth);
  const hidden: string[] = [];
  while (width !== undefined && total(widths) > width) {
    const fitted = wrappedToFit(shown, widths, width);
    if (fitted) {
      widths = fitted;
      break;
    }
    const droppable = shown.filter((column) => column.drop !== undefined);
    if (droppable.length === 0) break;
    const least = droppable.reduce((low, column) => (column.drop! < low.drop! ? column : low));
    hidden.push(least.header);
    shown = shown.filter((column) => column !== least);
    widths = shown.map(naturalWidth);
  }
  return { text: render(shown, widths, headers), hidden };
}

const naturalWidth = (column: TableColumn): number => Math.max(stringWidth(column.header), ...column.cells.map((cell) => stringWidth(cell)));

const total = (widths: number[]): number => widths.reduce((sum, width) => sum + width, 0) + GAP.length * Math.max(0, widths.length - 1);

/** Widths with the wrapping columns narrowed to share what the others leave, or undefined when they would go under the minimum. */
function wrappedToFit(columns: TableColumn[], widths: number[], width: number): number[] | undefined {
  const wrapping = columns.flatMap((column, index) => (column.wrap ? [index] : []));
  if (wrapping.length === 0) return undefined;
  let room = width - total(widths.map((natural, index) => (columns[index]!.wrap ? 0 : natural)));
  const fitted = [...widths];
  // The narrowest first: what a short column does not need goes to the wider ones.
  const byNeed = [...wrapping].sort((a, b) => widths[a]! - widths[b]!);
  for (const [position, index] of byNeed.entries()) {
    const share = Math.floor(room / (byNeed.length - position));
    const given = Math.min(widths[index]!, share);
    if (given < Math.min(widths[index]!, Math.max(MIN_WRAPPED, stringWidth(columns[index]!.header)))) return undefined;
    fitted[index] = given;
    room -= given;
  }
  return fitted;
}

function render(columns: TableColumn[], widths: number[], headers: boolean): string {
  const body = (columns[0]?.cells ?? []).map((_, row) => columns.map((column) => column.cells[row]!));
  const rows = headers ? [columns.map((column) => column.header), ...body] : body;
  return rows
    .flatMap((cells) => {
      const wrapped = cells.map((cell, index) => (stringWidth(cell) > widths[index]! ? wrapAnsi(cell, widths[index]!, { hard: true, trim: true }).split('\n') : [cell]));
      const height = Math.max(...wrapped.map((lines) => lines.length));
      return Array.from({ length: height }, (_, line) =>
        wrapped
          .map((lines, index) => pad(lines[line] ?? '', widths[index]!))
          .join(GAP)
          .trimEnd(),
      );
    })
    .join('\n');
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - stringWidth(text)));
