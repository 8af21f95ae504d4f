"""whosaid.analyze: results, offsets, options, errors and the GIL."""

import gc
import pickle
import re
import sys
import threading

import pytest

import whosaid
from conftest import SOURCE_DIR, shared_path

SEED = "corpus/seed/ice-raids-leak.txt"
MAYOR = '"We are ready," Mayor Jane Smith said Friday.'


def all_spans(doc):
    for a in doc.attributions:
        yield from a.content
        yield from (s for s in (a.cue, a.source) if s is not None)
    for e in doc.entities:
        yield from e.mentions


def test_a_quote_has_its_content_cue_source_and_speaker():
    doc = whosaid.analyze(MAYOR, id="mayor")
    assert doc.id == "mayor"
    assert len(doc.attributions) == 1
    a = doc.attributions[0]
    assert a.type == "direct"
    assert [s.text for s in a.content] == ["We are ready,"]
    assert a.cue.text == "said"
    assert a.source.text == "Mayor Jane Smith"
    assert (a.speaker.name, a.speaker.kind, a.speaker.role) == ("Jane Smith", "person", "Mayor")
    assert doc.entities[a.speaker.entity].name == "Jane Smith"
    assert a.via is None


def test_id_defaults_to_empty_and_is_converted_to_str():
    assert whosaid.analyze(MAYOR).id == ""
    assert whosaid.analyze(MAYOR, id=7).id == "7"


@pytest.mark.parametrize("prefix", [
    "",
    "Café résumé — naïve “quotes” here. ",   # 2-byte and 3-byte UTF-8
    "🎉🎉 Emoji first. ",                     # 4-byte UTF-8, one code point each
])
def test_span_offsets_are_python_str_offsets(prefix):
    doc = whosaid.analyze(prefix + MAYOR)
    assert doc.text == prefix + MAYOR
    spans = list(all_spans(doc))
    assert spans
    for s in spans:
        assert doc.text[s.start:s.end] == s.text
        assert doc.text.encode()[s.byte_start:s.byte_end].decode() == s.text


def test_offsets_hold_on_the_seed_article(seed_text):
    doc = whosaid.analyze(seed_text, id="ice-raids-leak")
    assert len(doc.attributions) > 10
    for s in all_spans(doc):
        assert seed_text[s.start:s.end] == s.text


def test_bytes_with_invalid_utf8_are_repaired_and_counted():
    doc = whosaid.analyze(b"Bad \xff byte. " + MAYOR.encode())
    assert doc.repairs.invalid_utf8_bytes == 1
    assert doc.text.startswith("Bad \ufffd byte.")
    for s in all_spans(doc):
        assert doc.text[s.start:s.end] == s.text


def test_views_keep_their_document_alive():
    span = whosaid.analyze(MAYOR).attributions[0].content[0]
    speaker = whosaid.analyze(MAYOR).attributions[0].speaker
    gc.collect()
    assert span.text == "We are ready,"
    assert speaker.name == "Jane Smith"


def test_str_is_the_sourcing_map_and_to_dict_is_the_json_contract():
    doc = whosaid.analyze(MAYOR, id="mayor")
    assert str(doc).startswith("mayor — 1 attributions")
    d = doc.to_dict()
    assert d["id"] == "mayor"
    assert d["attributions"][0]["speaker"] == {
        "name": "Jane Smith", "kind": "person", "role": "Mayor", "organization": None,
        "entity": 0}
    assert d["repairs"] == {"invalid_utf8_bytes": 0, "unbalanced_quotes": 0}


def test_options_reach_the_library():
    text = "The mayor said the city was ready. " + MAYOR
    assert {a.type for a in whosaid.analyze(text).attributions} == {"direct", "indirect"}
    quotes_only = whosaid.analyze(text, options=whosaid.Options(indirect=False))
    assert {a.type for a in quotes_only.attributions} == {"direct"}
    assert whosaid.Analyzer(whosaid.Options(indirect=False)).options.indirect is False


