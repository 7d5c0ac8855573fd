// Summarizes the JSON files of build/bench-dispatch.sh: per shape and workload, the median over all rounds' measured
// repetitions (per seed) for each level, and native / avx2.
import { readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs'
const [dir, out] = process.argv.slice(2)
const median = xs => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2 }
const samples = {}
let environment = {}
for (const file of readdirSync(dir).filter(f => f.endsWith('.json')).sort()) {
  const level = file.split('-')[0]
  const bench = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'))
  environment[level] = { cpu_dispatch_aten: bench.environment.cpu_dispatch_aten, cpu: bench.environment.cpu, threads: bench.environment.threads, cpu_flags: bench.environment.cpu_flags }
  for (const row of bench.rows) {
    const key = `${row.workload} ${row.shape}`
    samples[key] ??= {}
    samples[key][level] ??= []
    samples[key][level].push(...row.all_ms.map(ms => ms / row.seeds))
  }
}
const rows = Object.entries(samples).map(([key, byLevel]) => {
  const [workload, shape] = key.split(' ')
  const avx2 = median(byLevel.avx2), native = median(byLevel.native)
  return { workload, shape, avx2_per_seed_ms: avx2, native_per_seed_ms: native, native_over_avx2: native / avx2, samples: byLevel.avx2.length }
})
const result = { measured_utc: new Date().toISOString(), note: 'medians per seed over all rounds; levels alternate round by round in separate processes', environment, rows }
writeFileSync(out + '.tmp', JSON.stringify(result, null, 2) + '\n')
renameSync(out + '.tmp', out)
for (const r of rows) console.log(`${r.workload.padEnd(12)} ${r.shape.padEnd(5)} avx2 ${r.avx2_per_seed_ms.toFixed(2)} ms  native ${r.native_per_seed_ms.toFixed(2)} ms  native/avx2 ${r.native_over_avx2.toFixed(3)}`)
