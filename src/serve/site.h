// Copyright 2026 The whosaid Authors.
//
// The viewer's pages, as a function from a request to a response. Routes
// take their arguments as query parameters, never as file paths, so nothing
// in a URL is ever resolved against the file system:
//
//   /                    top speakers, outlets' sourcing, widely carried quotes
//   /article?id=ID       one article, highlighted as in the one-file report
//   /speaker?name=NAME   every quote of a speaker, their outlets and roles
//   /outlet?name=NAME    named vs anonymous share, top sources, who cites it
//   /search?q=WORDS      full-text search over quotes
//   /quote?q=WORDS|id=N  the provenance of a quote: who carried it, when,
//                        on whose word, drawn as SVG
//
// Unknown paths are 404, missing or oversized parameters 400; both are pages
// that say what went wrong.
#ifndef WHOSAID_SERVE_SITE_H_
#define WHOSAID_SERVE_SITE_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "whosaid/store.h"

namespace whosaid::serve {

struct Response {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
};

// The longest query parameter value accepted (bytes); longer is a 400.
inline constexpr size_t kMaxParameterBytes = 1024;

// Search ranks up to this many matching quotes by relevance; past it ranking
// would cost more than a page may (every match is scored), so the search page
// shows the last stored instead and the provenance page asks for more words.
inline constexpr int64_t kRankedMatches = Store::kRankedMatches;

// Not thread-safe (a Store is not): serialise calls, or use one per thread.
class Site {
 public:
  explicit Site(Store* store, int64_t ranked_matches = kRankedMatches)
      : store_(store), ranked_matches_(ranked_matches) {}

  // `path` is the decoded URL path, `params` the decoded query parameters.
  Response Get(std::string_view path, const std::map<std::string, std::string>& params);

 private:
  Store* store_;
  int64_t ranked_matches_;
};

// A page for an error status (400, 404, 405, 413, 414, 429, 500) with a
// message in plain text (escaped here).
Response ErrorPage(int status, std::string_view message);

}  // namespace whosaid::serve

#endif  // WHOSAID_SERVE_SITE_H_
