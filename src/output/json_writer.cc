// Copyright 2026 The whosaid Authors.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "whosaid/output.h"

namespace whosaid {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void String(Writer* w, const std::string& s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void WriteSpan(Writer* w, const Span& s) {
  w->StartObject();
  w->Key("start");
  w->Uint(s.start);
  w->Key("end");
  w->Uint(s.end);
  w->Key("text");
  String(w, s.text);
  w->EndObject();
}

void WriteOptionalSpan(Writer* w, const char* key, const std::optional<Span>& s) {
  w->Key(key);
  if (s) {
    WriteSpan(w, *s);
  } else {
    w->Null();
  }
}

void WriteOptionalString(Writer* w, const char* key, const std::optional<std::string>& value) {
  w->Key(key);
  if (value) {
    String(w, *value);
  } else {
    w->Null();
  }
}

void WriteSpeaker(Writer* w, const Speaker& s) {
  w->StartObject();
  w->Key("name");
  String(w, s.name);
  w->Key("kind");
  w->String(SpeakerKindName(s.kind));
  WriteOptionalString(w, "role", s.role);
  WriteOptionalString(w, "organization", s.organization);
  w->Key("entity");
  if (s.entity >= 0) {
    w->Int(s.entity);
  } else {
    w->Null();
  }
  w->EndObject();
}

void WriteAttribution(Writer* w, const Attribution& a) {
  w->StartObject();
  w->Key("type");
  w->String(AttributionTypeName(a.type));
  w->Key("content");
  w->StartArray();
  for (const Span& s : a.content) WriteSpan(w, s);
  w->EndArray();
  WriteOptionalSpan(w, "cue", a.cue);
  WriteOptionalSpan(w, "source", a.source);
  w->Key("speaker");
  WriteSpeaker(w, a.speaker);
  w->Key("via");
  if (a.via.name.empty()) {
    w->Null();
  } else {
    WriteSpeaker(w, a.via);
  }
  w->EndObject();
}

void WriteEntity(Writer* w, const Entity& e) {
  w->StartObject();
  w->Key("name");
  String(w, e.name);
  w->Key("kind");
  w->String(SpeakerKindName(e.kind));
  WriteOptionalString(w, "role", e.role);
  WriteOptionalString(w, "organization", e.organization);
  w->Key("mentions");
  w->StartArray();
  for (const Span& s : e.mentions) WriteSpan(w, s);
  w->EndArray();
  w->EndObject();
}

// Metadata fields appear only when the input had them.
void WriteStringIfPresent(Writer* w, const char* key, const std::optional<std::string>& s) {
  if (!s) return;
  w->Key(key);
  String(w, *s);
}

void WriteMetadata(Writer* w, const Document& doc) {
  WriteStringIfPresent(w, "url", doc.url);
  WriteStringIfPresent(w, "outlet", doc.outlet);
  WriteStringIfPresent(w, "date", doc.date);
  WriteStringIfPresent(w, "title", doc.title);
  WriteStringIfPresent(w, "byline", doc.byline);
}

}  // namespace

std::string ToJsonLine(const Document& doc) { return ToJsonLineWithOptions(doc, JsonOptions()); }

std::string ToJsonLineWithOptions(const Document& doc, const JsonOptions& options) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.StartObject();
  w.Key("id");
  String(&w, doc.id);
  WriteMetadata(&w, doc);
  if (options.include_text) {
    w.Key("text");
    String(&w, doc.text);
  }
  w.Key("attributions");
  w.StartArray();
  for (const Attribution& a : doc.attributions) WriteAttribution(&w, a);
  w.EndArray();
  w.Key("entities");
  w.StartArray();
  for (const Entity& e : doc.entities) WriteEntity(&w, e);
  w.EndArray();
  w.Key("repairs");
  w.StartObject();
  w.Key("invalid_utf8_bytes");
  w.Uint(doc.repairs.invalid_utf8_bytes);
  w.Key("unbalanced_quotes");
  w.Uint(doc.repairs.unbalanced_quotes);
  w.EndObject();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize());
}

}  // namespace whosaid
