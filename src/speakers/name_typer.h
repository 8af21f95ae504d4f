// Copyright 2026 The whosaid Authors.
//
// NameTyper: a name the article writes (a run of capitalised words, see
// FindNameRuns) in, the kind of thing it names out, in GUM's entity types:
// person, organization, place, abstract, event, time, object, substance,
// animal, plant.
//
// An averaged perceptron over hashed features of the name's words (each
// word, its first and last, suffixes, shapes), the words around it
// ("in", "the", "said"), and what the rules see in it (an organisation word,
// a title before it, a known outlet, a given name). Trained on GUM train's
// gold named mentions by `whosaid train names` (name_typer_trainer.h); the
// model ships compiled in as data/models/names.model (model card:
// docs/speakers.md).
//
// Example:
//   Result<const NameTyper*> typer = NameTyper::Default();
//   if (typer.ok()) type = (*typer)->Type(article, run, cues);  // "place"
//
// A NameTyper is immutable: Type is const and may run on many threads.
#ifndef WHOSAID_SPEAKERS_NAME_TYPER_H_
#define WHOSAID_SPEAKERS_NAME_TYPER_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "attribution/article.h"
#include "perceptron/feature_weights.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// What the rules see in a name run; the typer weighs them as features.
struct NameCues {
  bool organization_word = false;  // "Department", "Police", or an acronym alone
  bool outlet = false;             // a news outlet the lexicon knows
  bool title_before = false;       // "Gov.", "spokeswoman" before the name
  bool title_inside = false;       // a title among its words
};

// A capitalised run of words (a name, with any titles before it) and what
// the rules see in it (FindNameRuns in speaker_resolver.h).
struct NameRun {
  TokenRange range;
  NameCues cues;
};

// GUM's entity types, in class order.
std::span<const std::string_view> NameTypeNames();

// Appends the features of the name `run` to `out`. Shared by NameTyper and
// its trainer, so both see exactly the same features.
void NameFeatures(const Article& a, TokenRange run, const NameCues& cues,
                  std::vector<uint64_t>* out);

class NameTyper {
 public:
  // The model compiled into the library (data/models/names.model), read on
  // first use. kNotFound when the build has none, kCorrupt when malformed.
  static Result<const NameTyper*> Default();
  // A model from its bytes (kCorrupt).
  static Result<NameTyper> FromBytes(std::string_view bytes);

  NameTyper(FeatureWeights weights, std::vector<std::string> notes)
      : weights_(std::move(weights)), notes_(std::move(notes)) {}

  // The type of the name `run` (static storage, one of NameTypeNames()).
  std::string_view Type(const Article& a, TokenRange run, const NameCues& cues) const;
  // The types of all the article's name runs, one per run: a name written
  // the same way ("Gloria", "Gloria's") names the same kind of thing
  // throughout an article, so the scores of its occurrences are added up.
  std::vector<std::string_view> TypeAll(const Article& a, std::span<const NameRun> runs) const;
  // The same, from features already computed.
  int Classify(std::span<const uint64_t> features) const;

  const std::vector<std::string>& notes() const { return notes_; }
  // The model file's bytes.
  std::string Serialize() const;

 private:
  FeatureWeights weights_;
  std::vector<std::string> notes_;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_SPEAKERS_NAME_TYPER_H_
