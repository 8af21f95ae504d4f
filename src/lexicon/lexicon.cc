// Copyright 2026 The whosaid Authors.
#include "lexicon/lexicon.h"

#include <sstream>
#include <vector>

#include "lexicon/lexicon_data.h"

namespace whosaid::internal {
namespace {

std::string_view FileContents(std::string_view name) {
  for (int i = 0; i < kLexiconFileCount; ++i) {
    if (name == kLexiconFiles[i].name) return kLexiconFiles[i].contents;
  }
  return {};  // a missing list is empty; the lexicon test checks each is present
}

// The non-empty, non-comment lines of a lexicon file, trimmed.
std::vector<std::string> Lines(std::string_view name) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(FileContents(name))};
  std::string line;
  while (std::getline(in, line)) {
    const size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    const size_t b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos) continue;
    const size_t e = line.find_last_not_of(" \t\r");
    lines.push_back(line.substr(b, e - b + 1));
  }
  return lines;
}

std::vector<std::string> Words(const std::string& line) {
  std::vector<std::string> words;
  std::istringstream in(line);
  std::string w;
  while (in >> w) words.push_back(w);
  return words;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

std::string_view LowerAscii(std::string_view word, std::string* buf) {
  buf->assign(word);
  for (char& c : *buf) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return *buf;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* const kLexicon = new Lexicon();
  return *kLexicon;
}

Lexicon::Lexicon() {
  for (const std::string& line : Lines("reporting_verbs")) {
    const size_t colon = line.find(':');
    CueInfo info;
    for (const std::string& tag : Words(line.substr(colon + 1))) {
      if (tag == "quote") info.tags |= kCueQuote;
      if (tag == "that") info.tags |= kCueThat;
      if (tag == "object") info.tags |= kCueObject;
      if (tag == "mixed") info.tags |= kCueMixed;
    }
    const std::vector<std::string> forms = Words(line.substr(0, colon));
    info.lemma = forms.front();
    for (const std::string& form : forms) cues_[Lower(form)] = info;
  }
  for (const std::string& line : Lines("abbreviations")) {
    const std::vector<std::string> w = Words(line);
    abbreviations_.insert(Lower(w[0]));
    if (w.size() > 1 && w[1] == "title") title_abbreviations_.insert(Lower(w[0]));
  }
  for (const std::string& line : Lines("pronouns")) {
    const std::vector<std::string> w = Words(line);
    const PronounKind kind = w[1] == "person"         ? PronounKind::kPerson
                             : w[1] == "organization" ? PronounKind::kOrganization
                                                      : PronounKind::kAny;
    pronouns_[Lower(w[0])] = {kind, w[2] == "plural"};
  }
  const std::pair<const char*, WordSet*> sets[] = {
      {"titles", &titles_},           {"org_words", &org_words_},
      {"anonymous_heads", &anonymous_heads_}, {"function_words", &function_words_},
      {"clause_words", &clause_words_}, {"time_words", &time_words_},
      {"group_nouns", &group_nouns_}};
  for (const auto& [name, set] : sets) {
    for (const std::string& line : Lines(name)) set->insert(Lower(line));
  }
  for (const std::string& line : Lines("outlets")) {
    std::string name = Lower(line);
    if (name.rfind("the ", 0) == 0) name.erase(0, 4);
    max_outlet_words_ = std::max(max_outlet_words_, static_cast<int>(Words(name).size()));
    outlets_.emplace(std::move(name), line);  // the first spelling listed wins
  }
}

const CueInfo* Lexicon::FindCue(std::string_view word) const {
  auto it = cues_.find(word);
  return it == cues_.end() ? nullptr : &it->second;
}

bool Lexicon::FindPronoun(std::string_view word, PronounKind* kind, bool* plural) const {
  auto it = pronouns_.find(word);
  if (it == pronouns_.end()) return false;
  *kind = it->second.first;
  *plural = it->second.second;
  return true;
}

}  // namespace whosaid::internal
