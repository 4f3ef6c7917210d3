/** The props of a Data view table (Terminals, Services): its rows, the selected one, and "show it on the map". */
export interface RowTableProps<Row> {
  /** The rows, in file order. */
  readonly rows: readonly Row[];
  /** Id of the selected row, if any. */
  readonly selectedId: string | null;
  /** Called when the user asks to see a row on the map. */
  readonly onshow: (row: Row) => void;
}
