#!/usr/bin/env python3
"""ots_summaries.py ARTICLES.jsonl OUT.jsonl [--min-words N] [--ratio R] [--keep DIR]

Peer summarizer: Debian's Open Text Summarizer (`ots`, package "ots").

For each cluster ("event" field of ARTICLES.jsonl, clusters in order of first
appearance) the articles' "text" fields are concatenated in file order
(paragraphs as they are in "text", i.e. separated by "\\n"; articles separated
by a blank line; the "title" field is NOT included) and fed to
`ots --ratio=R FILE` (English dictionary, the default; plain-text output).

Ratio choice (default): for each cluster, the smallest integer R in 1..100
whose output has at least --min-words (default 100) tokens, counting tokens
the way `chorus eval rouge` does (ASCII alphanumeric runs). ROUGE then keeps
the first 100 of them. ots prints the selected sentences in document order, so
a larger ratio only pushes earlier sentences into the 100-word window; the
smallest sufficient ratio is the most selective summary ots can give at that
length. --ratio R fixes the ratio for all clusters instead.

(`ots --about` is not usable: it prints only a keyword line,
'Article talks about "tsunami,million,..."', not a summary.)

Writes one line per cluster:
  {"event", "summary": "<ots output, whitespace collapsed>", "ots_ratio", "tokens"}
"""
import argparse, json, os, re, subprocess, sys, tempfile

TOKEN = re.compile(r"[A-Za-z0-9]+")


def run_ots(path, ratio):
    out = subprocess.run(["ots", f"--ratio={ratio}", path], check=True,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    return " ".join(out.decode("utf-8", "replace").split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("out")
    ap.add_argument("--min-words", type=int, default=100)
    ap.add_argument("--ratio", type=int, default=0, help="fixed ratio (default: smallest giving --min-words)")
    ap.add_argument("--keep", help="directory to keep the per-cluster input texts in")
    a = ap.parse_args()

    clusters = {}
    for line in open(a.articles, encoding="utf-8"):
        if line.strip():
            art = json.loads(line)
            clusters.setdefault(art["event"], []).append(art.get("text") or "")

    tmp = a.keep or tempfile.mkdtemp(prefix="ots-in-")
    os.makedirs(tmp, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for ev, texts in clusters.items():
            path = os.path.join(tmp, f"{ev}.txt")
            with open(path, "w", encoding="utf-8") as t:
                t.write("\n\n".join(texts) + "\n")
            ratios = [a.ratio] if a.ratio else range(1, 101)
            for r in ratios:
                summary = run_ots(path, r)
                n = len(TOKEN.findall(summary))
                if n >= a.min_words or a.ratio:
                    break
            if n < a.min_words:
                print(f"ots_summaries: {ev}: only {n} tokens at ratio {r}", file=sys.stderr)
            f.write(json.dumps({"event": ev, "summary": summary, "ots_ratio": r, "tokens": n}) + "\n")
            print(f"ots_summaries: {ev}: {len(texts)} articles, --ratio={r}, {n} tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
