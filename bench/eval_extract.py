#!/usr/bin/env python3
"""eval_extract.py CHORUS SHARED: precision/recall of `chorus entities` and
`chorus figures` against the hand-labelled gold in tests/gold/ (the five
seeds and ten dev.jsonl articles, read from SHARED; nothing copied).

Entities: a prediction matches a gold entity of the same article when the
names are equal ignoring case, or one is among the other's aliases, or they
share the last word (a surname or "Korea"); typed scores also need the same
type. Figures: same article, one text inside the other, same kind, value
within 1%."""
import json, os, subprocess, sys, tempfile

chorus, shared = sys.argv[1], sys.argv[2]
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
gold_e = [json.loads(l) for l in open(os.path.join(root, "tests/gold/entities.jsonl"), encoding="utf-8")]
gold_f = [json.loads(l) for l in open(os.path.join(root, "tests/gold/figures.jsonl"), encoding="utf-8")]
arts = {g["article"] for g in gold_e} | {g["article"] for g in gold_f}
tmp = tempfile.mkdtemp()
dev = os.path.join(tmp, "dev.jsonl")
with open(dev, "w", encoding="utf-8") as f:
    for line in open(os.path.join(shared, "corpus", "dev.jsonl"), encoding="utf-8"):
        if json.loads(line)["id"] in arts:
            f.write(line)

def run(cmd):
    out = []
    for src in (os.path.join(shared, "seeds"), dev):
        r = subprocess.run([chorus, cmd, "-q", src], capture_output=True, text=True)
        out += [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    return [o for o in out if o["article"] in arts]

def prf(tp_p, n_p, tp_g, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def names(x):
    return {x["name"].lower()} | {a.lower() for a in x.get("aliases", [])}

def ent_match(p, g, typed):
    if p["article"] != g["article"] or (typed and p["type"] != g["type"]):
        return False
    a, b = names(p), names(g)
    if a & b:
        return True
    last = lambda s: s.split()[-1] if s.split() else s
    return bool({last(x) for x in a} & {last(x) for x in b}) and (len(p["name"].split()) > 1 or len(g["name"].split()) > 1)

pred_e = [e for e in run("entities") if e["type"] != "other"]
print("## Entities and figures against hand labels (tests/gold/)")
print()
print(f"- command: `python3 bench/eval_extract.py build/chorus ../shared` ({len(arts)} articles: 5 seeds, 10 dev.jsonl)")
print()
print("| measure | gold | predicted | precision | recall | F1 |")
print("|---|---|---|---|---|---|")
for typed in (False, True):
    for t in (None,) if not typed else ("person", "org", "place"):
        G = [g for g in gold_e if t is None or g["type"] == t]
        P = [p for p in pred_e if t is None or p["type"] == t]
        tp_p = sum(any(ent_match(p, g, typed) for g in G) for p in P)
        tp_g = sum(any(ent_match(p, g, typed) for p in P) for g in G)
        pr = prf(tp_p, len(P), tp_g, len(G))
        label = "entities, any type" if not typed else f"entities, type {t}"
        print(f"| {label} | {len(G)} | {len(P)} | {pr[0]:.3f} | {pr[1]:.3f} | {pr[2]:.3f} |")
pred_f = run("figures")
def fig_match(p, g):
    if p["article"] != g["article"] or p["kind"] != g["kind"]:
        return False
    if not (p["text"] in g["text"] or g["text"] in p["text"]):
        return False
    gv, pv = float(g["value"]), float(p["value"])
    return abs(gv - pv) <= 0.01 * max(abs(gv), abs(pv), 1e-9)
for k in (None, "money", "count", "percent", "ratio"):
    G = [g for g in gold_f if k is None or g["kind"] == k]
    P = [p for p in pred_f if k is None or p["kind"] == k]
    tp_p = sum(any(fig_match(p, g) for g in G) for p in P)
    tp_g = sum(any(fig_match(p, g) for p in P) for g in G)
    pr = prf(tp_p, len(P), tp_g, len(G))
    print(f"| figures{'' if k is None else ', ' + k} | {len(G)} | {len(P)} | {pr[0]:.3f} | {pr[1]:.3f} | {pr[2]:.3f} |")
