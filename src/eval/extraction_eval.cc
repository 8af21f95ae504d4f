// Copyright 2026 The whosaid Authors.
//
// The Article Extraction Benchmark's shingle metric (see whosaid/eval.h).
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <map>

#include "text/tokenizer.h"
#include "text/utf8.h"
#include "whosaid/eval.h"
#include "whosaid/reader.h"

namespace whosaid {
namespace {

constexpr size_t kShingle = 4;
constexpr size_t kWorstShown = 10;

using Shingles = std::map<std::vector<std::string>, int>;

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i < text.size();) {
    char32_t cp;
    const int len = internal::DecodeUtf8(text, i, &cp);
    if (internal::IsWordChar(cp) || cp == '_') {
      word.append(text.substr(i, len));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i += len;
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

// Texts shorter than a shingle give one shingle of all their words.
Shingles ShinglesOf(std::string_view text) {
  const std::vector<std::string> words = Words(text);
  Shingles shingles;
  if (words.empty()) return shingles;
  const size_t n = words.size() < kShingle ? 1 : words.size() - kShingle + 1;
  for (size_t i = 0; i < n; ++i) {
    const auto end = words.begin() + std::min(words.size(), i + kShingle);
    ++shingles[std::vector<std::string>(words.begin() + i, end)];
  }
  return shingles;
}

struct PageCounts {
  double tp = 0, fp = 0, fn = 0;
};

PageCounts Compare(const Shingles& truth, const Shingles& predicted) {
  PageCounts c;
  for (const auto& [s, n] : predicted) {
    const auto it = truth.find(s);
    const int t = it == truth.end() ? 0 : it->second;
    c.tp += std::min(n, t);
    c.fp += std::max(0, n - t);
  }
  for (const auto& [s, n] : truth) {
    const auto it = predicted.find(s);
    c.fn += std::max(0, n - (it == predicted.end() ? 0 : it->second));
  }
  return c;
}

Result<rapidjson::Document> ReadGroundTruth(const std::string& dir) {
  Result<std::string> json = ReadFile(dir + "/ground-truth.json", size_t{1} << 30);
  if (!json.ok()) return json.status();
  rapidjson::Document doc;
  doc.Parse(json->data(), json->size());
  if (doc.HasParseError() || !doc.IsObject()) return CorruptError(dir + "/ground-truth.json: not a JSON object");
  return doc;
}

// The page's HTML, decompressed, as a record.
Result<InputRecord> ReadPage(const std::string& path, const Options& options) {
  Result<std::unique_ptr<DocumentSource>> source = OpenDocumentSource(path, options);
  if (!source.ok()) return source.status();
  InputRecord record;
  if (!(*source)->Next(&record)) return CorruptError(path + ": empty");
  return record;
}

}  // namespace

Result<ExtractionReport> EvaluateExtraction(const std::string& aeb_dir, const Options& base) {
  Result<rapidjson::Document> truth = ReadGroundTruth(aeb_dir);
  if (!truth.ok()) return truth.status();
  Options options = base;
  options.input_format = InputFormat::kHtml;
  ExtractionReport report;
  double p_sum = 0, r_sum = 0;
  int p_pages = 0, r_pages = 0;
  for (const auto& page : truth->GetObject()) {
    const std::string id = page.name.GetString();
    const auto& body = page.value["articleBody"];
    const auto& url = page.value["url"];
    Result<InputRecord> record = ReadPage(aeb_dir + "/html/" + id + ".html.gz", options);
    if (!record.ok()) return record.status();
    if (url.IsString()) record->url = url.GetString();
    const auto start = std::chrono::steady_clock::now();
    Result<InputDocument> doc = ExtractDocument(*record, options);
    report.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report.failed += !doc.ok();
    const PageCounts c = Compare(ShinglesOf(body.IsString() ? body.GetString() : ""),
                                 ShinglesOf(doc.ok() ? doc->text : ""));
    const bool perfect = c.fp == 0 && c.fn == 0;
    const double p = perfect ? 1 : c.tp / (c.tp + c.fp), r = perfect ? 1 : c.tp / (c.tp + c.fn);
    if (perfect || c.tp + c.fp > 0) p_sum += p, ++p_pages;
    if (perfect || c.tp + c.fn > 0) r_sum += r, ++r_pages;
    report.worst.emplace_back(id, p + r > 0 ? 2 * p * r / (p + r) : 0);
    ++report.pages;
  }
  report.precision = p_pages ? p_sum / p_pages : 0;
  report.recall = r_pages ? r_sum / r_pages : 0;
  const double pr = report.precision + report.recall;
  report.f1 = pr > 0 ? 2 * report.precision * report.recall / pr : 0;
  std::sort(report.worst.begin(), report.worst.end(),
            [](const auto& a, const auto& b) { return a.second < b.second || (a.second == b.second && a.first < b.first); });
  if (report.worst.size() > kWorstShown) report.worst.resize(kWorstShown);
  return report;
}

std::string ExtractionReport::ToText() const {
  std::string out = "lowest page F1:\n";
  for (const auto& [id, f1] : worst) out += fmt::format("  {:.3f} {}\n", f1, id);
  out += fmt::format(
      "AEB article extraction: {} pages ({} failed): precision {:.3f}, recall {:.3f}, F1 {:.3f}; "
      "{:.2f} s, {:.0f} pages/s on one thread\n",
      pages, failed, precision, recall, f1, seconds, seconds > 0 ? pages / seconds : 0);
  return out;
}

std::string ExtractionReport::ToJson() const {
  return fmt::format(
      "{{\"pages\": {}, \"failed\": {}, \"precision\": {:.4f}, \"recall\": {:.4f}, \"f1\": {:.4f}, "
      "\"seconds\": {:.3f}}}",
      pages, failed, precision, recall, f1, seconds);
}

}  // namespace whosaid
