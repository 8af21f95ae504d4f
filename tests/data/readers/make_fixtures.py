#!/usr/bin/env python3
"""Regenerates the derived reader fixtures from article.txt and article.html.

Run from this folder: python3 make_fixtures.py. The outputs are committed, so
the tests need neither Python nor network; this script documents how they
were made.
"""
import gzip, json, subprocess

text = open("article.txt", encoding="utf-8").read()
html = open("article.html", encoding="utf-8").read()
URL = "https://ledger.example.com/2024/03/12/bike-lanes"


def jsonl():
    with open("article.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "article", "text": text, "url": URL}) + "\n")
        f.write("\n")
        f.write(json.dumps({"id": 7, "html": html, "outlet": "Ledger (JSONL)"}) + "\n")
        f.write('{"id": "broken", "text": "unterminated\n')
        f.write(json.dumps({"id": "no-text", "url": URL}) + "\n")
        f.write(json.dumps({"story_id": "custom", "body": "Fields named otherwise."}) + "\n")


def warc_record(warc_type, headers, block, length=None):
    head = [f"WARC/1.0", f"WARC-Type: {warc_type}"] + headers
    head.append(f"Content-Length: {len(block) if length is None else length}")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n"


def http_response(body, content_type, status="200 OK"):
    return (f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def warc_headers(n, url):
    return [f"WARC-Target-URI: {url}", f"WARC-Date: 2024-03-13T00:00:00Z",
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000{n}>",
            "Content-Type: application/http; msgtype=response"]


def records():
    latin = "<html><head><title>Caf\u00e9</title></head><body><p>\u201cCaf\u00e9 prices will rise,\u201d the owner said on Monday.</p></body></html>"
    return [
        warc_record("warcinfo", ["WARC-Record-ID: <urn:uuid:info>", "Content-Type: application/warc-fields"], b"software: hand-made\r\n"),
        warc_record("request", ["WARC-Target-URI: " + URL, "Content-Type: application/http; msgtype=request"], b"GET / HTTP/1.1\r\n\r\n"),
        warc_record("response", warc_headers(1, URL), http_response(html.encode("utf-8"), "text/html; charset=UTF-8")),
        warc_record("response", warc_headers(2, "https://ledger.example.com/logo.png"), http_response(b"\x89PNG....", "image/png")),
        warc_record("response", warc_headers(3, "https://ledger.example.com/cafe"), http_response(latin.encode("cp1252"), "text/html; charset=windows-1252")),
        warc_record("response", warc_headers(4, "https://ledger.example.com/moved"), http_response(b"", "text/html", "301 Moved Permanently")),
    ]


def warc():
    recs = records()
    open("article.warc", "wb").write(b"".join(recs))
    # Common Crawl style: one gzip member per record.
    with open("article.warc.gz", "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))
    data = open("article.warc.gz", "rb").read()
    open("truncated.warc.gz", "wb").write(data[: len(data) - 200])
    # A record whose Content-Length claims 50 bytes more than it has, then a good one.
    lying = warc_record("response", warc_headers(5, URL + "/lying"), http_response(b"<p>short</p>", "text/html"), length=None)
    good = recs[2]
    head, rest = lying.split(b"\r\n\r\n", 1)
    block = rest[: -4]
    head = head.replace(f"Content-Length: {len(block)}".encode(), f"Content-Length: {len(block) + 50}".encode())
    open("lying-length.warc", "wb").write(head + b"\r\n\r\n" + rest + good)
    short = head.replace(f"Content-Length: {len(block) + 50}".encode(), f"Content-Length: {len(block) - 5}".encode())
    open("short-length.warc", "wb").write(short + b"\r\n\r\n" + rest + good)


def compressed():
    open("article.txt.gz", "wb").write(gzip.compress(text.encode(), mtime=0))
    two = gzip.compress(text[:100].encode(), mtime=0) + gzip.compress(text[100:].encode(), mtime=0)
    open("two-members.txt.gz", "wb").write(two)
    full = gzip.compress(text.encode(), mtime=0)
    open("truncated.txt.gz", "wb").write(full[: len(full) // 2])
    subprocess.run(["zstd", "-q", "-f", "article.txt", "-o", "article.txt.zst"], check=True)
    z = open("article.txt.zst", "rb").read()
    open("truncated.txt.zst", "wb").write(z[: len(z) // 2])
    subprocess.run(["zstd", "-q", "-f", "article.jsonl", "-o", "article.jsonl.zst"], check=True)


jsonl()
warc()
compressed()
