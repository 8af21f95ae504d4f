// Copyright 2026 The whosaid Authors.
#include "tagging/syntax_eval.h"

#include <map>
#include <utility>

#include "lexicon/lexicon.h"
#include "parsing/parser_trainer.h"
#include "tagging/syntax.h"
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

using Span = std::pair<uint32_t, uint32_t>;
constexpr Span kNoSpan = {UINT32_MAX, UINT32_MAX};

// Where each gold word is in the sentence's text: found in order, skipping
// what lies between; kNoSpan for a form the text does not have there.
std::vector<Span> GoldSpans(const TreebankSentence& s) {
  std::vector<Span> spans;
  size_t at = 0;
  for (const std::string& form : s.forms) {
    const size_t found = s.text.find(form, at);
    const bool near = found != std::string::npos && s.text.find_first_not_of(" \t\n", at) == found;
    if (!near) {
      spans.push_back(kNoSpan);
      continue;
    }
    spans.emplace_back(static_cast<uint32_t>(found), static_cast<uint32_t>(found + form.size()));
    at = found + form.size();
  }
  return spans;
}

// Adds one sentence's counts to `out`.
void ScoreAligned(const TreebankSentence& gold, const Syntax& syntax, AlignedScores* out) {
  const std::vector<Span> spans = GoldSpans(gold);
  std::map<Span, size_t> system;  // span -> whosaid word
  for (size_t w = 0; w < syntax.words.size(); ++w) {
    system[{syntax.words[w].begin, syntax.words[w].end}] = w;
  }
  const auto span_of = [&](int w) {
    return w < 0 ? kNoSpan : Span{syntax.words[w].begin, syntax.words[w].end};
  };
  out->system_words += static_cast<long>(syntax.words.size());
  for (size_t g = 0; g < gold.size(); ++g) {
    ++out->right.words;
    const auto it = system.find(spans[g]);
    if (spans[g] == kNoSpan || it == system.end()) continue;
    ++out->matched;
    const SyntacticWord& w = syntax.words[it->second];
    out->right.upos += syntax.upos(w) == gold.upos[g];
    out->right.xpos += syntax.xpos(w) == gold.xpos[g];
    if (syntax.parser == nullptr) continue;
    const int gold_head = gold.heads[g];
    const bool head =
        gold_head == 0 ? w.head < 0
                       : spans[gold_head - 1] != kNoSpan && span_of(w.head) == spans[gold_head - 1];
    out->right.heads += head;
    out->right.labeled += head && syntax.label(w) == gold.deprels[g];
  }
}

}  // namespace

Result<AlignedScores> EvaluateOwnTokenisation(const SyntaxModels& models, const std::string& path) {
  Result<std::vector<TreebankSentence>> gold = ReadConllu(path);
  if (!gold.ok()) return gold.status();
  AlignedScores scores;
  for (const TreebankSentence& s : *gold) {
    if (s.text.empty()) continue;
    const std::vector<Token> tokens = Tokenize(s.text, Lexicon::Default());
    const Syntax syntax = AnalyzeSyntax(s.text, tokens, {0}, *models.tagger, models.parser.get());
    ScoreAligned(s, syntax, &scores);
  }
  return scores;
}

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
