// Copyright 2026 The whosaid Authors.
//
// The reverse of SpeakerKindName and AttributionTypeName, for reading the
// names the store writes.
#ifndef WHOSAID_STORE_KIND_NAMES_H_
#define WHOSAID_STORE_KIND_NAMES_H_

#include <string_view>

#include "whosaid/document.h"

namespace whosaid::internal {

// kUnknown for a name that is not a kind's.
inline SpeakerKind SpeakerKindNamed(std::string_view name) {
  for (SpeakerKind k : {SpeakerKind::kPerson, SpeakerKind::kOrganization, SpeakerKind::kOutlet,
                        SpeakerKind::kAnonymous, SpeakerKind::kGroup}) {
    if (name == SpeakerKindName(k)) return k;
  }
  return SpeakerKind::kUnknown;
}

// kDirect for a name that is not a type's.
inline AttributionType AttributionTypeNamed(std::string_view name) {
  for (AttributionType t : {AttributionType::kIndirect, AttributionType::kMixed}) {
    if (name == AttributionTypeName(t)) return t;
  }
  return AttributionType::kDirect;
}

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_KIND_NAMES_H_
