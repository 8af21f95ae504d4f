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

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}


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


def titles(out_dir):
    """Titles ("Mr.", "President") stand before names but are not first names."""
    words = set()
    for name in ("titles.txt", "abbreviations.txt"):
        for line in open(f"{out_dir}/{name}", encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                words.add(line.split()[0].lower())
    return words


def main(conllu, out_dir):
    not_names = titles(out_dir)
    genders = collections.defaultdict(lambda: {"m": 0, "f": 0})
    types = collections.defaultdict(collections.Counter)
    docs_of = collections.defaultdict(set)
    for doc in documents(conllu):
        words = doc["words"]
        pronouns = collections.defaultdict(set)
        names = collections.defaultdict(set)
        for b, e, eid, etype in doc["mentions"]:
            h = head_of(words, b, e)
            if e - b == 1 and words[b]["form"].lower() in MALE:
                pronouns[eid].add("m")
            elif e - b == 1 and words[b]["form"].lower() in FEMALE:
                pronouns[eid].add("f")
            if words[h]["upos"] != "PROPN":
                continue
            types[words[h]["form"]][etype] += 1
            docs_of[words[h]["form"]].add(doc["id"])
            if etype == "person":
                run = [k for k in range(b, h + 1) if words[k]["upos"] == "PROPN"]
                if len(run) >= 2 and run[-1] == h and run == list(range(run[0], h + 1)):
                    names[eid].add(words[run[0]]["form"])
        for eid, firsts in names.items():
            if len(pronouns[eid]) == 1:
                g = next(iter(pronouns[eid]))
                for first in firsts:
                    genders[first][g] += 1
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
