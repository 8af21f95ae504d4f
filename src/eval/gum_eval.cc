// Copyright 2026 The whosaid Authors.
//
// EvaluateGum: scores names, speakers and coreference against GUM's gold
// entities (see eval.h for the definitions).
#include <fmt/format.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <unordered_map>

#include "attribution/article.h"
#include "attribution/attribution_finder.h"
#include "attribution/model/model_claims.h"
#include "attribution/claim.h"
#include "attribution/phrases.h"
#include "eval/coref_scores.h"
#include "lexicon/lexicon.h"
#include "readers/entity_conllu_reader.h"
#include "speakers/gum_document.h"
#include "speakers/speaker_resolver.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

using internal::Article;
using internal::EntityDocument;
using internal::GoldMention;
using internal::TokenRange;

constexpr size_t kMaxListed = 200;

// One document analysed: whosaid's article, the gold word under each token,
// and whosaid's own attributions, as Analyzer::Analyze finds them.
class Aligned : public internal::GumDocument {
 public:
  Aligned(const EntityDocument& gold, const Options& options)
      : GumDocument(gold, options.max_quote_bytes) {
    if (options.rules) claims_ = internal::FindClaims(article(), options);
    if (options.model && options.indirect) internal::AddLearnedClaims(article(), options, &claims_);
  }

  const std::vector<internal::Claim>& claims() const { return claims_; }

 private:
  std::vector<internal::Claim> claims_;
};

// A word of a name: a proper noun, or a capitalised adjective, noun or
// number inside one ("National" in "the National Library", which GUM tags
// ADJ). A possessive "'s" is not.
bool IsNameWord(const internal::ConlluWord& w) {
  if (w.upos == "PROPN") return true;
  if (w.upos != "ADJ" && w.upos != "NOUN" && w.upos != "NUM") return false;
  return !w.form.empty() && std::isupper(static_cast<unsigned char>(w.form[0]));
}

// The name around the mention's head ("National Library of the
// Netherlands"): name words, and connectors between them; titles at its
// start do not belong to it (whosaid gives them as the role: "Professor
// Cres Eastman" is Cres Eastman), nor does a possessive at its end.
std::string ProperName(const EntityDocument& d, const GoldMention& m) {
  auto name_word = [&](uint32_t w) { return IsNameWord(d.words[w]); };
  auto connector = [&](uint32_t w) {
    const std::string& f = d.words[w].form;
    return f == "of" || f == "and" || f == "the" || f == "&" || f == "de";
  };
  // Connectors run up to a name word ("of the Netherlands").
  auto joined = [&](uint32_t w, int step) {
    while (w >= m.begin && w < m.end && connector(w)) w += step;
    return w >= m.begin && w < m.end && name_word(w);
  };
  uint32_t b = m.head, e = m.head + 1;
  while (b > m.begin && (name_word(b - 1) || (connector(b - 1) && joined(b - 1, -1)))) --b;
  while (e < m.end && (name_word(e) || (connector(e) && joined(e, 1)))) ++e;
  const internal::Lexicon& lexicon = internal::Lexicon::Default();
  std::string buf;
  while (b + 1 < e) {
    const std::string_view w = internal::LowerAscii(d.words[b].form, &buf);
    if (!lexicon.IsTitle(w) && !lexicon.IsTitleAbbreviation(w)) break;
    ++b;
  }
  // "Director of the National Iodine Nutrition study": a title followed by
  // what it is a title of describes someone; it does not name them.
  if (connector(b)) return "";
  std::string name = d.text.substr(d.words[b].begin, d.words[e - 1].end - d.words[b].begin);
  // A multi-word token ("Byron's") spans the surface form of all its words.
  for (std::string_view s : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (name.size() > s.size() && name.ends_with(s)) {
      name.resize(name.size() - s.size());
      break;
    }
  }
  return name;
}

// Lowercase letters and digits, a leading "the" and a possessive dropped.
std::string Comparable(std::string_view name) {
  if (name.ends_with("'s")) name.remove_suffix(2);
  if (name.ends_with("\xE2\x80\x99s")) name.remove_suffix(4);
  std::string out;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  std::string lower(name.substr(0, 4));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (lower == "the " && out.size() > 3) out.erase(0, 3);
  return out;
}

