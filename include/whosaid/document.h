// Copyright 2026 The whosaid Authors.
//
// The result of analysing one document: its attributions (who said what) and
// the speakers they point at. Plain data: copyable, no invariants beyond those
// documented on each field, safe to read from several threads at once.
//
// Offsets. Every Span gives both code-point offsets (what the JSON output and
// the gold files use; an invalid UTF-8 byte counts as one code point, U+FFFD)
// and byte offsets into Document::text, which is the input as read with
// invalid bytes replaced by U+FFFD. Ends are exclusive.
#ifndef WHOSAID_DOCUMENT_H_
#define WHOSAID_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace whosaid {

// A stretch of the document's text.
struct Span {
  uint32_t start = 0;       // code point offset, inclusive
  uint32_t end = 0;         // code point offset, exclusive
  uint32_t byte_start = 0;  // byte offset into Document::text
  uint32_t byte_end = 0;
  std::string text;         // the document's own characters in [start, end)
};

// How an attribution reports its content.
enum class AttributionType {
  kDirect,    // a quotation: the content is the speaker's own words in quote marks
  kIndirect,  // reported speech without quote marks ("X said that ...", "according to X")
  kMixed,     // a partial quote inside reported speech (called the raids "cruel")
};

// What kind of source a speaker is.
enum class SpeakerKind {
  kPerson,        // Tom Homan
  kOrganization,  // U.S. Immigration and Customs Enforcement
  kOutlet,        // Fox News, The Washington Post, Reuters
  kAnonymous,     // an unnamed source familiar with the matter
  kGroup,         // immigration service providers, Democrats
  kUnknown,       // no speaker could be found
};

const char* AttributionTypeName(AttributionType type);  // "direct", "indirect", "mixed"
const char* SpeakerKindName(SpeakerKind kind);          // "person", "organization", ...

// The identity an attribution points at.
struct Speaker {
  // Canonical name: the fullest name the article gives ("Tom Homan", not
  // "Homan" or "he"); for anonymous sources their fullest description
  // ("an unnamed source familiar with the matter"). Empty when unknown.
  std::string name;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::optional<std::string> role;  // "ICE spokeswoman", "former acting ICE chief"
  // The organisation a person or anonymous source speaks for, by its
  // canonical name in the article ("U.S. Immigration and Customs
  // Enforcement" for an "ICE spokeswoman" when the article spells it out);
  // absent when none is given or the speaker is the organisation itself.
  std::optional<std::string> organization;
  int entity = -1;                  // index into Document::entities, -1 when unknown
};

// One claim: who (source, speaker), how (cue), what (content).
struct Attribution {
  AttributionType type = AttributionType::kDirect;
  // The content; several spans when a quote is split by its attribution or
  // runs over paragraphs. Never empty.
  std::vector<Span> content;
  std::optional<Span> cue;     // "said", "according to"; absent when implied
  std::optional<Span> source;  // the mention naming the source here ("Homan", "the source")
  Speaker speaker;
  // The source this source cites, as in "Fox News, citing an unnamed source,
  // reported ...": name and kind of the cited source. Empty name when none.
  Speaker via;
};

// An identity mentioned in the document (a person, organisation, outlet,
// anonymous source or group) with every mention that refers to it.
struct Entity {
  std::string name;  // canonical: the fullest name
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::optional<std::string> role;
  std::optional<std::string> organization;  // as Speaker::organization
  std::vector<Span> mentions;
};

// Counters for things in the input that were repaired rather than rejected.
struct InputRepairs {
  uint32_t invalid_utf8_bytes = 0;  // each replaced by U+FFFD
  uint32_t unbalanced_quotes = 0;   // quote marks that found no partner
};

struct Document {
  std::string id;    // from the file name (without extension) or the caller
  // What the input said about the article, when it said it (web pages, JSONL
  // fields, WARC headers; see whosaid/reader.h). Absent for plain text.
  std::optional<std::string> url;     // where the article was published
  std::optional<std::string> outlet;  // "The Washington Post": og:site_name, else the URL's host
  std::optional<std::string> date;    // publication date as the page gives it
  std::optional<std::string> title;   // the headline
  std::optional<std::string> byline;  // the author line
  std::string text;  // the input as read, invalid UTF-8 bytes replaced by U+FFFD
  std::vector<Attribution> attributions;  // in order of their first content span
  std::vector<Entity> entities;           // in order of first mention
  InputRepairs repairs;
};

}  // namespace whosaid

#endif  // WHOSAID_DOCUMENT_H_
