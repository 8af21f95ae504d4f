"""Analyse a corpus on a Dask cluster: partitions in, per-partition outputs, one merged store.

Example (docs/scale-out.md has the cluster set-up)::

    from distributed import Client
    import whosaid.dask

    client = Client("tcp://scheduler:8786")          # or LocalCluster(); none: Dask's local threads
    report = whosaid.dask.analyze_files(["articles/"], "out/", partitions=64)
    report.store       # out/whosaid.db: the SQLite database `whosaid ingest articles/` writes
    report.merged      # out/whosaid.jsonl: every document's JSON line, sorted
    report.failed      # documents that could not be read or analysed, each in out/errors.jsonl

Inputs are text files (one article each; folders are read as `whosaid analyze`
reads them, and the ids are the same) or JSONL files of {"id", "text"} records
(analyze_jsonl). For a dask.bag you already have, analyze_bag maps the
analysis over it and gives a bag of dicts.

Each partition is one Dask task: it analyses its documents with the C++
library (the GIL released, so a worker's threads all work) and writes
out/parts/part-NNNNN.jsonl (its JSON lines, sorted), part-NNNNN.errors.jsonl
(what failed) and part-NNNNN.db (its documents in a database). On the client,
merge() streams the sorted parts into one sorted file, the same lines, byte
for byte, as `whosaid analyze --format jsonl` prints for the same inputs,
sorted; merge_stores() puts the part databases' documents, in input order,
into one database and links it, as `whosaid ingest` does.

Paths may be local (every worker must see them: a shared file system) or any
fsspec URL whose file system is installed (s3://, gs://, ...); databases are
built in local files and copied.
"""

import dataclasses
import heapq
import json
import os
import posixpath
import tempfile

import dask
import dask.bag
import fsspec

from ._api import _analyzer, document_id
from ._whosaid import Error, Store

PART_NAME = "part-{:05d}.jsonl"
ERRORS_NAME = "part-{:05d}.errors.jsonl"
STORE_NAME = "part-{:05d}.db"


@dataclasses.dataclass
class PartitionReport:
    """What one partition task did."""

    part: str            # its JSONL file
    errors: str          # its errors file (one {"id", "source", "error"} line per failure)
    store: str = ""      # its SQLite database, when asked for
    documents: int = 0   # documents analysed
    failed: int = 0      # documents that failed
    bytes: int = 0       # bytes of text analysed


@dataclasses.dataclass
class Report:
    """The whole run: the partitions, the merged output and the totals."""

    partitions: list
    merged: str = ""       # the merged, sorted JSONL file
    errors: str = ""       # all failures, one JSON line each
    store: str = ""        # the merged SQLite database, as `whosaid ingest` writes it
    documents: int = 0
    failed: int = 0
    bytes: int = 0


def list_inputs(inputs):
    """The files `whosaid analyze INPUTS...` reads, in its order: folders are walked
    recursively, their regular files sorted, files whose name starts with "." skipped."""
    files = []
    for item in inputs:
        item = str(item)
        fs, path = fsspec.core.url_to_fs(item)
        if not fs.isdir(path):
            files.append(item)
            continue
        found = [p for p, info in fs.find(path, detail=True).items()
                 if info["type"] == "file" and not posixpath.basename(p).startswith(".")]
        protocol = item.split("://")[0] + "://" if "://" in item else ""
        files += sorted(protocol + p if protocol else p for p in found)
    return files


def _write_lines(path, lines):
    with fsspec.open(path, "wb") as out:
        for line in lines:
            out.write(line)


def _error_line(doc_id, source, error):
    return (json.dumps({"id": doc_id, "source": source, "error": str(error)},
                       ensure_ascii=False) + "\n").encode()


def _analyze_items(items, out_dir, index, options, store):
    """One partition: runs each (id, source, analyze) item's analyze(analyzer),
    which returns (Document, metadata or None, bytes read) or raises, and writes
    the part files (and the part's database when `store`). Failures go to the
    errors file, never dropped."""
    analyzer = _analyzer(options)
    report = PartitionReport(part=posixpath.join(out_dir, PART_NAME.format(index)),
                             errors=posixpath.join(out_dir, ERRORS_NAME.format(index)))
    lines, errors, stored = [], [], []
    for doc_id, source, analyze in items:
        try:
            doc, meta, size = analyze(analyzer)
        except (Error, OSError, ValueError, TypeError) as error:
            errors.append(_error_line(doc_id, source, error))
            continue
        lines.append(doc.to_json_bytes() + b"\n")
        if store:
            stored.append((doc, meta))
        report.bytes += size
    if store:
        report.store = posixpath.join(out_dir, STORE_NAME.format(index))
        _write_store(report.store, stored)
    lines.sort()
    _write_lines(report.part, lines)
    _write_lines(report.errors, errors)
    report.documents, report.failed = len(lines), len(errors)
    return report


