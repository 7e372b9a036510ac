#!/usr/bin/env python3
"""multiling_prep.py SHARED OUTDIR: turn ../shared/corpus/multiling2011 into
chorus input (articles.jsonl with the cluster as "event") and references
(refs.jsonl: {"event","text"} per human summary). Reads the shared copy;
writes only to OUTDIR (never into the repository)."""
import json, os, sys

shared, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
base = os.path.join(shared, "corpus", "multiling2011")
with open(os.path.join(out, "articles.jsonl"), "w", encoding="utf-8") as f:
    for line in open(os.path.join(base, "documents.jsonl"), encoding="utf-8"):
        c = json.loads(line)
        for d in c["documents"]:
            paras = d["text"]
            f.write(json.dumps({"id": d["filename"], "event": c["instance_id"], "lang": "en",
                                "title": paras[0] if paras else None,
                                "text": "\n".join(paras[1:])}) + "\n")
refs = {}
for line in open(os.path.join(base, "summaries.jsonl"), encoding="utf-8"):
    s = json.loads(line)
    for r in s["references"]:
        refs[(s["instance_id"], r["summarizer_id"])] = " ".join(r["text"])
    if s["summarizer_type"] == "reference":
        refs[(s["instance_id"], s["summarizer_id"])] = " ".join(s["summary"]["text"])
with open(os.path.join(out, "refs.jsonl"), "w", encoding="utf-8") as f:
    for (ev, who), text in sorted(refs.items()):
        f.write(json.dumps({"event": ev, "summarizer": who, "text": text}) + "\n")
