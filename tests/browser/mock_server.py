#!/usr/bin/env python3
"""Development mock of `chorus serve`: serves web/ and the JSON API from a small
hard-coded fixture (2 events, 4 articles, fictional text), so the front end and
the browser test can run without the C server.

    python3 tests/browser/mock_server.py [--port 8765] [--web DIR]

--port 0 picks a free port. The first line printed is "mock: http://127.0.0.1:PORT/".
--api http://127.0.0.1:8080 serves the current web/ files but forwards /api/ to a
running `chorus serve` (try the page on real data without rebuilding the binary).
Only listens on 127.0.0.1. Python 3 standard library only.
"""
import argparse
import html
import json
import os
import re
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.error import HTTPError, URLError
from urllib.parse import parse_qs, unquote
from urllib.request import urlopen

API = None  # base URL of a real `chorus serve` to forward /api/ to (--api)

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = os.path.normpath(os.path.join(HERE, '..', '..', 'web'))

# ---------------------------------------------------------------- fixture

A_HARBOR = 'txt/dock-strike-harbor.txt'            # contains "/"
A_WIRE = 'mwr-2025-03-04-port-strike'
A_PUERTO = 'crawl/2025-03.warc.gz#7'               # contains "/" and "#"
A_LEDGER = 'feeds/city.jsonl:12'

ARTICLES = {
    A_HARBOR: {
        'url': 'https://harbortimes.example/2025/03/04/dock-strike',
        'source': 'Harbor Times', 'title': 'Robot cranes spark 48-hour dock strike in Valparaíso',
        'date': '2025-03-04', 'lang': 'en', 'place': 'Valparaíso', 'agency': None,
        'byline': 'Harbor Times Staff', 'event': 'ev-0304-dock',
        'text': ('Some 3,400 dockworkers at the port of Valparaíso walked off the job on Tuesday, '
                 'halting container traffic for 48 hours. The union said the strike was a protest '
                 'against the planned introduction of remote-controlled cranes.\n\n'
                 '“We will not be replaced by machines without a say,” said union leader Marta Quiroga. '
                 'The port authority estimated losses at $12 million per day. '
                 'Shipping lines diverted three vessels to San Antonio.'),
    },
    A_WIRE: {
        'url': 'https://meridianwire.example/mwr-2025-03-04-port-strike',
        'source': 'Meridian Wire', 'title': 'Chile dockworkers strike over crane automation',
        'date': '2025-03-04', 'lang': 'en', 'place': 'Valparaíso', 'agency': 'MWR',
        'byline': None, 'event': 'ev-0304-dock',
        'text': ('About 3,200 dockworkers in Valparaíso began a 48-hour strike on Tuesday over plans '
                 'for remote-controlled cranes. “We will not be replaced by machines without having a say,” '
                 'union leader Marta Quiroga told reporters. Port officials put the losses at $12 million a day. '
                 'The government called for talks to resume on Thursday.'),
    },
    A_PUERTO: {
        'url': 'javascript:alert(1)',  # must not become a link
        'source': 'El Puerto Diario', 'title': 'Huelga de estibadores paraliza Valparaíso',
        'date': '2025-03-05', 'lang': 'es', 'place': 'Valparaíso', 'agency': None,
        'byline': 'Ana Muñoz', 'event': 'ev-0304-dock',
        'text': ('Unos 3.400 estibadores del puerto de Valparaíso iniciaron el martes una huelga de 48 horas. '
                 'El sindicato rechaza la llegada de grúas operadas a distancia. '
                 '«No nos van a reemplazar con máquinas sin que opinemos», dijo el portavoz Jorge Ibáñez. '
                 'La autoridad portuaria calcula pérdidas de 12 millones de dólares diarios.'),
    },
    A_LEDGER: {
        'url': None,
        'source': 'Riverside Ledger <b>&amp; Co</b>',  # markup must show as text
        'title': 'Østbro bridge in Løvstad to close for six weeks',
        'date': '2025-03-09', 'lang': 'en', 'place': 'Løvstad', 'agency': None,
        'byline': None, 'event': 'ev-0309-bridge',
        'text': ('The Østbro bridge in Løvstad will close for six weeks from Monday for urgent repairs, '
                 'the city council said. Engineers found corrosion in 14 of the bridge’s 60 steel cables. '
                 '“Safety comes first, even if the detour costs commuters 20 minutes,” said mayor Ingrid Solberg. '
                 'A free ferry will run every 15 minutes during the closure. '
                 'Bus drivers threatened a strike if their routes were extended.'),
    },
}

