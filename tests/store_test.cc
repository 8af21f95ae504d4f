// Copyright 2026 The whosaid Authors.
//
// The corpus store through its library API: what goes in comes out, ids are
// unique, the schema is versioned, and the queries answer from the
// hand-written multi-article fixtures in tests/data/store/.
#include "whosaid/store.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <functional>

#include "store/document_writer.h"
#include "store/sqlite.h"
#include "test_util.h"
#include "whosaid/ingest.h"
#include "whosaid/whosaid.h"

namespace whosaid {
namespace {

// A fresh database path, unique to the test and this process.
std::string TempDb(const std::string& name) {
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  return testing::ProcessTempDb(std::string("store-") + test->test_suite_name() + "-" + test->name() + "-" + name);
}

std::unique_ptr<Store> OpenOrDie(const std::string& path) {
  Result<std::unique_ptr<Store>> store = Store::Open(path);
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return store.ok() ? std::move(*store) : nullptr;
}

Document AnalyseOrDie(const std::string& text, const std::string& id) {
  Result<Document> doc = Analyzer().Analyze(text, id);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return *doc;
}

int64_t Count(const std::string& db_path, const std::string& sql) {
  internal::Db db;
  EXPECT_TRUE(db.Open(db_path).ok());
  Result<int64_t> n = db.QueryInt(sql);
  EXPECT_TRUE(n.ok()) << n.status().ToString();
  return n.ok() ? *n : -1;
}

// The column `name` of `table`, as strings, row by row.
std::vector<std::string> Column(const Table& table, const std::string& name) {
  std::vector<std::string> out;
  size_t c = 0;
  while (c < table.columns.size() && table.columns[c] != name) ++c;
  if (c == table.columns.size()) return {"(no column " + name + ")"};
  for (const auto& row : table.rows) {
    if (const auto* s = std::get_if<std::string>(&row[c])) out.push_back(*s);
    if (const auto* i = std::get_if<int64_t>(&row[c])) out.push_back(std::to_string(*i));
    if (std::holds_alternative<std::monostate>(row[c])) out.push_back("NULL");
  }
  return out;
}

constexpr const char* kArticle =
    "\"We are ready,\" Mayor Jane Smith said Friday. The storm hit on Saturday, "
    "according to the National Weather Service.";

TEST(Store, ADocumentComesBackAsTheAnalysisGaveIt) {
  const std::string path = TempDb("roundtrip");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  const Document doc = AnalyseOrDie(kArticle, "storm");
  const DocumentMeta meta{"https://example.com/storm", "Example News", "2024-05-01", "Storm", ""};
  ASSERT_TRUE(store->Put(doc, meta).ok());
  ASSERT_TRUE(store->Commit().ok());
  Result<Document> back = store->LoadDocument("storm");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  // It comes back with the metadata it was stored with.
  Document expected = doc;
  expected.url = meta.url;
  expected.outlet = meta.outlet;
  expected.date = meta.date;
  expected.title = meta.title;
  EXPECT_EQ(ToJsonLine(*back), ToJsonLine(expected));
  Result<DocumentMeta> meta_back = store->LoadMeta("storm");
  ASSERT_TRUE(meta_back.ok());
  EXPECT_EQ(meta_back->outlet, "Example News");
  EXPECT_EQ(meta_back->date, "2024-05-01");
}

TEST(Store, StoringTheSameIdAgainReplacesItWithoutDuplicates) {
  const std::string path = TempDb("replace");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  const DocumentMeta meta;
  EXPECT_EQ(*store->Put(AnalyseOrDie(kArticle, "a"), meta), Store::PutResult::kAdded);
  EXPECT_EQ(*store->Put(AnalyseOrDie(kArticle, "a"), meta), Store::PutResult::kUnchanged);
  const Document changed = AnalyseOrDie("\"Go home,\" said Tom Jones.", "a");
  EXPECT_EQ(*store->Put(changed, meta), Store::PutResult::kReplaced);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents"), 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM attributions"),
            static_cast<int64_t>(changed.attributions.size()));
  EXPECT_EQ(ToJsonLine(*store->LoadDocument("a")), ToJsonLine(changed));
  // The replaced quote is gone from the full-text index, the new one is there.
  EXPECT_EQ(store->SearchQuotes("ready", 0)->rows.size(), 0u);
  EXPECT_EQ(store->SearchQuotes("home", 0)->rows.size(), 1u);
}

