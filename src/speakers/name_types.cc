// Copyright 2026 The whosaid Authors.
#include "speakers/name_types.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_data.h"

namespace whosaid::internal {
namespace {

using NameTypes = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

// "word type" per line; '#' starts a comment.
NameTypes Parse(std::string_view data) {
  NameTypes out;
  size_t b = 0;
  while (b < data.size()) {
    size_t e = data.find('\n', b);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(b, e - b);
    b = e + 1;
    if (const size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    const size_t space = line.find(' ');
    if (space == std::string_view::npos || space == 0) continue;
    out.emplace(std::string(line.substr(0, space)), std::string(line.substr(space + 1)));
  }
  return out;
}

// The "word value" table of lexicon file `name` (its stem); empty when the
// build has no such file.
NameTypes ReadTable(std::string_view name) {
  for (int k = 0; k < kLexiconFileCount; ++k) {
    if (std::string_view(kLexiconFiles[k].name) == name) return Parse(kLexiconFiles[k].contents);
  }
  return NameTypes();
}

// One entry per line, whole lines; '#' starts a comment.
std::unordered_set<std::string, StringHash, std::equal_to<>> ReadSet(std::string_view name) {
  std::unordered_set<std::string, StringHash, std::equal_to<>> out;
  for (int k = 0; k < kLexiconFileCount; ++k) {
    if (std::string_view(kLexiconFiles[k].name) != name) continue;
    const std::string_view data = kLexiconFiles[k].contents;
    size_t b = 0;
    while (b < data.size()) {
      size_t e = data.find('\n', b);
      if (e == std::string_view::npos) e = data.size();
      const std::string_view line = data.substr(b, e - b);
      b = e + 1;
      if (!line.empty() && line[0] != '#') out.emplace(line);
    }
  }
  return out;
}

}  // namespace

bool IsPlaceName(std::string_view lowercase_name) {
  static const auto* places = new std::unordered_set<std::string, StringHash, std::equal_to<>>(
      ReadSet("place_names"));
  return places->find(lowercase_name) != places->end();
}

std::string_view UsualNameType(std::string_view lowercase_word) {
  static const NameTypes* table = new NameTypes(ReadTable("name_types"));
  auto it = table->find(lowercase_word);
  return it == table->end() ? std::string_view() : std::string_view(it->second);
}

char FirstNameGender(std::string_view lowercase_word) {
  static const NameTypes* table = new NameTypes(ReadTable("first_names"));
  auto it = table->find(lowercase_word);
  return it == table->end() || it->second.empty() ? '\0' : it->second[0];
}

}  // namespace whosaid::internal
