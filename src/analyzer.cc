// Copyright 2026 The whosaid Authors.
//
// The pipeline: bytes -> valid UTF-8 -> normalised text -> Article (tokens,
// paragraphs, quotes, sentences) -> claims -> speakers -> Document.
#include <fmt/format.h>

#include <algorithm>
#include <cstring>

#include "attribution/article.h"
#include "attribution/attribution_finder.h"
#include "attribution/model/model_claims.h"
#include "deadline.h"
#include "lexicon/lexicon.h"
#include "speakers/speaker_resolver.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "whosaid/whosaid.h"

namespace whosaid {

const char* AttributionTypeName(AttributionType type) {
  switch (type) {
    case AttributionType::kDirect: return "direct";
    case AttributionType::kIndirect: return "indirect";
    case AttributionType::kMixed: return "mixed";
  }
  return "direct";
}

const char* SpeakerKindName(SpeakerKind kind) {
  switch (kind) {
    case SpeakerKind::kPerson: return "person";
    case SpeakerKind::kOrganization: return "organization";
    case SpeakerKind::kOutlet: return "outlet";
    case SpeakerKind::kAnonymous: return "anonymous";
    case SpeakerKind::kGroup: return "group";
    case SpeakerKind::kUnknown: return "unknown";
  }
  return "unknown";
}

namespace {

using internal::Article;
using internal::Claim;
using internal::TokenRange;

// Turns normalised byte ranges into Spans of the document as read.
class SpanMaker {
 public:
  SpanMaker(const std::string& text, const internal::NormalizedText& norm)
      : text_(text), norm_(norm), index_(text) {}

  Span FromBytes(uint32_t norm_begin, uint32_t norm_end) const {
    Span s;
    s.byte_start = norm_.to_original.ToOriginal(norm_begin);
    s.byte_end = norm_.to_original.ToOriginal(norm_end);
    if (s.byte_end < s.byte_start) s.byte_end = s.byte_start;
    s.start = index_.ToCodepoint(s.byte_start);
    s.end = index_.ToCodepoint(s.byte_end);
    s.text = text_.substr(s.byte_start, s.byte_end - s.byte_start);
    return s;
  }

  std::optional<Span> FromTokens(const Article& a, TokenRange r) const {
    if (r.empty()) return std::nullopt;
    return FromBytes(a.tokens[r.begin].begin, a.tokens[r.end - 1].end);
  }

 private:
  const std::string& text_;
  const internal::NormalizedText& norm_;
  internal::CodepointIndex index_;
};

Status CheckInput(std::string_view bytes, const Options& options) {
  if (bytes.size() > options.max_document_bytes) {
    return LimitExceededError("document is " + std::to_string(bytes.size()) +
                              " bytes, more than max_document_bytes (" +
                              std::to_string(options.max_document_bytes) + ")");
  }
  const void* nul = std::memchr(bytes.data(), '\0', bytes.size());
  if (nul != nullptr) {
    const size_t at = static_cast<const char*>(nul) - bytes.data();
    return BadInputError("binary data, not text (NUL byte at offset " + std::to_string(at) + ")");
  }
  return Status::Ok();
}

// The watchdog's verdict after `stage`: OK, or the error naming the limit.
Status CheckDeadline(const internal::Deadline& deadline, const Options& options,
                     std::string_view stage) {
  if (!deadline.Expired()) return Status::Ok();
  return LimitExceededError(fmt::format(
      "analysis took longer than max_document_seconds ({:g} s); stopped during {}",
      options.max_document_seconds, stage));
}

}  // namespace

Analyzer::Analyzer(Options options) : options_(options) {
  (void)internal::Lexicon::Default();  // parse the lexicons now, not in the first Analyze
}

Analyzer::~Analyzer() = default;

Result<Document> Analyzer::Analyze(std::string_view bytes, std::string_view id) const {
  return Analyze(bytes, id, std::string_view());
}

Result<Document> Analyzer::Analyze(std::string_view bytes, std::string_view id,
                                   std::string_view byline) const {
  WHOSAID_RETURN_IF_ERROR(CheckInput(bytes, options_));
  const internal::Deadline deadline(options_.max_document_seconds);
  Document doc;
  doc.id.assign(id);
  if (!byline.empty()) doc.byline = std::string(byline);
  doc.text = internal::SanitizeUtf8(bytes, &doc.repairs.invalid_utf8_bytes);
  const internal::NormalizedText norm = internal::Normalize(doc.text);
  const Article article =
      internal::BuildArticle(norm.text, internal::Lexicon::Default(), options_.max_quote_bytes);
  doc.repairs.unbalanced_quotes = article.quotes.unbalanced;
  WHOSAID_RETURN_IF_ERROR(CheckDeadline(deadline, options_, "tokenization"));
  std::vector<Claim> claims;
  if (options_.rules) claims = internal::FindClaims(article, options_);
  // The learned model adds what the rules missed (attribution/model/).
  if (options_.model && options_.indirect) internal::AddLearnedClaims(article, options_, &claims);
  WHOSAID_RETURN_IF_ERROR(CheckDeadline(deadline, options_, "attribution"));
  if (claims.size() > options_.max_attributions) {
    return LimitExceededError("document has " + std::to_string(claims.size()) +
                              " attributions, more than max_attributions (" +
                              std::to_string(options_.max_attributions) + ")");
  }
  const internal::ResolvedSpeakers speakers =
      internal::ResolveSpeakers(article, claims, internal::WriterFromByline(byline));
  WHOSAID_RETURN_IF_ERROR(CheckDeadline(deadline, options_, "speaker resolution"));
  const SpanMaker spans(doc.text, norm);
  for (size_t k = 0; k < claims.size(); ++k) {
    const Claim& c = claims[k];
    Attribution at;
    at.type = c.type;
    for (const auto& [b, e] : c.shown_content.empty() ? c.content : c.shown_content) {
      at.content.push_back(spans.FromBytes(b, e));
    }
    at.cue = spans.FromTokens(article, c.shown_cue.empty() ? c.cue : c.shown_cue);
    at.source = spans.FromTokens(article, c.shown_source.empty() ? c.source : c.shown_source);
    at.speaker = speakers.speakers[k];
    at.via = speakers.vias[k];
    doc.attributions.push_back(std::move(at));
  }
  // Model claims come after the rules' ones; restore text order.
  std::stable_sort(doc.attributions.begin(), doc.attributions.end(),
                   [](const Attribution& x, const Attribution& y) {
                     return x.content.front().start < y.content.front().start;
                   });
  for (const internal::EntityMentions& e : speakers.entities) {
    Entity entity{e.name, e.kind, e.role, e.organization, {}};
    for (const TokenRange& m : e.mentions) entity.mentions.push_back(*spans.FromTokens(article, m));
    doc.entities.push_back(std::move(entity));
  }
  return doc;
}

}  // namespace whosaid
