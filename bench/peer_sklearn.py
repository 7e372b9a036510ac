#!/usr/bin/env python3
"""peer_sklearn.py - event clustering peer: scikit-learn TF-IDF + average-link
agglomerative clustering on cosine distance, for the scale benchmark and the
quality comparison with `chorus cluster`.

Usage:
  /usr/bin/python3 bench/peer_sklearn.py FILE.jsonl [--threshold 0.8]
      bench mode: one JSON line (articles, seconds per stage, articles/s,
      peak RSS) on stdout
  /usr/bin/python3 bench/peer_sklearn.py FILE.jsonl --eval [--threshold T]
      prints {"id","event"} per article (for `chorus eval cluster GOLD PRED`)
  /usr/bin/python3 bench/peer_sklearn.py --tune DEV.jsonl [--apply TEST.jsonl ...] --chorus build/chorus
      grid over the distance threshold on DEV (BCubed F1 from `chorus eval
      cluster`, DEV being its own gold), then scores every --apply file with
      the chosen threshold; prints a markdown table

Method: TfidfVectorizer(sublinear_tf=True, stop_words='english') over
title + text, then AgglomerativeClustering(n_clusters=None,
linkage='average', distance_threshold=T) on cosine distances. The cosine
distances are computed from the sparse TF-IDF matrix and passed as
metric='precomputed': the same clustering as metric='cosine', which would
need the dense TF-IDF matrix (n x vocabulary, 6 GB at 10k articles). Average
link over all pairs is O(n^2) in memory (the n x n distance matrix) and at
least O(n^2) in time: it is run where it fits.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time


def read(path):
    ids, docs = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                ids.append(d['id'])
                docs.append(((d.get('title') or '') + '\n' + (d.get('text') or '')).strip())
    return ids, docs


def distances(docs):
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    X = TfidfVectorizer(sublinear_tf=True, stop_words='english').fit_transform(docs)
    t = time.perf_counter()
    S = (X @ X.T).toarray()  # rows are L2-normalized: cosine similarity
    D = 1.0 - S
    del S
    np.clip(D, 0.0, 2.0, out=D)
    np.fill_diagonal(D, 0.0)
    return X, D, t


def cluster(D, threshold):
    from sklearn.cluster import AgglomerativeClustering
    if D.shape[0] < 2:
        return [0] * D.shape[0]
    m = AgglomerativeClustering(n_clusters=None, metric='precomputed', linkage='average',
                                distance_threshold=threshold)
    return m.fit_predict(D)


def write_pred(ids, labels, f):
    for i, l in zip(ids, labels):
        f.write(json.dumps({'id': i, 'event': 'sk-%d' % l}) + '\n')


def bcubed(chorus, gold, ids, labels):
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False) as f:
        write_pred(ids, labels, f)
        p = f.name
    try:
        out = subprocess.run([chorus, 'eval', 'cluster', gold, p], capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(p)
    r = dict(l.split()[:2] for l in out.splitlines() if len(l.split()) >= 2)
    return float(r['bcubed_f1']), float(r['bcubed_precision']), float(r['bcubed_recall']), int(r.get('pred_events', 0))


def main():
    ap = argparse.ArgumentParser(description='scikit-learn TF-IDF + average-link peer for chorus cluster')
    ap.add_argument('input', nargs='?')
    ap.add_argument('--threshold', type=float, default=0.8, help='cosine distance threshold')
    ap.add_argument('--eval', action='store_true', help='print {"id","event"} lines')
    ap.add_argument('--tune', metavar='DEV', help='tune the threshold on DEV (its own gold)')
    ap.add_argument('--apply', metavar='FILE', action='append', default=[], help='score with the tuned threshold')
    ap.add_argument('--grid', default='0.5,0.55,0.6,0.65,0.7,0.75,0.8,0.85,0.9,0.95')
    ap.add_argument('--chorus', default='build/chorus', help='chorus binary, for its eval')
    a = ap.parse_args()

    if a.tune:
        import sklearn
        grid = [float(x) for x in a.grid.split(',')]
        ids, docs = read(a.tune)
        _, D, _ = distances(docs)
        rows = [(t,) + bcubed(a.chorus, a.tune, ids, cluster(D, t)) for t in grid]
        best = max(rows, key=lambda r: (r[1], -abs(r[0] - 0.8)))
        print('scikit-learn %s, TF-IDF (sublinear_tf, English stop words) + average link, cosine distance' % sklearn.__version__)
        print()
        print('| distance threshold | %s BCubed F1 (P / R) | events |' % os.path.basename(a.tune))
        print('|---|---|---|')
        for t, f1, p, r, ne in rows:
            print('| %.2f%s | %.3f (%.3f / %.3f) | %d |' % (t, ' (chosen)' if t == best[0] else '', f1, p, r, ne))
        print()
        print('| file | BCubed F1 at %.2f (P / R) | at 0.80 |' % best[0])
        print('|---|---|---|')
        for f in [a.tune] + a.apply:
            ids, docs = read(f)
            _, D, _ = distances(docs)
            f1, p, r, _ = bcubed(a.chorus, f, ids, cluster(D, best[0]))
            f1d, _, _, _ = bcubed(a.chorus, f, ids, cluster(D, 0.8))
            print('| %s | %.3f (%.3f / %.3f) | %.3f |' % (os.path.basename(f), f1, p, r, f1d))
        return

    if not a.input:
        ap.error('an input file is needed (or --tune DEV)')
    t0 = time.perf_counter()
    ids, docs = read(a.input)
    t1 = time.perf_counter()
    X, D, t2 = distances(docs)
    t3 = time.perf_counter()
    labels = cluster(D, a.threshold)
    t4 = time.perf_counter()
    if a.eval:
        write_pred(ids, labels, sys.stdout)
    n = len(ids)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    import sklearn
    summary = {'tool': 'scikit-learn', 'version': sklearn.__version__, 'articles': n, 'threshold': a.threshold,
               'vocabulary': X.shape[1], 'events': len(set(labels)),
               'seconds': {'read': round(t1 - t0, 2), 'tfidf': round(t2 - t1, 2), 'cosine': round(t3 - t2, 2),
                           'average_link': round(t4 - t3, 2), 'total': round(t4 - t0, 2)},
               'articles_per_s': round(n / (t4 - t0), 1) if t4 > t0 else None, 'peak_rss_mib': round(rss, 1)}
    print(json.dumps(summary), file=sys.stderr if a.eval else sys.stdout)


if __name__ == '__main__':
    main()
