// Copyright 2026 The whosaid Authors.
#include "speakers/speaker_resolver.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <map>
#include <unordered_map>

#include "attribution/phrases.h"
#include "speakers/name_types.h"

namespace whosaid::internal {
namespace {

constexpr uint32_t kPronounParagraphs = 3;  // how far back a pronoun looks for a speaker
// Bounds on backward searches, so that resolution stays linear in the
// article's length whatever the input.
constexpr int kMaxClaimsBack = 50;
constexpr int kMaxRecordsBack = 50;
constexpr int kMaxMentionsBack = 200;
// A mention this close to its sentence's start is taken as its subject.
constexpr uint32_t kSubjectWindow = 4;
// A transcript's speaker label has at most this many tokens ("ELIZABETH B. PRELOGAR").
constexpr uint32_t kMaxLabelTokens = 6;
// How many paragraphs back "you" looks for the other speaker.
constexpr uint32_t kMaxLabelsBack = 50;
// ResolvePersonal's answer for words it does not resolve.
constexpr int kNotPersonal = -2;
// ResolvePersonal's answer for the writer's "I".
constexpr int kWriter = -3;

struct Record {
  std::string name;
  SpeakerKind kind = SpeakerKind::kUnknown;
  std::optional<std::string> role;
  TokenRange role_tokens;   // where the role was written
  TokenRange affiliation;   // "with the Los Angeles Police Department" after a nominal
  std::optional<std::string> organization;
  std::string last;      // persons: lowercase surname
  char gender = '\0';    // persons: 'f' or 'm' when the given name or a title tells
  std::string head;      // anonymous and nominal: lowercase head noun, singular
  std::string initials;  // organisations: lowercase initials ("ice" for Immigration and Customs Enforcement)
  std::vector<TokenRange> mentions;
  bool spoke = false;    // some claim resolved to it
  bool writer = false;   // the byline's writer, whom only "I" refers to
};

std::string Singular(std::string_view w) {
  if (w.size() > 3 && w.ends_with("s") && !w.ends_with("ss")) w.remove_suffix(1);
  return std::string(w);
}

bool IsAcronym(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (!(c >= 'A' && c <= 'Z') && c != '.' && c != '&') return false;
  }
  return true;
}

// Words that join the parts of an organisation's name.
bool IsNameConnector(std::string_view w) {
  return w == "of" || w == "and" || w == "for" || w == "the" || w == "on" || w == "de" ||
         w == "&";
}

const NameTyper* DefaultTyper() {
  const Result<const NameTyper*> typer = NameTyper::Default();
  return typer.ok() ? *typer : nullptr;
}

class Resolver {
 public:
  // `all_entities`: report every entity, not only those that speak.
  // `writer`: the byline's person (WriterFromByline), or empty.
  Resolver(const Article& a, const std::vector<Claim>& claims, bool all_entities = false,
           std::string_view writer = {})
      : a_(a), claims_(claims), all_entities_(all_entities), writer_(writer) {}

  ResolvedSpeakers Run() {
    // Only names that may be people are typed: the type decides whether
    // they become person records.
    std::vector<TokenRange> runs;
    ForEachNameRun(/*all_names=*/false, [&](TokenRange run) { runs.push_back(run); });
    // A one-word name the article repeats ("Byron received …", "Byron
    // fell …") may be a person the article never names in full.
    // Not when the article gives the full name anywhere ("Norton" and
    // "Joshua Abraham Norton"): the surname resolves to it. And only a
    // word capitalised inside a sentence at least once ("Letters to
    // Byron"), not "Yeah" or "What" that open sentences.
    std::unordered_map<std::string_view, int> one_word;
    std::unordered_map<std::string_view, bool> inside;
    for (const TokenRange& run : runs) {
      const TokenRange name = NamePart(run);
      if (IsOrganizationRun(run) || name.empty()) continue;
      const std::string_view last = Surname(name.end - 1);
      if (name.size() >= 2) {
        one_word[last] = -1000;
      } else if (!IsPronounWord(name.begin)) {
        ++one_word[last];
        inside[last] |= run.begin != a_.SentenceBegin(run.begin) && !a_.IsPunct(run.begin - 1, ':');
      }
    }
    for (auto& [word, count] : one_word) {
      if (!inside[word]) count = 0;
    }
    std::vector<NameRun> candidates;
    for (const TokenRange& run : runs) {
      if (IsOrganizationRun(run)) continue;
      const TokenRange name = NamePart(run);
      const bool repeated = name.size() == 1 && one_word[Surname(name.begin)] >= 2 &&
                            !IsOutletName(name);
      if (MayBePerson(run) || repeated) candidates.push_back({run, Cues(run)});
    }
    TypeNames(candidates);
    FindSpeakerLabels();
    size_t next = 0;  // candidates are in text order, as runs
    for (const TokenRange& run : runs) {
      const bool candidate = next < candidates.size() && candidates[next].range.begin == run.begin;
      next += candidate ? 1 : 0;
      RegisterRun(run, candidate);
    }
    return ResolveClaims();
  }

  std::vector<NamedMention> NamedMentions() {
    TypeNames(NameRuns());
    std::vector<NamedMention> out;
    ForEachNameRun(/*all_names=*/true, [&](TokenRange run) { out.push_back({run, NameType(run)}); });
    return out;
  }

  std::vector<NameRun> NameRuns() const {
    std::vector<NameRun> out;
    ForEachNameRun(/*all_names=*/true, [&](TokenRange run) { out.push_back({run, Cues(run)}); });
    return out;
  }

 private:
  ResolvedSpeakers ResolveClaims() {
    ResolvedSpeakers out;
    std::vector<int> entity_of_claim(claims_.size(), -1);
    for (size_t k = 0; k < claims_.size(); ++k) {
      const Claim& c = claims_[k];
      int record = -1;
      if (c.inherits >= 0) {
        record = entity_of_claim[c.inherits];
      } else if (!c.source.empty()) {
        record = ResolveMention(c.source, c.appositive, k);
      }
      entity_of_claim[k] = record;
      Speaker via;
      if (!c.via.empty()) {
        const int v = ResolveMention(c.via, {}, k);
        if (v >= 0) AddMention(v, c.via);
        via = ToSpeaker(v);
      }
      out.vias.push_back(std::move(via));
      if (record >= 0) {
        records_[record].spoke = true;
        if (!c.source.empty()) AddMention(record, c.source);
      }
    }
    // Only entities that speak are reported, in order of first mention.
    std::vector<int> speaking;
    for (size_t r = 0; r < records_.size(); ++r) {
      const bool reported = all_entities_ ? !records_[r].mentions.empty() : records_[r].spoke;
      if (reported) speaking.push_back(static_cast<int>(r));
    }
    std::stable_sort(speaking.begin(), speaking.end(),
                     [&](int x, int y) { return FirstMention(x) < FirstMention(y); });
    for (int r : speaking) FindOrganization(r);
    std::vector<int> number(records_.size(), -1);
    for (int r : speaking) {
      number[r] = static_cast<int>(out.entities.size());
      Record& rec = records_[r];
      std::sort(rec.mentions.begin(), rec.mentions.end(),
                [](const TokenRange& x, const TokenRange& y) { return x.begin < y.begin; });
      out.entities.push_back({rec.name, rec.kind, rec.role, rec.organization, rec.mentions});
    }
    for (size_t k = 0; k < claims_.size(); ++k) {
      Speaker s = ToSpeaker(entity_of_claim[k]);
      s.entity = entity_of_claim[k] >= 0 ? number[entity_of_claim[k]] : -1;
      out.speakers.push_back(std::move(s));
    }
    for (Speaker& v : out.vias) v.entity = -1;
    return out;
  }