TEST(Store, TheFingerprintChangesWithEveryFieldTheStoreKeeps) {
  const Document doc = AnalyseOrDie(kArticle, "storm");
  ASSERT_FALSE(doc.attributions.empty());
  ASSERT_FALSE(doc.entities.empty());
  const DocumentMeta meta{"https://example.com/storm", "Example News", "2024-05-01", "Storm", ""};
  const uint64_t base = internal::DocumentFingerprint(doc, meta);
  EXPECT_EQ(internal::DocumentFingerprint(doc, meta), base);
  std::vector<std::pair<const char*, std::function<void(Document&, DocumentMeta&)>>> changes = {
      {"text", [](Document& d, DocumentMeta&) { d.text += " "; }},
      {"date", [](Document&, DocumentMeta& m) { m.date = "2024-05-02"; }},
      {"byline", [](Document&, DocumentMeta& m) { m.byline = "Ann Lee"; }},
      {"repairs", [](Document& d, DocumentMeta&) { d.repairs.unbalanced_quotes = 1; }},
      {"type", [](Document& d, DocumentMeta&) { d.attributions[0].type = AttributionType::kMixed; }},
      {"content", [](Document& d, DocumentMeta&) { d.attributions[0].content[0].end += 1; }},
      {"cue", [](Document& d, DocumentMeta&) { d.attributions[0].cue.reset(); }},
      {"speaker role", [](Document& d, DocumentMeta&) { d.attributions[0].speaker.role = "Chief"; }},
      {"speaker entity", [](Document& d, DocumentMeta&) { d.attributions[0].speaker.entity = 7; }},
      {"via", [](Document& d, DocumentMeta&) { d.attributions[0].via.name = "Fox News"; }},
      {"entity organization", [](Document& d, DocumentMeta&) { d.entities[0].organization = "X"; }},
      {"entity mention", [](Document& d, DocumentMeta&) { d.entities[0].mentions.push_back({}); }},
      {"an attribution less", [](Document& d, DocumentMeta&) { d.attributions.pop_back(); }},
  };
  for (auto& [what, change] : changes) {
    Document d = doc;
    DocumentMeta m = meta;
    change(d, m);
    EXPECT_NE(internal::DocumentFingerprint(d, m), base) << what;
  }
}

TEST(Store, EachCommittedBatchIsSearchableByRebuildOrByInsert) {
  const std::string path = TempDb("fts");
  StoreOptions options;
  options.batch_documents = 1;  // every Put is its own committed batch
  Result<std::unique_ptr<Store>> opened = Store::Open(path, options);
  ASSERT_TRUE(opened.ok());
  Store& store = **opened;
  // The first batch is all the documents: a rebuild.
  ASSERT_TRUE(store.Put(AnalyseOrDie(kArticle, "a"), {}).ok());
  EXPECT_EQ(*store.DocumentsAwaitingIndex(), 0);
  EXPECT_EQ(store.SearchQuotes("ready", 0)->rows.size(), 1u);
  // Later ones are inserted; a replaced document leaves the index.
  for (const char* id : {"b", "c"}) {
    ASSERT_TRUE(store.Put(AnalyseOrDie("\"Go home,\" said Tom Jones.", id), {}).ok());
  }
  ASSERT_TRUE(store.Put(AnalyseOrDie("\"Stay put,\" said Ann Lee.", "d"), {}).ok());
  EXPECT_EQ(store.SearchQuotes("home", 0)->rows.size(), 2u);
  ASSERT_TRUE(store.Put(AnalyseOrDie("\"Go away,\" said Tom Jones.", "b"), {}).ok());
  EXPECT_EQ(*store.DocumentsAwaitingIndex(), 0);
  EXPECT_EQ(store.SearchQuotes("home", 0)->rows.size(), 1u);
  for (const char* word : {"ready", "away", "stay"}) {
    EXPECT_EQ(store.SearchQuotes(word, 0)->rows.size(), 1u) << word;
  }
}

