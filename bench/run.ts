/**
 * `npm run bench`: every benchmark, side by side with its peer in the same run, as ratios.
 * Absolute times depend on the machine; the ratios are what we track (the benchmarks' purpose).
 *   bench/analyze.ts  lib/rules `analyze` vs one combined regular expression over the same text (Node)
 *   bench/page.ts     the content script's scan + highlight vs the lower bound and mark.js (real Chromium)
 *   bench/files.ts    questionnaire workbooks read, analysed and answered vs reading every cell (Node)
 * `npm run bench -- analyze`, `-- page` or `-- files` runs one of them.
 */
import { benchAnalyze } from './analyze';
import { benchFiles } from './files';
import { benchPage } from './page';
import { printRows, type Row } from './table';

const suites: Record<string, () => Promise<Row[]>> = {
  analyze: benchAnalyze,
  page: benchPage,
  files: benchFiles,
};
const wanted = process.argv.slice(2).filter((name) => name in suites);

for (const name of wanted.length > 0 ? wanted : Object.keys(suites)) {
  console.log(`\n## ${name}`);
  printRows(await suites[name]!());
}
