"""Masked word 5-gram overlap of indexable pair pages (see run). Standard library only."""
import html
import itertools
import os
import random
import re
import sys
import urllib.request
import xml.etree.ElementTree as ET

NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def read(base, path):
    if os.path.isdir(base):
        local = os.path.join(base, path.lstrip("/").split("?")[0])
        if os.path.isdir(local) or not os.path.splitext(local)[1]:
            local = os.path.join(local, "index.html")
        with open(local, encoding="utf-8") as f:
            return f.read()
    with urllib.request.urlopen(base.rstrip("/") + path, timeout=60) as r:
        return r.read().decode("utf-8")


def local_path(url):
    return "/" + url.split("://", 1)[-1].split("/", 1)[1] if "://" in url else url


def pair_urls(base):
    index = ET.fromstring(read(base, "/sitemap.xml"))
    urls = []
    for loc in index.iter(NS + "loc"):
        child = ET.fromstring(read(base, local_path(loc.text)))
        urls += [local_path(u.text) for u in child.iter(NS + "loc") if "/compare/" in u.text and "-vs-" in u.text]
    return urls


def words(page):
    """The visible text of <main> (or the body), names of the pair's two models and every number masked."""
    title = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    names = []
    if title:
        heading = html.unescape(re.sub(r"<[^>]+>", "", title.group(1)))
        names = [n.strip() for n in heading.split(" vs ") if n.strip()]
    main = re.search(r"<main[^>]*>(.*)</main>", page, re.S)
    text = main.group(1) if main else page
    text = re.sub(r"<(script|style|svg)[^>]*>.*?</\1>", " ", text, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " MODEL ")
    text = re.sub(r"[$€£]?\d[\d,.]*(?:[%KMB]\b)?", " NUM ", text)
    return re.findall(r"[A-Za-z][A-Za-z'\-]*|MODEL|NUM", text.lower())


def grams(ws, n=5):
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def main():
    count, base = int(sys.argv[1]), sys.argv[2]
    urls = pair_urls(base)
    random.seed(26)
    sample = random.sample(urls, min(count, len(urls)))
    sets = [grams(words(read(base, u))) for u in sample]
    shares = []
    for a, b in itertools.combinations(range(len(sets)), 2):
        common = len(sets[a] & sets[b])
        # The share of each page's 5-grams the other also has, averaged over the two.
        shares.append((common / max(1, len(sets[a])) + common / max(1, len(sets[b]))) / 2)
    mean = sum(shares) / len(shares)
    print(f"{len(sample)} of {len(urls)} indexable pair pages, {len(shares)} pairs of pages: "
          f"mean share of masked word 5-grams {mean:.1%} (min {min(shares):.1%}, max {max(shares):.1%})")


if __name__ == "__main__":
    main()
