// Copyright 2026 The whosaid Authors.
#include "report/cast.h"

#include <string>
#include <unordered_map>

#include "output/speaker_key.h"

namespace whosaid::report {

bool IsAnonymous(const Speaker& speaker) { return speaker.kind == SpeakerKind::kAnonymous; }

Cast CastOf(const Document& doc) {
  Cast cast;
  std::unordered_map<std::string, int> index;
  int next_colour = 0;
  for (const Attribution& a : doc.attributions) {
    auto [it, added] = index.try_emplace(SpeakerKey(a.speaker), static_cast<int>(cast.members.size()));
    if (added) {
      const bool known = !a.speaker.name.empty();
      cast.members.push_back({&a.speaker, 0, known ? next_colour++ % kPaletteSize : kNoColour});
    }
    ++cast.members[it->second].count;
    cast.member_of.push_back(it->second);
  }
  return cast;
}

}  // namespace whosaid::report