  uint32_t FirstMention(int record) const {
    uint32_t first = UINT32_MAX;
    for (const TokenRange& m : records_[record].mentions) first = std::min(first, m.begin);
    return first;
  }

  Speaker ToSpeaker(int record) const {
    Speaker s;
    if (record < 0) return s;
    s.name = records_[record].name;
    s.kind = records_[record].kind;
    s.role = records_[record].role;
    s.organization = records_[record].organization;
    return s;
  }

  // --- Names the article introduces ----------------------------------------

  // Calls f(run) for each run of capitalised words (a name, with any titles
  // before it), outside quotations.
  // With `all_names`, also names inside quotations, and the names of
  // months and days ("August 1799", "Friday"), each a run of its own.
  template <typename F>
  void ForEachNameRun(bool all_names, F f) const {
    uint32_t i = 0;
    while (i < a_.size()) {
      if (all_names && IsDateName(i)) {
        f(TokenRange{i, i + 1});
        ++i;
        continue;
      }
      // A name does not start with a function word ("In Byron's youth",
      // "The Washington Post" after a missed sentence break), unless it is
      // an acronym ("WHO", "US").
      const bool function_word = a_.lexicon->IsFunctionWord(a_.Lower(i)) ||
                                 a_.lexicon->IsClauseWord(a_.Lower(i));
      if (!IsCapitalized(i) || (!all_names && a_.InQuote(i)) ||
          (function_word && !IsAcronym(a_.Str(i)))) {
        ++i;
        continue;
      }
      uint32_t e = i + 1;
      while (e < a_.size() && a_.InQuote(e) == a_.InQuote(i)) {
        if (IsCapitalized(e) && !a_.tokens[e].newlines_before) {
          ++e;
        } else if (e + 1 < a_.size() && JoinsName(e) && IsCapitalized(e + 1)) {
          e += 2;
        } else if (IsCapitalized(e) && a_.tokens[e].newlines_before == 1) {
          ++e;  // "President Donald\nTrump": a stray line break inside a name
        } else {
          break;
        }
      }
      f(TokenRange{i, e});
      i = e;
    }
  }

  // A capitalised month or day name ("August", "Fri.", "Friday"): time
  // words (time_words.txt) that are neither relative ("Yesterday") nor
  // adverbs ("Then").
  bool IsDateName(uint32_t i) const {
    if (!a_.IsWord(i) || !a_.tokens[i].upper || !a_.lexicon->IsTimeWord(a_.Lower(i))) return false;
    static constexpr std::string_view kMonths[] = {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
        "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."};
    const std::string_view w = a_.Lower(i);
    if (w.ends_with("day")) return w != "today" && w != "yesterday";
    return std::find(std::begin(kMonths), std::end(kMonths), w) != std::end(kMonths);
  }

  // A connector ("of", "and") or a plural possessive apostrophe ("the
  // Taxpayers' Alliance") between two capitalised words of one name.
  bool JoinsName(uint32_t i) const {
    return (a_.IsWord(i) && IsNameConnector(a_.Lower(i))) || IsPluralPossessiveApostrophe(a_, i);
  }

  // "the National Library of the Netherlands", "the Department of the
  // Interior": after an article, capitalised words, then "of the" (at `of`)
  // and a capitalised word are one name. ("officials of the department"
  // and "Officials of the Los Angeles Police Department", where nothing but
  // the sentence capitalises the head, are a group and its organisation.)
  bool InnerOfThe(TokenRange np, uint32_t of) const {
    if (!a_.Is(np.begin, "the") || of < np.begin + 2 || of + 2 >= np.end) return false;
    if (!a_.Is(of + 1, "the") || !IsCapitalized(of + 2)) return false;
    for (uint32_t i = np.begin + 1; i < of; ++i) {
      if (!IsCapitalized(i) || i == a_.SentenceBegin(i)) return false;
    }
    return true;
  }

  bool IsCapitalized(uint32_t i) const {
    if (!a_.IsWord(i) || !a_.tokens[i].upper) return false;
    const std::string_view w = a_.Lower(i);
    if (a_.lexicon->IsTimeWord(w)) return false;
    if (i == a_.SentenceBegin(i) &&
        (a_.lexicon->IsFunctionWord(w) || a_.lexicon->IsClauseWord(w))) {
      return false;
    }
    return true;
  }

  // Registers an organisation's name, or a person's (`may_be_person`: see
  // MayBePerson) when typed so.
  void RegisterRun(TokenRange run, bool may_be_person) {
    if (!may_be_person) {
      if (IsOrganizationRun(run)) {
        AddMention(FindOrAddOrganization(run), run);
      } else if (const TokenRange name = NamePart(run); name.size() == 1) {
        // "Byron" after "George Gordon Byron": a surname mentions its
        // person, which keeps them salient for the pronouns after it.
        auto it = person_by_last_.find(Lowered(Surname(name.begin)));
        if (it != person_by_last_.end()) AddMention(it->second, name);
      }
      return;
    }
    if (NameType(run) != "person") return;  // "Panorama City"
    const TokenRange name = NamePart(run);
    AddMention(FindOrAddPerson(name, RoleBefore(name.begin)), name);
  }

  bool IsPronounWord(uint32_t i) const {
    PronounKind kind;
    bool plural;
    return a_.lexicon->FindPronoun(a_.Lower(i), &kind, &plural) || a_.Is(i, "you");
  }

  // A run that is not an organisation's (checked before) or an outlet's
  // name and ends in at least two name words ("Tom Homan", not "Homan").
  bool MayBePerson(TokenRange run) const {
    const TokenRange name = NamePart(run);
    return name.size() >= 2 && !IsOutletName(name);
  }

  // What the name run names: organisations by their words, people by
  // their titles, else the usual type of its last word, then of its first
  // (name_types.txt); person when neither is known.
  // Types every name run of the article at once (NameTyper::TypeAll), so
  // that a name is typed alike wherever the article writes it.
  void TypeNames(const std::vector<NameRun>& runs) {
    if (typer_ == nullptr) return;
    const std::vector<std::string_view> types = typer_->TypeAll(a_, runs);
    for (size_t k = 0; k < runs.size(); ++k) run_type_[MentionKey(runs[k].range)] = types[k];
  }

  std::string_view NameType(TokenRange run) const {
    if (typer_ != nullptr) {
      auto it = run_type_.find(MentionKey(run));
      return it != run_type_.end() ? it->second : typer_->Type(a_, run, Cues(run));
    }
    if (IsOrganization(run) || IsOutletName(StripArticle(run))) return "organization";
    if (!RoleBefore(run.begin).empty()) return "person";
    for (uint32_t i = run.begin; i < run.end; ++i) {
      if (a_.lexicon->IsTitle(a_.Lower(i))) return "person";
    }
    std::string_view type = UsualNameType(Lowered(Surname(run.end - 1)));
    if (type.empty()) type = UsualNameType(a_.Lower(run.begin));
    if (!type.empty()) return type;
    return AfterLocative(run.begin) ? "place" : "person";
  }

  NameCues Cues(TokenRange run) const {
    NameCues c;
    c.organization_word = IsOrganization(run);
    c.outlet = IsOutletName(StripArticle(run));
    c.title_before = !RoleBefore(run.begin).empty();
    for (uint32_t i = run.begin; i < run.end; ++i) c.title_inside |= a_.lexicon->IsTitle(a_.Lower(i));
    return c;
  }

