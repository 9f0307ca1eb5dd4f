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
process.stdout.write(JSON.stringify({ samples }))