// Each entity's longest proper name; absent entities have none.
std::unordered_map<int, std::string> LongestNames(const EntityDocument& d) {
  std::unordered_map<int, std::string> out;
  for (const GoldMention& m : d.mentions) {
    if (!internal::IsNamedMention(d, m)) continue;
    std::string name = ProperName(d, m);
    if (name.empty()) continue;
    std::string& best = out[m.entity];
    if (name.size() > best.size()) best = std::move(name);
  }
  return out;
}

void ScoreNamedMentions(const Aligned& doc, GumReport* report) {
  const std::vector<internal::NamedMention> names = internal::FindNamedMentions(doc.article());
  const EntityDocument& d = doc.gold();
  for (const GoldMention& m : d.mentions) {
    if (!internal::IsNamedMention(d, m)) continue;
    ++report->named_mentions;
    bool found = false;
    for (const internal::NamedMention& n : names) {
      if (!doc.Covers(n.range, m.head)) continue;
      found = true;
      ++report->named_found;
      if (n.type == m.type) {
        ++report->named_type_right;
      } else {
        ++report->type_confusion[m.type + " as " + std::string(n.type)];
        if (report->wrong_types.size() < kMaxListed) {
          report->wrong_types.push_back(fmt::format("{}: \"{}\" {} as {}", d.id,
                                                    doc.article().Text(n.range), m.type, n.type));
        }
      }
      break;
    }
    if (!found && report->wrong_types.size() < kMaxListed) {
      report->wrong_types.push_back(fmt::format(
          "{}: \"{}\" {} not found", d.id,
          d.text.substr(d.words[m.begin].begin, d.words[m.end - 1].end - d.words[m.begin].begin),
          m.type));
    }
  }
}

// Whether gold mention `m` is the subject or agent of a reporting verb;
// sets `verb` to that verb's word.
bool IsReportingSubject(const EntityDocument& d, const GoldMention& m, uint32_t* verb) {
  if (m.type != "person" && m.type != "organization") return false;
  const internal::ConlluWord& head = d.words[m.head];
  if (head.head < 0 || (head.deprel != "nsubj" && head.deprel != "obl:agent")) return false;
  std::string buf;
  const std::string& form = d.words[head.head].form;
  if (internal::Lexicon::Default().FindCue(internal::LowerAscii(form, &buf)) == nullptr) {
    return false;
  }
  *verb = static_cast<uint32_t>(head.head);
  return true;
}

// "I", "you", "we": the writer, the reader or the people in a conversation,
// whom the text itself seldom names.
bool IsInterlocutor(const EntityDocument& d, const GoldMention& m) {
  if (m.end != m.begin + 1) return false;
  std::string buf;
  const std::string_view w = internal::LowerAscii(d.words[m.begin].form, &buf);
  return w == "i" || w == "me" || w == "we" || w == "us" || w == "you" || w == "myself" ||
         w == "yourself" || w == "ourselves" || w == "yourselves";
}

struct SpeakerTarget {
  const GoldMention* mention;
  std::string expected;
  size_t claim = 0;  // index into the claims resolved
};

// The first claim whose source covers token `t`, or -1.
int ClaimWithSourceAt(const std::vector<internal::Claim>& claims, uint32_t t) {
  for (size_t k = 0; k < claims.size(); ++k) {
    if (claims[k].source.begin <= t && t < claims[k].source.end) return static_cast<int>(k);
  }
  return -1;
}

// Where a claim sits in the text, for merging claims in reading order.
uint32_t Anchor(const internal::Claim& c) {
  uint32_t at = c.cue.empty() ? UINT32_MAX : c.cue.begin;
  if (!c.source.empty()) at = std::min(at, c.source.begin);
  return at;
}

// whosaid's claims with `extra` ones inserted before the first claim that
// comes after them in the text; the claims keep the order the resolver
// sees in Analyze, and `inherits` follows the move. Returns the merged
// list; extra_at[k] is where extra[k] went.
std::vector<internal::Claim> MergeClaims(const std::vector<internal::Claim>& own,
                                         const std::vector<internal::Claim>& extra,
                                         std::vector<size_t>* extra_at) {
  std::vector<size_t> order(extra.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t x, size_t y) { return Anchor(extra[x]) < Anchor(extra[y]); });
  std::vector<internal::Claim> out;
  std::vector<int> own_at(own.size(), -1);
  extra_at->assign(extra.size(), 0);
  size_t next = 0;
  for (size_t k = 0; k <= own.size(); ++k) {
    const uint32_t until = k < own.size() ? Anchor(own[k]) : UINT32_MAX;
    while (next < order.size() && (k == own.size() || Anchor(extra[order[next]]) < until)) {
      (*extra_at)[order[next]] = out.size();
      out.push_back(extra[order[next++]]);
    }
    if (k == own.size()) break;
    own_at[k] = static_cast<int>(out.size());
    out.push_back(own[k]);
  }
  for (internal::Claim& c : out) {
    if (c.inherits >= 0) c.inherits = own_at[c.inherits];
  }
  return out;
}

