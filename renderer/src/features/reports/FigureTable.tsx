import { Table } from '@mantine/core';

export interface FigureColumn {
  key: string;
  header: string;
  /** Right-aligned, in figures of one width, for the eye to compare down the column. */
  numeric: boolean;
}

/** A figure's text equivalent: its caption names the figure and the period; the cells are shown as given. */
export function FigureTable({ caption, columns, rows }: { caption: string; columns: readonly FigureColumn[]; rows: readonly (readonly string[])[] }) {
  return (
    <Table.ScrollContainer minWidth={Math.min(120 * columns.length, 900)}>
      <Table striped highlightOnHover captionSide="top" verticalSpacing={4}>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.key} scope="col" ta={column.numeric ? 'right' : undefined}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((cells, row) => (
            <Table.Tr key={row}>
              {cells.map((cell, index) => (
                <Table.Td key={columns[index]?.key ?? index} ta={columns[index]?.numeric ? 'right' : undefined} style={columns[index]?.numeric ? { fontVariantNumeric: 'tabular-nums' } : undefined}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
