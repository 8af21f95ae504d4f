// Copyright 2026 The whosaid Authors.
#include "attribution/model/features.h"

#include <algorithm>
#include <string_view>

#include "attribution/phrases.h"
#include "clusters/word_clusters.h"
#include "parsing/parser.h"
#include "tagging/syntax.h"
#include "tagging/tagger.h"

namespace whosaid::internal {
namespace {

// splitmix64: a fixed, platform-independent mixer, so that the same text
// gives the same feature ids everywhere (std::hash promises no such thing).
uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

uint64_t HashString(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull;  // FNV-1a
  for (unsigned char c : s) h = (h ^ c) * 0x100000001B3ull;
  return Mix(h);
}

uint64_t Combine(uint64_t a, uint64_t b) { return Mix(a * 31 + b); }

// The word's shape: capitalisation and character classes, squeezed
// ("Homan" -> "Xx", "U.S." -> "X.X.", "2,000" -> "d,d").
std::string Shape(std::string_view w) {
  std::string s;
  for (unsigned char c : w) {
    char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (s.empty() || s.back() != k) s.push_back(k);
    if (s.size() >= 6) break;
  }
  return s;
}

// Distance buckets for the nearest reporting verb: 1, 2, 3, 4-6, 7-12, 13+.
uint64_t Bucket(uint32_t d) {
  return d <= 3 ? d : d <= 6 ? 4 : d <= 12 ? 5 : 6;
}

// A small class id from the other lexicons.
uint64_t WordClass(const Article& a, uint32_t i) {
  if (!a.IsWord(i)) return 0;
  const Lexicon& lex = *a.lexicon;
  const std::string_view w = a.Lower(i);
  PronounKind kind;
  bool plural;
  if (lex.FindPronoun(w, &kind, &plural)) return 1 + static_cast<int>(kind) * 2 + plural;
  if (lex.IsTitle(w)) return 10;
  if (lex.IsAnonymousHead(w)) return 11;
  if (lex.IsOrgWord(w)) return 12;
  if (lex.IsOutlet(w)) return 13;
  if (lex.IsTimeWord(w)) return 14;
  if (lex.IsClauseWord(w)) return 15;
  if (lex.IsFunctionWord(w)) return 16;
  return 17;
}

// What every template reads about one token, computed once.
struct TokenAtoms {
  uint64_t lower = 0, shape = 0, suffix = 0, word_class = 0;
  uint64_t cue = 0;   // lexicon tags of the word, +16 when used as a verb
  uint64_t coarse = 0, fine = 0;  // word clusters (WordClusters::kNone: none)
  bool verb_cue = false;
};

std::vector<TokenAtoms> Atoms(const Article& a, const CueWords& cue_words) {
  const WordClusters& clusters = WordClusters::Default();
  std::vector<TokenAtoms> atoms(a.size());
  for (uint32_t i = 0; i < a.size(); ++i) {
    TokenAtoms& t = atoms[i];
    const WordClusters::Classes c = clusters.Find(a.Str(i));
    t.coarse = c.coarse;
    t.fine = c.fine;
    const std::string_view w = a.Lower(i);
    t.lower = HashString(w);
    t.shape = HashString(Shape(a.Str(i)));
    t.suffix = HashString(w.size() > 3 ? w.substr(w.size() - 3) : w);
    t.word_class = WordClass(a, i);
    const CueInfo* raw = a.IsWord(i) ? a.lexicon->FindCue(w) : nullptr;
    const bool learned = a.IsWord(i) && cue_words.find(w) != cue_words.end();
    t.verb_cue = CueAt(a, i, 0xFF) != nullptr || learned;
    t.cue = (raw == nullptr ? 0 : raw->tags + 1) + (t.verb_cue ? 32 : 0) + (learned ? 64 : 0);
  }
  return atoms;
}

// For each token, the nearest reporting verb before (`left`) and after it
// in its sentence; UINT32_MAX when none.
void NearestCues(const Article& a, const std::vector<TokenAtoms>& atoms,
                 std::vector<uint32_t>* left, std::vector<uint32_t>* right) {
  const uint32_t n = a.size();
  left->assign(n, UINT32_MAX);
  right->assign(n, UINT32_MAX);
  for (uint32_t i = 0, last = UINT32_MAX; i < n; ++i) {
    if (i == a.SentenceBegin(i)) last = UINT32_MAX;
    (*left)[i] = last;
    if (atoms[i].verb_cue) last = i;
  }
  for (uint32_t i = n, next = UINT32_MAX; i-- > 0;) {
    (*right)[i] = next;
    if (atoms[i].verb_cue) next = i;
    if (i == a.SentenceBegin(i)) next = UINT32_MAX;
  }
}

class Templates {
 public:
  Templates(const Article& a, uint32_t bits, const CueWords& cue_words,
            const std::vector<uint8_t>& rule_tags, const Syntax* syntax)
      : a_(a), mask_((1u << bits) - 1), atoms_(Atoms(a, cue_words)), rule_tags_(rule_tags) {
    NearestCues(a, atoms_, &left_, &right_);
    if (syntax != nullptr) ReadSyntax(*syntax);
    static const uint64_t kNone = HashString("<none>");
    none_ = kNone;
  }

