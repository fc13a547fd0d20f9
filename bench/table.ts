/** One benchmark result: median milliseconds, and its ratio to the peer it is compared with. */
export interface Row {
  name: string;
  ms: number;
  ratio?: number;
  note?: string;
}

/** Prints rows as the table every benchmark shows (`npm run bench` and each file run alone). */
export function printRows(rows: Row[]): void {
  console.table(
    rows.map((row) => ({
      case: row.name,
      'median ms': Number(row.ms.toFixed(2)),
      ratio: row.ratio === undefined ? '' : `${row.ratio.toFixed(2)}x`,
      note: row.note ?? '',
    })),
  );
}
