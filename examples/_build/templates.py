"""Page templates for the fictional outlets (scratch build helper)."""
import html as H
import json
import re

LINK = re.compile(r'\[([^\]]+)\]\((https?://[^)\s]+|/[^)\s]*)\)')

MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July',
           'August', 'September', 'October', 'November', 'December'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio',
           'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    'de': ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli',
           'August', 'September', 'Oktober', 'November', 'Dezember'],
    'fr': ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
           'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    'it': ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno',
           'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
}


def human_date(iso, lang):
    y, m, d = int(iso[0:4]), int(iso[5:7]), int(iso[8:10])
    mn = MONTHS[lang][m - 1]
    if lang == 'en':
        return f'{mn} {d}, {y}'
    if lang == 'es':
        return f'{d} de {mn} de {y}'
    if lang == 'de':
        return f'{d}. {mn} {y}'
    return f'{d} {mn} {y}'


def esc(s):
    return H.escape(s, quote=False)


def attr(s):
    return H.escape(s, quote=True)


def inline(s):
    return LINK.sub(lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>', esc(s))


def paras(blocks, indent):
    out = []
    for b in blocks:
        out.append(indent + '<p>' + '<br>\n'.join(inline(x) for x in b) + '</p>')
    return '\n'.join(out)


def desc(blocks):
    for b in blocks:
        t = ' '.join(b)
        if len(t) > 80:
            return t[:157].rsplit(' ', 1)[0] + '…'
    return ''


def slug_of(url):
    return url.rstrip('/').rsplit('/', 1)[-1].split('.')[0]


def related_items(o, indent):
    return '\n'.join(f'{indent}<li><a href="{attr(u)}">{esc(t)}</a></li>' for t, u in o['related'])


def nav_items(o, indent):
    return '\n'.join(f'{indent}<li><a href="/{attr(k)}">{esc(v)}</a></li>' for k, v in o['nav'])


def jsonld(m, o):
    d = {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        'headline': m['title'],
        'datePublished': m['published'],
        'dateModified': m.get('modified', m['published']),
        'author': [{'@type': 'Person', 'name': m.get('author', o['name'])}],
        'publisher': {'@type': 'Organization', 'name': o['name'],
                      'logo': {'@type': 'ImageObject', 'url': f"https://{o['domain']}/static/logo.png"}},
        'mainEntityOfPage': m['url'],
        'inLanguage': m['lang'],
    }
    return ('  <script type="application/ld+json">\n  '
            + json.dumps(d, ensure_ascii=False, indent=1).replace('\n', '\n  ')
            + '\n  </script>\n')


def head_common(m, o, blocks):
    t = attr(m['title'])
    s = attr(o['name'])
    h = [f'  <meta property="og:type" content="article">',
         f'  <meta property="og:title" content="{t}">',
         f'  <meta property="og:site_name" content="{s}">',
         f'  <meta property="og:url" content="{attr(m["url"])}">',
         f'  <meta property="og:image" content="https://{o["domain"]}/img/share/{slug_of(m["url"])}.jpg">',
         f'  <meta name="description" content="{attr(desc(blocks))}">']
    if 'meta' in o['date']:
        h.append(f'  <meta property="article:published_time" content="{m["published"]}">')
        h.append(f'  <meta property="article:section" content="{attr(m.get("section", "News"))}">')
    h.append(f'  <link rel="canonical" href="{attr(m["url"])}">')
    return '\n'.join(h) + '\n' + (jsonld(m, o) if 'jsonld' in o['date'] else '')


def date_tag(m, o):
    hd = human_date(m['published'], m['lang'])
    if 'time' in o['date']:
        return f'<time datetime="{m["published"]}" class="published">{hd}</time>'
    return f'<span class="date">{hd}</span>'


# --------------------------------------------------------------------------
def classic(m, o, blocks):
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(m['title'])} | {esc(o['name'])}</title>
{head_common(m, o, blocks)}  <meta name="author" content="{attr(m.get('author', o['name']))}">
  <link rel="stylesheet" href="/static/css/main.4f2a91.css">
  <style>
    .cookie-banner{{position:fixed;bottom:0;left:0;right:0;background:{o['color']};color:#fff;padding:1em;z-index:99}}
    .story p{{font-family:Georgia,serif;line-height:1.6;max-width:42em}}
    .share a{{display:inline-block;margin-right:.6em}}
  </style>
  <script async src="https://metrics.{o['domain']}/t.js"></script>
  <script>window.dataLayer=window.dataLayer||[];dataLayer.push({{"section":"{attr(m.get('section', 'News'))}","pageType":"article","paywall":false}});</script>
</head>
<body class="article-page">
<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to personalise content and ads and to analyse our traffic. By continuing to browse you agree to our <a href="/privacy#cookies">cookie policy</a>.</p>
  <button type="button" class="accept">Accept all</button> <button type="button" class="reject">Reject non-essential</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/logo.svg" alt="{attr(o['name'])}"></a>
  <nav class="main-nav" aria-label="Sections">
    <ul>
{nav_items(o, '      ')}
    </ul>
  </nav>
  <a class="btn-subscribe" href="/subscribe">Subscribe</a>
</header>
<main id="main">
  <article class="story">
    <p class="kicker"><a href="/{attr(m.get('section', 'news').lower())}">{esc(m.get('section', 'News'))}</a></p>
    <h1 class="headline">{esc(m['title'])}</h1>
    <p class="byline">By <a rel="author" href="/authors/{slug_of(m.get('author', 'staff').lower().replace(' ', '-'))}">{esc(m.get('author', 'Staff'))}</a> · {date_tag(m, o)}</p>
    <div class="share">
      <span>Share</span> <a href="https://social.example/share?u={attr(m['url'])}">Post</a> <a href="mailto:?subject={attr(m['title'])}">Email</a> <a href="#" class="copy-link">Copy link</a> <span class="count">{m.get('shares', '12')}</span>
    </div>
{paras(blocks, '    ')}
    <div class="share share-bottom"><a href="#comments">Comments (4)</a> <a href="/print">Print</a></div>
  </article>
  <aside class="related" aria-label="Related coverage">
    <h2>More from {esc(o['name'])}</h2>
    <ul>
{related_items(o, '      ')}
    </ul>
  </aside>
  <section class="newsletter">
    <form action="/newsletter/subscribe" method="post">
      <label for="nl-email">Get our morning briefing in your inbox</label>
      <input type="email" id="nl-email" name="email" placeholder="you@example.com" required>
      <button type="submit">Sign up</button>
    </form>
  </section>
</main>
<footer class="site-footer">
  <nav class="footer-nav"><a href="/about">About us</a> | <a href="/contact">Contact</a> | <a href="/privacy">Privacy</a> | <a href="/terms">Terms of use</a></nav>
  <p>&copy; 2025 {esc(o['name'])}. All rights reserved.</p>
</footer>
<script src="/static/js/app.9c1e07.js" defer></script>
<script>document.querySelector('.accept').onclick=function(){{document.getElementById('cookie-banner').remove()}};</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
def wire(m, o, blocks):
    return f'''<!doctype html>
<html lang="{m['lang']}" class="no-js">
<head>
<meta charset="utf-8">
<title>{esc(m['title'])} - {esc(o['name'])}</title>
{head_common(m, o, blocks)}<meta name="twitter:card" content="summary_large_image">
<style>
body{{margin:0;font:16px/1.5 "Helvetica Neue",Arial,sans-serif}}
#topbar{{background:#b00020;color:#fff}}
.story-body p{{margin:0 0 1.1em}}
.gdpr{{position:fixed;bottom:0;width:100%;background:#222;color:#eee}}
</style>
<script>document.documentElement.className='js';</script>
<script src="https://cdn.{o['domain']}/ads/prebid.min.js" async></script>
</head>
<body>
<div class="gdpr" id="gdpr-consent">
 <span>This site uses cookies. Some are essential, others help us improve your experience.</span>
 <a href="/cookies">Manage settings</a> <button onclick="acceptAll()">I agree</button>
</div>
<div id="topbar"><span class="edition">Edition: International</span> <a href="/login">Sign in</a> <a href="/pro">MWR Pro</a></div>
<header>
 <div class="brand"><a href="/">{esc(o['name'])}</a></div>
 <nav id="primary-nav">
  <ul>
{nav_items(o, '   ')}
  </ul>
 </nav>
</header>
<main id="content">
 <div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{attr(m.get('section', 'world').lower())}">{esc(m.get('section', 'World'))}</a></div>
 <h1 class="article-headline">{esc(m['title'])}</h1>
 <div class="article-meta"><span class="author">{esc(m.get('author', o['name']))}</span> {date_tag(m, o)} <span class="read-time">3 min read</span></div>
 <div class="toolbar">Font size <button class="font-dec">A-</button> <button class="font-inc">A+</button></div>
 <div class="share"><a class="s-post" href="#">Post</a> <a class="s-in" href="#">LinkedIn</a> <a class="s-mail" href="#">Email</a></div>
 <div class="story-body">
{paras(blocks, '  ')}
 </div>
 <div class="trust">Our Standards: <a href="/trust">The Meridian Wire Trust Principles</a>.</div>
 <aside class="more-news">
  <h3>Read next</h3>
  <ul>
{related_items(o, '   ')}
  </ul>
 </aside>
 <div class="signup">
  <form id="newsletter" action="https://lists.{o['domain']}/subscribe" method="post">
   <p>Sign up for the Daily Briefing</p>
   <input name="email" type="email" placeholder="Email address"><input type="hidden" name="list" value="daily">
   <input type="submit" value="Subscribe">
  </form>
 </div>
</main>
<footer>
 <ul class="footer-links"><li><a href="/about">About {esc(o['name'])}</a></li><li><a href="/careers">Careers</a></li><li><a href="/contact">Contact</a></li></ul>
 <p class="copyright">All quotes delayed a minimum of 15 minutes. &copy; 2025 {esc(o['name'])}</p>
</footer>
<script>function acceptAll(){{document.cookie="consent=1;path=/";document.getElementById('gdpr-consent').style.display='none'}}</script>
<script src="/assets/bundle.3b71.js"></script>
</body>
</html>
'''


# --------------------------------------------------------------------------
def cms(m, o, blocks):
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
  <head>
    <meta charset="UTF-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <title>{esc(m['title'])} – {esc(o['name'])}</title>
{head_common(m, o, blocks)}    <link rel="preload" href="/fonts/serif.woff2" as="font" crossorigin>
    <style>
      :root{{--brand:{o['color']}}}
      .story-body{{font-size:1.05rem}}
      .font-controls button{{border:0;background:none}}
      #consent-popup{{position:fixed;inset:auto 0 0 0;background:var(--brand);color:#fff}}
    </style>
    <script>var _gdd={{site:"{o['domain']}",template:"article-v3"}};</script>
  </head>
  <body>
    <div id="consent-popup" class="cookie-notice">
      <p>Cookies help us deliver our services. <a href="/cookie-policy">Learn more</a></p>
      <button data-consent="yes">OK</button>
    </div>
    <header id="masthead">
      <div class="masthead-inner">
        <a href="/" class="site-title">{esc(o['name'])}</a>
        <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
      </div>
      <nav class="menu">
        <ul>
{nav_items(o, '          ')}
        </ul>
      </nav>
    </header>
    <div class="container">
      <article itemscope itemtype="https://schema.org/NewsArticle">
        <h1 itemprop="headline">{esc(m['title'])}</h1>
        <div class="meta">Published by <span itemprop="author">{esc(m.get('author', o['name']))}</span> on {date_tag(m, o)}</div>
        <div class="font-controls">Font size: <button>A-</button><button>A+</button></div>
        <div class="share"><span class="share-total">Share {m.get('shares', '12')}</span> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
        <div class="story-body" itemprop="articleBody">
{paras(blocks, '          ')}
        </div>
        <div class="tags">Tags: {', '.join(f'<a href="/tag/{attr(t.strip().lower().replace(" ", "-"))}">{esc(t.strip())}</a>' for t in m.get('tags', 'News').split(','))}</div>
      </article>
      <aside class="sidebar">
        <section class="related">
          <h3>Related</h3>
          <ul>
{related_items(o, '            ')}
          </ul>
        </section>
        <section class="newsletter-box">
          <form method="post" action="/api/newsletter">
            <h4>Never miss a story</h4>
            <input type="email" name="subscriber_email" placeholder="Your email">
            <button type="submit">Subscribe</button>
          </form>
        </section>
      </aside>
    </div>
    <footer class="site-footer">
      <p>{esc(o['name'])} · <a href="/about">About</a> · <a href="/advertise">Advertise</a> · <a href="/privacy">Privacy</a></p>
      <p class="copyright">© 2025 {esc(o['name'])} Media Group</p>
    </footer>
    <script src="/js/vendor.min.js"></script>
    <script>document.querySelectorAll('[data-consent]').forEach(function(b){{b.addEventListener('click',function(){{document.getElementById('consent-popup').hidden=true}})}});</script>
  </body>
</html>
'''


# --------------------------------------------------------------------------
def latam(m, o, blocks):
    return f'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(m['title'])} | {esc(o['name'])}</title>
{head_common(m, o, blocks)}<meta name="robots" content="max-image-preview:large">
<style>
.nota__cuerpo p{{font-size:18px;line-height:28px}}
.aviso-cookies{{background:#fff8e1;border-top:2px solid {o['color']};padding:12px}}
.compartir a{{margin:0 4px}}
</style>
<script type="text/javascript">
  var googletag = googletag || {{}}; googletag.cmd = googletag.cmd || [];
  var seccion = "{attr(m.get('section', 'Actualidad'))}";
</script>
</head>
<body class="nota-page">
<div class="aviso-cookies" id="aviso-cookies">
  Este sitio utiliza cookies propias y de terceros para mejorar su experiencia. Si continúa navegando, consideramos que acepta su uso. <a href="/politica-de-cookies">Más información</a> <button id="aceptar-cookies">Aceptar</button>
</div>
<header class="cabecera">
  <div class="logo"><a href="/"><img src="/img/logo-{o['domain'].split('.')[0]}.png" alt="{attr(o['name'])}"></a></div>
  <nav class="menu-principal">
    <ul>
{nav_items(o, '      ')}
    </ul>
  </nav>
  <div class="clima">Hoy: 18°C</div>
</header>
<main>
  <article class="nota">
    <span class="antetitulo">{esc(m.get('section', 'Actualidad'))}</span>
    <h1 class="nota__titulo">{esc(m['title'])}</h1>
    <div class="nota__firma">Por {esc(m.get('author', 'Redacción'))} · {date_tag(m, o)}</div>
    <div class="share compartir">Compartir: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <span class="contador">{m.get('shares', '12')}</span></div>
    <div class="nota__cuerpo">
{paras(blocks, '      ')}
    </div>
    <div class="nota__etiquetas">Temas: {esc(m.get('tags', 'Actualidad'))}</div>
  </article>
  <aside class="relacionadas">
    <h3>Te puede interesar</h3>
    <ul>
{related_items(o, '      ')}
    </ul>
  </aside>
  <div class="boletin">
    <form action="/boletin/alta" method="post">
      <label>Recibe nuestro boletín cada mañana</label>
      <input type="email" name="correo" placeholder="tu@correo.com">
      <button>Suscribirme</button>
    </form>
  </div>
</main>
<footer class="pie">
  <p>{esc(o['name'])} — Todos los derechos reservados © 2025</p>
  <ul><li><a href="/quienes-somos">Quiénes somos</a></li><li><a href="/contacto">Contacto</a></li><li><a href="/aviso-legal">Aviso legal</a></li></ul>
</footer>
<script>document.getElementById('aceptar-cookies').addEventListener('click',function(){{this.parentNode.style.display='none'}});</script>
</body>
</html>
'''


# --------------------------------------------------------------------------
EURO = {
    'de': dict(cookie='Wir verwenden Cookies, um Inhalte zu personalisieren und Zugriffe zu analysieren. Mit „Akzeptieren“ stimmen Sie der Nutzung zu.',
               accept='Akzeptieren', settings='Einstellungen', share='Teilen', more='Mehr zum Thema',
               nl='Newsletter: Die wichtigsten Nachrichten am Morgen', nlbtn='Anmelden',
               imp='Impressum', priv='Datenschutz', contact='Kontakt', by='Von', font='Schriftgröße'),
    'fr': dict(cookie='Nous utilisons des cookies pour améliorer votre expérience et mesurer l’audience.',
               accept='Tout accepter', settings='Paramétrer', share='Partager', more='À lire aussi',
               nl='Recevez notre lettre d’information quotidienne', nlbtn='Je m’inscris',
               imp='Mentions légales', priv='Confidentialité', contact='Contact', by='Par', font='Taille du texte'),
    'it': dict(cookie='Questo sito utilizza cookie tecnici e di profilazione. Chiudendo questo banner acconsenti all’uso dei cookie.',
               accept='Accetta', settings='Personalizza', share='Condividi', more='Leggi anche',
               nl='Iscriviti alla newsletter del mattino', nlbtn='Iscriviti',
               imp='Note legali', priv='Privacy', contact='Contatti', by='di', font='Dimensione testo'),
}


def euro(m, o, blocks):
    L = EURO[m['lang']]
    return f'''<!DOCTYPE html>
<html lang="{m['lang']}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(m['title'])} · {esc(o['name'])}</title>
{head_common(m, o, blocks)}<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="{attr(o['name'])}">
<style type="text/css">
#cmp{{position:fixed;bottom:1rem;left:1rem;right:1rem;background:#fff;box-shadow:0 0 8px #0004;padding:1rem}}
.story-body p{{hyphens:auto;text-align:left}}
header.site{{border-bottom:3px solid {o['color']}}}
</style>
<script>window.__cfg={{"site":"{o['domain']}","lang":"{m['lang']}","ivw":"redaktion/{attr(m.get('section', 'news').lower())}"}};</script>
</head>
<body>
<div id="cmp" class="cookie-consent">
<p>{esc(L['cookie'])}</p>
<button class="cmp-accept">{esc(L['accept'])}</button> <a href="/cmp">{esc(L['settings'])}</a>
</div>
<header class="site">
<div class="logo"><a href="/" title="{attr(o['name'])}">{esc(o['name'])}</a></div>
<nav class="ressorts">
<ul>
{nav_items(o, '')}
</ul>
</nav>
</header>
<div class="page">
<div class="content">
<span class="dachzeile">{esc(m.get('section', ''))}</span>
<h1>{esc(m['title'])}</h1>
<p class="autor">{esc(L['by'])} {esc(m.get('author', o['name']))} | {date_tag(m, o)}</p>
<div class="fontsize">{esc(L['font'])}: <a href="#" class="minus">A-</a> <a href="#" class="plus">A+</a></div>
<div class="story-body">
{paras(blocks, '')}
</div>
<div class="share"><b>{esc(L['share'])}</b> <a href="#fb">Facebook</a> <a href="#wa">WhatsApp</a> <a href="#mail">E-Mail</a> <span>{m.get('shares', '12')}</span></div>
</div>
<aside class="sidebar">
<h3>{esc(L['more'])}</h3>
<ul>
{related_items(o, '')}
</ul>
<div class="nl">
<form action="/newsletter" method="post">
<p>{esc(L['nl'])}</p>
<input type="email" name="email" placeholder="E-Mail">
<button type="submit">{esc(L['nlbtn'])}</button>
</form>
</div>
</aside>
</div>
<footer>
<a href="/impressum">{esc(L['imp'])}</a> · <a href="/datenschutz">{esc(L['priv'])}</a> · <a href="/kontakt">{esc(L['contact'])}</a>
<p>© {esc(o['name'])} 2025</p>
</footer>
<script src="/static/main.js?v=20250301"></script>
<script>document.querySelector('.cmp-accept').onclick=function(){{document.getElementById('cmp').style.display='none';}};</script>
</body>
</html>
'''


STYLES = {'classic': classic, 'wire': wire, 'cms': cms, 'latam': latam, 'euro': euro}

OUTLETS = {
    'harbortimes': dict(name='Harbor Times', domain='harbortimes.example', style='classic', date='meta+time', color='#12263a',
                        nav=[('world', 'World'), ('business', 'Business'), ('ports', 'Ports & Shipping'), ('sport', 'Sport'), ('opinion', 'Opinion'), ('weather', 'Weather')],
                        related=[('Ferry operator adds winter sailings to the northern islands', '/local/ferry-winter-sailings'),
                                 ('Harbour council approves new cruise terminal fees', '/local/cruise-terminal-fees'),
                                 ('Opinion: Our waterfront deserves better lighting', '/opinion/waterfront-lighting')]),
    'ledgerticker': dict(name='Ledger & Ticker', domain='ledgerticker.example', style='classic', date='time', color='#0b3d2e',
                         nav=[('markets', 'Markets'), ('companies', 'Companies'), ('economy', 'Economy'), ('tech', 'Tech'), ('personal-finance', 'Your Money')],
                         related=[('Five dividend stocks that survived the rate cycle', '/your-money/dividend-survivors'),
                                  ('Copper hits three-month high on smelter outages', '/markets/copper-three-month-high'),
                                  ('Airline stocks slide as jet fuel costs climb', '/markets/airlines-jet-fuel')]),
    'siliconcoast': dict(name='Silicon Coast Review', domain='siliconcoastreview.example', style='classic', date='meta+jsonld', color='#3a1c71',
                         nav=[('chips', 'Chips'), ('ai', 'AI'), ('startups', 'Startups'), ('policy', 'Policy'), ('events', 'Events')],
                         related=[('Startup raises $40 million for battery-free sensors', '/startups/battery-free-sensors'),
                                  ('Why foundry lead times are shrinking again', '/chips/foundry-lead-times'),
                                  ('Review: the best budget laptops of the year', '/reviews/budget-laptops')]),
    'meridian': dict(name='Meridian Wire', domain='meridianwire.example', style='wire', date='meta', color='#b00020',
                     nav=[('world', 'World'), ('business', 'Business'), ('markets', 'Markets'), ('technology', 'Technology'), ('sports', 'Sports'), ('science', 'Science')],
                     related=[('Oil steadies as traders weigh inventory data', 'https://meridianwire.example/markets/oil-steadies-inventories'),
                              ('Rail unions in Argentina announce 24-hour walkout', 'https://meridianwire.example/world/argentina-rail-walkout'),
                              ('Tennis: qualifier stuns top seed in Doha', 'https://meridianwire.example/sports/doha-qualifier-upset')]),
    'globaldesk': dict(name='Global Desk Daily', domain='globaldeskdaily.example', style='cms', date='jsonld', color='#004e89',
                       nav=[('news', 'News'), ('world', 'World'), ('money', 'Money'), ('sport', 'Sport'), ('life', 'Life'), ('travel', 'Travel')],
                       related=[('Five ways to cut your home energy bill this winter', '/life/energy-bill-tips'),
                                ('Markets: Asian stocks mixed ahead of central bank minutes', '/money/asian-stocks-mixed'),
                                ('The quiet comeback of the night train', '/travel/night-train-comeback')]),
    'coastal': dict(name='Coastal Ledger', domain='coastalledger.example', style='cms', date='jsonld', color='#2a6f4e',
                    nav=[('news', 'News'), ('trade', 'Trade'), ('energy', 'Energy'), ('region', 'Region'), ('opinion', 'Opinion')],
                    related=[('Shipyard wins order for two hybrid ferries', '/trade/shipyard-hybrid-ferries'),
                             ('Salmon farm licences go to public consultation', '/region/salmon-licences'),
                             ('Letters: the bypass debate continues', '/opinion/letters-bypass')]),
    'observador': dict(name='El Observador Austral', domain='observadoraustral.example', style='latam', date='time', color='#c0392b',
                       nav=[('nacional', 'Nacional'), ('mundo', 'Mundo'), ('economia', 'Economía'), ('deportes', 'Deportes'), ('cultura', 'Cultura'), ('opinion', 'Opinión')],
                       related=[('Temporal deja sin luz a 20 mil hogares en el sur', '/nacional/temporal-sin-luz'),
                                ('Cómo renovar la licencia de conducir sin hacer fila', '/servicios/licencia-conducir'),
                                ('La receta de empanadas que arrasa en redes', '/cultura/empanadas-redes')]),
    'cronica': dict(name='Crónica Meridional', domain='cronicameridional.example', style='latam', date='meta', color='#1f618d',
                    nav=[('actualidad', 'Actualidad'), ('politica', 'Política'), ('region', 'Región'), ('economia', 'Economía'), ('deportes', 'Deportes')],
                    related=[('Suben las tarifas del transporte interurbano', '/region/tarifas-transporte'),
                             ('Vendimia: una cosecha corta pero de calidad', '/economia/vendimia-cosecha'),
                             ('Agenda cultural del fin de semana', '/cultura/agenda-fin-de-semana')]),
    'nordkurier': dict(name='Nordkurier Heute', domain='nordkurier-heute.example', style='euro', date='time', color='#004b87',
                       nav=[('politik', 'Politik'), ('wirtschaft', 'Wirtschaft'), ('sport', 'Sport'), ('kultur', 'Kultur'), ('region', 'Region'), ('wissen', 'Wissen')],
                       related=[('Bahn kündigt Bauarbeiten zwischen Hamburg und Hannover an', '/region/bahn-bauarbeiten'),
                                ('Wetter: Nach dem Regen kommt der Frost', '/wetter/frost'),
                                ('Kommentar: Die Innenstadt braucht mehr Bänke', '/meinung/innenstadt-baenke')]),
    'courrier': dict(name='Le Courrier Atlantique', domain='courrieratlantique.example', style='euro', date='meta', color='#1a5276',
                     nav=[('international', 'International'), ('politique', 'Politique'), ('economie', 'Économie'), ('mer', 'Mer'), ('culture', 'Culture')],
                     related=[('Brest : le salon nautique bat son record d’affluence', '/mer/brest-salon-nautique'),
                              ('La sardine de retour dans le golfe de Gascogne ?', '/mer/sardine-gascogne'),
                              ('Festival de jazz : la programmation dévoilée', '/culture/festival-jazz')]),
    'corriere': dict(name='Il Corriere Isolano', domain='corriereisolano.example', style='euro', date='jsonld', color='#8e2c1f',
                     nav=[('cronaca', 'Cronaca'), ('politica', 'Politica'), ('economia', 'Economia'), ('sport', 'Sport'), ('cultura', 'Cultura')],
                     related=[('Porto di Cagliari, via libera al nuovo terminal', '/economia/porto-cagliari-terminal'),
                              ('Sagra del pecorino: attese 10mila presenze', '/cultura/sagra-pecorino'),
                              ('Calcio, la Primavera vince il derby', '/sport/primavera-derby')]),
}


def render(m, blocks):
    o = OUTLETS[m['outlet']]
    return STYLES[o['style']](m, o, blocks)
