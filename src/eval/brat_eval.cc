// Copyright 2026 The whosaid Authors.
//
// EvaluateBrat: scores whosaid against brat standoff gold (see eval.h for
// the definitions of the scores).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <set>

#include "eval/brat_eval.h"
#include "eval/word_index.h"
#include "lexicon/lexicon.h"
#include "readers/brat_reader.h"
#include "text/utf8.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

using internal::CodepointRange;
using Fragments = std::vector<CodepointRange>;

constexpr double kSpeakerMinOverlap = 0.8;  // as in EvaluateGold

// One attribution, gold or predicted, reduced to what is scored.
struct Scored {
  std::array<Fragments, kSpanRoles> roles;
  bool quoted = false;
};

bool IsDoubleQuote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0x00AB ||
         c == 0x00BB || c == 0x2033;
}
bool IsQuoteMarkOrSpace(char32_t c) {
  return IsDoubleQuote(c) || c == '\'' || c == 0x2018 || c == 0x2019 || c == '`' || c == ' ' ||
         c == '\n' || c == '\t' || c == '\r' || c == 0xA0;
}
bool IsEndPunct(char32_t c) {
  return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x2026;
}

// The document's code points, for trimming and quote checks.
class Codepoints {
 public:
  explicit Codepoints(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
      char32_t cp;
      i += internal::DecodeUtf8(text, i, &cp);
      cps_.push_back(cp);
    }
  }
  uint32_t size() const { return static_cast<uint32_t>(cps_.size()); }
  char32_t operator[](uint32_t i) const { return cps_[i]; }

  bool HasWordChar(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e && i < size(); ++i) {
      if (internal::IsScoreWordChar(cps_[i])) return true;
    }
    return false;
  }

  // Double quote marks inside [b, e) or one code point either side of it.
  bool HasQuoteNear(uint32_t b, uint32_t e) const {
    const uint32_t from = b > 0 ? b - 1 : 0, to = std::min(e + 1, size());
    for (uint32_t i = from; i < to; ++i) {
      if (IsDoubleQuote(cps_[i])) return true;
    }
    return false;
  }

 private:
  std::u32string cps_;
};

// Trims each fragment, drops empty ones, merges those separated by no word.
Fragments Canonical(const Fragments& raw, const Codepoints& cps) {
  Fragments trimmed;
  for (auto [b, e] : raw) {
    e = std::min(e, cps.size());
    while (b < e && IsQuoteMarkOrSpace(cps[b])) ++b;
    while (e > b && (IsQuoteMarkOrSpace(cps[e - 1]) || IsEndPunct(cps[e - 1]))) --e;
    if (b < e) trimmed.push_back({b, e});
  }
  std::sort(trimmed.begin(), trimmed.end());
  Fragments merged;
  for (const CodepointRange& f : trimmed) {
    if (!merged.empty() && !cps.HasWordChar(merged.back().second, f.first)) {
      merged.back().second = std::max(merged.back().second, f.second);
    } else {
      merged.push_back(f);
    }
  }
  return merged;
}

bool HasQuoteMarks(const Fragments& content, const Codepoints& cps) {
  for (const auto& [b, e] : content) {
    if (cps.HasQuoteNear(b, e)) return true;
  }
  return false;
}

Scored FromGold(const internal::BratAttribution& g, const Codepoints& cps) {
  Scored s;
  for (int r = 0; r < kSpanRoles; ++r) s.roles[r] = Canonical(g.roles[r], cps);
  s.quoted = HasQuoteMarks(g.roles[internal::kBratContent], cps);
  return s;
}

Scored FromPrediction(const Attribution& a, const Codepoints& cps) {
  Scored s;
  Fragments content;
  for (const Span& sp : a.content) content.push_back({sp.start, sp.end});
  s.quoted = HasQuoteMarks(content, cps);
  s.roles[static_cast<int>(SpanRole::kContent)] = Canonical(content, cps);
  if (a.source) s.roles[static_cast<int>(SpanRole::kSource)] = Canonical({{a.source->start, a.source->end}}, cps);
  if (a.cue) s.roles[static_cast<int>(SpanRole::kCue)] = Canonical({{a.cue->start, a.cue->end}}, cps);
  return s;
}

