// Copyright 2026 The whosaid Authors.
//
// whosaid train clusters --text FILE|DIR ... --conllu FILE ... -o FILE
//   clusters the words of unlabelled text (src/clusters/word_clusters.h):
//   plain-text articles are split into sentences and words by whosaid's own
//   tokenizer, CoNLL-U treebanks give their word forms. Writes the clusters
//   file (data/models/clusters.model is the one compiled into whosaid; its
//   card is in docs/tagging.md).
#include <fmt/format.h>

#include "attribution/article.h"
#include "clusters/word_clusters.h"
#include "commands.h"
#include "lexicon/lexicon.h"
#include "perceptron/model_io.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "ud/conllu.h"
#include "whosaid/whosaid.h"

namespace whosaid::cli {
namespace {

struct TrainClustersFlags {
  std::vector<std::string> text, conllu;
  std::string out;
  internal::ClusterTrainingOptions options;
};

// The sentences of a plain-text article, as whosaid tokenizes them.
void AddArticle(std::string_view bytes, const Options& options,
                std::vector<std::vector<std::string>>* sentences) {
  uint32_t repaired = 0;
  const std::string text = internal::SanitizeUtf8(bytes, &repaired);
  const internal::NormalizedText norm = internal::Normalize(text);
  const internal::Article a =
      internal::BuildArticle(norm.text, internal::Lexicon::Default(), options.max_quote_bytes);
  for (size_t s = 0; s < a.sentence_starts.size(); ++s) {
    const uint32_t end = s + 1 < a.sentence_starts.size() ? a.sentence_starts[s + 1] : a.size();
    std::vector<std::string> words;
    for (uint32_t i = a.sentence_starts[s]; i < end; ++i) words.emplace_back(a.Str(i));
    if (!words.empty()) sentences->push_back(std::move(words));
  }
}

int Run(const TrainClustersFlags& flags, const Options& options) {
  std::vector<std::vector<std::string>> sentences;
  for (const std::string& path : ExpandInputs(flags.text)) {
    Result<std::string> bytes = ReadFile(path, options.max_document_bytes);
    if (!bytes.ok()) {
      fmt::print(stderr, "whosaid: {}\n", bytes.status().ToString());
      return 1;
    }
    AddArticle(*bytes, options, &sentences);
  }
  for (const std::string& path : flags.conllu) {
    Result<std::vector<internal::TreebankSentence>> read = internal::ReadConllu(path);
    if (!read.ok()) {
      fmt::print(stderr, "whosaid: {}\n", read.status().ToString());
      return 1;
    }
    for (internal::TreebankSentence& s : *read) sentences.push_back(std::move(s.forms));
  }
  const internal::WordClusters clusters = internal::TrainWordClusters(
      sentences, flags.options, [](std::string_view line) { fmt::print(stderr, "{}\n", line); });
  if (const Status written = internal::WriteBinaryFile(flags.out, clusters.Serialize()); !written.ok()) {
    fmt::print(stderr, "whosaid: {}\n", written.ToString());
    return 1;
  }
  fmt::print("wrote {}: {} words\n", flags.out, clusters.size());
  return 0;
}

}  // namespace

Command AddTrainClustersCommand(CLI::App* train, Options* options, CLI::App** subcommand) {
  CLI::App* sub = train->add_subcommand("clusters", "Cluster the words of unlabelled text");
  *subcommand = sub;
  auto flags = std::make_shared<TrainClustersFlags>();
  sub->add_option("--text", flags->text, "Plain-text articles (files or folders)");
  sub->add_option("--conllu", flags->conllu, "CoNLL-U treebanks (their word forms are read)");
  sub->add_option("-o,--out", flags->out, "Clusters file to write")->required();
  sub->add_option("--coarse", flags->options.coarse, "Classes of the coarse clustering")
      ->check(CLI::Range(2, 4096))
      ->capture_default_str();
  sub->add_option("--fine", flags->options.fine, "Classes of the fine clustering")
      ->check(CLI::Range(2, 4096))
      ->capture_default_str();
  sub->add_option("--min-count", flags->options.min_count, "Rarer words get no class")
      ->check(CLI::Range(1, 1000))
      ->capture_default_str();
  sub->add_option("--iterations", flags->options.iterations, "Passes over the vocabulary")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
