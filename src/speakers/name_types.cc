// Copyright 2026 The whosaid Authors.
#include "speakers/name_types.h"

#include <string>
#include <unordered_map>

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

const NameTypes& Table() {
  static const NameTypes* table = [] {
    for (int k = 0; k < kLexiconFileCount; ++k) {
      if (std::string_view(kLexiconFiles[k].name) == "name_types") {
        return new NameTypes(Parse(kLexiconFiles[k].contents));
      }
    }
    return new NameTypes();
  }();
  return *table;
}

}  // namespace

std::string_view UsualNameType(std::string_view lowercase_word) {
  const NameTypes& table = Table();
  auto it = table.find(lowercase_word);
  return it == table.end() ? std::string_view() : std::string_view(it->second);
}

}  // namespace whosaid::internal
