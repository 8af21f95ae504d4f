// Copyright 2026 The whosaid Authors.
#include "attribution/attribution_finder.h"

#include <algorithm>
#include <numeric>

#include "attribution/phrases.h"
#include "text/segmenter.h"

namespace whosaid::internal {
namespace {

constexpr uint32_t kSuffixWindow = 40;  // tokens after a quote searched for its cue
constexpr uint32_t kThatWindow = 8;     // tokens between a cue and its "that"
constexpr uint32_t kMinUncuedQuoteWords = 4;

class Finder {
 public:
  Finder(const Article& a, const Options& options)
      : a_(a), options_(options), used_(a.size(), false), cue_owner_(a.size(), -1) {}

  std::vector<Claim> Run() {
    quote_claimed_.assign(a_.quotes.quotes.size(), false);
    for (size_t q = 0; q < a_.quotes.quotes.size(); ++q) {
      const Quote& quote = a_.quotes.quotes[q];
      if (quote.valid && !quote.nested && HasWords(quote)) quote_claimed_[q] = QuoteClaim(quote);
    }
    if (options_.indirect) {
      for (uint32_t i = 0; i < a_.size(); ++i) IndirectClaim(i);
      HeadlineClaims();
    }
    return Sorted();
  }

 private:
  // --- Quotations -----------------------------------------------------------

  // Finds the claim of a quotation; returns whether it has one.
  bool QuoteClaim(const Quote& q) {
    const uint32_t open = q.pieces.front().open;
    const uint32_t prefix = PrefixStart(open);
    last_quote_end_ = q.pieces.back().close != kNoMark ? q.pieces.back().close + 1
                                                       : q.pieces.back().last;
    Claim c;
    AddQuoteContent(q, kNoMark, &c);
    if (LooksLikeTitle(q)) return false;  // told MSNBC's "Morning Joe" that ...
    if (TranscriptClaims(q)) return true;
    if (ContinuesPartialQuotes(prefix, open, c)) return true;
    if (HasFrameWords(prefix, open)) {
      if (ContinuesSplitQuote(prefix, open, c) || ContinuesAfterFrame(prefix, open, c)) return true;
      if (DirectFromPrefix(prefix, open, &c)) return Add(std::move(c));
      if (Mixed(q, prefix, open, &c)) return Add(std::move(c));
      if (FrameHasCue(prefix, open)) return false;  // a scare quote inside reported speech
    }
    if (q.closed && DirectFromSuffix(q.pieces.back().close + 1, &c)) return Add(std::move(c));
    if (HasFrameWords(prefix, open)) return false;  // a term or title in quote marks
    if (a_.ParagraphBegin(open) == open && DirectFromColonParagraph(open, &c)) {
      return Add(std::move(c));
    }
    return Continue(q, std::move(c));
  }

  // "…," Dwyer said, "but …": the words between two quotes are the first
  // quote's attribution, and the second quote continues it.
  bool ContinuesSplitQuote(uint32_t prefix, uint32_t open, const Claim& c) {
    // "…," he said, "…" / "…," he said, but "…" / "…," Jordan said, and still "…"
    uint32_t k = open;
    while (k > prefix && open - k < 3 &&
           (a_.Is(k - 1, "and") || a_.Is(k - 1, "but") || a_.Is(k - 1, "still") ||
            a_.Is(k - 1, "also") || a_.Is(k - 1, "then"))) {
      --k;
    }
    if (claims_.empty() || k == 0 || !a_.IsPunct(k - 1, ',')) return false;
    for (uint32_t i = prefix; i < open; ++i) {
      const int owner = cue_owner_[i];
      if (owner < 0) continue;
      if (owner != static_cast<int>(claims_.size()) - 1 ||
          claims_[owner].type != AttributionType::kDirect) {
        return false;
      }
      // "…," Trump said, adding later, "…": a second reporting verb gives the
      // second quote a claim of its own.
      for (uint32_t k = claims_[owner].cue.end; k < open; ++k) {
        if (cue_owner_[k] < 0 && CueAt(a_, k, kCueQuote) != nullptr) return false;
      }
      Claim& prev = claims_[owner];
      prev.content.insert(prev.content.end(), c.content.begin(), c.content.end());
      return true;
    }
    return false;
  }

  // Two to four capitalised words (not sentence-initial) ending at the colon
  // at `colon`, or an empty range.
  TokenRange NameBeforeColon(uint32_t b, uint32_t colon) const {
    uint32_t s = colon;
    while (s > b && colon - s < 4 && a_.IsWord(s - 1) && a_.tokens[s - 1].upper &&
           s - 1 != a_.SentenceBegin(s - 1) && !a_.lexicon->IsTitle(a_.Lower(s - 1))) {
      --s;
    }
    if (colon - s < 2) return {};
    return {s, colon};
  }

  // "“…,” she said, clapping. “…”": a quote right after the sentence that
  // attributed the quote before it continues that claim (the frame's cue
  // is already the previous claim's).
  bool ContinuesAfterFrame(uint32_t prefix, uint32_t open, const Claim& c) {
    if (claims_.empty() || open == 0 || !IsTerminal(a_.tokens[open - 1], a_.text)) return false;
    const int last = static_cast<int>(claims_.size()) - 1;
    if (claims_[last].type != AttributionType::kDirect) return false;
    bool owned = false;
    for (uint32_t i = prefix; i < open; ++i) {
      if (CueAt(a_, i, 0xFF) == nullptr) continue;
      if (cue_owner_[i] != last) return false;
      owned = true;
    }
    if (!owned) return false;
    Claim& prev = claims_[last];
    prev.content.insert(prev.content.end(), c.content.begin(), c.content.end());
    return true;
  }

