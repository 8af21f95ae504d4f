// Side-by-side: whosaid vs compromise's quotations() on the same texts.
//
//   node compare.js TEXT_DIR ANN_DIR WHOSAID_JSONL WHOSAID_WALL_S WHOSAID_CPU_S
//
// Runs compromise over every TEXT_DIR/*.txt (one thread, texts preloaded,
// timed from the first document to the last), reads whosaid's output for the
// same texts (WHOSAID_JSONL, from `whosaid analyze -j1 -f jsonl`, with the
// wall seconds its summary reported and the CPU seconds of the whole process)
// and prints documents/s for both, their ratio, and the recall of PolNeAR's
// quote-mark contents. On a shared machine CPU time is the fair measure;
// whosaid's includes its start-up and file reading, compromise's does not.
//
// Quote-mark contents: in each article's gold (ANN_DIR/NAME_<annotator>.ann,
// the annotator id that sorts first), every stretch between paired double
// quote marks inside a Content span, of 3 words or more. A system finds one
// when a single quotation it outputs (compromise: quotations(); whosaid: the
// content spans of direct and mixed attributions) holds at least 80% of its
// words (lower-cased \w+ tokens).
'use strict';
const fs = require('fs');
const path = require('path');
const nlp = require('compromise');

const [textDir, annDir, whosaidJsonl, whosaidWall, whosaidCpu] = process.argv.slice(2);
if (!whosaidCpu) {
  console.error('usage: node compare.js TEXT_DIR ANN_DIR WHOSAID_JSONL WHOSAID_WALL_S WHOSAID_CPU_S');
  process.exit(2);
}

const words = (s) => (s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || []);

function loadTexts() {
  const names = fs.readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
  return names.map((f) => ({ id: f.slice(0, -4), text: fs.readFileSync(path.join(textDir, f), 'utf8') }));
}

// Annotation file per article: the annotator id that sorts first.
function annotationFiles() {
  const byArticle = new Map();
  for (const f of fs.readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()) {
    const id = f.slice(0, f.lastIndexOf('_'));
    if (!byArticle.has(id)) byArticle.set(id, path.join(annDir, f));
  }
  return byArticle;
}

// Quoted stretches inside the gold Content spans of one article.
function goldQuotes(text, annPath) {
  const cps = Array.from(text);  // brat offsets are code points
  const quotes = [];
  for (const line of fs.readFileSync(annPath, 'utf8').split('\n')) {
    const m = line.match(/^T\d+\tContent ([\d ;]+)\t/);
    if (!m) continue;
    for (const frag of m[1].split(';')) {
      const [a, b] = frag.trim().split(' ').map(Number);
      const span = cps.slice(Math.max(0, a - 1), b + 1).join('');
      for (const q of span.matchAll(/["“]([^"“”]+)["”]/g)) {
        if (words(q[1]).length >= 3) quotes.push(words(q[1]));
      }
    }
  }
  return quotes;
}

function found(goldWords, predictions) {
  return predictions.some((p) => {
    const set = new Set(p);
    return goldWords.filter((w) => set.has(w)).length >= 0.8 * goldWords.length;
  });
}

function runCompromise(docs) {
  const out = new Map();
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const d of docs) out.set(d.id, nlp(d.text).quotations().out('array'));
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { out, seconds, cpu: (cpu.user + cpu.system) / 1e6 };
}

function readWhosaid() {
  const out = new Map();
  for (const line of fs.readFileSync(whosaidJsonl, 'utf8').split('\n')) {
    if (!line) continue;
    const doc = JSON.parse(line);
    const quotes = doc.attributions.filter((a) => a.type !== 'indirect')
      .map((a) => a.content.map((s) => s.text).join(' '));
    out.set(doc.id, quotes);
  }
  return out;
}

function recall(docs, annFiles, predictions) {
  let gold = 0, hit = 0, predicted = 0;
  for (const d of docs) {
    const preds = (predictions.get(d.id) || []).map(words);
    predicted += preds.length;
    if (!annFiles.has(d.id)) continue;
    for (const q of goldQuotes(d.text, annFiles.get(d.id))) {
      gold += 1;
      if (found(q, preds)) hit += 1;
    }
  }
  return { gold, hit, predicted };
}

const docs = loadTexts();
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const compromise = runCompromise(docs);
const whosaid = { out: readWhosaid(), seconds: Number(whosaidWall), cpu: Number(whosaidCpu) };
const annFiles = annotationFiles();
const rows = [['whosaid', whosaid], ['compromise', compromise]].map(([name, r]) => {
  const rc = recall(docs, annFiles, r.out);
  return { name, docsPerS: docs.length / r.cpu, mbPerS: megabytes / r.cpu, ...rc, wall: r.seconds, cpu: r.cpu };
});
console.log(`${docs.length} documents, ${megabytes.toFixed(2)} MB, one thread each; rates per CPU second`);
console.log('system        wall s    CPU s   docs/s    MB/s   quotes out   quote-mark recall');
for (const r of rows) {
  console.log(`${r.name.padEnd(11)} ${r.wall.toFixed(2).padStart(8)} ${r.cpu.toFixed(2).padStart(8)} ` +
              `${r.docsPerS.toFixed(0).padStart(8)} ${r.mbPerS.toFixed(2).padStart(7)} ` +
              `${String(r.predicted).padStart(12)}   ${(100 * r.hit / r.gold).toFixed(1)}% (${r.hit}/${r.gold})`);
}
console.log(`speed ratio whosaid/compromise (CPU time): ${(rows[0].docsPerS / rows[1].docsPerS).toFixed(1)}x; ` +
            `wall clock: ${(compromise.seconds / whosaid.seconds).toFixed(1)}x`);
