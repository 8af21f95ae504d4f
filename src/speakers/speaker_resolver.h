// Copyright 2026 The whosaid Authors.
//
// SpeakerResolver: an Article and its Claims in, one Speaker per claim and the
// article's speaking entities out.
//
// Resolution, in order: a claim that continues another takes its speaker;
// pronouns (he, she, they, it) take the most recent compatible speaker or
// person mentioned; outlets come from the outlet lexicon; "officials with
// ORG" are that organisation's officials; anonymous sources ("an unnamed
// source familiar with the matter") become entities that later definite
// mentions ("the source") resolve to; names resolve to the fullest form the
// article gives (a surname to the full name, an acronym to the organisation
// whose initials it spells); titles before a name and appositives after it
// give the role.
#ifndef WHOSAID_SPEAKERS_SPEAKER_RESOLVER_H_
#define WHOSAID_SPEAKERS_SPEAKER_RESOLVER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "attribution/article.h"
#include "attribution/claim.h"
#include "speakers/name_typer.h"
#include "whosaid/document.h"

namespace whosaid::internal {

// An entity with its mentions as token ranges of the article.
struct EntityMentions {
  std::string name;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::optional<std::string> role;
  std::optional<std::string> organization;
  std::vector<TokenRange> mentions;
};

struct ResolvedSpeakers {
  std::vector<Speaker> speakers;      // one per claim; Speaker::entity indexes `entities`
  std::vector<Speaker> vias;          // one per claim; empty name when none
  std::vector<EntityMentions> entities;  // only those some claim points at
};

// `writer` names the article's writer (WriterFromByline): a first-person
// "I" outside quotations and transcripts is that person. Without one, such
// an "I" is left unnamed.
ResolvedSpeakers ResolveSpeakers(const Article& article, const std::vector<Claim>& claims,
                                 std::string_view writer = {});

// As ResolveSpeakers, but `entities` lists every entity the article
// mentions by name or as a source, speaking or not (for scoring
// coreference); Speaker::entity indexes that list.
ResolvedSpeakers ResolveEntities(const Article& article, const std::vector<Claim>& claims,
                                 std::string_view writer = {});

// The one person a byline names ("By Jane Doe", "JANE DOE, Staff Writer",
// "Jane Doe | Reuters" → "Jane Doe"), or empty: several writers ("Jane Doe
// and John Roe"), an outlet or a desk ("Reuters", "Staff", "Editorial
// Board"), or not a name of two to four words.
std::string WriterFromByline(std::string_view byline);

// A capitalised name the article writes, in or out of quotes, with the type
// of what it names in GUM's entity types: "person", "organization", "place",
// "abstract", "event", "time", ... (see name_types.h).
struct NamedMention {
  TokenRange range;
  std::string_view type;  // static storage
};

// Every name in the article, in text order.
std::vector<NamedMention> FindNamedMentions(const Article& article);

// Every name run in the article, in or out of quotations, in text order.
std::vector<NameRun> FindNameRuns(const Article& article);

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_SPEAKER_RESOLVER_H_