// Speaker resolution as the issue defines it: for each gold person or
// organisation mention that is the subject or agent of a reporting verb,
// the name whosaid gives it. When whosaid's own attributions have a source
// covering the mention's head word, that is whosaid's choice; otherwise the
// gold mention is given to the resolver as the source of that verb, among
// whosaid's own claims, so that resolution is scored even where the
// attribution rules did not find the claim.
void ScoreSpeakers(const Aligned& doc, GumReport* report) {
  const EntityDocument& d = doc.gold();
  const std::unordered_map<int, std::string> longest = LongestNames(d);
  std::vector<internal::Claim> extra;
  std::vector<SpeakerTarget> targets;
  std::vector<int> own_claim;  // per target: index into doc.claims(), or -1
  for (const GoldMention& m : d.mentions) {
    uint32_t verb = 0;
    if (!IsReportingSubject(d, m, &verb)) continue;
    auto name = longest.find(m.entity);
    if (name == longest.end()) {
      ++report->speaker_unnamed;
      continue;
    }
    const int cue = doc.TokenOfWord(verb);
    const int head = doc.TokenOfWord(m.head);
    const TokenRange source = doc.Tokens(m.begin, m.end);
    if (cue < 0 || head < 0 || source.empty()) continue;
    targets.push_back({&m, name->second});
    const int own = ClaimWithSourceAt(doc.claims(), static_cast<uint32_t>(head));
    own_claim.push_back(own);
    if (own >= 0) continue;
    internal::Claim c;
    c.type = AttributionType::kIndirect;
    c.cue = {static_cast<uint32_t>(cue), static_cast<uint32_t>(cue) + 1};
    c.source = source;
    extra.push_back(c);
  }
  std::vector<size_t> extra_at;
  std::vector<internal::Claim> claims = MergeClaims(doc.claims(), extra, &extra_at);
  std::vector<size_t> own_at;
  {
    // Where each of whosaid's own claims went in the merged list.
    std::vector<bool> is_extra(claims.size(), false);
    for (size_t at : extra_at) is_extra[at] = true;
    for (size_t k = 0; k < claims.size(); ++k) {
      if (!is_extra[k]) own_at.push_back(k);
    }
  }
  size_t next_extra = 0;
  for (size_t t = 0; t < targets.size(); ++t) {
    targets[t].claim = own_claim[t] >= 0 ? own_at[own_claim[t]] : extra_at[next_extra++];
  }
  const internal::ResolvedSpeakers resolved =
      internal::ResolveSpeakers(doc.article(), claims, internal::WriterFromByline(d.byline));
  for (size_t k = 0; k < targets.size(); ++k) {
    const SpeakerTarget& t = targets[k];
    const std::string& predicted = resolved.speakers[t.claim].name;
    ++report->speaker_mentions;
    report->speaker_found += own_claim[k] >= 0 ? 1 : 0;
    const bool interlocutor = IsInterlocutor(d, *t.mention);
    report->speaker_interlocutors += interlocutor ? 1 : 0;
    if (Comparable(predicted) == Comparable(t.expected)) {
      ++report->speaker_right;
      report->speaker_interlocutors_right += interlocutor ? 1 : 0;
    } else if (report->wrong_speakers.size() < kMaxListed) {
      const GoldMention& m = *t.mention;
      const std::string mention =
          d.text.substr(d.words[m.begin].begin, d.words[m.end - 1].end - d.words[m.begin].begin);
      report->wrong_speakers.push_back(fmt::format("{}: \"{}\" -> \"{}\" (gold: {})", d.id,
                                                   mention, predicted, t.expected));
    }
  }
}

