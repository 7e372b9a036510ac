// compromise_quotes.mjs — run the npm NLP library `compromise` (v14) as a quote
// extraction peer for `chorus quotes`, printing JSON lines
//   {"article","speaker","text"}
// that `chorus eval quotes GOLD PRED` can score.
//
// Usage:  node compromise_quotes.mjs INPUT > pred.jsonl
//   INPUT is either a directory of .txt files (article id = file name, files in
//   name order) or a .jsonl file with one {"id","text"} object per line.
//   compromise is loaded from $PEER_DIR/node_modules/compromise (default
//   PEER_DIR=/tmp/peer-compromise; see run_quotes_peer.sh) — never from the repo.
//
// Texts are fed raw: no dateline/trailer cleaning (chorus cleans them first; the
// two only differ in junk lines, which carry no quotes).
//
// IMPORTANT: compromise has no quote-attribution model. It finds quotations
// (spans between matching quote marks) and people (a name lexicon + tagger),
// and that is all. The speaker heuristic below is ours, kept deliberately
// simple; it is a baseline, not compromise's "best" attribution.
//
// What is done, exactly, for each article:
//  1. doc = nlp(text). Quotes = doc.quotations(): every run of terms from a term
//     whose leading punctuation has an opening quote mark to the first term (in
//     the SAME compromise sentence) whose trailing punctuation holds the
//     matching closing mark. Quotes never cross compromise's sentence
//     boundaries; quotes compromise does not find are simply missing.
//  2. Quote text = the match's text() with surrounding whitespace and the
//     opening/closing quote marks at either end stripped (inner punctuation
//     kept; the scorer compares lowercase words anyway). Empty results dropped.
//  3. Speaker: S = the compromise sentence containing the quote. Its text is
//     re-parsed on its own, nlp(S).people(), and each person's term span is
//     mapped back to S's term positions. Persons overlapping the quote's own
//     terms are ignored (they are mentioned, not speaking). Among the rest, the
//     nearest one wins, distance = number of terms between the person and the
//     quote (before or after it); a tie goes to the earlier one in the text.
//     If S has no such person, the previous sentence is re-parsed the same way
//     and its LAST person (the one nearest the quote) is taken. Otherwise the
//     speaker is "". No pronoun/coreference resolution is used ("he said" gets
//     the nearest named person, if any).
//  4. Speaker string = the person's words (term texts without punctuation)
//     joined by spaces, with a trailing possessive 's / ’s removed; titles that
//     compromise includes ("President Joe Biden") are kept — the scorer only
//     compares the last word (surname).

import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// compromise lives outside the repo (npm install into /tmp): PEER_DIR is the
// npm project holding node_modules/compromise. Its ESM entry is taken from the
// package's own "exports" map.
async function loadCompromise() {
  const dir = path.join(process.env.PEER_DIR || '/tmp/peer-compromise', 'node_modules', 'compromise');
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const entry = pkg.exports?.['.']?.import?.default || pkg.module || pkg.main;
  const nlp = (await import(pathToFileURL(path.join(dir, entry)).href)).default;
  return { nlp, version: pkg.version };
}

const OPEN = /^[\s"'\u201C\u201D\u2018\u2019\u201E\u201F\u201A\u201B\u00AB\u00BB\u2039\u203A\uFF02\u2E42\u301D\u301F`]+/;
const CLOSE = /[\s"'\u201C\u201D\u2018\u2019\u201E\u201F\u201A\u201B\u00AB\u00BB\u2039\u203A\uFF02\u2E42\u301E\u00B4]+$/;

function readArticles(input) {
  const st = fs.statSync(input);
  if (st.isDirectory()) {
    return fs.readdirSync(input).filter(f => f.endsWith('.txt')).sort()
      .map(f => ({ id: f, text: fs.readFileSync(path.join(input, f), 'utf8') }));
  }
  return fs.readFileSync(input, 'utf8').split('\n').filter(l => l.trim())
    .map(l => JSON.parse(l)).map(o => ({ id: String(o.id), text: String(o.text || '') }));
}

// the exact text of one compromise sentence (terms with their punctuation)
const sentenceText = terms => terms.map(t => t.pre + t.text + t.post).join('');

let mismatches = 0;

// persons of one sentence, as [{start, end, name}] in that sentence's term positions
function peopleOf(nlp, terms) {
  if (!terms) return [];
  const sd = nlp(sentenceText(terms));
  const base = [];
  let acc = 0;
  for (const s of sd.document) { base.push(acc); acc += s.length; }
  if (acc !== terms.length) mismatches++;
  const out = [];
  sd.people().forEach(m => {
    const [n, s, e] = m.pointer[0];
    const words = m.docs[0].map(t => t.text).filter(Boolean);
    let name = words.join(' ').replace(/['\u2019]s$/i, '').trim();
    if (name) out.push({ start: base[n] + s, end: base[n] + (e ?? sd.document[n].length), name });
  });
  return out;
}

function main(nlp, articles) {
  const lines = [];
  for (const a of articles) {
    const doc = nlp(a.text);
    doc.quotations().forEach(q => {
      const [n, qs, qe0] = q.pointer[0];
      const qe = qe0 ?? doc.document[n].length;
      const text = q.text().replace(OPEN, '').replace(CLOSE, '').trim();
      if (!text) return;
      let speaker = '';
      const here = peopleOf(nlp, doc.document[n]).filter(p => p.end <= qs || p.start >= qe);
      if (here.length) {
        let best = null, bd = Infinity;
        for (const p of here) {
          const d = p.end <= qs ? qs - p.end : p.start - qe;
          if (d < bd) { bd = d; best = p; }
        }
        speaker = best.name;
      } else if (n > 0) {
        const prev = peopleOf(nlp, doc.document[n - 1]);
        if (prev.length) speaker = prev[prev.length - 1].name;
      }
      lines.push(JSON.stringify({ article: a.id, speaker, text }));
    });
  }
  return lines;
}

const input = process.argv[2];
if (!input) {
  console.error('usage: node compromise_quotes.mjs DIR_OF_TXT|FILE.jsonl > pred.jsonl');
  process.exit(2);
}
const { nlp, version } = await loadCompromise();
const lines = main(nlp, readArticles(input));
process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
console.error(`compromise ${version}: ${lines.length} quotes` +
  (mismatches ? ` (${mismatches} re-parsed sentences changed term count)` : ''));
