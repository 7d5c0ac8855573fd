// Compares two merged FFRepro results folders bit for bit: node compare.mjs <gridDirA> <gridDirB>
// Reads runs.parquet and curves.parquet of both with hyparquet (pure JS) and compares every column except the
// timing ones (wall_seconds, started_utc, finished_utc, host): same columns with the same Parquet types, same
// number of rows, and the same multiset of rows, doubles compared by their 64-bit patterns (so NaN == NaN, -0 != 0).
// Prints one JSON line with the counts; exit code 0 when identical, 1 when not, 2 on bad input.
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet'

const TIMING = new Set(['wall_seconds', 'started_utc', 'finished_utc', 'host'])
const [dirA, dirB] = process.argv.slice(2)
if (!dirA || !dirB) { console.error('usage: node compare.mjs <gridDirA> <gridDirB>'); process.exit(2) }

const f64 = new Float64Array(1), u64 = new BigUint64Array(f64.buffer)
function cell(v) {
  if (v === null || v === undefined) return 'null'
  if (typeof v === 'number') { f64[0] = v; return 'd' + u64[0].toString(16) }
  if (typeof v === 'bigint') return 'i' + v.toString()
  if (v instanceof Date) return 't' + v.toISOString()
  if (v instanceof Uint8Array) return 'b' + Buffer.from(v).toString('hex')
  return 's' + JSON.stringify(v)
}

async function table(dir, name) {
  const file = await asyncBufferFromFile(`${dir}/${name}`)
  const meta = await parquetMetadataAsync(file)
  const cols = meta.schema.slice(1).map(s => ({ name: s.name, type: `${s.type}/${s.converted_type ?? ''}/${JSON.stringify(s.logical_type ?? null)}/${s.repetition_type}` }))
  const kept = cols.filter(c => !TIMING.has(c.name))
  const rows = await parquetReadObjects({ file, columns: kept.map(c => c.name) })
  const keys = rows.map(r => kept.map(c => cell(r[c.name])).join('\u0001')).sort()
  const kv = Object.fromEntries((meta.key_value_metadata ?? []).map(e => [e.key, e.value]))
  return { kept, keys, rows, kv, dropped: cols.filter(c => TIMING.has(c.name)).map(c => c.name) }
}

const report = {}
let same = true
for (const name of ['runs.parquet', 'curves.parquet']) {
  const a = await table(dirA, name), b = await table(dirB, name)
  const colsA = JSON.stringify(a.kept), colsB = JSON.stringify(b.kept)
  let diff = 0
  if (colsA !== colsB) { console.error(`${name}: columns differ\n  A ${colsA}\n  B ${colsB}`); same = false }
  if (a.keys.length !== b.keys.length) { console.error(`${name}: ${a.keys.length} rows vs ${b.keys.length}`); same = false }
  for (let i = 0; i < Math.max(a.keys.length, b.keys.length); i++) {
    if (a.keys[i] !== b.keys[i]) {
      if (diff++ < 3) console.error(`${name}: row ${i} differs\n  A ${a.keys[i]}\n  B ${b.keys[i]}`)
    }
  }
  if (diff) same = false
  if (a.kv['ffrepro.schema'] !== b.kv['ffrepro.schema']) { console.error(`${name}: schema ${a.kv['ffrepro.schema']} vs ${b.kv['ffrepro.schema']}`); same = false }
  report[name] = { rows: a.keys.length, columns_compared: a.kept.length, excluded: a.dropped, differing_rows: diff }
  if (name === 'runs.parquet') report.complete_runs_b = b.rows.filter(r => r.status === 'ok' || r.status === 'diverged').length
}
report.identical = same
console.log(JSON.stringify(report))
process.exit(same ? 0 : 1)