// The gold mention a whosaid mention stands for: the smallest that contains
// it and whose head it covers; -1 when none.
int GoldMentionFor(const Aligned& doc, TokenRange r) {
  const auto [first, last] = doc.Words(r);
  if (first < 0) return -1;
  int best = -1;
  uint32_t best_size = UINT32_MAX;
  const std::vector<GoldMention>& ms = doc.gold().mentions;
  for (size_t k = 0; k < ms.size(); ++k) {
    const GoldMention& m = ms[k];
    if (m.begin > static_cast<uint32_t>(first) || m.end <= static_cast<uint32_t>(last)) continue;
    if (m.head < static_cast<uint32_t>(first) || m.head > static_cast<uint32_t>(last)) continue;
    if (m.end - m.begin < best_size) best = static_cast<int>(k), best_size = m.end - m.begin;
  }
  return best;
}

internal::Clusters WithoutSingletons(std::vector<std::vector<int>> clusters) {
  std::erase_if(clusters, [](const std::vector<int>& c) { return c.size() < 2; });
  return clusters;
}

void ScoreCoreference(const Aligned& doc, GumReport* report) {
  const EntityDocument& d = doc.gold();
  std::unordered_map<int, std::vector<int>> gold_by_entity;
  for (size_t k = 0; k < d.mentions.size(); ++k) {
    gold_by_entity[d.mentions[k].entity].push_back(static_cast<int>(k));
  }
  std::vector<std::vector<int>> gold;
  for (auto& [entity, ms] : gold_by_entity) gold.push_back(std::move(ms));
  // whosaid's own attributions: their sources are what it resolves beyond names.
  const std::vector<internal::Claim>& claims = doc.claims();
  const internal::ResolvedSpeakers resolved =
      internal::ResolveEntities(doc.article(), claims, internal::WriterFromByline(d.byline));
  std::vector<std::vector<int>> predicted;
  std::vector<bool> used(d.mentions.size(), false);
  int unmatched = static_cast<int>(d.mentions.size());
  for (const internal::EntityMentions& e : resolved.entities) {
    std::vector<int> cluster;
    for (const TokenRange& r : e.mentions) {
      // Text the reader added (a transcript's speaker labels) is not GUM's.
      if (doc.Words(r).first < 0) continue;
      const int g = GoldMentionFor(doc, r);
      if (g >= 0 && !used[g]) {
        used[g] = true;
        cluster.push_back(g);
      } else {
        cluster.push_back(unmatched++);
      }
    }
    predicted.push_back(std::move(cluster));
  }
  gold = WithoutSingletons(std::move(gold));
  predicted = WithoutSingletons(std::move(predicted));
  report->muc += internal::MucCounts(gold, predicted);
  report->b_cubed += internal::BCubedCounts(gold, predicted);
  report->ceaf_e += internal::CeafECounts(gold, predicted);
}

double Ratio(double num, double den) { return den == 0 ? 0.0 : num / den; }
double Percent(int64_t num, int64_t den) { return 100.0 * Ratio(num, den); }

}  // namespace

double CorefCounts::Precision() const { return Ratio(precision_num, precision_den); }
double CorefCounts::Recall() const { return Ratio(recall_num, recall_den); }
double CorefCounts::F1() const {
  const double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}
CorefCounts& CorefCounts::operator+=(const CorefCounts& o) {
  precision_num += o.precision_num;
  precision_den += o.precision_den;
  recall_num += o.recall_num;
  recall_den += o.recall_den;
  return *this;
}

GumReport& GumReport::operator+=(const GumReport& o) {
  documents += o.documents;
  named_mentions += o.named_mentions;
  named_found += o.named_found;
  named_type_right += o.named_type_right;
  speaker_mentions += o.speaker_mentions;
  speaker_right += o.speaker_right;
  speaker_found += o.speaker_found;
  speaker_interlocutors += o.speaker_interlocutors;
  speaker_interlocutors_right += o.speaker_interlocutors_right;
  speaker_unnamed += o.speaker_unnamed;
  for (const auto& [k, n] : o.type_confusion) type_confusion[k] += n;
  muc += o.muc;
  b_cubed += o.b_cubed;
  ceaf_e += o.ceaf_e;
  for (const std::string& w : o.wrong_speakers) {
    if (wrong_speakers.size() < kMaxListed) wrong_speakers.push_back(w);
  }
  for (const std::string& w : o.wrong_types) {
    if (wrong_types.size() < kMaxListed) wrong_types.push_back(w);
  }
  return *this;
}

