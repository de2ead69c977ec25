import { Table, type TableTdProps, type TableThProps } from '@mantine/core';
import './row-actions.css';

/**
 * A row's buttons, in a table's last column. Should the table still be wider than its box (a long
 * unbroken name or address), they stay pinned at the box's right edge instead of scrolling out of
 * reach.
 */
export function RowActionsCell(props: Omit<TableTdProps, 'className'>) {
  return <Table.Td {...props} className="row-actions" />;
}

export function RowActionsHeader(props: Omit<TableThProps, 'className'>) {
  return <Table.Th {...props} className="row-actions" />;
}
