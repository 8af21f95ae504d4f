// Copyright 2026 The whosaid Authors.
//
// The DocumentSource for each input format. OpenDocumentSource (in
// document_source.cc) picks one; each reads from a decompressed ByteStream.
#ifndef WHOSAID_READERS_SOURCES_H_
#define WHOSAID_READERS_SOURCES_H_

#include <memory>
#include <string>

#include "readers/byte_stream.h"
#include "whosaid/reader.h"

namespace whosaid::internal {

// The whole stream is one record of `format` (kText or kHtml).
std::unique_ptr<DocumentSource> NewWholeFileSource(std::unique_ptr<ByteStream> in,
                                                   const std::string& path, InputFormat format,
                                                   const Options& options);

// One record per non-blank line of JSON.
std::unique_ptr<DocumentSource> NewJsonlSource(std::unique_ptr<ByteStream> in,
                                               const std::string& path, const Options& options);

// One record per WARC response (or resource/conversion) record.
std::unique_ptr<DocumentSource> NewWarcSource(std::unique_ptr<ByteStream> in,
                                              const std::string& path, const Options& options);

}  // namespace whosaid::internal

#endif  // WHOSAID_READERS_SOURCES_H_
