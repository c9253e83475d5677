/** What docs/checks.md says of one check: a row of its tables, under the heading of its hop. */
export interface CheckHelp {
  id: string;
  /** The heading the row is under, e.g. `Service hop`. */
  section: string;
  /** The severity cell as written: `critical when ..., else warning`. */
  severity: string;
  meaning: string;
  usersSee: string;
  whatToDo: string;
}

const HEADING = /^## (.+)$/;
const ROW = /^\| ([A-Z]+(?:-[A-Z0-9]+)+) \| (.+) \|$/;

/** The check rows of docs/checks.md, in the order written; a row without five cells is an error. */
export function parseCheckHelp(markdown: string): CheckHelp[] {
  const rows: CheckHelp[] = [];
  let section = '';
  for (const line of markdown.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading) section = heading[1]!.trim();
    const row = ROW.exec(line);
    if (!row) continue;
    const cells = row[2]!.split(' | ').map((cell) => cell.trim());
    if (cells.length !== 4) throw new Error(`docs/checks.md: the row of ${row[1]} has ${cells.length + 1} cells, not 5`);
    const [severity, meaning, usersSee, whatToDo] = cells as [string, string, string, string];
    rows.push({ id: row[1]!, section, severity, meaning, usersSee, whatToDo });
  }
  return rows;
}