// Documents committed but not indexed (a batch whose indexing failed, or a
// database that an older whosaid left when it was killed) wait in
// fts_pending until the next Commit.
TEST(Store, CommitIndexesTheDocumentsLeftWaiting) {
  const std::string path = TempDb("fts-waiting");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "a"), {}).ok());
    ASSERT_TRUE(store->Put(AnalyseOrDie("\"Go home,\" said Tom Jones.", "b"), {}).ok());
    ASSERT_TRUE(store->Commit().ok());
  }
  {
    internal::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    ASSERT_TRUE(db.Exec("INSERT INTO quotes_fts (quotes_fts) VALUES ('delete-all');"
                        "INSERT INTO fts_pending SELECT doc FROM documents")
                    .ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(*store->DocumentsAwaitingIndex(), 2);
  EXPECT_EQ(store->SearchQuotes("home", 0)->rows.size(), 0u);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(*store->DocumentsAwaitingIndex(), 0);
  EXPECT_EQ(store->SearchQuotes("home", 0)->rows.size(), 1u);
  EXPECT_EQ(store->SearchQuotes("ready", 0)->rows.size(), 1u);
}

TEST(Store, ADocumentWithoutAnIdIsRefusedAndTheBatchGoesOn) {
  const std::string path = TempDb("noid");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "first"), {}).ok());
  Result<Store::PutResult> bad = store->Put(AnalyseOrDie(kArticle, ""), {});
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents"), 1);
}

// A write that fails halfway through a document (here a trigger refuses
// the last attribution of the second document, and then of a replaced
// one) leaves nothing of that document and the rest of the batch as it was.
TEST(Store, ADocumentWhoseWritingFailsHalfwayLeavesNoRowsAndTheBatchGoesOn) {
  const std::string path = TempDb("halfway");
  { ASSERT_NE(OpenOrDie(path), nullptr); }
  {
    internal::Db db;
    ASSERT_TRUE(db.Open(path).ok());
    ASSERT_TRUE(db.Exec("CREATE TRIGGER refuse BEFORE INSERT ON attributions"
                        " WHEN NEW.doc = 2 AND NEW.ordinal > 0 AND NEW.quote LIKE '%storm is%'"
                        " BEGIN SELECT RAISE(ABORT, 'refused'); END;")
                    .ok());
  }
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  const std::string storm = std::string(kArticle) + " \"The storm is coming,\" Jane Smith said.";
  ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "first"), {}).ok());
  Result<Store::PutResult> bad = store->Put(AnalyseOrDie("Intro. " + storm, "second"), {});
  EXPECT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("refused"), std::string::npos) << bad.status().ToString();
  ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "third"), {}).ok());
  // A replacement that fails keeps the stored document.
  Result<Store::PutResult> replaced = store->Put(AnalyseOrDie(storm, "third"), {});
  EXPECT_FALSE(replaced.ok());
  ASSERT_TRUE(store->Commit().ok());
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents"), 2);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents WHERE id = 'second'"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM documents WHERE doc = 2 AND id = 'third'"), 1);
  const int64_t per_article = Count(path, "SELECT count(*) FROM attributions WHERE doc = 1");
  EXPECT_GT(per_article, 1);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM attributions WHERE doc = 2"), per_article);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM attributions WHERE quote LIKE '%storm is%'"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM entities WHERE doc > 2"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM fts_pending"), 0);
  EXPECT_EQ(store->SearchQuotes("ready", 0)->rows.size(), 2u);
}

TEST(Store, ANewDatabaseHasTheLatestSchemaVersion) {
  const std::string path = TempDb("version");
  OpenOrDie(path);
  EXPECT_EQ(Count(path, "PRAGMA user_version"), StoreSchemaVersion());
  EXPECT_EQ(Count(path, "PRAGMA journal_mode = WAL"), 0);  // no rows: journal_mode is text
  EXPECT_EQ(Count(path, "SELECT v FROM quotes_fts_config WHERE k = 'automerge'"), 64);
  EXPECT_EQ(Count(path, "SELECT v FROM quotes_fts_config WHERE k = 'crisismerge'"), 64);
  EXPECT_EQ(Count(path, "SELECT v FROM quotes_fts_config WHERE k = 'hashsize'"), 8388608);
}