  void Emit(uint32_t i, std::vector<uint32_t>* out) {
    out_ = out;
    id_ = 0;
    const TokenAtoms& t = atoms_[i];
    const bool q = a_.InQuote(i);
    const uint64_t lb = left_[i] == UINT32_MAX ? 0 : Bucket(i - left_[i]);
    const uint64_t rb = right_[i] == UINT32_MAX ? 0 : Bucket(right_[i] - i);
    Add(1);
    Add(t.lower);
    Add(Lower(i - 1));
    Add(Lower(i + 1));
    Add(Lower(i - 2));
    Add(Lower(i + 2));
    Add(Combine(Lower(i - 1), t.lower));
    Add(Combine(t.lower, Lower(i + 1)));
    Add(t.shape);
    Add(Combine(Shape(i - 1), t.shape));
    Add(Combine(t.shape, Shape(i + 1)));
    Add(t.suffix);
    Add(t.cue);
    Add(Cue(i - 1));
    Add(Cue(i + 1));
    Add(t.word_class);
    Add(q * 4 + (a_.tokens[i].kind == TokenKind::kQuote) * 2 + (a_.quote_of[i] >= 0));
    Add(lb);
    Add(rb);
    Add(lb * 8 + rb);
    Add(lb * 2 + q);
    Add(rb * 2 + q);
    Add(Combine(lb, left_[i] == UINT32_MAX ? none_ : Lower(left_[i] + 1)));
    Add(Combine(t.shape, (i == a_.SentenceBegin(i)) * 2 + (i == a_.ParagraphBegin(i))));
    Add(Combine(t.lower, q));
    Add(Combine(lb, left_[i] == UINT32_MAX ? none_ : atoms_[left_[i]].lower));
    Add(Combine(rb, right_[i] == UINT32_MAX ? none_ : atoms_[right_[i]].lower));
    Add(Combine(rb, Lower(i - 1)));
    Add(Combine(lb, Lower(i - 1)));
    Add(Combine(t.word_class, rb));
    Add(Combine(t.word_class, lb));
    Add((i + 1 == a_.SentenceEnd(i)) * 2 + (a_.SentenceEnd(i) - a_.SentenceBegin(i) > 40));
    const uint64_t from_start = Bucket(i - a_.SentenceBegin(i) + 1);
    const uint64_t to_end = Bucket(a_.SentenceEnd(i) - i);
    Add(from_start * 8 + to_end);
    Add(Combine(from_start * 8 + lb, rb));
    Add(Combine(to_end * 8 + rb, lb));
    Add(Combine(Combine(lb, rb), Shape(i - 1)));
    // What the rules found here (stacking).
    const uint64_t r = Rule(i);
    Add(r);
    Add(Rule(i - 1) * 8 + r);
    Add(r * 8 + Rule(i + 1));
    Add(Rule(i - 1) * 64 + r * 8 + Rule(i + 1));
    Add(Combine(r, t.lower));
    Add(Combine(r, Lower(i - 1)));
    Add(Combine(r * 8 + Rule(i - 1), t.shape));
    Add(Combine(r * 2 + q, lb * 8 + rb));
    // Word clusters: what is learned for one word carries to its class.
    Add(Combine(t.fine, 90));
    Add(Combine(t.coarse, 91));
    Add(Combine(Fine(i - 1), 92));
    Add(Combine(Fine(i + 1), 93));
    Add(Combine(Coarse(i - 1) * 65536 + t.coarse, 94));
    Add(Combine(t.coarse * 65536 + Coarse(i + 1), 95));
    if (!syntax_) return;
    // Syntax: UPOS and where the token lies under the nearest reporting verb.
    const uint64_t p0 = Pos(i);
    Add(Combine(p0, 77));
    Add(Combine(Pos(i - 1) * 64 + p0, 78));
    Add(Combine(p0 * 64 + Pos(i + 1), 79));
    Add(Combine(Under(i), 80));
    Add(Combine(Under(i) * 4 + Edge(i), 81));
    Add(Combine(Under(i) * 64 + p0, 82));
    Add(Combine(Combine(Under(i), lb * 8 + rb), 83));
    Add(Combine(Label(i) * 64 + p0, 84));
  }

