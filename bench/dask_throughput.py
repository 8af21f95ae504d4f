#!/usr/bin/python3
"""dask_throughput: whosaid.dask.analyze_files on a LocalCluster, per worker.

    /usr/bin/python3 bench/dask_throughput.py [TEXT_DIR] [--workers 0 1 2] [--passes 5] [--partitions 40] [--no-store]

Starts a distributed.LocalCluster of N worker processes (1 thread each) for
each N in --workers (0: no cluster, the same tasks run in this process on
Dask's synchronous scheduler, to tell the tasks' cost from the workers'), runs analyze_files over TEXT_DIR given --passes times
(the same files again, so the run is long enough to time), writing parts and
the merged JSONL and database (unless --no-store) into a temporary folder, and prints wall time, MB/s and
documents/s in total and per worker, and each worker's CPU seconds (user +
system of the worker process, read through client.run before and after).

TEXT_DIR defaults to $WHOSAID_SHARED/gold/polnear/train/text, else
../shared/gold/polnear/train/text from the source tree.
"""

import argparse
import os
import pathlib
import resource
import tempfile
import time

import dask
import distributed

import whosaid.dask

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[1]


def process_cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def warm_up():
    """Loads the lexicons in a worker before the clock starts."""
    whosaid.analyze("")


def run_in_process(text_dir, passes, partitions, store):
    """The same tasks on Dask's synchronous scheduler, in this process: the cost
    of the partition tasks themselves, without workers."""
    warm_up()
    with tempfile.TemporaryDirectory() as out, dask.config.set(scheduler="sync"):
        cpu, wall = process_cpu(), time.perf_counter()
        report = whosaid.dask.analyze_files([text_dir] * passes, out, partitions=partitions,
                                                 store=store)
        wall, cpu = time.perf_counter() - wall, process_cpu() - cpu
    megabytes = report.bytes / 1e6
    print(f"0 workers (tasks in this process, synchronous): {report.documents} documents, "
          f"{megabytes:.1f} MB, {len(report.partitions)} partitions, wall {wall:.2f} s, "
          f"{cpu:.2f} CPU s")
    print(f"  per CPU second: {megabytes / cpu:.1f} MB, {report.documents / cpu:.0f} docs")


def run(text_dir, workers, passes, partitions, store):
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client, tempfile.TemporaryDirectory() as out:
        client.run(warm_up)
        cpu = client.run(process_cpu)
        wall = time.perf_counter()
        report = whosaid.dask.analyze_files([text_dir] * passes, out, partitions=partitions,
                                                 store=store)
        wall = time.perf_counter() - wall
        cpu = {w: c - cpu[w] for w, c in client.run(process_cpu).items()}
    megabytes = report.bytes / 1e6
    print(f"{workers} worker(s): {report.documents} documents, {megabytes:.1f} MB, "
          f"{len(report.partitions)} partitions, {report.failed} failed, wall {wall:.2f} s")
    print(f"  total       {megabytes / wall:6.1f} MB/s {report.documents / wall:7.0f} docs/s (wall)")
    print(f"  per worker  {megabytes / wall / workers:6.1f} MB/s "
          f"{report.documents / wall / workers:7.0f} docs/s (wall)")
    for worker, seconds in sorted(cpu.items()):
        print(f"  {worker}: {seconds:.2f} CPU s")
    total_cpu = sum(cpu.values())
    print(f"  per worker CPU second: {megabytes / total_cpu:.1f} MB, "
          f"{report.documents / total_cpu:.0f} docs")


def main():
    shared = os.environ.get("WHOSAID_SHARED") or str(SOURCE_DIR.parent / "shared")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text_dir", nargs="?", default=f"{shared}/gold/polnear/train/text")
    parser.add_argument("--workers", type=int, nargs="+", default=[0, 1, 2],
                        help="worker processes per run; 0: the tasks in this process")
    parser.add_argument("--passes", type=int, default=5)
    parser.add_argument("--partitions", type=int, default=40)
    parser.add_argument("--no-store", action="store_true",
                        help="skip the per-partition and merged databases (JSONL only)")
    args = parser.parse_args()
    store = not args.no_store
    print(f"load average before: {os.getloadavg()[0]:.1f}; databases: {store}")
    for workers in args.workers:
        if workers == 0:
            run_in_process(args.text_dir, args.passes, args.partitions, store)
        else:
            run(args.text_dir, workers, args.passes, args.partitions, store)


if __name__ == "__main__":
    main()
