// Writes a corpus of about TARGET_MB megabytes built by replicating the
// PolNeAR texts, as JSONL (stdout) or as WARC records of small HTML pages
// (one record per article), for the corpus-scale run in corpus_scale.sh.
//
//   node bench/make_corpus.js jsonl|warc TEXT_DIR TARGET_MB > out
'use strict';
const fs = require('fs');
const path = require('path');

const [format, textDir, targetMb] = process.argv.slice(2);
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

let written = 0;
const target = Number(targetMb) * 1e6;
for (let n = 0; written < target; ++n) {
  const text = texts[n % texts.length];
  const chunk = format === 'warc' ? warcRecord(n, text)
                                  : Buffer.from(JSON.stringify({ id: `doc${n}`, text }) + '\n');
  fs.writeSync(1, chunk);
  written += chunk.length;
}
