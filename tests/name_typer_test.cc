// Copyright 2026 The whosaid Authors.
//
// The name typer: the model shipped in data/models/names.model types the
// names of news writing, a model file survives its round trip and a
// corrupt one is an error, and training is reproducible.
#include "speakers/name_typer.h"

#include <gtest/gtest.h>

#include <string>

#include "attribution/article.h"
#include "lexicon/lexicon.h"
#include "readers/entity_conllu_reader.h"
#include "speakers/name_typer_trainer.h"
#include "speakers/speaker_resolver.h"
#include "text/normalize.h"

namespace whosaid::internal {
namespace {

// The type FindNamedMentions gives the name that starts with `name` in `text`.
std::string TypeOf(const std::string& text, const std::string& name) {
  const NormalizedText norm = Normalize(text);
  const Article a = BuildArticle(norm.text, Lexicon::Default(), 1 << 16);
  for (const NamedMention& m : FindNamedMentions(a)) {
    if (a.Text(m.range).starts_with(name)) return std::string(m.type);
  }
  return "(no name)";
}

TEST(NameTyper, TypesTheNamesOfNewsWriting) {
  const struct {
    const char* text;
    const char* name;
    const char* type;
  } cases[] = {
      {"Protests spread to Athens on Sunday.", "Athens", "place"},
      {"The storm hit Oregon and Washington overnight.", "Oregon", "place"},
      {"Mayor Jane Smith said the city was ready.", "Mayor Jane Smith", "person"},
      {"The Department of Homeland Security declined to comment.", "Department of Homeland Security",
       "organization"},
      {"Officials with the Los Angeles Police Department said they would not take part.",
       "Los Angeles Police Department", "organization"},
      {"The talks resume in August, officials said.", "August", "time"},
  };
  for (const auto& c : cases) EXPECT_EQ(TypeOf(c.text, c.name), c.type) << c.text;
}

TEST(NameTyper, AModelSurvivesItsRoundTrip) {
  Result<const NameTyper*> typer = NameTyper::Default();
  ASSERT_TRUE(typer.ok()) << typer.status().ToString();
  const std::string bytes = (*typer)->Serialize();
  Result<NameTyper> again = NameTyper::FromBytes(bytes);
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->Serialize(), bytes);
  EXPECT_EQ(again->notes(), (*typer)->notes());
}

TEST(NameTyper, ACorruptModelIsAnErrorNotACrash) {
  Result<const NameTyper*> typer = NameTyper::Default();
  ASSERT_TRUE(typer.ok());
  const std::string bytes = (*typer)->Serialize();
  for (size_t cut : {size_t{0}, size_t{10}, bytes.size() / 2, bytes.size() - 1}) {
    Result<NameTyper> t = NameTyper::FromBytes(std::string_view(bytes).substr(0, cut));
    ASSERT_FALSE(t.ok()) << cut;
    EXPECT_EQ(t.status().code(), StatusCode::kCorrupt) << cut;
  }
}

// Three little documents in GUM's format: a person, a place, an organisation.
constexpr char kGum[] =
    "# newdoc id = d1\n"
    "1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(1-person-new-x-x-1-coref\n"
    "2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)\n"
    "3\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tLyon\tLyon\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(2-place-new-x-x-1-sgl)|SpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# newdoc id = d2\n"
    "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-x-x-1-sgl\n"
    "2\tCity\tCity\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
    "3\tCouncil\tCouncil\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
    "4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";

TEST(NameTyperTrainer, SameDataAndSeedGiveTheSameModel) {
  Result<std::vector<EntityDocument>> docs = ParseEntityConllu(kGum, "t");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  const std::vector<NameExample> examples = NameExamples(*docs, 1 << 16);
  ASSERT_EQ(examples.size(), 3u);  // Anna Berg, Lyon, City Council
  NameTyperTrainingOptions options;
  options.iterations = 3;
  auto quiet = [](std::string_view) {};
  Result<NameTyper> a = TrainNameTyper(examples, examples, options, quiet);
  Result<NameTyper> b = TrainNameTyper(examples, examples, options, quiet);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->Serialize(), b->Serialize());
  EXPECT_DOUBLE_EQ(NameTypeAccuracy(*a, examples), 1.0);
}

TEST(NameTyperTrainer, NoExamplesIsAnError) {
  Result<NameTyper> t = TrainNameTyper({}, {}, {}, [](std::string_view) {});
  EXPECT_EQ(t.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace whosaid::internal