// The words a mention covers, ascending.
std::vector<size_t> WordsOf(const Fragments& frags, const internal::WordIndex& words) {
  std::vector<size_t> out;
  for (const auto& [b, e] : frags) {
    const auto [first, last] = words.Words(b, e);
    for (size_t w = first; w < last; ++w) out.push_back(w);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

size_t SharedCount(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) ++n, ++i, ++j;
    else if (a[i] < b[j]) ++i;
    else ++j;
  }
  return n;
}

// Scores the attributions of one subset of one document.
SubsetScores ScoreSubset(const std::vector<const Scored*>& gold,
                         const std::vector<const Scored*>& pred,
                         const internal::WordIndex& words) {
  SubsetScores s;
  s.gold_attributions = static_cast<int64_t>(gold.size());
  s.predicted_attributions = static_cast<int64_t>(pred.size());
  for (int r = 0; r < kSpanRoles; ++r) {
    std::set<Fragments> g, p;
    std::vector<char> gw(words.size(), 0), pw(words.size(), 0);
    for (const Scored* a : gold) {
      if (a->roles[r].empty()) continue;
      g.insert(a->roles[r]);
      for (size_t w : WordsOf(a->roles[r], words)) gw[w] = 1;
    }
    for (const Scored* a : pred) {
      if (a->roles[r].empty()) continue;
      p.insert(a->roles[r]);
      for (size_t w : WordsOf(a->roles[r], words)) pw[w] = 1;
    }
    PrfCounts& exact = s.roles[r].exact;
    exact.gold = static_cast<int64_t>(g.size());
    exact.predicted = static_cast<int64_t>(p.size());
    for (const Fragments& f : p) exact.true_positives += g.count(f);
    PrfCounts& overlap = s.roles[r].overlap;
    for (size_t w = 0; w < words.size(); ++w) {
      overlap.gold += gw[w];
      overlap.predicted += pw[w];
      overlap.true_positives += gw[w] && pw[w];
    }
  }
  return s;
}

// Counts the gold attributions whose content a prediction matches, and
// those of them whose source mention agrees.
void ScoreSpeakers(const std::vector<Scored>& gold, const std::vector<Scored>& pred,
                   const internal::WordIndex& words, BratReport* report) {
  constexpr int kContent = static_cast<int>(SpanRole::kContent);
  constexpr int kSource = static_cast<int>(SpanRole::kSource);
  std::vector<std::vector<size_t>> pred_words;
  for (const Scored& p : pred) pred_words.push_back(WordsOf(p.roles[kContent], words));
  for (const Scored& g : gold) {
    const std::vector<size_t> gw = WordsOf(g.roles[kContent], words);
    const Scored* best = nullptr;
    size_t best_shared = 0;
    for (size_t k = 0; k < pred.size(); ++k) {
      const size_t shared = SharedCount(gw, pred_words[k]);
      if (shared > best_shared &&
          internal::MutualOverlap(shared, gw.size(), pred_words[k].size(), kSpeakerMinOverlap)) {
        best = &pred[k];
        best_shared = shared;
      }
    }
    if (best == nullptr) continue;
    ++report->speaker_checked;
    const std::vector<size_t> gs = WordsOf(g.roles[kSource], words);
    const std::vector<size_t> ps = WordsOf(best->roles[kSource], words);
    if ((gs.empty() && ps.empty()) || SharedCount(gs, ps) > 0) ++report->speaker_right;
  }
}

// Counts the predicted attributions whose source is a pronoun, and those of
// them left without a speaker name.
void CountPronounSources(const Document& doc, BratReport* report) {
  const internal::Lexicon& lexicon = internal::Lexicon::Default();
  std::string buf;
  internal::PronounKind kind;
  bool plural;
  for (const Attribution& a : doc.attributions) {
    if (!a.source || !lexicon.FindPronoun(internal::LowerAscii(a.source->text, &buf), &kind, &plural)) {
      continue;
    }
    ++report->pronoun_sources;
    if (a.speaker.name.empty()) ++report->pronoun_sources_unnamed;
  }
}

