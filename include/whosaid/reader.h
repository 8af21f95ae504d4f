// Copyright 2026 The whosaid Authors.
//
// Reading articles from the files researchers have: plain text, saved web
// pages, JSONL dumps from news APIs and WARC files as Common Crawl News
// publishes them, each optionally gzip- (.gz) or zstd-compressed (.zst).
//
// Example:
//
//   #include "whosaid/reader.h"
//
//   whosaid::Options options;  // options.input_format: kAuto goes by extension
//   whosaid::Analyzer analyzer(options);
//   auto source = whosaid::OpenDocumentSource("CC-NEWS-2024.warc.gz", options);
//   if (!source.ok()) return Fail(source.status());
//   whosaid::InputRecord record;
//   while ((*source)->Next(&record)) {
//     whosaid::Result<whosaid::Document> doc = whosaid::AnalyzeRecord(analyzer, record);
//     if (!doc.ok()) { Report(record.id, doc.status()); continue; }  // the rest goes on
//     Print(whosaid::ToJsonLine(*doc));
//   }
//
// Reading happens in two steps so that the expensive one can run in
// parallel: a DocumentSource splits the input into records sequentially
// (decompression, JSONL lines, WARC records) and ExtractDocument turns one
// record into an article (charset conversion to UTF-8, article extraction
// from HTML). ExtractDocument is thread-safe; a DocumentSource is not.
//
// Bad input is never a crash and never silently dropped: a record that cannot
// be read comes out of Next() with a non-OK status that names the problem
// (and the limit, for budgets), and reading goes on with the next record.
// When the rest of a file cannot be read (truncated or corrupt compressed
// data), the last record carries that error and Next() returns false after it.
#ifndef WHOSAID_READER_H_
#define WHOSAID_READER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "whosaid/document.h"
#include "whosaid/options.h"
#include "whosaid/status.h"
#include "whosaid/whosaid.h"

namespace whosaid {

// "auto", "text", "html", "jsonl", "warc" <-> InputFormat.
Result<InputFormat> ParseInputFormat(std::string_view name);
const char* InputFormatName(InputFormat format);

// The format a path's extension names, compression extensions (.gz, .zst)
// aside: .html/.htm/.xhtml -> kHtml, .jsonl/.ndjson/.json -> kJsonl,
// .warc/.arc -> kWarc, anything else -> kText.
InputFormat FormatFromPath(std::string_view path);

// A document id from a path: the file name without its extensions
// ("a/b/story.html.gz" -> "story"), "stdin" for "-".
std::string DocumentIdFromPath(std::string_view path);

// One record as a source yields it: the bytes of one article, still in the
// container's encoding, and what the container said about it.
struct InputRecord {
  Status status;        // not OK: this record (or the rest of the file) could not be read
  std::string id;       // file stem, JSONL id field (else "<stem>:<line>"), WARC-Record-ID
  std::string origin;   // where it is, for error reports: "file.jsonl:12", "file.warc.gz@4096"
  InputFormat body_format = InputFormat::kText;  // kText or kHtml
  std::string charset;  // declared by the container (HTTP Content-Type); empty if none
  std::string body;
  std::optional<std::string> url, outlet, date, title, byline;  // from JSONL fields or WARC headers
};

// An article ready for analysis: UTF-8 text and its metadata.
struct InputDocument {
  std::string id;
  std::string text;  // for HTML: the main content, paragraphs separated by blank lines
  std::optional<std::string> url, outlet, date, title, byline;
};

// Yields the records of one input file in order. Not thread-safe.
class DocumentSource {
 public:
  virtual ~DocumentSource() = default;

  // Reads the next record into *record (overwriting it). Returns false when
  // the input is exhausted; *record is then unspecified.
  virtual bool Next(InputRecord* record) = 0;

  // Bytes of the file read so far (compressed bytes for .gz/.zst).
  virtual uint64_t bytes_read() const = 0;
};

// Opens `path` ("-" is standard input) in options.input_format, or by
// extension when that is kAuto; gzip and zstd are recognised by their magic
// bytes whatever the name. Fails with kNotFound or kIoError when the file
// cannot be opened.
Result<std::unique_ptr<DocumentSource>> OpenDocumentSource(const std::string& path,
                                                           const Options& options);

// Turns a record into an article: converts the body to UTF-8 (charset from
// the record, else from <meta charset>, else UTF-8 when valid and
// windows-1252 otherwise) and, for HTML, extracts the main content and the
// page's headline, byline, date and outlet. Metadata the record already has
// (JSONL fields, WARC headers) wins over what the page says. Fails with the
// record's own status, or with kLimitExceeded when the HTML is nested deeper
// than options.max_html_depth or the body is larger than
// options.max_document_bytes. Thread-safe.
Result<InputDocument> ExtractDocument(const InputRecord& record, const Options& options);

// The main content of a web page (UTF-8 HTML) and its metadata, as
// ExtractDocument does for an HTML record. `url` helps find the outlet.
Result<InputDocument> ExtractArticle(std::string_view html, std::string_view url,
                                     const Options& options);

// ExtractDocument, then analyzer.Analyze, with the metadata carried into the
// Document. Thread-safe.
Result<Document> AnalyzeRecord(const Analyzer& analyzer, const InputRecord& record);

}  // namespace whosaid

#endif  // WHOSAID_READER_H_
