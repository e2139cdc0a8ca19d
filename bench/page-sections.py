#!/usr/bin/env python3
"""Bytes per part of saved pair pages, median over the pages of each folder, as a Markdown table.

Usage: bench/page-sections.py FOLDER [FOLDER...]   (each holding *.html pair pages; two folders give before/after)

A part is a top-level block of the page: the head (its JSON-LD blocks apart, by @type), the header, each
<section> or <nav> in <main> by its data-testid, the footer. Lines starting with "x" measure one kind of markup
across the whole page (they overlap the parts): data-label, class and data-testid attributes, whitespace, and so on.
"""
import re, sys, os, statistics, json

def split(html: bytes):
    out = {}
    def add(k, n): out[k] = out.get(k, 0) + n
    s = html
    head_end = s.find(b'</head>')
    head = s[:head_end]
    for m in re.finditer(rb'<script type="application/ld(?:\+|&#x2B;)json">(.*?)</script>', head, re.S):
        t = re.search(rb'"@type":"(\w+)"', m.group(1))
        add('head: JSON-LD ' + (t.group(1).decode() if t else '?'), len(m.group(0)))
    add('head: meta, links, title', len(head) - sum(v for k, v in out.items() if k.startswith('head: JSON')))
    main_start = s.find(b'<main')
    main_end = s.find(b'</main>')
    add('header, nav, breadcrumbs', main_start - head_end)
    main = s[main_start:main_end]
    # top-level blocks inside main: h1, then <section|<nav ... at column 0 (the page's own indentation)
    marks = [(m.start(), m.group(0)) for m in re.finditer(rb'\n {0,8}<(?:section|nav)[^>]*>', main)]
    first = marks[0][0] if marks else len(main)
    add('main: h1', first)
    for i, (pos, tag) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(main)
        tid = re.search(rb'data-testid="([^"]+)"', tag)
        add('section: ' + (tid.group(1).decode() if tid else tag.decode()[:30]), end - pos)
    tail = s[main_end:]
    f = tail.find(b'</footer>') + 9
    add('footer', f)
    add('scripts, end', len(tail) - f)
    # features measured across the whole page (overlapping the sections)
    feats = {}
    def feat(k, n): feats[k] = feats.get(k, 0) + n
    feat('x data-label attributes', sum(len(m) for m in re.findall(rb' data-label="[^"]*"', s)))
    feat('x data-testid attributes', sum(len(m) for m in re.findall(rb' data-testid="[^"]*"', s)))
    feat('x class attributes', sum(len(m) for m in re.findall(rb' class="[^"]*"', s)))
    feat('x scope attributes', sum(len(m) for m in re.findall(rb' scope="[^"]*"', s)))
    feat('x rel attributes', sum(len(m) for m in re.findall(rb' rel="[^"]*"', s)))
    feat('x whitespace runs (beyond 1)', sum(len(m) - 1 for m in re.findall(rb'\s{2,}', s)))
    feat('x inline <svg>', sum(len(m) for m in re.findall(rb'<svg.*?</svg>', s, re.S)))
    feat('x calculator form', sum(len(m) for m in re.findall(rb'<details class="calculator-box".*?</details>', s, re.S)))
    feat('x href URLs external', sum(len(m) for m in re.findall(rb' href="https?://[^"]*"', s)))
    feat('x <time datetime>', sum(len(m) for m in re.findall(rb'<time datetime="[^"]*">', s)))
    return out, feats, len(s)

def table(d):
    res = {}
    files = sorted(f for f in os.listdir(d) if f.endswith('.html'))
    totals = []
    for f in files:
        o, ft, n = split(open(os.path.join(d, f), 'rb').read())
        totals.append(n)
        for k, v in list(o.items()) + list(ft.items()):
            res.setdefault(k, []).append(v)
    return res, totals, len(files)

dirs = sys.argv[1:]
tabs = [table(d) for d in dirs]
keys = sorted(set().union(*[t[0].keys() for t in tabs]), key=lambda k: (k.startswith('x '), -statistics.median(tabs[0][0].get(k, [0]) + [0] * (tabs[0][2] - len(tabs[0][0].get(k, []))))))
def med(t, k):
    v = t[0].get(k, []); v = v + [0] * (t[2] - len(v)); return statistics.median(v)
print('| part | ' + ' | '.join(f'median bytes ({os.path.basename(d.rstrip("/"))})' for d in dirs) + ' |')
print('|---|' + '---:|' * len(dirs))
for k in keys:
    print(f'| {k} | ' + ' | '.join(f'{med(t, k):,.0f}' for t in tabs) + ' |')
print('| **whole page** | ' + ' | '.join(f'{statistics.median(t[1]):,.0f} (n={t[2]})' for t in tabs) + ' |')