_SENT_END = re.compile(r'(?<=[.!?»”])\s+(?=[“«A-ZÁÉÍÓÚÑØÅÆ0-9])')


def sentence_spans(text):
    """Byte offsets [start, end) of each sentence in the UTF-8 text."""
    spans, start = [], 0
    bounds = [m.start() for m in _SENT_END.finditer(text)] + [len(text)]
    for end in bounds:
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        s, e = start + lead, end
        if e > s:
            spans.append([len(text[:s].encode('utf-8')), len(text[:e].encode('utf-8'))])
        m = re.match(r'\s*', text[end:])
        start = end + (m.end() if m else 0)
    return spans


for _id, _a in ARTICLES.items():
    _a['id'] = _id
    _a['sentences'] = sentence_spans(_a['text'])


def _art_ref(aid):
    a = ARTICLES[aid]
    return {k: a[k] for k in ('id', 'source', 'title', 'date', 'lang', 'url')}


BRIEFS = {
    'ev-0304-dock': {
        'event': 'ev-0304-dock',
        'card': {'title': 'Robot cranes spark 48-hour dock strike in Valparaíso', 'date': '2025-03-04',
                 'reported': {'first': '2025-03-04', 'last': '2025-03-05'}, 'place': 'Valparaíso',
                 'actors': ['Marta Quiroga', 'Jorge Ibáñez', 'port authority'], 'outlets': 3,
                 'languages': ['en', 'es']},
        'articles': [_art_ref(A_HARBOR), _art_ref(A_WIRE), _art_ref(A_PUERTO)],
        'summary': [
            {'text': 'Some 3,400 dockworkers at the port of Valparaíso walked off the job on Tuesday, '
                     'halting container traffic for 48 hours.', 'from': A_HARBOR,
             'sources': [A_HARBOR, A_WIRE, A_PUERTO]},
            {'text': 'The union said the strike was a protest against the planned introduction of '
                     'remote-controlled cranes.', 'from': A_HARBOR, 'sources': [A_HARBOR, A_WIRE, A_PUERTO]},
            {'text': 'The port authority estimated losses at $12 million per day.', 'from': A_HARBOR,
             'sources': [A_HARBOR, A_WIRE, A_PUERTO]},
            {'text': 'The government called for talks to resume on Thursday.', 'from': A_WIRE,
             'sources': [A_WIRE]},
            {'text': 'Shipping lines diverted three vessels to San Antonio.', 'from': A_HARBOR,
             'sources': [A_HARBOR]},
        ],
        'quotes': [
            {'speaker': 'Marta Quiroga', 'role': 'union leader',
             'text': 'We will not be replaced by machines without a say', 'speaker_disputed': True,
             'variants': [
                 {'article': A_HARBOR, 'text': 'We will not be replaced by machines without a say',
                  'speaker': 'Marta Quiroga'},
                 {'article': A_WIRE, 'text': 'We will not be replaced by machines without having a say',
                  'speaker': 'Marta Quiroga'},
                 {'article': A_PUERTO, 'text': 'No nos van a reemplazar con máquinas sin que opinemos',
                  'speaker': 'Jorge Ibáñez'},
             ]},
        ],
        'figures': [
            {'subject': 'dockworkers', 'kind': 'count', 'agree': False, 'values': [
                {'value': 3400, 'unit': None, 'text': '3,400 dockworkers', 'articles': [A_HARBOR, A_PUERTO]},
                {'value': 3200, 'unit': None, 'text': '3,200 dockworkers', 'articles': [A_WIRE]},
            ]},
            {'subject': 'losses per day', 'kind': 'money', 'agree': True, 'values': [
                {'value': 12000000, 'unit': 'USD', 'text': '$12 million', 'articles': [A_HARBOR, A_WIRE, A_PUERTO]},
            ]},
            {'subject': 'strike length', 'kind': 'count', 'agree': True, 'values': [
                {'value': 48, 'unit': 'hours', 'text': '48 hours', 'articles': [A_HARBOR, A_WIRE, A_PUERTO]},
            ]},
        ],
        'coverage': [
            {'article': A_HARBOR, 'source': 'Harbor Times', 'date': '2025-03-04', 'lang': 'en', 'words': 71,
             'near_duplicate_of': None, 'unique': ['Shipping lines diverted three vessels to San Antonio.']},
            {'article': A_WIRE, 'source': 'Meridian Wire', 'date': '2025-03-04', 'lang': 'en', 'words': 58,
             'near_duplicate_of': A_HARBOR, 'unique': ['The government called for talks to resume on Thursday.']},
            {'article': A_PUERTO, 'source': 'El Puerto Diario', 'date': '2025-03-05', 'lang': 'es', 'words': 52,
             'near_duplicate_of': None, 'unique': []},
        ],
    },
    'ev-0309-bridge': {
        'event': 'ev-0309-bridge',
        'card': {'title': 'Østbro bridge in Løvstad to close for six weeks', 'date': '2025-03-09',
                 'reported': {'first': '2025-03-09', 'last': '2025-03-09'}, 'place': 'Løvstad',
                 'actors': ['Ingrid Solberg', 'city council'], 'outlets': 1, 'languages': ['en']},
        'articles': [_art_ref(A_LEDGER)],
        'summary': [
            {'text': 'The Østbro bridge in Løvstad will close for six weeks from Monday for urgent repairs, '
                     'the city council said.', 'from': A_LEDGER, 'sources': [A_LEDGER]},
            {'text': 'A free ferry will run every 15 minutes during the closure.', 'from': A_LEDGER,
             'sources': [A_LEDGER]},
        ],
        'quotes': [
            {'speaker': 'Ingrid Solberg', 'role': 'mayor', 'speaker_disputed': False,
             'text': 'Safety comes first, even if the detour costs commuters 20 minutes',
             'variants': [{'article': A_LEDGER, 'speaker': 'Ingrid Solberg',
                           'text': 'Safety comes first, even if the detour costs commuters 20 minutes'}]},
        ],
        'figures': [
            {'subject': 'corroded cables', 'kind': 'count', 'agree': False, 'values': [
                {'value': 14, 'unit': None, 'text': '14 of the bridge’s 60 steel cables', 'articles': [A_LEDGER]}]},
        ],
        'coverage': [
            {'article': A_LEDGER, 'source': ARTICLES[A_LEDGER]['source'], 'date': '2025-03-09', 'lang': 'en',
             'words': 62, 'near_duplicate_of': None,
             'unique': ['Engineers found corrosion in 14 of the bridge’s 60 steel cables.']},
        ],
    },
}


