// Copyright 2026 The whosaid Authors.
//
// The C++ half of the Python module: binds Analyzer, Options and the result
// types of include/whosaid/document.h as `whosaid._whosaid`. The Pythonic
// parts (module-level analyze, analyze_many, DataFrames, Dask) live in the
// pure-Python package beside this file (python/whosaid/).
//
// Results are read-only views of the C++ Document: a Span or Attribution
// object points into the Document it came from and keeps it alive, so reading
// a result copies nothing until a string is asked for. Offsets are code
// points, so `doc.text[span.start:span.end] == span.text` in Python.
//
// Errors become `whosaid.Error` (message: the library's Status::ToString(),
// attribute `code`: a StatusCode), raised after the GIL is taken back.
#include <pybind11/pybind11.h>

#include <string_view>

#include "bindings.h"
#include "whosaid/whosaid.h"

namespace py = pybind11;

namespace whosaid::python {
namespace {

// The Python class whosaid.Error; set once when the module is imported.
struct ErrorTag {};
py::handle error_type;

// The UTF-8 bytes of a str, or the bytes of a bytes object, without copying:
// both are immutable and outlive the call, so they may be read with the GIL
// released. Bytes are taken as they are (invalid UTF-8 is repaired by the
// library, as for files); a str holding lone surrogates raises
// UnicodeEncodeError.
std::string_view InputBytes(const py::handle& input) {
  if (PyUnicode_Check(input.ptr())) {
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(input.ptr(), &size);
    if (data == nullptr) throw py::error_already_set();
    return {data, static_cast<size_t>(size)};
  }
  if (PyBytes_Check(input.ptr())) {
    return {PyBytes_AS_STRING(input.ptr()), static_cast<size_t>(PyBytes_GET_SIZE(input.ptr()))};
  }
  throw py::type_error("whosaid: text must be str or bytes, not " +
                       std::string(py::str(py::type::of(input).attr("__name__"))));
}

Document Analyze(const Analyzer& analyzer, const py::handle& text, const std::string& id) {
  const std::string_view bytes = InputBytes(text);
  Result<Document> doc = [&] {
    py::gil_scoped_release release;
    return analyzer.Analyze(bytes, id);
  }();
  if (!doc.ok()) ThrowStatus(doc.status());
  return std::move(*doc);
}

// Reads and analyses a file with the GIL released, as `whosaid analyze` does
// (the same size budget, the same errors), without a Python file object.
Document AnalyzeFile(const Analyzer& analyzer, const std::string& path, const std::string& id) {
  Result<Document> doc = [&]() -> Result<Document> {
    py::gil_scoped_release release;
    Result<std::string> bytes = ReadFile(path, analyzer.options().max_document_bytes);
    if (!bytes.ok()) return bytes.status();
    return analyzer.Analyze(*bytes, id);
  }();
  if (!doc.ok()) ThrowStatus(doc.status());
  return std::move(*doc);
}

// A Python list of read-only views of `items`, each keeping `owner` alive.
template <typename T>
py::list ViewList(const std::vector<T>& items, const py::handle& owner) {
  py::list out(items.size());
  for (size_t k = 0; k < items.size(); ++k) {
    out[k] = py::cast(&items[k], py::return_value_policy::reference_internal, owner);
  }
  return out;
}

template <typename T>
py::object ViewOrNone(const std::optional<T>& item, const py::handle& owner) {
  if (!item) return py::none();
  return py::cast(&*item, py::return_value_policy::reference_internal, owner);
}

py::object OptionalString(const std::optional<std::string>& s) {
  return s ? py::object(py::str(*s)) : py::object(py::none());
}

void BindStatus(py::module_& m) {
  py::enum_<StatusCode>(m, "StatusCode", "What went wrong, coarsely; the message says precisely.")
      .value("INVALID_ARGUMENT", StatusCode::kInvalidArgument)
      .value("NOT_FOUND", StatusCode::kNotFound)
      .value("IO_ERROR", StatusCode::kIoError)
      .value("BAD_INPUT", StatusCode::kBadInput)
      .value("LIMIT_EXCEEDED", StatusCode::kLimitExceeded)
      .value("CORRUPT", StatusCode::kCorrupt)
      .value("INTERNAL", StatusCode::kInternal);
  py::exception<ErrorTag> error(m, "Error");
  error.doc() = "An analysis failed. str(e) is the library's message; e.code is a StatusCode.";
  error_type = error.release();  // one reference kept for the life of the process
}

// Every field of Options, by name (python/tests/test_analyze.py checks the list
// against include/whosaid/options.h, so a new option cannot be left out).
void BindInputOptions(py::module_& m) {
  py::enum_<InputFormat>(m, "InputFormat", "How input files are read (whosaid/reader.h).",
                         py::arithmetic())
      .value("AUTO", InputFormat::kAuto)
      .value("TEXT", InputFormat::kText)
      .value("HTML", InputFormat::kHtml)
      .value("JSONL", InputFormat::kJsonl)
      .value("WARC", InputFormat::kWarc);
  // Equal to its int value too, as the other options' numbers are.
  py::object format = m.attr("InputFormat");
  format.attr("__eq__") = py::cpp_function(
      [](InputFormat a, py::object b) {
        return py::isinstance<py::int_>(b) ? static_cast<int>(a) == b.cast<int>()
                                           : py::isinstance<InputFormat>(b) && a == b.cast<InputFormat>();
      },
      py::is_method(format));
  format.attr("__hash__") = py::cpp_function([](InputFormat a) { return static_cast<int>(a); },
                                             py::is_method(format));
  py::class_<JsonlFields>(m, "JsonlFields", "JSONL field names for each piece of an article.")
      .def(py::init<>())
      .def_readwrite("id", &JsonlFields::id)
      .def_readwrite("url", &JsonlFields::url)
      .def_readwrite("text", &JsonlFields::text)
      .def_readwrite("html", &JsonlFields::html)
      .def_readwrite("outlet", &JsonlFields::outlet)
      .def_readwrite("date", &JsonlFields::date)
      .def_readwrite("title", &JsonlFields::title)
      .def_readwrite("byline", &JsonlFields::byline);
}

py::tuple JsonlFieldsTuple(const JsonlFields& f) {
  return py::make_tuple(f.id, f.url, f.text, f.html, f.outlet, f.date, f.title, f.byline);
}

JsonlFields JsonlFieldsFromTuple(const py::tuple& t) {
  return JsonlFields{t[0].cast<std::string>(), t[1].cast<std::string>(), t[2].cast<std::string>(),
                     t[3].cast<std::string>(), t[4].cast<std::string>(), t[5].cast<std::string>(),
                     t[6].cast<std::string>(), t[7].cast<std::string>()};
}

void BindOptions(py::module_& m) {
  BindInputOptions(m);
  const Options d;  // the defaults documented in include/whosaid/options.h
  py::class_<Options>(m, "Options", "Every knob of the analysis; see include/whosaid/options.h.")
      .def(py::init([](size_t max_document_bytes, size_t max_quote_bytes, size_t max_attributions,
                       bool indirect, InputFormat input_format, const JsonlFields& jsonl_fields,
                       size_t max_html_depth, bool rules, bool model,
                       double max_document_seconds, double model_min_confidence) {
             return Options{.max_document_bytes = max_document_bytes,
                            .max_quote_bytes = max_quote_bytes,
                            .max_attributions = max_attributions,
                            .indirect = indirect,
                            .input_format = input_format,
                            .jsonl_fields = jsonl_fields,
                            .max_html_depth = max_html_depth,
                            .rules = rules,
                            .model = model,
                            .max_document_seconds = max_document_seconds,
                            .model_min_confidence = model_min_confidence};
           }),
           py::kw_only(), py::arg("max_document_bytes") = d.max_document_bytes,
           py::arg("max_quote_bytes") = d.max_quote_bytes,
           py::arg("max_attributions") = d.max_attributions, py::arg("indirect") = d.indirect,
           py::arg("input_format") = d.input_format, py::arg("jsonl_fields") = d.jsonl_fields,
           py::arg("max_html_depth") = d.max_html_depth, py::arg("rules") = d.rules,
           py::arg("model") = d.model,
           py::arg("max_document_seconds") = d.max_document_seconds,
           py::arg("model_min_confidence") = d.model_min_confidence)
      .def_readwrite("max_document_bytes", &Options::max_document_bytes)
      .def_readwrite("max_quote_bytes", &Options::max_quote_bytes)
      .def_readwrite("max_attributions", &Options::max_attributions)
      .def_readwrite("indirect", &Options::indirect)
      .def_readwrite("input_format", &Options::input_format)
      .def_readwrite("jsonl_fields", &Options::jsonl_fields)
      .def_readwrite("max_html_depth", &Options::max_html_depth)
      .def_readwrite("rules", &Options::rules)
      .def_readwrite("model", &Options::model)
      .def_readwrite("max_document_seconds", &Options::max_document_seconds)
      .def_readwrite("model_min_confidence", &Options::model_min_confidence)
      .def(py::pickle(  // so that Options travel to Dask workers
          [](const Options& o) {
            return py::make_tuple(o.max_document_bytes, o.max_quote_bytes, o.max_attributions,
                                  o.indirect, o.input_format, JsonlFieldsTuple(o.jsonl_fields),
                                  o.max_html_depth, o.rules, o.model,
                                  o.max_document_seconds, o.model_min_confidence);
          },
          [](const py::tuple& t) {
            return Options{.max_document_bytes = t[0].cast<size_t>(),
                           .max_quote_bytes = t[1].cast<size_t>(),
                           .max_attributions = t[2].cast<size_t>(),
                           .indirect = t[3].cast<bool>(),
                           .input_format = t[4].cast<InputFormat>(),
                           .jsonl_fields = JsonlFieldsFromTuple(t[5].cast<py::tuple>()),
                           .max_html_depth = t[6].cast<size_t>(),
                           .rules = t[7].cast<bool>(),
                           .model = t[8].cast<bool>(),
                           .max_document_seconds = t[9].cast<double>(),
                           .model_min_confidence = t[10].cast<double>()};
          }))
      .def("__repr__", [](const Options& o) {
        return py::str(
                   "Options(max_document_bytes={}, max_quote_bytes={}, max_attributions={}, "
                   "indirect={}, input_format={}, max_html_depth={}, rules={}, model={}, "
                   "max_document_seconds={}, model_min_confidence={})")
            .format(o.max_document_bytes, o.max_quote_bytes, o.max_attributions, o.indirect,
                    static_cast<int>(o.input_format), o.max_html_depth, o.rules, o.model,
                    o.max_document_seconds, o.model_min_confidence);
      });
}

void BindSpan(py::module_& m) {
  py::class_<Span>(m, "Span", "A stretch of the document's text; offsets are code points.")
      .def_readonly("start", &Span::start, "code point offset, inclusive")
      .def_readonly("end", &Span::end, "code point offset, exclusive")
      .def_readonly("byte_start", &Span::byte_start, "byte offset into the UTF-8 text")
      .def_readonly("byte_end", &Span::byte_end)
      .def_readonly("text", &Span::text)
      .def("__repr__", [](const Span& s) {
        return py::str("Span({}, {}, {!r})").format(s.start, s.end, s.text);
      });
}

void BindSpeaker(py::module_& m) {
  py::class_<Speaker>(m, "Speaker", "The identity an attribution points at.")
      .def_readonly("name", &Speaker::name, "the fullest name the article gives; '' when unknown")
      .def_property_readonly("kind", [](const Speaker& s) { return SpeakerKindName(s.kind); })
      .def_property_readonly("role", [](const Speaker& s) { return OptionalString(s.role); })
      .def_property_readonly(
          "organization", [](const Speaker& s) { return OptionalString(s.organization); },
          "the organisation a person or anonymous source speaks for, or None")
      .def_property_readonly(
          "entity",
          [](const Speaker& s) {
            return s.entity < 0 ? py::object(py::none()) : py::int_(s.entity);
          },
          "index into Document.entities, or None")
      .def("__repr__", [](const Speaker& s) {
        return py::str("Speaker({!r}, kind={!r}, role={!r})")
            .format(s.name, SpeakerKindName(s.kind), OptionalString(s.role));
      });
}

void BindAttribution(py::module_& m) {
  py::class_<Attribution>(m, "Attribution", "One claim: who (source, speaker), how (cue), what.")
      .def_property_readonly("type",
                             [](const Attribution& a) { return AttributionTypeName(a.type); })
      .def_property_readonly(
          "content",
          [](py::handle self) { return ViewList(self.cast<const Attribution&>().content, self); })
      .def_property_readonly(
          "cue",
          [](py::handle self) { return ViewOrNone(self.cast<const Attribution&>().cue, self); })
      .def_property_readonly(
          "source",
          [](py::handle self) { return ViewOrNone(self.cast<const Attribution&>().source, self); })
      .def_property_readonly("speaker",
                             [](py::handle self) {
                               return py::cast(&self.cast<const Attribution&>().speaker,
                                               py::return_value_policy::reference_internal, self);
                             })
      .def_property_readonly(
          "via",
          [](py::handle self) {
            const Speaker& via = self.cast<const Attribution&>().via;
            if (via.name.empty()) return py::object(py::none());
            return py::cast(&via, py::return_value_policy::reference_internal, self);
          },
          "the source this source cites, or None");
}

void BindEntity(py::module_& m) {
  py::class_<Entity>(m, "Entity", "An identity mentioned in the document, with its mentions.")
      .def_readonly("name", &Entity::name)
      .def_property_readonly("kind", [](const Entity& e) { return SpeakerKindName(e.kind); })
      .def_property_readonly("role", [](const Entity& e) { return OptionalString(e.role); })
      .def_property_readonly("organization",
                             [](const Entity& e) { return OptionalString(e.organization); })
      .def_property_readonly("mentions", [](py::handle self) {
        return ViewList(self.cast<const Entity&>().mentions, self);
      });
}

void BindDocument(py::module_& m) {
  py::class_<InputRepairs>(m, "InputRepairs", "Things in the input repaired rather than rejected.")
      .def_readonly("invalid_utf8_bytes", &InputRepairs::invalid_utf8_bytes)
      .def_readonly("unbalanced_quotes", &InputRepairs::unbalanced_quotes);
  py::class_<Document>(m, "Document", "The result of analysing one document.")
      .def_readonly("id", &Document::id)
      .def_readonly("text", &Document::text, "the input as read, invalid UTF-8 replaced by U+FFFD")
      .def_property_readonly(
          "attributions",
          [](py::handle self) { return ViewList(self.cast<const Document&>().attributions, self); })
      .def_property_readonly(
          "entities",
          [](py::handle self) { return ViewList(self.cast<const Document&>().entities, self); })
      .def_readonly("repairs", &Document::repairs)
      .def("to_json", &ToJsonLine, "One line of the JSONL contract (docs/output-format.md).")
      .def(
          "to_json_bytes", [](const Document& d) { return py::bytes(ToJsonLine(d)); },
          "to_json() as UTF-8 bytes, for writing to binary files without decoding and re-encoding.")
      .def(
          "to_dict",
          [](const Document& d) {
            return py::module_::import("json").attr("loads")(ToJsonLine(d));
          },
          "The JSONL contract as a dict: json.loads(to_json()), so the two never differ.")
      .def("__str__", &ToSourcingMap, "The sourcing map that `whosaid analyze` prints.")
      .def("__repr__", [](const Document& d) {
        return py::str("<whosaid.Document id={!r} attributions={} entities={}>")
            .format(d.id, d.attributions.size(), d.entities.size());
      });
}

void BindAnalyzer(py::module_& m) {
  py::class_<Analyzer>(m, "Analyzer",
                       "Analyses articles. Thread-safe: share one across threads; analyze() "
                       "releases the GIL.")
      .def(py::init<Options>(), py::arg("options") = Options())
      .def_property_readonly("options", &Analyzer::options)
      .def("analyze", &Analyze, py::arg("text"), py::arg("id") = "",
           "Analyses one article (str, or bytes read from a file) -> Document. Raises "
           "whosaid.Error when the library fails (too large, binary data).")
      .def("analyze_file", &AnalyzeFile, py::arg("path"), py::arg("id") = "",
           "Reads and analyses one file -> Document, as `whosaid analyze FILE` does. Raises "
           "whosaid.Error (NOT_FOUND, IO_ERROR, LIMIT_EXCEEDED, BAD_INPUT).");
}

}  // namespace

[[noreturn]] void ThrowStatus(const Status& status) {
  py::object error = error_type(status.ToString());
  error.attr("code") = py::cast(status.code());
  PyErr_SetObject(error_type.ptr(), error.ptr());
  throw py::error_already_set();
}

}  // namespace whosaid::python

PYBIND11_MODULE(_whosaid, m) {
  using namespace whosaid::python;
  m.doc() = "whosaid's C++ core; use the `whosaid` package instead.";
  BindStatus(m);
  BindOptions(m);
  BindSpan(m);
  BindSpeaker(m);
  BindAttribution(m);
  BindEntity(m);
  BindDocument(m);
  BindAnalyzer(m);
  BindStore(m);
}