 private:
  void Add(uint64_t value) {
    out_->push_back(static_cast<uint32_t>(Combine(value, id_ + 1000)) & mask_);
    ++id_;
  }
  uint64_t Lower(uint32_t i) const { return i < a_.size() ? atoms_[i].lower : none_; }
  uint64_t Shape(uint32_t i) const { return i < a_.size() ? atoms_[i].shape : none_; }
  uint64_t Cue(uint32_t i) const { return i < a_.size() ? atoms_[i].cue : none_; }
  uint64_t Coarse(uint32_t i) const { return i < a_.size() ? atoms_[i].coarse : none_; }
  uint64_t Fine(uint32_t i) const { return i < a_.size() ? atoms_[i].fine : none_; }
  uint64_t Pos(uint32_t i) const { return i < pos_.size() ? pos_[i] : 63; }
  uint64_t Label(uint32_t i) const { return i < label_.size() ? label_[i] : 63; }
  uint64_t Under(uint32_t i) const { return i < under_.size() ? under_[i] : 63; }
  uint64_t Edge(uint32_t i) const { return i < edge_.size() ? edge_[i] : 3; }

  // For each token: UPOS and label of its first word; the label of the
  // child of the nearest reporting-verb ancestor whose subtree holds it
  // (ccomp: inside the reported clause, nsubj: the source ...), and whether
  // it starts (1) or ends (2) that child's subtree.
  void ReadSyntax(const Syntax& syn) {
    syntax_ = true;
    const uint32_t n = a_.size();
    pos_.assign(n, 62); label_.assign(n, 62); under_.assign(n, 62); edge_.assign(n, 0);
    const size_t nw = syn.words.size();
    std::vector<int> under_word(nw, -1);  // the cue-child word each word lies under
    for (size_t w = 0; w < nw; ++w) {
      int child = static_cast<int>(w);
      for (int steps = 0; steps < 40; ++steps) {
        const int head = syn.words[child].head;
        if (head < 0) break;
        if (atoms_[syn.words[head].token].verb_cue) { under_word[w] = child; break; }
        child = head;
      }
    }
    std::vector<uint32_t> lo(nw, UINT32_MAX), hi(nw, 0);
    for (size_t w = 0; w < nw; ++w) {
      const int c = under_word[w];
      if (c < 0) continue;
      lo[c] = std::min(lo[c], syn.words[w].token);
      hi[c] = std::max(hi[c], syn.words[w].token);
    }
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t w = syn.first_word[i];
      if (w >= syn.first_word[i + 1]) continue;
      pos_[i] = syn.words[w].upos;
      label_[i] = syn.words[w].label;
      const int c = under_word[w];
      if (c >= 0) {
        under_[i] = syn.words[c].label;
        edge_[i] = (lo[c] == i) + 2 * (hi[c] == i);
      }
    }
  }
  bool syntax_ = false;
  std::vector<uint8_t> pos_, label_, under_, edge_;

  uint64_t Rule(uint32_t i) const { return i < rule_tags_.size() ? rule_tags_[i] : kModelTags; }

  const Article& a_;
  const uint32_t mask_;
  std::vector<TokenAtoms> atoms_;
  const std::vector<uint8_t>& rule_tags_;
  std::vector<uint32_t> left_, right_;
  uint64_t none_ = 0;
  std::vector<uint32_t>* out_ = nullptr;
  uint64_t id_ = 0;
};

}  // namespace

int TagRole(uint8_t tag) { return tag == kTagO ? -1 : (tag - 1) / 2; }

bool TagFollows(uint8_t prev, uint8_t tag) {
  if (tag == kTagO || (tag - 1) % 2 == 0) return true;  // O or B-x
  return prev != kTagO && TagRole(prev) == TagRole(tag);
}

std::vector<uint8_t> RuleTags(const Article& a, const std::vector<Claim>& claims) {
  std::vector<uint8_t> tags(a.size(), kTagO);
  auto mark = [&](uint32_t begin, uint32_t end, uint8_t b_tag) {
    for (uint32_t i = begin; i < end && i < a.size(); ++i) {
      tags[i] = static_cast<uint8_t>(i == begin ? b_tag : b_tag + 1);
    }
  };
  for (const Claim& c : claims) {
    for (const auto& [begin, end] : c.content) {
      const TokenRange r = a.TokensIn(begin, end);
      mark(r.begin, r.end, kTagBContent);
    }
  }
  for (const Claim& c : claims) {
    mark(c.cue.begin, c.cue.end, kTagBCue);
    mark(c.source.begin, c.source.end, kTagBSource);
  }
  return tags;
}

Syntax ArticleSyntax(const Article& a) {
  const Result<const Tagger*> tagger = Tagger::Default();
  if (!tagger.ok()) return Syntax();
  const Result<const Parser*> parser = Parser::Default();
  return AnalyzeSyntax(a.text, a.tokens, a.sentence_starts, **tagger,
                       parser.ok() ? *parser : nullptr);
}

void ExtractFeatures(const Article& a, uint32_t bits, const CueWords& cue_words,
                     const std::vector<uint8_t>& rule_tags, const Syntax* syntax,
                     std::vector<uint32_t>* out) {
  Templates templates(a, bits, cue_words, rule_tags, syntax);
  out->reserve(out->size() + static_cast<size_t>(a.size()) * FeaturesPerToken(syntax != nullptr));
  for (uint32_t i = 0; i < a.size(); ++i) templates.Emit(i, out);
}

}  // namespace whosaid::internal
