// Copyright 2026 The whosaid Authors.
//
// Little-endian binary writing and bounds-checked reading for model files.
// A ByteReader never reads past its input: a short or malformed file makes
// every later read fail, and ok() turns false.
#ifndef WHOSAID_PERCEPTRON_MODEL_IO_H_
#define WHOSAID_PERCEPTRON_MODEL_IO_H_

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "whosaid/status.h"
#include "whosaid/whosaid.h"

namespace whosaid::internal {

class ByteWriter {
 public:
  template <typename T>
  void Put(T value) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void PutString(std::string_view s) {
    Put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  void PutStrings(const std::vector<std::string>& v) {
    Put<uint32_t>(static_cast<uint32_t>(v.size()));
    for (const std::string& s : v) PutString(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}

  template <typename T>
  bool Get(T* value) {
    if (!ok_ || in_.size() - pos_ < sizeof(T)) return ok_ = false;
    std::memcpy(value, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return true;
  }
  bool GetString(std::string* s) {
    uint32_t n = 0;
    if (!Get(&n) || in_.size() - pos_ < n) return ok_ = false;
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool GetStrings(std::vector<std::string>* v) {
    uint32_t n = 0;
    if (!Get(&n) || n > in_.size() - pos_) return ok_ = false;
    v->resize(n);
    for (std::string& s : *v) {
      if (!GetString(&s)) return false;
    }
    return true;
  }
  // True when `n` more items of `size` bytes each can still be read.
  bool Fits(uint64_t n, size_t size) const { return ok_ && n <= (in_.size() - pos_) / size; }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Writes `bytes` to `path` (kIoError).
Status WriteBinaryFile(const std::string& path, const std::string& bytes);

// Every model file starts with a magic string, its kind ("tagger",
// "parser"), a format version and free-form notes (what it was trained on).
void WriteModelHeader(std::string_view kind, const std::vector<std::string>& notes,
                      ByteWriter* out);
// Checks the header of a model of `kind` (kCorrupt naming what is wrong).
Status ReadModelHeader(std::string_view kind, ByteReader* in, std::vector<std::string>* notes);

// The model files of data/models/ compiled into the library
// (cmake/embed_models.cmake): the contents of "<name>.model", or an empty
// view when the build had no such file.
std::string_view EmbeddedModel(std::string_view name);

// The Model compiled in as "<name>.model", parsed by Model::FromBytes on
// first use and shared for the life of the process (a function-local
// static: thread-safe); kNotFound when the build has none, or the parse
// error.
template <typename Model>
Result<const Model*> EmbeddedModelOnce(std::string_view name) {
  static const Result<std::unique_ptr<const Model>> model =
      [name]() -> Result<std::unique_ptr<const Model>> {
    const std::string_view bytes = EmbeddedModel(name);
    if (bytes.empty()) {
      return NotFoundError("this build has no " + std::string(name) + " model (data/models/" +
                           std::string(name) + ".model)");
    }
    Result<Model> m = Model::FromBytes(bytes);
    if (!m.ok()) return m.status();
    return std::make_unique<const Model>(std::move(*m));
  }();
  if (!model.ok()) return model.status();
  return model->get();
}

// A model file at `path`, parsed by Model::FromBytes; errors name the file.
template <typename Model>
Result<Model> LoadModelFile(const std::string& path) {
  constexpr size_t kMaxModelFileBytes = size_t{1} << 30;
  Result<std::string> bytes = ReadFile(path, kMaxModelFileBytes);
  if (!bytes.ok()) return bytes.status();
  Result<Model> model = Model::FromBytes(*bytes);
  if (!model.ok()) return Status(model.status().code(), path + ": " + model.status().message());
  return model;
}

}  // namespace whosaid::internal

#endif  // WHOSAID_PERCEPTRON_MODEL_IO_H_
