// Test-only bridge to lunr.js 2.3.9 for Book.Search.Tests (see NodeCrossCheckTests).
// Usage: node crosscheck.js REQUEST.json  ->  writes {"index": "...", "results": [...]} to stdout.
//   request.case       : a case (fields, documents, optional stemming/metadataWhitelist) to build with lunr
//   request.indexPath  : a serialized index (ours) to load with lunr.Index.load
//   request.queries    : queries to run against the loaded index (or the built one)
//   request.stems      : words to run through lunr.stemmer (answered as out.stems, in order)
'use strict'
const fs = require('fs')
const lunr = require('lunr')

const request = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const out = {}
let idx = null

if (request.case) {
  const c = request.case
  idx = lunr(function () {
    this.ref('ref')
    if (c.stemming === false) {
      this.pipeline.remove(lunr.stemmer)
      this.searchPipeline.remove(lunr.stemmer)
    }
    if (c.metadataWhitelist) this.metadataWhitelist = c.metadataWhitelist
    c.fields.forEach(f => this.field(f.name, f.boost ? { boost: f.boost } : {}))
    c.documents.forEach(d => this.add(d, d.boost ? { boost: d.boost } : {}))
  })
  out.index = JSON.stringify(idx)
}

if (request.indexPath) {
  idx = lunr.Index.load(JSON.parse(fs.readFileSync(request.indexPath, 'utf8')))
}

if (request.queries) {
  out.results = request.queries.map(q => {
    try {
      return {
        query: q,
        results: idx.search(q).map(r => ({ ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) }))
      }
    } catch (e) {
      return { query: q, error: e.message }
    }
  })
}

if (request.stems) {
  out.stems = request.stems.map(w => lunr.stemmer(new lunr.Token(w, {})).toString())
}

process.stdout.write(JSON.stringify(out))
