/* chorus web front end: plain ES2017, no framework, no external requests.
 *
 * Routes (hash):
 *   #/?q=&since=&until=&lang=&offset=   event list, search results, filters
 *   #/event/ID                           the event brief
 *   #/article/ID?hl=N&ev=EVENT           one article, sentence closest to summary
 *                                        sentence N of EVENT highlighted
 * IDs in the hash and in API paths are encoded with encodeURIComponent.
 * Everything from the server is inserted as text (textContent); the only markup
 * kept is <mark> in search snippets, rebuilt as DOM nodes.
 */
(function () {
  'use strict';

  var PAGE = 50;                 /* events per page */
  var app = document.getElementById('app');
  var routeSeq = 0;              /* drops responses of routes left meanwhile */
  var knownLangs = {};           /* languages seen in event lists, for the filter */

  /* ---------- DOM helpers ---------- */

  /* h('tag.cls#id', {attr: v}, child, ...): strings become text nodes. */
  function h(spec, attrs) {
    var m = /^([a-z0-9]+)?((?:[.#][^.#]+)*)$/i.exec(spec) || [spec, spec, ''];
    var el = document.createElement(m[1] || 'div');
    var parts = (m[2] || '').match(/[.#][^.#]+/g) || [];
    parts.forEach(function (p) {
      if (p.charAt(0) === '.') el.classList.add(p.slice(1));
      else el.id = p.slice(1);
    });
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = String(v);
        else if (k === 'class') String(v).split(/\s+/).forEach(function (c) { if (c) el.classList.add(c); });
        else if (k.slice(0, 2) === 'on' && typeof v === 'function') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(el, arguments[i]);
    return el;
  }

  function append(el, c) {
    if (c === null || c === undefined || c === false) return;
    if (Array.isArray(c)) { c.forEach(function (x) { append(el, x); }); return; }
    if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }

  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }

  function show() {
    clear(app);
    for (var i = 0; i < arguments.length; i++) append(app, arguments[i]);
  }

  function str(v, dflt) {
    if (v === null || v === undefined || v === '') return dflt === undefined ? '' : dflt;
    return String(v);
  }

  function arr(v) { return Array.isArray(v) ? v : []; }

  /* Only http(s) links leave the page; anything else (javascript:, data:) is dropped. */
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    return /^https?:\/\//i.test(u.trim()) ? u.trim() : null;
  }

  function enc(s) { return encodeURIComponent(String(s)); }

  function eventHref(id) { return '#/event/' + enc(id); }

  function articleHref(id, ev, hl) {
    var q = [];
    if (hl !== undefined && hl !== null) q.push('hl=' + enc(hl));
    if (ev !== undefined && ev !== null && ev !== '') q.push('ev=' + enc(ev));
    return '#/article/' + enc(id) + (q.length ? '?' + q.join('&') : '');
  }

  function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  function langBadges(langs) {
    var list = arr(langs);
    if (!list.length) return null;
    return h('span.langs', null, list.map(function (l) { return h('span.lang', { text: l, title: 'language' }); }));
  }

  /* ---------- API ---------- */

  function api(path) {
    return fetch(path, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        return res.text().then(function (body) {
          var data = null;
          try { data = body ? JSON.parse(body) : null; } catch (e) { data = null; }
          if (!res.ok) {
            var msg = data && data.error ? data.error : (res.status + ' ' + res.statusText);
            var err = new Error(msg);
            err.status = res.status;
            throw err;
          }
          if (data === null || typeof data !== 'object') throw new Error('the server sent no JSON for ' + path);
          return data;
        });
      });
  }

  function errorBox(err, back) {
    return h('div.error', { role: 'alert' },
      h('strong', { text: 'Could not load this page. ' }),
      str(err && err.message, 'Unknown error.'),
      back ? [' ', h('a', { href: back, text: 'Back to the events' })] : null);
  }

  /* ---------- search snippets: text with <mark>…</mark> ---------- */

  var NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

  function decodeEntities(s) {
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, function (all, e) {
      if (e.charAt(0) === '#') {
        var n = e.charAt(1) === 'x' || e.charAt(1) === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        if (!isFinite(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return all;
        return String.fromCodePoint(n);
      }
      var k = e.toLowerCase();
      return Object.prototype.hasOwnProperty.call(NAMED, k) ? NAMED[k] : all;
    });
  }

  /* Builds the snippet as DOM: only <mark> survives as an element, every other
   * piece is decoded and inserted as text, so stray markup shows up as text. */
  function snippetNode(snippet) {
    var out = h('p.snippet');
    var cur = out;
    String(snippet || '').split(/(<\/?mark\s*>)/i).forEach(function (piece) {
      if (/^<mark\s*>$/i.test(piece)) {
        if (cur === out) { cur = h('mark'); out.appendChild(cur); }
      } else if (/^<\/mark\s*>$/i.test(piece)) {
        cur = out;
      } else if (piece) {
        cur.appendChild(document.createTextNode(decodeEntities(piece)));
      }
    });
    return out;
  }

  /* ---------- words and overlap ---------- */

  var WORD_RE = (function () {
    try { return new RegExp('[\\p{L}\\p{N}]+', 'gu'); } catch (e) { return null; }
  })();

  function wordSet(s) {
    var low = String(s || '').toLowerCase();
    var words = WORD_RE ? (low.match(WORD_RE) || [])
      : low.split(/[\s.,;:!?"'()\[\]{}<>«»“”‘’„—–\-\/\\|*&^%$#@~`+=_]+/);
    var set = {};
    words.forEach(function (w) { if (w) set[w] = true; });
    return set;
  }

  function jaccard(a, b) {
    var inter = 0, size = 0, k;
    for (k in a) { size++; if (b[k]) inter++; }
    for (k in b) if (!a[k]) size++;
    return size ? inter / size : 0;
  }

  /* ---------- routing ---------- */

  function parseQuery(qs) {
    var out = {};
    (qs || '').split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('=');
      var k = i < 0 ? kv : kv.slice(0, i);
      var v = i < 0 ? '' : kv.slice(i + 1);
      try { out[decodeURIComponent(k)] = decodeURIComponent(v.replace(/\+/g, ' ')); } catch (e) { /* bad escape */ }
    });
    return out;
  }

  function buildQuery(obj) {
    var q = Object.keys(obj).filter(function (k) {
      return obj[k] !== '' && obj[k] !== null && obj[k] !== undefined;
    }).map(function (k) { return enc(k) + '=' + enc(obj[k]); });
    return q.length ? '?' + q.join('&') : '';
  }

  function decodeId(s) {
    try { return decodeURIComponent(s); } catch (e) { return s; }
  }

  function route() {
    var seq = ++routeSeq;
    var hash = location.hash.replace(/^#/, '') || '/';
    var qi = hash.indexOf('?');
    var path = qi < 0 ? hash : hash.slice(0, qi);
    var query = parseQuery(qi < 0 ? '' : hash.slice(qi + 1));
    app.setAttribute('aria-busy', 'true');
    app.removeAttribute('data-view');
    var done = function () { if (seq === routeSeq) app.setAttribute('aria-busy', 'false'); };
    var p;
    if (path.indexOf('/event/') === 0 && path.length > 7) {
      p = viewEvent(decodeId(path.slice(7)), seq);
    } else if (path.indexOf('/article/') === 0 && path.length > 9) {
      p = viewArticle(decodeId(path.slice(9)), query, seq);
    } else {
      p = viewList(query, seq);
    }
    Promise.resolve(p).then(done, function (err) {
      if (seq !== routeSeq) return;
      show(errorBox(err, '#/'));
      done();
    });
  }

  function current(seq) { return seq === routeSeq; }

  /* ---------- view: event list + search ---------- */

  function viewList(query, seq) {
    var q = str(query.q), since = str(query.since), until = str(query.until), lang = str(query.lang);
    var offset = Math.max(0, parseInt(query.offset, 10) || 0);
    document.title = q ? 'chorus: ' + q : 'chorus';

    var searchInput = h('input#search', { type: 'search', name: 'q', value: q, placeholder: 'Search articles',
      'aria-label': 'Search articles', autocomplete: 'off' });
    var searchForm = h('form#search-form.search', { role: 'search', onsubmit: function (e) {
      e.preventDefault();
      location.hash = '#/' + buildQuery({ q: searchInput.value.trim(), since: since, until: until, lang: lang });
    } }, searchInput, h('button', { type: 'submit', text: 'Search' }));

    var sinceIn = h('input#since', { type: 'date', name: 'since', value: since });
    var untilIn = h('input#until', { type: 'date', name: 'until', value: until });
    if (lang) knownLangs[lang] = true;
    var langSel = h('select#lang', { name: 'lang' }, h('option', { value: '', text: 'any' }));
    function fillLangs() {
      var keep = langSel.value || lang;
      while (langSel.options.length > 1) langSel.remove(1);
      Object.keys(knownLangs).sort().forEach(function (l) {
        langSel.appendChild(h('option', { value: l, text: l }));
      });
      langSel.value = keep;
    }
    fillLangs();
    var filterForm = h('form#filters.filters', { onsubmit: function (e) {
      e.preventDefault();
      location.hash = '#/' + buildQuery({ q: q, since: sinceIn.value, until: untilIn.value, lang: langSel.value });
    } },
      h('label', null, 'From ', sinceIn),
      h('label', null, 'to ', untilIn),
      h('label', null, 'Language ', langSel),
      h('button', { type: 'submit', text: 'Filter' }),
      (since || until || lang) ? h('a.reset', { href: '#/' + buildQuery({ q: q }), text: 'clear filters' }) : null);

    var searchBox = q ? h('section#search-results.search-results', null, h('p.loading', { text: 'Searching…' })) : null;
    var listBox = h('section#events', null, h('p.loading', { text: 'Loading events…' }));

    show(h('div.controls', null, searchForm, filterForm), searchBox, listBox);
    app.setAttribute('data-view', 'list');

    var params = { since: since, until: until, q: q, lang: lang, limit: PAGE, offset: offset || '' };
    var listP = api('/api/events' + buildQuery(params)).then(function (data) {
      if (!current(seq)) return;
      renderEventList(listBox, data, query, offset);
      fillLangs();
    }, function (err) {
      if (!current(seq)) return;
      clear(listBox); listBox.appendChild(errorBox(err));
    });

    var searchP = !q ? null : api('/api/search' + buildQuery({ q: q })).then(function (data) {
      if (!current(seq)) return;
      renderSearch(searchBox, data, q);
    }, function (err) {
      if (!current(seq)) return;
      clear(searchBox); searchBox.appendChild(errorBox(err));
    });
    return Promise.all([listP, searchP]);
  }

  function renderSearch(box, data, q) {
    clear(box);
    var results = arr(data.results);
    box.appendChild(h('h2', null, 'Articles matching “', q, '” ',
      h('a.reset', { href: '#/', text: 'clear search' })));
    if (!results.length) {
      box.appendChild(h('p.no-results.empty', { text: 'No article matches this search.' }));
      return;
    }
    results.forEach(function (r) {
      var evId = r.event;
      var head = evId !== null && evId !== undefined && evId !== ''
        ? h('a.result-event', { href: eventHref(evId), text: str(r.title, String(evId)) })
        : h('span.result-event', { text: str(r.title, 'Articles without an event') });
      box.appendChild(h('div.search-result', null,
        h('h3', null, head),
        h('ul.result-articles', null, arr(r.articles).map(function (a) {
          return h('li', null,
            h('a.result-article', { href: articleHref(a.id, evId === '' ? null : evId), text: str(a.title, a.id) }),
            snippetNode(a.snippet));
        }))));
    });
  }

  function renderEventList(box, data, query, offset) {
    clear(box);
    var events = arr(data.events);
    var total = typeof data.total === 'number' ? data.total : events.length;
    var filtered = query.q || query.since || query.until || query.lang;
    box.appendChild(h('h2', { text: (filtered ? 'Events matching' : 'Events') + ' (' + total + ')' }));
    if (!events.length) {
      box.appendChild(h('p.empty', { text: 'No events.' }));
      return;
    }
    box.appendChild(h('ul.events', null, events.map(function (ev) {
      arr(ev.languages).forEach(function (l) { knownLangs[l] = true; });
      var meta = [];
      if (ev.date) meta.push(h('time', { datetime: ev.date, text: ev.date }));
      if (ev.place) meta.push(h('span.place', { text: ev.place }));
      if (typeof ev.outlets === 'number') meta.push(h('span.outlets', { text: plural(ev.outlets, 'outlet', 'outlets') }));
      if (typeof ev.articles === 'number') meta.push(h('span.count', { text: plural(ev.articles, 'article', 'articles') }));
      return h('li.event', null,
        h('a.event-link', { href: eventHref(ev.id), text: str(ev.title, String(ev.id)) }),
        h('div.meta', null, meta, langBadges(ev.languages)));
    })));
    if (offset > 0 || offset + events.length < total) {
      var nav = h('nav.pager');
      var base = { q: query.q, since: query.since, until: query.until, lang: query.lang };
      if (offset > 0) {
        base.offset = Math.max(0, offset - PAGE) || '';
        nav.appendChild(h('a.prev', { href: '#/' + buildQuery(base), text: '← newer' }));
      }
      nav.appendChild(h('span', { text: (offset + 1) + '–' + (offset + events.length) + ' of ' + total }));
      if (offset + events.length < total) {
        base.offset = offset + events.length;
        nav.appendChild(h('a.next', { href: '#/' + buildQuery(base), text: 'older →' }));
      }
      box.appendChild(nav);
    }
  }

  /* ---------- view: event brief ---------- */

  function viewEvent(id, seq) {
    show(h('p.loading', { text: 'Loading event…' }));
    return api('/api/events/' + enc(id)).then(function (b) {
      if (!current(seq)) return;
      renderBrief(b, id);
      app.setAttribute('data-view', 'event');
    });
  }

  function renderBrief(b, id) {
    var evId = b.event !== null && b.event !== undefined ? b.event : id;
    var card = b.card || {};
    var articles = arr(b.articles), summary = arr(b.summary), quotes = arr(b.quotes);
    var figures = arr(b.figures), coverage = arr(b.coverage);
    var names = {};
    articles.forEach(function (a) { names[a.id] = str(a.source, a.id); });
    coverage.forEach(function (c) { if (!names[c.article]) names[c.article] = str(c.source, c.article); });
    function name(aid) { return names[aid] || String(aid); }
    document.title = 'chorus: ' + str(card.title, String(evId));

    /* card */
    var facts = h('dl.facts');
    function fact(k, v) { if (v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length)) facts.appendChild(h('div', null, h('dt', { text: k }), h('dd', null, v))); }
    fact('Date', card.date ? h('time', { datetime: card.date, text: card.date }) : null);
    var rep = card.reported || {};
    if (rep.first || rep.last) fact('Reported', rep.first === rep.last || !rep.last ? str(rep.first) : str(rep.first, '?') + ' – ' + str(rep.last));
    fact('Place', card.place);
    fact('Actors', arr(card.actors).length ? arr(card.actors).join(', ') : null);
    fact('Outlets', typeof card.outlets === 'number' ? String(card.outlets) : null);
    fact('Articles', String(articles.length));
    fact('Languages', arr(card.languages).length ? langBadges(card.languages) : null);
    var cardEl = h('section.card', null,
      h('p.crumbs', null, h('a', { href: '#/', text: '← All events' })),
      h('h1', { text: str(card.title, 'Event ' + evId) }), facts);

    /* summary with citations */
    var sumEl = h('section#summary', null, h('h2', { text: 'Summary' }));
    if (!summary.length) sumEl.appendChild(h('p.empty', { text: 'No summary.' }));
    else sumEl.appendChild(h('ol.summary', null, summary.map(function (s, i) {
      var srcs = arr(s.sources);
      if (!srcs.length && s.from) srcs = [s.from];
      return h('li', { id: 'sum-' + i },
        h('span.sum-text', { text: str(s.text) }), ' ',
        h('span.citations', null, srcs.map(function (aid) {
          return h('a.citation', { href: articleHref(aid, evId, i), title: 'Open ' + name(aid) + ' at this sentence',
            class: aid === s.from ? 'from' : null, text: name(aid) });
        })));
    })));

    /* quotes */
    var qEl = h('section#quotes', null, h('h2', { text: 'Quotes' }));
    if (!quotes.length) qEl.appendChild(h('p.empty', { text: 'No quotes.' }));
    quotes.forEach(function (qt) {
      var who = [h('span.speaker', { text: str(qt.speaker, 'speaker not named') })];
      if (qt.role) who.push(', ', h('span.role', { text: qt.role }));
      var vars = arr(qt.variants);
      qEl.appendChild(h('div.quote', { class: qt.speaker_disputed ? 'disputed' : null },
        h('blockquote.quote-text', { text: str(qt.text) }),
        h('p.attribution', null, '— ', who,
          qt.speaker_disputed ? [' ', h('span.disputed-mark', { text: 'speaker disputed', title: 'Outlets attribute this quote to different people' })] : null),
        vars.length ? h('p.variants-head', { text: plural(vars.length, 'wording', 'wordings') + ' by outlet' }) : null,
        h('ul.variants', null, vars.map(function (v) {
          var differs = v.speaker && v.speaker !== qt.speaker;
          return h('li.variant', { class: differs ? 'other-speaker' : null },
            h('a.variant-source', { href: articleHref(v.article, evId), text: name(v.article) }),
            h('q.variant-text', { text: str(v.text) }),
            v.speaker ? h('span.variant-speaker', { class: differs ? 'differs' : null, text: (differs ? 'attributed to ' : '— ') + v.speaker }) : null);
        }))));
    });

    /* figures */
    var fEl = h('section#figures', null, h('h2', { text: 'Figures' }));
    if (!figures.length) fEl.appendChild(h('p.empty', { text: 'No figures.' }));
    else {
      var rows = figures.map(function (f) {
        var vals = arr(f.values);
        var state = vals.length > 1 && !f.agree ? 'contradict' : (f.agree ? 'agree' : 'single');
        var label = { contradict: 'contradiction', agree: 'agree', single: 'one source' }[state];
        return h('tr', { class: state },
          h('td.subject', null, str(f.subject, '—'), f.kind ? h('span.kind', { text: f.kind }) : null),
          h('td.values', null, h('ul', null, vals.map(function (v) {
            var shown = v.text ? v.text : (String(v.value) + (v.unit ? ' ' + v.unit : ''));
            return h('li', null, h('strong', { text: shown }), ' ',
              h('span.fig-sources', null, arr(v.articles).map(function (aid, k) {
                return [k ? ', ' : '', h('a', { href: articleHref(aid, evId), text: name(aid) })];
              })));
          }))),
          h('td.status', null, h('span.badge', { text: label })));
      });
      fEl.appendChild(h('div.scroll', null, h('table.figures', null,
        h('thead', null, h('tr', null, h('th', { text: 'What' }), h('th', { text: 'Values (outlets)' }), h('th', { text: 'Status' }))),
        h('tbody', null, rows))));
    }

    /* coverage matrix */
    var cEl = h('section#coverage', null, h('h2', { text: 'Coverage' }));
    var covRows = coverage.length ? coverage : articles.map(function (a) {
      return { article: a.id, source: a.source, lang: a.lang, date: a.date, unique: [] };
    });
    if (!covRows.length) cEl.appendChild(h('p.empty', { text: 'No articles.' }));
    else {
      cEl.appendChild(h('p.hint', { text: 'Rows are articles, columns are summary sentences; ● marks an article carrying that sentence.' }));
      var head = h('tr', null, h('th', { scope: 'col', text: 'Outlet' }),
        summary.map(function (s, i) {
          return h('th.sent-col', { scope: 'col', title: str(s.text) }, h('a', { href: '#/event/' + enc(evId), text: String(i + 1),
            onclick: function (e) { e.preventDefault(); var t = document.getElementById('sum-' + i); if (t) t.scrollIntoView({ block: 'center' }); } }));
        }),
        h('th', { scope: 'col', text: 'Words' }), h('th', { scope: 'col', text: 'Unique' }));
      var body = covRows.map(function (c) {
        var dup = c.near_duplicate_of ? h('span.dup', { title: 'near-duplicate of ' + name(c.near_duplicate_of), text: 'copy of ' + name(c.near_duplicate_of) }) : null;
        return h('tr', null,
          h('th.outlet', { scope: 'row' },
            h('a', { href: articleHref(c.article, evId), text: str(c.source, name(c.article)) }),
            c.lang ? h('span.lang', { text: c.lang }) : null, dup),
          summary.map(function (s, i) {
            var on = arr(s.sources).indexOf(c.article) >= 0;
            return h('td.cell', { class: on ? 'on' : 'off', title: on ? name(c.article) + ' carries sentence ' + (i + 1) : null,
              'aria-label': on ? 'yes' : 'no', text: on ? '●' : '' });
          }),
          h('td.num', { text: typeof c.words === 'number' ? String(c.words) : '' }),
          h('td.num', { text: String(arr(c.unique).length) }));
      });
      cEl.appendChild(h('div.scroll', null, h('table.coverage', null, h('thead', null, head), h('tbody', null, body))));

      var uniq = covRows.filter(function (c) { return arr(c.unique).length; });
      if (uniq.length) {
        cEl.appendChild(h('h3', { text: 'Only in one outlet' }));
        cEl.appendChild(h('div.unique', null, uniq.map(function (c) {
          return h('div.unique-outlet', null,
            h('h4', null, h('a', { href: articleHref(c.article, evId), text: str(c.source, name(c.article)) })),
            h('ul', null, arr(c.unique).map(function (u) { return h('li', { text: u }); })));
        })));
      }
    }

    /* article list */
    var aEl = h('section#articles', null, h('h2', { text: 'Articles' }),
      h('ul.article-list', null, articles.map(function (a) {
        return h('li', null,
          h('a.article-link', { href: articleHref(a.id, evId), text: str(a.title, a.id) }),
          h('div.meta', null, h('span.source', { text: str(a.source, a.id) }),
            a.date ? h('time', { datetime: a.date, text: a.date }) : null,
            a.lang ? h('span.lang', { text: a.lang }) : null));
      })));

    show(h('article.brief', null, cardEl, sumEl, qEl, fEl, cEl, aEl));
  }

  /* ---------- view: one article ---------- */

  /* Splits text at byte offsets [[start,end],...] into ['gap', 'sentence', ...]. */
  function splitByBytes(text, spans) {
    var bytes = new TextEncoder().encode(text);
    var dec = new TextDecoder('utf-8');
    var out = [], pos = 0, n = bytes.length;
    var list = arr(spans).filter(function (s) {
      return Array.isArray(s) && s.length >= 2 && isFinite(s[0]) && isFinite(s[1]);
    }).map(function (s) {
      return [Math.max(0, Math.min(n, s[0] | 0)), Math.max(0, Math.min(n, s[1] | 0))];
    }).sort(function (a, b) { return a[0] - b[0]; });
    list.forEach(function (s) {
      var a = Math.max(s[0], pos), b = s[1];
      if (b <= a) return;
      if (a > pos) out.push({ gap: true, text: dec.decode(bytes.subarray(pos, a)) });
      out.push({ gap: false, text: dec.decode(bytes.subarray(a, b)) });
      pos = b;
    });
    if (pos < n) out.push({ gap: true, text: dec.decode(bytes.subarray(pos, n)) });
    return out;
  }

  function viewArticle(id, query, seq) {
    show(h('p.loading', { text: 'Loading article…' }));
    var hl = query.hl !== undefined && query.hl !== '' ? parseInt(query.hl, 10) : null;
    var ev = str(query.ev);
    var briefP = hl !== null && !isNaN(hl) && ev
      ? api('/api/events/' + enc(ev)).catch(function () { return null; })
      : Promise.resolve(null);
    return Promise.all([api('/api/articles/' + enc(id)), briefP]).then(function (r) {
      if (!current(seq)) return;
      renderArticle(r[0], r[1], hl, ev || r[0].event);
      app.setAttribute('data-view', 'article');
    });
  }

  function renderArticle(a, brief, hl, ev) {
    document.title = 'chorus: ' + str(a.title, a.id);
    var meta = h('div.meta');
    if (a.source) meta.appendChild(h('span.source', { text: a.source }));
    if (a.date) meta.appendChild(h('time', { datetime: a.date, text: a.date }));
    if (a.place) meta.appendChild(h('span.place', { text: a.place }));
    if (a.lang) meta.appendChild(h('span.lang', { text: a.lang }));
    if (a.byline) meta.appendChild(h('span.byline', { text: 'by ' + a.byline }));
    if (a.agency) meta.appendChild(h('span.agency', { text: 'agency ' + a.agency }));
    var url = safeUrl(a.url);

    var crumbs = h('p.crumbs', null, h('a', { href: '#/', text: '← All events' }));
    if (ev !== null && ev !== undefined && ev !== '') {
      crumbs.appendChild(document.createTextNode(' · '));
      crumbs.appendChild(h('a.back-event', { href: eventHref(ev), text: 'Back to the event' }));
    }

    var textEl = h('div.text');
    var k = 0, sents = [];
    splitByBytes(str(a.text), a.sentences).forEach(function (p) {
      if (p.gap) { textEl.appendChild(document.createTextNode(p.text)); return; }
      var span = h('span.sent', { id: 's-' + k, 'data-k': k, text: p.text });
      sents.push(span); k++;
      textEl.appendChild(span);
    });
    if (!sents.length && a.text) textEl.textContent = a.text;

    var note = null, target = null;
    var sumText = brief && brief.summary && brief.summary[hl] ? str(brief.summary[hl].text) : null;
    if (hl !== null && !isNaN(hl)) {
      if (sumText === null) {
        note = h('p.hl-note', { text: 'Summary sentence ' + (hl + 1) + ' could not be loaded.' });
      } else {
        var want = wordSet(sumText), best = -1, bestScore = 0;
        sents.forEach(function (s, i) {
          var sc = jaccard(want, wordSet(s.textContent));
          if (sc > bestScore) { bestScore = sc; best = i; }
        });
        if (best >= 0) {
          target = sents[best];
          target.classList.add('hl');
          target.setAttribute('title', 'Closest to summary sentence ' + (hl + 1) + ' (word overlap ' + bestScore.toFixed(2) + ')');
        }
        note = h('div.hl-note', null,
          h('span', { text: 'Summary sentence ' + (hl + 1) + ': ' }), h('q', { text: sumText }),
          best >= 0 ? h('span', { text: ' — highlighted below (word overlap ' + bestScore.toFixed(2) + ').' })
                    : h('span', { text: ' — no sentence of this article shares its words.' }));
      }
    }

    show(h('article.article', null, crumbs,
      h('h1', { text: str(a.title, a.id) }), meta,
      url ? h('p.url', null, h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: url })) : null,
      h('p.article-id', null, 'id ', h('code', { text: a.id })),
      note, textEl));

    if (target) {
      /* after layout, so the page has its final height */
      requestAnimationFrame(function () { target.scrollIntoView({ block: 'center' }); });
    } else {
      window.scrollTo(0, 0);
    }
  }

  window.addEventListener('hashchange', function () {
    route();
    if (!/^#\/article\//.test(location.hash)) window.scrollTo(0, 0);
  });
  route();
})();