  // "in Amsterdam", "from Belgium", "near Panorama City": a name after a
  // preposition of place is most often a place.
  bool AfterLocative(uint32_t i) const {
    if (i == 0 || !a_.IsWord(i - 1)) return false;
    const std::string_view w = a_.Lower(i - 1);
    return w == "in" || w == "near" || w == "across" || w == "throughout" || w == "outside" ||
           w == "inside" || w == "around" || w == "to" || w == "from" || w == "into";
  }

  // The trailing tokens of `r` that form a name: capitalised, not titles.
  TokenRange NamePart(TokenRange r) const {
    uint32_t b = r.end;
    while (b > r.begin && IsNameToken(b - 1)) --b;
    // "Mr. King", "Dr. Dean": after an honorific a capitalised word is a
    // surname even when it is also a title.
    if (b == r.end && r.size() >= 2 && IsCapitalized(r.end - 1) && IsHonorific(r.end - 2)) {
      return {r.end - 1, r.end};
    }
    return {b, r.end};
  }

  bool IsHonorific(uint32_t i) const {
    static constexpr std::string_view kHonorifics[] = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms",
                                                       "dr.", "dr", "miss", "mx."};
    const std::string_view w = a_.Lower(i);
    return std::find(std::begin(kHonorifics), std::end(kHonorifics), w) != std::end(kHonorifics);
  }

  bool IsNameToken(uint32_t i) const {
    if (!IsCapitalized(i)) return false;
    if (IsMiddleInitial(i)) return true;
    const std::string_view w = a_.Lower(i);
    return !a_.lexicon->IsTitle(w) && !a_.lexicon->IsOrgWord(w) && !IsAcronym(a_.Str(i));
  }

  // "Paul D. Ryan", "Donald J. Trump": one capital and a period between a
  // given name and a surname.
  bool IsMiddleInitial(uint32_t i) const {
    const std::string_view w = a_.Str(i);
    if (w.size() != 2 || w[0] < 'A' || w[0] > 'Z' || w[1] != '.') return false;
    if (i == 0 || i + 1 >= a_.size() || !IsCapitalized(i - 1) || !IsCapitalized(i + 1)) return false;
    const std::string_view before = a_.Lower(i - 1), after = a_.Lower(i + 1);
    return !a_.lexicon->IsTitle(before) && !IsAcronym(a_.Str(i - 1)) &&
           !a_.lexicon->IsTitle(after) && !a_.lexicon->IsOrgWord(after);
  }

  // Titles before a name: "former acting ICE chief", "California Gov.";
  // empty when there are none.
  TokenRange RoleBefore(uint32_t name_begin) const {
    uint32_t b = name_begin;
    bool has_title = false;
    while (b > 0 && !a_.InQuote(b - 1)) {
      // "Veterans' Affairs spokesman": the apostrophe is inside the name.
      if (b >= 2 && IsPluralPossessiveApostrophe(a_, b - 1) && a_.tokens[b - 2].upper) {
        --b;
        continue;
      }
      if (!a_.IsWord(b - 1)) break;
      const std::string_view w = a_.Lower(b - 1);
      const bool title = a_.lexicon->IsTitle(w);
      const bool part = title || a_.lexicon->IsOrgWord(w) ||
                        (a_.tokens[b - 1].upper && !a_.lexicon->IsClauseWord(w) &&
                         !(b - 1 == a_.SentenceBegin(b - 1) && a_.lexicon->IsFunctionWord(w)));
      if (!part) break;
      has_title |= title;
      --b;
    }
    if (!has_title) return {};
    return {b, name_begin};
  }