def event_rows():
    rows = []
    for eid, b in BRIEFS.items():
        c = b['card']
        rows.append({'id': eid, 'title': c['title'], 'date': c['date'], 'place': c['place'],
                     'outlets': c['outlets'], 'languages': c['languages'], 'articles': len(b['articles'])})
    rows.sort(key=lambda r: r['date'], reverse=True)
    return rows


def matches(text, q):
    words = [w for w in re.findall(r'\w+', q.lower())]
    low = text.lower()
    return bool(words) and all(w in low for w in words)


def snippet(text, q):
    """HTML-escaped text around the first match, matches wrapped in <mark>."""
    words = [w for w in re.findall(r'\w+', q) if w]
    low = text.lower()
    pos = min([low.find(w.lower()) for w in words if low.find(w.lower()) >= 0] or [0])
    start = max(0, pos - 60)
    piece = ('…' if start else '') + text[start:start + 180] + ('…' if start + 180 < len(text) else '')
    out = html.escape(piece, quote=True)
    for w in sorted(set(words), key=len, reverse=True):
        out = re.sub('(' + re.escape(html.escape(w)) + ')', r'<mark>\1</mark>', out, flags=re.I)
    return out


# ---------------------------------------------------------------- server

TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
         '.css': 'text/css; charset=utf-8'}
STATIC = {'/': 'index.html', '/index.html': 'index.html', '/app.js': 'app.js', '/style.css': 'style.css'}


