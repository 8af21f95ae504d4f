// Copyright 2026 The whosaid Authors.
#include "output/speaker_key.h"

#include <fmt/format.h>

namespace whosaid {

std::string SpeakerKey(const Speaker& speaker) {
  // fmt rather than operator+: GCC 12 warns falsely (-Wrestrict) on "e" + std::string.
  return speaker.entity >= 0 ? fmt::format("e{}", speaker.entity) : fmt::format("n{}", speaker.name);
}

}  // namespace whosaid
