#!/usr/bin/python3
"""Prints `whosaid eval --brat DIR -f json` (read from stdin) as the Markdown
tables of docs/accuracy.md, so that the tables there come from one command:

    build/whosaid eval --brat ../shared/gold/polnear/dev -f json | scripts/brat_table.py
"""
import json
import sys


def main():
    r = json.load(sys.stdin)
    print("| subset | role | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | gold | pred |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for subset in ("all", "quoted", "unquoted"):
        for role in ("content", "source", "cue"):
            ex, ov = r[subset][role]["exact"], r[subset][role]["overlap"]
            cells = [subset, role] + ["%.1f" % (100 * x[k]) for x in (ex, ov)
                                      for k in ("precision", "recall", "f1")]
            cells += [str(ex["gold"]), str(ex["predicted"])]
            print("| " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
