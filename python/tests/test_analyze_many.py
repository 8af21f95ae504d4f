"""whosaid.analyze_many: order, ids, streaming, threads and errors."""

import pytest

import whosaid

MAYOR = '"We are ready," Mayor Jane Smith said Friday.'


def test_items_may_be_texts_pairs_or_records():
    items = [MAYOR, ("b", MAYOR.encode()), {"id": "c", "text": MAYOR}, {"text": MAYOR}]
    docs = list(whosaid.analyze_many(items))
    assert [d.id for d in docs] == ["0", "b", "c", "3"]
    assert all(len(d.attributions) == 1 for d in docs)


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_threads_give_the_same_documents_in_input_order(polnear_dev, threads):
    items = [(p.stem, p.read_bytes()) for p in polnear_dev]
    expected = [whosaid.analyze(text, id=i).to_json() for i, text in items]
    got = [d.to_json() for d in whosaid.analyze_many(items, threads=threads)]
    assert got == expected


@pytest.mark.parametrize("threads", [1, 2])
def test_input_is_read_lazily(threads):
    pulled = []

    def texts():
        for k in range(100):
            pulled.append(k)
            yield MAYOR

    docs = whosaid.analyze_many(texts(), threads=threads)
    assert next(iter(docs)).id == "0"
    assert len(pulled) <= 2 * threads
    assert len(list(docs)) == 99


@pytest.mark.parametrize("threads", [1, 2])
def test_errors_return_yields_the_error_in_place_and_goes_on(threads):
    out = list(whosaid.analyze_many([MAYOR, "bin\0ary", MAYOR], threads=threads, errors="return"))
    assert isinstance(out[0], whosaid.Document) and isinstance(out[2], whosaid.Document)
    assert isinstance(out[1], whosaid.Error)
    assert out[1].code == whosaid.StatusCode.BAD_INPUT
    assert "NUL byte at offset 3" in str(out[1])


@pytest.mark.parametrize("threads", [1, 2])
def test_errors_raise_stops_at_the_failing_document(threads):
    docs = whosaid.analyze_many([MAYOR, "bin\0ary", MAYOR], threads=threads)
    assert next(iter(docs)).id == "0"
    with pytest.raises(whosaid.Error, match="binary data"):
        next(iter(docs))


@pytest.mark.parametrize("kwargs, message", [
    ({"threads": 0}, "threads must be at least 1"),
    ({"errors": "ignore"}, "errors must be 'raise' or 'return'"),
])
def test_bad_arguments_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=message):
        whosaid.analyze_many([MAYOR], **kwargs)


def test_an_item_of_the_wrong_type_is_a_type_error():
    with pytest.raises(TypeError, match="item 1 must be str, bytes"):
        list(whosaid.analyze_many([MAYOR, 42]))