def test_every_option_of_the_library_is_an_option_here():
    header = (SOURCE_DIR / "include" / "whosaid" / "options.h").read_text()
    struct = re.search(r"struct Options \{(.*?)\};", header, re.S).group(1)
    fields = re.findall(r"^\s+[\w:<>]+ (\w+) = ", struct, re.M)
    assert fields == ["max_document_bytes", "max_quote_bytes", "max_attributions", "indirect",
                      "input_format", "max_html_depth", "rules", "model",
                      "max_document_seconds", "model_min_confidence"]
    defaults = whosaid.Options()
    changed = whosaid.Options(**{f: type(getattr(defaults, f))(0) for f in fields})
    assert all(getattr(changed, f) == 0 for f in fields)
    assert all(getattr(pickle.loads(pickle.dumps(changed)), f) == 0 for f in fields)
    assert repr(pickle.loads(pickle.dumps(defaults))) == repr(defaults)


@pytest.mark.parametrize("text, options, code, message", [
    ("a\0b", None, whosaid.StatusCode.BAD_INPUT, "bad input: binary data, not text (NUL byte at offset 1)"),
    (MAYOR, whosaid.Options(max_document_bytes=10), whosaid.StatusCode.LIMIT_EXCEEDED,
     "limit exceeded: document is 45 bytes, more than max_document_bytes (10)"),
    (MAYOR, whosaid.Options(max_attributions=0), whosaid.StatusCode.LIMIT_EXCEEDED,
     "limit exceeded: document has 1 attributions, more than max_attributions (0)"),
])
def test_library_errors_raise_whosaid_error_with_its_message(text, options, code, message):
    with pytest.raises(whosaid.Error) as raised:
        whosaid.analyze(text, options=options)
    assert str(raised.value) == message
    assert raised.value.code == code


def test_wrong_types_and_unencodable_text_raise_python_errors():
    with pytest.raises(TypeError, match="text must be str or bytes, not int"):
        whosaid.analyze(42)
    with pytest.raises(UnicodeEncodeError):
        whosaid.analyze("lone \ud800 surrogate")


def test_analyze_file_reads_as_the_cli_does(seed_text):
    path = shared_path("corpus/seed/ice-raids-leak.txt")
    doc = whosaid.analyze_file(path)
    assert doc.id == "ice-raids-leak"
    assert doc.to_json() == whosaid.analyze(seed_text, id="ice-raids-leak").to_json()
    assert whosaid.analyze_file(str(path), id="other").id == "other"


@pytest.mark.parametrize("path, options, code, message", [
    ("/nonexistent/a.txt", None, whosaid.StatusCode.NOT_FOUND, "not found: /nonexistent/a.txt: no such file"),
    (SEED, whosaid.Options(max_document_bytes=100), whosaid.StatusCode.LIMIT_EXCEEDED,
     "larger than max_document_bytes (100)"),
])
def test_analyze_file_errors_carry_the_library_message(path, options, code, message):
    if path == SEED:
        path = shared_path(SEED)
    with pytest.raises(whosaid.Error) as raised:
        whosaid.analyze_file(path, options=options)
    assert message in str(raised.value)
    assert raised.value.code == code


@pytest.mark.parametrize("path, doc_id", [
    ("dir/article.txt", "article"),
    ("dir/fox-2016.09.12.txt", "fox-2016.09.12"),
    ("dir/no-extension", "no-extension"),
    ("dir/trailing.", "trailing"),
])
def test_document_ids_are_the_clis(path, doc_id):
    assert whosaid.document_id(path) == doc_id


def test_an_empty_text_has_no_attributions():
    doc = whosaid.analyze("")
    assert doc.attributions == [] and doc.entities == []


def test_the_gil_is_released_while_analysing(seed_text):
    # With a switch interval far longer than the test, the main thread can
    # only run while the worker is inside analyze() if analyze() released the GIL.
    big = seed_text * (2_000_000 // len(seed_text) + 1)
    started, done = threading.Event(), []
    worker = threading.Thread(target=lambda: (started.set(), whosaid.analyze(big), done.append(1)))
    old = sys.getswitchinterval()
    sys.setswitchinterval(100)
    try:
        worker.start()
        started.wait()
        ran_during_analysis = not done
    finally:
        sys.setswitchinterval(old)
        worker.join()
    assert ran_during_analysis
    assert done == [1]
