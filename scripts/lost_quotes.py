#!/usr/bin/python3
"""Counts quotations whose words end up in no attribution: passages in curly
quote marks (“…”, one line, five words or more) that no content span of
`whosaid analyze -f jsonl` covers by half. Reads the analysis from stdin and
the texts from TEXT_DIR (file NAME.txt for document id NAME):

    build/whosaid analyze -f jsonl ../shared/gold/polnear/train/text | \\
        scripts/lost_quotes.py ../shared/gold/polnear/train/text [--show N]

Prints "LOST of TOTAL" and, with --show, the first N lost passages in
context. Titles, slogans and scare quotes are counted too: the number is an
upper bound on quotations lost, to be read with the examples.
"""
import json
import os
import re
import sys

QUOTE = re.compile(r"“([^”“\n]{20,400})”")


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    text_dir = sys.argv[1]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    covered = {}
    for line in sys.stdin:
        doc = json.loads(line)
        chars = set()
        for a in doc.get("attributions", []):
            for span in a["content"]:
                chars.update(range(span["start"], span["end"]))
        covered[doc["id"]] = chars
    lost, total = [], 0
    for name in sorted(covered):
        path = os.path.join(text_dir, name + ".txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in QUOTE.finditer(text):
            if len(re.findall(r"\w+", m.group(1))) < 5:
                continue
            total += 1
            inside = sum(1 for i in range(m.start(1), m.end(1)) if i in covered[name])
            if inside < 0.5 * (m.end(1) - m.start(1)):
                lost.append(text[max(0, m.start() - 90):m.end() + 30].replace("\n", " | "))
    print("%d of %d" % (len(lost), total))
    for passage in lost[:show]:
        print("-", passage)


if __name__ == "__main__":
    main()
