// Copyright 2026 The whosaid Authors.
//
// LinkCorpus: what Store::Link needs of every stored document and
// attribution, in key order. Link reads it back from the database, or an
// ingest into an empty database collects it as it writes (LinkFeed), which
// saves reading the whole corpus again at the end. Both build it through
// LinkCorpusBuilder, from the same values, so they give the same corpus.
#ifndef WHOSAID_STORE_LINK_CORPUS_H_
#define WHOSAID_STORE_LINK_CORPUS_H_

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/quote_matcher.h"
#include "whosaid/document.h"
#include "whosaid/store.h"

namespace whosaid::internal {

// Strings that repeat across rows (outlets, dates, roles) kept once, by number.
class Interned {
 public:
  int Id(std::string_view s) {
    if (auto it = ids_.find(s); it != ids_.end()) return it->second;  // no copy of s
    const int id = static_cast<int>(strings_.size());
    ids_.emplace(strings_.emplace_back(s), id);
    return id;
  }
  const std::string& operator[](int id) const { return strings_[id]; }
  int size() const { return static_cast<int>(strings_.size()); }

 private:
  std::unordered_map<std::string_view, int> ids_;  // keys view strings_
  std::deque<std::string> strings_;  // stable references
};

// What the aggregates need of one attribution.
struct AttributionRow {
  int64_t attribution;
  int doc;              // index into LinkCorpus::docs
  int article_speaker;  // index into LinkCorpus::speakers, -1 when it has no speaker name
  int role;             // interned, -1 when none
};

// An article's speaker: (document, entity or -1, name, kind), as the
// attributions give it.
struct ArticleSpeakerRow {
  int64_t entity;
  std::string name, kind;
  int doc;
  int count = 0;
};

struct DocRow {
  int64_t doc;
  int outlet, date, month;  // interned
};

struct LinkCorpus {
  Interned strings;
  // Each distinct quote text once (wire copy and reprints repeat them);
  // occurrences view them.
  Interned quote_texts;
  std::vector<DocRow> docs;  // in key order
  std::vector<ArticleSpeakerRow> speakers;
  std::vector<AttributionRow> attributions;  // in key order
  std::vector<QuoteOccurrence> occurrences;  // one per attribution
  // (outlet, month) -> (named, anonymous), over attributions with a known kind.
  std::map<std::pair<int, int>, std::pair<int64_t, int64_t>> sourcing;

  // Appends a document (its key above every earlier one's).
  void AddDocument(int64_t key, std::string_view outlet, std::string_view date);
  // Appends an attribution's quote: the stored `quote` column, and whether
  // it is a mixed attribution's.
  void AddQuote(std::string_view quote, bool mixed);
};

// Adds attributions, a document's at a time and in key order, as the
// `attributions` table stores them.
class LinkCorpusBuilder {
 public:
  explicit LinkCorpusBuilder(LinkCorpus* corpus);

  // The attributions that follow are those of corpus->docs[doc].
  void StartDocument(int doc);
  // `kind` and `via_kind` as stored (via_kind "" when there is none);
  // `entity` -1 when none.
  void AddAttribution(int64_t attribution, int64_t entity, std::string_view name,
                      std::string_view kind, std::optional<std::string_view> role,
                      std::string_view via_kind);
  // Ends the last document; call once all are added.
  void Finish();

 private:
  LinkCorpus* const c_;
  // Speakers of the document being added: (entity, name, kind) -> index
  // into pending_.
  std::map<std::tuple<int64_t, std::string, std::string>, int, std::less<>> in_doc_;
  std::vector<ArticleSpeakerRow> pending_;
  size_t doc_first_ = 0;  // its first attribution
  int doc_ = -1;
  const int anonymous_, unknown_;
};

// Collects the corpus as an ingest writes a database that held no
// documents: each document as the store writes it, in key order.
class LinkFeed {
 public:
  LinkFeed() : builder_(&corpus_) {}

  void Add(int64_t key, const Document& doc, const DocumentMeta& meta);
  // The corpus of the documents added so far.
  LinkCorpus& Finish();
  int64_t documents() const { return static_cast<int64_t>(corpus_.docs.size()); }

 private:
  LinkCorpus corpus_;
  LinkCorpusBuilder builder_;
};

// How many times Link has read the corpus back from a database in this
// process (what tests check an ingest into an empty database avoids).
int64_t CorporaReadBack();

}  // namespace whosaid::internal

#endif  // WHOSAID_STORE_LINK_CORPUS_H_
