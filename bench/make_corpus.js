// Writes a corpus of about TARGET_MB megabytes built by replicating the
// PolNeAR texts, as JSONL (stdout) or as WARC records of small HTML pages
// (one record per article), for the corpus-scale run in corpus_scale.sh.
// `warc.gz` compresses each record as its own gzip member, as Common Crawl
// does. TARGET_MB counts uncompressed bytes; MAX_DOCS, when given, stops
// earlier (e.g. exactly 1,000,000 documents for the ingest benchmark). Ids
// are new for each copy (doc0, doc1, ...).
//
//   node bench/make_corpus.js jsonl|warc|warc.gz TEXT_DIR TARGET_MB [MAX_DOCS] > out
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const [format, textDir, targetMb, maxDocs] = process.argv.slice(2);
const texts = fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(textDir, f), 'utf8'));
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(text) {
  const paras = text.split(/\n\s*\n/).map((p) => `<p>${escape(p.trim())}</p>`).join('\n');
  return `<html><head><meta charset="utf-8"></head><body><nav><a href="/">Home</a></nav>` +
    `<article>${paras}</article><footer>Footer</footer></body></html>`;
}

function warcRecord(n, text) {
  const body = Buffer.from(page(text));
  const http = Buffer.concat([Buffer.from(
    `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/${n}\r\n` +
    `WARC-Record-ID: <urn:uuid:${n}>\r\nContent-Type: application/http; msgtype=response\r\n` +
    `Content-Length: ${http.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
}

// JSONL records carry an outlet (one of eight) and a date (spread over 2016),
// so the store's per-outlet and per-month queries have something to group.
const outlets = ['Daily Ledger', 'Evening Courier', 'Capital Wire', 'Northern Post',
  'Harbor Times', 'Valley Herald', 'Metro Gazette', 'Coastal Tribune'];
function jsonRecord(n, text) {
  const day = new Date(Date.UTC(2016, 0, 1) + (n % 366) * 86400e3).toISOString().slice(0, 10);
  return { id: `doc${n}`, outlet: outlets[n % outlets.length], date: day, text };
}

let written = 0;
const target = Number(targetMb) * 1e6;
const limit = maxDocs ? Number(maxDocs) : Infinity;
for (let n = 0; written < target && n < limit; ++n) {
  const text = texts[n % texts.length];
  const chunk = format.startsWith('warc') ? warcRecord(n, text)
                                          : Buffer.from(JSON.stringify(jsonRecord(n, text)) + '\n');
  fs.writeSync(1, format === 'warc.gz' ? zlib.gzipSync(chunk, { level: 1 }) : chunk);
  written += chunk.length;
}
