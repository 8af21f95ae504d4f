#!/usr/bin/env python3
"""Derives a lexicon from GUM's gold entities (CoNLL-U, Entity= in MISC).

    scripts/derive_name_lexicons.py ../shared/ud/gum/en_gum-ccby-train.conllu data/lexicons

writes
  name_types.txt   words heading proper-name mentions with their majority gold
                   type (person, place, organization, ...), kept when seen in at
                   least 2 documents and at least 80% of the time with that type.
Deterministic: same input, same output. Only the train file is read, so the
dev file stays unseen for `whosaid eval --gum`.
"""
import collections
import re
import sys

def documents(path):
    docs = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# newdoc id"):
            doc = {"id": line.split("=", 1)[1].strip(), "words": [], "mentions": []}
            stack = collections.defaultdict(list)
            docs.append(doc)
        elif line.startswith("# sent_id"):
            start = len(doc["words"])
        elif line and line[0].isdigit():
            f = line.split("\t")
            if "-" in f[0] or "." in f[0]:
                continue
            i = len(doc["words"])
            head = int(f[6])
            doc["words"].append({"form": f[1], "upos": f[3], "head": start + head - 1 if head else -1})
            m = re.search(r"Entity=([^|]*)", f[9])
            if not m:
                continue
            for t in re.finditer(r"\(([^()]+)(\))?|(\d+)\)", m.group(1)):
                if t.group(1):
                    eid, etype = t.group(1).split("-")[:2]
                    if t.group(2):
                        doc["mentions"].append((i, i + 1, eid, etype))
                    else:
                        stack[eid].append((i, etype))
                else:
                    b, etype = stack[t.group(3)].pop()
                    doc["mentions"].append((b, i + 1, t.group(3), etype))
    return docs


def head_of(words, b, e):
    for k in range(b, e):
        if not b <= words[k]["head"] < e:
            return k
    return b


def main(conllu, out_dir):
    types = collections.defaultdict(collections.Counter)
    docs_of = collections.defaultdict(set)
    for doc in documents(conllu):
        words = doc["words"]
        for b, e, eid, etype in doc["mentions"]:
            h = head_of(words, b, e)
            if words[h]["upos"] != "PROPN":
                continue
            types[words[h]["form"]][etype] += 1
            docs_of[words[h]["form"]].add(doc["id"])
    with open(f"{out_dir}/name_types.txt", "w", encoding="utf-8") as out:
        out.write("# Derived by scripts/derive_name_lexicons.py from GUM train (CC BY): words heading\n"
                  "# proper-name mentions, with their usual gold entity type.\n")
        for word in sorted(types, key=str.lower):
            c = types[word]
            etype, n = c.most_common(1)[0]
            if len(docs_of[word]) >= 2 and n >= 0.8 * sum(c.values()) and word.isalpha():
                out.write(f"{word.lower()} {etype}\n")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
