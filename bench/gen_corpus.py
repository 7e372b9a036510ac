#!/usr/bin/env python3
"""gen_corpus.py - synthetic news corpus for the scale benchmarks.

Usage:
  build/chorus parse -q examples/corpus > /tmp/base.jsonl
  python3 bench/gen_corpus.py --base /tmp/base.jsonl -n 100000 --seed 1 \
      --out /tmp/c100k.jsonl --gold /tmp/c100k.gold.jsonl

Writes N articles as JSONL ({"id","url","source","date","lang","title",
"text"}) and a gold file ({"id","event","near_dup_of","base"}). Python 3
standard library only; the same arguments give the same bytes.

How an article is made. A synthetic event is (base article, date shift):
one of the parsed example articles, moved by a random number of days in
[-365, +365] (so the corpus spans about two years), with its own random
surface:
  - names: a capitalized word that does not start a sentence becomes a
    pseudo-name (per-event mapping, probability --p-name); pseudo-names come
    from a Zipf-distributed pool, so some names recur across events the way
    real people and places do;
  - numbers: every digit is redrawn (per-event mapping, so articles of one
    event quote the same figures), except years (19xx, 20xx), which move
    with the event's date;
  - content words: a word that is not a stop word is replaced, per event
    and per word type, with probability --p-content, by a word drawn from a
    Zipf-distributed pseudo-lexicon. Without this, every variation of one
    base shares nearly all of its word 3-grams with every other variation of
    the same base, whatever the event: 20,000 variations of one article at
    N = 1M would all be near-duplicates of each other, which no real corpus
    looks like (--literal turns it off, to see that effect).
Each article of the event then gets its own variation: a further
--p-article of the content word types is redrawn (different outlets word
the same story differently), paragraphs are dropped (--p-drop) and
neighbours swapped, and 2-5 paragraphs plus a third of the paragraphs of a
second example article in the same language (a donor, one of two chosen per
event, mapped the same way) are mixed in, which brings the average length to
~300 words. A fraction --p-copy of the
articles are wire copies: a near-verbatim copy of an earlier article of the
same event (another source, a dateline added, maybe the last paragraph cut,
one or two words changed); gold near_dup_of names the original.
Events have 2-30 articles. Output is streamed: events are interleaved
through a pool of --active open events, so an event's articles are spread
over nearby positions of the file, as in a news stream.
"""
import argparse
import json
import os
import random
import re
import sys
from bisect import bisect
from datetime import date, timedelta
from itertools import accumulate

TOK = re.compile(r"\w+(?:['’]\w+)*|\s+|[^\w\s]", re.UNICODE)
YEAR = re.compile(r'^(?:19|20)\d\d$')
SENT_END = set('.!?:;“”"«»—–-(')

# token kinds
LIT, STOP, WORD, NAME, NUM = 0, 1, 2, 3, 4

SYL = {
    'en': ['ar', 'ben', 'cor', 'dal', 'en', 'fin', 'gar', 'hol', 'in', 'jor', 'kel', 'lan', 'mor', 'nel', 'or',
           'pen', 'quin', 'ros', 'sel', 'ton', 'ur', 'ver', 'wil', 'ya', 'zer', 'ble', 'ter', 'ing', 'ment', 'ly',
           'tion', 'est', 'er', 'ous', 'ast', 'ric', 'sta', 'pro', 'con', 'de', 're', 'un'],
    'es': ['a', 'ba', 'ca', 'da', 'e', 'fe', 'ga', 'la', 'ma', 'na', 'o', 'pa', 'ra', 'sa', 'ta', 'va', 'ción',
           'dad', 'mente', 'es', 'os', 'ar', 'er', 'ir', 'ue', 'ie', 'ro', 'to', 'co', 'lo', 'mi', 'ni'],
    'de': ['an', 'be', 'ber', 'dor', 'en', 'er', 'fel', 'gen', 'haus', 'ig', 'kin', 'lich', 'mer', 'nen', 'or',
           'pf', 'schaft', 'sch', 'stadt', 'ung', 'ver', 'wal', 'zu', 'keit', 'burg', 'tal', 'rei', 'ste'],
    'fr': ['a', 'bre', 'che', 'dé', 'en', 'fon', 'gue', 'ier', 'la', 'ment', 'nou', 'on', 'pré', 'que', 'ré',
           'sion', 'tre', 'ux', 'vé', 'eau', 'oir', 'ette', 'ain', 'lle'],
    'it': ['a', 'bi', 'ca', 'de', 'e', 'fi', 'gli', 'la', 'men', 'no', 'o', 'pi', 'ra', 'si', 'to', 'zio', 'ne',
           'tti', 'ello', 'are', 'ere', 'ire', 'ta', 'co'],
}
NAME_SYL = ['Al', 'Bar', 'Cas', 'Dor', 'El', 'Fer', 'Gal', 'Har', 'Ist', 'Jan', 'Kor', 'Lun', 'Mar', 'Nor',
            'Ol', 'Par', 'Quil', 'Ros', 'Sal', 'Tor', 'Ul', 'Val', 'Wen', 'Xan', 'Yor', 'Zel']
