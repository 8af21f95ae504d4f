// Copyright 2026 The whosaid Authors.
//
// SpeakerLinker: the same speaker across articles. Each article already
// resolves its mentions to the fullest name it gives ("Tom Homan"); this
// groups those per-article identities into corpus-wide speakers.
//
//   - people: the same surname and the same given name, a short form
//     counting as its formal name (Tom = Thomas, data/lexicons/nicknames.txt)
//     and an initial as any name it starts ("T. Homan"); middle names and
//     initials and suffixes (Jr., III) aside. A lone surname ("Homan") joins
//     the person of that surname only when the corpus has exactly one; two
//     people sharing a surname (Hillary and Bill Clinton) are never merged,
//     and a lone "Clinton" stays apart from both.
//   - organisations, outlets and groups: the same name, case and a leading
//     "the" aside.
//   - anonymous and unknown speakers: never across documents ("a senior
//     official" in one article is not the one in another).
#ifndef WHOSAID_STORE_SPEAKER_LINKER_H_
#define WHOSAID_STORE_SPEAKER_LINKER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "whosaid/document.h"

namespace whosaid::internal {

// One identity as one article gives it.
struct ArticleSpeaker {
  std::string name;
  SpeakerKind kind = SpeakerKind::kUnknown;
  int64_t doc = 0;  // the document it comes from
  int weight = 1;   // how many attributions it has, to choose display names
};

struct LinkedSpeakers {
  // For each input, the index of its corpus-wide speaker, numbered 0.. in
  // order of first appearance in the input.
  std::vector<int> speaker_of;
  // Per speaker: the name to show (the most used full form) and every name
  // it goes by, sorted. A person's surname is among them when no other
  // person has it.
  std::vector<std::string> display_name;
  std::vector<std::vector<std::string>> names;
};

// Deterministic: the same input in the same order gives the same output.
LinkedSpeakers LinkSpeakers(const std::vector<ArticleSpeaker>& speakers);

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_SPEAKER_LINKER_H_