std::string GumReport::ToText() const {
  std::string out;
  for (const std::string& w : wrong_types) out += "wrong name type: " + w + "\n";
  for (const std::string& w : wrong_speakers) out += "wrong speaker: " + w + "\n";
  out += fmt::format("{}: {} documents\n", corpus, documents);
  out += fmt::format(
      "named mentions: type right {} of {} ({:.1f}%); found {} ({:.1f}%), type right on those "
      "found {:.1f}%\n",
      named_type_right, named_mentions, Percent(named_type_right, named_mentions), named_found,
      Percent(named_found, named_mentions), Percent(named_type_right, named_found));
  out += fmt::format(
      "speaker resolution: {} of {} reporting-verb subjects resolved to their entity's longest "
      "proper name ({:.1f}%); {} more have no proper name (not scored)\n",
      speaker_right, speaker_mentions, Percent(speaker_right, speaker_mentions), speaker_unnamed);
  out += fmt::format("  the source of one of whosaid's own attributions: {} of {}\n", speaker_found,
                     speaker_mentions);
  const int64_t third = speaker_mentions - speaker_interlocutors;
  const int64_t third_right = speaker_right - speaker_interlocutors_right;
  out += fmt::format(
      "  third-person subjects (names, nominals, he/she/it/they): {} of {} ({:.1f}%); "
      "I/you/we: {} of {}\n",
      third_right, third, Percent(third_right, third), speaker_interlocutors_right,
      speaker_interlocutors);
  for (const auto& [k, n] : type_confusion) out += fmt::format("  type confusion: {} {}\n", k, n);
  const std::pair<const char*, const CorefCounts*> metrics[] = {
      {"MUC", &muc}, {"B3", &b_cubed}, {"CEAF-e", &ceaf_e}};
  for (const auto& [name, c] : metrics) {
    out += fmt::format("coreference {:<6} P {:5.1f}  R {:5.1f}  F1 {:5.1f}\n", name,
                       100 * c->Precision(), 100 * c->Recall(), 100 * c->F1());
  }
  out += fmt::format("coreference CoNLL F1 (mean of the three) {:.1f}\n",
                     100 * (muc.F1() + b_cubed.F1() + ceaf_e.F1()) / 3);
  return out;
}

std::string GumReport::ToJson() const {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartObject();
  w.Key("corpus");
  w.String(corpus.c_str(), static_cast<rapidjson::SizeType>(corpus.size()));
  w.Key("documents");
  w.Int(documents);
  w.Key("named_mentions");
  w.Int64(named_mentions);
  w.Key("named_found");
  w.Int64(named_found);
  w.Key("named_type_right");
  w.Int64(named_type_right);
  w.Key("speaker_mentions");
  w.Int64(speaker_mentions);
  w.Key("speaker_right");
  w.Int64(speaker_right);
  w.Key("speaker_found");
  w.Int64(speaker_found);
  w.Key("speaker_interlocutors");
  w.Int64(speaker_interlocutors);
  w.Key("speaker_interlocutors_right");
  w.Int64(speaker_interlocutors_right);
  w.Key("speaker_unnamed");
  w.Int64(speaker_unnamed);
  const std::pair<const char*, const CorefCounts*> metrics[] = {
      {"muc", &muc}, {"b_cubed", &b_cubed}, {"ceaf_e", &ceaf_e}};
  for (const auto& [name, c] : metrics) {
    w.Key(name);
    w.StartObject();
    w.Key("precision");
    w.Double(c->Precision());
    w.Key("recall");
    w.Double(c->Recall());
    w.Key("f1");
    w.Double(c->F1());
    w.EndObject();
  }
  w.EndObject();
  return buf.GetString();
}

Result<GumReport> EvaluateGum(const Analyzer& analyzer, const std::string& path) {
  Result<std::vector<internal::EntityDocument>> docs = internal::ReadEntityConllu(path);
  if (!docs.ok()) return docs.status();
  GumReport report;
  report.corpus = path;
  for (const internal::EntityDocument& d : *docs) {
    if (d.text.size() > analyzer.options().max_document_bytes) {
      return LimitExceededError(d.id + ": document is larger than max_document_bytes");
    }
    const Aligned doc(d, analyzer.options());
    GumReport one;
    one.documents = 1;
    ScoreNamedMentions(doc, &one);
    ScoreSpeakers(doc, &one);
    ScoreCoreference(doc, &one);
    report += one;
  }
  return report;
}

}  // namespace whosaid