// Take a version 9 database back to version 8, 8 to 7, 7 to 6, and 6 to 5
// (the caller sets user_version).
constexpr const char* kUndoMigration9 = "DELETE FROM quotes_fts_config WHERE k = 'hashsize';";
constexpr const char* kUndoMigration8 =
    "CREATE TABLE attribution_speakers (attribution INTEGER PRIMARY KEY, speaker INTEGER NOT NULL,"
    "  date TEXT NOT NULL DEFAULT '');"
    "INSERT INTO attribution_speakers SELECT l.attribution, l.speaker, x.date FROM attribution_links l"
    "  JOIN speaker_attributions x ON x.attribution = l.attribution;"
    "CREATE INDEX attribution_speakers_by_speaker_date"
    "  ON attribution_speakers (speaker, date = '', date, attribution);"
    "CREATE TABLE quote_occurrences (attribution INTEGER PRIMARY KEY, quote INTEGER NOT NULL,"
    "  match TEXT NOT NULL, date TEXT NOT NULL DEFAULT '');"
    "INSERT INTO quote_occurrences SELECT l.attribution, l.quote, l.match, o.date FROM attribution_links l"
    "  JOIN quote_attributions o ON o.attribution = l.attribution;"
    "CREATE INDEX quote_occurrences_by_quote_date ON quote_occurrences (quote, date = '', date, attribution);"
    "DROP TABLE attribution_links; DROP TABLE speaker_attributions; DROP TABLE quote_attributions;"
    "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 16);"
    "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('crisismerge', 16);";
constexpr const char* kUndoMigration7 =
    "DROP TABLE fts_pending;"
    "INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', 4);"
    "CREATE INDEX documents_by_outlet ON documents (outlet, date);"
    "CREATE INDEX documents_by_date ON documents (date);";
constexpr const char* kUndoMigration6 =
    "DROP TABLE citations;"
    "CREATE INDEX attributions_by_via ON attributions (via_name COLLATE NOCASE)"
    "  WHERE via_name IS NOT NULL;"
    "CREATE INDEX attributions_by_outlet_speaker ON attributions (speaker_name COLLATE NOCASE)"
    "  WHERE speaker_kind = 'outlet';"
    "DROP INDEX quote_occurrences_by_quote_date;"
    "ALTER TABLE quote_occurrences DROP COLUMN date;"
    "CREATE INDEX quote_occurrences_by_quote ON quote_occurrences (quote);"
    "DROP INDEX speaker_names_by_name_attributions;"
    "ALTER TABLE speaker_names DROP COLUMN attributions;";

TEST(Store, AVersionOneDatabaseIsMigratedInPlaceKeepingItsDocuments) {
  const std::string path = TempDb("migrate");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "kept"), {}).ok());
  }
  // Take the database back to version 1: drop what migrations 2 to 4 created.
  internal::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  ASSERT_TRUE(db.Exec(std::string(kUndoMigration9) + kUndoMigration8 + kUndoMigration7 +
                      "DROP TABLE speakers; DROP TABLE speaker_names; DROP TABLE speaker_roles;"
                      "DROP TABLE speaker_outlets; DROP TABLE attribution_speakers;"
                      "DROP TABLE quotes; DROP TABLE quote_occurrences; DROP TABLE sourcing_counts;"
                      "ALTER TABLE attributions DROP COLUMN speaker_organization;"
                      "ALTER TABLE attributions DROP COLUMN via_organization;"
                      "ALTER TABLE entities DROP COLUMN organization;"
                      "DROP TABLE citations;"
                      "CREATE INDEX attributions_by_via ON attributions (via_name COLLATE NOCASE)"
                      "  WHERE via_name IS NOT NULL;"
                      "PRAGMA user_version = 1;")
                  .ok());
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Count(path, "PRAGMA user_version"), StoreSchemaVersion());
  EXPECT_EQ(Count(path, "SELECT v FROM quotes_fts_config WHERE k = 'hashsize'"), 8388608);
  EXPECT_TRUE(store->LoadDocument("kept").ok());
  EXPECT_TRUE(store->Link().ok());
  EXPECT_GT(store->Speakers("", 0)->rows.size(), 0u);
}

