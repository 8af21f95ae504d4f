// Copyright 2026 The whosaid Authors.
//
// whosaid.Store: the corpus database of include/whosaid/store.h, enough of it
// to write documents, link them and read them back (the queries stay with
// `whosaid query`). A Store is not thread-safe, so these calls keep the GIL:
// it serialises Python threads sharing one Store.
#include <algorithm>
#include <iterator>
#include <memory>
#include <string>
#include <utility>

#include "bindings.h"
#include "whosaid/store.h"

namespace py = pybind11;

namespace whosaid::python {
namespace {

// The Python object: the Store, until close().
struct StoreHandle {
  std::unique_ptr<Store> store;

  Store& Get() {
    if (!store) throw py::value_error("whosaid.Store: the store is closed");
    return *store;
  }
};

template <typename T>
T Check(Result<T> result) {
  if (!result.ok()) ThrowStatus(result.status());
  return std::move(*result);
}

void Check(const Status& status) {
  if (!status.ok()) ThrowStatus(status);
}

// The fields of DocumentMeta, in one place for both directions.
constexpr std::pair<const char*, std::string DocumentMeta::*> kMetaFields[] = {
    {"url", &DocumentMeta::url},       {"outlet", &DocumentMeta::outlet},
    {"date", &DocumentMeta::date},     {"title", &DocumentMeta::title},
    {"byline", &DocumentMeta::byline},
};

// A dict of metadata; None values are unknown fields, other keys are errors.
DocumentMeta MetaFromDict(const py::dict& dict) {
  DocumentMeta meta;
  for (const auto& [key, value] : dict) {
    const std::string name = py::str(key);
    const auto* field = std::find_if(std::begin(kMetaFields), std::end(kMetaFields),
                                     [&](const auto& f) { return name == f.first; });
    if (field == std::end(kMetaFields)) {
      throw py::key_error("whosaid.Store.put: unknown metadata key '" + name +
                          "' (known: url, outlet, date, title, byline)");
    }
    if (!value.is_none()) meta.*(field->second) = py::str(value);
  }
  return meta;
}

py::dict MetaToDict(const DocumentMeta& meta) {
  py::dict dict;
  for (const auto& [name, field] : kMetaFields) dict[name] = meta.*field;
  return dict;
}

void Close(StoreHandle& h) {
  if (h.store) Check(h.store->Commit());
  h.store.reset();
}

const char* PutResultName(Store::PutResult result) {
  switch (result) {
    case Store::PutResult::kAdded:
      return "added";
    case Store::PutResult::kReplaced:
      return "replaced";
    case Store::PutResult::kUnchanged:
      return "unchanged";
  }
  return "added";
}

}  // namespace

void BindStore(py::module_& m) {
  py::class_<StoreHandle>(m, "Store",
                          "The corpus database (docs/schema.md), as `whosaid ingest` writes it.")
      .def(py::init([](const std::string& path, int batch_documents) {
             return StoreHandle{Check(Store::Open(path, StoreOptions{batch_documents}))};
           }),
           py::arg("path"), py::arg("batch_documents") = StoreOptions().batch_documents,
           "Opens the database at path, creating it when missing and migrating it when older.")
      .def(
          "put",
          [](StoreHandle& h, const Document& doc, const py::object& meta) {
            const DocumentMeta m = meta.is_none() ? DocumentMeta() : MetaFromDict(meta);
            return PutResultName(Check(h.Get().Put(doc, m)));
          },
          py::arg("doc"), py::arg("meta") = py::none(),
          "Stores doc under doc.id with metadata (a dict of url, outlet, date, title, byline); "
          "returns 'added', 'replaced' or 'unchanged'. Written in batches; see commit().")
      .def(
          "commit", [](StoreHandle& h) { Check(h.Get().Commit()); },
          "Commits the open batch and adds the documents stored since the last commit to the "
          "full-text index (search finds them from then on).")
      .def(
          "link", [](StoreHandle& h) { Check(h.Get().Link()); },
          "Rebuilds the cross-article tables (canonical quotes and speakers), as ingest does.")
      .def(
          "document_ids",
          [](StoreHandle& h) {
            py::list ids;
            for (const std::string& id : Check(h.Get().DocumentIds())) ids.append(id);
            return ids;
          },
          "Every stored id, in the order documents were first stored.")
      .def(
          "load_document",
          [](StoreHandle& h, const std::string& id) { return Check(h.Get().LoadDocument(id)); },
          py::arg("id"), "The stored Document, as Analyzer.analyze returned it.")
      .def(
          "load_meta",
          [](StoreHandle& h, const std::string& id) {
            return MetaToDict(Check(h.Get().LoadMeta(id)));
          },
          py::arg("id"))
      .def("close", &Close, "Commits and closes; the Store cannot be used afterwards.")
      .def("__enter__", [](py::object self) { return self; })
      .def("__exit__", [](StoreHandle& h, const py::args&) { Close(h); });
}

}  // namespace whosaid::python
