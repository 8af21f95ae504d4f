// Copyright 2026 The whosaid Authors.
#include "serve/site.h"

#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <map>
#include <vector>

#include "report/article_html.h"
#include "report/html.h"
#include "report/page.h"
#include "serve/provenance_svg.h"

namespace whosaid::serve {
namespace {

using report::Escape;
using report::UrlEncode;
using Params = std::map<std::string, std::string>;

constexpr std::string_view kTopBar =
    "<a class=\"brand\" href=\"/\">whosaid</a><nav><a href=\"/\">Corpus</a></nav>"
    "<form action=\"/search\" method=\"get\" role=\"search\"><input type=\"search\" name=\"q\" "
    "placeholder=\"Search quotes\" aria-label=\"Search quotes\" maxlength=\"200\">"
    "<button type=\"submit\">Search</button></form>";

Response Page(std::string_view title, const std::string& body, int status = 200) {
  const std::string full_title = std::string(title) + " \u2014 whosaid";
  return Response{status, "text/html; charset=utf-8", report::RenderPage(full_title, kTopBar, body)};
}

std::string Link(std::string_view route, std::string_view key, std::string_view value, std::string_view text) {
  return fmt::format("<a href=\"/{}?{}={}\">{}</a>", route, key, UrlEncode(value), Escape(text));
}

std::string SpeakerLink(std::string_view name) { return Link("speaker", "name", name, name); }
std::string OutletLink(std::string_view name) {
  return name.empty() ? "<span class=\"meta\">outlet unknown</span>" : Link("outlet", "name", name, name);
}
std::string ArticleLink(std::string_view id) { return Link("article", "id", id, id); }

std::string CellText(const Cell& c) {
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* i = std::get_if<int64_t>(&c)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&c)) return fmt::format("{:.3f}", *d);
  return "";
}

// Column `name` of `row`, as text ("" when the table has no such column).
std::string Column(const Table& t, const std::vector<Cell>& row, std::string_view name) {
  for (size_t k = 0; k < t.columns.size(); ++k) {
    if (t.columns[k] == name) return CellText(row[k]);
  }
  return "";
}

// "first_date" -> "first date".
std::string Heading(std::string column) {
  std::replace(column.begin(), column.end(), '_', ' ');
  return Escape(column);
}

// A table of `t`'s columns named in `shown` (all when empty), whose cells are
// escaped text, or links where `linker` says so.
using Linker = std::function<std::string(std::string_view column, const std::string& value)>;
std::string HtmlTable(const Table& t, const Linker& linker, const std::vector<std::string_view>& shown = {}) {
  std::vector<size_t> columns;
  for (size_t k = 0; k < t.columns.size(); ++k) {
    if (shown.empty() || std::find(shown.begin(), shown.end(), t.columns[k]) != shown.end()) columns.push_back(k);
  }
  std::string out = "<div class=\"table-wrap\"><table><thead><tr>";
  for (size_t k : columns) out += "<th>" + Heading(t.columns[k]) + "</th>";
  out += "</tr></thead><tbody>\n";
  for (const std::vector<Cell>& row : t.rows) {
    out += "<tr>";
    for (size_t k : columns) {
      const std::string value = CellText(row[k]);
      std::string html = linker ? linker(t.columns[k], value) : "";
      out += "<td>" + (html.empty() ? Escape(value) : html) + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody></table></div>\n";
}

// Speakers, outlets and documents named in a table link to their pages.
std::string CorpusLinks(std::string_view column, const std::string& value) {
  if (column == "outlet") return OutletLink(value);
  if (value.empty()) return "";
  if (column == "speaker") return SpeakerLink(value);
  if (column == "document") return ArticleLink(value);
  return "";
}

// "a · b · c" of the parts that are not empty.
std::string Dotted(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!p.empty()) out += (out.empty() ? "" : " \u00B7 ") + p;
  }
  return out;
}

std::string Counted(std::string_view n, std::string_view what) {
  return fmt::format("{} {}{}", n, what, n == "1" ? "" : "s");
}

Response FromStatus(const Status& s) {
  if (s.code() == StatusCode::kNotFound) return ErrorPage(404, s.message());
  return ErrorPage(500, "The database could not answer: " + s.message());
}

constexpr int kSearchResults = 50;

// The first 12 words of a quote: enough for full-text search to find it
// again (the provenance page takes words or a canonical quote id).
std::string SearchWords(std::string_view quote) {
  std::string out;
  int words = 0;
  bool in_word = false;
  for (char c : quote) {
    const bool space = c == ' ' || c == '\n' || c == '\t';
    if (space && in_word && ++words == 12) break;
    in_word = !space;
    out += c;
  }
  return out;
}

