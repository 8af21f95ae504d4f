// Copyright 2026 The whosaid Authors.
#include "readers/entity_conllu_reader.h"

#include <charconv>
#include <string_view>
#include <unordered_map>

#include "whosaid/whosaid.h"

namespace whosaid::internal {
namespace {

constexpr size_t kMaxFileBytes = size_t{1} << 30;

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.push_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}

bool ParseInt(std::string_view s, int* out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// The value of `key` in a MISC column ("SpaceAfter=No|Entity=(1-...)").
std::string_view MiscValue(std::string_view misc, std::string_view key) {
  for (std::string_view item : Split(misc, '|')) {
    if (item.size() > key.size() && item.starts_with(key) && item[key.size()] == '=') {
      return item.substr(key.size() + 1);
    }
  }
  return {};
}

class Parser {
 public:
  explicit Parser(std::string name) : name_(std::move(name)) {}

  Status Line(std::string_view line, int number) {
    line_ = number;
    if (line.starts_with("# newdoc")) return NewDocument(line);
    if (line.starts_with("# newpar")) {
      new_paragraph_ = true;
      return Status::Ok();
    }
    if (line.starts_with("# speaker")) return Speaker(line);
    if (line.starts_with("# meta::author") && !docs_.empty()) {
      const size_t eq = line.find('=');
      if (eq != std::string_view::npos) {
        std::string_view author = line.substr(eq + 1);
        while (!author.empty() && author.front() == ' ') author.remove_prefix(1);
        doc().byline = std::string(author);
      }
      return Status::Ok();
    }
    if (line.starts_with("# sent_id")) {
      sentence_start_ = docs_.empty() ? 0 : doc().words.size();
      multiword_last_ = 0;
      return Status::Ok();
    }
    if (line.empty() || line[0] == '#') return Status::Ok();
    return Word(line);
  }

  Result<std::vector<EntityDocument>> Finish() {
    if (!open_.empty()) return Error("entity bracket never closed");
    for (EntityDocument& d : docs_) FindHeads(&d);
    return std::move(docs_);
  }

 private:
  EntityDocument& doc() { return docs_.back(); }

  Status Error(std::string_view what) const {
    return CorruptError(name_ + ":" + std::to_string(line_) + ": " + std::string(what));
  }

  Status NewDocument(std::string_view line) {
    if (!open_.empty()) return Error("entity bracket never closed before a new document");
    const size_t eq = line.find('=');
    EntityDocument d;
    if (eq != std::string_view::npos) {
      std::string_view id = line.substr(eq + 1);
      while (!id.empty() && id.front() == ' ') id.remove_prefix(1);
      d.id = std::string(id);
    }
    docs_.push_back(std::move(d));
    pending_space_ = false;
    new_paragraph_ = false;
    speaker_.clear();
    return Status::Ok();
  }

  // A transcript's turn: a new speaker starts a paragraph labelled with
  // their name ("Kendra: ..."), as transcripts are printed.
  Status Speaker(std::string_view line) {
    const size_t eq = line.find('=');
    if (eq == std::string_view::npos || docs_.empty()) return Status::Ok();
    std::string_view name = line.substr(eq + 1);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (name.empty() || name == speaker_) return Status::Ok();
    speaker_ = std::string(name);
    new_paragraph_ = true;
    return Status::Ok();
  }

  // GUM writes speakers as one word ("GeneralElizabethBPrelogar"); a
  // transcript prints "General Elizabeth B Prelogar".
  static std::string SpacedName(std::string_view name) {
    auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    std::string out;
    for (size_t i = 0; i < name.size(); ++i) {
      const bool starts_word =
          i > 0 && upper(name[i]) &&
          (lower(name[i - 1]) || (upper(name[i - 1]) && i + 1 < name.size() && lower(name[i + 1])));
      if (starts_word) out.push_back(' ');
      out.push_back(name[i]);
    }
    return out;
  }

  Status Word(std::string_view line) {
    const std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 10) return Error("a word line needs 10 tab-separated columns");
    if (docs_.empty()) docs_.emplace_back();
    if (f[0].find('.') != std::string_view::npos) return Status::Ok();  // empty nodes
    const size_t dash = f[0].find('-');
    if (dash != std::string_view::npos) return MultiWordToken(f, dash);
    int id = 0, head = 0;
    if (!ParseInt(f[0], &id) || !ParseInt(f[6], &head)) return Error("bad word id or head");
    ConlluWord w{std::string(f[1]), std::string(f[2]), std::string(f[3]), std::string(f[7]),
                 head == 0 ? -1 : static_cast<int>(sentence_start_) + head - 1, 0, 0};
    if (id <= multiword_last_) {
      w.begin = multiword_begin_;
      w.end = multiword_end_;
    } else {
      AppendText(f[1], f[9]);
      w.begin = last_begin_;
      w.end = last_end_;
    }
    doc().words.push_back(std::move(w));
    return Entities(MiscValue(f[9], "Entity"));
  }

  Status MultiWordToken(const std::vector<std::string_view>& f, size_t dash) {
    int first = 0;
    if (!ParseInt(f[0].substr(0, dash), &first) ||
        !ParseInt(f[0].substr(dash + 1), &multiword_last_)) {
      return Error("bad multi-word token range");
    }
    AppendText(f[1], f[9]);
    multiword_begin_ = last_begin_;
    multiword_end_ = last_end_;
    return Status::Ok();
  }

  void AppendText(std::string_view form, std::string_view misc) {
    std::string& text = doc().text;
    if (new_paragraph_ && !text.empty()) {
      text += "\n\n";
    } else if (pending_space_) {
      text += ' ';
    }
    // Every paragraph of a transcript opens with its speaker's label.
    if ((new_paragraph_ || text.empty()) && !speaker_.empty()) text += SpacedName(speaker_) + ": ";
    new_paragraph_ = false;
    last_begin_ = static_cast<uint32_t>(text.size());
    text += form;
    last_end_ = static_cast<uint32_t>(text.size());
    pending_space_ = MiscValue(misc, "SpaceAfter") != "No";
  }

  // "(12-person-new-...)(3-place-...": openings with their types, "12)" closings.
  Status Entities(std::string_view spec) {
    const uint32_t word = static_cast<uint32_t>(doc().words.size()) - 1;
    size_t i = 0;
    while (i < spec.size()) {
      if (spec[i] == '(') {
        size_t e = i + 1;
        while (e < spec.size() && spec[e] != '(' && spec[e] != ')') ++e;
        const std::vector<std::string_view> parts = Split(spec.substr(i + 1, e - i - 1), '-');
        int entity = 0;
        if (parts.size() < 2 || !ParseInt(parts[0], &entity)) return Error("bad entity opening");
        if (e < spec.size() && spec[e] == ')') {
          doc().mentions.push_back({word, word + 1, word, entity, std::string(parts[1])});
          ++e;
        } else {
          open_[entity].push_back({word, std::string(parts[1])});
        }
        i = e;
      } else {
        size_t e = i;
        while (e < spec.size() && spec[e] != ')') ++e;
        int entity = 0;
        if (e == spec.size() || !ParseInt(spec.substr(i, e - i), &entity)) {
          return Error("bad entity closing");
        }
        auto it = open_.find(entity);
        if (it == open_.end() || it->second.empty()) return Error("entity closed but never opened");
        const auto [begin, type] = it->second.back();
        it->second.pop_back();
        if (it->second.empty()) open_.erase(it);
        doc().mentions.push_back({begin, word + 1, begin, entity, type});
        i = e + 1;
      }
    }
    return Status::Ok();
  }

  // A mention's head: its first word whose syntactic head lies outside it.
  static void FindHeads(EntityDocument* d) {
    for (GoldMention& m : d->mentions) {
      for (uint32_t w = m.begin; w < m.end; ++w) {
        const int h = d->words[w].head;
        if (h < static_cast<int>(m.begin) || h >= static_cast<int>(m.end)) {
          m.head = w;
          break;
        }
      }
    }
  }

  std::string name_;
  int line_ = 0;
  std::vector<EntityDocument> docs_;
  size_t sentence_start_ = 0;
  bool pending_space_ = false;
  bool new_paragraph_ = false;
  std::string speaker_;  // the current transcript speaker ("# speaker = ...")
  uint32_t last_begin_ = 0, last_end_ = 0;
  int multiword_last_ = 0;
  uint32_t multiword_begin_ = 0, multiword_end_ = 0;
  std::unordered_map<int, std::vector<std::pair<uint32_t, std::string>>> open_;
};

}  // namespace

Result<std::vector<EntityDocument>> ParseEntityConllu(std::string_view data,
                                                      const std::string& name) {
  Parser parser(name);
  int number = 0;
  size_t b = 0;
  while (b < data.size()) {
    size_t e = data.find('\n', b);
    if (e == std::string_view::npos) e = data.size();
    std::string_view line = data.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    WHOSAID_RETURN_IF_ERROR(parser.Line(line, ++number));
    b = e + 1;
  }
  return parser.Finish();
}

Result<std::vector<EntityDocument>> ReadEntityConllu(const std::string& path) {
  Result<std::string> data = ReadFile(path, kMaxFileBytes);
  if (!data.ok()) return data.status();
  return ParseEntityConllu(*data, path);
}

}  // namespace whosaid::internal
