// Times lunr.js 2.3.9 building (and serializing) an index of the same documents the C# benchmark uses.
// Usage: node lunr-build-bench.js DOCS.json OUT-INDEX.json WARMUP ITERATIONS -> JSON {samples} on stdout.
'use strict'
const fs = require('fs')
const lunr = require('lunr')

const [docsPath, outPath, warmup, iterations] = process.argv.slice(2)
const c = JSON.parse(fs.readFileSync(docsPath, 'utf8'))

function build () {
  return lunr(function () {
    this.ref('ref')
    if (c.stemming === false) {
      this.pipeline.remove(lunr.stemmer)
      this.searchPipeline.remove(lunr.stemmer)
    }
    c.fields.forEach(f => this.field(f.name, f.boost ? { boost: f.boost } : {}))
    c.documents.forEach(d => this.add(d))
  })
}

let json = ''
for (let i = 0; i < Number(warmup); i++) json = JSON.stringify(build())
const samples = []
for (let i = 0; i < Number(iterations); i++) {
  const start = process.hrtime.bigint()
  json = JSON.stringify(build())
  samples.push(Number(process.hrtime.bigint() - start) / 1e6)
}
fs.writeFileSync(outPath, json)

// What a reader's browser does with it (V8 here, as in Chromium): load the serialized index, then query.
const loadStart = process.hrtime.bigint()
const loaded = lunr.Index.load(JSON.parse(json))
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6
const words = Object.keys(loaded.invertedIndex).filter(t => /^[a-z]{4,}$/.test(t))
const queries = []
for (let i = 0; queries.length < 50; i++) {
  const w = words[(i * 7919) % words.length]
  const v = words[(i * 104729) % words.length]
  queries.push(i % 5 === 0 ? w.slice(0, 3) + '*' : i % 5 === 1 ? w + ' ' + v : i % 5 === 2 ? '+' + w + ' ' + v : w)
}
queries.forEach(q => loaded.search(q)) // warm-up
const querySamples = queries.map(q => {
  const start = process.hrtime.bigint()
  loaded.search(q)
  return Number(process.hrtime.bigint() - start) / 1e6
})
process.stdout.write(JSON.stringify({ samples, loadMs, querySamples }))