Response Home(Store* store) {
  std::string body = "<h1>The corpus</h1>\n";
  Result<Table> speakers = store->TopSpeakers("", 25);
  Result<Table> share = store->SourcingShare(ShareBy::kOutlet, 200);
  Result<Table> quotes = store->CanonicalQuotes(2, 15);
  if (!speakers.ok()) return FromStatus(speakers.status());
  if (!share.ok()) return FromStatus(share.status());
  if (!quotes.ok()) return FromStatus(quotes.status());
  body += "<div class=\"layout\"><section><h2>Most cited speakers</h2>" + HtmlTable(*speakers, CorpusLinks);
  body += "<h2>Quotes carried by several articles</h2><ol class=\"list\">\n";
  for (const auto& row : quotes->rows) {
    body += fmt::format("<li><a href=\"/quote?id={}\">\u201C{}\u201D</a> <span class=\"where\">{} documents, "
                        "{} outlets, first {}</span></li>\n",
                        UrlEncode(Column(*quotes, row, "id")), Escape(Column(*quotes, row, "text")),
                        Escape(Column(*quotes, row, "documents")), Escape(Column(*quotes, row, "outlets")),
                        Escape(Column(*quotes, row, "first_date")));
  }
  body += "</ol></section><aside><h2>Outlets: named and anonymous sources</h2>" + HtmlTable(*share, CorpusLinks);
  return Page("The corpus", body + "</aside></div>\n");
}

std::string ArticleMeta(const DocumentMeta& meta) {
  // Only web addresses become links: a javascript: or data: URL stays text.
  const bool web = meta.url.starts_with("https://") || meta.url.starts_with("http://");
  const std::string source =
      web ? "<a rel=\"noopener noreferrer nofollow\" href=\"" + Escape(meta.url) + "\">source</a>" : Escape(meta.url);
  const std::vector<std::string> parts = {meta.outlet.empty() ? "" : OutletLink(meta.outlet), Escape(meta.date),
                                          Escape(meta.byline), source};
  const std::string out = Dotted(parts);
  return out.empty() ? "" : "<p class=\"meta\">" + out + "</p>\n";
}

Response Article(Store* store, const std::string& id) {
  Result<Document> doc = store->LoadDocument(id);
  if (!doc.ok()) return FromStatus(doc.status());
  Result<DocumentMeta> meta = store->LoadMeta(id);
  if (!meta.ok()) return FromStatus(meta.status());
  report::ArticleView view;
  view.title = meta->title.empty() ? id : meta->title;
  view.speaker_href = [](const Speaker& s) {
    const bool linkable = s.kind != SpeakerKind::kAnonymous && s.kind != SpeakerKind::kUnknown;
    return linkable ? "/speaker?name=" + UrlEncode(s.name) : std::string();
  };
  return Page(view.title, ArticleMeta(*meta) + report::RenderArticle(*doc, view));
}

// How many of a speaker's quotes the page lists (the count above says how
// many there are in all).
constexpr int kSpeakerQuotes = 200;

std::string SpeakerSummary(const Table& speakers) {
  if (speakers.rows.empty()) return "";
  const auto& row = speakers.rows[0];
  std::string out = fmt::format("<p class=\"meta\">{} \u00B7 {} in {}", Escape(Column(speakers, row, "kind")),
                                Counted(Column(speakers, row, "attributions"), "attribution"),
                                Counted(Column(speakers, row, "documents"), "document"));
  const std::string names = Column(speakers, row, "names");
  if (!names.empty()) out += " \u00B7 also called: " + Escape(names);
  return out + "</p>\n";
}

std::string QuoteList(const Table& quotes, std::string_view speaker_column) {
  std::string out = "<ol class=\"list quotes\">\n";
  for (const auto& row : quotes.rows) {
    std::string speaker;
    if (!speaker_column.empty()) {
      speaker = Column(quotes, row, speaker_column);
      speaker = speaker.empty() ? "speaker unknown" : SpeakerLink(speaker);
    }
    const std::string quote = Column(quotes, row, "quote");
    // By the canonical quote when linked, else by its words.
    const std::string quote_id = Column(quotes, row, "quote_id");
    const std::string provenance = quote_id.empty() ? "q=" + UrlEncode(SearchWords(quote)) : "id=" + quote_id;
    const std::string where = Dotted({speaker, OutletLink(Column(quotes, row, "outlet")),
                                      Escape(Column(quotes, row, "date")), ArticleLink(Column(quotes, row, "document")),
                                      Escape(Column(quotes, row, "type")),
                                      "<a href=\"/quote?" + provenance + "\">provenance</a>"});
    out += fmt::format("<li><blockquote>{}</blockquote><span class=\"where\">{}</span></li>\n", Escape(quote),
                       where);
  }
  return out + "</ol>\n";
}