  bool IsOrganization(TokenRange r) const {
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (a_.lexicon->IsOrgWord(a_.Lower(i)) && a_.tokens[i].upper) return true;
    }
    return r.size() == 1 && IsAcronym(a_.Str(r.begin));
  }

  // A run of capitalised words that names an organisation: one with an
  // organisation word, unless it ends in a titled person's name ("House
  // Speaker Paul Ryan", "Police Chief Omar Haddad").
  bool IsOrganizationRun(TokenRange run) const {
    if (!IsOrganization(run)) return false;
    const TokenRange name = NamePart(run);
    return name.size() < 2 || name.begin == run.begin ||
           !a_.lexicon->IsTitle(a_.Lower(name.begin - 1)) || IsOrganization(name);
  }

  bool IsOutletName(TokenRange r) const { return OutletName(r) != nullptr; }

  // The outlet's canonical name from the lexicon, or nullptr.
  const std::string* OutletName(TokenRange r) const {
    std::string name = Lowered(Words(r));
    if (name.rfind("the ", 0) == 0) name.erase(0, 4);
    return a_.lexicon->OutletName(name);
  }

  int FindOrAddOrganization(TokenRange r) {
    std::string name = Words(r);
    if (name.rfind("The ", 0) == 0) name.erase(0, 4);
    if (r.size() == 1) {  // an acronym: the organisation it abbreviates
      std::string lower(a_.Lower(r.begin));
      std::erase(lower, '.');
      // Or a surname in capitals (transcripts).
      if (auto it = person_by_last_.find(lower); it != person_by_last_.end()) return it->second;
      if (auto it = org_by_key_.find(lower); it != org_by_key_.end()) return it->second;
    }
    if (const int k = Find(name, SpeakerKind::kOrganization); k >= 0) return k;
    const std::string initials = Initials(r);
    if (const int k = AcronymRecord(initials); k >= 0 && r.size() > 1) {
      Rename(k, name);  // "ICE" in a headline, the full name later
      return k;
    }
    Record rec;
    rec.name = name;
    rec.kind = SpeakerKind::kOrganization;
    rec.initials = initials;
    return NewRecord(std::move(rec));
  }

  // The organisation introduced by its acronym alone that `initials` spell, or -1.
  int AcronymRecord(const std::string& initials) const {
    if (initials.size() < 2) return -1;
    auto it = org_by_key_.find(initials);
    if (it == org_by_key_.end()) return -1;
    std::string bare = Lowered(records_[it->second].name);
    std::erase(bare, '.');
    return bare == initials ? it->second : -1;
  }

  std::string Initials(TokenRange r) const {
    std::string s;
    for (uint32_t i = r.begin; i < r.end; ++i) {
      const std::string_view w = a_.Str(i);
      std::string bare = Lowered(w);
      std::erase(bare, '.');
      if (!a_.tokens[i].upper || IsNameConnector(a_.Lower(i)) || bare == "us" || bare == "u") {
        continue;  // "U.S. Immigration and Customs Enforcement" is ICE
      }
      s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(w[0]))));
    }
    return s;
  }

  int FindOrAddPerson(TokenRange name, TokenRange role) {
    const std::string full = Words(name);
    const std::string last = Lowered(Surname(name.end - 1));
    int k = Find(full, SpeakerKind::kPerson);
    if (k < 0 && name.size() == 1) {
      if (auto it = person_by_last_.find(last); it != person_by_last_.end()) k = it->second;
    }
    // "Paul Ryan" and "Paul D. Ryan" are one person, named the fuller way.
    const std::string plain = name.size() >= 2 ? WithoutInitials(name) : std::string();
    if (k < 0 && !plain.empty()) {
      if (auto it = person_by_plain_.find(plain); it != person_by_plain_.end()) {
        k = it->second;
        by_name_.emplace(NameKey(full, SpeakerKind::kPerson), k);
        if (full.size() > records_[k].name.size()) records_[k].name = full;
      }
    }
    if (k >= 0) {
      if (!records_[k].role && !role.empty()) SetRole(k, role);
      return k;
    }
    Record rec;
    rec.name = full;
    rec.kind = SpeakerKind::kPerson;
    rec.last = last;
    rec.gender = GenderOf(name, role);
    k = NewRecord(std::move(rec));
    if (!plain.empty()) person_by_plain_.emplace(plain, k);
    if (!role.empty()) SetRole(k, role);
    return k;
  }

  // The lowercase name without its middle initials ("paul ryan").
  std::string WithoutInitials(TokenRange name) const {
    std::string out;
    for (uint32_t i = name.begin; i < name.end; ++i) {
      if (IsMiddleInitial(i)) continue;
      if (!out.empty()) out.push_back(' ');
      out += a_.Lower(i);
    }
    return out;
  }

  // A person's gender as the article writes it: the given name
  // (first_names.txt: "Mary"), else a gendered title ("Mr.", "Lord",
  // "spokeswoman"); '\0' when neither tells.
  char GenderOf(TokenRange name, TokenRange role) const {
    if (name.size() >= 2) {
      const char g = FirstNameGender(a_.Lower(name.begin));
      if (g == 'f' || g == 'm') return g;
    }
    for (uint32_t i = role.begin; i < role.end; ++i) {
      const std::string_view w = a_.Lower(i);
      if (w == "mr." || w == "mr" || w == "sir" || w == "lord" || w == "king" || w == "prince" ||
          w == "emperor" || w == "duke" || w == "baron" || w.ends_with("man")) {
        return 'm';
      }
      if (w == "mrs." || w == "mrs" || w == "ms." || w == "ms" || w == "lady" || w == "queen" ||
          w == "princess" || w == "empress" || w == "dame" || w == "duchess" ||
          w == "baroness" || w.ends_with("woman")) {
        return 'f';
      }
    }
    return '\0';
  }

  // --- Source mentions ------------------------------------------------------

  // "PENCE: Well, look, ...": a transcript turn's label in capitals (at a
  // paragraph's start, maybe after the quote mark of a quoted transcript,
  // before a colon) names a person, not an acronym's organisation: the
  // person of that surname the article names, or a new one ("Wallace").
  // -1 when `np` is no such label or names an organisation of the article.
  int ResolveTurnLabel(TokenRange np) {
    if (np.size() != 1 || !a_.IsPunct(np.end, ':') || !IsAcronym(a_.Str(np.begin))) return -1;
    uint32_t start = np.begin;
    if (start > 0 && a_.tokens[start - 1].kind == TokenKind::kQuote) --start;
    if (start != a_.ParagraphBegin(start)) return -1;
    const std::string lower = Lowered(a_.Str(np.begin));
    if (org_by_key_.count(lower) > 0 || a_.lexicon->IsOrgWord(lower)) return -1;
    if (auto it = person_by_last_.find(lower); it != person_by_last_.end()) return it->second;
    std::string name(a_.Str(np.begin));
    for (size_t i = 1; i < name.size(); ++i) {
      name[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
    }
    const int r = AddRecord(name, SpeakerKind::kPerson);
    records_[r].last = lower;
    person_by_last_.emplace(lower, r);
    return r;
  }

  int ResolveMention(TokenRange np, TokenRange appositive, size_t claim) {
    if (const int r = ResolveTurnLabel(np); r >= 0) return r;
    // "I", "you" and "he", also when a phrase finder took words before them
    // ("Well I", "Maybe I'll", "what we"): a pronoun takes no modifiers.
    const uint32_t last = np.end - 1;
    const std::string_view pronoun = PersonalForm(WithoutClitic(a_.Lower(last)));
    if (np.size() == 1 && IsRelativePronoun(pronoun) && !IsAcronym(a_.Str(last))) {
      return Antecedent(last);
    }
    if (!IsAcronym(a_.Str(last)) && (np.size() == 1 || !a_.tokens[last].upper || pronoun == "i")) {
      if (const int r = ResolvePersonal(last, pronoun); r != kNotPersonal) {
        return r == kWriter ? WriterRecord() : r;
      }
      PronounKind pkind;
      bool plural;
      if (a_.lexicon->FindPronoun(pronoun, &pkind, &plural)) {
        return ResolvePronoun(last, pkind, plural, claim);
      }
    }
    // "Clinton now says": a time word after the mention is not part of it.
    while (np.size() > 1 && !a_.tokens[np.end - 1].upper && a_.lexicon->IsTimeWord(a_.Lower(np.end - 1))) {
      --np.end;
    }
    // "Tom Molomby, SC," or "Professor Cres Eastman, Director of …": what
    // follows a comma is an appositive, not part of the name.
    for (uint32_t i = np.begin + 1; i < np.end; ++i) {
      if (!a_.IsPunct(i, ',')) continue;
      uint32_t e = np.end;
      while (e > i + 1 && !a_.IsWord(e - 1)) --e;
      if (appositive.empty() && e > i + 1) appositive = {i + 1, e};
      np.end = i;
      break;
    }
    TokenRange appositive_role;
    if (!appositive.empty()) appositive_role = RoleFromAppositive(appositive);
    // Split "Officials with the Los Angeles Police Department" at its preposition.
    TokenRange pre = np;
    TokenRange post{np.end, np.end};
    bool of_the_name = false;  // an organisation's: InnerOfThe
    for (uint32_t i = np.begin + 1; i < np.end; ++i) {
      const std::string_view w = a_.Lower(i);
      if (w == "with" || w == "of" || w == "at" || w == "from" || w == "for" || w == "in") {
        // "Dept. of X" is one name; "Lydia Buchtmann for Food Standards
        // Australia" a person and the organisation she speaks for.
        const bool person_before = w != "of" && i >= np.begin + 2 && IsNameToken(i - 1) &&
                                   IsNameToken(i - 2);
        if (IsCapitalized(i - 1) && i + 1 < np.end && IsCapitalized(i + 1) && !person_before) {
          continue;
        }
        if (w == "of" && InnerOfThe(np, i)) {
          of_the_name = true;
          continue;
        }
        pre = {np.begin, i};
        post = {i + 1, np.end};
        break;
      }
    }
    if (const std::string* outlet = OutletName(np)) return AddRecord(*outlet, SpeakerKind::kOutlet);
    pre = StripArticle(pre);
    if (of_the_name) return FindOrAddOrganization(pre);
    // "an unnamed source familiar with the matter": the head may be followed
    // by an adjective that takes the prepositional phrase.
    for (uint32_t i = pre.end; i-- > pre.begin && pre.end - i <= 2;) {
      if (a_.lexicon->IsAnonymousHead(a_.Lower(i)) && (i + 1 == pre.end || !IsCapitalized(i + 1))) {
        return ResolveAnonymous(np, {pre.begin, i + 1}, post, Singular(a_.Lower(i)));
      }
    }
    // "France and Germany said", "Presidential candidates Hillary Clinton and
    // Donald Trump said": the names together, without the roles before them.
    if (const uint32_t b = CoordinatedNamesStart(pre); post.empty() && b != UINT32_MAX) {
      const int r = AddRecord(Words({b, pre.end}), SpeakerKind::kGroup);
      if (b > pre.begin && !records_[r].role) SetRole(r, {pre.begin, b});
      return r;
    }
    const std::string head = Singular(a_.Lower(pre.end - 1));
    const TokenRange name = NamePart(pre);
    if (!name.empty() && pre.end == name.end) {
      const int r = ResolveName(pre, name, appositive_role);
      if (records_[r].kind == SpeakerKind::kPerson && HasProperName(post) &&
          records_[r].affiliation.empty()) {
        records_[r].affiliation = post;  // "Tom Homan of ICE"
      }
      return r;
    }
    if (IsOrganization(pre)) return FindOrAddOrganization(StripArticle(pre));
    return ResolveNominal(np, post, head, appositive_role, claim);
  }

  // Two names joined by "and" ("France and Germany", "Mr. King and Mr.
  // Schultz"), not one organisation's name ("Immigration and Customs
  // Enforcement", "Procter and Gamble": the words around "and" are not both
  // names of their own).
  // Returns where the first name starts, or UINT32_MAX.
  uint32_t CoordinatedNamesStart(TokenRange r) const {
    if (IsOrganization(r)) return UINT32_MAX;
    for (uint32_t i = r.begin + 1; i + 1 < r.end; ++i) {
      if (!a_.Is(i, "and")) continue;
      const TokenRange left = NamePart({r.begin, i});
      const TokenRange right = NamePart({i + 1, r.end});
      if (left.empty() || right.empty() || left.end != i || right.end != r.end) return UINT32_MAX;
      auto named = [&](TokenRange n, uint32_t from) {
        return n.size() >= 2 || KnownName(n) ||
               (n.begin > from && (IsHonorific(n.begin - 1) || a_.lexicon->IsTitle(a_.Lower(n.begin - 1))));
      };
      if (!named(left, r.begin) || !named(right, i + 1)) return UINT32_MAX;
      // An honorific stays with its name ("Mr. King and Mr. Schultz").
      return left.begin > r.begin && IsHonorific(left.begin - 1) ? left.begin - 1 : left.begin;
    }
    return UINT32_MAX;
  }

  // A one-word name the article's names know: a person's surname, an
  // organisation's key, or a name the typer took for a place.
  bool KnownName(TokenRange name) const {
    const std::string lower = Lowered(Words(name));
    return person_by_last_.count(lower) > 0 || org_by_key_.count(lower) > 0 ||
           UsualNameType(lower) == "place";
  }

  int ResolveName(TokenRange pre, TokenRange name, TokenRange role) {
    if (name.size() == 1 && pre.size() == 1 && a_.lexicon->IsGroupNoun(a_.Lower(name.begin))) {
      return AddRecord(Words(name), SpeakerKind::kGroup);  // "Republicans say"
    }
    int r;
    // "Police Chief Omar Haddad": an organisation word among the titles is the
    // person's affiliation; only a one-word name may be the organisation's.
    // "Bureau of Labor Statistics": a name joined to an organisation word by
    // "of", "and" or "for" is part of the organisation's name.
    // "Alliance to Reclaim Our Schools": "to" joins the words of a name too.
    const bool joined = name.begin > pre.begin + 1 &&
                        (IsNameConnector(a_.Lower(name.begin - 1)) || a_.Is(name.begin - 1, "to")) &&
                        IsCapitalized(name.begin - 2);
    const bool organization = IsOrganization(name) ||
                              ((name.size() == 1 || joined) && IsOrganization(pre));
    if (organization) {
      TokenRange org = StripArticle(pre);
      if (joined) {  // "the event organizer Alliance to Reclaim Our Schools": the name's words
        while (org.begin < name.begin && !IsCapitalized(org.begin)) ++org.begin;
      }
      r = FindOrAddOrganization(joined && IsOrganization(org) ? org
                                : IsOrganization(name)      ? name
                                                            : StripArticle(pre));
    } else {
      r = FindOrAddPerson(name, RoleBefore(name.begin));
    }
    if (!role.empty()) SetRole(r, role);
    return r;
  }

  int ResolveAnonymous(TokenRange np, TokenRange pre, TokenRange post, const std::string& head) {
    bool proper = HasProperName(post);
    if (pre.size() > 1) proper |= HasProperName({pre.begin, pre.end - 1});
    if (proper) return AddAffiliated(Words(np), post);
    if (a_.Is(np.begin, "the")) {  // "the source": the one introduced before
      if (auto it = anonymous_by_head_.find(head); it != anonymous_by_head_.end()) {
        return it->second;
      }
    }
    // A bare "Source:" or "Officials" (headline style) is an unnamed one.
    std::string name = Words(np);
    if (np.size() == 1 && a_.tokens[np.begin].upper && a_.IsPunct(np.end, ':')) {
      name = a_.Lower(np.begin) == head ? "an unnamed " + head : "unnamed " + Lowered(name);
    }
    const int r = AddRecord(std::move(name), SpeakerKind::kAnonymous);
    records_[r].head = head;
    anonymous_by_head_[head] = r;
    return r;
  }

  // A name written with capitals that are not just a sentence's first letter.
  bool HasProperName(TokenRange r) const {
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (IsAcronym(a_.Str(i)) || (IsCapitalized(i) && i != a_.SentenceBegin(i))) return true;
    }
    return false;
  }

  // "the department", "the spokeswoman", "immigration service providers",
  // "a spokesperson for Delta Air Lines".
  int ResolveNominal(TokenRange np, TokenRange post, const std::string& head,
                     TokenRange role, size_t claim) {
    if (HasProperName(post)) return AddAffiliated(Words(np), post);
    if (a_.Is(np.begin, "the") && np.size() <= 4) {
      const size_t stop = records_.size() > kMaxRecordsBack ? records_.size() - kMaxRecordsBack : 0;
      for (size_t k = records_.size(); k-- > stop;) {
        const Record& rec = records_[k];
        // The head is a word of the name ("the department": Department of
        // Homeland Security) or the role's last word ("the spokeswoman": ICE
        // spokeswoman; "the board" is not a board member).
        if (HasWord(Lowered(rec.name), head) || (rec.role && LastWord(Lowered(*rec.role)) == head)) {
          return static_cast<int>(k);
        }
      }
      // "Donald Trump says … The Republican presidential nominee noted …": a
      // definite singular title is the person who spoke last when that is
      // also the person the article has named most so far, and the article
      // has not given them another role; the description becomes the role.
      // (The last speaker alone is too often an expert quoted about the
      // article's subject.)
      if (a_.lexicon->IsTitle(head) && a_.Lower(np.end - 1) == head) {
        const int r = RecentSpeaker(np.begin, claim, PronounKind::kPerson, /*plural=*/false);
        if (r >= 0 && !records_[r].role && r == MostMentionedPerson(np.begin)) {
          SetRole(r, StripArticle(np));
          return r;
        }
      }
    }
    // Any other description without a name ("a Vermont senator") stays a
    // description: guessing which person it means would too often be wrong.
    const std::string_view last = a_.Lower(np.end - 1);
    const bool plural = a_.lexicon->IsGroupNoun(last) ||
                        (last.size() > 3 && last.ends_with("s") && !last.ends_with("ss"));
    const SpeakerKind kind = a_.lexicon->IsOrgWord(head) ? SpeakerKind::kOrganization
                             : plural                     ? SpeakerKind::kGroup
                             : a_.lexicon->IsTitle(head)  ? SpeakerKind::kPerson
                                                          : SpeakerKind::kUnknown;
    const int r = AddRecord(Words(StripArticle(np)), kind);
    if (!role.empty()) SetRole(r, role);
    return r;
  }

  // The person with the most mentions before token `at`; -1 when none or
  // when two share the most.
  int MostMentionedPerson(uint32_t at) const {
    int best = -1;
    size_t best_count = 0;
    bool tie = false;
    for (size_t k = 0; k < records_.size(); ++k) {
      if (records_[k].kind != SpeakerKind::kPerson) continue;
      const auto& m = records_[k].mentions;
      const size_t count = std::count_if(m.begin(), m.end(),
                                         [&](const TokenRange& r) { return r.begin < at; });
      if (count > best_count) {
        best = static_cast<int>(k);
        best_count = count;
        tie = false;
      } else if (count == best_count && count > 0) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  // The most recent speaker of a compatible kind within a few paragraphs
  // before token `at`, or -1.
  int RecentSpeaker(uint32_t at, size_t claim, PronounKind kind, bool plural,
                    uint32_t* source_at = nullptr) const {
    const uint32_t paragraph = a_.paragraph_of[at];
    const size_t stop = claim > kMaxClaimsBack ? claim - kMaxClaimsBack : 0;
    for (size_t k = claim; k-- > stop;) {
      const Claim& c = claims_[k];
      if (c.source.empty() || a_.paragraph_of[c.source.begin] + kPronounParagraphs < paragraph) {
        continue;
      }
      const int r = LastMentionRecord(c.source);
      if (r >= 0 && Compatible(records_[r], kind, plural, PronounGender(at))) {
        if (source_at != nullptr) *source_at = c.source.begin;
        return r;
      }
    }
    return -1;
  }

  // "I" and "you" outside quotations. In a transcript (paragraphs
  // labelled "Kendra: ...") "I" is the paragraph's speaker and "you" the
  // one who spoke before; elsewhere "I" is the writer (kWriter) and "you"
  // the reader, whom the article does not name (-1). kNotPersonal for other
  // words and inside quotes.
  int ResolvePersonal(uint32_t at, std::string_view word) const {
    if (a_.InQuote(at)) return kNotPersonal;
    const bool first = word == "i" || word == "me" || word == "myself";
    if (!first && word != "you") return kNotPersonal;
    const uint32_t paragraph = a_.paragraph_of[at];
    if (paragraph >= label_of_.size()) return first ? kWriter : -1;
    const int speaker = label_of_[paragraph];
    if (first) return speaker >= 0 ? speaker : kWriter;
    for (uint32_t p = paragraph, n = 0; p-- > 0 && n < kMaxLabelsBack; ++n) {
      if (label_of_[p] >= 0 && label_of_[p] != speaker) return label_of_[p];
    }
    return -1;  // "you" outside a transcript: the reader, whom the article does not name
  }

  // A possessive standing as a source ("his remarks", "their statement")
  // resolves as its personal pronoun.
  static std::string_view PersonalForm(std::string_view w) {
    if (w == "his") return "he";
    if (w == "its") return "it";
    if (w == "their") return "they";
    return w;
  }

  static bool IsRelativePronoun(std::string_view w) {
    return w == "who" || w == "whom" || w == "whose" || w == "which" || w == "that";
  }

  // The antecedent of a relative pronoun at token `at` ("Donald Trump, who
  // …", "the study -- which notes …"): the mention that ends right before
  // it, across a comma or dash and an age ("Jane Doe, 59, who"). -1 when the
  // phrase there is no entity: the speaker is then left unnamed, never the
  // last person mentioned somewhere before.
  int Antecedent(uint32_t at) const {
    uint32_t end = at;
    while (end > 0 && at - end < 3 && !a_.IsWord(end - 1)) --end;  // punctuation and numbers
    auto it = mention_at_end_.find(end);
    return it == mention_at_end_.end() ? -1 : it->second;
  }

  static std::string_view WithoutClitic(std::string_view w) {
    for (std::string_view c : {"'m", "'ll", "'ve", "'d", "'re", "\xE2\x80\x99m", "\xE2\x80\x99ll",
                               "\xE2\x80\x99ve", "\xE2\x80\x99" "d", "\xE2\x80\x99re"}) {
      if (w.size() > c.size() && w.ends_with(c)) return w.substr(0, w.size() - c.size());
    }
    return w;
  }

  // Transcript turns: paragraphs that open with a name and a colon
  // ("Kendra:", "ELIZABETH B. PRELOGAR:"). They count only when at least
  // two paragraphs do, as in a transcript; the names become people.
  void FindSpeakerLabels() {
    std::vector<std::pair<uint32_t, TokenRange>> labels;  // paragraph, name
    for (uint32_t p = 0; p < a_.paragraph_starts.size(); ++p) {
      const TokenRange name = SpeakerLabel(a_.paragraph_starts[p]);
      if (!name.empty()) labels.push_back({p, name});
    }
    label_of_.assign(a_.paragraph_starts.size(), -1);
    if (labels.size() < 2) return;
    for (const auto& [p, run] : labels) {
      // "Chief Justice John Roberts" is John Roberts; "JANE DOE" has no
      // word NamePart takes for a name (capitals read as acronyms).
      TokenRange name = NamePart(run);
      if (name.empty()) name = run;
      label_of_[p] = FindOrAddPerson(name, RoleBefore(name.begin));
      AddMention(label_of_[p], name);
    }
  }

  // The name of "Name:" at token b, or empty.
  TokenRange SpeakerLabel(uint32_t b) const {
    uint32_t e = b;
    while (e < a_.size() && e - b < kMaxLabelTokens && !a_.InQuote(e) &&
           ((a_.IsWord(e) && a_.tokens[e].upper) || (e > b && a_.IsPunct(e, '.')))) {
      ++e;
    }
    if (e == b || !a_.IsPunct(e, ':')) return {};
    const std::string_view w = a_.Lower(b);
    const Lexicon& lex = *a_.lexicon;
    if (lex.IsFunctionWord(w) || lex.IsClauseWord(w) || lex.IsAnonymousHead(w) ||
        lex.IsTimeWord(w) || IsOrganization({b, e})) {
      return {};
    }
    return {b, e};
  }

  int ResolvePronoun(uint32_t at, PronounKind kind, bool plural, size_t claim) {
    // The person most recently mentioned before it...
    int mentioned = -1;
    uint32_t mentioned_at = 0;
    auto it = mention_at_end_.upper_bound(at);
    for (int n = 0; n < kMaxMentionsBack && it != mention_at_end_.begin(); ++n) {
      --it;
      if (Compatible(records_[it->second], kind, plural, PronounGender(at))) {
        mentioned = it->second;
        mentioned_at = it->first - 1;
        break;
      }
    }
    // ... loses to the most recent speaker, unless it is the subject of a
    // later sentence: "Romero said …. Gov. Patricia Lane declared …. In a
    // statement, she said …" is about Lane.
    uint32_t spoke_at = 0;
    const int speaker = RecentSpeaker(at, claim, kind, plural, &spoke_at);
    if (speaker < 0) return mentioned;
    if (mentioned >= 0 && a_.sentence_of[mentioned_at] > a_.sentence_of[spoke_at] &&
        mentioned_at - a_.SentenceBegin(mentioned_at) < kSubjectWindow) {
      return mentioned;
    }
    return speaker;
  }

  int LastMentionRecord(TokenRange source) const {
    auto it = mention_record_.find(MentionKey(source));
    return it == mention_record_.end() ? -1 : it->second;
  }

  static uint64_t MentionKey(TokenRange m) { return (uint64_t{m.begin} << 32) | m.end; }

  // 'm' for he, him, his; 'f' for she, her; '\0' for other words.
  char PronounGender(uint32_t at) const {
    const std::string_view w = a_.Lower(at);
    if (w == "he" || w == "him" || w == "his") return 'm';
    if (w == "she" || w == "her") return 'f';
    return '\0';
  }

  // Whether a pronoun of this kind, number and gender may stand for the
  // record: "she" is not a man's (given name, Mr, spokesman) and "he" not a
  // woman's.
  static bool Compatible(const Record& r, PronounKind kind, bool plural, char gender) {
    if (r.writer) return false;  // the writer calls themself "I", not "she"
    if (kind == PronounKind::kPerson) {
      if (gender != '\0' && (r.gender == 'm' || r.gender == 'f') && r.gender != gender) return false;
      return r.kind == SpeakerKind::kPerson;
    }
    if (kind == PronounKind::kOrganization) {
      return r.kind == SpeakerKind::kOrganization || r.kind == SpeakerKind::kOutlet;
    }
    if (plural) return r.kind != SpeakerKind::kPerson && r.kind != SpeakerKind::kUnknown;
    return r.kind != SpeakerKind::kUnknown;
  }

  TokenRange RoleFromAppositive(TokenRange r) const {
    if (a_.Is(r.begin, "a") || a_.Is(r.begin, "an") || a_.Is(r.begin, "the")) ++r.begin;
    return r;
  }

  void SetRole(int record, TokenRange role) {
    records_[record].role = Words(role);
    records_[record].role_tokens = role;
  }

  // "Officials with the Los Angeles Police Department" speak as an
  // organisation; the organisation they are with is their affiliation.
  int AddAffiliated(std::string name, TokenRange affiliation) {
    const int r = AddRecord(std::move(name), SpeakerKind::kOrganization);
    if (records_[r].affiliation.empty()) records_[r].affiliation = affiliation;
    return r;
  }

  // --- Organisations speakers speak for ------------------------------------

  // Sets the record's organisation from its affiliation or its role.
  void FindOrganization(int record) {
    Record& rec = records_[record];
    if (!rec.affiliation.empty()) {
      rec.organization = OrganizationIn(rec.affiliation);
    } else if (!rec.role_tokens.empty() && rec.kind != SpeakerKind::kOrganization &&
               rec.kind != SpeakerKind::kOutlet) {
      rec.organization = OrganizationIn(rec.role_tokens);
    }
  }

  // The organisation a role or affiliation names: after "of", "for", "at",
  // "with" or "from" ("executive director of the Hank Lacayo Youth and
  // Family Center"), else its capitalised words that are not titles ("ICE"
  // in "ICE spokeswoman"). Given by the canonical name of the article's
  // organisation it abbreviates or shortens, when there is one; a name that
  // is neither an acronym nor has an organisation word ("California" in
  // "California Gov.") is not taken for an organisation.
  std::optional<std::string> OrganizationIn(TokenRange r) const {
    const TokenRange name = OrganizationWords(r);
    if (name.empty()) return std::nullopt;
    if (const int k = KnownOrganization(name); k >= 0) return records_[k].name;
    if (!IsOrganization(name) && !IsOutletName(name)) return std::nullopt;
    if (const std::string* outlet = OutletName(name)) return *outlet;
    return Words(name);
  }

  TokenRange OrganizationWords(TokenRange r) const {
    for (uint32_t i = r.begin; i + 1 < r.end; ++i) {
      const std::string_view w = a_.Lower(i);
      if (w != "of" && w != "for" && w != "at" && w != "with" && w != "from") continue;
      const TokenRange after = StripArticle({i + 1, r.end});
      if (IsCapitalized(after.begin)) return CapitalizedRun(after.begin, r.end);
    }
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (IsCapitalized(i) && !a_.lexicon->IsTitle(a_.Lower(i))) {
        return CapitalizedRun(i, r.end);
      }
    }
    return {};
  }

  // Capitalised words from `b`, joined by "of", "and", "for" ..., up to `end`.
  TokenRange CapitalizedRun(uint32_t b, uint32_t end) const {
    uint32_t e = b;
    while (e < end) {
      if (IsCapitalized(e) && !a_.lexicon->IsTitle(a_.Lower(e))) {
        ++e;
      } else if (e + 1 < end && JoinsName(e) && IsCapitalized(e + 1)) {
        e += 2;
      } else {
        break;
      }
    }
    return {b, e};
  }

  // The article's organisation `name` spells, abbreviates or shortens
  // ("ICE", "Homeland Security" for the Department of Homeland Security), or -1.
  int KnownOrganization(TokenRange name) const {
    const std::string words = Words(name);
    std::string lower = Lowered(words);
    int k = Find(words, SpeakerKind::kOrganization);
    if (k < 0 && name.size() == 1) {
      std::erase(lower, '.');
      if (auto it = org_by_key_.find(lower); it != org_by_key_.end()) k = it->second;
    }
    if (k < 0) {
      if (auto it = org_by_suffix_.find(lower); it != org_by_suffix_.end()) k = it->second;
    }
    return k >= 0 && records_[k].affiliation.empty() ? k : -1;
  }

  // The writer's record, made at the first "I" that needs it; -1 when the
  // byline names no one person (the writer is then left unnamed).
  int WriterRecord() {
    if (writer_.empty()) return -1;
    if (writer_record_ < 0) writer_record_ = Find(writer_, SpeakerKind::kPerson);
    if (writer_record_ < 0) {
      Record rec;
      rec.name = writer_;
      rec.kind = SpeakerKind::kPerson;
      const size_t space = rec.name.rfind(' ');
      rec.last = Lowered(space == std::string::npos ? rec.name : rec.name.substr(space + 1));
      rec.gender = FirstNameGender(Lowered(rec.name.substr(0, rec.name.find(' '))));
      if (rec.gender != 'f' && rec.gender != 'm') rec.gender = '\0';
      rec.writer = true;
      writer_record_ = NewRecord(std::move(rec));
    }
    return writer_record_;
  }

  int AddRecord(std::string name, SpeakerKind kind) {
    if (const int k = Find(name, kind); k >= 0) return k;
    Record rec;
    rec.name = std::move(name);
    rec.kind = kind;
    return NewRecord(std::move(rec));
  }

  // The record with this name and kind, or -1.
  int Find(const std::string& name, SpeakerKind kind) const {
    auto it = by_name_.find(NameKey(name, kind));
    return it == by_name_.end() ? -1 : it->second;
  }

  static std::string NameKey(const std::string& name, SpeakerKind kind) {
    return std::string(1, static_cast<char>('0' + static_cast<int>(kind))) + name;
  }

  // Adds a record and indexes it; returns its index.
  // Indexes an organisation by its lowercase name and by its last two words
  // or more ("homeland security" for the Department of Homeland Security).
  // One last word is too common a word to stand for the name: the "House" in
  // "House Speaker" is not the White House.
  void IndexOrganizationName(const std::string& name, int k) {
    const std::string lower = Lowered(name);
    org_by_key_.emplace(lower, k);
    for (size_t i = lower.find(' '); i != std::string::npos; i = lower.find(' ', i + 1)) {
      const std::string suffix = lower.substr(i + 1);
      if (suffix.find(' ') != std::string::npos) org_by_suffix_.emplace(suffix, k);
    }
  }

  // Gives an organisation known by its acronym its full name.
  void Rename(int k, const std::string& name) {
    by_name_.erase(NameKey(records_[k].name, records_[k].kind));
    records_[k].name = name;
    by_name_.emplace(NameKey(name, records_[k].kind), k);
    IndexOrganizationName(name, k);
  }

  int NewRecord(Record rec) {
    const int k = static_cast<int>(records_.size());
    by_name_.emplace(NameKey(rec.name, rec.kind), k);
    if (rec.kind == SpeakerKind::kPerson && !rec.last.empty()) person_by_last_.emplace(rec.last, k);
    if (rec.kind == SpeakerKind::kOrganization) {
      if (!rec.initials.empty()) org_by_key_.emplace(rec.initials, k);
      IndexOrganizationName(rec.name, k);
    }
    records_.push_back(std::move(rec));
    return k;
  }

  void AddMention(int record, TokenRange m) {
    if (!mention_record_.emplace(MentionKey(m), record).second) return;
    records_[record].mentions.push_back(m);
    mention_at_end_[m.end] = record;
  }

  // --- Text helpers -----------------------------------------------------------

  TokenRange StripArticle(TokenRange r) const {
    if (r.size() > 1 && a_.Is(r.begin, "the")) ++r.begin;
    return r;
  }

  // The tokens' text joined by single spaces (line breaks inside a name are
  // layout, not content); a possessive 's or ' is dropped from the end.
  std::string Words(TokenRange r) const {
    std::string s;
    for (uint32_t i = r.begin; i < r.end; ++i) {
      if (i > r.begin && a_.tokens[i].space_before) s.push_back(' ');
      std::string_view w = a_.Str(i);
      if (i + 1 == r.end) w = StripPossessive(w);
      s.append(w);
    }
    return s;
  }

  std::string_view Surname(uint32_t i) const { return StripPossessive(a_.Str(i)); }

  static std::string_view StripPossessive(std::string_view w) {
    if (w.ends_with("'s")) w.remove_suffix(2);
    else if (w.ends_with("\xE2\x80\x99s")) w.remove_suffix(4);
    return w;
  }

  // True when `word` is one of the words of `text` (split at anything but
  // letters, digits and apostrophes).
  static bool HasWord(std::string_view text, std::string_view word) {
    for (size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || !IsWordByte(text[at - 1])) && (end == text.size() || !IsWordByte(text[end]))) {
        return true;
      }
    }
    return false;
  }
  static std::string_view LastWord(std::string_view text) {
    size_t e = text.size();
    while (e > 0 && !IsWordByte(text[e - 1])) --e;
    size_t b = e;
    while (b > 0 && IsWordByte(text[b - 1])) --b;
    return text.substr(b, e - b);
  }
  static bool IsWordByte(char ch) {
    return std::isalnum(static_cast<unsigned char>(ch)) || ch == '\'' ||
           static_cast<unsigned char>(ch) >= 0x80;
  }

  static std::string Lowered(std::string_view s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
  }

  const Article& a_;
  // The learned name typer; null when the build has none (then the rules
  // of NameType decide).
  const NameTyper* const typer_ = DefaultTyper();
  const std::vector<Claim>& claims_;
  const bool all_entities_;
  const std::string writer_;
  int writer_record_ = -1;
  std::vector<Record> records_;
  // Indexes over records_, kept by NewRecord and AddMention.
  std::unordered_map<std::string, int> by_name_;            // kind + name
  std::unordered_map<std::string, int> person_by_last_;     // surname, first person
  std::unordered_map<std::string, int> person_by_plain_;    // full name without initials
  std::unordered_map<std::string, int> org_by_key_;         // initials or lowercase name
  std::unordered_map<std::string, int> org_by_suffix_;      // last words of a name, first org
  std::unordered_map<std::string, int> anonymous_by_head_;  // head noun, latest
  std::unordered_map<uint64_t, int> mention_record_;        // MentionKey
  std::unordered_map<uint64_t, std::string_view> run_type_;  // MentionKey of a name run
  std::vector<int> label_of_;  // per paragraph: the transcript speaker's record, or -1
  std::map<uint32_t, int> mention_at_end_;                  // end token, latest
};

}  // namespace

