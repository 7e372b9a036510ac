#!/usr/bin/env python3
"""Build the example WARC files of the chorus corpus (Python 3 stdlib only).

The HTML pages live in examples/warc-src/ (outside examples/corpus/, so they
are not ingested twice); this script wraps them into WARC/1.1 records.

Usage:
  python3 examples/make_warc.py
      Rebuild both default files:
        corpus/warc/crawl.warc.gz  warcinfo + request/response pairs for
                                   CRAWL_PAGES, one gzip member per record,
                                   plus one metadata record (after the 3rd
                                   page) and one image/png response (after
                                   the 4th page) that readers must skip;
        corpus/warc/plain.warc     uncompressed, warcinfo + responses only,
                                   for PLAIN_PAGES.
  python3 examples/make_warc.py -o OUT.warc.gz PAGE.html [PAGE.html ...]
  python3 examples/make_warc.py --plain -o OUT.warc PAGE.html [...]
  python3 examples/make_warc.py --list FILE.warc[.gz]
      Print one line per record: index (1-based, counting every record),
      WARC-Type, Content-Type, WARC-Target-URI, Content-Length.

Output is deterministic: record ids are UUIDv5 of the record type and URI,
dates derive from each page's publication date, gzip mtime is 0.
The target URI is the page's <link rel="canonical">; the publication date
is read from article:published_time, <time datetime> or JSON-LD
datePublished, whichever comes first.
"""
import argparse
import base64
import datetime
import gzip
import hashlib
import os
import re
import struct
import sys
import uuid
import zlib
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'warc-src')
OUT = os.path.join(HERE, 'corpus', 'warc')

CRAWL_PAGES = [
    'quake-cronica.html',
    'rheinhafen-neckarstadt-globaldesk.html',
    'madrid-meeting-observador.html',
    'voltara-siliconcoast.html',
    'sardinia-fire-harbortimes.html',
    'cordoba-election-mwr.html',
    'kessler-recall-ledgerticker.html',
]
PLAIN_PAGES = [
    'cordoba-election-cronica.html',
    'aurora-launch-nordkurier.html',
    'aurora-launch-mwr.html',
]

UA = 'Mozilla/5.0 (compatible; chorus-example-crawler/0.1; +https://chorus.example/bot)'


def page_info(path):
    with open(path, 'rb') as f:
        data = f.read()
    text = data.decode('utf-8')
    m = re.search(r'<link rel="canonical" href="([^"]+)"', text)
    if not m:
        sys.exit(f'{path}: no <link rel="canonical">')
    d = (re.search(r'article:published_time" content="([^"]+)"', text)
         or re.search(r'<time datetime="([^"]+)"', text)
         or re.search(r'"datePublished":\s*"([^"]+)"', text))
    if not d:
        sys.exit(f'{path}: no publication date')
    return m.group(1), d.group(1)[:10], data


def crawl_date(pub, i):
    d = datetime.date.fromisoformat(pub) + datetime.timedelta(days=1)
    return f'{d.isoformat()}T06:{(7 * i + 3) % 60:02d}:{(13 * i + 5) % 60:02d}Z'


def http_date(warc_date):
    t = datetime.datetime.strptime(warc_date, '%Y-%m-%dT%H:%M:%SZ')
    days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    return f'{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t:%H:%M:%S} GMT'


def digest(b):
    return 'sha1:' + base64.b32encode(hashlib.sha1(b).digest()).decode('ascii')


def rid(*parts):
    return f'<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, "|".join(parts))}>'


def record(headers, block):
    head = 'WARC/1.1\r\n' + ''.join(f'{k}: {v}\r\n' for k, v in headers)
    head += f'Content-Length: {len(block)}\r\n\r\n'
    return head.encode('utf-8') + block + b'\r\n\r\n'


