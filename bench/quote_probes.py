#!/usr/bin/env python3
"""quote_probes.py - quote F1 when the gold sets' texts are rewritten the ways
real inputs differ (labels unchanged): no-break or doubled spaces, straight or
curly quote marks, paragraphs run together, CRLF, dashes, present tense.

A drop under a probe is a dependence on a surface form, not on the language:
each one found became a rule (docs/extract.md, bench/RESULTS.md). Only the
sets we may read are probed (seeds, dev, ECB+ topics 1-23, MultiLing, our
challenge set); the held-out sets are left alone.

Usage: python3 bench/quote_probes.py [--chorus build/chorus] [--shared ../shared]
                                     [--probes none,nbsp,...] [--work DIR]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile


def straight(t):
    return t.replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"')


def curly(t):  # as a smart-quote pass sets them: opening after a space or bracket
    out = []
    for i, ch in enumerate(t):
        if ch == '"':
            p = t[i - 1] if i else ' '
            out.append('\u201c' if (p.isspace() or p in '([\u2014-') else '\u201d')
        else:
            out.append(ch)
    return ''.join(out)


def spaces(t, rep):
    r = random.Random(7)
    return ''.join(rep if c == ' ' and r.random() < 0.15 else c for c in t)


TENSE = {'said': 'says', 'told': 'tells', 'added': 'adds', 'explained': 'explains', 'noted': 'notes',
         'stated': 'states', 'warned': 'warns', 'insisted': 'insists', 'recalled': 'recalls'}

PROBES = {
    'none': lambda t: t,
    'nbsp': lambda t: spaces(t, '\u00a0'),
    'dspace': lambda t: spaces(t, '  '),
    'straight': straight,
    'curly': curly,
    'onepara': lambda t: re.sub(r'\s*\n\s*', ' ', t),
    'crlf': lambda t: t.replace('\n', '\r\n'),
    'dash': lambda t: t.replace(' \u2014 ', ' - ').replace(' \u2013 ', ' - ').replace('\u2014', ' - '),
    'tense': lambda t: re.sub(r'\b(' + '|'.join(TENSE) + r')\b', lambda m: TENSE[m.group(1)], t),
}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--chorus', default=os.path.join(root, 'build', 'chorus'))
    ap.add_argument('--shared', default=os.path.join(root, '..', 'shared'))
    ap.add_argument('--probes', default='none,nbsp,dspace,straight,curly,onepara,crlf,dash,tense')
    ap.add_argument('--work', default=None)
    a = ap.parse_args()
    corpus = os.path.join(a.shared, 'corpus')
    if not os.path.isdir(corpus):
        sys.exit('quote_probes: %s not found' % corpus)
    work = a.work or tempfile.mkdtemp(prefix='chorus-probes-')
    gold = os.path.join(root, 'tests', 'gold')
    # inputs: JSONL of the articles each gold set covers
    sets = []
    seeds = os.path.join(work, 'seeds.jsonl')
    with open(seeds, 'w') as f:
        subprocess.run([a.chorus, 'parse', '-q', os.path.join(a.shared, 'seeds')], stdout=f, check=True)
    sets.append(('seeds', seeds, 'quotes_seeds.jsonl'))
    sets.append(('dev', os.path.join(corpus, 'dev.jsonl'), 'quotes_dev.jsonl'))
    ids = {json.loads(l)['article'] for l in open(os.path.join(gold, 'quotes_ecbplus.jsonl'))}
    ecb = os.path.join(work, 'ecb.jsonl')
    with open(ecb, 'w') as f:
        for l in open(os.path.join(corpus, 'ecbplus.jsonl')):
            if json.loads(l)['id'] in ids:
                f.write(l)
    sets.append(('ecb', ecb, 'quotes_ecbplus.jsonl'))
    ml = os.path.join(work, 'ml')
    subprocess.run([sys.executable, os.path.join(here, 'multiling_prep.py'), a.shared, ml],
                   stdout=subprocess.DEVNULL, check=True)
    sets.append(('multiling', os.path.join(ml, 'articles.jsonl'), 'quotes_multiling.jsonl'))
    sets.append(('challenge', os.path.join(gold, 'challenge', 'articles.jsonl'), 'quotes_challenge.jsonl'))
    probes = a.probes.split(',')
    print('| probe | ' + ' | '.join(s[0] for s in sets) + ' |')
    print('|---|' + '---:|' * len(sets))
    for p in probes:
        row = []
        for name, src, g in sets:
            v = os.path.join(work, 'v.jsonl')
            with open(v, 'w') as o:
                for l in open(src):
                    d = json.loads(l)
                    d['text'] = PROBES[p](d.get('text') or '')
                    o.write(json.dumps(d, ensure_ascii=False) + '\n')
            pred = os.path.join(work, 'p.jsonl')
            with open(pred, 'w') as o:
                subprocess.run([a.chorus, 'quotes', '-q', v], stdout=o, check=True)
            r = subprocess.run([a.chorus, 'eval', 'quotes', os.path.join(gold, g), pred, '--json'],
                               capture_output=True, text=True, check=True)
            row.append('%.3f' % json.loads(r.stdout)['f1'])
        print('| %s | %s |' % (p, ' | '.join(row)))


if __name__ == '__main__':
    main()