NAME_TAIL = ['a', 'an', 'ez', 'ov', 'sen', 'ini', 'ard', 'el', 'on', 'is', 'berg', 'ova', 'ic', 'ley', 'ston',
             'ado', 'ier', 'mann', 'ski', 'o', 'es', 'ita', 'ert', 'ani', 'ez', 'ur']
MID = ['', '', 'ri', 'la', 'ne', 'do', 'ma', 'te', 'vi', 'go', 'sa', 'li', 'ke']


def zipf_cum(n, s=1.0, q=10.0):
    """cumulative Zipf-Mandelbrot weights for ranks 0..n-1"""
    return list(accumulate(1.0 / (r + q) ** s for r in range(n)))


def make_lexicon(rng, lang, n):
    syl = SYL.get(lang, SYL['en'])
    if n > len(syl) ** 4 // 4:
        raise SystemExit('--lexicon %d: at most %d' % (n, len(syl) ** 4 // 4))
    seen, out = set(), []
    while len(out) < n:
        w = ''.join(rng.choices(syl, k=rng.choice((2, 2, 3, 3, 3, 4))))
        if len(w) >= 4 and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def make_names(rng, n):
    room = len(NAME_SYL) * len(set(MID)) ** 3 * len(set(NAME_TAIL))
    if n > room // 4:
        raise SystemExit('--names %d: at most %d' % (n, room // 4))
    seen, out = set(), []
    while len(out) < n:
        w = rng.choice(NAME_SYL) + rng.choice(MID) + rng.choice(MID) + rng.choice(MID) + rng.choice(NAME_TAIL)
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def load_stop(d, lang):
    p = os.path.join(d, lang + '.txt')
    if not os.path.exists(p):
        p = os.path.join(d, 'en.txt')
    with open(p, encoding='utf-8') as f:
        return {l.strip().lower() for l in f if l.strip() and not l.startswith('#')}


def tokenize(text, stop):
    """paragraphs -> list of [(kind, surface, key)] with sentence-initial handling"""
    paras = []
    for p in re.split(r'\n+', text):
        p = p.strip()
        if not p:
            continue
        toks, initial = [], True
        for m in TOK.finditer(p):
            t = m.group()
            if t[0].isspace():
                toks.append((LIT, t, None))
                continue
            if not (t[0].isalnum() or t[0] == '_'):
                toks.append((LIT, t, None))
                if t in SENT_END:
                    initial = True
                continue
            low = t.lower()
            if any(c.isdigit() for c in t):
                toks.append((NUM, t, t))
            elif low in stop or len(t) < 3:
                toks.append((STOP, t, None))
            elif t[0].isupper() and not initial:
                toks.append((NAME, t, t))
            else:
                toks.append((WORD, t, low))
            initial = False
        paras.append(toks)
    return paras


def cap_kind(src):
    """0 lower, 1 Capitalized, 2 UPPER"""
    if src.isupper() and len(src) > 1:
        return 2
    return 1 if src[0].isupper() else 0


def cap_like(c, w):
    if c == 0:
        return w
    if c == 2:
        return w.upper()
    return w[0].upper() + w[1:]


class Gen:
    def __init__(self, a, bases):
        self.a = a
        self.rng = random.Random(a.seed)
        rng = random.Random(a.seed * 7919 + 1)
        self.langs = sorted({b['lang'] for b in bases})
        self.stop = {l: load_stop(a.stopwords, l) for l in self.langs}
        self.lex = {l: make_lexicon(rng, l, a.lexicon) for l in self.langs}
        self.lex_cum = zipf_cum(a.lexicon)
        # a long run of Zipf draws per language; an article takes a random
        # slice of it (drawing each word anew is the generator's main cost)
        self.pool = {l: rng.choices(self.lex[l], cum_weights=self.lex_cum, k=1 << 20) for l in self.langs}
        self.names = make_names(rng, a.names)
        self.names_cum = zipf_cum(a.names, 1.0, 50.0)
        self.sources = ['%s %s' % (rng.choice(['Daily', 'Morning', 'Evening', 'City', 'Coastal', 'National', 'Metro',
                                               'Valley', 'Harbor', 'North', 'South', 'Global', 'Free', 'Weekly']),
                                   rng.choice(['Post', 'Herald', 'Courier', 'Times', 'Ledger', 'Observer', 'Wire',
                                               'Gazette', 'Tribune', 'Express', 'Journal', 'News', 'Review']))
                        + (' %d' % i if i > 100 else '') for i in range(a.sources)]
        self.bases = []
        for b in bases:
            st = self.stop[b['lang']]
            d = b.get('date')
            try:
                d = date.fromisoformat(d) if d else None
            except ValueError:
                d = None
            self.bases.append({'paras': tokenize(b.get('text') or '', st),
                               'title': tokenize(b.get('title') or '', st)[:1] or [[]],
                               'lang': b['lang'], 'date': d or date(2025, 6, 1), 'id': b['id'],
                               'event': b.get('event')})
        for b in self.bases:
            seen = {}
            for p in b['paras'] + b['title']:
                for kind, t, key in p:
                    if kind >= WORD and key not in seen:
                        seen[key] = kind
            b['types'] = [(kind, key) for key, kind in seen.items()]
        self.by_lang = {l: [i for i, b in enumerate(self.bases) if b['lang'] == l] for l in self.langs}
        self.n_event = 0
        self.n_art = 0

    # ----- per-event surface -----
    def new_event(self, size):
        r, a = self.rng, self.a
        bi = r.randrange(len(self.bases))
        b = self.bases[bi]
        same = [i for i in self.by_lang[b['lang']] if i != bi]
        pref = [i for i in same if b['event'] and self.bases[i]['event'] == b['event']]
        pool = (pref * 3 + same) if same else [bi]
        donors = [r.choice(pool), r.choice(pool)]
        shift = r.randint(-365, 365)
        ev = {'id': 'sev-%d-%06d' % (a.seed, self.n_event), 'base': bi, 'donors': donors, 'shift': shift,
              'date': b['date'] + timedelta(days=shift), 'lang': b['lang'], 'size': size, 'done': 0,
              'made': [], 'map': {}, 'cache': {}}
        self.n_event += 1
        # map every word/name/number type of base, donors and title once
        lang = b['lang']
        lex, m = self.lex[lang], ev['map']
        types = []
        for src in [bi] + donors:
            for kind, key in self.bases[src]['types']:
                if key not in m:
                    m[key] = None
                    types.append((kind, key))
        words = [k for kind, k in types if kind == WORD]
        names = [k for kind, k in types if kind == NAME]
        nums = [k for kind, k in types if kind == NUM]
        for k, w in zip(words, r.choices(lex, cum_weights=self.lex_cum, k=len(words))):
            m[k] = w if r.random() < a.p_content else k
        for k, w in zip(names, r.choices(self.names, cum_weights=self.names_cum, k=len(names))):
            m[k] = w if r.random() < a.p_name else k
        dy = ev['date'].year - b['date'].year
        for k in nums:
            if YEAR.match(k):  # years move with the event's date, as in real reports
                m[k] = str(int(k) + dy)
                continue
            m[k] = ''.join(str(r.randrange(1, 10)) if (c.isdigit() and i == 0 and c != '0') else
                           (str(r.randrange(10)) if c.isdigit() else c) for i, c in enumerate(k))
        r.shuffle(words)
        ev['words'] = words
        return ev

    def prepared(self, ev, para):
        """a source paragraph under the event map: (strings, [(index, key, surface)] of its words)"""
        c = ev['cache'].get(id(para))
        if c is None:
            m, strs, words = ev['map'], [], []
            for kind, t, key in para:
                if kind <= STOP:
                    strs.append(t)
                elif kind == WORD:
                    c = cap_kind(t)
                    words.append((len(strs), key, c))
                    strs.append(cap_like(c, m[key]))
                else:
                    strs.append(m[key])
            c = ev['cache'][id(para)] = (strs, words)
        return c

    def render(self, ev, paras, amap):
        """token paragraphs -> text, through the article map over the event map"""
        out = []
        for p in paras:
            strs, words = self.prepared(ev, p)
            if amap:
                strs = list(strs)
                for i, key, c in words:
                    w = amap.get(key)
                    if w:
                        strs[i] = w if c == 0 else cap_like(c, w)
            out.append(''.join(strs))
        return out

    def article(self, ev):
        r, a = self.rng, self.a
        b = self.bases[ev['base']]
        self.n_art += 1
        aid = 'syn-%d-%07d' % (a.seed, self.n_art)
        src = r.choice(self.sources)
        x = r.random()
        jitter = 0 if x < 0.6 else (1 if x < 0.9 else 2)
        d = ev['date'] + timedelta(days=jitter)
        copy_of = None
        if ev['made'] and r.random() < a.p_copy * ev['size'] / max(1, ev['size'] - 1):
            orig = r.choice(ev['made'])
            copy_of = orig['id']
            paras = list(orig['paras'])
            if len(paras) > 3 and r.random() < 0.5:
                paras.pop()
            # one or two words changed
            for _ in range(r.randint(0, 2)):
                i = r.randrange(len(paras))
                ws = paras[i].split(' ')
                j = r.randrange(len(ws))
                ws[j] = r.choices(self.lex[ev['lang']], cum_weights=self.lex_cum)[0]
                paras[i] = ' '.join(ws)
            if r.random() < 0.5:
                paras[0] = '%s (%s) - %s' % (r.choice(self.names).upper(), src.split()[0], paras[0])
            title = orig['title']
            d = orig['date'] + timedelta(days=r.choice((0, 0, 1)))
        else:
            # redraw a random window of the event's shuffled word types
            ws = ev['words']
            k = int(a.p_article * len(ws) + r.random())
            o = r.randrange((1 << 20) - k)
            j = r.randrange(len(ws)) if ws else 0
            sel = ws[j:j + k]
            if len(sel) < k:
                sel = sel + ws[:k - len(sel)]
            amap = dict(zip(sel, self.pool[ev['lang']][o:o + k]))
            bp = [p for p in b['paras'] if r.random() >= a.p_drop] or b['paras'][:1]
            for i in range(1, len(bp) - 1):
                if r.random() < 0.15:
                    bp[i], bp[i + 1] = bp[i + 1], bp[i]
            donor = self.bases[r.choice(ev['donors'])]['paras']
            k = min(len(donor), r.randint(2, 5) + len(donor) // 3)
            dp = [donor[i] for i in sorted(r.sample(range(len(donor)), k))] if donor else []
            at = r.randint(1, len(bp))
            paras = self.render(ev, bp[:at] + dp + bp[at:], amap)
            title = self.render(ev, b['title'], amap)[0] if b['title'][0] else paras[0][:80]
        rec = {'id': aid, 'paras': paras, 'title': title, 'date': d}
        if not copy_of and len(ev['made']) < 8:
            ev['made'].append(rec)
        ev['done'] += 1
        art = {'id': aid, 'url': 'https://%s.example/%s/%s' % (src.lower().replace(' ', ''), d.isoformat(), aid),
               'source': src, 'date': d.isoformat(), 'lang': ev['lang'], 'title': title,
               'text': '\n\n'.join(paras)}
        gold = {'id': aid, 'event': ev['id'], 'near_dup_of': copy_of, 'base': b['id'], 'shift': ev['shift']}
        return art, gold

    def event_size(self, assigned):
        r, n = self.rng, self.a.n
        k = min(30, 2 + int(r.expovariate(1 / self.a.mean_extra)))
        rem = n - assigned
        if rem <= k + 1:
            k = rem  # the last event takes what is left (rem >= 2 by construction)
            if k > 30:
                k = 30
        return k

    def run(self, out, gold):
        a, r = self.a, self.rng
        active, assigned, made = [], 0, 0
        while made < a.n:
            while len(active) < a.active and assigned < a.n:
                k = self.event_size(assigned)
                if a.n - assigned - k == 1:
                    k += 1 if k < 30 else -1
                active.append(self.new_event(k))
                assigned += k
            i = r.randrange(len(active))
            ev = active[i]
            art, g = self.article(ev)
            out.write(json.dumps(art, ensure_ascii=False) + '\n')
            gold.write(json.dumps(g) + '\n')
            made += 1
            if ev['done'] == ev['size']:
                ev['cache'] = ev['made'] = None
                active[i] = active[-1]
                active.pop()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--base', required=True, help='JSONL from `chorus parse -q examples/corpus`')
    ap.add_argument('--base-gold', default=os.path.join(here, '..', 'examples', 'gold.jsonl'),
                    help='example gold (event per example id), to prefer donors of the same real event')
    ap.add_argument('-n', type=int, required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--out', required=True)
    ap.add_argument('--gold', required=True)
    ap.add_argument('--stopwords', default=os.path.join(here, '..', 'data', 'stopwords'))
    ap.add_argument('--p-name', type=float, default=0.9)
    ap.add_argument('--p-content', type=float, default=0.85)
    ap.add_argument('--p-article', type=float, default=0.6)
    ap.add_argument('--p-drop', type=float, default=0.3)
    ap.add_argument('--p-copy', type=float, default=0.10)
    ap.add_argument('--mean-extra', type=float, default=6.0, help='event size = 2 + Exp(mean), capped at 30')
    ap.add_argument('--active', type=int, default=1000, help='events open at once in the stream')
    ap.add_argument('--lexicon', type=int, default=60000, help='pseudo-words per language')
    ap.add_argument('--names', type=int, default=200000, help='pseudo-names')
    ap.add_argument('--sources', type=int, default=400)
    ap.add_argument('--literal', action='store_true',
                    help='only names and numbers vary (p-content = p-article = 0): see the module doc')
    a = ap.parse_args()
    if a.n < 2:
        ap.error('-n must be >= 2')
    if a.literal:
        a.p_content = a.p_article = 0.0
    bases = []
    with open(a.base, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                if d.get('text') and d.get('lang'):
                    bases.append(d)
    ev_of = {}
    if a.base_gold and os.path.exists(a.base_gold):
        with open(a.base_gold, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    g = json.loads(line)
                    ev_of[g['id']] = g.get('event')
    for b in bases:
        b['event'] = ev_of.get(b['id'])
    bases.sort(key=lambda b: b['id'])  # input order must not matter
    g = Gen(a, bases)
    with open(a.out, 'w', encoding='utf-8', buffering=1 << 20) as out, \
            open(a.gold, 'w', encoding='utf-8', buffering=1 << 20) as gold:
        g.run(out, gold)
    print('%s: %d articles, %d events' % (a.out, g.n_art, g.n_event), file=sys.stderr)


if __name__ == '__main__':
    main()
