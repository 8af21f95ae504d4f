// Copyright 2026 The whosaid Authors.
#include "attribution/model/trainer.h"

#include <algorithm>
#include <map>
#include <optional>
#include <random>

#include "attribution/attribution_finder.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "whosaid/options.h"

namespace whosaid::internal {
namespace {

constexpr int kMinCueCount = 5;      // LearnCueWords, for the model
constexpr double kMinCueShare = 0.3;

using Transitions = std::array<float, (kModelTags + 1) * kModelTags>;

// An article's features and gold tags, as the perceptron reads them.
struct TrainingExample {
  std::vector<uint32_t> features;
  std::vector<uint8_t> gold;
  std::vector<uint32_t> paragraph_starts;
};

struct Mention {
  int role;  // TagRole numbering: 0 source, 1 cue, 2 content
  const std::vector<CodepointRange>* fragments;
  uint64_t length;
};

// BratRole -> TagRole.
int RoleFromBrat(int brat_role) {
  return brat_role == kBratSource ? 0 : brat_role == kBratCue ? 1 : 2;
}

std::vector<uint8_t> GoldTags(const BratDocument& doc, const std::vector<CodepointRange>& token_cps) {
  std::vector<Mention> mentions;
  for (const BratAttribution& att : doc.attributions) {
    for (int r = 0; r < kBratRoles; ++r) {
      uint64_t length = 0;
      for (const auto& [b, e] : att.roles[r]) length += e - b;
      if (length > 0) mentions.push_back({RoleFromBrat(r), &att.roles[r], length});
    }
  }
  // Longest first, so that a nested attribution's shorter spans overwrite.
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& x, const Mention& y) { return x.length > y.length; });
  std::vector<int> owner(token_cps.size(), -1);
  for (size_t m = 0; m < mentions.size(); ++m) {
    for (const auto& [fb, fe] : *mentions[m].fragments) {
      const auto first = std::lower_bound(token_cps.begin(), token_cps.end(), CodepointRange{fb, 0});
      for (size_t i = first == token_cps.begin() ? 0 : first - token_cps.begin() - 1;
           i < token_cps.size() && token_cps[i].first < fe; ++i) {
        const auto [tb, te] = token_cps[i];
        const uint32_t inside = std::min(te, fe) > std::max(tb, fb) ? std::min(te, fe) - std::max(tb, fb) : 0;
        if (2 * inside > te - tb) owner[i] = static_cast<int>(m);
      }
    }
  }
  std::vector<uint8_t> tags(token_cps.size(), kTagO);
  for (size_t i = 0; i < tags.size(); ++i) {
    if (owner[i] < 0) continue;
    const bool continues = i > 0 && owner[i - 1] == owner[i];
    tags[i] = static_cast<uint8_t>(1 + 2 * mentions[owner[i]].role + (continues ? 1 : 0));
  }
  return tags;
}

// Exact chunk counts per role: true positives, predicted, gold.
struct ChunkCounts {
  int64_t tp[3] = {0, 0, 0}, pred[3] = {0, 0, 0}, gold[3] = {0, 0, 0};
};

std::vector<std::pair<int, TokenRange>> TagChunks(const std::vector<uint8_t>& tags) {
  std::vector<std::pair<int, TokenRange>> out;
  for (uint32_t i = 0; i < tags.size(); ++i) {
    const int role = TagRole(tags[i]);
    if (role < 0) continue;
    if ((tags[i] - 1) % 2 == 0 || out.empty() || out.back().second.end != i) {
      out.push_back({role, {i, i}});
    }
    out.back().second.end = i + 1;
  }
  return out;
}

void CountChunks(const std::vector<uint8_t>& gold, const std::vector<uint8_t>& pred, ChunkCounts* c) {
  const auto g = TagChunks(gold), p = TagChunks(pred);
  for (const auto& [role, r] : g) ++c->gold[role];
  for (const auto& [role, r] : p) {
    ++c->pred[role];
    for (const auto& [grole, gr] : g) {
      if (grole == role && gr.begin == r.begin && gr.end == r.end) ++c->tp[role];
    }
  }
}

class Perceptron {
 public:
  Perceptron(uint32_t bits, CueWords cue_words, bool syntax)
      : syntax_(syntax),
        bits_(bits),
        w_((size_t{1} << bits) * kModelTags, 0.0f),
        u_(w_.size(), 0.0f),
        cue_words_(std::move(cue_words)) {
    t_.fill(0.0f);
    tu_.fill(0.0f);
  }

