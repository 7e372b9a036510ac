#!/usr/bin/env python3
"""Scratch builder: content/*.txt -> corpus files, warc-src pages, gold.jsonl."""
import glob
import gzip
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EX = os.path.dirname(HERE)
CORPUS = os.path.join(EX, 'corpus')
sys.path.insert(0, HERE)
sys.path.insert(0, EX)
import templates  # noqa: E402
import make_warc  # noqa: E402


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n---\n', 1)
    m = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            m[k.strip()] = v.strip()
    m['body'] = body.strip('\n') + '\n'
    m['src'] = os.path.basename(path)
    m.setdefault('published', m['date'] + 'T09:00:00Z')
    return m


def blocks(body):
    out = []
    for chunk in body.strip().split('\n\n'):
        lines = [x.strip() for x in chunk.split('\n') if x.strip()]
        if lines:
            out.append(lines)
    return out


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def main():
    arts = [parse(p) for p in sorted(glob.glob(os.path.join(HERE, 'content', '*.txt')))]
    jl, gz, gold = [], [], []
    url_to_art = {}
    for m in arts:
        fmt = m['fmt']
        if fmt == 'txt':
            write(os.path.join(CORPUS, m['file']), m['body'])
            m['gid'] = m['file']
        elif fmt == 'html':
            write(os.path.join(CORPUS, m['file']), templates.render(m, blocks(m['body'])))
            m['gid'] = m['file']
        elif fmt in ('crawl', 'plain'):
            write(os.path.join(EX, 'warc-src', m['file']), templates.render(m, blocks(m['body'])))
            url_to_art[(fmt, m['url'])] = m
        elif fmt in ('jsonl', 'gz'):
            obj = {'id': m['id'], 'url': m['url'], 'source': m['source'], 'date': m['date'],
                   'lang': m['lang'], 'title': m['title'], 'text': m['body']}
            (jl if fmt == 'jsonl' else gz).append(json.dumps(obj, ensure_ascii=False))
            m['gid'] = m['id']
        else:
            sys.exit(f'{m["src"]}: bad fmt {fmt}')
    write(os.path.join(CORPUS, 'jsonl', 'articles.jsonl'), '\n'.join(jl) + '\n')
    plain = os.path.join(CORPUS, 'jsonl', 'more.jsonl')
    write(plain, '\n'.join(gz) + '\n')
    with open(plain, 'rb') as f:
        data = f.read()
    with open(plain + '.gz', 'wb') as f:
        f.write(gzip.compress(data, compresslevel=9, mtime=0))
    os.remove(plain)

    subprocess.run([sys.executable, os.path.join(EX, 'make_warc.py')], check=True)
    for fmt, name in (('crawl', 'crawl.warc.gz'), ('plain', 'plain.warc')):
        for n, h, b in make_warc.read_records(os.path.join(CORPUS, 'warc', name)):
            key = (fmt, h.get('WARC-Target-URI'))
            if h['WARC-Type'] == 'response' and key in url_to_art:
                url_to_art[key]['gid'] = f'warc/{name}#{n}'
    by_src = {}
    for m in arts:
        if 'gid' not in m:
            sys.exit(f'{m["src"]}: no gold id (not in WARC manifest?)')
        by_src[m['src']] = m
    for m in arts:
        dup = m.get('near_dup_of')
        if dup:
            dup = by_src[dup]['gid']  # content file name of the original
        gold.append(json.dumps({'id': m['gid'], 'event': m['event'], 'near_dup_of': dup or None,
                                'lang': m['lang']}, ensure_ascii=False))
    write(os.path.join(EX, 'gold.jsonl'), '\n'.join(gold) + '\n')
    print(len(arts), 'articles')


if __name__ == '__main__':
    main()
