// Copyright 2026 The whosaid Authors.
//
// JSONL: one article per line, fields named by Options::jsonl_fields. Blank
// lines are skipped; every other line is a record or a per-line error.
#include <simdjson.h>

#include "readers/buffered_reader.h"
#include "readers/sources.h"

namespace whosaid::internal {
namespace {

// Where each configured field's value goes.
struct FieldTargets {
  std::string* id;
  std::optional<std::string>* text;
  std::optional<std::string>* html;
  std::optional<std::string>* url;
  std::optional<std::string>* outlet;
  std::optional<std::string>* date;
  std::optional<std::string>* title;
  std::optional<std::string>* byline;
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r") == std::string_view::npos;
}

// A string value as is; a number (ids often are) as its JSON text.
simdjson::error_code ValueText(simdjson::ondemand::value value, std::string* out) {
  simdjson::ondemand::json_type type;
  if (auto err = value.type().get(type)) return err;
  std::string_view text;
  if (type == simdjson::ondemand::json_type::string) {
    if (auto err = value.get_string().get(text)) return err;
  } else if (type == simdjson::ondemand::json_type::number) {
    text = simdjson::trim(value.raw_json_token());
  } else {
    return simdjson::SUCCESS;  // null, objects, arrays: not a field we can use
  }
  out->assign(text);
  return simdjson::SUCCESS;
}

class JsonlSource : public DocumentSource {
 public:
  JsonlSource(std::unique_ptr<ByteStream> in, const std::string& path, const Options& options)
      : in_(std::move(in)), reader_(in_.get()), path_(path), stem_(DocumentIdFromPath(path)),
        fields_(options.jsonl_fields), max_bytes_(options.max_document_bytes) {}

  bool Next(InputRecord* record) override {
    while (!done_) {
      bool too_long = false;
      Result<bool> more = reader_.ReadLine(&line_, max_bytes_, &too_long);
      if (!more.ok()) return StreamError(more.status(), record);
      if (!*more) return done_ = true, false;
      ++line_number_;
      if (!too_long && IsBlank(line_)) continue;
      StartRecord(record);
      if (too_long) {
        record->status = LimitExceededError(record->origin + ": line is longer than max_document_bytes (" +
                                            std::to_string(max_bytes_) + ")");
      } else {
        record->status = Parse(record);
      }
      return true;
    }
    return false;
  }

  uint64_t bytes_read() const override { return in_->raw_bytes_read(); }

 private:
  void StartRecord(InputRecord* record) {
    *record = InputRecord();
    record->origin = path_ + ":" + std::to_string(line_number_);
    record->id = stem_ + ":" + std::to_string(line_number_);
  }

  // Reports a read error as a record, then goes on after it if the stream can.
  bool StreamError(const Status& status, InputRecord* record) {
    StartRecord(record);
    record->origin = path_ + " after line " + std::to_string(line_number_);
    record->status = status;
    if (in_->Resync()) {
      reader_.Reset();
    } else {
      done_ = true;
    }
    return true;
  }

  Status Parse(InputRecord* record) {
    std::optional<std::string> text, html;
    FieldTargets targets{&record->id, &text, &html, &record->url, &record->outlet,
                         &record->date, &record->title, &record->byline};
    line_.reserve(line_.size() + simdjson::SIMDJSON_PADDING);
    if (simdjson::error_code err = ReadFields(&targets)) {
      return CorruptError(record->origin + ": not a JSON object (" + simdjson::error_message(err) + ")");
    }
    if (text) {
      record->body = std::move(*text);
    } else if (html) {
      record->body = std::move(*html);
      record->body_format = InputFormat::kHtml;
    } else {
      return BadInputError(record->origin + ": no \"" + fields_.text + "\" or \"" + fields_.html +
                           "\" field");
    }
    return Status::Ok();
  }

  simdjson::error_code ReadFields(FieldTargets* t) {
    simdjson::ondemand::document doc;
    simdjson::padded_string_view padded(line_.data(), line_.size(), line_.capacity());
    if (auto err = parser_.iterate(padded).get(doc)) return err;
    simdjson::ondemand::object object;
    if (auto err = doc.get_object().get(object)) return err;
    for (auto field : object) {
      std::string_view key;
      if (auto err = field.unescaped_key().get(key)) return err;
      simdjson::ondemand::value value;
      if (auto err = field.value().get(value)) return err;
      if (auto err = Assign(key, value, t)) return err;
    }
    // Anything but white space after the object is an error.
    const char* rest = nullptr;
    if (doc.current_location().get(rest) != simdjson::SUCCESS) return simdjson::SUCCESS;
    const std::string_view tail(rest, line_.data() + line_.size() - rest);
    return tail.find_first_not_of(" \t\r") == std::string_view::npos ? simdjson::SUCCESS
                                                                     : simdjson::TRAILING_CONTENT;
  }

  simdjson::error_code Assign(std::string_view key, simdjson::ondemand::value value,
                              FieldTargets* t) {
    if (key == fields_.id) return ValueText(value, t->id);
    const std::pair<const std::string&, std::optional<std::string>*> optional_fields[] = {
        {fields_.text, t->text},     {fields_.html, t->html}, {fields_.url, t->url},
        {fields_.outlet, t->outlet}, {fields_.date, t->date}, {fields_.title, t->title},
        {fields_.byline, t->byline}};
    for (const auto& [name, target] : optional_fields) {
      if (key != name) continue;
      std::string s;
      if (auto err = ValueText(value, &s)) return err;
      if (!s.empty()) *target = std::move(s);
      return simdjson::SUCCESS;
    }
    return simdjson::SUCCESS;
  }

  std::unique_ptr<ByteStream> in_;
  BufferedReader reader_;
  std::string path_, stem_;
  JsonlFields fields_;
  size_t max_bytes_;
  simdjson::ondemand::parser parser_;
  std::string line_;
  uint64_t line_number_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<DocumentSource> NewJsonlSource(std::unique_ptr<ByteStream> in,
                                               const std::string& path, const Options& options) {
  return std::make_unique<JsonlSource>(std::move(in), path, options);
}

}  // namespace whosaid::internal
