// Copyright 2026 The whosaid Authors.
#include "tagging/tag_dictionary.h"

#include <algorithm>

namespace whosaid::internal {

TagDictionary::TagDictionary(std::vector<Entry> entries) : entries_(std::move(entries)) {
  std::sort(entries_.begin(), entries_.end(),
            [](const Entry& a, const Entry& b) { return a.form < b.form; });
}

void TagDictionary::Builder::Add(uint64_t form, uint8_t upos, uint8_t xpos) {
  seen_.emplace_back(form, static_cast<uint16_t>(upos << 8 | xpos));
}

TagDictionary TagDictionary::Builder::Build(int min_count, double min_share) const {
  std::vector<std::pair<uint64_t, uint16_t>> seen = seen_;
  std::sort(seen.begin(), seen.end());
  std::vector<Entry> entries;
  for (size_t i = 0; i < seen.size();) {
    size_t end = i, best_run = 0;
    uint16_t best = 0;
    while (end < seen.size() && seen[end].first == seen[i].first) {
      size_t run = end;
      while (run < seen.size() && seen[run] == seen[end]) ++run;
      if (run - end > best_run) best_run = run - end, best = seen[end].second;
      end = run;
    }
    const size_t count = end - i;
    if (count >= static_cast<size_t>(min_count) && best_run >= min_share * count) {
      entries.push_back(Entry{seen[i].first, static_cast<uint8_t>(best >> 8),
                              static_cast<uint8_t>(best & 0xFF)});
    }
    i = end;
  }
  return TagDictionary(std::move(entries));
}

const TagDictionary::Entry* TagDictionary::Find(uint64_t form) const {
  const auto it = std::lower_bound(entries_.begin(), entries_.end(), form,
                                   [](const Entry& e, uint64_t f) { return e.form < f; });
  return it != entries_.end() && it->form == form ? &*it : nullptr;
}

void TagDictionary::Write(ByteWriter* out) const {
  out->Put<uint32_t>(static_cast<uint32_t>(entries_.size()));
  for (const Entry& e : entries_) {
    out->Put<uint64_t>(e.form);
    out->Put<uint8_t>(e.upos);
    out->Put<uint8_t>(e.xpos);
  }
}

Result<TagDictionary> TagDictionary::Read(ByteReader* in, int num_upos, int num_xpos) {
  uint32_t n = 0;
  if (!in->Get(&n) || !in->Fits(n, 10)) return CorruptError("tagger: bad tag dictionary");
  std::vector<Entry> entries(n);
  for (Entry& e : entries) {
    if (!in->Get(&e.form) || !in->Get(&e.upos) || !in->Get(&e.xpos) || e.upos >= num_upos ||
        e.xpos >= num_xpos) {
      return CorruptError("tagger: bad tag dictionary entry");
    }
  }
  return TagDictionary(std::move(entries));
}

}  // namespace whosaid::internal
