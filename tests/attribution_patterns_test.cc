// Copyright 2026 The whosaid Authors.
//
// The attribution patterns of news writing, one row each, with sentences as
// they appear in articles. A row passes when some attribution has a content
// span with exactly the expected text (ignoring a trailing , . ! ?), the
// expected type and the expected speaker.
#include <gtest/gtest.h>

#include <string>

#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

struct PatternCase {
  const char* pattern;
  const char* text;
  const char* content;
  const char* type;
  const char* speaker;
  const char* kind;
  const char* cue = nullptr;  // checked when given
};

std::string Trim(std::string s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ' ' || s.back() == '!' ||
                        s.back() == '?')) {
    s.pop_back();
  }
  return s;
}

std::string Describe(const Document& doc) {
  std::string out;
  for (const Attribution& a : doc.attributions) {
    out += std::string("  [") + AttributionTypeName(a.type) + "] " + a.speaker.name + " (" +
           SpeakerKindName(a.speaker.kind) + "):";
    for (const Span& s : a.content) out += " <" + s.text + ">";
    out += "\n";
  }
  return out.empty() ? "  (no attributions)\n" : out;
}

const PatternCase kCases[] = {
    // --- Direct quotes, cue after the quote ------------------------------------
    {"quote, NAME said", "\"We will not back down,\" Sen. Maria Lopez said Tuesday.",
     "We will not back down", "direct", "Maria Lopez", "person"},
    {"quote, said NAME", "\"The numbers simply do not add up,\" said Daniel Okafor, a budget analyst.",
     "The numbers simply do not add up", "direct", "Daniel Okafor", "person"},
    {"quote, NAME, appositive, said",
     "\"This is a turning point,\" Rachel Kim, the city's housing director, said in an interview.",
     "This is a turning point", "direct", "Rachel Kim", "person"},
    {"quote, title NAME said", "\"I have no plans to resign,\" Gov. Henry Walsh told reporters.",
     "I have no plans to resign", "direct", "Henry Walsh", "person"},
    {"quote, NAME added", "\"It will take years to rebuild,\" Mayor Sandra Price added.",
     "It will take years to rebuild", "direct", "Sandra Price", "person"},
    {"quote with ! and tweeted",
     "\"Great meeting with the Prime Minister today!\" President Alan Brooks tweeted on Sunday.",
     "Great meeting with the Prime Minister today", "direct", "Alan Brooks", "person"},
    {"quote ? then asked", "\"Who is going to pay for this?\" asked Councilman Tim Reyes.",
     "Who is going to pay for this", "direct", "Tim Reyes", "person"},
    {"quote, dash attribution",
     "\"Democracy dies in darkness\" — Martin Hale, publisher of the Ledger.",
     "Democracy dies in darkness", "direct", "Martin Hale", "person", "—"},
    {"quote, according to NAME", "\"The plant will close in March,\" according to Laura Chen.",
     "The plant will close in March", "direct", "Laura Chen", "person"},
    {"quote, organisation said",
     "\"We are reviewing the footage,\" the Department of Justice said in a statement.",
     "We are reviewing the footage", "direct", "Department of Justice", "organization"},
    {"quote, outlet reported", "\"The talks have collapsed,\" Reuters reported.",
     "The talks have collapsed", "direct", "Reuters", "outlet"},
    {"quote, NAME wrote", "\"I was wrong about this,\" Thomas Reed wrote in a blog post.",
     "I was wrong about this", "direct", "Thomas Reed", "person"},
    {"quote, NAME had said", "\"No deal is better than a bad deal,\" Emma Stone had said earlier.",
     "No deal is better than a bad deal", "direct", "Emma Stone", "person"},
    {"quote, NAME also said", "\"We need more teachers,\" Superintendent Ana Ruiz also said.",
     "We need more teachers", "direct", "Ana Ruiz", "person"},
    {"quote, NAME said line-broken name",
     "\"Prices are falling,\" Treasury Secretary Paul\nGrant said Monday.",
     "Prices are falling", "direct", "Paul Grant", "person"},
    {"quote, spokeswoman said",
     "\"The company does not comment on rumors,\" Apex spokeswoman Jenna Ford said.",
     "The company does not comment on rumors", "direct", "Jenna Ford", "person"},
    {"quote, NAME said, 45",
     "\"I lost everything in the flood,\" Mark Davis, 45, said outside the shelter.",
     "I lost everything in the flood", "direct", "Mark Davis", "person"},
    // --- Direct quotes, cue before the quote -----------------------------------
    {"NAME said: quote", "Coach Dana Miller said: \"We played our best game of the season.\"",
     "We played our best game of the season", "direct", "Dana Miller", "person"},
    {"NAME said, quote", "Senator Ruth Adams said, \"This bill will save lives.\"",
     "This bill will save lives", "direct", "Ruth Adams", "person"},
    {"NAME told X: quote",
     "Police Chief Omar Haddad told reporters: \"The suspect is in custody.\"",
     "The suspect is in custody", "direct", "Omar Haddad", "person"},
    {"According to NAME, quote",
     "According to Professor Lena Vogel, \"the data point to a clear trend.\"",
     "the data point to a clear trend", "direct", "Lena Vogel", "person"},
    {"NAME said: next paragraph",
     "In a statement, Governor Carl Benson said:\n\n\"We will rebuild every home that was lost.\"",
     "We will rebuild every home that was lost", "direct", "Carl Benson", "person"},
    // --- Split, continued and multi-paragraph quotes ---------------------------
    {"split quote, second half",
     "\"We have done our part,\" Maya Patel said. \"Now it is up to Congress.\"",
     "Now it is up to Congress", "direct", "Maya Patel", "person"},
    {"NAME continued",
     "\"Taxes are too high,\" Jack Turner said.\n\n\"Families cannot keep up,\" Turner continued.",
     "Families cannot keep up", "direct", "Jack Turner", "person"},
    {"continuation paragraph without a cue",
     "\"The storm caught us off guard,\" said Fire Chief Olivia Grant.\n\n\"We had crews out all "
     "night and we will be out again tomorrow.\"",
     "We had crews out all night and we will be out again tomorrow", "direct", "Olivia Grant",
     "person"},
    {"multi-paragraph quote, first paragraph",
     "Dr. Susan Meyer said the results were clear.\n\n\"The vaccine works. It works in older "
     "patients and in younger ones.\n\n\"We saw no serious side effects,\" Meyer said.",
     "The vaccine works. It works in older patients and in younger ones.", "direct", "Susan Meyer",
     "person"},
    {"multi-paragraph quote, last paragraph",
     "Dr. Susan Meyer said the results were clear.\n\n\"The vaccine works. It works in older "
     "patients and in younger ones.\n\n\"We saw no serious side effects,\" Meyer said.",
     "We saw no serious side effects", "direct", "Susan Meyer", "person"},
    {"quote broken by a stray blank line",
     "\"Our schools will stay open through the\n\nwinter,\" said Principal Nora Blake.",
     "Our schools will stay open through the\n\nwinter", "direct", "Nora Blake", "person"},
    {"quote broken by a stray line break",
     "\"We expect the bridge to reopen\nnext week,\" transportation official Ben Cole said.",
     "We expect the bridge to reopen\nnext week", "direct", "Ben Cole", "person"},
    {"speaker named in the sentence before",
     "\"The plan works,\" Maya Patel said.\n\nOpposition leader Victor Hale disagreed.\n\n\"It is "
     "a fantasy that will cost us billions.\"",
     "It is a fantasy that will cost us billions", "direct", "Victor Hale", "person"},
    {"name with a colon but no cue", "Principal Nora Blake was blunt: \"We cannot keep doing this.\"",
     "We cannot keep doing this", "direct", "Nora Blake", "person"},
    {"transcript turn inside a quoted transcript",
     "Senator Ruth Adams spoke to reporters.\n\n\"REPORTER: Will you run again?\n\n\"ADAMS: I have "
     "not decided yet.\"",
     "I have not decided yet", "direct", "Ruth Adams", "person", ":"},
    {"a headline from a named person", "Pat Caddell: Democrat Voters Worried About Turnout\n\n"
     "The pollster spoke on Monday.",
     "Democrat Voters Worried About Turnout", "indirect", "Pat Caddell", "person", ":"},
    {"a headline from an unnamed source", "Source: Talks on the port deal collapsed overnight\n\n"
     "The port authority met on Monday.",
     "Talks on the port deal collapsed overnight", "indirect", "an unnamed source", "anonymous",
     ":"},
    {"a dateline is no part of the content",
     "SACRAMENTO, Calif. (AP) — The fire is the worst in a decade, Chief Dana Ruiz said Monday.",
     "The fire is the worst in a decade", "indirect", "Dana Ruiz", "person", "said"},
    {"reporting clause set off by commas inside the sentence",
     "To prevent problems, Mayor Ann Lee said, local officials should be vigilant.",
     "local officials should be vigilant", "indirect", "Ann Lee", "person", "said"},
    {"told with a listener pronoun, set off by commas",
     "The difference now, Anchor Tom Reed told me on Friday, is that the show is live.",
     "is that the show is live", "indirect", "Tom Reed", "person", "told"},
    {"told a listener then the reported clause",
     "Mayor Sandra Price told reporters the bridge would reopen next week.",
     "the bridge would reopen next week", "indirect", "Sandra Price", "person", "told"},
    {"a second reporting verb between two quotes gives the second its own claim",
     "\"We cannot afford this,\" Senator Ruth Adams said, adding later, \"The fund is empty.\"",
     "The fund is empty", "direct", "Ruth Adams", "person", "adding"},
    {"a quote after the sentence that attributed the quote before continues it",
     "\"I would,\" Melanie Cole said to the TV. \"I would, Donald.\"", "I would, Donald", "direct",
     "Melanie Cole", "person"},
    {"a quote of names after someone's words is still speech",
     "\"Here he comes,\" Melanie Cole said, clapping. \"The Donald. Big Daddy.\"",
     "The Donald. Big Daddy", "direct", "Melanie Cole", "person"},
    {"a second partial quote in a mixed claim's sentence",
     "Mayor Sandra Price described the plan as \"a failure\" that \"will cost the city millions.\"",
     "will cost the city millions", "mixed", "Sandra Price", "person"},
    {"split quote continued after a conjunction",
     "\"I like the mayor,\" Frank Dwyer said, but \"her plan will cost too much.\"",
     "her plan will cost too much", "direct", "Frank Dwyer", "person"},
    {"a list of partial quotes after one naming verb",
     "Mayor Ann Lee called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"",
     "sick", "mixed", "Ann Lee", "person"},
    {"a participle after a comma inside the closing quote mark",
     "Mayor Ann Lee described the move as a \"breach of trust,\" adding: \"I am informing the council.\"",
     "I am informing the council", "direct", "Ann Lee", "person", "adding"},
    {"a name right before a colon introduces the quote",
     "The result did not surprise Republican pollster Daron Shaw: \"Turnout decided it.\"",
     "Turnout decided it", "direct", "Daron Shaw", "person"},
    {"split quote with the cue between commas",
     "\"I understand the anger,\" Frank Dwyer said, \"but we cannot afford it.\"",
     "but we cannot afford it", "direct", "Frank Dwyer", "person"},
    {"party affiliation in parentheses",
     "\"This is a scandal,\" Sen. Jane Doe (D-Mass.) said on Tuesday.", "This is a scandal",
     "direct", "Jane Doe", "person"},
    {"progressive cue with a partial quote",
     "Mayor Sandra Price is warning residents that the storm is \"the worst in a decade.\"",
     "that the storm is \"the worst in a decade", "mixed", "Sandra Price", "person"},
    {"participle without a claim of its own",
     "Robert Lane said as much on Monday, arguing that the plan \"will never pass.\"",
     "that the plan \"will never pass", "mixed", "Robert Lane", "person"},
    {"relative clause after the name is not a role",
     "Marcus Bell, who owns a bakery nearby, said he expected to lose customers.",
     "he expected to lose customers", "indirect", "Marcus Bell", "person"},
    // --- Pronoun and nominal speakers ------------------------------------------
    {"pronoun he resolves to the last speaker",
     "Former coach Ray Simmons spoke at the rally. \"I never wanted to leave,\" he said.",
     "I never wanted to leave", "direct", "Ray Simmons", "person"},
    {"pronoun she after a quote by her",
     "\"The law is clear,\" Judge Karen Wu said. \"It does not allow this,\" she added.",
     "It does not allow this", "direct", "Karen Wu", "person"},
    {"surname resolves to the full name",
     "Lawmaker Peter Voss introduced the bill in May.\n\n\"It is long overdue,\" Voss said.",
     "It is long overdue", "direct", "Peter Voss", "person"},
    {"the source resolves to the unnamed source",
     "The network, citing a source familiar with the talks, said a deal was near. \"They are very "
     "close,\" the source said.",
     "They are very close", "direct", "a source familiar with the talks", "anonymous"},
    {"the spokeswoman resolves to the named spokeswoman",
     "Hospital spokeswoman Linda Park confirmed the closure on Monday.\n\n\"Patients will be "
     "moved to other sites,\" the spokeswoman said.",
     "Patients will be moved to other sites", "direct", "Linda Park", "person"},
    {"anonymous official", "\"The decision has been made,\" a senior administration official said.",
     "The decision has been made", "direct", "a senior administration official", "anonymous"},
    {"anonymous people familiar",
     "\"He was furious,\" said one person familiar with the meeting.", "He was furious",
     "direct", "one person familiar with the meeting", "anonymous"},
    {"acronym resolves to the organisation",
     "The Federal Bureau of Investigation opened an inquiry.\n\n\"We take these threats "
     "seriously,\" the FBI said.",
     "We take these threats seriously", "direct", "Federal Bureau of Investigation",
     "organization"},
    // --- Mixed: partial quotes inside reported speech --------------------------
    {"called X partial quote",
     "Senator Ruth Adams called the proposal \"reckless and cruel.\"", "reckless and cruel",
     "mixed", "Ruth Adams", "person"},
    {"said that partial quote",
     "Mayor Sandra Price said that the city was \"ready for anything.\"",
     "that the city was \"ready for anything", "mixed", "Sandra Price", "person"},
    {"described as partial quote",
     "Economist Gary Holt described the report as \"deeply flawed.\"", "deeply flawed", "mixed",
     "Gary Holt", "person"},
    // --- Indirect: reported speech without quote marks --------------------------
    {"NAME said that CLAUSE",
     "Finance Minister Ivan Petrov said that the budget would be balanced by 2026.",
     "that the budget would be balanced by 2026", "indirect", "Ivan Petrov", "person"},
    {"NAME said CLAUSE without that",
     "Mayor Sandra Price said the city would appeal the ruling.",
     "the city would appeal the ruling", "indirect", "Sandra Price", "person"},
    {"outlet reported DAY that CLAUSE",
     "The Washington Post reported Tuesday that the agency had missed its deadline.",
     "that the agency had missed its deadline", "indirect", "The Washington Post", "outlet"},
    {"CLAUSE, according to ORG",
     "Unemployment fell to 3.5 percent in June, according to the Bureau of Labor Statistics.",
     "Unemployment fell to 3.5 percent in June", "indirect", "Bureau of Labor Statistics",
     "organization"},
    {"According to NAME, CLAUSE",
     "According to Chief Economist Sara Lind, inflation will ease next year.",
     "inflation will ease next year", "indirect", "Sara Lind", "person"},
    {"CLAUSE, officials said", "The bridge will remain closed through Friday, officials said.",
     "The bridge will remain closed through Friday", "indirect", "officials", "anonymous"},
    {"CLAUSE, said NAME", "The vote was postponed until next week, said Rep. Jim Clarke.",
     "The vote was postponed until next week", "indirect", "Jim Clarke", "person"},
    {"accused X of Y",
     "Opposition leader Grace Mwangi accused the government of hiding the true cost.",
     "the government of hiding the true cost", "indirect", "Grace Mwangi", "person"},
    {"told X that CLAUSE",
     "Coach Dana Miller told reporters that the team would start a rookie on Sunday.",
     "that the team would start a rookie on Sunday", "indirect", "Dana Miller", "person"},
    {"outlet, citing X, reported that",
     "On Friday, CNN, citing two people briefed on the matter, reported that the meeting had been "
     "canceled.",
     "that the meeting had been canceled", "indirect", "CNN", "outlet"},
    {"group said that", "Local residents said that the noise had gone on for weeks.",
     "that the noise had gone on for weeks", "indirect", "Local residents", "group"},
    {"warned that", "Health officials warned that cases could rise again in the fall.",
     "that cases could rise again in the fall", "indirect", "Health officials", "anonymous"},
    {"he said that, pronoun",
     "Coach Dana Miller was asked about the injury. He said that the star would miss two games.",
     "that the star would miss two games", "indirect", "Dana Miller", "person"},
    {"VP coordination keeps going",
     "The Associated Press reported that the senator met the donors, and discussed the bill.",
     "that the senator met the donors, and discussed the bill", "indirect", "Associated Press",
     "outlet"},
    // --- Quote marks of many shapes --------------------------------------------
    {"curly double quotes", "“We are ready,” said Captain Lee Morgan.", "We are ready", "direct",
     "Lee Morgan", "person"},
    {"guillemets", "«Nous sommes prêts», said Minister Claire Dubois.", "Nous sommes prêts",
     "direct", "Claire Dubois", "person"},
    {"German low-high quotes", "„Wir schaffen das“, said Chancellor Eva Schmidt.",
     "Wir schaffen das", "direct", "Eva Schmidt", "person"},
    {"nested single quotes",
     "\"He told me 'never again' and walked out,\" said Lisa Grant.",
     "He told me 'never again' and walked out", "direct", "Lisa Grant", "person"},
    {"apostrophes are not quotes",
     "\"We don't know what the '90s fans' reaction will be,\" said promoter Eric Stone.",
     "We don't know what the '90s fans' reaction will be", "direct", "Eric Stone", "person"},
    {"curly apostrophes are not quotes",
     "“It’s the Smiths’ best album,” critic Ann Leigh said.",
     "It’s the Smiths’ best album", "direct", "Ann Leigh", "person"},
    {"abbreviations inside the quote",
     "\"The U.S. economy grew 2.1 percent in Jan. and Feb.,\" said Dr. Alice Ward.",
     "The U.S. economy grew 2.1 percent in Jan. and Feb", "direct", "Alice Ward", "person"},
    {"ellipsis inside the quote",
     "\"We tried... we really tried,\" said Coach Dana Miller.", "We tried... we really tried",
     "direct", "Dana Miller", "person"},
    {"quote after another sentence in the paragraph",
     "The council voted 7-2. \"This is a good day for the city,\" said Councilwoman Jo Baker.",
     "This is a good day for the city", "direct", "Jo Baker", "person"},
    {"organisation spokesperson pattern",
     "\"The airline apologizes for the delay,\" a spokesperson for Delta Air Lines said.",
     "The airline apologizes for the delay", "direct", "a spokesperson for Delta Air Lines",
     "organization"},
};

