import type { ComparisonTable as Table } from '../lib/rules';

export interface ComparisonTableProps {
  table: Table;
}

/** A two-column comparison from lib/rules/knowledge, as a real table with row headers. */
export function ComparisonTable({ table }: ComparisonTableProps) {
  const headingId = `${table.id}-title`;
  return (
    <section class="cheat-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      <table class="comparison" data-testid={table.id}>
        <thead>
          <tr>
            <td />
            <th scope="col">{table.columns[0]}</th>
            <th scope="col">{table.columns[1]}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.aspect}</th>
              <td>{row.cells[0]}</td>
              <td>{row.cells[1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
