// Copyright 2026 The whosaid Authors.
#include "report/runs.h"

#include <algorithm>
#include <set>
#include <utility>

namespace whosaid::report {
namespace {

enum class Role { kContent, kCue, kSource };

struct Mark {
  uint32_t start;
  uint32_t end;
  Role role;
  int attribution;
};

bool IsCharStart(const std::string& text, uint32_t pos) {
  return pos >= text.size() || (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
}

bool Fits(const std::string& text, const Span& s) {
  return s.byte_start < s.byte_end && s.byte_end <= text.size() &&
         IsCharStart(text, s.byte_start) && IsCharStart(text, s.byte_end);
}

std::vector<Mark> CollectMarks(const Document& doc) {
  std::vector<Mark> marks;
  auto add = [&](const Span& s, Role role, int i) {
    if (Fits(doc.text, s)) marks.push_back({s.byte_start, s.byte_end, role, i});
  };
  for (int i = 0; i < static_cast<int>(doc.attributions.size()); ++i) {
    const Attribution& a = doc.attributions[i];
    for (const Span& s : a.content) add(s, Role::kContent, i);
    if (a.cue) add(*a.cue, Role::kCue, i);
    if (a.source) add(*a.source, Role::kSource, i);
  }
  return marks;
}

// The marks covering the current position during the sweep. Content is kept
// ordered by length so that the innermost comes first.
class ActiveMarks {
 public:
  void Toggle(const Mark& m, bool on) {
    switch (m.role) {
      case Role::kContent: Flip(&content_, {m.end - m.start, -m.attribution}, on); break;
      case Role::kCue: Flip(&cues_, m.attribution, on); break;
      case Role::kSource: Flip(&sources_, m.attribution, on); break;
    }
  }

  void Describe(TextRun* run) const {
    for (const auto& [length, negated] : content_) {
      // Two overlapping content spans of one attribution: list it once.
      if (std::find(run->content.begin(), run->content.end(), -negated) == run->content.end()) {
        run->content.push_back(-negated);
      }
    }
    run->cues.assign(cues_.begin(), cues_.end());
    run->sources.assign(sources_.begin(), sources_.end());
  }

 private:
  // Multisets: an attribution may repeat a span (two content spans alike).
  template <typename T>
  static void Flip(std::multiset<T>* set, const T& key, bool on) {
    if (on) {
      set->insert(key);
    } else if (auto it = set->find(key); it != set->end()) {
      set->erase(it);
    }
  }

  std::multiset<std::pair<uint32_t, int>> content_;
  std::multiset<int> cues_;
  std::multiset<int> sources_;
};

bool SameCover(const TextRun& a, const TextRun& b) {
  return a.content == b.content && a.cues == b.cues && a.sources == b.sources;
}

}  // namespace

std::vector<TextRun> SplitIntoRuns(const Document& doc) {
  struct Event {
    uint32_t pos;
    bool on;
    const Mark* mark;
  };
  const std::vector<Mark> marks = CollectMarks(doc);
  std::vector<Event> events;
  for (const Mark& m : marks) {
    events.push_back({m.start, true, &m});
    events.push_back({m.end, false, &m});
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Event& a, const Event& b) { return a.pos < b.pos; });
  std::vector<TextRun> runs;
  ActiveMarks active;
  uint32_t pos = 0;
  const uint32_t size = static_cast<uint32_t>(doc.text.size());
  size_t next = 0;
  while (pos < size) {
    while (next < events.size() && events[next].pos == pos) {
      active.Toggle(*events[next].mark, events[next].on);
      ++next;
    }
    const uint32_t end = next < events.size() ? events[next].pos : size;
    TextRun run{pos, end, {}, {}, {}};
    active.Describe(&run);
    if (!runs.empty() && SameCover(runs.back(), run)) {
      runs.back().byte_end = end;
    } else {
      runs.push_back(std::move(run));
    }
    pos = end;
  }
  return runs;
}

}  // namespace whosaid::report