def tiny_png():
    def chunk(kind, data):
        body = kind + data
        return struct.pack('>I', len(data)) + body + struct.pack('>I', zlib.crc32(body) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', 1, 1, 8, 6, 0, 0, 0)
    idat = zlib.compress(b'\x00\x12\x26\x3a\xff')
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', idat) + chunk(b'IEND', b'')


def http_response(date, ctype, body, extra=''):
    head = (f'HTTP/1.1 200 OK\r\nDate: {http_date(date)}\r\nServer: nginx\r\n'
            f'Content-Type: {ctype}\r\nContent-Length: {len(body)}\r\n{extra}'
            f'Cache-Control: max-age=300\r\nConnection: close\r\n\r\n')
    return head.encode('ascii'), body


def build(pages, out, plain=False, extras=True):
    infos = [page_info(p) for p in pages]
    name = os.path.basename(out)
    first = crawl_date(infos[0][1], 0) if infos else '2025-12-01T00:00:00Z'
    info_id = rid('warcinfo', name)
    recs = [record([
        ('WARC-Type', 'warcinfo'),
        ('WARC-Record-ID', info_id),
        ('WARC-Date', first),
        ('WARC-Filename', name),
        ('Content-Type', 'application/warc-fields'),
    ], ('software: chorus examples/make_warc.py (Python stdlib)\r\n'
        'format: WARC File Format 1.1\r\n'
        'conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n'
        'robots: obey\r\n'
        'isPartOf: chorus-example-corpus\r\n'
        'description: Fictional news pages written for the chorus example corpus (MIT)\r\n'
        ).encode('utf-8'))]
    for i, (url, pub, body) in enumerate(infos):
        date = crawl_date(pub, i)
        u = urlsplit(url)
        resp_id = rid('response', url)
        if not plain:
            req = (f'GET {u.path or "/"} HTTP/1.1\r\nHost: {u.netloc}\r\nUser-Agent: {UA}\r\n'
                   'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n'
                   'Accept-Language: en;q=0.9,es;q=0.8,de;q=0.7\r\nConnection: close\r\n\r\n').encode('ascii')
            recs.append(record([
                ('WARC-Type', 'request'),
                ('WARC-Record-ID', rid('request', url)),
                ('WARC-Date', date),
                ('WARC-Target-URI', url),
                ('WARC-Concurrent-To', resp_id),
                ('WARC-Warcinfo-ID', info_id),
                ('Content-Type', 'application/http; msgtype=request'),
                ('WARC-Block-Digest', digest(req)),
            ], req))
        head, payload = http_response(date, 'text/html; charset=utf-8', body)
        block = head + payload
        recs.append(record([
            ('WARC-Type', 'response'),
            ('WARC-Record-ID', resp_id),
            ('WARC-Date', date),
            ('WARC-Target-URI', url),
            ('WARC-IP-Address', f'192.0.2.{10 + i}'),
            ('WARC-Warcinfo-ID', info_id),
            ('Content-Type', 'application/http; msgtype=response'),
            ('WARC-Payload-Digest', digest(payload)),
            ('WARC-Block-Digest', digest(block)),
        ], block))
        if extras and not plain and i == 2:
            meta = (f'via: {u.scheme}://{u.netloc}/\r\nhopsFromSeed: L\r\nfetchTimeMs: 412\r\n'
                    f'outlink: {u.scheme}://{u.netloc}/static/img/logo.png E =EMBED_MISC\r\n'
                    f'outlink: {u.scheme}://{u.netloc}/ L a/@href\r\n').encode('utf-8')
            recs.append(record([
                ('WARC-Type', 'metadata'),
                ('WARC-Record-ID', rid('metadata', url)),
                ('WARC-Date', date),
                ('WARC-Target-URI', url),
                ('WARC-Refers-To', resp_id),
                ('WARC-Warcinfo-ID', info_id),
                ('Content-Type', 'application/warc-fields'),
                ('WARC-Block-Digest', digest(meta)),
            ], meta))
        if extras and not plain and i == 3:
            img_url = f'{u.scheme}://{u.netloc}/static/img/logo.png'
            head, png = http_response(date, 'image/png', tiny_png())
            block = head + png
            recs.append(record([
                ('WARC-Type', 'response'),
                ('WARC-Record-ID', rid('response', img_url)),
                ('WARC-Date', date),
                ('WARC-Target-URI', img_url),
                ('WARC-IP-Address', f'192.0.2.{10 + i}'),
                ('WARC-Warcinfo-ID', info_id),
                ('Content-Type', 'application/http; msgtype=response'),
                ('WARC-Payload-Digest', digest(png)),
                ('WARC-Block-Digest', digest(block)),
            ], block))
    with open(out, 'wb') as f:
        for r in recs:
            f.write(r if plain else gzip.compress(r, compresslevel=9, mtime=0))
    return len(recs)


def read_records(path):
    """Yield (index, headers dict, block bytes) for every record; checks framing."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rb') as f:
        data = f.read()
    pos, n = 0, 0
    while pos < len(data):
        end = data.index(b'\r\n\r\n', pos)
        lines = data[pos:end].decode('utf-8').split('\r\n')
        if lines[0] != 'WARC/1.1':
            raise ValueError(f'bad version line at byte {pos}: {lines[0]!r}')
        hdr = dict(line.split(': ', 1) for line in lines[1:])
        ln = int(hdr['Content-Length'])
        block = data[end + 4:end + 4 + ln]
        if len(block) != ln or data[end + 4 + ln:end + 8 + ln] != b'\r\n\r\n':
            raise ValueError(f'record {n + 1}: Content-Length {ln} does not match framing')
        if 'WARC-Block-Digest' in hdr and hdr['WARC-Block-Digest'] != digest(block):
            raise ValueError(f'record {n + 1}: block digest mismatch')
        n += 1
        yield n, hdr, block
        pos = end + 8 + ln


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('pages', nargs='*', help='HTML files to wrap')
    ap.add_argument('-o', '--out', help='output file')
    ap.add_argument('--plain', action='store_true', help='uncompressed, response records only')
    ap.add_argument('--no-extras', action='store_true', help='omit the metadata and image/png records')
    ap.add_argument('--list', metavar='WARC', help='list the records of an existing file')
    a = ap.parse_args()
    if a.list:
        for n, h, b in read_records(a.list):
            print(n, h.get('WARC-Type'), h.get('Content-Type'), h.get('WARC-Target-URI', '-'), len(b), sep='\t')
        return
    if a.pages:
        if not a.out:
            ap.error('-o/--out is required with explicit pages')
        n = build(a.pages, a.out, a.plain, not a.no_extras)
        print(f'{a.out}: {n} records')
        return
    os.makedirs(OUT, exist_ok=True)
    for pages, out, plain in ((CRAWL_PAGES, 'crawl.warc.gz', False), (PLAIN_PAGES, 'plain.warc', True)):
        path = os.path.join(OUT, out)
        n = build([os.path.join(SRC, p) for p in pages], path, plain)
        print(f'{os.path.relpath(path, HERE)}: {n} records')


if __name__ == '__main__':
    main()
