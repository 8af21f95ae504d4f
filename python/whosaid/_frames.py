"""pandas DataFrames from Documents: one row per attribution, or per entity."""

from ._whosaid import Document

ATTRIBUTION_COLUMNS = [
    "id", "index", "type", "speaker", "speaker_kind", "speaker_role", "speaker_entity",
    "via", "via_kind", "cue", "cue_start", "cue_end", "source", "source_start", "source_end",
    "content", "content_start", "content_end", "content_spans",
]
ENTITY_COLUMNS = ["id", "index", "name", "kind", "role", "mentions", "first_start"]


def _documents(docs):
    for doc in [docs] if isinstance(docs, Document) else docs:
        if not isinstance(doc, Document):
            raise TypeError(f"whosaid: expected Documents, got {type(doc).__name__} ({doc!r})")
        yield doc


def _span_columns(name, span):
    if span is None:
        return {name: None, f"{name}_start": None, f"{name}_end": None}
    return {name: span.text, f"{name}_start": span.start, f"{name}_end": span.end}


def _attribution_row(doc, index, a):
    via = a.via
    content = a.content
    row = {
        "id": doc.id, "index": index, "type": a.type,
        "speaker": a.speaker.name, "speaker_kind": a.speaker.kind,
        "speaker_role": a.speaker.role, "speaker_entity": a.speaker.entity,
        "via": via.name if via else None, "via_kind": via.kind if via else None,
        # Spans of a quote split by its attribution, joined as the sourcing map joins them.
        "content": " … ".join(s.text for s in content),
        "content_start": content[0].start, "content_end": content[-1].end,
        "content_spans": len(content),
    }
    row.update(_span_columns("cue", a.cue))
    row.update(_span_columns("source", a.source))
    return row


def to_dataframe(docs):
    """A pandas DataFrame with one row per attribution of `docs` (a Document or an
    iterable of them), in document order. Columns: ATTRIBUTION_COLUMNS; offsets
    are code points into doc.text; missing cue/source/role/via are None."""
    import pandas

    rows = [_attribution_row(doc, k, a)
            for doc in _documents(docs) for k, a in enumerate(doc.attributions)]
    return pandas.DataFrame(rows, columns=ATTRIBUTION_COLUMNS)


def entities_dataframe(docs):
    """A pandas DataFrame with one row per entity (speaker identity) of `docs`:
    its canonical name, kind, role, number of mentions and first offset."""
    import pandas

    rows = [{"id": doc.id, "index": k, "name": e.name, "kind": e.kind, "role": e.role,
             "mentions": len(e.mentions),
             "first_start": min((m.start for m in e.mentions), default=None)}
            for doc in _documents(docs) for k, e in enumerate(doc.entities)]
    return pandas.DataFrame(rows, columns=ENTITY_COLUMNS)
