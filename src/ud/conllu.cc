// Copyright 2026 The whosaid Authors.
#include "ud/conllu.h"

#include <charconv>
#include <limits>

#include "whosaid/whosaid.h"

namespace whosaid::internal {
namespace {

constexpr size_t kMaxTreebankBytes = size_t{1} << 31;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  for (size_t tab; (tab = line.find('\t', start)) != std::string_view::npos; start = tab + 1) {
    cols.push_back(line.substr(start, tab - start));
  }
  cols.push_back(line.substr(start));
  return cols;
}

bool ParseInt(std::string_view s, int* out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Checks that every head points inside the sentence.
bool HeadsInRange(const TreebankSentence& s) {
  for (int h : s.heads) {
    if (h < 0 || h > static_cast<int>(s.size())) return false;
  }
  return true;
}

class ConlluParser {
 public:
  explicit ConlluParser(std::string_view name) : name_(name) {}

  Status Line(std::string_view line, size_t number) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return EndSentence(number);
    if (line[0] == '#') {
      if (line.starts_with("# text = ")) current_.text = line.substr(9);
      return Status::Ok();
    }
    return Word(line, number);
  }

  Status EndSentence(size_t number) {
    if (current_.size() == 0) return Status::Ok();
    if (!HeadsInRange(current_)) return Error(number, "a head points outside the sentence");
    sentences_.push_back(std::move(current_));
    current_ = TreebankSentence();
    return Status::Ok();
  }

  std::vector<TreebankSentence> Take() { return std::move(sentences_); }

 private:
  Status Word(std::string_view line, size_t number) {
    const std::vector<std::string_view> cols = SplitTabs(line);
    if (cols.size() != 10) return Error(number, "expected 10 tab-separated columns");
    if (cols[0].find_first_of("-.") != std::string_view::npos) return Status::Ok();
    int id = 0, head = 0;
    if (!ParseInt(cols[0], &id) || id != static_cast<int>(current_.size()) + 1) {
      return Error(number, "word ID out of sequence");
    }
    if (!ParseInt(cols[6], &head)) return Error(number, "head is not a number");
    current_.forms.emplace_back(cols[1]);
    current_.upos.emplace_back(cols[3]);
    current_.xpos.emplace_back(cols[4]);
    current_.heads.push_back(head);
    current_.deprels.emplace_back(cols[7]);
    return Status::Ok();
  }

  Status Error(size_t number, std::string_view what) const {
    return CorruptError(std::string(name_) + ":" + std::to_string(number) + ": " +
                        std::string(what));
  }

  std::string_view name_;
  TreebankSentence current_;
  std::vector<TreebankSentence> sentences_;
};

}  // namespace

Result<std::vector<TreebankSentence>> ParseConllu(std::string_view content,
                                                  std::string_view name) {
  ConlluParser parser(name);
  size_t number = 0;
  size_t start = 0;
  while (start < content.size()) {
    size_t end = content.find('\n', start);
    if (end == std::string_view::npos) end = content.size();
    WHOSAID_RETURN_IF_ERROR(parser.Line(content.substr(start, end - start), ++number));
    start = end + 1;
  }
  WHOSAID_RETURN_IF_ERROR(parser.EndSentence(number));
  return parser.Take();
}

Result<std::vector<TreebankSentence>> ReadConllu(const std::string& path) {
  Result<std::string> content = ReadFile(path, kMaxTreebankBytes);
  if (!content.ok()) return content.status();
  return ParseConllu(*content, path);
}

}  // namespace whosaid::internal
