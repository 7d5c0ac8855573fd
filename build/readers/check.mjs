// Reads committed FFRepro results with two engines other than FFRepro's own (DuckDB and Polars) and checks that
// they agree with each other: the README's example queries, run as written. Usage: node check.mjs <repository root>.
import { DuckDBInstance } from '@duckdb/node-api';
import pl from 'nodejs-polars';
import path from 'node:path';

const root = process.argv[2] ?? '.';
const file = f => path.join(root, 'results', f);
let failures = 0;
const check = (what, ok, detail) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}: ${detail}`);
  if (!ok) failures++;
};

const duck = await (await DuckDBInstance.create(':memory:')).connect();
const rows = async q => (await duck.runAndReadAll(q)).getRows().map(r => r.map(v => (typeof v === 'bigint' ? Number(v) : v)));

// README: final layer accuracy by cell of the GPU result set (per-epoch curves, so epoch = 100 is the end).
const finals = await rows(`SELECT depth, width, avg(value) FROM '${file('paper-mnist10k/curves.parquet')}'
  WHERE metric='layer_ff_accuracy' AND epoch=100 GROUP BY ALL ORDER BY ALL`);
check('duckdb paper-mnist10k final layer accuracy', finals.length === 7, `${finals.length} cells (7 expected)`);

// README: layer 1's early curve of the ci set, by optimizer step.
const early = await rows(`SELECT depth, width, step, avg(value) FROM '${file('ci/curves.parquet')}'
  WHERE metric='layer_ff_accuracy' AND layer=1 AND step<=800 GROUP BY ALL ORDER BY ALL`);
check('duckdb ci layer 1 by step', early.length > 0 && early.every(r => r[2] <= 800), `${early.length} rows`);

// README: the Polars lines, and the same means through both engines.
const hypotheses = pl.readParquet(file('paper-mnist10k/stats/hypotheses.parquet'));
const [[hCount]] = await rows(`SELECT count(*) FROM '${file('paper-mnist10k/stats/hypotheses.parquet')}'`);
check('polars hypotheses rows = duckdb rows', hypotheses.height === hCount, `${hypotheses.height} vs ${hCount}`);

const runs = pl.readParquet(file('paper-mnist10k/runs.parquet'))
  .groupBy(['depth', 'width']).agg(pl.col('final_classifier_accuracy').mean()).sort(['depth', 'width']);
const duckRuns = await rows(`SELECT depth, width, avg(final_classifier_accuracy) FROM '${file('paper-mnist10k/runs.parquet')}'
  GROUP BY ALL ORDER BY ALL`);
const polarsMeans = runs.getColumn('final_classifier_accuracy').toArray();
const worst = Math.max(...duckRuns.map((r, i) => Math.abs(r[2] - polarsMeans[i])));
check('polars = duckdb mean final classifier accuracy by cell', duckRuns.length === runs.height && worst < 1e-12,
  `${runs.height} cells, largest difference ${worst}`);

const curves = pl.scanParquet(file('ci/curves.parquet')).filter(pl.col('metric').eq(pl.lit('layer_ff_accuracy'))).collectSync();
const [[cCount]] = await rows(`SELECT count(*) FROM '${file('ci/curves.parquet')}' WHERE metric='layer_ff_accuracy'`);
check('polars lazy scan = duckdb filter', curves.height === cCount, `${curves.height} vs ${cCount} rows`);

console.log(failures === 0 ? 'readers: all checks passed' : `readers: ${failures} checks failed`);
process.exit(failures === 0 ? 0 : 1);