  // One structured update on a paragraph of `ex`; returns wrong tags.
  int Learn(const TrainingExample& ex, uint32_t begin, uint32_t end, std::vector<float>* scores,
            std::vector<uint8_t>* pred) {
    ++c_;
    ScoreRange(ex, begin, end, scores);
    Viterbi(*scores, begin, end, t_.data(), pred);
    int wrong = 0;
    const size_t per_token = ex.gold.empty() ? 0 : ex.features.size() / ex.gold.size();
    for (uint32_t i = begin; i < end; ++i) {
      const uint8_t g = ex.gold[i], p = (*pred)[i];
      const uint8_t gprev = i == begin ? 0 : ex.gold[i - 1] + 1;
      const uint8_t pprev = i == begin ? 0 : (*pred)[i - 1] + 1;
      if (g != p) {
        ++wrong;
        const uint32_t* f = &ex.features[static_cast<size_t>(i) * per_token];
        for (size_t k = 0; k < per_token; ++k) {
          Update(&w_, &u_, static_cast<size_t>(f[k]) * kModelTags + g, 1.0f);
          Update(&w_, &u_, static_cast<size_t>(f[k]) * kModelTags + p, -1.0f);
        }
      }
      if (g != p || gprev != pprev) {
        UpdateT(gprev * kModelTags + g, 1.0f);
        UpdateT(pprev * kModelTags + p, -1.0f);
      }
    }
    return wrong;
  }

  AttributionModel Averaged() const {
    std::vector<float> w(w_.size());
    for (size_t k = 0; k < w.size(); ++k) w[k] = w_[k] - u_[k] / static_cast<float>(c_);
    Transitions t;
    for (size_t k = 0; k < t.size(); ++k) t[k] = t_[k] - tu_[k] / static_cast<float>(c_);
    return AttributionModel(bits_, std::move(w), t, cue_words_, syntax_);
  }

 private:
  void ScoreRange(const TrainingExample& ex, uint32_t begin, uint32_t end,
                  std::vector<float>* scores) const {
    if (scores->size() < static_cast<size_t>(end) * kModelTags) {
      scores->resize(static_cast<size_t>(end) * kModelTags);
    }
    const size_t per_token = ex.gold.empty() ? 0 : ex.features.size() / ex.gold.size();
    for (uint32_t i = begin; i < end; ++i) {
      float* s = &(*scores)[static_cast<size_t>(i) * kModelTags];
      std::fill(s, s + kModelTags, 0.0f);
      const uint32_t* f = &ex.features[static_cast<size_t>(i) * per_token];
      for (size_t k = 0; k < per_token; ++k) {
        const float* w = &w_[static_cast<size_t>(f[k]) * kModelTags];
        for (int t = 0; t < kModelTags; ++t) s[t] += w[t];
      }
    }
  }
  void Update(std::vector<float>* w, std::vector<float>* u, size_t k, float d) {
    (*w)[k] += d;
    (*u)[k] += static_cast<float>(c_) * d;
  }
  void UpdateT(size_t k, float d) {
    t_[k] += d;
    tu_[k] += static_cast<float>(c_) * d;
  }

  bool syntax_;
  uint32_t bits_;
  std::vector<float> w_, u_;  // weights and their time-weighted sums
  Transitions t_, tu_;
  int64_t c_ = 1;
  CueWords cue_words_;
};

// Fisher-Yates with a fixed generator: the same order on every platform.
void Shuffle(std::vector<size_t>* v, std::mt19937* rng) {
  for (size_t i = v->size(); i > 1; --i) {
    const size_t j = (*rng)() % i;
    std::swap((*v)[i - 1], (*v)[j]);
  }
}

EpochReport Evaluate(const AttributionModel& model, const std::vector<TrainingExample>& dev) {
  ChunkCounts c;
  std::vector<float> scores;
  for (const TrainingExample& ex : dev) {
    const uint32_t n = static_cast<uint32_t>(ex.gold.size());
    CountChunks(ex.gold, model.TagTokens(ex.features, ex.paragraph_starts, n, &scores), &c);
  }
  EpochReport r;
  for (int role = 0; role < 3; ++role) {
    const double p = c.pred[role] ? double(c.tp[role]) / c.pred[role] : 0;
    const double rc = c.gold[role] ? double(c.tp[role]) / c.gold[role] : 0;
    r.dev_f1[role] = p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
    r.dev_mean_f1 += r.dev_f1[role] / 3;
  }
  return r;
}

std::vector<std::unique_ptr<LabeledArticle>> LabelCorpus(const BratCorpus& corpus, bool syntax) {
  std::vector<std::unique_ptr<LabeledArticle>> out;
  for (const BratDocument& d : corpus.documents) {
    out.push_back(LabelArticle(d));
    if (syntax) out.back()->syntax = ArticleSyntax(out.back()->article);
  }
  return out;
}