  // "described Clinton as "a lifetime politician" who "has never …"": a
  // second partial quote in the sentence of a mixed claim, a few words after
  // it and with no cue of its own, belongs to that claim.
  bool ContinuesPartialQuotes(uint32_t prefix, uint32_t open, const Claim& c) {
    if (claims_.empty() || FrameHasCue(prefix, open) || open - prefix > 8) return false;
    Claim& prev = claims_.back();
    if (prev.type != AttributionType::kMixed || prev.content.empty()) return false;
    const uint32_t sentence = a_.SentenceBegin(open);
    if (a_.tokens[sentence].begin >= prev.content.back().second ||
        prev.content.back().second > a_.tokens[open].begin) {
      return false;
    }
    for (uint32_t i = prefix; i < open; ++i) {
      if (IsTerminal(a_.tokens[i], a_.text)) return false;
    }
    prev.content.insert(prev.content.end(), c.content.begin(), c.content.end());
    return true;
  }

  // Where the words introducing the quote at `open` may start: the sentence
  // start, or the end of an earlier quote in the same sentence.
  uint32_t PrefixStart(uint32_t open) const {
    const uint32_t s = a_.SentenceBegin(open);
    const uint32_t window = open > kMaxClauseTokens ? open - kMaxClauseTokens : 0;
    return std::max({s, std::min(last_quote_end_, open), window});
  }

  // "PENCE: Well, look, ..." — a transcript turn: an all-capitals name and a
  // colon at the start of a paragraph. Returns the name, or an empty range.
  TokenRange TurnSpeaker(uint32_t first, uint32_t last) const {
    uint32_t e = first;
    while (e < last && e - first < 3 && a_.IsWord(e) && IsAllCaps(a_.Str(e))) ++e;
    if (e == first || !a_.IsPunct(e, ':')) return {};
    return {first, e};
  }

  static bool IsAllCaps(std::string_view w) {
    int letters = 0;
    for (char ch : w) {
      if (ch >= 'a' && ch <= 'z') return false;
      letters += ch >= 'A' && ch <= 'Z';
    }
    return letters >= 2;
  }

  // A quoted transcript: one claim per turn, paragraphs without a turn
  // continuing the turn before them.
  bool TranscriptClaims(const Quote& q) {
    bool any = false;
    for (const QuotePiece& p : q.pieces) any |= !TurnSpeaker(p.first, p.last).empty();
    if (!any) return false;
    int current = -1;
    for (const QuotePiece& p : q.pieces) {
      const TokenRange speaker = TurnSpeaker(p.first, p.last);
      const uint32_t from = speaker.empty() ? p.first : speaker.end + 1;
      if (from >= p.last) continue;
      // "(CROSSTALK.)", "(APPLAUSE)": the transcript's stage directions.
      if (speaker.empty() && a_.IsPunct(from, '(') &&
          (a_.IsPunct(p.last - 1, ')') || (p.last >= from + 2 && a_.IsPunct(p.last - 2, ')')))) {
        continue;
      }
      const std::pair<uint32_t, uint32_t> bytes{a_.tokens[from].begin, a_.tokens[p.last - 1].end};
      if (speaker.empty() && current >= 0) {
        claims_[current].content.push_back(bytes);
        continue;
      }
      Claim c;
      c.content = {bytes};
      c.source = speaker;
      c.cue = {speaker.end, speaker.end + 1};  // the colon
      Add(std::move(c));
      current = static_cast<int>(claims_.size()) - 1;
    }
    return true;
  }

  // A short quotation of capitalised words inside a sentence names a show, a
  // book or a slogan ("Morning Joe", "Make America Great Again"); it is not
  // somebody's words.
  bool LooksLikeTitle(const Quote& q, bool anywhere = false) const {
    if (q.pieces.size() != 1) return false;
    const QuotePiece& p = q.pieces.front();
    uint32_t last = p.last;  // a comma or period before the closing mark ("Face the Nation,")
    while (last > p.first && a_.tokens[last - 1].kind == TokenKind::kPunct) --last;
    if (last == p.first || last - p.first > 5) return false;
    if (!anywhere && p.first == a_.SentenceBegin(p.open) + 1) return false;
    for (uint32_t i = p.first; i < last; ++i) {
      if (a_.tokens[i].kind == TokenKind::kPunct) return false;
      if (a_.IsWord(i) && !a_.tokens[i].upper && !a_.lexicon->IsFunctionWord(a_.Lower(i))) {
        return false;
      }
    }
    return true;
  }

