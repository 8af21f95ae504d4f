"""whosaid.to_dataframe and entities_dataframe: one row per attribution / entity."""

import pandas
import pytest

import whosaid

MAYOR = '"We are ready," Mayor Jane Smith said Friday.'


def test_one_row_per_attribution_in_document_order(polnear_dev):
    docs = list(whosaid.analyze_many((p.stem, p.read_bytes()) for p in polnear_dev[:10]))
    frame = whosaid.to_dataframe(docs)
    assert list(frame.columns) == whosaid._frames.ATTRIBUTION_COLUMNS
    assert len(frame) == sum(len(d.attributions) for d in docs)
    first = docs[0].attributions[0]
    row = frame.iloc[0]
    assert (row["id"], row["index"], row["type"]) == (docs[0].id, 0, first.type)
    assert row["content_start"] == first.content[0].start
    assert row["speaker"] == first.speaker.name


def test_columns_of_a_quote():
    row = whosaid.to_dataframe(whosaid.analyze(MAYOR, id="m")).iloc[0].to_dict()
    assert row == {
        "id": "m", "index": 0, "type": "direct", "speaker": "Jane Smith",
        "speaker_kind": "person", "speaker_role": "Mayor", "speaker_entity": 0,
        "via": None, "via_kind": None, "cue": "said", "cue_start": 33, "cue_end": 37,
        "source": "Mayor Jane Smith", "source_start": 16, "source_end": 32,
        "content": "We are ready,", "content_start": 1, "content_end": 14, "content_spans": 1,
    }


def test_a_generator_of_documents_is_accepted_and_empty_input_has_the_columns():
    frame = whosaid.to_dataframe(whosaid.analyze_many([MAYOR, MAYOR]))
    assert len(frame) == 2
    empty = whosaid.to_dataframe([])
    assert isinstance(empty, pandas.DataFrame) and len(empty) == 0
    assert list(empty.columns) == whosaid._frames.ATTRIBUTION_COLUMNS


def test_entities_frame_counts_mentions():
    frame = whosaid.entities_dataframe(whosaid.analyze(MAYOR, id="m"))
    assert frame.to_dict("records") == [{
        "id": "m", "index": 0, "name": "Jane Smith", "kind": "person", "role": "Mayor",
        "mentions": 2, "first_start": 16}]


def test_something_else_than_documents_is_a_type_error():
    with pytest.raises(TypeError, match="expected Documents, got str"):
        whosaid.to_dataframe(["not a document"])
