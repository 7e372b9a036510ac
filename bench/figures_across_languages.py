#!/usr/bin/env python3
"""figures_across_languages.py - how many of the English money and percent
figures of each MEANTIME document its translation also yields (same kind,
value and currency). No labels needed: a translation states the same figures.

Usage: chorus figures -q ../shared/corpus/meantime/meantime.jsonl > F
       python3 bench/figures_across_languages.py F
"""
import json,collections,sys
def load(p):
    c=collections.defaultdict(set)
    for l in open(p):
        d=json.loads(l); lang,doc=d['article'].split('/',1)
        c[(lang,doc)].add((d['kind'],round(d['value'],6),d['unit'] if d['kind'] in ('money','percent') else None))
    return c
f=load(sys.argv[1])
docs=set(d for _,d in f)
for L in ('es','it','nl'):
    tp=ne=nl=0
    for d in docs:
        e={x for x in f.get(('en',d),set()) if x[0] in ('money','percent')}; o={x for x in f.get((L,d),set()) if x[0] in ('money','percent')}
        tp+=len(e&o); ne+=len(e); nl+=len(o)
    print(L,'en money+percent figures',ne,L,nl,'shared',tp,'recall of en %.3f'%(tp/ne if ne else 0))