Response SpeakerPage(Store* store, const std::string& name) {
  Result<Table> speakers = store->Speakers(name, 1);
  if (!speakers.ok()) return FromStatus(speakers.status());
  Result<Table> quotes = store->SpeakerAttributions(name, kSpeakerQuotes);
  if (!quotes.ok()) return FromStatus(quotes.status());
  if (quotes->rows.empty()) return ErrorPage(404, "No speaker called \u201C" + name + "\u201D in this corpus.");
  Result<Table> roles = store->SpeakerRoles(name, 50);
  if (!roles.ok()) return FromStatus(roles.status());
  Result<Table> outlets = store->SpeakerOutlets(name, 50);
  if (!outlets.ok()) return FromStatus(outlets.status());
  Result<int64_t> sharing = store->CountSpeakersNamed(name);
  if (!sharing.ok()) return FromStatus(sharing.status());
  const std::string canonical = Column(*quotes, quotes->rows[0], "speaker");
  std::string body = "<h1 class=\"speaker-name\">" + Escape(canonical) + "</h1>\n" + SpeakerSummary(*speakers);
  if (*sharing > Store::kMaxSpeakersPerName) {
    body += fmt::format("<p class=\"meta\">{} speakers in different articles are called \u201C{}\u201D; "
                        "this page shows the {} with most attributions.</p>\n",
                        *sharing, Escape(name), Store::kMaxSpeakersPerName);
  } else if (*sharing > 1) {
    body += fmt::format("<p class=\"meta\">{} speakers in different articles are called \u201C{}\u201D; "
                        "this page shows them all.</p>\n",
                        *sharing, Escape(name));
  }
  body += "<div class=\"layout\"><section><h2>What they said";
  if (quotes->rows.size() == kSpeakerQuotes) body += fmt::format(" (the first {})", kSpeakerQuotes);
  body += "</h2>" + QuoteList(*quotes, "");
  body += "</section><aside><h2>Roles over time</h2>" + HtmlTable(*roles, nullptr, {"role", "first_date", "last_date", "attributions"});
  body += "<h2>Outlets quoting them</h2>" + HtmlTable(*outlets, CorpusLinks) + "</aside></div>\n";
  return Page(canonical, body);
}

Response OutletPage(Store* store, const std::string& name) {
  Result<Table> share = store->SourcingShare(ShareBy::kOutlet, 0);
  Result<Table> top = store->TopSpeakers(name, 20);
  Result<Table> citing = store->DocumentsCiting(name, 100);
  if (!share.ok()) return FromStatus(share.status());
  if (!top.ok()) return FromStatus(top.status());
  if (!citing.ok()) return FromStatus(citing.status());
  std::string stats;
  for (const auto& row : share->rows) {
    if (Column(*share, row, "outlet") != name) continue;
    stats = fmt::format("<div class=\"stats\"><div><b>{}</b>named</div><div><b>{}</b>anonymous</div>"
                        "<div><b>{}</b>anonymous share</div></div>\n",
                        Escape(Column(*share, row, "named")), Escape(Column(*share, row, "anonymous")),
                        Escape(Column(*share, row, "anonymous_share")));
  }
  if (stats.empty() && top->rows.empty() && citing->rows.empty()) {
    return ErrorPage(404, "No outlet called \u201C" + name + "\u201D in this corpus.");
  }
  std::string body = "<h1>" + Escape(name) + "</h1>\n" + stats;
  body += "<div class=\"layout\"><section><h2>Other outlets resting on its word</h2>" + HtmlTable(*citing, CorpusLinks);
  body += "</section><aside><h2>Its top sources</h2>" + HtmlTable(*top, CorpusLinks) + "</aside></div>\n";
  return Page(name, body);
}

Response Search(Store* store, const std::string& q, int64_t ranked_matches) {
  std::string body = "<h1>Search quotes</h1>\n";
  if (q.empty()) return Page("Search", body + "<p class=\"meta\">Type words to find in quotes.</p>");
  Result<int64_t> matches = store->CountQuoteMatches(q, ranked_matches);
  if (!matches.ok()) return FromStatus(matches.status());
  const bool ranked = *matches < ranked_matches;
  Result<Table> hits =
      store->SearchQuotes(q, kSearchResults, ranked ? SearchOrder::kBestMatch : SearchOrder::kNewest);
  if (!hits.ok()) return FromStatus(hits.status());
  std::string shown;
  if (!ranked) {
    shown = fmt::format(" (more than {} match: the {} stored last; add words to narrow the search)", ranked_matches,
                        kSearchResults);
  } else if (*matches > kSearchResults) {
    shown = fmt::format(" (the best {})", kSearchResults);
  }
  body += fmt::format("<p class=\"meta\">{} results for \u201C{}\u201D{}</p>\n",
                      ranked ? std::to_string(*matches) : fmt::format("{}+", ranked_matches), Escape(q), shown);
  return Page("Search: " + q, body + QuoteList(*hits, "speaker"));
}

