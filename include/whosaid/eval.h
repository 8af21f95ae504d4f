// Copyright 2026 The whosaid Authors.
//
// Scoring against hand-made gold attributions (whosaid-gold v1, described in
// docs/evaluation.md and ../shared/corpus/README.md).
//
// A gold content span is found when a predicted content span shares at least
// 80% of its \w+ tokens with it, in both directions (the prediction is not
// much longer either); a leading "that" is left out of both (whosaid, like
// PARC and PolNeAR, keeps the complementizer in reported speech; the
// hand-made gold does not). Spans, not attributions, are matched, so a quote that
// gold splits in two and whosaid keeps as one attribution with two spans (or
// the reverse) is still found. The speaker is right when the predicted
// canonical name equals the gold speaker or one of its aliases (case and
// spacing aside). A predicted attribution none of whose spans matches any
// gold span, required or optional, is spurious.
#ifndef WHOSAID_EVAL_H_
#define WHOSAID_EVAL_H_

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "whosaid/status.h"
#include "whosaid/whosaid.h"

namespace whosaid {

struct GoldReport {
  std::string id;
  int required_spans = 0;     // gold content spans of non-optional attributions
  int optional_spans = 0;
  int found = 0;              // required spans matched by a prediction
  int right_speaker = 0;      // ... whose attribution has the gold speaker
  int predicted = 0;          // predicted attributions
  int spurious = 0;           // predicted attributions matching no gold span
  std::vector<std::string> misses;          // one readable line each
  std::vector<std::string> wrong_speakers;
  std::vector<std::string> spurious_lines;

  // The findings, one per line, then one summary line.
  std::string ToText() const;
  // The counts as one JSON object.
  std::string ToJson() const;
};

// Reads the gold file at `path`, analyses its "text" with `analyzer` and
// scores the result. Fails with kNotFound, kIoError or kCorrupt (the file is
// not gold JSON), or with whatever Analyze fails with.
Result<GoldReport> EvaluateGold(const Analyzer& analyzer, const std::string& path);

// ---------------------------------------------------------------------------
// Scoring against brat standoff gold in the PolNeAR layout (DIR/text/NAME.txt,
// DIR/attributions/NAME_<annotator>.ann; see docs/accuracy.md).
//
// Every gold and predicted attribution has up to three roles: content,
// source and cue, each a set of text fragments. Per role two scores:
//
//  * exact span: a role mention is its fragments after trimming surrounding
//    white space and quote marks (and end punctuation . , ; : ! ? … at the
//    end), merging fragments whose gap holds no word character. Mentions are
//    deduplicated per document; a predicted mention is right when a gold
//    mention of the same role has exactly the same fragments.
//  * token overlap: tokens are \w+ runs; per document the tokens covered by
//    gold mentions of the role and those covered by predicted ones are two
//    sets, and their intersection counts as true positives.
//
// Both are also given for the attributions with quote marks and those
// without: an attribution has quote marks when a double quotation mark lies
// inside its content or right next to it (one character either side), for
// gold and predictions alike.
//
// Speaker: for each gold attribution whose content a prediction matches (at
// least 80% of the tokens shared in both directions, as EvaluateGold does),
// the source is right when the predicted source span shares a token with the
// gold source span, or both have none. PolNeAR marks source mentions, not
// identities, so this checks the mention the speaker was resolved from.
//
// An article annotated by several annotators is scored once, against the
// annotation file whose annotator id sorts first (see brat_reader.h); the
// report counts the files left out.

// True positives, predictions and gold items of one score.
struct PrfCounts {
  int64_t true_positives = 0;
  int64_t predicted = 0;
  int64_t gold = 0;

  double Precision() const;  // 0 when nothing was predicted
  double Recall() const;     // 0 when there is no gold
  double F1() const;
  PrfCounts& operator+=(const PrfCounts& other);
};

enum class SpanRole { kContent = 0, kSource = 1, kCue = 2 };
inline constexpr int kSpanRoles = 3;
const char* SpanRoleName(SpanRole role);  // "content", "source", "cue"

struct RoleScores {
  PrfCounts exact;    // mentions
  PrfCounts overlap;  // tokens
};

// Scores of one subset of attributions, indexed by SpanRole.
struct SubsetScores {
  int64_t gold_attributions = 0;
  int64_t predicted_attributions = 0;
  RoleScores roles[kSpanRoles];
  SubsetScores& operator+=(const SubsetScores& other);
};

struct BratReport {
  std::string corpus;          // the directory scored
  int documents = 0;
  int multi_annotated = 0;     // articles with several annotation files
  int extra_annotations = 0;   // annotation files not scored
  SubsetScores all;
  SubsetScores quoted;         // attributions with quote marks
  SubsetScores unquoted;       // ... and without
  int64_t speaker_checked = 0;  // gold attributions whose content was matched
  int64_t speaker_right = 0;
  // Predicted attributions whose source mention is a pronoun ("he", "she",
  // "they", "who" ...), and those of them whose speaker has no name: the
  // pronoun was not resolved to an identity.
  int64_t pronoun_sources = 0;
  int64_t pronoun_sources_unnamed = 0;

