// Copyright 2026 The whosaid Authors.
//
// whosaid analyze [--format text|jsonl] FILE|DIR|- ...
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "commands.h"
#include "whosaid/whosaid.h"

namespace whosaid::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string format = "text";
};

// Files named on the command line, with folders expanded to the regular
// files inside them (recursively, sorted, hidden files skipped).
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(in, ec); !ec && it != fs::end(it);
           it.increment(ec)) {
        if (it->is_regular_file() && it->path().filename().string()[0] != '.') {
          found.push_back(it->path().string());
        }
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else {
      files.push_back(in);
    }
  }
  return files;
}

std::string DocumentId(const std::string& path) {
  if (path == "-") return "stdin";
  return std::filesystem::path(path).stem().string();
}

int Run(const AnalyzeFlags& flags, const Options& options) {
  const Analyzer analyzer(options);
  int failed = 0, done = 0;
  for (const std::string& path : ExpandInputs(flags.inputs)) {
    Result<std::string> bytes = ReadFile(path, options.max_document_bytes);
    Result<Document> doc = bytes.ok() ? analyzer.Analyze(*bytes, DocumentId(path))
                                      : Result<Document>(bytes.status());
    if (!doc.ok()) {
      ++failed;
      fmt::print(stderr, "whosaid: {}: {}\n", path, doc.status().ToString());
      continue;
    }
    ++done;
    const std::string out = flags.format == "jsonl" ? ToJsonLine(*doc) + "\n"
                                                    : ToSourcingMap(*doc) + (done > 1 ? "" : "");
    if (flags.format != "jsonl" && done > 1) std::fputs("\n", stdout);
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  if (failed > 0) {
    fmt::print(stderr, "whosaid: {} of {} documents failed\n", failed, failed + done);
    return 1;
  }
  return 0;
}

}  // namespace

Command AddAnalyzeCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<AnalyzeFlags>();
  app->add_option("inputs", flags->inputs, "Files or folders to read; - reads standard input")
      ->required();
  app->add_option("-f,--format", flags->format, "Output: text (a sourcing map) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
