#!/usr/bin/env python3
"""Derives data/lexicons/place_names.txt: names of countries, their subdivisions and big cities.

    scripts/derive_place_names.py > data/lexicons/place_names.txt

reads, from Debian 12 packages (apt-get install iso-codes tzdata):
  /usr/share/iso-codes/json/iso_3166-1.json   countries (name, common and official names)
  /usr/share/iso-codes/json/iso_3166-2.json   states, provinces, regions ("Oregon", "Ontario")
  /usr/share/zoneinfo/zone1970.tab             the cities that name time zones ("Athens")
Names are lowercased; only names of ASCII letters, spaces, hyphens, periods and
apostrophes are kept (the rest are not written so in English news). Deterministic.
"""
import json
import re

KEEP = re.compile(r"^[a-z][a-z .'-]*[a-z.]$")


def main():
    names = set()
    countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))
    for c in countries["3166-1"]:
        for key in ("name", "common_name", "official_name"):
            if key in c:
                names.add(c[key])
    parts = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))
    for p in parts["3166-2"]:
        names.add(p["name"])
    for line in open("/usr/share/zoneinfo/zone1970.tab", encoding="utf-8"):
        if line.startswith("#"):
            continue
        zone = line.split("\t")[2].strip()
        names.add(zone.rsplit("/", 1)[-1].replace("_", " "))
    kept = sorted({n.lower() for n in names if KEEP.match(n.lower())})
    print("# Places: countries and their subdivisions (Debian iso-codes, ISO 3166-1 and 3166-2)")
    print("# and the cities that name time zones (Debian tzdata, zone1970.tab), lowercased;")
    print("# derived by scripts/derive_place_names.py.")
    for n in kept:
        print(n)


if __name__ == "__main__":
    main()
