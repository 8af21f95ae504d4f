// Copyright 2026 The whosaid Authors.
#include "store/link_corpus.h"

#include <algorithm>

#include "store/document_writer.h"

namespace whosaid::internal {
namespace {

// The first seven characters of a date ("2019-06"), as SQL's substr.
std::string_view Month(std::string_view date) {
  size_t chars = 0, i = 0;
  for (; i < date.size(); ++i) {
    if ((static_cast<unsigned char>(date[i]) & 0xC0) != 0x80 && chars++ == 7) break;
  }
  return date.substr(0, i);
}

}  // namespace

void LinkCorpus::AddDocument(int64_t key, std::string_view outlet, std::string_view date) {
  docs.push_back({key, strings.Id(outlet), strings.Id(date), strings.Id(Month(date))});
}

void LinkCorpus::AddQuote(std::string_view quote, bool mixed) {
  occurrences.push_back({quote_texts[quote_texts.Id(quote)], -1, mixed});
}

LinkCorpusBuilder::LinkCorpusBuilder(LinkCorpus* corpus)
    : c_(corpus),
      anonymous_(corpus->strings.Id(SpeakerKindName(SpeakerKind::kAnonymous))),
      unknown_(corpus->strings.Id(SpeakerKindName(SpeakerKind::kUnknown))) {}

// Adds the pending document's speakers in the order (entity, name, kind)
// and points its attributions at them.
void LinkCorpusBuilder::Finish() {
  std::vector<int> order(pending_.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = static_cast<int>(k);
  std::sort(order.begin(), order.end(), [&](int a, int b) {
    const ArticleSpeakerRow &x = pending_[a], &y = pending_[b];
    return std::tie(x.entity, x.name, x.kind) < std::tie(y.entity, y.name, y.kind);
  });
  std::vector<int> global(pending_.size());
  for (int k : order) {
    global[k] = static_cast<int>(c_->speakers.size());
    c_->speakers.push_back(std::move(pending_[k]));
  }
  for (size_t a = doc_first_; a < c_->attributions.size(); ++a) {
    int& s = c_->attributions[a].article_speaker;
    if (s >= 0) s = global[s];
  }
  pending_.clear();
  in_doc_.clear();
  doc_first_ = c_->attributions.size();
}

void LinkCorpusBuilder::StartDocument(int doc) {
  Finish();
  doc_ = doc;
}

void LinkCorpusBuilder::AddAttribution(int64_t attribution, int64_t entity, std::string_view name,
                                       std::string_view kind, std::optional<std::string_view> role,
                                       std::string_view via_kind) {
  AttributionRow row{attribution, doc_, -1, role ? c_->strings.Id(*role) : -1};
  const int kind_id = c_->strings.Id(kind);
  if (kind_id != unknown_) {
    const bool anon = kind_id == anonymous_ || via_kind == SpeakerKindName(SpeakerKind::kAnonymous);
    const DocRow& d = c_->docs[doc_];
    auto& counts = c_->sourcing[{d.outlet, d.month}];
    ++(anon ? counts.second : counts.first);
  }
  if (!name.empty()) {
    auto it = in_doc_.find(std::make_tuple(entity, name, kind));
    if (it == in_doc_.end()) {
      it = in_doc_.emplace(std::make_tuple(entity, std::string(name), std::string(kind)),
                           static_cast<int>(pending_.size())).first;
      pending_.push_back({entity, std::string(name), std::string(kind), doc_});
    }
    ++pending_[it->second].count;
    row.article_speaker = it->second;
  }
  c_->attributions.push_back(row);
}

// The values DocumentWriter stores for the document, as Link reads them.
void LinkFeed::Add(int64_t key, const Document& doc, const DocumentMeta& meta) {
  corpus_.AddDocument(key, meta.outlet, meta.date);
  builder_.StartDocument(static_cast<int>(corpus_.docs.size()) - 1);
  for (size_t k = 0; k < doc.attributions.size(); ++k) {
    const Attribution& a = doc.attributions[k];
    const Speaker& s = a.speaker;
    builder_.AddAttribution((key << kAttributionBits) | static_cast<int64_t>(k),
                            s.entity >= 0 ? s.entity : -1, s.name, SpeakerKindName(s.kind),
                            s.role ? std::optional<std::string_view>(*s.role) : std::nullopt,
                            a.via.name.empty() ? "" : SpeakerKindName(a.via.kind));
    corpus_.AddQuote(QuoteText(a), a.type == AttributionType::kMixed);
  }
}

LinkCorpus& LinkFeed::Finish() {
  builder_.Finish();
  return corpus_;
}

}  // namespace whosaid::internal
