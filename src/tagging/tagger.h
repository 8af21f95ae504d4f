// Copyright 2026 The whosaid Authors.
//
// Tagger: part-of-speech tags for the words of a sentence, both the Universal
// POS tag (UPOS, 17 tags) and the Penn Treebank tag (XPOS). Frequent
// unambiguous words take their tag from a TagDictionary; the others are
// tagged left to right by an averaged perceptron over the features of
// tagger_features.h, twice: the second pass also sees the tags the first
// pass gave the next two words.
//
// Example:
//   Result<const Tagger*> tagger = Tagger::Default();  // parsed once
//   if (!tagger.ok()) return tagger.status();
//   std::vector<std::string_view> words = {"Officials", "said", "so", "."};
//   TagSequence tags;
//   (*tagger)->Tag(words, &tags);
//   // (*tagger)->upos_name(tags.upos[1]) == "VERB"
//   // (*tagger)->xpos_name(tags.xpos[1]) == "VBD"
//
// A Tagger is immutable: Tag is const and may run on many threads at once.
#ifndef WHOSAID_TAGGING_TAGGER_H_
#define WHOSAID_TAGGING_TAGGER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "perceptron/feature_weights.h"
#include "tagging/tag_dictionary.h"
#include "tagging/tagger_features.h"
#include "whosaid/status.h"

namespace whosaid::internal {

// The tags of one sentence, as indices into a Tagger's tag sets.
struct TagSequence {
  std::vector<uint8_t> upos;
  std::vector<uint8_t> xpos;
};

class Tagger {
 public:
  // The model compiled into the library (data/models/tagger.model), read on
  // first use. Fails with kNotFound when the build had no tagger model, or
  // kCorrupt.
  static Result<const Tagger*> Default();
  // A model from its bytes (kCorrupt) or from a file (also kNotFound, kIoError).
  static Result<Tagger> FromBytes(std::string_view bytes);
  static Result<Tagger> Load(const std::string& path);

  // What a model file holds: the tag sets, the dictionary, the weights of
  // each pass, and `notes` on how the model was trained.
  Tagger(std::vector<std::string> upos_names, std::vector<std::string> xpos_names,
         TagDictionary dictionary, FeatureWeights first_pass, FeatureWeights second_pass,
         std::vector<std::string> notes);

  // Tags one sentence: out->upos[i] and out->xpos[i] become the tags of
  // words[i], as indices into upos_name / xpos_name.
  void Tag(const std::vector<std::string_view>& words, TagSequence* out) const;

  int num_upos() const { return static_cast<int>(upos_names_.size()); }
  int num_xpos() const { return static_cast<int>(xpos_names_.size()); }
  const std::string& upos_name(uint8_t tag) const { return upos_names_[tag]; }
  const std::string& xpos_name(uint8_t tag) const { return xpos_names_[tag]; }
  const std::vector<std::string>& notes() const { return notes_; }
  const TagDictionary& dictionary() const { return dictionary_; }
  const FeatureWeights& first_pass() const { return first_pass_; }
  const FeatureWeights& second_pass() const { return second_pass_; }

  // The model file's bytes.
  std::string Serialize() const;

 private:
  std::vector<std::string> upos_names_;  // classes [0, num_upos)
  std::vector<std::string> xpos_names_;  // classes [num_upos, num_upos + num_xpos)
  TagDictionary dictionary_;
  FeatureWeights first_pass_;
  FeatureWeights second_pass_;
  std::vector<std::string> notes_;
};

// One greedy left-to-right pass, shared by Tagger and its trainer: tags the
// words whose padded hashes are `hashes` into `out`. `model` is anything with
// Score(span<const uint64_t>, int32_t*) over num_upos + num_xpos classes (UPOS
// first). `first_pass` is null in the first pass and holds its tags in the
// second. `learn(features, i, upos, xpos)` is called after each word the
// model (not the dictionary) tagged; the tags feed the next word's features.
template <typename Model, typename Learn>
void TagPass(const Model& model, const TagDictionary& dictionary,
             const std::vector<WordHashes>& hashes, int num_upos, int num_xpos,
             const TagSequence* first_pass, TagSequence* out, Learn learn);

}  // namespace whosaid::internal

#include "tagging/tagger_inl.h"

#endif  // WHOSAID_TAGGING_TAGGER_H_