Response QuotePage(Store* store, const std::string& key) {
  Result<Table> rows = store->Provenance(key, 200);
  if (!rows.ok()) return FromStatus(rows.status());
  if (rows->rows.empty()) return ErrorPage(404, "No quote matches \u201C" + key + "\u201D.");
  std::vector<Occurrence> occurrences;
  for (const auto& row : rows->rows) {
    occurrences.push_back({Column(*rows, row, "date"), Column(*rows, row, "outlet"), Column(*rows, row, "speaker"),
                           Column(*rows, row, "cites")});
  }
  std::string body = "<h1>Provenance</h1>\n<blockquote class=\"card\">" +
                     Escape(Column(*rows, rows->rows[0], "quote")) + "</blockquote>\n";
  body += "<div class=\"panel\">" + ProvenanceSvg(occurrences) + "</div>\n<h2>Occurrences</h2>";
  return Page("Provenance", body + HtmlTable(*rows, CorpusLinks));
}

// The provenance of the quote that best matches `words`. Ranking costs as
// much as there are matches, so words found in `ranked_matches` quotes or
// more are sent to the search page instead.
Response QuoteByWords(Store* store, const std::string& words, int64_t ranked_matches) {
  Result<int64_t> matches = store->CountQuoteMatches(words, ranked_matches);
  if (!matches.ok()) return FromStatus(matches.status());
  if (*matches < ranked_matches) return QuotePage(store, words);
  return Page("Provenance",
              fmt::format("<h1>Provenance</h1>\n<p class=\"meta\">More than {} quotes contain \u201C{}\u201D: "
                          "<a href=\"/search?q={}\">search for them</a> and follow a result\u2019s provenance "
                          "link, or add words.</p>\n",
                          ranked_matches, Escape(words), UrlEncode(words)));
}

// The route's one required parameter, or the 400 that says what is wrong.
const std::string* Required(const Params& params, const std::string& key, Response* error) {
  auto it = params.find(key);
  if (it == params.end() || it->second.empty()) {
    *error = ErrorPage(400, "This page needs a \u201C" + key + "\u201D parameter.");
    return nullptr;
  }
  return &it->second;
}

}  // namespace

Response ErrorPage(int status, std::string_view message) {
  static const std::map<int, std::string> kTitles = {
      {400, "Bad request"}, {404, "Not found"}, {405, "Method not allowed"}, {413, "Request too large"},
      {414, "Address too long"}, {429, "Too many requests"}, {500, "Server error"}};
  auto it = kTitles.find(status);
  const std::string title = it == kTitles.end() ? "Error" : it->second;
  const std::string body = fmt::format(
      "<div class=\"error\"><h1>{} {}</h1><p>{}</p><p><a href=\"/\">Back to the corpus</a></p></div>\n", status,
      Escape(title), Escape(message));
  return Page(title, body, status);
}

Response Site::Get(std::string_view path, const Params& params) {
  for (const auto& [key, value] : params) {
    if (value.size() > kMaxParameterBytes) {
      return ErrorPage(400, fmt::format("The \u201C{}\u201D parameter is longer than {} bytes.", key,
                                        kMaxParameterBytes));
    }
  }
  Response error;
  if (path == "/") return Home(store_);
  if (path == "/search") return Search(store_, params.count("q") ? params.at("q") : "", ranked_matches_);
  if (path == "/article") {
    const std::string* id = Required(params, "id", &error);
    return id ? Article(store_, *id) : error;
  }
  if (path == "/speaker" || path == "/outlet") {
    const std::string* name = Required(params, "name", &error);
    if (!name) return error;
    return path == "/speaker" ? SpeakerPage(store_, *name) : OutletPage(store_, *name);
  }
  if (path == "/quote" && params.count("id")) {
    const std::string* id = Required(params, "id", &error);
    return id ? QuotePage(store_, *id) : error;
  }
  if (path == "/quote") {
    const std::string* words = Required(params, "q", &error);
    return words ? QuoteByWords(store_, *words, ranked_matches_) : error;
  }
  return ErrorPage(404, "There is no page at this address.");
}

}  // namespace whosaid::serve
