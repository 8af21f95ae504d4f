// Copyright 2026 The whosaid Authors.
//
// The word lists the rules read (data/lexicons/*.txt), parsed once.
// Lexicon::Default() is immutable after construction and safe to share
// between threads.
#ifndef WHOSAID_LEXICON_LEXICON_H_
#define WHOSAID_LEXICON_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::internal {

// What a reporting verb form can introduce (reporting_verbs.txt tags).
enum CueTag : uint8_t {
  kCueQuote = 1,   // a direct quotation
  kCueThat = 2,    // a reported clause
  kCueObject = 4,  // an object, then the content ("accused X of ...")
  kCueMixed = 8,   // a partial quote ("called the raids "cruel"")
};

struct CueInfo {
  std::string lemma;
  uint8_t tags = 0;  // CueTag bits
};

// Lets unordered containers of std::string be searched with string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

enum class PronounKind : uint8_t { kPerson, kOrganization, kAny };

class Lexicon {
 public:
  // The lexicons compiled into the library.
  static const Lexicon& Default();

  // All lookups take a word already lowercased (see LowerAscii).
  const CueInfo* FindCue(std::string_view word) const;
  bool IsAbbreviation(std::string_view word) const { return Has(abbreviations_, word); }
  bool IsTitleAbbreviation(std::string_view word) const { return Has(title_abbreviations_, word); }
  bool IsTitle(std::string_view word) const { return Has(titles_, word); }
  bool IsOrgWord(std::string_view word) const { return Has(org_words_, word); }
  bool IsAnonymousHead(std::string_view word) const { return Has(anonymous_heads_, word); }
  bool IsFunctionWord(std::string_view word) const { return Has(function_words_, word); }
  bool IsClauseWord(std::string_view word) const { return Has(clause_words_, word); }
  bool IsTimeWord(std::string_view word) const { return Has(time_words_, word); }
  bool IsGroupNoun(std::string_view word) const { return Has(group_nouns_, word); }
  // Pronouns usable as speakers; returns false for other words.
  bool FindPronoun(std::string_view word, PronounKind* kind, bool* plural) const;
  // A whole outlet name, lowercased, words separated by single spaces, with
  // any leading "the " removed.
  bool IsOutlet(std::string_view name) const { return outlets_.find(name) != outlets_.end(); }
  // The outlet's name as the lexicon first spells it ("The Washington Post"
  // for "washington post"); nullptr when `name` is not an outlet.
  const std::string* OutletName(std::string_view name) const {
    auto it = outlets_.find(name);
    return it == outlets_.end() ? nullptr : &it->second;
  }
  // The most words an outlet name has.
  int max_outlet_words() const { return max_outlet_words_; }

 private:
  using WordSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;
  Lexicon();
  static bool Has(const WordSet& set, std::string_view word) { return set.find(word) != set.end(); }

  std::unordered_map<std::string, CueInfo, StringHash, std::equal_to<>> cues_;
  WordSet abbreviations_, title_abbreviations_, titles_, org_words_, anonymous_heads_;
  WordSet function_words_, clause_words_, time_words_, group_nouns_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> outlets_;
  std::unordered_map<std::string, std::pair<PronounKind, bool>, StringHash,
                     std::equal_to<>>
      pronouns_;
  int max_outlet_words_ = 0;
};

// ASCII-lowercases `word` into `buf` and returns a view of it. Non-ASCII
// bytes are kept as they are.
std::string_view LowerAscii(std::string_view word, std::string* buf);

}  // namespace whosaid::internal

#endif  // WHOSAID_LEXICON_LEXICON_H_
