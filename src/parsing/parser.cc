// Copyright 2026 The whosaid Authors.
#include "parsing/parser.h"

#include "perceptron/model_io.h"
#include "whosaid/whosaid.h"

namespace whosaid::internal {

int BestAllowed(const int32_t* scores, const ArcHybrid& c, int num_labels) {
  int best = -1;
  const int num_classes = 1 + 2 * num_labels;
  const bool allowed[3] = {c.Allowed(Move::kShift), c.Allowed(Move::kLeft),
                           c.Allowed(Move::kRight)};
  for (int cls = 0; cls < num_classes; ++cls) {
    const Move m = TransitionOf(cls, num_labels).move;
    if (allowed[static_cast<int>(m)] && (best < 0 || scores[cls] > scores[best])) best = cls;
  }
  return best;
}

void TreeOf(const ArcHybrid& c, ParseTree* out) {
  const size_t n = c.heads().size() - 1;
  out->heads.assign(c.heads().begin() + 1, c.heads().end());
  out->labels.resize(n);
  for (size_t i = 0; i < n; ++i) out->labels[i] = static_cast<uint8_t>(c.labels()[i + 1]);
}

Parser::Parser(std::vector<std::string> labels, FeatureWeights weights,
               std::vector<std::string> notes)
    : labels_(std::move(labels)), weights_(std::move(weights)), notes_(std::move(notes)) {}

Result<const Parser*> Parser::Default() { return EmbeddedModelOnce<Parser>("parser"); }

Result<Parser> Parser::FromBytes(std::string_view bytes) {
  ByteReader in(bytes);
  std::vector<std::string> notes, labels;
  WHOSAID_RETURN_IF_ERROR(ReadModelHeader("parser", &in, &notes));
  if (!in.GetStrings(&labels) || labels.empty()) return CorruptError("parser: bad label set");
  Result<FeatureWeights> weights = FeatureWeights::Read(&in);
  if (!weights.ok()) return weights.status();
  if (weights->num_classes() != 1 + 2 * static_cast<int>(labels.size()) || !in.at_end()) {
    return CorruptError("parser: labels do not match the weights");
  }
  return Parser(std::move(labels), std::move(*weights), std::move(notes));
}

Result<Parser> Parser::Load(const std::string& path) { return LoadModelFile<Parser>(path); }

void Parser::Parse(const std::vector<std::string_view>& words,
                   const std::vector<std::string_view>& xpos, ParseTree* out) const {
  const ParserInput input = MakeParserInput(words, xpos);
  ArcHybrid c(static_cast<int>(words.size()));
  RunParser(weights_, num_labels(), input, &c,
            [](std::span<const uint64_t>, const int32_t*, int best) { return best; });
  TreeOf(c, out);
}

std::string Parser::Serialize() const {
  ByteWriter out;
  WriteModelHeader("parser", notes_, &out);
  out.PutStrings(labels_);
  weights_.Write(&out);
  return out.bytes();
}

}  // namespace whosaid::internal
