#!/usr/bin/env python3
"""bbc_sets.py - rebuild the BBC News article sets of bench/RESULTS.md.

The BBC News dataset (Greene & Cunningham 2006: 2,225 articles of 2004-2005 in
five categories) is public but not ours, so neither its texts nor the labels
made on them are in this repository. This script rebuilds the exact article
sets from a local copy of the dataset (any git checkout holding
`*/data_files/<category>/NNN.txt`, e.g. one brought with the tool library's
`fetch`), so that a run can be repeated by whoever labels them again.

Each set takes, per category in sorted order, the files of a seeded shuffle
that hold six or more double quote marks and are under 4,000 characters (bytes
for A and B), skipping
the articles of the sets before it:

  A, B   seed 20261206, 12 per category, alternately A (read) and B (held out)
  C, D   seed 777, 12 per category, alternately C (read) and D (held out)
  E      seed 4242, 8 per category (read)
  F      seed 9090, 8 per category (held out)
  G      seed 31337, 8 per category (read)
  H      seed 4711, 8 per category (read)
  I      seed 8128, 8 per category (read)

Output: OUT/bbcX.jsonl, one {"id","lang","title","text"} per line, ids
"bbc-<category>-<NNN>". Texts are decoded as UTF-8 (the A/B sets were first
read as Latin-1 and re-decoded; the result is the same).

Usage: python3 bench/bbc_sets.py CHECKOUT_GIT_DIR OUT_DIR
"""
import json
import os
import random
import subprocess
import sys


def files(git):
    out = subprocess.run(['git', '--git-dir', git, 'ls-tree', '-r', '--name-only', 'HEAD'],
                         capture_output=True, text=True, check=True).stdout.split()
    return [f for f in out if f.endswith('.txt') and '/data_files/' in f]


def read(git, f):
    raw = subprocess.run(['git', '--git-dir', git, 'show', 'HEAD:' + f], capture_output=True, check=True).stdout
    try:
        return raw.decode('utf-8')
    except UnicodeDecodeError:
        return raw.decode('latin-1')


def record(cat, f, t):
    head, _, body = t.partition('\n')
    return {"id": "bbc-%s-%s" % (cat, os.path.basename(f)[:-4]), "lang": "en", "title": head.strip(),
            "text": body.strip()}


def pick(git, fs, seed, per_cat, used, byte_len=False):
    random.seed(seed)
    bycat = {}
    for f in fs:
        bycat.setdefault(f.split('/')[-2], []).append(f)
    out = []
    for cat, cf in sorted(bycat.items()):
        random.shuffle(cf)
        got = []
        for f in cf:
            rid = "bbc-%s-%s" % (cat, os.path.basename(f)[:-4])
            if rid in used:
                continue
            t = read(git, f)
            size = len(t.encode('utf-8')) if byte_len else len(t)
            if t.count('"') >= 6 and size < 4000:
                got.append(record(cat, f, t))
            if len(got) == per_cat:
                break
        out.append(got)
    return out


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    git, outdir = sys.argv[1], sys.argv[2]
    os.makedirs(outdir, exist_ok=True)
    fs = files(git)
    sets, used = {}, set()
    # (the first round measured an article's size in bytes, the later ones in characters)
    for names, seed, per, byte_len in ((('A', 'B'), 20261206, 12, True), (('C', 'D'), 777, 12, False),
                                       (('E',), 4242, 8, False), (('F',), 9090, 8, False), (('G',), 31337, 8, False),
                                       (('H',), 4711, 8, False), (('I',), 8128, 8, False)):
        for got in pick(git, fs, seed, per, used, byte_len):
            for i, r in enumerate(got):
                sets.setdefault(names[i % len(names)], []).append(r)
        for n in names:
            used.update(r['id'] for r in sets.get(n, []))
    for n, rs in sorted(sets.items()):
        with open(os.path.join(outdir, 'bbc%s.jsonl' % n), 'w', encoding='utf-8') as o:
            for r in rs:
                o.write(json.dumps(r, ensure_ascii=False) + '\n')
        print('%s: %d articles' % (n, len(rs)))


if __name__ == '__main__':
    main()
