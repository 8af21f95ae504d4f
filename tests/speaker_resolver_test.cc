// Copyright 2026 The whosaid Authors.
//
// The speaker resolver on source mentions handed to it directly, whatever
// phrase finder produced them: one row per shape of mention.
#include "speakers/speaker_resolver.h"

#include <gtest/gtest.h>

#include <string>

#include "lexicon/lexicon.h"
#include "text/normalize.h"

namespace whosaid::internal {
namespace {

// The token range of the first occurrence of `words` in the article.
TokenRange Find(const Article& a, std::string_view words) {
  const size_t at = a.text.find(words);
  TokenRange r{UINT32_MAX, 0};
  for (uint32_t t = 0; t < a.size(); ++t) {
    if (a.tokens[t].begin >= at && a.tokens[t].end <= at + words.size()) {
      r.begin = std::min(r.begin, t);
      r.end = t + 1;
    }
  }
  return r;
}

TEST(SpeakerResolver, ResolvesSourceMentionsOfEveryShape) {
  const struct {
    const char* what;
    const char* text;
    const char* source;  // the mention handed to the resolver
    const char* cue;
    const char* name;
    const char* role;
  } cases[] = {
      {"an appositive after a comma is a role, not part of the name",
       "Tom Molomby, SC, for the family said they were not told.", "Tom Molomby, SC,", "said",
       "Tom Molomby", "SC"},
      {"a long appositive stays out of the name",
       "Professor Cres Eastman, Director of the National Iodine study, said iodine was low.",
       "Professor Cres Eastman, Director of the National Iodine study,", "said", "Cres Eastman",
       "Director of the National Iodine study"},
      {"a pronoun after a discourse word is the pronoun",
       "Mayor Jane Smith spoke first. Well she said the budget was tight.", "Well she", "said",
       "Jane Smith", "Mayor"},
      {"a pronoun with a clitic is the pronoun",
       "Mayor Jane Smith spoke first. Maybe she'll say the budget is tight.", "Maybe she'll",
       "say", "Jane Smith", "Mayor"},
      {"a relative pronoun is the name right before it",
       "The ban was criticised by Hillary Clinton, who said it was cruel.", "who", "said",
       "Hillary Clinton", ""},
      {"a relative pronoun after no entity leaves the speaker unnamed",
       "Mayor Jane Smith read the scientific literature, which showed the planet was warming.",
       "which", "showed", "", ""},
      {"a possessive resolves as its personal pronoun",
       "Mayor John Smith spoke first. His statement said the budget was tight.", "His", "said",
       "John Smith", "Mayor"},
      {"a party before a name is a role", "Democrat Jane Smith said the budget was tight.",
       "Democrat Jane Smith", "said", "Jane Smith", "Democrat"},
      {"a plural title is a title", "Sens. Jeff Merkley and Ron Wyden said the bill was late.",
       "Sens. Jeff Merkley", "said", "Jeff Merkley", "Sens."},
      {"after an honorific a title word is a surname", "Mr. King said the show would go on.",
       "Mr. King", "said", "King", "Mr."},
      {"a time word after the mention is not part of it",
       "Mayor Jane Smith spoke first. Smith now says the budget is tight.", "Smith now", "says",
       "Jane Smith", "Mayor"},
      {"\"of the\" inside a capitalised name after \"the\" is part of it",
       "The books stay, the National Library of the Netherlands said on Monday.",
       "the National Library of the Netherlands", "said", "National Library of the Netherlands", ""},
      {"\"of the\" inside an organisation's name is part of it",
       "The road is closed, the Department of the Interior said.", "the Department of the Interior",
       "said", "Department of the Interior", ""},
  };
  for (const auto& c : cases) {
    const NormalizedText norm = Normalize(c.text);
    const Article a = BuildArticle(norm.text, Lexicon::Default(), 1 << 16);
    Claim claim;
    claim.type = AttributionType::kIndirect;
    claim.source = Find(a, c.source);
    claim.cue = Find(a, c.cue);
    ASSERT_FALSE(claim.source.empty()) << c.what;
    const ResolvedSpeakers r = ResolveSpeakers(a, {claim});
    ASSERT_EQ(r.speakers.size(), 1u) << c.what;
    EXPECT_EQ(r.speakers[0].name, c.name) << c.what;
    EXPECT_EQ(r.speakers[0].role.value_or(""), c.role) << c.what;
  }
}

// A definite description takes an earlier speaker when its head noun is a
// word of that speaker's name or the last word of their role.
TEST(SpeakerResolver, DescriptionsMatchANameWordOrTheRolesHead) {
  const struct {
    const char* what;
    const char* text;
    const char* first_source;
    const char* second_source;
    const char* name;  // the second claim's speaker
  } cases[] = {
      {"the role's head noun", "ICE spokeswoman Carol Danko said the raids were planned. "
       "The spokeswoman said agents were ready.", "ICE spokeswoman Carol Danko", "The spokeswoman",
       "Carol Danko"},
      {"a word of an organisation's name", "The Department of Homeland Security said it would "
       "review the plan. The department said nothing more.", "The Department of Homeland Security",
       "The department", "Department of Homeland Security"},
      {"a board is not a board member", "The cost was too high, said board member Frank Dwyer. "
       "The board said the clinics would stay open.", "board member Frank Dwyer", "The board",
       "board"},
      {"a word inside another word does not count", "Reporter Ann Lee said the data was old. "
       "The port said it was new.", "Reporter Ann Lee", "The port", "port"},
  };
  for (const auto& c : cases) {
    const NormalizedText norm = Normalize(c.text);
    const Article a = BuildArticle(norm.text, Lexicon::Default(), 1 << 16);
    std::vector<Claim> claims(2);
    claims[0].source = Find(a, c.first_source);
    claims[0].cue = Find(a, "said");
    const size_t second = a.text.find(c.second_source);
    claims[1].source = Find(a, c.second_source);
    for (uint32_t t = claims[1].source.end; t < a.size(); ++t) {
      if (a.tokens[t].begin > second && a.Is(t, "said")) {
        claims[1].cue = {t, t + 1};
        break;
      }
    }
    ASSERT_FALSE(claims[0].source.empty() || claims[1].source.empty() || claims[1].cue.empty())
        << c.what;
    const ResolvedSpeakers r = ResolveSpeakers(a, claims);
    ASSERT_EQ(r.speakers.size(), 2u) << c.what;
    EXPECT_EQ(r.speakers[1].name, c.name) << c.what;
  }
}

TEST(WriterFromByline, NamesOnePersonAndNothingElse) {
  const std::pair<const char*, const char*> kCases[] = {
      {"By Jane Doe", "Jane Doe"},
      {"  by Jane Q. Doe \n", "Jane Q. Doe"},
      {"By JANE O'NEIL-SMITH, Staff Writer", "Jane O'Neil-Smith"},
      {"Jane Doe | Reuters", "Jane Doe"},
      {"Jane Doe - Washington", "Jane Doe"},
      {"Ludwig van Beethoven", "Ludwig van Beethoven"},
      {"Arash Javanbakht", "Arash Javanbakht"},
      {"By Jane Doe and John Roe", ""},
      {"Jane Doe & John Roe", ""},
      {"Reuters", ""},
      {"By The Associated Press", ""},
      {"Washington Post", ""},
      {"Staff Reports", ""},
      {"Editorial Board", ""},
      {"Wikipedia, The Free Encyclopedia", ""},
      {"Supreme Court of the United States", ""},
      {"Bill", ""},
      {"", ""},
      {"jane doe", ""},
      {"By Jane Doe 2nd", ""},
  };
  for (const auto& [byline, name] : kCases) EXPECT_EQ(WriterFromByline(byline), name) << byline;
}

}  // namespace
}  // namespace whosaid::internal
