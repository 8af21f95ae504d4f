// Copyright 2026 The whosaid Authors.
#include "readers/brat_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <unordered_map>

#include "text/utf8.h"
#include "whosaid/whosaid.h"

namespace whosaid::internal {
namespace {

namespace fs = std::filesystem;

struct TextBound {
  std::string type;
  std::vector<CodepointRange> fragments;
};

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return parts;
}

bool ParseUint(std::string_view s, uint32_t* out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

// "Content 1359 1390;1393 1432" -> type and fragments.
bool ParseTextBound(std::string_view field, uint32_t text_length, TextBound* t) {
  const size_t space = field.find(' ');
  if (space == std::string_view::npos) return false;
  t->type.assign(field.substr(0, space));
  for (std::string_view frag : Split(field.substr(space + 1), ';')) {
    const std::vector<std::string_view> se = Split(frag, ' ');
    uint32_t s, e;
    if (se.size() != 2 || !ParseUint(se[0], &s) || !ParseUint(se[1], &e)) return false;
    if (s > e || e > text_length) return false;
    t->fragments.push_back({s, e});
  }
  return true;
}

// The role an event argument fills: "Content2" is content, "Source" source.
int RoleOf(std::string_view arg) {
  if (arg.starts_with("Content")) return kBratContent;
  if (arg.starts_with("Source")) return kBratSource;
  if (arg.starts_with("Cue")) return kBratCue;
  return -1;
}

bool IsAttributionTrigger(std::string_view type) {
  return type == "Attribution" || type == "Attribution-no-source";
}

// One event line's arguments, resolved against the text-bound spans. Returns
// false when the line names an unknown span; sets *is_attribution.
bool ParseEvent(std::string_view args, const std::unordered_map<std::string, TextBound>& spans,
                BratAttribution* out, bool* is_attribution) {
  *is_attribution = false;
  for (std::string_view arg : Split(args, ' ')) {
    if (arg.empty()) continue;
    const size_t colon = arg.find(':');
    if (colon == std::string_view::npos) return false;
    const auto it = spans.find(std::string(arg.substr(colon + 1)));
    if (it == spans.end()) return false;
    const std::string_view role = arg.substr(0, colon);
    if (IsAttributionTrigger(role)) *is_attribution = true;
    const int r = RoleOf(role);
    if (r < 0) continue;
    auto& frags = out->roles[r];
    frags.insert(frags.end(), it->second.fragments.begin(), it->second.fragments.end());
    std::sort(frags.begin(), frags.end());
  }
  return true;
}

Status LineError(std::string_view name, size_t line, std::string_view what) {
  return CorruptError(std::string(name) + ":" + std::to_string(line) + ": " + std::string(what));
}

uint32_t CodepointLength(std::string_view text) {
  uint32_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

// NAME_<annotator>.ann -> {NAME, annotator}.
std::pair<std::string, std::string> SplitAnnName(const std::string& stem) {
  const size_t us = stem.rfind('_');
  if (us == std::string::npos) return {stem, ""};
  return {stem.substr(0, us), stem.substr(us + 1)};
}

Result<std::map<std::string, std::vector<std::string>>> ListAnnotators(const fs::path& dir) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return NotFoundError(dir.string() + ": " + ec.message());
  std::map<std::string, std::vector<std::string>> by_article;
  for (const fs::directory_entry& e : it) {
    if (e.path().extension() != ".ann") continue;
    auto [name, annotator] = SplitAnnName(e.path().stem().string());
    by_article[name].push_back(annotator);
  }
  for (auto& [name, annotators] : by_article) std::sort(annotators.begin(), annotators.end());
  return by_article;
}

}  // namespace

Result<std::vector<BratAttribution>> ParseBratAnnotations(std::string_view ann,
                                                          uint32_t text_length,
                                                          std::string_view name) {
  std::unordered_map<std::string, TextBound> spans;
  std::vector<std::pair<size_t, std::string_view>> events;  // line number, arguments
  const std::vector<std::string_view> lines = Split(ann, '\n');
  for (size_t n = 0; n < lines.size(); ++n) {
    std::string_view line = lines[n];
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> fields = Split(line, '\t');
    if (fields.size() < 2 || fields[0].size() < 2) continue;  // continuation text, blank
    if (fields[0][0] == 'T' && std::isdigit(static_cast<unsigned char>(fields[0][1]))) {
      TextBound t;
      if (!ParseTextBound(fields[1], text_length, &t)) return LineError(name, n + 1, "bad span");
      spans[std::string(fields[0])] = std::move(t);
    } else if (fields[0][0] == 'E' && std::isdigit(static_cast<unsigned char>(fields[0][1]))) {
      events.push_back({n + 1, fields[1]});
    }
  }
  std::vector<BratAttribution> out;
  for (const auto& [n, args] : events) {
    BratAttribution a;
    bool is_attribution;
    if (!ParseEvent(args, spans, &a, &is_attribution)) return LineError(name, n, "bad event");
    if (is_attribution) out.push_back(std::move(a));
  }
  return out;
}

Result<BratCorpus> ReadBratCorpus(const std::string& dir, size_t max_bytes) {
  const fs::path root(dir);
  Result<std::map<std::string, std::vector<std::string>>> articles =
      ListAnnotators(root / "attributions");
  if (!articles.ok()) return articles.status();
  BratCorpus corpus;
  for (const auto& [name, annotators] : *articles) {
    if (annotators.size() > 1) ++corpus.multi_annotated;
    corpus.extra_annotations += static_cast<int>(annotators.size()) - 1;
    BratDocument doc{name, annotators.front(), "", {}};
    Result<std::string> text = ReadFile((root / "text" / (name + ".txt")).string(), max_bytes);
    if (!text.ok()) return text.status();
    const std::string ann_name =
        doc.annotator.empty() ? name + ".ann" : name + "_" + doc.annotator + ".ann";
    Result<std::string> ann = ReadFile((root / "attributions" / ann_name).string(), max_bytes);
    if (!ann.ok()) return ann.status();
    auto atts = ParseBratAnnotations(*ann, CodepointLength(*text), ann_name);
    if (!atts.ok()) return atts.status();
    doc.text = std::move(*text);
    doc.attributions = std::move(*atts);
    corpus.documents.push_back(std::move(doc));
  }
  if (corpus.documents.empty()) return NotFoundError(dir + ": no brat annotation files");
  return corpus;
}

}  // namespace whosaid::internal