  // A short quotation that is a paragraph of its own and in which every word
  // but function words is capitalised: a title or a heading, not speech
  // ("“The Donald. Big Daddy.”" after someone's words is speech).
  bool IsTitleCase(const Quote& q) const {
    if (q.pieces.size() != 1) return false;
    const QuotePiece& piece = q.pieces.front();
    const uint32_t after = piece.close != kNoMark ? piece.close + 1 : piece.last;
    if (piece.open != a_.ParagraphBegin(piece.open) || after < a_.ParagraphEnd(piece.open)) {
      return false;
    }
    uint32_t words = 0;
    for (const QuotePiece& p : q.pieces) {
      for (uint32_t i = p.first; i < p.last; ++i) {
        if (IsTerminal(a_.tokens[i], a_.text) && i + 1 < p.last) return false;  // two sentences
        if (!a_.IsWord(i)) continue;
        if (!a_.tokens[i].upper && !a_.lexicon->IsFunctionWord(a_.Lower(i))) return false;
        ++words;
      }
    }
    return words >= 2 && words <= 10;
  }

  bool HasFrameWords(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i) {
      if (a_.tokens[i].kind == TokenKind::kWord) return true;
    }
    return false;
  }

  bool FrameHasCue(uint32_t b, uint32_t e) const {
    for (uint32_t i = b; i < e; ++i) {
      if (CueAt(a_, i, 0xFF) != nullptr) return true;
    }
    return false;
  }

  bool HasWords(const Quote& q) const {
    uint32_t words = 0;
    for (const QuotePiece& p : q.pieces) {
      for (uint32_t i = p.first; i < p.last; ++i) words += a_.IsWord(i);
    }
    return words > 0;
  }

  // Content spans of a quote; the first starts at token `from` when given.
  void AddQuoteContent(const Quote& q, uint32_t from, Claim* c) const {
    c->content.clear();
    for (size_t k = 0; k < q.pieces.size(); ++k) {
      const QuotePiece& p = q.pieces[k];
      const uint32_t first = (k == 0 && from != kNoMark) ? from : p.first;
      if (first >= p.last) continue;
      c->content.push_back({a_.tokens[first].begin, a_.tokens[p.last - 1].end});
    }
  }

  // "…," X said / "…," said X / "…" — X / "…," according to X.
  bool DirectFromSuffix(uint32_t j, Claim* c) {
    const uint32_t end = SuffixEnd(j);
    uint32_t k = j;
    if (a_.IsPunct(k, ',')) ++k;
    if (k >= end) return false;
    if (a_.tokens[k].kind == TokenKind::kDash) {
      // The dash is the cue, as annotators mark it.
      const SourcePhrase sp = NounPhraseAfter(a_, k + 1, end);
      return !sp.np.empty() && SetSource(sp, {k, k + 1}, c);
    }
    if (a_.Is(k, "according") && a_.Is(k + 1, "to")) {
      return SetSource(NounPhraseAfter(a_, k + 2, end), {k, k + 2}, c);
    }
    if (CueAt(a_, k, kCueQuote) != nullptr) {
      const SourcePhrase sp = NounPhraseAfter(a_, k + 1, end);
      return !sp.np.empty() && SetSource(sp, {k, k + 1}, c);
    }
    for (uint32_t cue = k + 1; cue < end && cue < k + 20; ++cue) {
      if (CueAt(a_, cue, kCueQuote) == nullptr) continue;
      const SourcePhrase sp = SubjectBefore(a_, cue, k);
      if (sp.np.empty() || NounPhraseWordsBefore(sp.np.begin, k) != k) return false;
      return SetSource(sp, CueSpan(cue), c);
    }
    return false;
  }

  // The end of the words after a closing mark that may attribute it: the
  // first sentence end, quote mark or paragraph end.
  uint32_t SuffixEnd(uint32_t j) const {
    if (j >= a_.size()) return j;
    const uint32_t paragraph_end = a_.ParagraphEnd(j - 1);
    uint32_t e = j;
    while (e < paragraph_end && e < j + kSuffixWindow && !IsTerminal(a_.tokens[e], a_.text) &&
           a_.tokens[e].kind != TokenKind::kQuote) {
      ++e;
    }
    return e;
  }

  // X said: "…" / X said, "…" / According to X, "…"
  bool DirectFromPrefix(uint32_t b, uint32_t open, Claim* c) {
    uint32_t k = open;
    if (k > b && (a_.IsPunct(k - 1, ':') || a_.IsPunct(k - 1, ','))) --k;
    if (k == b) return false;
    if (a_.Is(b, "according") && a_.Is(b + 1, "to") && k < open) {
      return SetSource(NounPhraseAfter(a_, b + 2, k), {b, b + 2}, c);
    }
    if (k == open && CueAt(a_, k - 1, kCueQuote) == nullptr) return false;
    b = std::max(b, k > kMaxClauseTokens ? k - kMaxClauseTokens : 0);
    if (a_.IsPunct(k, ':') && !FrameHasCue(b, k)) {  // Gomez was blunt: "…"
      TokenRange subject = LeadingNamePhrase(a_, b, k);
      // "… does not surprise pollster Daron Shaw: "…"": a person's name of two
      // or more capitalised words right before the colon.
      if (subject.empty()) subject = NameBeforeColon(b, k);
      if (subject.empty()) return false;
      c->source = subject;
      return true;
    }
    for (uint32_t cue = k; cue-- > b && k - cue <= 12;) {
      if (a_.Is(cue, "that")) return false;  // reported speech: mixed
      if (CueAt(a_, cue, kCueQuote) == nullptr) continue;
      if (SharesSubject(cue)) return SetSubject(cue, c);  // "…," X said, adding: "…"
      const SourcePhrase sp = SubjectBefore(a_, cue, b);
      if (!sp.np.empty()) return SetSource(sp, CueSpan(cue), c);
      const SourcePhrase after = NounPhraseAfter(a_, cue + 1, k);  // said X:
      return !after.np.empty() && SetSource(after, {cue, cue + 1}, c);
    }
    return false;
  }