TEST(Store, AVersionFourDatabaseGetsItsSpeakerDatesWithoutRelinking) {
  const std::string path = TempDb("v4");
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    ASSERT_TRUE(store->Put(AnalyseOrDie(kArticle, "storm"), {"", "", "2024-05-01", "", ""}).ok());
    ASSERT_TRUE(store->Link().ok());
  }
  internal::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  ASSERT_TRUE(db.Exec(std::string(kUndoMigration9) + kUndoMigration8 + kUndoMigration7 + kUndoMigration6 +
                      "DROP INDEX attribution_speakers_by_speaker_date;"
                      "ALTER TABLE attribution_speakers DROP COLUMN date;"
                      "CREATE INDEX attribution_speakers_by_speaker ON attribution_speakers (speaker);"
                      "PRAGMA user_version = 4;")
                  .ok());
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_GT(Count(path, "SELECT count(*) FROM speaker_attributions"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM speaker_attributions WHERE date <> '2024-05-01'"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM speaker_attributions"),
            Count(path, "SELECT count(*) FROM attribution_links WHERE speaker IS NOT NULL"));
  EXPECT_EQ(Column(*store->SpeakerAttributions("Jane Smith", 0), "date"), std::vector<std::string>{"2024-05-01"});
}

TEST(Store, AReadOnlyStoreOpensOnlyAnExistingDatabaseAtThisVersion) {
  StoreOptions read_only;
  read_only.read_only = true;
  const std::string missing = TempDb("missing");
  EXPECT_EQ(Store::Open(missing, read_only).status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(std::filesystem::exists(missing)) << "nothing is created";
  const std::string older = TempDb("older");
  OpenOrDie(older);
  internal::Db db;
  ASSERT_TRUE(db.Open(older).ok());
  ASSERT_TRUE(db.Exec("PRAGMA user_version = 1").ok());
  Result<std::unique_ptr<Store>> store = Store::Open(older, read_only);
  EXPECT_EQ(store.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(store.status().message().find("a whosaid query on it migrates it"), std::string::npos);
  EXPECT_EQ(Count(older, "PRAGMA user_version"), 1) << "and nothing is migrated";
  const std::string other = TempDb("other-sqlite");
  internal::Db other_db;
  ASSERT_TRUE(other_db.Open(other).ok());
  ASSERT_TRUE(other_db.Exec("CREATE TABLE t (x)").ok());
  EXPECT_EQ(Store::Open(other, read_only).status().code(), StatusCode::kCorrupt);
}

TEST(Store, ADatabaseFromANewerWhosaidIsRefused) {
  const std::string path = TempDb("newer");
  OpenOrDie(path);
  internal::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  ASSERT_TRUE(db.Exec("PRAGMA user_version = 999").ok());
  EXPECT_EQ(Store::Open(path).status().code(), StatusCode::kCorrupt);
}

TEST(Store, AFileThatIsNotAWhosaidDatabaseIsRefused) {
  const std::string sqlite_path = TempDb("other");
  internal::Db db;
  ASSERT_TRUE(db.Open(sqlite_path).ok());
  ASSERT_TRUE(db.Exec("CREATE TABLE t (x)").ok());
  EXPECT_EQ(Store::Open(sqlite_path).status().code(), StatusCode::kCorrupt);

  const std::string text_path = TempDb("text");
  std::FILE* f = std::fopen(text_path.c_str(), "w");
  std::fputs("this is not a database, just some text that is long enough to have a header\n", f);
  std::fclose(f);
  EXPECT_EQ(Store::Open(text_path).status().code(), StatusCode::kCorrupt);
}

// The fixtures: four outlets reporting the same story over three days.
void IngestFixtures(Store* store) {
  Result<MetadataIndex> meta = ReadMetadataTsv(testing::SourcePath("tests/data/store/metadata.tsv"));
  ASSERT_TRUE(meta.ok()) << meta.status().ToString();
  std::vector<std::string> inputs;
  for (const char* id : {"fox-raids-leak", "examiner-raids-leak", "wire-raids-leak",
                         "planet-raids-reaction"}) {
    inputs.push_back(testing::SourcePath("tests/data/store/articles/") + id + ".txt");
  }
  Result<IngestReport> report =
      Ingest(Analyzer(), inputs, *meta, IngestOptions(), store,
             [](const std::string& p, const Status& s) { ADD_FAILURE() << p << s.ToString(); });
  ASSERT_TRUE(report.ok()) << report.status().ToString();
  ASSERT_EQ(report->added, 4);
}

class StoreFixtures : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenOrDie(TempDb("fixtures"));
    ASSERT_NE(store_, nullptr);
    IngestFixtures(store_.get());
  }
  std::unique_ptr<Store> store_;
};

