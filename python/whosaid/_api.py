"""analyze() and analyze_many(): the module-level entry points."""

import collections
import collections.abc
import posixpath
import threading

from ._whosaid import Analyzer, Error, Options

_default = None
_default_lock = threading.Lock()


def _analyzer(options):
    """The shared default Analyzer, or a new one for non-default options."""
    global _default
    if options is not None:
        return Analyzer(options)
    with _default_lock:
        if _default is None:
            _default = Analyzer(Options())
        return _default


def analyze(text, id=None, *, options=None):
    """Analyses one article and returns a whosaid.Document.

    text: str, or bytes as read from a file (invalid UTF-8 is replaced by
    U+FFFD and counted in doc.repairs, as the CLI does). id: copied into
    doc.id. options: a whosaid.Options; the defaults otherwise.
    Raises whosaid.Error (too large, binary data) and TypeError.
    """
    return _analyzer(options).analyze(text, "" if id is None else str(id))


def document_id(path):
    """The id `whosaid analyze` gives a file: its name without the last extension
    (as std::filesystem::path::stem, which differs from pathlib's for "name.")."""
    name = posixpath.basename(str(path).rstrip("/"))
    dot = name.rfind(".")
    return name[:dot] if dot > 0 and name not in (".", "..") else name


def analyze_file(path, id=None, *, options=None):
    """Reads and analyses one file as `whosaid analyze FILE` does (the library
    reads it, with the GIL released) and returns a whosaid.Document.

    id: defaults to the CLI's, the file name without its extension. Raises
    whosaid.Error with code NOT_FOUND, IO_ERROR, LIMIT_EXCEEDED or BAD_INPUT.
    """
    doc_id = document_id(path) if id is None else str(id)
    return _analyzer(options).analyze_file(str(path), doc_id)


def _id_and_text(position, item):
    """An item of analyze_many: text, (id, text), or a mapping with "text" and "id"."""
    if isinstance(item, (str, bytes)):
        return str(position), item
    if isinstance(item, tuple) and len(item) == 2:
        return str(item[0]), item[1]
    if isinstance(item, collections.abc.Mapping) and "text" in item:
        return str(item.get("id", position)), item["text"]
    raise TypeError(
        f"whosaid.analyze_many: item {position} must be str, bytes, (id, text) or a mapping "
        f"with 'text', not {type(item).__name__}")


def analyze_many(items, threads=1, *, options=None, errors="raise"):
    """Analyses many articles; yields whosaid.Documents in input order.

    items: an iterable (read lazily, so a generator over a large corpus is
    fine) of str/bytes texts (id: their position, "0", "1", ...), (id, text)
    pairs, or mappings with "text" and optionally "id" (JSONL records).
    threads: analysis threads; the GIL is released while analysing, so N
    threads use N cores. At most 2 x threads items are in flight.
    errors: "raise" stops at the first failing document with its
    whosaid.Error; "return" yields the whosaid.Error in that document's
    place and goes on, so nothing is lost silently.
    """
    if errors not in ("raise", "return"):
        raise ValueError(f"whosaid.analyze_many: errors must be 'raise' or 'return', not {errors!r}")
    if threads < 1:
        raise ValueError(f"whosaid.analyze_many: threads must be at least 1, not {threads}")
    analyzer = _analyzer(options)

    def one(position_and_item):
        doc_id, text = _id_and_text(*position_and_item)
        try:
            return analyzer.analyze(text, doc_id)
        except Error as error:
            if errors == "raise":
                raise
            return error

    if threads == 1:
        return map(one, enumerate(items))
    return _ordered_map(one, enumerate(items), threads)


def _ordered_map(function, items, threads):
    """map(function, items) on a thread pool: results in order, a bounded window in flight."""
    import concurrent.futures  # here, not at the top: its import is most of `import whosaid`

    pool = concurrent.futures.ThreadPoolExecutor(threads, thread_name_prefix="whosaid")
    pending = collections.deque()
    try:
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * threads:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