  // A partial quote inside reported speech: X called the raids "cruel",
  // X said that the department "is aware ...", ..., noting that a story "gave ...".
  bool Mixed(const Quote& q, uint32_t b, uint32_t open, Claim* c) {
    const uint32_t cue = FrameCue(b, open);
    if (cue == kNoMark) return false;
    c->type = AttributionType::kMixed;
    const CueInfo& info = *CueAt(a_, cue, 0xFF);
    uint32_t complement = kNoMark;
    for (uint32_t t = cue + 1; t < open && t <= cue + kThatWindow; ++t) {
      if (a_.Is(t, "that")) complement = t;
    }
    // Reporting verbs report their whole complement; "called the raids
    // "cruel"" reports only the words in quote marks.
    if (complement == kNoMark && (info.tags & (kCueThat | kCueQuote | kCueObject))) {
      complement = (info.tags & kCueThat) ? ComplementStart(cue, a_.SentenceEnd(cue), info)
                                          : cue + 1;
    }
    if (complement != kNoMark && complement < open) {
      ReportedClauseContent(q, complement, c);
    } else {
      AddQuoteContent(q, kNoMark, c);
    }
    return SetSubject(cue, c);
  }

  // The source of the cue at `cue`: its subject, or for a participle
  // (", noting that") or a cue after "and" ("called … and said") the subject
  // of the clause before it.
  bool SetSubject(uint32_t cue, Claim* c) {
    const uint32_t sentence = a_.SentenceBegin(cue);
    const SourcePhrase sp = SubjectBefore(a_, cue, sentence);
    if (!sp.np.empty() || !SharesSubject(cue)) {
      return !sp.np.empty() && SetSource(sp, CueSpan(cue), c);
    }
    const int owner = OwnerOfCueBefore(cue, sentence);
    if (owner >= 0) {
      c->cue = CueSpan(cue);
      c->inherits = owner;
      return true;
    }
    for (uint32_t k = cue; k-- > sentence;) {  // "X said as much, arguing that"
      if (CueAt(a_, k, 0xFF) == nullptr || InRelativeClause(k)) continue;
      const SourcePhrase before = SubjectBefore(a_, k, sentence);
      if (!before.np.empty()) return SetSource(before, CueSpan(cue), c);
      break;
    }
    // "Clinton chimed in on Twitter, saying that": the sentence's subject,
    // also after an opening adverbial ("In a statement Thursday, Rep. X ...").
    TokenRange subject = LeadingNamePhrase(a_, sentence, cue);
    for (uint32_t k = sentence; subject.empty() && k + 1 < cue && k < sentence + 10; ++k) {
      if (a_.IsPunct(k, ',')) {
        subject = LeadingNamePhrase(a_, k + 1, cue);
        break;
      }
    }
    if (subject.empty()) return false;
    c->source = subject;
    c->cue = CueSpan(cue);
    return true;
  }

  // A participle after a comma, or a cue right after "and".
  bool SharesSubject(uint32_t cue) const {
    if (IsParticiple(cue)) return true;
    uint32_t j = cue;
    while (j > 0 && IsAuxiliary(a_, j - 1)) --j;
    return j > 0 && a_.Is(j - 1, "and");
  }

  // A cue with a speaker: a subject before it, or one it shares.
  bool HasSpeaker(uint32_t cue) const {
    return SharesSubject(cue) || !SubjectBefore(a_, cue, a_.SentenceBegin(cue)).np.empty();
  }

  // The cue that frames a quote opening at `open`: the nearest unused
  // reporting verb with a speaker before it, or failing one, the nearest
  // naming verb ("called", "described as").
  uint32_t FrameCue(uint32_t b, uint32_t open) const {
    uint32_t naming = kNoMark;
    for (uint32_t cue = open; cue-- > b;) {
      const CueInfo* info = CueAt(a_, cue, 0xFF);
      if (info == nullptr || used_[cue] || !HasSpeaker(cue)) continue;
      if (info->tags & (kCueThat | kCueQuote | kCueObject)) return cue;
      if (naming == kNoMark) naming = cue;
    }
    return naming;
  }

  // X said that the city was "ready" for the storm: the content is the
  // reported clause, from "that" (PARC and PolNeAR count the complementizer as
  // content, as for reported speech without quote marks) to the end of the
  // clause, quotes and all.
  void ReportedClauseContent(const Quote& q, uint32_t from, Claim* c) const {
    const QuotePiece& last = q.pieces.back();
    const uint32_t after = last.close != kNoMark ? last.close + 1 : last.last;
    uint32_t end = after;
    if (q.pieces.size() == 1 && after < a_.size() && a_.paragraph_of[after] == a_.paragraph_of[from]) {
      end = ClauseEnd(a_, after, a_.SentenceEnd(after - 1));
      end = std::max(end, after);
    }
    // Drop trailing punctuation and the closing mark.
    while (end > from + 1 &&
           (a_.tokens[end - 1].kind == TokenKind::kPunct || end - 1 == last.close)) {
      --end;
    }
    if (q.pieces.size() == 1) {
      c->content = {{a_.tokens[from].begin, a_.tokens[end - 1].end}};
      return;
    }
    AddQuoteContent(q, from, c);
  }