class Handler(BaseHTTPRequestHandler):
    server_version = 'chorus-mock'

    def log_message(self, fmt, *args):
        if os.environ.get('MOCK_LOG'):
            sys.stderr.write('mock: ' + fmt % args + '\n')

    def send(self, code, body, ctype):
        if isinstance(body, str):
            body = body.encode('utf-8')
        self.send_response(code)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.send_header('Cache-Control', 'no-store')
        self.send_header('X-Content-Type-Options', 'nosniff')
        self.send_header('Content-Security-Policy',
                         "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def json(self, code, obj):
        self.send(code, json.dumps(obj, ensure_ascii=False), 'application/json; charset=utf-8')

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        raw_path, _, qs = self.path.partition('?')
        q = {k: v[-1] for k, v in parse_qs(qs, keep_blank_values=True).items()}
        if raw_path in STATIC:
            name = STATIC[raw_path]
            try:
                with open(os.path.join(WEB, name), 'rb') as f:
                    data = f.read()
            except OSError:
                return self.json(404, {'error': 'missing ' + name})
            return self.send(200, data, TYPES[os.path.splitext(name)[1]])
        if API and raw_path.startswith('/api/'):
            return self.forward()
        if raw_path == '/api/events':
            return self.list_events(q)
        if raw_path.startswith('/api/events/'):
            eid = unquote(raw_path[len('/api/events/'):])
            if eid not in BRIEFS:
                return self.json(404, {'error': 'no such event'})
            return self.json(200, BRIEFS[eid])
        if raw_path.startswith('/api/articles/'):
            aid = unquote(raw_path[len('/api/articles/'):])
            if aid not in ARTICLES:
                return self.json(404, {'error': 'no such article'})
            return self.json(200, ARTICLES[aid])
        if raw_path == '/api/search':
            return self.search(q)
        return self.json(404, {'error': 'not found'})

    def forward(self):
        try:
            with urlopen(API + self.path, timeout=15) as r:
                code, body, ctype = r.status, r.read(), r.headers.get('Content-Type', 'application/json')
        except HTTPError as e:
            code, body, ctype = e.code, e.read(), e.headers.get('Content-Type', 'application/json')
        except (URLError, OSError) as e:
            return self.json(502, {'error': 'backend: %s' % e})
        self.send(code, body, ctype)

    def list_events(self, q):
        try:
            limit = int(q.get('limit') or 50)
            offset = int(q.get('offset') or 0)
        except ValueError:
            return self.json(400, {'error': 'limit and offset must be integers'})
        rows = event_rows()
        if q.get('since'):
            rows = [r for r in rows if r['date'] >= q['since']]
        if q.get('until'):
            rows = [r for r in rows if r['date'] <= q['until']]
        if q.get('lang'):
            rows = [r for r in rows if q['lang'] in r['languages']]
        if q.get('q'):
            rows = [r for r in rows if any(matches(a['title'] + ' ' + ARTICLES[a['id']]['text'], q['q'])
                                           for a in BRIEFS[r['id']]['articles'])]
        self.json(200, {'events': rows[offset:offset + max(0, limit)], 'total': len(rows)})

    def search(self, q):
        text = (q.get('q') or '').strip()
        if not text:
            return self.json(400, {'error': 'q is required'})
        results = []
        for r in event_rows():
            arts = []
            for a in BRIEFS[r['id']]['articles']:
                art = ARTICLES[a['id']]
                if matches(art['title'] + ' ' + art['text'], text):
                    arts.append({'id': art['id'], 'title': art['title'], 'snippet': snippet(art['text'], text)})
            if arts:
                results.append({'event': r['id'], 'title': r['title'], 'articles': arts})
        self.json(200, {'results': results})


def main():
    global WEB, API
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--port', type=int, default=8765)
    ap.add_argument('--web', default=WEB, help='directory with index.html, app.js, style.css')
    ap.add_argument('--api', default=None, help='forward /api/ to this chorus serve (http://127.0.0.1:PORT)')
    args = ap.parse_args()
    if args.api:
        if not re.match(r'^http://(127\.[0-9.]+|localhost|\[::1\])(:[0-9]+)?$', args.api.rstrip('/')):
            ap.error('--api must be a loopback http:// address')
        API = args.api.rstrip('/')
    WEB = os.path.abspath(args.web)
    srv = ThreadingHTTPServer(('127.0.0.1', args.port), Handler)
    srv.daemon_threads = True
    print('mock: http://127.0.0.1:%d/' % srv.server_address[1], flush=True)
    try:
        srv.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        srv.server_close()


if __name__ == '__main__':
    main()