BratReport ScoreDocumentImpl(const internal::BratDocument& gold_doc, const Document& doc) {
  const Codepoints cps(doc.text);
  const internal::WordIndex words(doc.text);
  std::vector<Scored> gold, pred;
  for (const auto& g : gold_doc.attributions) gold.push_back(FromGold(g, cps));
  for (const Attribution& a : doc.attributions) pred.push_back(FromPrediction(a, cps));
  auto subset = [](const std::vector<Scored>& all, int which) {
    std::vector<const Scored*> out;
    for (const Scored& s : all) {
      if (which < 0 || s.quoted == (which == 1)) out.push_back(&s);
    }
    return out;
  };
  BratReport r;
  r.documents = 1;
  r.all = ScoreSubset(subset(gold, -1), subset(pred, -1), words);
  r.quoted = ScoreSubset(subset(gold, 1), subset(pred, 1), words);
  r.unquoted = ScoreSubset(subset(gold, 0), subset(pred, 0), words);
  ScoreSpeakers(gold, pred, words, &r);
  CountPronounSources(doc, &r);
  return r;
}

double Percent(double x) { return 100.0 * x; }

std::string PrfJson(const PrfCounts& c) {
  return fmt::format(
      "{{\"precision\": {:.4f}, \"recall\": {:.4f}, \"f1\": {:.4f}, \"true_positives\": {}, "
      "\"predicted\": {}, \"gold\": {}}}",
      c.Precision(), c.Recall(), c.F1(), c.true_positives, c.predicted, c.gold);
}

std::string SubsetJson(const SubsetScores& s) {
  std::string out = fmt::format("{{\"gold_attributions\": {}, \"predicted_attributions\": {}",
                                s.gold_attributions, s.predicted_attributions);
  for (int r = 0; r < kSpanRoles; ++r) {
    out += fmt::format(", \"{}\": {{\"exact\": {}, \"overlap\": {}}}",
                       SpanRoleName(static_cast<SpanRole>(r)), PrfJson(s.roles[r].exact),
                       PrfJson(s.roles[r].overlap));
  }
  return out + "}";
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

}  // namespace

double PrfCounts::Precision() const {
  return predicted == 0 ? 0.0 : static_cast<double>(true_positives) / predicted;
}
double PrfCounts::Recall() const {
  return gold == 0 ? 0.0 : static_cast<double>(true_positives) / gold;
}
double PrfCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
PrfCounts& PrfCounts::operator+=(const PrfCounts& o) {
  true_positives += o.true_positives;
  predicted += o.predicted;
  gold += o.gold;
  return *this;
}

const char* SpanRoleName(SpanRole role) {
  switch (role) {
    case SpanRole::kContent: return "content";
    case SpanRole::kSource: return "source";
    case SpanRole::kCue: return "cue";
  }
  return "content";
}

SubsetScores& SubsetScores::operator+=(const SubsetScores& o) {
  gold_attributions += o.gold_attributions;
  predicted_attributions += o.predicted_attributions;
  for (int r = 0; r < kSpanRoles; ++r) {
    roles[r].exact += o.roles[r].exact;
    roles[r].overlap += o.roles[r].overlap;
  }
  return *this;
}

BratReport& BratReport::operator+=(const BratReport& o) {
  documents += o.documents;
  multi_annotated += o.multi_annotated;
  extra_annotations += o.extra_annotations;
  all += o.all;
  quoted += o.quoted;
  unquoted += o.unquoted;
  speaker_checked += o.speaker_checked;
  speaker_right += o.speaker_right;
  pronoun_sources += o.pronoun_sources;
  pronoun_sources_unnamed += o.pronoun_sources_unnamed;
  return *this;
}