  // ", noting that": a participle after a comma shares its clause's subject.
  // (American style puts the comma inside the quote: "“… trust,” adding".)
  bool IsParticiple(uint32_t cue) const {
    return cue > 0 && a_.Lower(cue).ends_with("ing") &&
           (a_.IsPunct(cue - 1, ',') ||
            (cue > 1 && a_.tokens[cue - 1].kind == TokenKind::kQuote && a_.IsPunct(cue - 2, ',')));
  }

  // The claim whose cue comes last before token i in the same clause chain,
  // skipping cues inside relative clauses ("an architect who said ...").
  int OwnerOfCueBefore(uint32_t i, uint32_t limit) const {
    for (uint32_t k = i; k-- > limit;) {
      if (cue_owner_[k] >= 0 && !InRelativeClause(k)) return cue_owner_[k];
    }
    return -1;
  }

  bool InRelativeClause(uint32_t cue) const {
    uint32_t j = cue;
    while (j > 0 && IsAuxiliary(a_, j - 1)) --j;
    return j > 0 && (a_.Is(j - 1, "who") || a_.Is(j - 1, "which"));
  }

  // X said:\n\n"…" — the frame closes the previous paragraph.
  bool DirectFromColonParagraph(uint32_t open, Claim* c) {
    if (open == 0 || !a_.IsPunct(open - 1, ':')) return false;
    return DirectFromPrefix(a_.SentenceBegin(open - 1), open, c);
  }

  // No cue of its own: the quote continues the previous claim's speaker when
  // that claim is in the same or the previous paragraph.
  bool Continue(const Quote& q, Claim c) {
    if (IsTitleCase(q)) return false;  // "All Bets Are Off." heading a section
    const uint32_t open = q.pieces.front().open;
    const TokenRange before = SubjectOfSentenceBefore(open);
    if (!claims_.empty()) {
      Claim& prev = claims_.back();
      const uint32_t prev_paragraph = ParagraphOfByte(prev.content.back().second - 1);
      const uint32_t paragraph = a_.paragraph_of[open];
      const bool new_subject = !before.empty() && prev_paragraph < paragraph &&
                               (prev.source.empty() || a_.Text(prev.source) != a_.Text(before));
      if (prev_paragraph + 1 >= paragraph && !new_subject) {
        // A quote split by its attribution: "…," X said. "…"
        if (prev_paragraph == paragraph && q.pieces.size() == 1 && q.closed &&
            prev.type == AttributionType::kDirect) {
          prev.content.insert(prev.content.end(), c.content.begin(), c.content.end());
          return true;
        }
        c.inherits = static_cast<int>(claims_.size()) - 1;
        return Add(std::move(c));
      }
    }
    if (!before.empty()) {  // Jones disagreed. "That is nonsense."
      c.source = before;
      return Add(std::move(c));
    }
    uint32_t words = 0;
    for (const QuotePiece& p : q.pieces) {
      for (uint32_t i = p.first; i < p.last; ++i) words += a_.IsWord(i);
    }
    return words >= kMinUncuedQuoteWords && Add(std::move(c));  // speaker unknown
  }

  // The named subject of the sentence right before the quote at `open`, in
  // its paragraph or the one before, when that sentence has no quotation.
  TokenRange SubjectOfSentenceBefore(uint32_t open) const {
    if (open == 0) return {};
    uint32_t last = open - 1;
    if (a_.IsPunct(last, ':')) return {};  // handled as a frame
    if (a_.paragraph_of[last] + 1 < a_.paragraph_of[open]) return {};
    const uint32_t sb = a_.SentenceBegin(last);
    if (last - sb > kMaxClauseTokens) return {};
    for (uint32_t k = sb; k <= last; ++k) {
      if (a_.tokens[k].kind == TokenKind::kQuote) return {};
    }
    return LeadingNamePhrase(a_, sb, last + 1);
  }

  uint32_t ParagraphOfByte(uint32_t byte) const {
    auto it = std::upper_bound(a_.tokens.begin(), a_.tokens.end(), byte,
                               [](uint32_t b, const Token& t) { return b < t.begin; });
    const size_t i = it == a_.tokens.begin() ? 0 : (it - a_.tokens.begin()) - 1;
    return a_.paragraph_of[i];
  }

  // --- Reported speech ------------------------------------------------------

  void IndirectClaim(uint32_t i) {
    if (used_[i] || a_.InQuote(i) || !a_.IsWord(i)) return;
    if (a_.Is(i, "according") && a_.Is(i + 1, "to")) return AccordingTo(i);
    if (CueAt(a_, i, kCueThat | kCueObject) != nullptr) ReportingVerb(i);
  }