TEST_F(StoreFixtures, SearchFindsAQuoteWithWhoSaidItWhereAndWhen) {
  Result<Table> t = store_->SearchQuotes("\"telegraphing sensitive\"", 0);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(Column(*t, "speaker"), std::vector<std::string>(4, "Carol Danko"));
  std::vector<std::string> outlets = Column(*t, "outlet");
  std::sort(outlets.begin(), outlets.end());
  EXPECT_EQ(outlets, (std::vector<std::string>{"Associated Press", "Daily Planet", "Fox News",
                                               "Washington Examiner"}));
}

TEST_F(StoreFixtures, SearchTakesPlainWordsThatAreNotQuerySyntax) {
  Result<Table> t = store_->SearchQuotes("You've got", 0);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(t->rows.size(), 2u);
}

TEST_F(StoreFixtures, SearchCanListTheLastStoredFirstAndCountMatchesUpToACap) {
  Result<Table> newest = store_->SearchQuotes("telegraphing", 0, SearchOrder::kNewest);
  ASSERT_TRUE(newest.ok()) << newest.status().ToString();
  // Stored in the order fox, examiner, wire, planet.
  EXPECT_EQ(Column(*newest, "document"), (std::vector<std::string>{"planet-raids-reaction", "wire-raids-leak",
                                                                    "examiner-raids-leak", "fox-raids-leak"}));
  EXPECT_EQ(*store_->CountQuoteMatches("telegraphing", 0), 4);
  EXPECT_EQ(*store_->CountQuoteMatches("telegraphing", 3), 3) << "counting stops at the cap";
  EXPECT_EQ(*store_->CountQuoteMatches("You've got", 0), 2) << "plain words, as SearchQuotes reads them";
  EXPECT_EQ(*store_->CountQuoteMatches("zyzzyva", 0), 0);
}

TEST_F(StoreFixtures, OnePersonUnderTwoFirstNamesIsOneSpeakerWithRoleHistory) {
  Result<Table> by_formal = store_->SpeakerAttributions("Thomas Homan", 0);
  ASSERT_TRUE(by_formal.ok());
  EXPECT_EQ(Column(*by_formal, "speaker"), std::vector<std::string>(4, "Tom Homan"));
  EXPECT_EQ(Column(*by_formal, "date"),
            (std::vector<std::string>{"2019-06-22", "2019-06-22", "2019-06-23", "2019-06-23"}));
  Result<Table> roles = store_->SpeakerRoles("Tom Homan", 0);
  EXPECT_EQ(Column(*roles, "role"),
            (std::vector<std::string>{"Former acting ICE Director",
                                      "former acting director of Immigration and Customs "
                                      "Enforcement"}));
}

TEST_F(StoreFixtures, TwoPeopleSharingASurnameStayApart) {
  EXPECT_EQ(Column(*store_->SpeakerAttributions("Sarah Homan", 0), "speaker"),
            std::vector<std::string>(2, "Sarah Homan"));
  // "Homan" alone names nobody: there are two.
  EXPECT_EQ(store_->SpeakerAttributions("Homan", 0)->rows.size(), 0u);
  // "Danko" alone names the one Danko.
  EXPECT_EQ(store_->SpeakerAttributions("Danko", 0)->rows.size(), 4u);
}

TEST_F(StoreFixtures, TopSpeakersCountAttributionsOverallAndPerOutlet) {
  Result<Table> top = store_->TopSpeakers("", 2);
  // A tie is broken by name.
  EXPECT_EQ(Column(*top, "speaker"), (std::vector<std::string>{"Carol Danko", "Tom Homan"}));
  EXPECT_EQ(Column(*top, "attributions"), (std::vector<std::string>{"4", "4"}));
  Result<Table> fox = store_->TopSpeakers("Fox News", 1);
  EXPECT_EQ(Column(*fox, "speaker"), (std::vector<std::string>{"Tom Homan"}));
  Result<Table> each = store_->TopSpeakersByOutlet(1);
  EXPECT_EQ(Column(*each, "outlet"),
            (std::vector<std::string>{"Associated Press", "Daily Planet", "Fox News",
                                      "Washington Examiner"}));
}

TEST_F(StoreFixtures, AnonymousShareIsCountedPerOutlet) {
  Result<Table> t = store_->SourcingShare(ShareBy::kOutlet, 0);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(Column(*t, "outlet"), (std::vector<std::string>{"Associated Press", "Daily Planet",
                                                            "Fox News", "Washington Examiner"}));
  // Daily Planet names everyone; Fox News leans on its unnamed source.
  EXPECT_EQ(Column(*t, "anonymous")[1], "0");
  EXPECT_EQ(Column(*t, "anonymous")[2], "3");
  Result<Table> by_month = store_->SourcingShare(ShareBy::kMonth, 0);
  EXPECT_EQ(Column(*by_month, "month"), (std::vector<std::string>{"2019-06"}));
}

