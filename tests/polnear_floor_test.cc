// Copyright 2026 The whosaid Authors.
//
// Accuracy floors on PolNeAR dev (docs/accuracy.md): exact-span F1 per role
// of the rules with the learned model (the default), and of the model alone.
// Raise a floor when results improve; a drop below one fails CI.
#include <gtest/gtest.h>

#include "test_util.h"
#include "whosaid/eval.h"

namespace whosaid {
namespace {

constexpr char kDev[] = "gold/polnear/dev";

struct Floors {
  double content, source, cue;
};

void ExpectAtLeast(const BratReport& r, const Floors& f) {
  const auto f1 = [&](SpanRole role) { return 100 * r.all.roles[static_cast<int>(role)].exact.F1(); };
  EXPECT_GE(f1(SpanRole::kContent), f.content) << r.ToText();
  EXPECT_GE(f1(SpanRole::kSource), f.source) << r.ToText();
  EXPECT_GE(f1(SpanRole::kCue), f.cue) << r.ToText();
}

TEST(PolnearFloor, RulesWithModelStayAboveTheirFloors) {
  WHOSAID_REQUIRE_SHARED(kDev);
  const Analyzer analyzer;
  Result<BratReport> r = EvaluateBrat(analyzer, testing::SharedPath(kDev));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectAtLeast(*r, {52.0, 66.4, 63.8});
}

TEST(PolnearFloor, ModelAloneStaysAboveItsFloors) {
  WHOSAID_REQUIRE_SHARED(kDev);
  Options options;
  options.rules = false;
  const Analyzer analyzer(options);
  Result<BratReport> r = EvaluateBrat(analyzer, testing::SharedPath(kDev));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectAtLeast(*r, {51.0, 70.0, 64.4});
}

TEST(PolnearFloor, RulesAloneStayAboveTheirFloors) {
  WHOSAID_REQUIRE_SHARED(kDev);
  Options options;
  options.model = false;
  const Analyzer analyzer(options);
  Result<BratReport> r = EvaluateBrat(analyzer, testing::SharedPath(kDev));
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectAtLeast(*r, {45.9, 54.7, 53.4});
}

}  // namespace
}  // namespace whosaid