ResolvedSpeakers ResolveSpeakers(const Article& article, const std::vector<Claim>& claims,
                                 std::string_view writer) {
  return Resolver(article, claims, /*all_entities=*/false, writer).Run();
}

ResolvedSpeakers ResolveEntities(const Article& article, const std::vector<Claim>& claims,
                                 std::string_view writer) {
  return Resolver(article, claims, /*all_entities=*/true, writer).Run();
}

namespace {

bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }

// Words that make a byline a desk, an outlet or a role, not a person.
bool IsBylineWord(std::string_view lower) {
  static const char* const kWords[] = {
      "staff",  "editorial", "board",   "press",    "news",    "newsroom",   "reporter", "reporters",
      "writer", "writers",   "editor",  "editors",  "desk",    "team",       "wire",     "service",
      "services", "agency",  "bureau",  "correspondent", "contributor", "contributors", "anonymous",
      "associated", "reuters", "report", "opinion", "wikipedia", "wikinews"};
  for (const char* w : kWords) {
    if (lower == w) return true;
  }
  return false;
}

// Name particles that stay lowercase inside a name ("Ludwig van Beethoven").
bool IsNameParticle(std::string_view w) {
  return w == "de" || w == "van" || w == "von" || w == "der" || w == "den" || w == "da" ||
         w == "del" || w == "della" || w == "di" || w == "du" || w == "la" || w == "le" ||
         w == "bin" || w == "al" || w == "ibn";
}

}  // namespace

