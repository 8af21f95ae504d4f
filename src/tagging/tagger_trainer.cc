// Copyright 2026 The whosaid Authors.
#include "tagging/tagger_trainer.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <random>

#include "perceptron/averaged_perceptron.h"

namespace whosaid::internal {
namespace {

constexpr int kDictionaryMinCount = 20;
constexpr double kDictionaryMinShare = 0.995;
constexpr uint8_t kUnknownTag = 0xFF;

using TagIndex = std::map<std::string, uint8_t, std::less<>>;

// Sorted tag names, so that the class numbers do not depend on data order.
std::vector<std::string> TagNames(const std::vector<TreebankSentence>& train,
                                  std::vector<std::string> TreebankSentence::*column) {
  std::vector<std::string> names;
  for (const TreebankSentence& s : train) {
    names.insert(names.end(), (s.*column).begin(), (s.*column).end());
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

TagIndex IndexOf(const std::vector<std::string>& names) {
  TagIndex index;
  for (size_t i = 0; i < names.size(); ++i) index[names[i]] = static_cast<uint8_t>(i);
  return index;
}

uint8_t Lookup(const TagIndex& index, const std::string& name) {
  const auto it = index.find(name);
  return it == index.end() ? kUnknownTag : it->second;
}

// A sentence ready for training or scoring: hashed words, gold tags and, for
// training the second pass, the first pass's tags.
struct PreparedSentence {
  std::vector<WordHashes> hashes;
  TagSequence gold;
  TagSequence first_pass;
};

// The tag sets and the dictionary the model will have.
struct TagModel {
  std::vector<std::string> upos_names, xpos_names;
  TagIndex upos_index, xpos_index;
  TagDictionary dictionary;
  int num_upos() const { return static_cast<int>(upos_names.size()); }
  int num_xpos() const { return static_cast<int>(xpos_names.size()); }
};

std::vector<PreparedSentence> Prepare(const std::vector<TreebankSentence>& sentences,
                                      const TagModel& tags) {
  std::vector<PreparedSentence> out(sentences.size());
  for (size_t s = 0; s < sentences.size(); ++s) {
    HashWords(WordsOf(sentences[s]), &out[s].hashes);
    for (size_t i = 0; i < sentences[s].size(); ++i) {
      out[s].gold.upos.push_back(Lookup(tags.upos_index, sentences[s].upos[i]));
      out[s].gold.xpos.push_back(Lookup(tags.xpos_index, sentences[s].xpos[i]));
    }
  }
  return out;
}

TagDictionary BuildDictionary(const std::vector<PreparedSentence>& data) {
  TagDictionary::Builder builder;
  for (const PreparedSentence& s : data) {
    for (size_t i = 0; i < s.gold.upos.size(); ++i) {
      builder.Add(s.hashes[i + 2].form, s.gold.upos[i], s.gold.xpos[i]);
    }
  }
  return builder.Build(kDictionaryMinCount, kDictionaryMinShare);
}

// Fisher-Yates with a fixed generator: the same order on every platform.
void Shuffle(std::vector<size_t>* order, std::mt19937_64* rng) {
  for (size_t i = order->size(); i > 1; --i) std::swap((*order)[i - 1], (*order)[(*rng)() % i]);
}

const auto kNoLearning = [](std::span<const uint64_t>, size_t, uint8_t, uint8_t) {};

// Tags `s` with one pass of `weights`.
void Tag(const FeatureWeights& weights, const TagModel& tags, const PreparedSentence& s,
         bool second_pass, TagSequence* out) {
  TagPass(weights, tags.dictionary, s.hashes, tags.num_upos(), tags.num_xpos(),
          second_pass ? &s.first_pass : nullptr, out, kNoLearning);
}

// One pass (first or second) of the tagger, trained on the sentences
// `subset` of `data`.
class PassTrainer {
 public:
  PassTrainer(const TagModel& tags, bool second_pass, uint64_t seed)
      : tags_(tags),
        second_pass_(second_pass),
        rng_(seed),
        model_(tags.num_upos() + tags.num_xpos()) {}

  void Iterate(const std::vector<PreparedSentence>& data, std::vector<size_t>* subset) {
    Shuffle(subset, &rng_);
    TagSequence predicted;
    for (size_t s : *subset) {
      const PreparedSentence& gold = data[s];
      TagPass(model_, tags_.dictionary, gold.hashes, tags_.num_upos(), tags_.num_xpos(),
              second_pass_ ? &gold.first_pass : nullptr, &predicted,
              [&](std::span<const uint64_t> features, size_t i, uint8_t u, uint8_t x) {
                model_.Update(features, gold.gold.upos[i], u);
                model_.Update(features, tags_.num_upos() + gold.gold.xpos[i], tags_.num_upos() + x);
                model_.Tick();
              });
    }
  }
  const AveragedPerceptron& model() const { return model_; }

 private:
  const TagModel& tags_;
  bool second_pass_;
  std::mt19937_64 rng_;
  AveragedPerceptron model_;
};

UdScores Score(const FeatureWeights& weights, const TagModel& tags,
               const std::vector<PreparedSentence>& data, bool second_pass) {
  UdScores scores;
  TagSequence predicted;
  for (const PreparedSentence& s : data) {
    Tag(weights, tags, s, second_pass, &predicted);
    for (size_t i = 0; i < predicted.upos.size(); ++i) {
      ++scores.words;
      scores.upos += predicted.upos[i] == s.gold.upos[i];
      scores.xpos += predicted.xpos[i] == s.gold.xpos[i];
    }
  }
  return scores;
}

// Trains one pass on all of `train`, keeping the iteration best on `dev`.
FeatureWeights TrainBestOnDev(const std::vector<PreparedSentence>& train,
                              const std::vector<PreparedSentence>& dev, const TagModel& tags,
                              bool second_pass, const TaggerTrainingOptions& options,
                              const std::function<void(std::string_view)>& log) {
  PassTrainer trainer(tags, second_pass, options.seed);
  std::vector<size_t> all(train.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  FeatureWeights best;
  double best_upos = -1;
  for (int it = 1; it <= options.iterations; ++it) {
    trainer.Iterate(train, &all);
    FeatureWeights weights = trainer.model().Average(options.min_weight);
    const UdScores scores = Score(weights, tags, dev, second_pass);
    log(fmt::format("{} pass, iteration {:2}: dev UPOS {:.2f}  XPOS {:.2f}  ({} features)",
                    second_pass ? "second" : "first", it, scores.upos_accuracy(),
                    scores.xpos_accuracy(), weights.num_features()));
    if (scores.upos_accuracy() > best_upos) {
      best_upos = scores.upos_accuracy();
      best = std::move(weights);
    }
  }
  return best;
}

// Gives every training sentence first-pass tags from a model trained on the
// other folds.
void Jackknife(std::vector<PreparedSentence>* train, const TagModel& tags,
               const TaggerTrainingOptions& options,
               const std::function<void(std::string_view)>& log) {
  for (int fold = 0; fold < options.folds; ++fold) {
    std::vector<size_t> rest;
    for (size_t s = 0; s < train->size(); ++s) {
      if (static_cast<int>(s % options.folds) != fold) rest.push_back(s);
    }
    PassTrainer trainer(tags, false, options.seed + fold + 1);
    for (int it = 0; it < options.fold_iterations; ++it) trainer.Iterate(*train, &rest);
    const FeatureWeights weights = trainer.model().Average(options.min_weight);
    for (size_t s = fold; s < train->size(); s += options.folds) {
      Tag(weights, tags, (*train)[s], false, &(*train)[s].first_pass);
    }
    log(fmt::format("jackknifing: fold {} of {} tagged", fold + 1, options.folds));
  }
}

}  // namespace

std::vector<std::string_view> WordsOf(const TreebankSentence& sentence) {
  return std::vector<std::string_view>(sentence.forms.begin(), sentence.forms.end());
}

UdScores ScoreTagger(const Tagger& tagger, const std::vector<TreebankSentence>& sentences) {
  UdScores scores;
  TagSequence tags;
  for (const TreebankSentence& s : sentences) {
    tagger.Tag(WordsOf(s), &tags);
    for (size_t i = 0; i < s.size(); ++i) {
      ++scores.words;
      scores.upos += tagger.upos_name(tags.upos[i]) == s.upos[i];
      scores.xpos += tagger.xpos_name(tags.xpos[i]) == s.xpos[i];
    }
  }
  return scores;
}

Result<Tagger> TrainTagger(const std::vector<TreebankSentence>& train,
                           const std::vector<TreebankSentence>& dev,
                           const TaggerTrainingOptions& options,
                           const std::function<void(std::string_view)>& log) {
  if (train.empty() || dev.empty()) return InvalidArgumentError("no training or dev sentences");
  TagModel tags;
  tags.upos_names = TagNames(train, &TreebankSentence::upos);
  tags.xpos_names = TagNames(train, &TreebankSentence::xpos);
  if (tags.num_upos() >= static_cast<int>(kNoTag) || tags.num_xpos() >= static_cast<int>(kNoTag) ||
      tags.num_upos() + tags.num_xpos() > FeatureWeights::kMaxClasses) {
    return InvalidArgumentError("too many tags for one model");
  }
  tags.upos_index = IndexOf(tags.upos_names);
  tags.xpos_index = IndexOf(tags.xpos_names);
  std::vector<PreparedSentence> train_data = Prepare(train, tags);
  std::vector<PreparedSentence> dev_data = Prepare(dev, tags);
  tags.dictionary = BuildDictionary(train_data);
  log(fmt::format("dictionary: {} unambiguous frequent forms", tags.dictionary.size()));

  FeatureWeights first = TrainBestOnDev(train_data, dev_data, tags, false, options, log);
  for (PreparedSentence& s : dev_data) Tag(first, tags, s, false, &s.first_pass);
  Jackknife(&train_data, tags, options, log);
  FeatureWeights second = TrainBestOnDev(train_data, dev_data, tags, true, options, log);
  return Tagger(tags.upos_names, tags.xpos_names, tags.dictionary, std::move(first),
                std::move(second), options.notes);
}

void Retag(const Tagger& tagger, std::vector<TreebankSentence>* sentences) {
  TagSequence tags;
  for (TreebankSentence& s : *sentences) {
    tagger.Tag(WordsOf(s), &tags);
    for (size_t i = 0; i < s.size(); ++i) {
      s.upos[i] = tagger.upos_name(tags.upos[i]);
      s.xpos[i] = tagger.xpos_name(tags.xpos[i]);
    }
  }
}

Status JackknifeTags(std::vector<TreebankSentence>* train, const std::vector<TreebankSentence>& dev,
                     int folds, const TaggerTrainingOptions& options,
                     const std::function<void(std::string_view)>& log) {
  if (folds < 2 || static_cast<size_t>(folds) > train->size()) {
    return InvalidArgumentError(
        fmt::format("cannot jackknife {} sentences in {} folds", train->size(), folds));
  }
  const auto quiet = [](std::string_view) {};
  std::vector<std::vector<TreebankSentence>> held_out(folds);
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<TreebankSentence> rest;
    for (size_t s = 0; s < train->size(); ++s) {
      if (static_cast<int>(s % folds) != fold) rest.push_back((*train)[s]);
    }
    Result<Tagger> tagger = TrainTagger(rest, dev, options, quiet);
    if (!tagger.ok()) return tagger.status();
    for (size_t s = fold; s < train->size(); s += folds) held_out[fold].push_back((*train)[s]);
    const UdScores scores = ScoreTagger(*tagger, held_out[fold]);
    Retag(*tagger, &held_out[fold]);
    log(fmt::format("jackknifed tags, fold {} of {}: UPOS {:.2f}  XPOS {:.2f}", fold + 1, folds,
                    scores.upos_accuracy(), scores.xpos_accuracy()));
  }
  // Only the tag columns change; the fold copies hold the new tags.
  for (int fold = 0; fold < folds; ++fold) {
    for (size_t k = 0; k < held_out[fold].size(); ++k) {
      TreebankSentence& s = (*train)[fold + k * folds];
      s.upos = std::move(held_out[fold][k].upos);
      s.xpos = std::move(held_out[fold][k].xpos);
    }
  }
  return Status::Ok();
}

}  // namespace whosaid::internal