TEST_F(StoreFixtures, DocumentsCitingAnOutletAreFound) {
  Result<Table> t = store_->DocumentsCiting("Fox News", 0);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  // "Fox News reported, citing an unnamed source, that ..." in the Daily
  // Planet is found by the learned model (docs/attribution-model.md).
  EXPECT_EQ(Column(*t, "document"),
            (std::vector<std::string>{"examiner-raids-leak", "planet-raids-reaction"}));
}

TEST_F(StoreFixtures, AReplacedDocumentNoLongerCites) {
  const std::string text = "Fox News reported that the raids were called off, citing a source.\n";
  DocumentMeta planet{"", "Daily Planet", "2019-06-24", "", ""};
  Document cites = AnalyseOrDie(text, "planet-follow-up");
  ASSERT_TRUE(store_->Put(cites, planet).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Column(*store_->DocumentsCiting("fox news", 0), "document"),
            (std::vector<std::string>{"examiner-raids-leak", "planet-raids-reaction", "planet-follow-up"}))
      << "in date order, the name's case aside";
  ASSERT_TRUE(store_->Put(AnalyseOrDie("The raids were called off.\n", "planet-follow-up"), planet).ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Column(*store_->DocumentsCiting("Fox News", 0), "document"),
            (std::vector<std::string>{"examiner-raids-leak", "planet-raids-reaction"}));
}

TEST_F(StoreFixtures, TheSameQuoteInFourOutletsIsOneCanonicalQuote) {
  Result<Table> quotes = store_->CanonicalQuotes(3, 0);
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->rows.size(), 2u);
  EXPECT_EQ(Column(*quotes, "documents"), (std::vector<std::string>{"4", "3"}));
  EXPECT_EQ(Column(*quotes, "first_date"), (std::vector<std::string>{"2019-06-22", "2019-06-22"}));
}

TEST_F(StoreFixtures, ProvenanceListsFirstAppearanceThenRepeats) {
  Result<Table> t = store_->Provenance("leak telegraphing", 0);
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  EXPECT_EQ(Column(*t, "step"), (std::vector<std::string>{"first", "repeat", "repeat", "repeat"}));
  EXPECT_EQ(Column(*t, "outlet")[0], "Fox News");
  EXPECT_EQ(Column(*t, "match"), (std::vector<std::string>{"exact", "partial", "exact", "partial"}));
}

TEST(Store, AVersionFiveDatabaseGetsCitationsAndOccurrenceDatesWithoutRelinking) {
  const std::string path = TempDb("v5");
  std::string citing, provenance, speaker;
  {
    auto store = OpenOrDie(path);
    ASSERT_NE(store, nullptr);
    IngestFixtures(store.get());
    citing = FormatTable(*store->DocumentsCiting("Fox News", 0), TableFormat::kCsv);
    provenance = FormatTable(*store->Provenance("leak telegraphing", 0), TableFormat::kCsv);
    speaker = FormatTable(*store->SpeakerAttributions("Tom Homan", 0), TableFormat::kCsv);
  }
  const int64_t citations = Count(path, "SELECT count(*) FROM citations");
  EXPECT_GT(citations, 0);
  internal::Db db;
  ASSERT_TRUE(db.Open(path).ok());
  ASSERT_TRUE(db.Exec(std::string(kUndoMigration9) + kUndoMigration8 + kUndoMigration7 + kUndoMigration6 + "PRAGMA user_version = 5;").ok());
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM citations"), citations);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quote_attributions WHERE date = ''"), 0);
  EXPECT_EQ(Count(path, "SELECT count(*) FROM quote_attributions"),
            Count(path, "SELECT count(*) FROM attribution_links"));
  EXPECT_EQ(Count(path, "SELECT count(*) FROM speaker_names WHERE attributions = 0"), 0);
  EXPECT_EQ(FormatTable(*store->DocumentsCiting("Fox News", 0), TableFormat::kCsv), citing);
  EXPECT_EQ(FormatTable(*store->Provenance("leak telegraphing", 0), TableFormat::kCsv), provenance);
  EXPECT_EQ(FormatTable(*store->SpeakerAttributions("Tom Homan", 0), TableFormat::kCsv), speaker);
}