def _write_store(path, documents):
    """A database of `documents` at `path`, built in a local file (SQLite wants
    one, not NFS or an object store) and then moved there."""
    with tempfile.TemporaryDirectory() as tmp:
        local = os.path.join(tmp, "part.db")
        with Store(local) as store:
            for doc, meta in documents:
                store.put(doc, meta)
        fs, target = fsspec.core.url_to_fs(path)
        fs.put_file(local, target)


def _file_item(path):
    doc_id = document_id(path)
    if "://" not in path:
        # The library reads local files itself: the GIL released, no Python file
        # object (fsspec's per-file overhead was larger than a short article's analysis).
        return doc_id, path, lambda analyzer: (analyzer.analyze_file(path, doc_id), None,
                                               os.path.getsize(path))

    def remote(analyzer):
        data = fsspec.filesystem(path.split("://", 1)[0]).cat_file(path)  # cached per protocol
        return analyzer.analyze(data, doc_id), None, len(data)

    return doc_id, path, remote


META_FIELDS = ("url", "outlet", "date", "title", "byline")


def _record_item(line, path):
    """A line of a JSONL file; one that is not an {"id", "text"} record fails when
    analysed. The record's url, outlet, date, title and byline are its metadata."""
    try:
        record = json.loads(line)
        doc_id, text = str(record["id"]), record["text"]
    except (ValueError, KeyError, TypeError) as error:
        message = f"not a JSON record with 'id' and 'text': {error}: {line[:80]!r}"
        return "", path, lambda analyzer: _raise(ValueError(message))
    meta = {k: record[k] for k in META_FIELDS if record.get(k) is not None}
    size = len(text.encode()) if isinstance(text, str) else 0
    return doc_id, path, lambda analyzer: (analyzer.analyze(text, doc_id), meta, size)


def _raise(error):
    raise error


def _partition_task(kind, partition, out_dir, index, options, store):
    if kind == "files":
        items = [_file_item(path) for path in partition]
    else:
        items = [_record_item(line, path) for line, path in partition if line.strip()]
    return _analyze_items(items, out_dir, index, options, store)


def _run(bag, kind, out_dir, options, merge_parts, store):
    parts_dir = posixpath.join(str(out_dir), "parts")
    fs, path = fsspec.core.url_to_fs(parts_dir)
    fs.makedirs(path, exist_ok=True)
    tasks = [dask.delayed(_partition_task)(kind, part, parts_dir, k, options, store)
             for k, part in enumerate(bag.to_delayed())]
    partitions = list(dask.compute(*tasks))
    report = Report(partitions=partitions,
                    documents=sum(p.documents for p in partitions),
                    failed=sum(p.failed for p in partitions),
                    bytes=sum(p.bytes for p in partitions))
    if merge_parts:
        report.merged = posixpath.join(str(out_dir), "whosaid.jsonl")
        report.errors = posixpath.join(str(out_dir), "errors.jsonl")
        merge([p.part for p in partitions], report.merged)
        merge([p.errors for p in partitions], report.errors)
        if store:
            report.store = posixpath.join(str(out_dir), "whosaid.db")
            merge_stores([p.store for p in partitions], report.store)
    return report


