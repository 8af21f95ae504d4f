// Copyright 2026 The whosaid Authors.
//
// One identity per speaker: attributions to the same entity (or, without an
// entity, to the same name) belong to one speaker in every writer.
#ifndef WHOSAID_OUTPUT_SPEAKER_KEY_H_
#define WHOSAID_OUTPUT_SPEAKER_KEY_H_

#include <string>

#include "whosaid/document.h"

namespace whosaid {

// "e<entity index>" when the speaker is an entity, else "n<name>".
std::string SpeakerKey(const Speaker& speaker);

}  // namespace whosaid

#endif  // WHOSAID_OUTPUT_SPEAKER_KEY_H_
