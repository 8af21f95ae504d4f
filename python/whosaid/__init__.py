"""whosaid: who said what, on whose word — attributions in news text.

Example::

    import whosaid
    doc = whosaid.analyze('"We are ready," Mayor Jane Smith said Friday.', id="example")
    a = doc.attributions[0]
    a.content[0].text          # 'We are ready,'
    a.speaker.name             # 'Jane Smith'
    doc.text[a.content[0].start:a.content[0].end] == a.content[0].text   # offsets are str offsets
    print(doc)                 # the sourcing map `whosaid analyze` prints
    whosaid.analyze_file("article.txt")             # read by the library, id "article" as in the CLI
    doc.to_dict()              # the JSONL contract (docs/output-format.md) as a dict
    docs = whosaid.analyze_many(texts, threads=2)   # streaming, in input order
    whosaid.to_dataframe(docs)                      # one row per attribution (pandas)

The analysis runs in C++ (the same library as the `whosaid` CLI) with the GIL
released, so threads analyse in parallel. Failures raise whosaid.Error, whose
message is the library's and whose `code` is a StatusCode. Scaling out over a
Dask cluster: whosaid.dask (docs/scale-out.md).
"""

from ._whosaid import (
    Analyzer,
    Attribution,
    Document,
    Entity,
    Error,
    InputFormat,
    InputRepairs,
    JsonlFields,
    Options,
    Span,
    Speaker,
    StatusCode,
    Store,
)
from ._api import analyze, analyze_file, analyze_many, document_id
from ._frames import entities_dataframe, to_dataframe

__all__ = [
    "Analyzer", "Attribution", "Document", "Entity", "Error", "InputFormat", "InputRepairs",
    "JsonlFields", "Options", "Span", "Speaker", "StatusCode", "Store", "analyze", "analyze_file",
    "analyze_many", "document_id",
    "entities_dataframe", "to_dataframe",
]
