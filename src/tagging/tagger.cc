// Copyright 2026 The whosaid Authors.
#include "tagging/tagger.h"

#include "perceptron/model_io.h"
#include "whosaid/whosaid.h"

namespace whosaid::internal {
namespace {

bool ValidTagSets(const std::vector<std::string>& upos, const std::vector<std::string>& xpos,
                  int num_classes) {
  return !upos.empty() && !xpos.empty() && upos.size() < kNoTag && xpos.size() < kNoTag &&
         num_classes <= FeatureWeights::kMaxClasses;
}

}  // namespace

Tagger::Tagger(std::vector<std::string> upos_names, std::vector<std::string> xpos_names,
               TagDictionary dictionary, FeatureWeights first_pass, FeatureWeights second_pass,
               std::vector<std::string> notes)
    : upos_names_(std::move(upos_names)),
      xpos_names_(std::move(xpos_names)),
      dictionary_(std::move(dictionary)),
      first_pass_(std::move(first_pass)),
      second_pass_(std::move(second_pass)),
      notes_(std::move(notes)) {}

Result<const Tagger*> Tagger::Default() { return EmbeddedModelOnce<Tagger>("tagger"); }

Result<Tagger> Tagger::FromBytes(std::string_view bytes) {
  ByteReader in(bytes);
  std::vector<std::string> notes, upos, xpos;
  WHOSAID_RETURN_IF_ERROR(ReadModelHeader("tagger", &in, &notes));
  if (!in.GetStrings(&upos) || !in.GetStrings(&xpos)) return CorruptError("tagger: truncated tag sets");
  const int num_classes = static_cast<int>(upos.size() + xpos.size());
  if (!ValidTagSets(upos, xpos, num_classes)) return CorruptError("tagger: bad tag sets");
  Result<TagDictionary> dictionary =
      TagDictionary::Read(&in, static_cast<int>(upos.size()), static_cast<int>(xpos.size()));
  if (!dictionary.ok()) return dictionary.status();
  Result<FeatureWeights> first = FeatureWeights::Read(&in);
  if (!first.ok()) return first.status();
  Result<FeatureWeights> second = FeatureWeights::Read(&in);
  if (!second.ok()) return second.status();
  if (first->num_classes() != num_classes || second->num_classes() != num_classes ||
      !in.at_end()) {
    return CorruptError("tagger: tag sets do not match the weights");
  }
  return Tagger(std::move(upos), std::move(xpos), std::move(*dictionary), std::move(*first),
                std::move(*second), std::move(notes));
}

Result<Tagger> Tagger::Load(const std::string& path) { return LoadModelFile<Tagger>(path); }

void Tagger::Tag(const std::vector<std::string_view>& words, TagSequence* out) const {
  std::vector<WordHashes> hashes;
  HashWords(words, &hashes);
  TagSequence first;
  const auto no_learning = [](std::span<const uint64_t>, size_t, uint8_t, uint8_t) {};
  TagPass(first_pass_, dictionary_, hashes, num_upos(), num_xpos(), nullptr, &first, no_learning);
  TagPass(second_pass_, dictionary_, hashes, num_upos(), num_xpos(), &first, out, no_learning);
}

std::string Tagger::Serialize() const {
  ByteWriter out;
  WriteModelHeader("tagger", notes_, &out);
  out.PutStrings(upos_names_);
  out.PutStrings(xpos_names_);
  dictionary_.Write(&out);
  first_pass_.Write(&out);
  second_pass_.Write(&out);
  return out.bytes();
}

}  // namespace whosaid::internal