  // CLAUSE, according to X.  /  According to X, CLAUSE.
  void AccordingTo(uint32_t i) {
    const uint32_t sb = a_.SentenceBegin(i);
    const uint32_t se = a_.SentenceEnd(i);
    const SourcePhrase sp = NounPhraseAfter(a_, i + 2, se);
    if (sp.np.empty()) return;
    Claim c;
    c.type = AttributionType::kIndirect;
    if (i > sb && a_.IsPunct(i - 1, ',')) {
      if (!SetContent(ClauseStart(sb, i - 1), i - 1, &c)) return;
    } else if (i == sb && a_.IsPunct(sp.np.end, ',')) {
      if (!SetContent(sp.np.end + 1, ClauseEnd(a_, sp.np.end + 1, se), &c)) return;
    } else {
      return;
    }
    SetSource(sp, {i, i + 2}, &c);
    Add(std::move(c));
  }

  // X reported (Monday) that CLAUSE / X accused Y of Z / X said CLAUSE /
  // CLAUSE, X said.
  void ReportingVerb(uint32_t i) {
    const uint32_t sb = a_.SentenceBegin(i);
    const uint32_t se = a_.SentenceEnd(i);
    const CueInfo* cue = CueAt(a_, i, 0xFF);
    if (HasSpeaker(i)) {
      Claim c;
      c.type = AttributionType::kIndirect;
      const uint32_t b = ComplementStart(i, se, *cue);
      const uint32_t e = b == i + 1 && (cue->tags & kCueObject) ? FirstComma(b, se)
                                                              : ClauseEnd(a_, b, se);
      if (b != kNoMark && SetContent(b, e, &c) && SetSubject(i, &c)) {
        Add(std::move(c));
        return;
      }
    }
    FinalReportingClause(i, sb, se, SubjectBefore(a_, i, sb));
  }

  // Where the words that may belong to a noun phrase, ending at `b`, start
  // (not before `limit`): "the state" before "Department of Transportation".
  uint32_t NounPhraseWordsBefore(uint32_t b, uint32_t limit) const {
    while (b > limit && MayBeInNounPhrase(a_, b - 1)) --b;
    return b;
  }

  // ", officials said." / ", said Smith." after the clause they report.
  void FinalReportingClause(uint32_t i, uint32_t sb, uint32_t se, const SourcePhrase& subject) {
    Claim c;
    c.type = AttributionType::kIndirect;
    SourcePhrase sp = subject;
    uint32_t comma;
    uint32_t frame_end;  // where the reporting clause ends: a comma or the sentence end
    const uint32_t np_start = sp.np.empty() ? sb : NounPhraseWordsBefore(sp.np.begin, sb);
    if (!sp.np.empty() && np_start > sb && a_.IsPunct(np_start - 1, ',')) {
      comma = np_start - 1;
      if (!OnlyAdjunctsUntilEnd(i + 1, se)) return;
      frame_end = AdjunctsEnd(i + 1, se);
    } else if (i > sb && a_.IsPunct(i - 1, ',')) {
      comma = i - 1;
      sp = NounPhraseAfter(a_, i + 1, se);
      frame_end = sp.appositive.empty() ? sp.np.end : sp.appositive.end;
      if (sp.np.empty()) return;
      if (frame_end < se && !IsTerminal(a_.tokens[frame_end], a_.text) &&
          !a_.IsPunct(frame_end, ',')) {
        return;
      }
    } else {
      return;
    }
    if (!SetContent(ClauseStart(sb, comma), comma, &c)) return;
    SetSource(sp, CueSpan(i), &c);
    AddRestOfSentence(frame_end, se, &c);
    Add(std::move(c));
  }

  // Where the adjuncts after a cue stop: at a comma, a sentence end or `se`.
  uint32_t AdjunctsEnd(uint32_t b, uint32_t se) const {
    uint32_t k = b;
    while (k < se && !IsTerminal(a_.tokens[k], a_.text) && !a_.IsPunct(k, ',')) ++k;
    return k;
  }

