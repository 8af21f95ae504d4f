// Copyright 2026 The whosaid Authors.
//
// Speakers as identities: for each news-writing pattern, the speaker of the
// attribution whose content is given has the expected canonical name, role
// and organisation. One row per pattern, with sentences as they appear in
// articles.
#include <gtest/gtest.h>

#include <string>

#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

struct IdentityCase {
  const char* pattern;
  const char* text;
  const char* content_start;  // the attribution whose first content span starts so
  const char* name;
  const char* role;           // "" for none
  const char* organization;   // "" for none
  const char* byline = "";    // the article's author line
};

// A column's first-person claim, for the byline rows.
constexpr const char* kColumn =
    "Mayor Tom Brown opened the meeting.\n\nI said last week that the plan would fail.";

const IdentityCase kCases[] = {
    {"a middle initial is part of the name",
     "\"The bill is dead,\" House Speaker Paul D. Ryan said.", "The bill", "Paul D. Ryan",
     "House Speaker", "House"},
    {"the same name without its initial is the same person",
     "House Speaker Paul D. Ryan spoke first.\n\n\"We will vote,\" Paul Ryan said.", "We will",
     "Paul D. Ryan", "House Speaker", "House"},
    {"one common last word does not stand for an organisation's name",
     "White House officials met on Monday.\n\n\"The bill is dead,\" House Speaker Paul Ryan said.",
     "The bill", "Paul Ryan", "House Speaker", "House"},
    {"a press secretary's role keeps its organisation and modifier",
     "\"The president disagrees,\" White House press secretary Josh Earnest said.",
     "The president", "Josh Earnest", "White House press secretary", "White House"},
    {"a majority leader's organisation is the chamber",
     "\"The vote will wait,\" Senate Majority Leader Mitch McConnell said.", "The vote",
     "Mitch McConnell", "Senate Majority Leader", "Senate"},
    {"a quoted transcript's label in capitals is a person",
     "The senator took questions.\n\n\"REPORTER: Will you run?\n\n\"ADAMS: I have not decided.\"",
     "I have not decided", "Adams", "", ""},
    {"two names joined by and speak together",
     "\"The deal is dead,\" France and Germany said in a statement.", "The deal", "France and Germany",
     "", ""},
    {"an organisation's name with and stays one organisation",
     "\"The raids will go on,\" Immigration and Customs Enforcement said.", "The raids",
     "Immigration and Customs Enforcement", "", ""},
    {"a noun ending like an adverb is no adverb",
     "\"The video is clear,\" attorneys for the family said.", "The video", "attorneys for the family",
     "", ""},
    {"\"to\" inside an organisation's name",
     "\"Schools need money,\" said the Alliance to Reclaim Our Schools.", "Schools need",
     "Alliance to Reclaim Our Schools", "", ""},
    {"an age after the name is no role",
     "\"I am voting for him,\" said Donna Rawlings, 59, of Ashton, Md.", "I am voting",
     "Donna Rawlings", "", ""},
    {"acronym title gives the organisation",
     "\"Our officers are safe,\" ICE spokeswoman Carol Danko said.", "Our officers", "Carol Danko",
     "ICE spokeswoman", "ICE"},
    {"acronym resolves to the full name the article gives",
     "U.S. Immigration and Customs Enforcement said the raids would go on.\n\n"
     "\"Our officers are safe,\" ICE spokeswoman Carol Danko said.",
     "Our officers", "Carol Danko", "ICE spokeswoman", "U.S. Immigration and Customs Enforcement"},
    {"acronym in a headline, full name later",
     "ICE plans raids\n\n"
     "U.S. Immigration and Customs Enforcement said the raids would go on.\n\n"
     "\"Our officers are safe,\" ICE spokeswoman Carol Danko said.",
     "Our officers", "Carol Danko", "ICE spokeswoman", "U.S. Immigration and Customs Enforcement"},
    {"appositive with of-organisation",
     "\"We are scared,\" said Alicia Flores, executive director of the Hank Lacayo Youth and "
     "Family Center in Panorama City.",
     "We are scared", "Alicia Flores",
     "executive director of the Hank Lacayo Youth and Family Center in Panorama City",
     "Hank Lacayo Youth and Family Center"},
    {"officials with an organisation",
     "Officials with the Los Angeles Police Department said they would not take part.",
     "they would not", "Officials with the Los Angeles Police Department", "",
     "Los Angeles Police Department"},
    {"a place before the title is not an organisation",
     "\"We will sue,\" California Gov. Gavin Newsom said.", "We will sue", "Gavin Newsom",
     "California Gov.", ""},
    {"title without an organisation", "\"We are ready,\" Mayor Jane Smith said.", "We are ready",
     "Jane Smith", "Mayor", ""},
    {"a definite title is the person who spoke last and is named most",
     "\"The budget is tight,\" Jane Smith said.\n\n\"We will cut,\" Smith said.\n\n"
     "The Vermont senator said taxes would not rise.",
     "taxes would", "Jane Smith", "Vermont senator", ""},
    {"a definite title stays a description when the last speaker is named less",
     "\"The budget is tight,\" Jane Smith said.\n\n\"We will cut,\" Smith said.\n\n"
     "\"It is risky,\" said Tom Brown, an economist.\n\n"
     "The Vermont senator said taxes would not rise.",
     "taxes would", "Vermont senator", "", ""},
    {"surname resolves to the full name",
     "Mayor Jane Smith opened the meeting.\n\n\"We are ready,\" Smith said.", "We are ready",
     "Jane Smith", "Mayor", ""},
    // Regression: the apostrophe cut the name, and the speaker became "Alliance".
    {"plural possessive apostrophe inside an organisation's name",
     "A spokesperson for the Taxpayers' Alliance said residents were \"paying more\".",
     "residents were", "A spokesperson for the Taxpayers' Alliance", "", "Taxpayers' Alliance"},
    {"plural possessive apostrophe, curly, in a role",
     "Veterans\u2019 Affairs Department spokesman Tom Reed said the office was not told.",
     "the office was", "Tom Reed", "Veterans\u2019 Affairs Department spokesman",
     "Veterans\u2019 Affairs Department"},
    {"a pronoun agrees in gender with its person (given name)",
     "John Brown hired Mary Smith on Monday.\n\nHe said the plan would work.", "the plan would",
     "John Brown", "", ""},
    {"a one-word name the article repeats is a person pronouns can take",
     "Byron entered the school of Dr. William Glennie in 1799.\n\n"
     "Letters to Byron survive from that year.\n\nHe said the school was cold.",
     "the school was cold", "Byron", "", ""},
    {"a transcript's I is the paragraph's speaker",
     "JANE DOE: I told the committee that we would not pay.\n\n"
     "JOHN ROE: The committee did not listen.",
     "that we would not pay", "JANE DOE", "", ""},
    {"a transcript's you is the speaker before",
     "Kendra: I think it will rain.\n\nSabrina: You said that yesterday, and it did not rain.",
     "that yesterday", "Kendra", "", ""},
    {"the writer's own I outside quotes has no name",
     "Mayor Jane Smith opened the meeting.\n\nI said last week that the plan would fail.",
     "that the plan would fail", "", "", ""},
    {"the writer's own I outside quotes is the byline's person",
     kColumn,
     "that the plan would fail", "Jane Doe", "", "", "By JANE DOE, Staff Writer"},
    {"she is not the byline's writer, whom the article calls I",
     "Mayor Tom Brown spoke on Monday.\n\nI said last week that the plan would fail.\n\n"
     "She said the plan would work.",
     "the plan would work", "", "", "", "By Jane Doe"},
    {"a byline of two writers names no one",
     kColumn,
     "that the plan would fail", "", "", "", "By Jane Doe and John Roe"},
    {"a byline that is an outlet names no one",
     kColumn,
     "that the plan would fail", "", "", "", "Associated Press"},
    {"a transcript's I is its speaker, not the byline's",
     "JANE DOE: I told the committee that we would not pay.\n\n"
     "JOHN ROE: The committee did not listen.",
     "that we would not pay", "JANE DOE", "", "", "By Ann Lee"},
    {"the reader's you outside quotes has no name",
     "Mayor Jane Smith opened the meeting.\n\nYou said last week that the plan would fail.",
     "that the plan would fail", "", "", ""},
    {"pronoun resolves to the last speaker",
     "\"We are ready,\" Mayor Jane Smith said.\n\nShe added that the city had a plan.",
     "that the city had", "Jane Smith", "Mayor", ""},
};

