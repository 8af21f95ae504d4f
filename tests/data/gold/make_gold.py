#!/usr/bin/env python3
"""Builds the hand-made gold files for the sample articles (whosaid-gold v1).

Each attribution is written as substrings of the article; this script turns
them into code point offsets so the gold is easy to read and review. Run from
the repo root: python3 tests/data/gold/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, "..", "..", "..", "samples")


def span(text, s, after=0):
    i = text.find(s, after)
    if i < 0:
        raise SystemExit("not found: %r" % s)
    return [i, i + len(s)]


def att(text, typ, contents, speaker, kind, cue=None, source=None, aliases=None,
        optional=False, role=None):
    a = {"type": typ, "content": [span(text, c) for c in contents],
         "cue": span(text, cue[0], text.find(cue[1])) if cue else None,
         "source": span(text, source[0], text.find(source[1])) if source else None,
         "speaker": speaker, "speaker_kind": kind}
    if aliases:
        a["aliases"] = aliases
    if role:
        a["role"] = role
    if optional:
        a["optional"] = True
    return a


def harbor():
    t = open(os.path.join(SAMPLES, "harbor-bridge-closure.txt"), encoding="utf-8").read()
    A = []
    A.append(att(t, "indirect", ["The Harbor Bridge will close to traffic for six months starting in March"],
                 "Department of Transportation", "organization",
                 cue=("announced", "announced Tuesday"), source=("the state Department of Transportation", "the state Department"),
                 aliases=["state Department of Transportation"]))
    A.append(att(t, "indirect", ["would snarl the city's already crowded roads"], "commuters and business owners",
                 "group", cue=("warned", "warned would"), source=("commuters and business owners", "commuters"),
                 optional=True))
    A.append(att(t, "indirect", ["Harbor Bridge to close for six months"], "state", "organization", optional=True))
    A.append(att(t, "direct", ["This is not a decision we made lightly,",
                               "The bridge is 70 years old, and the inspection we completed last month found corrosion that cannot wait."],
                 "Helen Ortiz", "person", cue=("said", "said at a news"),
                 source=("Transportation Commissioner Helen Ortiz", "Transportation Commissioner"),
                 role="Transportation Commissioner"))
    A.append(att(t, "indirect", ["the agency had considered keeping one lane open but rejected the idea after engineers concluded it would double the length of the project"],
                 "Helen Ortiz", "person", cue=("said", "said the agency"), source=("Ortiz", "Ortiz said the agency")))
    A.append(att(t, "indirect", ["about 85,000 vehicles cross the bridge each day"], "Department of Transportation",
                 "organization", cue=("According to", "According to"), source=("the department", "the department,"),
                 aliases=["the department", "state Department of Transportation"]))
    A.append(att(t, "indirect", ["he expected to lose a third of his customers"], "Marcus Bell", "person",
                 cue=("said", "said he expected"), source=("Marcus Bell", "Marcus Bell")))
    A.append(att(t, "direct", ["People are not going to sit in traffic for an hour to buy a croissant,"],
                 "Marcus Bell", "person", cue=("said", "said.\n\nCity"), source=("he", "he said.\n\nCity")))
    A.append(att(t, "mixed", ["unacceptable"], "Diane Yoon", "person", cue=("called", "called the schedule"),
                 source=("City Council member Diane Yoon", "City Council")))
    A.append(att(t, "indirect", ["she would ask the state to delay the closure until after the holiday season"],
                 "Diane Yoon", "person", cue=("said", "said she would"), source=("she", "she would ask")))
    A.append(att(t, "direct", ["We have known about this for years,",
                               "There is no excuse for springing it on residents with three months' notice."],
                 "Diane Yoon", "person", cue=("said", "said. \"There"), source=("Yoon", "Yoon said. \"There")))
    A.append(att(t, "indirect", ["the administration supported the department's plan"], "Kevin Marsh", "person",
                 cue=("said", "said the administration"), source=("A spokesman for the governor, Kevin Marsh", "A spokesman"),
                 aliases=["A spokesman for the governor", "a spokesman for the governor"]))
    A.append(att(t, "direct", ["Safety comes first,",
                               "The governor has asked the department to work with the city on detours and extra ferry service."],
                 "Kevin Marsh", "person", cue=("said", "said. \"The governor"), source=("Marsh", "Marsh said. \"The")))
    A.append(att(t, "indirect", ["the closure"], "The Daily Ledger", "outlet", cue=("reported", "reported the closure"),
                 source=("The Daily Ledger", "The Daily Ledger"), optional=True))
    return {"id": "harbor-bridge-closure", "text": t, "attributions": A, "no_comment": [], "credits": []}


def clinic():
    t = open(os.path.join(SAMPLES, "clinic-funding-vote.txt"), encoding="utf-8").read()
    A = []
    A.append(att(t, "mixed", ["the vote reflected \"the clear wishes of the people who depend on these clinics."],
                 "Patricia Gomez", "person", cue=("said", "said the vote"), source=("Board chair Patricia Gomez", "Board chair"),
                 role="Board chair"))
    A.append(att(t, "direct", ["We heard from hundreds of residents,",
                               "Some of them drove two hours to be here tonight. They told us, in no uncertain terms, that these clinics are a lifeline."],
                 "Patricia Gomez", "person", cue=("said", "said. \"Some"), source=("Gomez", "Gomez said. \"Some")))
    A.append(att(t, "indirect", ["the county could not afford the $2.4 million cost"], "Frank Dwyer", "person",
                 cue=("argued", "argued that"), source=("who", "who argued")))
    A.append(att(t, "direct", ["I understand the emotion in this room,",
                               "but we are borrowing against our children's future to pay for it."],
                 "Frank Dwyer", "person", cue=("said", "said, \"but"), source=("Dwyer", "Dwyer said, \"but")))
    A.append(att(t, "indirect", ["patients had been calling her for weeks"], "Amy Chen", "person",
                 cue=("said", "said patients"), source=("Nurse practitioner Amy Chen", "Nurse practitioner"),
                 role="Nurse practitioner"))
    A.append(att(t, "direct", ["They're scared,",
                               "Many of them have no other doctor within 40 miles."],
                 "Amy Chen", "person", cue=("said", "said. \"Many"), source=("she", "she said. \"Many")))
    A.append(att(t, "indirect", ["it would review the county's budget in the spring"], "state health department",
                 "organization", cue=("said", "said in a statement"), source=("The state health department", "The state health"),
                 aliases=["The state health department"]))
    A.append(att(t, "indirect", ["the clinics served about 12,000 patients last year"], "officials", "anonymous",
                 cue=("said", "said the clinics"), source=("Officials", "Officials said"), aliases=["Officials"]))
    A.append(att(t, "indirect", ["these clinics are a lifeline"], "residents", "group", optional=True))
    return {"id": "clinic-funding-vote", "text": t, "attributions": A, "no_comment": [], "credits": []}


def main():
    for doc in (harbor(), clinic()):
        write(doc)


def write(doc):
    with open(os.path.join(HERE, doc["id"] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("wrote", doc["id"])


if __name__ == "__main__":
    main()