class AttributionPatternTest : public ::testing::TestWithParam<PatternCase> {};

TEST_P(AttributionPatternTest, FindsContentTypeAndSpeaker) {
  const PatternCase& c = GetParam();
  static const Analyzer* const analyzer = new Analyzer();
  Result<Document> doc = analyzer->Analyze(c.text, "case");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  bool content_found = false;
  for (const Attribution& a : doc->attributions) {
    for (const Span& s : a.content) {
      if (Trim(s.text) != Trim(c.content)) continue;
      content_found = true;
      EXPECT_STREQ(AttributionTypeName(a.type), c.type) << c.pattern << "\n" << Describe(*doc);
      EXPECT_EQ(a.speaker.name, c.speaker) << c.pattern << "\n" << Describe(*doc);
      EXPECT_STREQ(SpeakerKindName(a.speaker.kind), c.kind) << c.pattern << "\n" << Describe(*doc);
      if (c.cue != nullptr) {
        EXPECT_EQ(a.cue ? a.cue->text : "(none)", c.cue) << c.pattern << "\n" << Describe(*doc);
      }
    }
  }
  EXPECT_TRUE(content_found) << c.pattern << ": no content <" << c.content << ">\n"
                             << Describe(*doc);
}

INSTANTIATE_TEST_SUITE_P(NewsPatterns, AttributionPatternTest, ::testing::ValuesIn(kCases));

