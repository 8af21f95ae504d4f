// Copyright 2026 The whosaid Authors.
//
// whosaid query [--db FILE] [--format text|json|csv] [--limit N] WHAT ARGS
// One sub-subcommand per question; each calls one Store query.
#include <fmt/format.h>

#include <cstdio>

#include "commands.h"
#include "whosaid/output.h"
#include "whosaid/store.h"

namespace whosaid::cli {
namespace {

struct QueryFlags {
  std::string db = "whosaid.db";
  std::string format = "text";
  int limit = 50;
  std::string text;  // the words, name, outlet or quote id the question is about
  std::vector<std::string> words;
  std::string by = "outlet";
  int per_outlet = 0;
  int min_documents = 2;
  std::string rank = "auto";  // search, provenance: "auto" or "all"
};

using Question = std::function<Result<Table>(Store*, const QueryFlags&)>;

// True when ranking the quotes `words` match would mean scoring
// Store::kRankedMatches or more of them.
Result<bool> TooManyToRank(Store* store, const std::string& words) {
  Result<int64_t> n = store->CountQuoteMatches(words, Store::kRankedMatches);
  if (!n.ok()) return n.status();
  return *n >= Store::kRankedMatches;
}

std::string Joined(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += (s.empty() ? "" : " ") + w;
  return s;
}

ShareBy ShareByNamed(const std::string& by) {
  if (by == "month") return ShareBy::kMonth;
  if (by == "outlet-month") return ShareBy::kOutletMonth;
  return ShareBy::kOutlet;
}

TableFormat FormatNamed(const std::string& format) {
  if (format == "json") return TableFormat::kJson;
  if (format == "csv") return TableFormat::kCsv;
  return TableFormat::kText;
}

// Prints every document as `whosaid analyze --format jsonl` printed it.
int Export(Store* store) {
  Result<std::vector<std::string>> ids = store->DocumentIds();
  if (!ids.ok()) {
    fmt::print(stderr, "whosaid: {}\n", ids.status().ToString());
    return 1;
  }
  for (const std::string& id : *ids) {
    Result<Document> doc = store->LoadDocument(id);
    if (!doc.ok()) {
      fmt::print(stderr, "whosaid: {}\n", doc.status().ToString());
      return 1;
    }
    const std::string line = ToJsonLine(*doc) + "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return 0;
}

int Run(const QueryFlags& flags, const std::string& what, const Question& question) {
  Result<std::unique_ptr<Store>> store = Store::Open(flags.db);
  if (!store.ok()) {
    fmt::print(stderr, "whosaid: {}\n", store.status().ToString());
    return 1;
  }
  if (what == "export") return Export(store->get());
  Result<bool> stale = (*store)->LinksStale();
  if (stale.ok() && *stale) {
    fmt::print(stderr,
               "whosaid: note: documents were stored after the cross-article tables were built; "
               "run whosaid ingest without --no-link to rebuild them\n");
  }
  Result<int64_t> awaiting = (*store)->DocumentsAwaitingIndex();
  if (awaiting.ok() && *awaiting > 0) {
    fmt::print(stderr,
               "whosaid: note: {} stored documents are not in the full-text index yet (an ingest "
               "could not index them, or an older whosaid's was stopped: run an ingest again to "
               "finish)\n",
               *awaiting);
  }
  Result<Table> table = question(store->get(), flags);
  if (!table.ok()) {
    fmt::print(stderr, "whosaid: {}\n", table.status().ToString());
    return 1;
  }
  const std::string out = FormatTable(*table, FormatNamed(flags.format));
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

struct QuestionSpec {
  const char* name;
  const char* help;
  const char* argument;  // the positional argument's help; nullptr when none
  bool argument_required;
  Question run;
};

std::vector<QuestionSpec> Questions() {
  return {
      {"search", "Full-text search of quotes: who said it, where, when", "Words (FTS5 syntax)", true,
       [](Store* s, const QueryFlags& f) -> Result<Table> {
         const std::string words = Joined(f.words);
         if (f.rank == "all") return s->SearchQuotes(words, f.limit, SearchOrder::kBestMatch);
         Result<bool> many = TooManyToRank(s, words);
         if (!many.ok()) return many.status();
         if (*many) {
           fmt::print(stderr,
                      "whosaid: note: {} or more quotes match; listing the last stored. Add words, or "
                      "--rank all to rank every match by relevance (slow on a large corpus)\n",
                      Store::kRankedMatches);
         }
         return s->SearchQuotes(words, f.limit, *many ? SearchOrder::kNewest : SearchOrder::kBestMatch);
       }},
      {"speaker", "All attributions of a speaker (any of their names)", "Speaker name", true,
       [](Store* s, const QueryFlags& f) { return s->SpeakerAttributions(Joined(f.words), f.limit); }},
      {"top-speakers", "Speakers by number of attributions, overall or per outlet", nullptr, false,
       [](Store* s, const QueryFlags& f) {
         if (f.per_outlet > 0) return s->TopSpeakersByOutlet(f.per_outlet);
         return s->TopSpeakers(f.text, f.limit);
       }},
      {"sourcing", "Named versus anonymous attributions per outlet and over time", nullptr, false,
       [](Store* s, const QueryFlags& f) { return s->SourcingShare(ShareByNamed(f.by), f.limit); }},
      {"roles", "Speakers with the roles articles give them", "Speaker name", false,
       [](Store* s, const QueryFlags& f) { return s->SpeakerRoles(Joined(f.words), f.limit); }},
      {"citing", "Attributions in other outlets that rest on an outlet's word", "Outlet name", true,
       [](Store* s, const QueryFlags& f) { return s->DocumentsCiting(Joined(f.words), f.limit); }},
      {"quotes", "Canonical quotes carried by several documents", nullptr, false,
       [](Store* s, const QueryFlags& f) { return s->CanonicalQuotes(f.min_documents, f.limit); }},
      {"speakers", "Canonical speakers with the names they go by", "Speaker name", false,
       [](Store* s, const QueryFlags& f) { return s->Speakers(Joined(f.words), f.limit); }},
      {"provenance", "Where a quote appeared first and who repeated it", "Quote id or words", true,
       [](Store* s, const QueryFlags& f) -> Result<Table> {
         const std::string words = Joined(f.words);
         if (f.rank == "auto" && words.find_first_not_of("0123456789") != std::string::npos) {
           Result<bool> many = TooManyToRank(s, words);
           if (!many.ok()) return many.status();
           if (*many) {
             return InvalidArgumentError(fmt::format(
                 "{} or more quotes contain \"{}\": add words, give the quote's id (the quote_id "
                 "column of whosaid query search), or --rank all to rank every match (slow on a "
                 "large corpus)",
                 Store::kRankedMatches, words));
           }
         }
         return s->Provenance(words, f.limit);
       }},
      {"export", "Every stored document as `analyze --format jsonl` prints it", nullptr, false,
       nullptr},
  };
}

}  // namespace

Command AddQueryCommand(CLI::App* app, Options* /*options*/) {
  auto flags = std::make_shared<QueryFlags>();
  app->add_option("--db", flags->db, "The database file")->capture_default_str();
  app->add_option("-f,--format", flags->format, "Output: text (a table), json or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->capture_default_str();
  app->add_option("--limit", flags->limit, "At most this many rows; 0 for all")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  app->require_subcommand(1);
  app->fallthrough();
  auto chosen = std::make_shared<std::pair<std::string, Question>>();
  for (const QuestionSpec& q : Questions()) {
    CLI::App* sub = app->add_subcommand(q.name, q.help);
    if (q.argument != nullptr) {
      CLI::Option* arg = sub->add_option("words", flags->words, q.argument);
      if (q.argument_required) arg->required();
    }
    if (std::string(q.name) == "top-speakers") {
      sub->add_option("--outlet", flags->text, "Only this outlet's documents");
      sub->add_option("--per-outlet", flags->per_outlet, "The top N of every outlet")
          ->check(CLI::PositiveNumber);
    }
    if (std::string(q.name) == "sourcing") {
      sub->add_option("--by", flags->by, "Group by outlet, month or outlet-month")
          ->check(CLI::IsMember({"outlet", "month", "outlet-month"}))
          ->capture_default_str();
    }
    if (std::string(q.name) == "search" || std::string(q.name) == "provenance") {
      sub->add_option("--rank", flags->rank,
                      "auto: rank by relevance when fewer than 2000 quotes match (else search lists "
                      "the last stored, provenance asks for more words); all: always rank")
          ->check(CLI::IsMember({"auto", "all"}))
          ->capture_default_str();
    }
    if (std::string(q.name) == "quotes") {
      sub->add_option("--min-documents", flags->min_documents, "Carried by at least N documents")
          ->check(CLI::PositiveNumber)
          ->capture_default_str();
    }
    sub->callback([chosen, q] { *chosen = {q.name, q.run}; });
  }
  return [flags, chosen] { return Run(*flags, chosen->first, chosen->second); };
}

}  // namespace whosaid::cli
