"""Library, CLI and Python agree on the PolNeAR dev articles.

The CLI's `analyze --format jsonl` is the reference; tests/differential_test.cc
checks the C++ library against it, this file checks the Python module: its
JSON line, and every field of its Document objects read through the binding.
"""

import json

import whosaid


def span_dict(span):
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


def speaker_dict(s):
    return None if s is None else {"name": s.name, "kind": s.kind, "role": s.role,
                                   "organization": s.organization, "entity": s.entity}


def as_dict(doc):
    """The Document as the JSON contract, built only from the binding's attributes."""
    return {
        "id": doc.id,
        "attributions": [{
            "type": a.type, "content": [span_dict(s) for s in a.content],
            "cue": span_dict(a.cue), "source": span_dict(a.source),
            "speaker": speaker_dict(a.speaker), "via": speaker_dict(a.via),
        } for a in doc.attributions],
        "entities": [{
            "name": e.name, "kind": e.kind, "role": e.role, "organization": e.organization,
            "mentions": [span_dict(m) for m in e.mentions],
        } for e in doc.entities],
        "repairs": {"invalid_utf8_bytes": doc.repairs.invalid_utf8_bytes,
                    "unbalanced_quotes": doc.repairs.unbalanced_quotes},
    }


def test_python_and_cli_agree_on_polnear_dev(cli, polnear_dev):
    cli_lines = cli("analyze", "--format", "jsonl", polnear_dev[0].parent).decode().splitlines()
    assert len(cli_lines) == len(polnear_dev) == 84
    attributions = 0
    for path, cli_line in zip(polnear_dev, cli_lines):
        doc = whosaid.analyze(path.read_bytes(), id=path.stem)
        assert doc.to_json() == cli_line, path.name
        assert doc.to_json_bytes() == cli_line.encode(), path.name
        assert as_dict(doc) == json.loads(cli_line), path.name
        assert doc.to_dict() == json.loads(cli_line), path.name
        attributions += len(doc.attributions)
    assert attributions > 84  # the comparison covers real attributions, not empty documents


def test_str_and_bytes_input_agree_on_polnear_dev(polnear_dev):
    for path in polnear_dev:
        text = path.read_text(encoding="utf-8")
        assert whosaid.analyze(text).to_json() == whosaid.analyze(path.read_bytes()).to_json()