std::string WriterFromByline(std::string_view byline) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
    return s;
  };
  std::string_view s = trim(byline);
  if (s.size() > 3 && (s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y') && s[2] == ' ') {
    s = trim(s.substr(3));
  }
  // What follows a separator is a role or an outlet ("Jane Doe, Staff
  // Writer", "Jane Doe | Reuters").
  size_t cut = s.find_first_of(",|;(\n");
  for (std::string_view dash : {" - ", " \u2013 ", " \u2014 ", " / "}) cut = std::min(cut, s.find(dash));
  if (cut != std::string_view::npos) s = trim(s.substr(0, cut));
  std::vector<std::string> words;
  for (size_t b = 0; b < s.size();) {
    size_t e = s.find(' ', b);
    if (e == std::string_view::npos) e = s.size();
    if (e > b) words.emplace_back(s.substr(b, e - b));
    b = e + 1;
  }
  if (words.size() < 2 || words.size() > 4) return "";
  std::string name;
  for (size_t k = 0; k < words.size(); ++k) {
    std::string w = words[k];
    std::string lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "and" || lower == "&" || lower == "with" || IsBylineWord(lower)) return "";
    const bool inner = k > 0 && k + 1 < words.size();
    if (inner && IsNameParticle(w)) {
      name += (name.empty() ? "" : " ") + w;
      continue;
    }
    bool has_lower = false;
    for (char c : w) {
      const bool letter = IsAsciiUpper(c) || IsAsciiLower(c) || static_cast<unsigned char>(c) >= 0x80;
      if (!letter && c != '.' && c != '-' && c != '\'') return "";
      has_lower |= IsAsciiLower(c);
    }
    if (!IsAsciiUpper(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) return "";
    // "JANE O'NEIL" as print bylines set it: "Jane O'Neil".
    if (!has_lower && w.size() > 2) {
      for (size_t i = 1; i < w.size(); ++i) {
        if (IsAsciiUpper(w[i]) && words[k][i - 1] != '\'' && words[k][i - 1] != '-') {
          w[i] = static_cast<char>(w[i] - 'A' + 'a');
        }
      }
    }
    name += (name.empty() ? "" : " ") + w;
  }
  std::string key = name;
  for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (Lexicon::Default().IsOutlet(key)) return "";
  return name;
}

std::vector<NameRun> FindNameRuns(const Article& article) {
  static const std::vector<Claim> kNoClaims;
  return Resolver(article, kNoClaims).NameRuns();
}

std::vector<NamedMention> FindNamedMentions(const Article& article) {
  static const std::vector<Claim> kNoClaims;
  return Resolver(article, kNoClaims).NamedMentions();
}

}  // namespace whosaid::internal