class SpeakerIdentityTest : public ::testing::TestWithParam<IdentityCase> {};

TEST_P(SpeakerIdentityTest, GivesNameRoleAndOrganization) {
  const IdentityCase& c = GetParam();
  Result<Document> doc = Analyzer().Analyze(c.text, "", c.byline);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  const Attribution* found = nullptr;
  for (const Attribution& a : doc->attributions) {
    if (a.content.front().text.rfind(c.content_start, 0) == 0) found = &a;
  }
  ASSERT_NE(found, nullptr) << c.pattern << ": no attribution starting \"" << c.content_start << "\"";
  EXPECT_EQ(found->speaker.name, c.name) << c.pattern;
  EXPECT_EQ(found->speaker.role.value_or(""), c.role) << c.pattern;
  EXPECT_EQ(found->speaker.organization.value_or(""), c.organization) << c.pattern;
  if (found->speaker.entity >= 0) {
    const Entity& e = doc->entities[found->speaker.entity];
    EXPECT_EQ(e.name, c.name) << c.pattern;
    EXPECT_EQ(e.organization.value_or(""), c.organization) << c.pattern;
  }
}

INSTANTIATE_TEST_SUITE_P(NewsPatterns, SpeakerIdentityTest, ::testing::ValuesIn(kCases));

}  // namespace
}  // namespace whosaid
