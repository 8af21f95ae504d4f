// Copyright 2026 The whosaid Authors.
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <algorithm>

#include "eval/word_index.h"
#include "text/utf8.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

constexpr double kMinOverlap = 0.8;

struct GoldSpan {
  uint32_t start, end;  // code points
  int attribution;
};

struct GoldAttribution {
  std::string type;
  std::string speaker;
  std::vector<std::string> names;  // speaker and aliases, normalised
  bool optional = false;
};

// Whether gold and predicted spans share enough words to be the same quote.
// A leading complementizer ("said that the department "is aware …"") is left
// out on both sides: PARC and PolNeAR count it as content and whosaid follows
// them, the hand-made gold does not, and it is no word anyone said.
bool Matches(const internal::WordIndex& words, uint32_t gs, uint32_t ge, uint32_t ps,
             uint32_t pe) {
  auto [g0, g1] = words.Words(gs, ge);
  auto [p0, p1] = words.Words(ps, pe);
  if (g1 > g0 + 1 && words.IsThat(g0)) ++g0;
  if (p1 > p0 + 1 && words.IsThat(p0)) ++p0;
  const size_t overlap = std::min(g1, p1) > std::max(g0, p0) ? std::min(g1, p1) - std::max(g0, p0) : 0;
  return internal::MutualOverlap(overlap, g1 - g0, p1 - p0, kMinOverlap);
}

std::string NormalName(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

std::string Excerpt(const std::string& text, size_t max = 70) {
  std::string s;
  for (char c : text) s.push_back(c == '\n' ? ' ' : c);
  if (s.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  return "\"" + s + "\"";
}

// The text of code points [start, end).
std::string SpanText(const std::string& text, uint32_t start, uint32_t end) {
  size_t b = 0, i = 0;
  uint32_t cp_index = 0;
  char32_t cp;
  while (i < text.size() && cp_index < end) {
    if (cp_index == start) b = i;
    i += internal::DecodeUtf8(text, i, &cp);
    ++cp_index;
  }
  return start < end ? text.substr(b, i - b) : std::string();
}

Status ParseGold(const rapidjson::Document& json, std::vector<GoldAttribution>* atts,
                 std::vector<GoldSpan>* spans) {
  if (!json.IsObject() || !json.HasMember("text") || !json["text"].IsString() ||
      !json.HasMember("attributions") || !json["attributions"].IsArray()) {
    return CorruptError("gold file needs \"text\" and \"attributions\"");
  }
  for (const auto& a : json["attributions"].GetArray()) {
    if (!a.IsObject() || !a.HasMember("content") || !a["content"].IsArray()) {
      return CorruptError("gold attribution without \"content\"");
    }
    GoldAttribution g;
    g.type = a.HasMember("type") && a["type"].IsString() ? a["type"].GetString() : "";
    g.speaker = a.HasMember("speaker") && a["speaker"].IsString() ? a["speaker"].GetString() : "";
    g.names.push_back(NormalName(g.speaker));
    if (a.HasMember("aliases") && a["aliases"].IsArray()) {
      for (const auto& alias : a["aliases"].GetArray()) {
        if (alias.IsString()) g.names.push_back(NormalName(alias.GetString()));
      }
    }
    g.optional = a.HasMember("optional") && a["optional"].IsBool() && a["optional"].GetBool();
    for (const auto& span : a["content"].GetArray()) {
      if (!span.IsArray() || span.Size() != 2 || !span[0].IsUint() || !span[1].IsUint()) {
        return CorruptError("gold content span is not [start, end]");
      }
      spans->push_back({span[0].GetUint(), span[1].GetUint(), static_cast<int>(atts->size())});
    }
    atts->push_back(std::move(g));
  }
  return Status::Ok();
}

}  // namespace

Result<GoldReport> EvaluateGold(const Analyzer& analyzer, const std::string& path) {
  Result<std::string> data = ReadFile(path, analyzer.options().max_document_bytes * 4);
  if (!data.ok()) return data.status();
  rapidjson::Document json;
  json.Parse(data->data(), data->size());
  if (json.HasParseError()) return CorruptError(path + ": not JSON");
  std::vector<GoldAttribution> gold;
  std::vector<GoldSpan> spans;
  WHOSAID_RETURN_IF_ERROR(ParseGold(json, &gold, &spans));
  const std::string text = json["text"].GetString();
  const std::string id =
      json.HasMember("id") && json["id"].IsString() ? json["id"].GetString() : path;
  Result<Document> doc = analyzer.Analyze(text, id);
  if (!doc.ok()) return doc.status();

  const internal::WordIndex words(text);
  GoldReport r;
  r.id = id;
  r.predicted = static_cast<int>(doc->attributions.size());
  std::vector<bool> useful(doc->attributions.size(), false);
  for (const GoldSpan& g : spans) {
    const GoldAttribution& ga = gold[g.attribution];
    ga.optional ? ++r.optional_spans : ++r.required_spans;
    const Attribution* match = nullptr;
    for (size_t k = 0; k < doc->attributions.size(); ++k) {
      for (const Span& p : doc->attributions[k].content) {
        if (!Matches(words, g.start, g.end, p.start, p.end)) continue;
        useful[k] = true;
        if (match == nullptr) match = &doc->attributions[k];
      }
    }
    if (ga.optional) continue;
    if (match == nullptr) {
      r.misses.push_back(fmt::format("MISS      [{}] {}: {}", ga.type, ga.speaker,
                                     Excerpt(SpanText(text, g.start, g.end))));
      continue;
    }
    ++r.found;
    const std::string got = NormalName(match->speaker.name);
    if (std::find(ga.names.begin(), ga.names.end(), got) != ga.names.end()) {
      ++r.right_speaker;
    } else {
      r.wrong_speakers.push_back(fmt::format("SPEAKER   [{}] gold {}, got {}: {}", ga.type,
                                             ga.speaker,
                                             match->speaker.name.empty() ? "(unknown)" : match->speaker.name,
                                             Excerpt(SpanText(text, g.start, g.end))));
    }
  }
  for (size_t k = 0; k < useful.size(); ++k) {
    if (useful[k]) continue;
    ++r.spurious;
    const Attribution& a = doc->attributions[k];
    r.spurious_lines.push_back(fmt::format("SPURIOUS  [{}] {}: {}", AttributionTypeName(a.type),
                                           a.speaker.name.empty() ? "(unknown)" : a.speaker.name,
                                           Excerpt(a.content.front().text)));
  }
  return r;
}

std::string GoldReport::ToText() const {
  std::string out;
  for (const auto* lines : {&misses, &wrong_speakers, &spurious_lines}) {
    for (const std::string& line : *lines) out += line + "\n";
  }
  auto pct = [](int n, int d) { return d == 0 ? 100.0 : 100.0 * n / d; };
  out += fmt::format(
      "{}: found {}/{} required quotes ({:.1f}%), right speaker {}/{} ({:.1f}%), "
      "spurious {} of {} predicted\n",
      id, found, required_spans, pct(found, required_spans), right_speaker, required_spans,
      pct(right_speaker, required_spans), spurious, predicted);
  return out;
}

std::string GoldReport::ToJson() const {
  return fmt::format(
      "{{\"id\": \"{}\", \"required\": {}, \"optional\": {}, \"found\": {}, "
      "\"right_speaker\": {}, \"predicted\": {}, \"spurious\": {}}}",
      id, required_spans, optional_spans, found, right_speaker, predicted, spurious);
}

}  // namespace whosaid