  // "But to prevent problems, he said, local officials should be vigilant":
  // a reporting clause set off by commas inside the sentence it reports; the
  // words after it are the content's second part. Not when they start
  // another claim (", adding that ...", ", according to ...") or hold a
  // quotation (that has its own claim).
  void AddRestOfSentence(uint32_t comma, uint32_t se, Claim* c) const {
    if (comma >= se || !a_.IsPunct(comma, ',')) return;
    const uint32_t b = comma + 1;
    if (b >= se || !a_.IsWord(b) || CueAt(a_, b, 0xFF) != nullptr || a_.Is(b, "according") ||
        a_.Is(b, "and") || a_.Is(b, "or") || a_.Is(b, "who") || a_.Is(b, "which")) {
      return;
    }
    uint32_t e = ClauseEnd(a_, b, se);
    while (e > b && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
    uint32_t words = 0;
    for (uint32_t k = b; k < e; ++k) {
      if (a_.tokens[k].kind == TokenKind::kQuote || a_.InQuote(k) || used_[k]) return;
      if (CueAt(a_, k, 0xFF) != nullptr) return;  // another reporting verb: its own claim
      words += a_.IsWord(k);
    }
    if (words < 3) return;
    c->content.push_back({a_.tokens[b].begin, a_.tokens[e - 1].end});
  }

  // "accused the DHS leader of working against the operation, also on Fox
  // News": an object complement ends at its first comma.
  uint32_t FirstComma(uint32_t b, uint32_t se) const {
    const uint32_t e = ClauseEnd(a_, b, se);
    for (uint32_t k = b; k < e; ++k) {
      if (a_.IsPunct(k, ',')) return k;
    }
    return e;
  }

  // After the cue, only adjuncts ("Tuesday", "in a statement") up to the
  // sentence end or a comma.
  bool OnlyAdjunctsUntilEnd(uint32_t b, uint32_t se) const {
    uint32_t n = 0;
    for (uint32_t k = b; k < se; ++k) {
      if (IsTerminal(a_.tokens[k], a_.text) || a_.IsPunct(k, ',')) return true;
      if (a_.tokens[k].kind == TokenKind::kQuote || a_.Is(k, "that") || ++n > 6) return false;
    }
    return true;
  }

  // Where the reported content after cue `i` starts, or kNoMark.
  uint32_t ComplementStart(uint32_t i, uint32_t se, const CueInfo& cue) const {
    // "said on CBS's "Face the Nation," that": words outside quote marks
    // count towards the window; a title in quote marks, with its comma, does
    // not stop the search.
    for (uint32_t t = i + 1, words = 0; t < se && words <= kThatWindow; ++t) {
      if (a_.Is(t, "that")) return t;  // PARC: the complementizer is content
      const TokenKind kind = a_.tokens[t].kind;
      if (kind == TokenKind::kQuote && t + 1 < se && a_.quote_of[t + 1] >= 0) {
        const Quote& q = a_.quotes.quotes[a_.quote_of[t + 1]];
        if (!LooksLikeTitle(q, /*anywhere=*/true)) break;
        t = std::max(t, q.pieces.back().close != kNoMark ? q.pieces.back().close : q.pieces.back().last);
        if (t + 1 < se && a_.IsPunct(t + 1, ',')) ++t;
        continue;
      }
      if (kind != TokenKind::kWord && kind != TokenKind::kNumber) break;
      ++words;
    }
    // "told" takes a listener, then the content ("told reporters the plan
    // was dead"); the other object verbs report their object too ("urged
    // Trump to apologize").
    if ((cue.tags & kCueObject) && cue.lemma != "tell") return i + 1;
    if (cue.lemma != "say" && cue.lemma != "tell") return kNoMark;
    uint32_t b = i + 1;
    while (b < se && a_.IsWord(b) && a_.lexicon->IsTimeWord(a_.Lower(b))) ++b;
    if (cue.lemma == "tell") b = ListenerEnd(b, se);  // told reporters ...
    // A clause starts with its subject, not a preposition ("said on Tuesday";
    // "at least a dozen" is a quantity).
    const bool quantity = a_.Is(b, "at") && (a_.Is(b + 1, "least") || a_.Is(b + 1, "most"));
    if (b + 4 > se || !a_.IsWord(b) || (IsPreposition(a_.Lower(b)) && !quantity)) return kNoMark;
    return b;
  }

  // Where the listener after "told" ends: an object pronoun ("told me the
  // plan ..."), or a noun phrase cut where a determiner starts the reported
  // clause's subject ("told reporters the bridge ...").
  uint32_t ListenerEnd(uint32_t b, uint32_t se) const {
    static constexpr std::string_view kObjects[] = {"me", "us", "him", "her", "them", "you"};
    for (std::string_view w : kObjects) {
      if (a_.Is(b, w)) return b + 1;
    }
    const uint32_t e = NounPhraseAfter(a_, b, se).np.end;
    if (e <= b) return b;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (IsDeterminer(a_.Lower(k))) return k;
    }
    return e;
  }

  static bool IsDeterminer(std::string_view w) {
    return IsArticleOrPossessive(w) || w == "this" || w == "these" || w == "those";
  }

  static bool IsPreposition(std::string_view w) {
    return w == "on" || w == "in" || w == "at" || w == "to" || w == "for" || w == "with" ||
           w == "by" || w == "from" || w == "about" || w == "after" || w == "before" ||
           w == "during" || w == "of" || w == "as" || w == "into" || w == "through";
  }

  // "Source: ICE raids delayed ..." — a headline convention.
  // In the title (the first paragraph) a name does the same: "Pence: Gennifer
  // Flowers Won't Be at Debate", "Poll: Wealthy Voters Abandon ...". Not the
  // labels headlines carry ("Exclusive:", "Watch:", "Opinion:").
  void HeadlineClaims() {
    for (uint32_t p : a_.paragraph_starts) {
      if (!a_.IsWord(p) || !a_.tokens[p].upper) continue;
      uint32_t colon = p + 1;
      if (p == 0) {  // the title: up to four capitalised words
        while (colon < p + 4 && a_.IsWord(colon) && a_.tokens[colon].upper) ++colon;
      }
      if (!a_.IsPunct(colon, ':')) continue;
      if (colon == p + 1 && !a_.lexicon->IsAnonymousHead(a_.Lower(p)) &&
          (p != 0 || IsHeadlineLabel(a_.Lower(p)))) {
        continue;
      }
      const uint32_t end = a_.ParagraphEnd(p);
      if (end <= colon + 2 || IsTerminal(a_.tokens[end - 1], a_.text) || used_[colon + 1]) continue;
      Claim c;
      c.type = AttributionType::kIndirect;
      if (!SetContent(colon + 1, end, &c)) continue;
      c.source = {p, colon};
      c.cue = {colon, colon + 1};
      Add(std::move(c));
    }
  }

