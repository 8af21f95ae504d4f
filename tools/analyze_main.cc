// Copyright 2026 The whosaid Authors.
//
// whosaid analyze [--format text|jsonl] [-j N] [--errors FILE] FILE|DIR|GLOB|- ...
#include <fmt/format.h>
#include <glob.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <thread>

#include "batch/parallel_analyze.h"
#include "commands.h"
#include "whosaid/reader.h"
#include "whosaid/whosaid.h"

namespace whosaid::cli {
namespace {

struct AnalyzeFlags {
  std::vector<std::string> inputs;
  std::string format = "text";
  std::string input_format = "auto";
  int jobs = 0;  // 0: all cores
  std::string errors_path;
  bool with_text = false;
};

// Documents/s and MB/s so far, on one line that rewrites itself.
void PrintProgress(const internal::RunStats& s) {
  const double secs = std::max(s.seconds, 1e-9);
  fmt::print(stderr, "\r{} documents, {} errors, {:.0f} docs/s, {:.1f} MB/s   ", s.documents,
             s.errors, s.documents / secs, s.input_bytes / secs / 1e6);
}

void PrintSummary(const internal::RunStats& s, bool progress_shown) {
  if (progress_shown) fmt::print(stderr, "\r\033[K");
  const double secs = std::max(s.seconds, 1e-9);
  fmt::print(stderr,
             "whosaid: {}{} documents, {} attributions, {} errors in {:.2f} s ({:.1f} docs/s, "
             "{:.2f} MB/s)\n",
             s.stopped ? "interrupted after " : "", s.documents, s.attributions, s.errors, s.seconds, s.documents / secs,
             s.input_bytes / secs / 1e6);
}

int Run(const AnalyzeFlags& flags, Options options) {
  Result<InputFormat> input_format = ParseInputFormat(flags.input_format);
  if (!input_format.ok()) {
    fmt::print(stderr, "whosaid: {}\n", input_format.status().message());
    return 2;
  }
  options.input_format = *input_format;
  std::FILE* errors = nullptr;
  if (!flags.errors_path.empty() && (errors = std::fopen(flags.errors_path.c_str(), "w")) == nullptr) {
    fmt::print(stderr, "whosaid: cannot write {}\n", flags.errors_path);
    return 2;
  }
  const Analyzer analyzer(options);
  const bool jsonl = flags.format == "jsonl";
  const JsonOptions json_options{flags.with_text};
  const bool tty = isatty(fileno(stderr)) != 0;
  uint64_t written = 0;
  internal::ParallelRun run;
  run.jobs = flags.jobs > 0 ? flags.jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  run.format = [&](const Document& doc) {
    return jsonl ? ToJsonLineWithOptions(doc, json_options) + "\n" : ToSourcingMap(doc);
  };
  run.write = [&](const std::string& out) {
    if (!jsonl && written++ > 0) std::fputs("\n", stdout);
    std::fwrite(out.data(), 1, out.size(), stdout);
  };
  run.fail = [&](const std::string& origin, const std::string& id, const Status& status) {
    if (errors != nullptr) {
      fmt::print(errors, "{}\t{}\t{}\n", origin, id, status.ToString());
    } else {
      fmt::print(stderr, "{}whosaid: {}\n", tty ? "\r\033[K" : "", status.ToString());
    }
  };
  if (tty) run.progress = PrintProgress;
  run.stop = StopOnInterrupt();
  const internal::RunStats stats = internal::AnalyzeFiles(analyzer, ExpandInputs(flags.inputs), run);
  std::fflush(stdout);
  if (errors != nullptr) std::fclose(errors);
  PrintSummary(stats, tty);
  if (stats.stopped) return kInterruptedExitCode;
  if (stats.errors == 0) return 0;
  fmt::print(stderr, "whosaid: {} of {} documents failed{}\n", stats.errors,
             stats.errors + stats.documents,
             flags.errors_path.empty() ? "" : " (see " + flags.errors_path + ")");
  return 1;
}

void AddInputFlags(CLI::App* app, AnalyzeFlags* flags, Options* options) {
  app->add_option("--input-format", flags->input_format,
                  "auto (by extension), text, html, jsonl or warc")
      ->check(CLI::IsMember({"auto", "text", "html", "jsonl", "warc"}))
      ->capture_default_str();
  JsonlFields& f = options->jsonl_fields;
  app->add_option("--jsonl-id", f.id, "JSONL field holding the document id")->capture_default_str();
  app->add_option("--jsonl-text", f.text, "JSONL field holding the text")->capture_default_str();
  app->add_option("--jsonl-html", f.html, "JSONL field holding HTML (when there is no text)")
      ->capture_default_str();
  app->add_option("--jsonl-url", f.url, "JSONL field holding the URL")->capture_default_str();
  app->add_option("--jsonl-outlet", f.outlet, "JSONL field holding the outlet")->capture_default_str();
  app->add_option("--jsonl-date", f.date, "JSONL field holding the date")->capture_default_str();
  app->add_option("--jsonl-title", f.title, "JSONL field holding the headline")->capture_default_str();
  app->add_option("--jsonl-byline", f.byline, "JSONL field holding the author line")
      ->capture_default_str();
  app->add_option("--max-html-depth", options->max_html_depth,
                  "Web pages nested deeper fail with an error")
      ->capture_default_str();
}

}  // namespace

Command AddAnalyzeCommand(CLI::App* app, Options* options) {
  auto flags = std::make_shared<AnalyzeFlags>();
  app->add_option("inputs", flags->inputs,
                  "Files, folders or globs to read (.txt, .html, .jsonl, .warc, each maybe .gz or "
                  ".zst); - reads standard input")
      ->required();
  app->add_option("-f,--format", flags->format, "Output: text (a sourcing map) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  app->add_option("-j,--jobs", flags->jobs, "Threads (default: all cores)");
  app->add_option("--errors", flags->errors_path,
                  "Write failed documents here (origin, id, reason; tab-separated) instead of stderr");
  app->add_flag("--with-text", flags->with_text,
                "jsonl: include each document's text (for HTML, the extracted article)");
  AddInputFlags(app, flags.get(), options);
  AddOptionFlags(app, options);
  return [flags, options] { return Run(*flags, *options); };
}

}  // namespace whosaid::cli
