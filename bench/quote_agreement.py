#!/usr/bin/env python3
"""quote_agreement.py - do the speakers chorus finds in an article agree with
those it finds in the article's translations? A label-free check of quote
attribution in Spanish, Italian and Dutch, on MEANTIME (the same 120 English
news articles translated into es/it/nl; ../shared/corpus/meantime/).

For each document and language L, the multiset of speaker surnames (last
word; "-" for none) chorus finds in the L version is compared with the one
it finds in the English original: agreement = sum over documents of the
multiset intersection / sum of the larger multiset. The English side is no
gold (its own errors count against every language), so this measures how far
attribution in L falls short of attribution in English on the same text.

Usage: python3 bench/quote_agreement.py [--chorus build/chorus] [--shared ../shared] [--show N]
"""
import argparse
import collections
import json
import os
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--chorus', default=os.path.join(here, 'build', 'chorus'))
    ap.add_argument('--shared', default=os.path.join(os.path.dirname(here), 'shared'))
    ap.add_argument('--show', type=int, default=0, help='print N documents that disagree')
    a = ap.parse_args()
    src = os.path.join(a.shared, 'corpus', 'meantime', 'meantime.jsonl')
    if not os.path.exists(src):
        print('quote_agreement: %s not found (MEANTIME is read from ../shared)' % src, file=sys.stderr)
        return 0
    doc = {}
    for line in open(src, encoding='utf-8'):
        d = json.loads(line)
        doc[d['id']] = (d.get('doc'), d['lang'])
    out = subprocess.run([a.chorus, 'quotes', '-q', src], capture_output=True, text=True, check=True).stdout
    sp = collections.defaultdict(lambda: collections.defaultdict(list))
    for line in out.splitlines():
        q = json.loads(line)
        dd, lang = doc[q['article']]
        sp[dd][lang].append((q['speaker'] or '-').split()[-1])
    shown = 0
    print('| language | documents | speakers (larger side) | agreeing | agreement |')
    print('|---|---:|---:|---:|---:|')
    for lang in ('es', 'it', 'nl'):
        agree = tot = ndoc = 0
        for dd, m in sorted(sp.items()):
            if 'en' not in m or lang not in m:
                continue
            x, y = collections.Counter(m['en']), collections.Counter(m[lang])
            inter = sum((x & y).values())
            big = max(sum(x.values()), sum(y.values()))
            agree += inter
            tot += big
            ndoc += 1
            if inter < big and shown < a.show:
                shown += 1
                print('  %s %s: en %s / %s %s' % (dd, lang, m['en'], lang, m[lang]), file=sys.stderr)
        print('| %s | %d | %d | %d | %.3f |' % (lang, ndoc, tot, agree, agree / tot if tot else 0.0))
    return 0


if __name__ == '__main__':
    sys.exit(main())
