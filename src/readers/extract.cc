// Copyright 2026 The whosaid Authors.
//
// From a record to an article: charset, article extraction, metadata.
#include "readers/charset.h"
#include "readers/html_dom.h"
#include "readers/html_text.h"
#include "readers/main_content.h"
#include "readers/page_metadata.h"
#include "text/utf8.h"
#include "whosaid/reader.h"

namespace whosaid {
namespace {

// Page text is valid UTF-8 after gumbo; metadata from containers may not be.
std::optional<std::string> Clean(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  uint32_t invalid = 0;
  return internal::SanitizeUtf8(*s, &invalid);
}

// Metadata the container gave wins over what the page says.
void Prefer(const std::optional<std::string>& given, std::optional<std::string>* field) {
  if (given) *field = Clean(given);
}

// The article's text. Class names mislead now and then (a page-wide
// wrapper called "header-style-2"): when skipping furniture leaves almost
// nothing, Readability's remedy applies: try again without, keep the longer.
std::string MainText(const GumboNode* root) {
  constexpr size_t kShortArticle = 500;
  std::string text = internal::ExtractMainContent(internal::CollectTextBlocks(root, true));
  if (text.size() >= kShortArticle) return text;
  std::string again = internal::ExtractMainContent(internal::CollectTextBlocks(root, false));
  return again.size() > text.size() ? again : text;
}

}  // namespace

Result<InputDocument> ExtractArticle(std::string_view html, std::string_view url,
                                     const Options& options) {
  Result<std::unique_ptr<internal::HtmlDom>> dom =
      internal::HtmlDom::Parse(html, options.max_html_depth);
  if (!dom.ok()) return dom.status();
  const GumboNode* root = (*dom)->root();
  InputDocument doc;
  doc.text = MainText(root);
  internal::PageMetadata meta = internal::ReadPageMetadata(root, url);
  doc.url = Clean(meta.url);
  doc.outlet = Clean(meta.outlet);
  doc.date = Clean(meta.date);
  doc.title = Clean(meta.title);
  doc.byline = Clean(meta.byline);
  return doc;
}

Result<InputDocument> ExtractDocument(const InputRecord& record, const Options& options) {
  if (!record.status.ok()) return record.status;
  if (record.body.size() > options.max_document_bytes) {
    return LimitExceededError(record.origin + ": " + std::to_string(record.body.size()) +
                              " bytes, more than max_document_bytes (" +
                              std::to_string(options.max_document_bytes) + ")");
  }
  InputDocument doc;
  if (record.body_format == InputFormat::kHtml) {
    const std::string charset =
        record.charset.empty() ? internal::SniffMetaCharset(record.body) : record.charset;
    Result<InputDocument> article = ExtractArticle(internal::ConvertToUtf8(record.body, charset),
                                                   record.url.value_or(""), options);
    if (!article.ok()) return Status(article.status().code(), record.origin + ": " + article.status().message());
    doc = std::move(*article);
  } else {
    // Plain text is UTF-8 unless a container says otherwise; invalid bytes
    // are repaired (and counted) by the analyzer.
    doc.text = record.charset.empty() ? record.body : internal::ConvertToUtf8(record.body, record.charset);
  }
  doc.id = record.id;
  Prefer(record.url, &doc.url);
  Prefer(record.outlet, &doc.outlet);
  Prefer(record.date, &doc.date);
  Prefer(record.title, &doc.title);
  Prefer(record.byline, &doc.byline);
  return doc;
}

Result<Document> AnalyzeRecord(const Analyzer& analyzer, const InputRecord& record) {
  Result<InputDocument> input = ExtractDocument(record, analyzer.options());
  if (!input.ok()) return input.status();
  Result<Document> doc = analyzer.Analyze(input->text, input->id, input->byline.value_or(""));
  if (!doc.ok()) return Status(doc.status().code(), record.origin + ": " + doc.status().message());
  doc->url = std::move(input->url);
  doc->outlet = std::move(input->outlet);
  doc->date = std::move(input->date);
  doc->title = std::move(input->title);
  doc->byline = std::move(input->byline);
  return doc;
}

}  // namespace whosaid