// Quoted text that is nobody's words: no attribution holds it.
TEST(NotAttributions, TitlesHeadingsAndStageDirections) {
  const struct {
    const char* what;
    const char* text;
    const char* words;  // must be in no attribution's content
  } cases[] = {
      {"a quoted heading in title case", "Mayor Ann Lee spoke on Monday.\n\n\"All Bets Are Off.\"\n\n"
       "The vote is next week.", "Bets"},
      {"a headline's label is no source", "Exclusive: Talks on the Port Deal Collapse\n\n"
       "The port authority met on Monday.", "Talks"},
      {"a transcript's stage direction", "Mayor Ann Lee spoke on Monday.\n\n\"LEE: We will win.\n\n"
       "\"(CROSSTALK.)\n\n\"LEE: We will.\"", "CROSSTALK"},
  };
  const Analyzer analyzer;
  for (const auto& c : cases) {
    Result<Document> doc = analyzer.Analyze(c.text, "case");
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    for (const Attribution& a : doc->attributions) {
      for (const Span& s : a.content) {
        EXPECT_EQ(s.text.find(c.words), std::string::npos) << c.what << "\n" << Describe(*doc);
      }
    }
  }
}

// The rules read past a show's title in quote marks to the reported clause.
// (The default output may show the learned model's longer content, which
// PolNeAR's annotators would also mark: docs/attribution-model.md.)
TEST(RulePatterns, AShowsTitleIsNotTheContent) {
  Options options;
  options.model = false;
  const Analyzer analyzer(options);
  Result<Document> doc = analyzer.Analyze(
      "Senator Ruth Adams said on CBS's \"Face the Nation,\" that the deal was dead.", "case");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->attributions.size(), 1u) << Describe(*doc);
  ASSERT_EQ(doc->attributions[0].content.size(), 1u) << Describe(*doc);
  EXPECT_EQ(doc->attributions[0].content[0].text, "that the deal was dead") << Describe(*doc);
  EXPECT_EQ(doc->attributions[0].speaker.name, "Ruth Adams") << Describe(*doc);
}

}  // namespace
}  // namespace whosaid
