// Copyright 2026 The whosaid Authors.
//
// The cast of an article: its speakers in order of first attribution, how
// often each is cited, and the colour each is drawn in.
#ifndef WHOSAID_REPORT_CAST_H_
#define WHOSAID_REPORT_CAST_H_

#include <vector>

#include "whosaid/document.h"

namespace whosaid::report {

// Number of distinct speaker colours; the palette repeats after that.
inline constexpr int kPaletteSize = 10;
// The colour of attributions without a known speaker.
inline constexpr int kNoColour = -1;

struct CastMember {
  const Speaker* speaker = nullptr;  // as given by its first attribution
  int count = 0;                     // attributions to this speaker
  int colour = kNoColour;            // 0..kPaletteSize-1, or kNoColour
};

struct Cast {
  std::vector<CastMember> members;  // in order of first attribution
  std::vector<int> member_of;       // per attribution: index into members
};

// Groups doc's attributions by speaker (see output/speaker_key.h). Speakers
// that are unknown (no name) share kNoColour; the others get palette colours
// in order of appearance. Points into `doc`, which must outlive the Cast.
Cast CastOf(const Document& doc);

// True for a speaker shown as unnamed: anonymous sources.
bool IsAnonymous(const Speaker& speaker);

}  // namespace whosaid::report

#endif  // WHOSAID_REPORT_CAST_H_
