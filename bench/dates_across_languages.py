#!/usr/bin/env python3
"""dates_across_languages.py - how many of the dates chorus resolves in each
English MEANTIME document its translation also resolves (same calendar day).
No labels needed: a translation states the same dates, and relative ones
("yesterday", "ayer") resolve against the article's date, so a miss is a
date form, a relative word or an article date that chorus does not read.

Usage: chorus dates -q ../shared/corpus/meantime/meantime.jsonl > D
       python3 bench/dates_across_languages.py D
"""
import collections
import json
import sys

f = collections.defaultdict(set)
for line in open(sys.argv[1]):
    d = json.loads(line)
    lang, doc = d['article'].split('/', 1)
    if d.get('date'):
        f[(lang, doc)].add(d['date'])
docs = {doc for _, doc in f}
for lang in ('es', 'it', 'nl'):
    tp = ne = 0
    for doc in docs:
        e, o = f.get(('en', doc), set()), f.get((lang, doc), set())
        tp += len(e & o)
        ne += len(e)
    print('%s english dates %d, also in %s %d, share %.3f' % (lang, ne, lang, tp, tp / ne if ne else 0))