TEST(Store, ANameThousandsShareReadsOnlyTheSpeakersWithMostAttributions) {
  const std::string path = TempDb("shared-name");
  auto store = OpenOrDie(path);
  ASSERT_NE(store, nullptr);
  // One "officials" per article: 120 speakers of one name, two of them (the
  // last two articles) with two attributions.
  const int n = Store::kMaxSpeakersPerName + 20;
  for (int k = 0; k < n; ++k) {
    std::string text = "Officials said the bridge " + std::to_string(k) + " would close.\n";
    if (k >= n - 2) text += "Officials said it would reopen in May.\n";
    const std::string date = "2020-01-" + std::string(k % 28 < 9 ? "0" : "") + std::to_string(k % 28 + 1);
    ASSERT_TRUE(store->Put(AnalyseOrDie(text, "doc" + std::to_string(k)), {"", "Gazette", date, "", ""}).ok());
  }
  ASSERT_TRUE(store->Link().ok());
  EXPECT_EQ(*store->CountSpeakersNamed("officials"), n);
  Result<Table> all = store->SpeakerAttributions("officials", 0);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  EXPECT_EQ(all->rows.size(), static_cast<size_t>(Store::kMaxSpeakersPerName) + 2)
      << "the speakers with most attributions, each with all of theirs";
  Result<Table> first = store->SpeakerAttributions("officials", 30);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  const std::vector<std::string> dates = Column(*first, "date");
  ASSERT_EQ(dates.size(), 30u);
  EXPECT_TRUE(std::is_sorted(dates.begin(), dates.end()));
  // The same 30 as the first 30 of the unlimited list (sorted the same way).
  const std::vector<std::string> all_dates = Column(*all, "date");
  ASSERT_GE(all_dates.size(), 30u);
  EXPECT_EQ(dates, std::vector<std::string>(all_dates.begin(), all_dates.begin() + 30));
  EXPECT_EQ(store->SpeakerRoles("officials", 0).ok(), true);
  EXPECT_EQ(Column(*store->SpeakerOutlets("officials", 0), "attributions"),
            std::vector<std::string>{std::to_string(Store::kMaxSpeakersPerName + 2)});
  EXPECT_EQ(store->Speakers("officials", 0)->rows.size(), static_cast<size_t>(Store::kMaxSpeakersPerName));
}

TEST_F(StoreFixtures, LinkIsDeterministic) {
  const std::string before = FormatTable(*store_->Speakers("", 0), TableFormat::kCsv) +
                             FormatTable(*store_->CanonicalQuotes(1, 0), TableFormat::kCsv);
  ASSERT_TRUE(store_->Link().ok());
  EXPECT_EQ(FormatTable(*store_->Speakers("", 0), TableFormat::kCsv) +
                FormatTable(*store_->CanonicalQuotes(1, 0), TableFormat::kCsv),
            before);
}

TEST(FormatTable, CsvQuotesFieldsThatNeedItAndJsonKeepsTypes) {
  Table t{{"name", "n", "none"}, {{std::string("a, \"b\""), int64_t{3}, std::monostate()}}};
  EXPECT_EQ(FormatTable(t, TableFormat::kCsv), "name,n,none\r\n\"a, \"\"b\"\"\",3,\r\n");
  EXPECT_EQ(FormatTable(t, TableFormat::kJson), "[{\"name\":\"a, \\\"b\\\"\",\"n\":3,\"none\":null}]\n");
  EXPECT_EQ(FormatTable(t, TableFormat::kText),
            "name    n  none\n------  -  ----\na, \"b\"  3  \n(1 row)\n");
}

TEST(ReadMetadataTsv, ALineWithTheWrongNumberOfFieldsIsNamed) {
  const std::string path = ::testing::TempDir() + "/bad.tsv";
  std::FILE* f = std::fopen(path.c_str(), "w");
  std::fputs("id\toutlet\na\tFox\nb\n", f);
  std::fclose(f);
  Result<MetadataIndex> m = ReadMetadataTsv(path);
  EXPECT_EQ(m.status().code(), StatusCode::kCorrupt);
  EXPECT_NE(m.status().message().find("line 3"), std::string::npos) << m.status().message();
}

}  // namespace
}  // namespace whosaid
