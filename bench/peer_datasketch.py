#!/usr/bin/env python3
"""peer_datasketch.py - near-duplicate detection with datasketch MinHashLSH,
set up like `chorus dedup`, for the scale benchmark.

Usage:
  DATASKETCH=/tmp/datasketch /usr/bin/python3 bench/peer_datasketch.py FILE.jsonl \
      [--datasketch DIR] [--pairs OUT.jsonl] [--no-verify] [--keep-stop-shingles]

datasketch is not vendored: point --datasketch (or $DATASKETCH) at a
checkout of https://github.com/ekzhu/datasketch (it needs numpy and scipy).

What it does, per article of the JSONL input ({"id","lang","text",...}):
lowercase word tokens (numbers kept whole: "3,200"), word 3-gram shingles,
shingles made only of stop words dropped (chorus drops them too; the lists
are chorus's data/stopwords/LANG.txt), each shingle hashed once with
datasketch's default hash (sha1_hash32), MinHash(num_perm=128) over those
hashes (MinHash.generator), MinHashLSH with params=(64, 2) (64 bands of 2
rows, as chorus), all inserted (insertion_session), then every article
queried. Candidates are verified like chorus does: shingle containment
|A & B| / min(|A|, |B|) >= 0.3 with at least 15 shared shingles
(--no-verify: LSH only). Single process, single thread.

Prints one JSON line on stdout: articles, candidates, pairs, seconds per
stage, articles_per_s, peak_rss_mib.
"""
import argparse
import json
import os
import re
import resource
import sys
import time

WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+", re.UNICODE)


def load_stop(d, cache, lang):
    s = cache.get(lang)
    if s is None:
        p = os.path.join(d, '%s.txt' % lang)
        if not os.path.exists(p):
            p = os.path.join(d, 'en.txt')
        with open(p, encoding='utf-8') as f:
            s = cache[lang] = frozenset(l.strip().casefold() for l in f if l.strip() and not l.startswith('#'))
    return s


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description='datasketch MinHashLSH peer for chorus dedup')
    ap.add_argument('input')
    ap.add_argument('--datasketch', default=os.environ.get('DATASKETCH'), help='datasketch checkout (or $DATASKETCH)')
    ap.add_argument('--stopwords', default=os.path.join(here, '..', 'data', 'stopwords'))
    ap.add_argument('--num-perm', type=int, default=128)
    ap.add_argument('--bands', type=int, default=64)
    ap.add_argument('--rows', type=int, default=2)
    ap.add_argument('--threshold', type=float, default=0.3, help='containment for a pair (verify)')
    ap.add_argument('--min-shared', type=int, default=15)
    ap.add_argument('--no-verify', action='store_true', help='stop at LSH candidates')
    ap.add_argument('--keep-stop-shingles', action='store_true')
    ap.add_argument('--pairs', help='write {"a","b","similarity"} lines here')
    a = ap.parse_args()
    if a.datasketch:
        sys.path.insert(0, a.datasketch)
    try:
        from datasketch import MinHash, MinHashLSH
        from datasketch.hashfunc import sha1_hash32
    except ImportError as e:
        sys.exit('peer_datasketch: cannot import datasketch (%s); pass --datasketch DIR or set DATASKETCH' % e)
    import datasketch
    t0 = time.perf_counter()
    # 1. read, tokenize, shingle, hash
    ids, sets, stops = [], [], {}
    verify = not a.no_verify
    with open(a.input, encoding='utf-8') as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            toks = WORD.findall((d.get('text') or '').casefold())
            stop = frozenset() if a.keep_stop_shingles else load_stop(a.stopwords, stops, d.get('lang') or 'en')
            sh = set()
            for i in range(len(toks) - 2):
                x, y, z = toks[i], toks[i + 1], toks[i + 2]
                if x in stop and y in stop and z in stop:
                    continue
                sh.add(sha1_hash32(('%s %s %s' % (x, y, z)).encode('utf-8')))
            if not sh and toks:
                sh.add(sha1_hash32(' '.join(toks).encode('utf-8')))
            ids.append(d['id'])
            sets.append(sh)
    t1 = time.perf_counter()
    # 2. MinHash (the shingles are hashed already: identity hashfunc)
    mhs = list(MinHash.generator(sets, num_perm=a.num_perm, hashfunc=int))
    if verify:
        sets = [frozenset(s) for s in sets]
    else:
        sets = None
    t2 = time.perf_counter()
    # 3. LSH index
    lsh = MinHashLSH(num_perm=a.num_perm, params=(a.bands, a.rows))
    with lsh.insertion_session() as s:
        for i, m in enumerate(mhs):
            s.insert(i, m, check_duplication=False)
    t3 = time.perf_counter()
    # 4. query every article; verify its candidates
    cand = pairs = 0
    out = open(a.pairs, 'w', encoding='utf-8') if a.pairs else None
    for i, m in enumerate(mhs):
        res = lsh.query(m)
        for j in res:
            if j <= i:
                continue
            cand += 1
            if not verify:
                continue
            x, y = sets[i], sets[j]
            k = len(x & y)
            c = k / min(len(x), len(y)) if x and y else 0.0
            if c >= a.threshold and k >= a.min_shared:
                pairs += 1
                if out:
                    out.write(json.dumps({'a': ids[i], 'b': ids[j], 'similarity': round(c, 4)}) + '\n')
    if out:
        out.close()
    t4 = time.perf_counter()
    n = len(ids)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({
        'tool': 'datasketch', 'version': getattr(datasketch, '__version__', '?'), 'articles': n,
        'params': {'num_perm': a.num_perm, 'bands': a.bands, 'rows': a.rows, 'verify': verify,
                   'drop_stop_shingles': not a.keep_stop_shingles},
        'candidates': cand, 'pairs': pairs if verify else None,
        'seconds': {'read_shingle_hash': round(t1 - t0, 2), 'minhash': round(t2 - t1, 2),
                    'lsh_insert': round(t3 - t2, 2), 'query_verify': round(t4 - t3, 2), 'total': round(t4 - t0, 2)},
        'articles_per_s': round(n / (t4 - t0), 1) if t4 > t0 else None, 'peak_rss_mib': round(rss, 1)}))


if __name__ == '__main__':
    main()
