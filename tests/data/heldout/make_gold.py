#!/usr/bin/env python3
"""Gold for the held-out articles: written and annotated before whosaid ran on them.

Run from the repo root: /usr/bin/python3 tests/data/heldout/make_gold.py
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold"))
from make_gold import att  # noqa: E402  the same helper as the sample gold

HERE = os.path.dirname(os.path.abspath(__file__))


def council():
    t = open(os.path.join(HERE, "council-tax-rise.txt"), encoding="utf-8").read()
    A = [
        att(t, "mixed", ["the authority had \"no realistic alternative\" if it wanted to protect adult social care"],
            "Sarah Whitfield", "person", cue=("told", "told the meeting"),
            source=("The council's finance chief, Sarah Whitfield", "The council's finance"),
            role="council's finance chief"),
        att(t, "direct", ["Nobody comes into local government to put up bills,",
                          "But the alternative is closing libraries and cutting care packages for some of the most vulnerable people in this city."],
            "Sarah Whitfield", "person", cue=("said", "said. \"But"), source=("she", "she said. \"But")),
        att(t, "mixed", ["the rise was \"a tax on failure"], "Tom Ashby", "person",
            cue=("said", "said the rise"), source=("Opposition leader Tom Ashby", "Opposition leader"),
            role="Opposition leader"),
        att(t, "indirect", ["the ruling group of wasting millions on consultants"], "Tom Ashby", "person",
            cue=("accused", "accused the ruling"), source=None),
        att(t, "indirect", ["spending on agency staff rose by £6m last year"], "the council", "organization",
            cue=("According to", "According to"), source=("the council's own figures", "the council's own"),
            aliases=["council", "the council's own figures", "council's own figures"]),
        att(t, "mixed", ["residents were \"paying more and getting less"], "A spokesperson for the Taxpayers' Alliance",
            "organization", cue=("said", "said residents"),
            source=("A spokesperson for the Taxpayers' Alliance", "A spokesperson"),
            aliases=["Taxpayers' Alliance", "the Taxpayers' Alliance"]),
        att(t, "indirect", ["she was worried"], "Margaret Hughes", "person", cue=("said", "said she was"),
            source=("Local pensioner Margaret Hughes", "Local pensioner")),
        att(t, "direct", ["I've lived here all my life and I've never seen it this bad,"], "Margaret Hughes",
            "person", cue=("told", "told reporters"), source=("she", "she told reporters")),
        att(t, "mixed", ["councils had been given \"the largest cash increase in a decade"], "The government",
            "organization", cue=("said", "said councils"), source=("The government", "The government"),
            aliases=["government"]),
    ]
    return {"id": "council-tax-rise", "text": t, "attributions": A, "no_comment": [], "credits": []}


def wildfire():
    t = open(os.path.join(HERE, "wildfire-evacuations.txt"), encoding="utf-8").read()
    A = [
        att(t, "indirect", ["More than 4,000 residents were ordered to leave their homes Saturday as a wind-driven wildfire tore through dry brush in the foothills east of the city"],
            "fire officials", "anonymous", cue=("said", "said.\n"), source=("fire officials", "fire officials said"),
            aliases=["officials"]),
        att(t, "indirect", ["The fire had burned about 6,500 acres by late afternoon and was 5% contained"],
            "state forestry agency", "organization", cue=("according to", "according to the state"),
            source=("the state forestry agency", "the state forestry"), aliases=["the state forestry agency"]),
        att(t, "direct", ["This fire is moving faster than anything we have seen this season,",
                          "We are asking people not to wait. If you are told to go, go."],
            "Luis Romero", "person", cue=("said", "said Battalion"), source=("Battalion Chief Luis Romero", "Battalion Chief"),
            role="Battalion Chief"),
        att(t, "indirect", ["at least a dozen structures had been destroyed, though crews had not yet been able to assess the full damage"],
            "Luis Romero", "person", cue=("said", "said at least"), source=("Romero", "Romero said at")),
        att(t, "mixed", ["the state would \"use every resource available\" to protect lives"], "Patricia Lane", "person",
            cue=("said", "said the state"), source=("she", "she said the state"), role="Gov."),
        att(t, "indirect", ["a chaotic scene as the flames approached"], "Residents", "group",
            cue=("described", "described a chaotic"), source=("Residents", "Residents described"), aliases=["residents"],
            optional=True),
        att(t, "direct", ["We grabbed the dog and the photo albums and that was it,",
                          "You could see the glow over the hill."],
            "Kim Alvarez", "person", cue=("said", "said Kim"), source=("Kim Alvarez", "Kim Alvarez")),
        att(t, "indirect", ["gusts of up to 50 mph could continue through Sunday"], "National Weather Service",
            "organization", cue=("warned", "warned that"), source=("The National Weather Service", "The National Weather"),
            aliases=["The National Weather Service"]),
    ]
    return {"id": "wildfire-evacuations", "text": t, "attributions": A, "no_comment": [], "credits": []}


if __name__ == "__main__":
    for doc in (council(), wildfire()):
        with open(os.path.join(HERE, doc["id"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", doc["id"])
