// Copyright 2026 The whosaid Authors.
//
// Input formats by name and extension, and OpenDocumentSource.
#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

#include "readers/sources.h"
#include "whosaid/reader.h"

namespace whosaid {
namespace {

constexpr std::array<std::pair<const char*, InputFormat>, 5> kFormatNames{{
    {"auto", InputFormat::kAuto},
    {"text", InputFormat::kText},
    {"html", InputFormat::kHtml},
    {"jsonl", InputFormat::kJsonl},
    {"warc", InputFormat::kWarc},
}};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The file name without compression extensions: "a/x.warc.gz" -> "x.warc".
std::string Uncompressed(std::string_view path) {
  std::string name = std::filesystem::path(path).filename().string();
  for (const char* ext : {".gz", ".zst", ".gzip", ".zstd"}) {
    if (Lower(name).ends_with(ext)) name.resize(name.size() - std::string_view(ext).size());
  }
  return name;
}

}  // namespace

Result<InputFormat> ParseInputFormat(std::string_view name) {
  for (const auto& [n, format] : kFormatNames) {
    if (name == n) return format;
  }
  return InvalidArgumentError("unknown input format \"" + std::string(name) +
                              "\" (expected auto, text, html, jsonl or warc)");
}

const char* InputFormatName(InputFormat format) {
  for (const auto& [n, f] : kFormatNames) {
    if (f == format) return n;
  }
  return "auto";
}

InputFormat FormatFromPath(std::string_view path) {
  const std::string ext = Lower(std::filesystem::path(Uncompressed(path)).extension().string());
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return InputFormat::kJsonl;
  if (ext == ".warc" || ext == ".arc") return InputFormat::kWarc;
  return InputFormat::kText;
}

std::string DocumentIdFromPath(std::string_view path) {
  if (path == "-") return "stdin";
  const std::string name = Uncompressed(path);
  const size_t dot = name.find('.', 1);
  return dot == std::string::npos ? name : name.substr(0, dot);
}

Result<std::unique_ptr<DocumentSource>> OpenDocumentSource(const std::string& path,
                                                           const Options& options) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    return InvalidArgumentError(path + ": is a folder, not a file");
  }
  Result<std::unique_ptr<internal::ByteStream>> in = internal::OpenByteStream(path);
  if (!in.ok()) return in.status();
  InputFormat format = options.input_format;
  if (format == InputFormat::kAuto) format = FormatFromPath(path);
  switch (format) {
    case InputFormat::kJsonl: return internal::NewJsonlSource(std::move(*in), path, options);
    case InputFormat::kWarc: return internal::NewWarcSource(std::move(*in), path, options);
    default: return internal::NewWholeFileSource(std::move(*in), path, format, options);
  }
}

}  // namespace whosaid