  BratReport& operator+=(const BratReport& other);  // adds the counts
  // A table: per subset and role, exact and overlap P/R/F1 in percent.
  std::string ToText() const;
  // The same counts and scores as one JSON object.
  std::string ToJson() const;
};

// Reads the brat corpus in `dir`, analyses every article with `analyzer` and
// scores the result. Fails with kNotFound (no such corpus, an annotation
// file without its article), kCorrupt (a malformed annotation file),
// kLimitExceeded, or whatever Analyze fails with, naming the file.
Result<BratReport> EvaluateBrat(const Analyzer& analyzer, const std::string& dir);

// Article extraction scored on the Article Extraction Benchmark (a folder
// with ground-truth.json and html/<id>.html.gz). The metric (as
// ../shared/README.md gives it): texts split into \w+ tokens, 4-token
// shingles counted as multisets; per page tp = sum of min counts, fp and fn
// the excess on each side; precision tp/(tp+fp) and recall tp/(tp+fn)
// averaged over pages (a page where both fp and fn are 0 scores 1.0; pages
// where a ratio is undefined are left out of its mean); F1 from the means.
struct ExtractionReport {
  int pages = 0;
  int failed = 0;          // pages whose extraction returned an error (scored as empty)
  double precision = 0;
  double recall = 0;
  double f1 = 0;
  double seconds = 0;      // extraction time (decompressed HTML in, text out), one thread
  std::vector<std::pair<std::string, double>> worst;  // the 10 lowest page F1s, with ids

  std::string ToText() const;
  std::string ToJson() const;
};

// Fails with kNotFound / kCorrupt when `aeb_dir` lacks a readable ground truth.
Result<ExtractionReport> EvaluateExtraction(const std::string& aeb_dir, const Options& options);

// ---------------------------------------------------------------------------
// Scoring entities and speakers against GUM's gold entities: CoNLL-U files
// whose MISC column carries Entity=(id-type-...) brackets (../shared/ud/gum).
// Each document's text is rebuilt from its words and analysed as an article.
//
//  * named-mention type: gold mentions whose head word is a proper noun
//    (UPOS PROPN). Found when a name whosaid finds (FindNamedMentions)
//    covers the head word; right when its type equals the gold type.
//    Accuracy is right / all gold named mentions (missed ones count wrong).
//  * speaker resolution: gold person and organisation mentions whose head
//    word is the subject (nsubj) or passive agent (obl:agent) of a reporting
//    verb (reporting_verbs.txt), when their entity has a proper-name
//    mention. When the source of one of whosaid's own attributions (rules
//    and model, as Analyze finds them) covers the head word, its speaker is
//    whosaid's choice; otherwise the gold mention is given to the speaker
//    resolver as the source of that verb, among whosaid's own attributions.
//    Right when the canonical name equals the entity's longest proper name:
//    the name around the head of one of its proper-noun mentions (proper
//    nouns, capitalised words and connectors between them, leading titles
//    and a final possessive left out; "Director of the ..." is a role, not
//    a name), compared on lowercase letters and digits, a leading "the"
//    aside.
//  * coreference: MUC, B-cubed and CEAF-e between gold entities and the
//    entities whosaid builds from the names it finds and the sources of its
//    own attributions (no gold information goes into them). A whosaid
//    mention stands for the smallest gold mention that contains it and
//    whose head word it covers; entities with one mention are left out on
//    both sides (the CoNLL-2012 convention).

// Numerators and denominators of a coreference score's precision and recall.
struct CorefCounts {
  double precision_num = 0;
  double precision_den = 0;
  double recall_num = 0;
  double recall_den = 0;

  double Precision() const;  // 0 when the denominator is 0
  double Recall() const;
  double F1() const;
  CorefCounts& operator+=(const CorefCounts& other);
};

struct GumReport {
  std::string corpus;
  int documents = 0;
  int64_t named_mentions = 0;     // gold mentions headed by a proper noun
  int64_t named_found = 0;        // ... covered by a name whosaid finds
  int64_t named_type_right = 0;   // ... whose whosaid type is the gold type
  std::map<std::string, int64_t> type_confusion;  // "place as person": found, typed wrong
  int64_t speaker_mentions = 0;   // reporting-verb subjects with a named entity
  int64_t speaker_right = 0;      // ... resolved to the entity's longest proper name
  int64_t speaker_found = 0;      // ... that are the source of one of whosaid's own attributions
  int64_t speaker_interlocutors = 0;        // ... that are I, you or we
  int64_t speaker_interlocutors_right = 0;
  int64_t speaker_unnamed = 0;    // reporting-verb subjects whose entity has no proper name (not scored)
  CorefCounts muc, b_cubed, ceaf_e;
  std::vector<std::string> wrong_speakers;  // "doc: mention -> predicted (gold: name)"
  std::vector<std::string> wrong_types;     // "doc: name gold-type as type" or "... not found"

  GumReport& operator+=(const GumReport& other);
  // The wrong name types and wrong speakers (200 of each at most), one per
  // line, then the scores.
  std::string ToText() const;
  std::string ToJson() const;
};

// Reads the CoNLL-U file at `path`, analyses every document with the
// analyzer's options and scores it. Fails with kNotFound, kIoError or
// kCorrupt (a malformed file), naming it.
Result<GumReport> EvaluateGum(const Analyzer& analyzer, const std::string& path);

}  // namespace whosaid

#endif  // WHOSAID_EVAL_H_
