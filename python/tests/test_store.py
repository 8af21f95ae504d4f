"""whosaid.Store: the corpus database written and read from Python."""

import pytest

import whosaid

MAYOR = '"We are ready," Mayor Jane Smith said Friday.'


def test_a_stored_document_comes_back_as_analysed(tmp_path, polnear_dev):
    docs = [whosaid.analyze_file(p) for p in polnear_dev[:5]]
    with whosaid.Store(str(tmp_path / "c.db")) as store:
        assert [store.put(d) for d in docs] == ["added"] * 5
        assert store.put(docs[0]) == "unchanged"
        store.link()
        assert store.document_ids() == [d.id for d in docs]
        for d in docs:
            assert store.load_document(d.id).to_json() == d.to_json()


def test_metadata_round_trips_and_unknown_keys_are_refused(tmp_path):
    doc = whosaid.analyze(MAYOR, id="m")
    with whosaid.Store(str(tmp_path / "c.db")) as store:
        assert store.put(doc, {"outlet": "Fox News", "date": "2019-06-22", "title": None}) == "added"
        assert store.load_meta("m") == {"url": "", "outlet": "Fox News", "date": "2019-06-22",
                                        "title": "", "byline": ""}
        assert store.put(doc, {"outlet": "Reuters"}) == "replaced"
        with pytest.raises(KeyError, match="unknown metadata key 'publisher'"):
            store.put(doc, {"publisher": "Reuters"})


def test_library_errors_raise_whosaid_error(tmp_path):
    with pytest.raises(whosaid.Error) as raised:
        whosaid.Store(str(tmp_path / "missing" / "dir" / "c.db"))
    assert raised.value.code == whosaid.StatusCode.NOT_FOUND
    with whosaid.Store(str(tmp_path / "c.db")) as store:
        with pytest.raises(whosaid.Error) as raised:
            store.load_document("absent")
        assert raised.value.code == whosaid.StatusCode.NOT_FOUND
    (tmp_path / "not-a.db").write_text("plain text, not a database " * 100)
    with pytest.raises(whosaid.Error):
        whosaid.Store(str(tmp_path / "not-a.db"))


def test_a_closed_store_refuses_work(tmp_path):
    store = whosaid.Store(str(tmp_path / "c.db"))
    store.close()
    with pytest.raises(ValueError, match="the store is closed"):
        store.document_ids()