def analyze_files(inputs, out_dir, *, partitions=None, options=None, store=True,
                  merge_parts=True):
    """Analyses text files (one article each) on the current Dask scheduler.

    inputs: files and folders, as for `whosaid analyze`. out_dir: where
    parts/ and the merged whosaid.jsonl, errors.jsonl and (with store)
    whosaid.db go. partitions: how many tasks (default: about 100 files
    each). options: a whosaid.Options. store: also build the SQLite database.
    merge_parts: merge the parts (else leave them in parts/). Returns a Report.
    """
    paths = list_inputs(inputs)
    if partitions is None:
        partitions = max(1, (len(paths) + 99) // 100)
    bag = dask.bag.from_sequence(paths, npartitions=max(1, min(partitions, len(paths))))
    return _run(bag, "files", out_dir, options, merge_parts, store)


def analyze_jsonl(paths, out_dir, *, blocksize="16MiB", options=None, store=True,
                  merge_parts=True):
    """Analyses JSONL files of {"id": ..., "text": ...} records, one partition per
    `blocksize` of input (dask.bag.read_text); url, outlet, date, title and
    byline fields of a record go into the database as its metadata. A line
    that is not such a record is reported in errors.jsonl. Returns a Report."""
    bag = dask.bag.read_text(list(map(str, paths)), blocksize=blocksize, include_path=True)
    return _run(bag, "records", out_dir, options, merge_parts, store)


def _analyze_partition_to_dicts(items, options, errors):
    from ._api import analyze_many

    out = []
    for doc in analyze_many(items, options=options, errors=errors):
        if isinstance(doc, Error):
            out.append({"error": str(doc), "code": doc.code.name})
        else:
            out.append(doc.to_dict())
    return out


def analyze_bag(bag, *, options=None, errors="raise"):
    """Maps the analysis over a dask.bag of articles, lazily: returns a bag of
    dicts in the JSONL contract (docs/output-format.md), one per item.

    Items are what whosaid.analyze_many takes: texts (str or bytes; their id is
    their position within the partition), (id, text) pairs or {"id", "text"}
    records. Documents are not sent between processes as objects, only as
    dicts. errors="return" puts {"error": message, "code": name} in a failed
    item's place instead of failing the computation."""
    return bag.map_partitions(_analyze_partition_to_dicts, options, errors)


def merge(sorted_parts, out_path):
    """Merges files of sorted lines into one sorted file, streaming (memory: one
    line per part). Returns out_path."""
    files = [fsspec.open(p, "rb").open() for p in sorted_parts]
    try:
        _write_lines(out_path, heapq.merge(*files))
    finally:
        for f in files:
            f.close()
    return out_path


def merge_stores(part_stores, out_path):
    """Writes one database at out_path (replacing it) holding every document of
    `part_stores`, in their order, then links it: what `whosaid ingest` of the
    same inputs writes. Runs on the client, in a local file when out_path is
    not local. Returns out_path."""
    with tempfile.TemporaryDirectory() as tmp:
        local = out_path if "://" not in out_path else os.path.join(tmp, "whosaid.db")
        if os.path.exists(local):
            os.remove(local)
        with Store(local) as target:
            for k, part in enumerate(part_stores):
                with Store(_local_file(part, os.path.join(tmp, f"{k}.db"))) as source:
                    for doc_id in source.document_ids():
                        target.put(source.load_document(doc_id), source.load_meta(doc_id))
            target.link()
        if local != out_path:
            fs, target_path = fsspec.core.url_to_fs(out_path)
            fs.put_file(local, target_path)
    return out_path


def _local_file(path, scratch):
    """`path` itself when local, else a copy of it at `scratch`."""
    if "://" not in path:
        return path
    fs, remote = fsspec.core.url_to_fs(path)
    fs.get_file(remote, scratch)
    return scratch


def main(argv=None):
    """python3 -m whosaid.dask [--scheduler ADDRESS] --out DIR [--jsonl] [--no-store] INPUT..."""
    import argparse

    import whosaid.dask as module  # run the functions by their module name, so workers find them

    parser = argparse.ArgumentParser(prog="python3 -m whosaid.dask", description=main.__doc__)
    parser.add_argument("inputs", nargs="+", help="text files or folders (JSONL files with --jsonl)")
    parser.add_argument("--out", required=True, help="output folder (shared or an fsspec URL)")
    parser.add_argument("--scheduler", help="a dask scheduler address; default: local threads")
    parser.add_argument("--partitions", type=int, help="tasks for text inputs")
    parser.add_argument("--jsonl", action="store_true", help="inputs are JSONL {id, text} records")
    parser.add_argument("--no-store", dest="store", action="store_false",
                        help="skip the SQLite database; only the merged JSONL")
    args = parser.parse_args(argv)
    client = None
    if args.scheduler:
        from distributed import Client
        client = Client(args.scheduler)
    try:
        if args.jsonl:
            report = module.analyze_jsonl(args.inputs, args.out, store=args.store)
        else:
            report = module.analyze_files(args.inputs, args.out, partitions=args.partitions,
                                          store=args.store)
    finally:
        if client is not None:
            client.close()
    print(f"whosaid.dask: {report.documents} documents, {report.failed} failed, "
          f"{len(report.partitions)} partitions -> {report.merged} {report.store} "
          f"(errors: {report.errors})")
    return 1 if report.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
