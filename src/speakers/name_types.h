// Copyright 2026 The whosaid Authors.
//
// What the words of a name tell, from two word lists in data/lexicons:
//  * name_types.txt (derived from GUM train by scripts/derive_name_lexicons.py):
//    the kind of thing names headed by a word usually name: "paris" -> "place",
//    "obama" -> "person". Types are GUM's entity types: person, organization,
//    place, abstract, event, time, object, substance, animal, plant.
//  * place_names.txt (derived by scripts/derive_place_names.py from Debian's
//    iso-codes and tzdata): countries, states, provinces and big cities.
//  * first_names.txt (derived by scripts/derive_first_names.py): given names
//    and their usual gender: "mary" -> 'f', "thomas" -> 'm', "jean" -> 'u'.
// Thread-safe.
#ifndef WHOSAID_SPEAKERS_NAME_TYPES_H_
#define WHOSAID_SPEAKERS_NAME_TYPES_H_

#include <string_view>

namespace whosaid::internal {

// The usual type of names headed by `lowercase_word`; empty when the
// lexicon does not know the word.
std::string_view UsualNameType(std::string_view lowercase_word);

// Whether the lowercase name ("athens", "newfoundland and labrador") is a
// place the gazetteer knows.
bool IsPlaceName(std::string_view lowercase_name);

// 'f', 'm' or 'u' (either) for a known given name, '\0' for any other word.
char FirstNameGender(std::string_view lowercase_word);

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_NAME_TYPES_H_