std::string BratReport::ToText() const {
  std::string out = fmt::format(
      "{}: {} articles ({} with several annotators: first annotator scored, {} files left out)\n",
      corpus, documents, multi_annotated, extra_annotations);
  out += fmt::format("{:<9} {:<8} {:>6} {:>6} {:>6}   {:>6} {:>6} {:>6}   {:>6} {:>6}\n", "subset",
                     "role", "ex.P", "ex.R", "ex.F1", "ov.P", "ov.R", "ov.F1", "gold", "pred");
  const std::pair<const char*, const SubsetScores*> subsets[] = {
      {"all", &all}, {"quoted", &quoted}, {"unquoted", &unquoted}};
  for (const auto& [name, s] : subsets) {
    for (int r = 0; r < kSpanRoles; ++r) {
      const RoleScores& rs = s->roles[r];
      out += fmt::format(
          "{:<9} {:<8} {:>6.1f} {:>6.1f} {:>6.1f}   {:>6.1f} {:>6.1f} {:>6.1f}   {:>6} {:>6}\n",
          r == 0 ? name : "", SpanRoleName(static_cast<SpanRole>(r)), Percent(rs.exact.Precision()),
          Percent(rs.exact.Recall()), Percent(rs.exact.F1()), Percent(rs.overlap.Precision()),
          Percent(rs.overlap.Recall()), Percent(rs.overlap.F1()), rs.exact.gold, rs.exact.predicted);
    }
  }
  out += fmt::format(
      "attributions: {} gold ({} quoted), {} predicted ({} quoted)\n"
      "speaker: source mention agrees on {} of {} gold attributions whose content was found "
      "({:.1f}%)\n"
      "pronoun sources: {} of {} predicted attributions with a pronoun source have no speaker "
      "name ({:.1f}%)\n",
      all.gold_attributions, quoted.gold_attributions, all.predicted_attributions,
      quoted.predicted_attributions, speaker_right, speaker_checked,
      speaker_checked == 0 ? 0.0 : 100.0 * speaker_right / speaker_checked,
      pronoun_sources_unnamed, pronoun_sources,
      pronoun_sources == 0 ? 0.0 : 100.0 * pronoun_sources_unnamed / pronoun_sources);
  return out;
}

std::string BratReport::ToJson() const {
  return fmt::format(
      "{{\"corpus\": {}, \"documents\": {}, \"multi_annotated\": {}, \"extra_annotations\": {}, "
      "\"all\": {}, \"quoted\": {}, \"unquoted\": {}, \"speaker\": {{\"checked\": {}, "
      "\"right\": {}, \"accuracy\": {:.4f}}}, \"pronoun_sources\": {{\"count\": {}, "
      "\"unnamed\": {}}}}}",
      JsonString(corpus), documents, multi_annotated, extra_annotations, SubsetJson(all),
      SubsetJson(quoted), SubsetJson(unquoted), speaker_checked, speaker_right,
      speaker_checked == 0 ? 0.0 : static_cast<double>(speaker_right) / speaker_checked,
      pronoun_sources, pronoun_sources_unnamed);
}

namespace internal {
BratReport ScoreBratDocument(const BratDocument& gold, const Document& doc) {
  return ScoreDocumentImpl(gold, doc);
}
}  // namespace internal

Result<BratReport> EvaluateBrat(const Analyzer& analyzer, const std::string& dir) {
  Result<internal::BratCorpus> corpus =
      internal::ReadBratCorpus(dir, analyzer.options().max_document_bytes);
  if (!corpus.ok()) return corpus.status();
  BratReport report;
  report.corpus = dir;
  report.multi_annotated = corpus->multi_annotated;
  report.extra_annotations = corpus->extra_annotations;
  for (const internal::BratDocument& gold : corpus->documents) {
    Result<Document> doc = analyzer.Analyze(gold.text, gold.name);
    if (!doc.ok()) return Status(doc.status().code(), gold.name + ": " + doc.status().message());
    report += internal::ScoreBratDocument(gold, *doc);
  }
  return report;
}

}  // namespace whosaid
