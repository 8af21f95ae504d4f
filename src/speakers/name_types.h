// Copyright 2026 The whosaid Authors.
//
// What kind of thing a name's word usually names, from the name_types
// lexicon (data/lexicons/name_types.txt, derived from GUM train by
// scripts/derive_name_lexicons.py): "paris" -> "place", "obama" -> "person".
// Types are GUM's entity types: person, organization, place, abstract,
// event, time, object, substance, animal, plant. Thread-safe.
#ifndef WHOSAID_SPEAKERS_NAME_TYPES_H_
#define WHOSAID_SPEAKERS_NAME_TYPES_H_

#include <string_view>

namespace whosaid::internal {

// The usual type of names headed by `lowercase_word`; empty when the
// lexicon does not know the word.
std::string_view UsualNameType(std::string_view lowercase_word);

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_NAME_TYPES_H_
