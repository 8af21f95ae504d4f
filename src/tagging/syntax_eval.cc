// Copyright 2026 The whosaid Authors.
#include "tagging/syntax_eval.h"

#include "parsing/parser_trainer.h"
#include "tagging/tagger_trainer.h"

namespace whosaid::internal {
namespace {

// A model from `path`, or the built-in one (which lives for the whole
// program: shared, never freed).
template <typename Model>
Result<std::shared_ptr<const Model>> LoadModel(const std::string& path) {
  if (path.empty()) {
    Result<const Model*> model = Model::Default();
    if (!model.ok()) return model.status();
    return std::shared_ptr<const Model>(*model, [](const Model*) {});
  }
  Result<Model> model = Model::Load(path);
  if (!model.ok()) return model.status();
  return std::shared_ptr<const Model>(std::make_shared<const Model>(std::move(*model)));
}

}  // namespace

Result<SyntaxModels> LoadSyntaxModels(const std::string& tagger_path,
                                      const std::string& parser_path) {
  Result<std::shared_ptr<const Tagger>> tagger = LoadModel<Tagger>(tagger_path);
  if (!tagger.ok()) return tagger.status();
  Result<std::shared_ptr<const Parser>> parser = LoadModel<Parser>(parser_path);
  // A build without a parser still scores its tagger.
  if (!parser.ok() && !(parser_path.empty() && parser.status().code() == StatusCode::kNotFound)) {
    return parser.status();
  }
  return SyntaxModels{*tagger, parser.ok() ? *parser : nullptr};
}

Result<UdScores> EvaluateTreebank(const SyntaxModels& models, const std::string& path) {
  Result<std::vector<TreebankSentence>> gold = ReadConllu(path);
  if (!gold.ok()) return gold.status();
  UdScores scores = ScoreTagger(*models.tagger, *gold);
  if (models.parser == nullptr) return scores;
  std::vector<TreebankSentence> tagged = *gold;
  Retag(*models.tagger, &tagged);
  // Score the parse of the tagged copy against the gold trees.
  for (size_t s = 0; s < tagged.size(); ++s) {
    tagged[s].heads = (*gold)[s].heads;
    tagged[s].deprels = (*gold)[s].deprels;
  }
  const UdScores parsed = ScoreParser(*models.parser, tagged);
  scores.heads = parsed.heads;
  scores.labeled = parsed.labeled;
  return scores;
}

}  // namespace whosaid::internal
