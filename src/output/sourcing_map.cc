// Copyright 2026 The whosaid Authors.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "output/speaker_key.h"
#include "whosaid/output.h"

namespace whosaid {
namespace {

// Content on one line: line breaks inside a quote are layout.
std::string OneLine(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string Content(const Attribution& a) {
  std::string s;
  for (size_t k = 0; k < a.content.size(); ++k) {
    if (k > 0) s += " … ";
    s += OneLine(a.content[k].text);
  }
  // Direct quotes in quote marks (unless the span already has them: the
  // learned model's spans may); reported speech (mixed quotes included,
  // which carry their own marks) as written.
  const bool marked = (s.starts_with("\u201C") || s.starts_with("\"")) &&
                      (s.ends_with("\u201D") || s.ends_with("\""));
  return a.type == AttributionType::kDirect && !marked ? "\u201C" + s + "\u201D" : s;
}

std::string SpeakerHeading(const Speaker& s) {
  std::string h = s.name.empty() ? "(speaker unknown)" : s.name;
  if (s.role) h += " — " + OneLine(*s.role);
  if (s.organization && (!s.role || s.role->find(*s.organization) == std::string::npos)) {
    h += " (" + OneLine(*s.organization) + ")";
  }
  h += fmt::format(" [{}]", SpeakerKindName(s.kind));
  return h;
}

}  // namespace

std::string ToSourcingMap(const Document& doc) {
  std::string out = fmt::format("{} — {} attributions\n", doc.id.empty() ? "(document)" : doc.id,
                                doc.attributions.size());
  // Speakers in order of their first attribution; one group per identity.
  std::vector<std::string> order;
  std::map<std::string, std::vector<const Attribution*>> groups;
  std::map<std::string, const Speaker*> speaker_of;
  for (const Attribution& a : doc.attributions) {
    const std::string key = SpeakerKey(a.speaker);
    if (!groups.count(key)) {
      order.push_back(key);
      speaker_of[key] = &a.speaker;
    }
    groups[key].push_back(&a);
  }
  for (const std::string& key : order) {
    out += fmt::format("\n{}\n", SpeakerHeading(*speaker_of[key]));
    for (const Attribution* a : groups[key]) {
      // A cue that is punctuation (the dash of "…" — X, a headline's colon)
      // reads as the dash.
      const bool punctuation_cue =
          a->cue && std::none_of(a->cue->text.begin(), a->cue->text.end(),
                                 [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)); });
      std::string how = a->cue && !punctuation_cue ? OneLine(a->cue->text)
                        : a->cue || a->source    ? "—"
                                                 : "(continues)";
      if (!a->via.name.empty()) how += ", citing " + a->via.name;
      out += fmt::format("  {:<8} {}: {}\n", AttributionTypeName(a->type), how, Content(*a));
    }
  }
  return out;
}

}  // namespace whosaid
