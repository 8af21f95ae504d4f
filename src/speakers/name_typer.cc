// Copyright 2026 The whosaid Authors.
#include "speakers/name_typer.h"

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_map>

#include "clusters/word_clusters.h"
#include "perceptron/features.h"
#include "perceptron/model_io.h"
#include "speakers/name_types.h"

namespace whosaid::internal {
namespace {

constexpr std::string_view kTypes[] = {"person", "organization", "place",     "abstract",
                                       "event",  "time",         "object",    "substance",
                                       "animal", "plant"};
constexpr int kNumTypes = static_cast<int>(std::size(kTypes));
constexpr uint32_t kMaxWordsSeen = 8;  // a longer name's middle words add little

// Feature templates; the numbers are part of the model file's meaning.
enum Template : uint32_t {
  kBias,
  kWord,
  kFirst,
  kLast,
  kWhole,
  kLastSuffix3,
  kLastSuffix2,
  kFirstSuffix3,
  kLastShape,
  kFirstShape,
  kLength,
  kPrev,
  kPrev2,
  kNext,
  kNext2,
  kPrevLast,
  kCues,
  kGivenName,
  kSentenceStart,
  kInQuote,
  kPossessive,
  kPrevShape,
  kNextLast,
  kPlace,
  kFirstCluster,  // word clusters (clusters/word_clusters.h), fine and coarse
  kLastCluster,
  kPrevCluster,
  kNextCluster,
};

std::string_view StripPossessive(std::string_view w) {
  if (w.ends_with("'s")) return w.substr(0, w.size() - 2);
  if (w.ends_with("\xE2\x80\x99s")) return w.substr(0, w.size() - 4);
  return w;
}

// "Xxxx", "XX", "X.X.", "dd": letter classes, runs longer than two
// shortened, hashed as HashBytes would hash the shape's string.
uint64_t ShapeHash(std::string_view w) {
  uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, as HashBytes
  char prev = 0, prev2 = 0;
  for (unsigned char c : w) {
    const char k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x'
                   : c >= '0' && c <= '9' ? 'd' : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (k == prev && k == prev2) continue;
    h = (h ^ static_cast<unsigned char>(k)) * 0x100000001b3ULL;
    prev2 = prev;
    prev = k;
  }
  return MixBits(h);
}

uint64_t Suffix(std::string_view w, size_t n) { return HashBytes(w.substr(w.size() - std::min(n, w.size()))); }

// The run's text lowercased, a final possessive left out ("gloria" for
// "Gloria's"); a view into the article.
std::string_view Written(const Article& a, TokenRange r) {
  const std::string_view first = a.Lower(r.begin);
  const std::string_view last = StripPossessive(a.Lower(r.end - 1));
  return std::string_view(first.data(), static_cast<size_t>(last.data() + last.size() - first.data()));
}

// The lowercase word at token i, or a marker for punctuation and the edges.
uint64_t Around(const Article& a, int64_t i) {
  if (i < 0 || i >= static_cast<int64_t>(a.size())) return HashBytes("<edge>");
  const uint32_t t = static_cast<uint32_t>(i);
  if (a.IsWord(t)) return HashBytes(a.Lower(t));
  return HashBytes(a.Str(t));
}

}  // namespace

std::span<const std::string_view> NameTypeNames() { return kTypes; }

void NameFeatures(const Article& a, TokenRange run, const NameCues& cues,
                  std::vector<uint64_t>* out) {
  const std::string_view first = a.Lower(run.begin);
  const std::string_view last = StripPossessive(a.Lower(run.end - 1));
  const std::string_view last_as_written = StripPossessive(a.Str(run.end - 1));
  out->push_back(FeatureKey(kBias, 0));
  uint64_t whole = 0;
  for (uint32_t i = run.begin; i < run.end; ++i) {
    const uint64_t w = HashBytes(i + 1 == run.end ? last : a.Lower(i));
    whole = HashCombine(whole, w);
    if (i - run.begin < kMaxWordsSeen) out->push_back(FeatureKey(kWord, w));
  }
  out->push_back(FeatureKey(kFirst, HashBytes(first)));
  out->push_back(FeatureKey(kLast, HashBytes(last)));
  out->push_back(FeatureKey(kWhole, whole));
  out->push_back(FeatureKey(kLastSuffix3, Suffix(last, 3)));
  out->push_back(FeatureKey(kLastSuffix2, Suffix(last, 2)));
  out->push_back(FeatureKey(kFirstSuffix3, Suffix(first, 3)));
  out->push_back(FeatureKey(kLastShape, ShapeHash(last_as_written)));
  out->push_back(FeatureKey(kFirstShape, ShapeHash(a.Str(run.begin))));
  out->push_back(FeatureKey(kLength, std::min<uint32_t>(run.size(), 4)));
  const int64_t b = run.begin, e = run.end;
  out->push_back(FeatureKey(kPrev, Around(a, b - 1)));
  out->push_back(FeatureKey(kPrev2, Around(a, b - 2), Around(a, b - 1)));
  out->push_back(FeatureKey(kNext, Around(a, e)));
  out->push_back(FeatureKey(kNext2, Around(a, e), Around(a, e + 1)));
  out->push_back(FeatureKey(kPrevLast, Around(a, b - 1), HashBytes(last)));
  out->push_back(FeatureKey(kNextLast, Around(a, e), HashBytes(last)));
  const uint64_t bits = (cues.organization_word ? 1 : 0) | (cues.outlet ? 2 : 0) |
                        (cues.title_before ? 4 : 0) | (cues.title_inside ? 8 : 0);
  out->push_back(FeatureKey(kCues, bits));
  if (cues.organization_word) out->push_back(FeatureKey(kCues, 16, HashBytes(last)));
  out->push_back(FeatureKey(kGivenName, static_cast<uint64_t>(FirstNameGender(first)),
                            run.size() > 1 ? 1 : 0));
  out->push_back(FeatureKey(kSentenceStart, run.begin == a.SentenceBegin(run.begin) ? 1 : 0));
  out->push_back(FeatureKey(kInQuote, a.InQuote(run.begin) ? 1 : 0));
  out->push_back(FeatureKey(kPossessive, a.Lower(run.end - 1).size() != last.size() ? 1 : 0));
  out->push_back(FeatureKey(kPrevShape, Around(a, b - 1), ShapeHash(last_as_written)));
  // The gazetteer: the whole name, its last word, its first word.
  const int place = (IsPlaceName(Written(a, run)) ? 1 : 0) | (IsPlaceName(last) ? 2 : 0) |
                    (IsPlaceName(first) ? 4 : 0);
  out->push_back(FeatureKey(kPlace, static_cast<uint64_t>(place)));
  const WordClusters& clusters = WordClusters::Default();
  const WordClusters::Classes first_c = clusters.Find(a.Str(run.begin));
  const WordClusters::Classes last_c = clusters.Find(last_as_written);
  out->push_back(FeatureKey(kFirstCluster, first_c.fine, first_c.coarse));
  out->push_back(FeatureKey(kLastCluster, last_c.fine));
  out->push_back(FeatureKey(kLastCluster, 1u << 16 | last_c.coarse));
  const WordClusters::Classes prev_c = b > 0 ? clusters.Find(a.Str(b - 1)) : WordClusters::Classes{};
  const WordClusters::Classes next_c = e < a.size() ? clusters.Find(a.Str(e)) : WordClusters::Classes{};
  out->push_back(FeatureKey(kPrevCluster, prev_c.fine));
  out->push_back(FeatureKey(kNextCluster, next_c.fine));
}

Result<const NameTyper*> NameTyper::Default() { return EmbeddedModelOnce<NameTyper>("names"); }

Result<NameTyper> NameTyper::FromBytes(std::string_view bytes) {
  ByteReader in(bytes);
  std::vector<std::string> notes, types;
  WHOSAID_RETURN_IF_ERROR(ReadModelHeader("names", &in, &notes));
  if (!in.GetStrings(&types)) return CorruptError("names: truncated type list");
  if (!std::equal(types.begin(), types.end(), std::begin(kTypes), std::end(kTypes))) {
    return CorruptError("names: the model's types are not GUM's entity types");
  }
  Result<FeatureWeights> weights = FeatureWeights::Read(&in);
  if (!weights.ok()) return weights.status();
  if (weights->num_classes() != kNumTypes || !in.at_end()) {
    return CorruptError("names: weights do not match the types");
  }
  return NameTyper(std::move(*weights), std::move(notes));
}

std::string NameTyper::Serialize() const {
  ByteWriter out;
  WriteModelHeader("names", notes_, &out);
  out.PutStrings(std::vector<std::string>(std::begin(kTypes), std::end(kTypes)));
  weights_.Write(&out);
  return out.bytes();
}

int NameTyper::Classify(std::span<const uint64_t> features) const {
  int32_t scores[kNumTypes] = {};
  weights_.Score(features, scores);
  return static_cast<int>(std::max_element(scores, scores + kNumTypes) - scores);
}

std::string_view NameTyper::Type(const Article& a, TokenRange run, const NameCues& cues) const {
  thread_local std::vector<uint64_t> features;
  features.clear();
  NameFeatures(a, run, cues, &features);
  return kTypes[Classify(features)];
}

std::vector<std::string_view> NameTyper::TypeAll(const Article& a,
                                                 std::span<const NameRun> runs) const {
  // Runs written alike form a group; so does a one-word run with the
  // longer names it ends ("Eastman" with "Cres Eastman").
  std::unordered_map<std::string_view, size_t> group_of;  // written form or last word -> group
  for (size_t k = 0; k < runs.size(); ++k) {
    if (runs[k].range.size() < 2) continue;
    group_of.emplace(Written(a, runs[k].range), k);
    group_of.emplace(StripPossessive(a.Lower(runs[k].range.end - 1)), k);
  }
  // A group's score is the sum of its runs' scores; an article can repeat a
  // name a million times, so the sums are 64-bit (one run's score fits 32).
  std::vector<int64_t> scores(runs.size() * kNumTypes, 0);
  std::vector<size_t> group(runs.size());
  std::vector<uint64_t> features;
  for (size_t k = 0; k < runs.size(); ++k) {
    group[k] = group_of.emplace(Written(a, runs[k].range), k).first->second;
    features.clear();
    NameFeatures(a, runs[k].range, runs[k].cues, &features);
    int32_t run_scores[kNumTypes] = {};
    weights_.Score(features, run_scores);
    int64_t* sum = &scores[group[k] * kNumTypes];
    for (int c = 0; c < kNumTypes; ++c) sum[c] += run_scores[c];
  }
  std::vector<std::string_view> out;
  out.reserve(runs.size());
  for (size_t k = 0; k < runs.size(); ++k) {
    const int64_t* s = &scores[group[k] * kNumTypes];
    out.push_back(kTypes[std::max_element(s, s + kNumTypes) - s]);
  }
  return out;
}

}  // namespace whosaid::internal
