"""whosaid.dask: a LocalCluster of 2 worker processes gives the CLI's output."""

import json

import dask
import dask.bag
import distributed
import pytest

import whosaid
import whosaid.dask

from conftest import SOURCE_DIR


def sorted_lines(data):
    return b"".join(sorted(data.splitlines(keepends=True)))


@pytest.fixture(scope="module")
def cluster_client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster:
        with distributed.Client(cluster) as client:
            yield client


def test_local_cluster_of_two_workers_equals_the_cli(cluster_client, cli, polnear_dev, tmp_path):
    inputs = [polnear_dev[0].parent, SOURCE_DIR / "samples"]
    assert len(cluster_client.scheduler_info()["workers"]) == 2
    report = whosaid.dask.analyze_files(inputs, tmp_path / "out", partitions=4)
    expected = sorted_lines(cli("analyze", "--format", "jsonl", *inputs))
    with open(report.merged, "rb") as merged:
        assert merged.read() == expected
    assert report.documents == len(expected.splitlines()) > 84
    assert (report.failed, len(report.partitions)) == (0, 4)
    assert all(p.documents > 0 for p in report.partitions)
    with open(report.errors, "rb") as errors:
        assert errors.read() == b""
    # The merged database holds what `whosaid ingest` of the same inputs writes.
    ingested = tmp_path / "ingest.db"
    cli("ingest", "--db", ingested, *inputs)
    for query in [("export",), ("--format", "json", "--limit", "0", "speakers"),
                  ("--format", "json", "--limit", "0", "quotes"),
                  ("--format", "json", "--limit", "0", "sourcing")]:
        assert cli("query", "--db", report.store, *query) == cli("query", "--db", ingested, *query)


def test_a_failing_document_is_reported_and_the_rest_is_kept(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text('"We are ready," Mayor Jane Smith said.')
    (tmp_path / "in" / "binary.txt").write_bytes(b"PK\0\0zip")
    (tmp_path / "in" / ".hidden.txt").write_text("skipped, as the CLI skips it")
    with dask.config.set(scheduler="sync"):
        report = whosaid.dask.analyze_files([tmp_path / "in"], tmp_path / "out")
    assert (report.documents, report.failed) == (1, 1)
    with open(report.merged) as merged:
        assert [json.loads(line)["id"] for line in merged] == ["good"]
    with open(report.errors) as errors:
        assert json.loads(errors.read()) == {
            "id": "binary", "source": str(tmp_path / "in" / "binary.txt"),
            "error": "bad input: binary data, not text (NUL byte at offset 2)"}


def test_jsonl_records_give_the_same_lines_as_text_files(cli, polnear_dev, tmp_path):
    records = tmp_path / "dev.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for path in polnear_dev:
            out.write(json.dumps({"id": path.stem, "text": path.read_text("utf-8")}) + "\n")
        out.write("not json\n")
    with dask.config.set(scheduler="threads"):
        report = whosaid.dask.analyze_jsonl([records], tmp_path / "out", blocksize=200_000)
    assert len(report.partitions) > 1
    with open(report.merged, "rb") as merged:
        assert merged.read() == sorted_lines(cli("analyze", "--format", "jsonl", polnear_dev[0].parent))
    assert report.failed == 1
    with open(report.errors) as errors:
        assert "not a JSON record with 'id' and 'text'" in json.loads(errors.read())["error"]


def test_jsonl_metadata_goes_into_the_store(tmp_path):
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"id": "a", "text": '"Yes," Jane Smith said.', "outlet": "Fox News",
                                   "date": "2019-06-22", "url": None, "extra": 1}) + "\n")
    with dask.config.set(scheduler="sync"):
        report = whosaid.dask.analyze_jsonl([records], tmp_path / "out")
    with whosaid.Store(report.store) as store:
        assert store.document_ids() == ["a"]
        assert store.load_meta("a") == {"url": "", "outlet": "Fox News", "date": "2019-06-22",
                                        "title": "", "byline": ""}


def test_without_store_there_is_no_database(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("text")
    with dask.config.set(scheduler="sync"):
        report = whosaid.dask.analyze_files([tmp_path / "in"], tmp_path / "out", store=False)
    assert report.store == "" and not (tmp_path / "out" / "whosaid.db").exists()


def test_options_travel_to_the_workers(cluster_client, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("The mayor said the city was ready.")
    report = whosaid.dask.analyze_files([tmp_path / "in"], tmp_path / "out",
                                        options=whosaid.Options(indirect=False))
    with open(report.merged) as merged:
        assert json.loads(merged.read())["attributions"] == []


def test_analyze_bag_gives_the_json_contract_as_dicts(cluster_client, cli, polnear_dev):
    records = [{"id": p.stem, "text": p.read_text("utf-8")} for p in polnear_dev[:20]]
    bag = dask.bag.from_sequence(records, npartitions=3)
    got = whosaid.dask.analyze_bag(bag).compute()
    expected = cli("analyze", "--format", "jsonl", *polnear_dev[:20]).decode().splitlines()
    assert got == [json.loads(line) for line in expected]


def test_analyze_bag_can_return_errors_in_place():
    bag = dask.bag.from_sequence([("a", "He said \"yes sir\"."), ("b", "bin\0ary")], npartitions=1)
    got = whosaid.dask.analyze_bag(bag, errors="return").compute(scheduler="sync")
    assert got[0]["id"] == "a"
    assert got[1] == {"error": "bad input: binary data, not text (NUL byte at offset 3)",
                      "code": "BAD_INPUT"}


def test_merge_keeps_every_line_in_order(tmp_path):
    parts = []
    for k, lines in enumerate([b"a\nc\ne\n", b"b\nd\n", b""]):
        parts.append(tmp_path / f"p{k}")
        parts[-1].write_bytes(lines)
    whosaid.dask.merge(parts, tmp_path / "merged")
    assert (tmp_path / "merged").read_bytes() == b"a\nb\nc\nd\ne\n"