std::vector<TrainingExample> MakeExamples(const std::vector<std::unique_ptr<LabeledArticle>>& labeled,
                                          uint32_t bits, const CueWords& cue_words) {
  std::vector<TrainingExample> out;
  for (const auto& l : labeled) {
    TrainingExample ex;
    const Syntax* syntax = l->syntax.first_word.empty() ? nullptr : &l->syntax;
    ExtractFeatures(l->article, bits, cue_words, l->rule_tags, syntax, &ex.features);
    ex.gold = l->gold;
    ex.paragraph_starts = l->article.paragraph_starts;
    out.push_back(std::move(ex));
  }
  return out;
}

}  // namespace

std::unique_ptr<LabeledArticle> LabelArticle(const BratDocument& doc) {
  auto l = std::make_unique<LabeledArticle>();
  uint32_t invalid = 0;
  const std::string text = SanitizeUtf8(doc.text, &invalid);
  l->norm = Normalize(text);
  l->article = BuildArticle(l->norm.text, Lexicon::Default(), Options().max_quote_bytes);
  const CodepointIndex index(text);
  std::vector<CodepointRange> token_cps;
  for (const Token& t : l->article.tokens) {
    token_cps.push_back({index.ToCodepoint(l->norm.to_original.ToOriginal(t.begin)),
                         index.ToCodepoint(l->norm.to_original.ToOriginal(t.end))});
  }
  l->gold = GoldTags(doc, token_cps);
  l->rule_tags = RuleTags(l->article, FindClaims(l->article, Options()));
  return l;
}

CueWords LearnCueWords(const std::vector<std::unique_ptr<LabeledArticle>>& articles, int min_count,
                       double min_share) {
  std::map<std::string, std::pair<int, int>> counts;  // word -> (as cue, all)
  for (const auto& l : articles) {
    const Article& a = l->article;
    for (uint32_t i = 0; i < a.size(); ++i) {
      if (!a.IsWord(i)) continue;
      auto& c = counts[std::string(a.Lower(i))];
      c.first += TagRole(l->gold[i]) == 1;
      ++c.second;
    }
  }
  CueWords out;
  for (const auto& [word, c] : counts) {
    if (c.first >= min_count && c.first >= min_share * c.second) out.insert(word);
  }
  return out;
}

Result<AttributionModel> TrainAttributionModel(
    const BratCorpus& train, const BratCorpus& dev, const TrainOptions& options,
    const std::function<void(const EpochReport&)>& progress) {
  if (options.bits < 8 || options.bits > 24) return InvalidArgumentError("bits must be 8..24");
  const auto train_labeled = LabelCorpus(train, options.syntax);
  const CueWords cue_words = LearnCueWords(train_labeled, kMinCueCount, kMinCueShare);
  const std::vector<TrainingExample> train_ex = MakeExamples(train_labeled, options.bits, cue_words);
  const std::vector<TrainingExample> dev_ex = MakeExamples(LabelCorpus(dev, options.syntax), options.bits, cue_words);
  Perceptron perceptron(options.bits, cue_words, options.syntax);
  std::mt19937 rng(options.seed);
  std::vector<size_t> order(train_ex.size());
  for (size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::vector<float> scores;
  std::optional<AttributionModel> best;
  double best_f1 = -1;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    Shuffle(&order, &rng);
    int64_t wrong = 0, total = 0;
    for (size_t k : order) {
      const TrainingExample& ex = train_ex[k];
      const uint32_t n = static_cast<uint32_t>(ex.gold.size());
      std::vector<uint8_t> pred(n, kTagO);
      for (size_t p = 0; p < ex.paragraph_starts.size(); ++p) {
        const uint32_t end = p + 1 < ex.paragraph_starts.size() ? ex.paragraph_starts[p + 1] : n;
        wrong += perceptron.Learn(ex, ex.paragraph_starts[p], end, &scores, &pred);
      }
      total += n;
    }
    AttributionModel model = perceptron.Averaged();
    EpochReport report = Evaluate(model, dev_ex);
    report.epoch = epoch;
    report.train_token_accuracy = total ? 1.0 - double(wrong) / total : 0;
    if (progress) progress(report);
    if (report.dev_mean_f1 > best_f1) {
      best_f1 = report.dev_mean_f1;
      best.emplace(std::move(model));
    }
  }
  if (!best) return InvalidArgumentError("no epochs to train");
  return std::move(*best);
}

}  // namespace whosaid::internal