  static bool IsHeadlineLabel(std::string_view w) {
    static constexpr std::string_view kLabels[] = {
        "exclusive", "breaking", "update", "updated", "watch", "video", "videos", "photos", "photo",
        "live", "opinion", "editorial", "analysis", "review", "explainer", "interview", "podcast",
        "letters", "obituary", "correction", "transcript", "listen", "quiz", "recap", "timeline"};
    return std::find(std::begin(kLabels), std::end(kLabels), w) != std::end(kLabels);
  }

  // --- Shared ---------------------------------------------------------------

  // Where a clause ending at `e` starts: the sentence start, at most
  // kMaxClauseTokens back.
  static uint32_t ClauseStart(uint32_t sentence, uint32_t e) {
    return std::max(sentence, e > kMaxClauseTokens ? e - kMaxClauseTokens : 0);
  }

  // Content tokens [b, e) without surrounding punctuation; fails when empty
  // or when it overlaps a quotation that already has its claim. A quotation
  // without one inside the content makes the claim mixed ("According to X,
  // the move reeks of "fear""). Reported speech may nest: "X reported that Y
  // said that ...".
  bool SetContent(uint32_t b, uint32_t e, Claim* c) {
    if (b < e && b == a_.ParagraphBegin(b)) b = AfterDateline(b, e);
    while (b < e && a_.tokens[b].kind == TokenKind::kPunct) ++b;
    while (e > b && a_.tokens[e - 1].kind == TokenKind::kPunct) --e;
    uint32_t words = 0;
    bool quoted = false;
    for (uint32_t k = b; k < e; ++k) {
      const int q = a_.quote_of[k];
      if (a_.InQuote(k) && (q < 0 || quote_claimed_[q])) return false;
      quoted |= a_.InQuote(k);
      words += a_.IsWord(k);
    }
    if (words < 2) return false;
    c->content = {{a_.tokens[b].begin, a_.tokens[e - 1].end}};
    if (quoted) c->type = AttributionType::kMixed;
    return true;
  }

  // "WASHINGTON — …", "SACRAMENTO, Calif. (AP) — …": a dateline opening a
  // paragraph is no part of what anyone said. The token after its dash, or
  // `b` when the paragraph has none: a place in capitals, then at most a few
  // abbreviations, capitalised words and a wire service in parentheses.
  uint32_t AfterDateline(uint32_t b, uint32_t e) const {
    if (!a_.IsWord(b) || !IsAllCaps(a_.Str(b))) return b;
    for (uint32_t k = b + 1; k < e && k < b + 12; ++k) {
      if (a_.tokens[k].kind == TokenKind::kDash) return k + 1;
      if (a_.tokens[k].kind == TokenKind::kQuote || IsTerminal(a_.tokens[k], a_.text)) return b;
      if (a_.IsWord(k) && !a_.tokens[k].upper) return b;
    }
    return b;
  }

  TokenRange CueSpan(uint32_t cue) const {
    uint32_t b = cue;
    while (b > 0 && (a_.Is(b - 1, "had") || a_.Is(b - 1, "has") || a_.Is(b - 1, "have") ||
                     a_.Is(b - 1, "would") || a_.Is(b - 1, "will"))) {
      --b;
    }
    return {b, cue + 1};
  }

  bool SetSource(const SourcePhrase& sp, TokenRange cue, Claim* c) {
    if (sp.np.empty()) return false;
    c->source = sp.np;
    c->appositive = sp.appositive;
    // "Patrick McGinley, a law professor at West Virginia University": the
    // source mention as annotators mark it takes in its appositive.
    if (!sp.appositive.empty() && sp.appositive.begin == sp.np.end + 1 &&
        a_.IsPunct(sp.np.end, ',')) {
      c->shown_source = {sp.np.begin, sp.appositive.end};
    }
    c->via = sp.via;
    c->cue = cue;
    return true;
  }

  // Records a claim; returns true so that rules can `return Add(...)`.
  bool Add(Claim c) {
    const int index = static_cast<int>(claims_.size());
    for (uint32_t k = c.cue.begin; k < c.cue.end; ++k) {
      used_[k] = true;
      cue_owner_[k] = index;
    }
    claims_.push_back(std::move(c));
    return true;
  }

  // Claims by first content offset; `inherits` renumbered to match.
  std::vector<Claim> Sorted() {
    std::vector<int> order(claims_.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int x, int y) {
      return claims_[x].content.front().first < claims_[y].content.front().first;
    });
    std::vector<int> rank(claims_.size());
    for (size_t r = 0; r < order.size(); ++r) rank[order[r]] = static_cast<int>(r);
    std::vector<Claim> out;
    out.reserve(claims_.size());
    for (int k : order) {
      out.push_back(std::move(claims_[k]));
      if (out.back().inherits >= 0) out.back().inherits = rank[out.back().inherits];
    }
    return out;
  }

  const Article& a_;
  const Options& options_;
  std::vector<bool> used_;       // tokens already a cue or content of a claim
  std::vector<int> cue_owner_;   // per token: the claim whose cue it is
  std::vector<Claim> claims_;
  std::vector<bool> quote_claimed_;  // per quotation: some claim holds it
  uint32_t last_quote_end_ = 0;
};

}  // namespace

std::vector<Claim> FindClaims(const Article& article, const Options& options) {
  return Finder(article, options).Run();
}

}  // namespace whosaid::internal
