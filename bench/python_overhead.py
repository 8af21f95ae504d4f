#!/usr/bin/python3
"""python_overhead: what the Python module costs on top of the CLI.

    /usr/bin/python3 bench/python_overhead.py [TEXT_DIR] [--cli build/whosaid] [--passes 5] [--runs 5]

Both sides do the work of `whosaid analyze --format jsonl TEXT_DIR` (read each
file, analyse it, write its JSON line, here to /dev/null), over the folder
`--passes` times, one thread:

  cli            the CLI as a process: `whosaid analyze --format jsonl DIR DIR ...`
  python         a fresh /usr/bin/python3 process that imports whosaid and loops
                 over the files: whosaid.analyze_file, doc.to_json_bytes, write
                 (interpreter start-up and import included, as the CLI's start-up is)
  python, warm   the same loop inside this process (no start-up)
  python, open() the warm loop reading each file with Python's open() and
                 passing the bytes to whosaid.analyze
  python, str json  the open() loop with doc.to_json() (a str) written to a text file
  python, dicts  the warm loop with doc.to_dict() instead of doc.to_json()
  python, objects  the warm loop reading every attribution's speaker and content
                 through the binding instead of writing JSON
  python, no I/O the texts read beforehand: whosaid.analyze(bytes).to_json_bytes() only,
                 the work build/bench/analyze_bench times in C++ (compare with its CPU figure)

Each case runs --runs times; the best run is kept (the machine is shared). CPU
seconds are user + system time of the process (children for the process cases).
Prints MB/s, documents/s and the overhead relative to the CLI.

TEXT_DIR defaults to $WHOSAID_SHARED/gold/polnear/train/text, else
../shared/gold/polnear/train/text from the source tree.
"""

import argparse
import os
import pathlib
import resource
import subprocess
import sys
import time

SOURCE_DIR = pathlib.Path(__file__).resolve().parents[1]

PYTHON_LOOP = """
import sys, whosaid
with open("/dev/null", "wb") as out:
    for path in sys.argv[1:]:
        out.write(whosaid.analyze_file(path).to_json_bytes() + b"\\n")
"""


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(command, env):
    """Wall and CPU seconds of one child process writing to /dev/null."""
    cpu, wall = child_cpu(), time.perf_counter()
    with open(os.devnull, "wb") as devnull:
        subprocess.run(command, stdout=devnull, check=True, env=env)
    return time.perf_counter() - wall, child_cpu() - cpu


def run_here(loop, paths):
    cpu, wall = time.process_time(), time.perf_counter()
    loop(paths)
    return time.perf_counter() - wall, time.process_time() - cpu


def json_loop(paths):
    import whosaid
    with open(os.devnull, "wb") as out:
        for path in paths:
            out.write(whosaid.analyze_file(path).to_json_bytes() + b"\n")


def open_loop(paths):
    import whosaid
    with open(os.devnull, "wb") as out:
        for path in paths:
            with open(path, "rb") as f:
                out.write(whosaid.analyze(f.read(), id=path).to_json_bytes() + b"\n")


def str_loop(paths):
    import whosaid
    with open(os.devnull, "w", encoding="utf-8") as out:
        for path in paths:
            with open(path, "rb") as f:
                out.write(whosaid.analyze(f.read(), id=path).to_json() + "\n")


def preloaded_loop(texts):
    import whosaid
    for text in texts:
        whosaid.analyze(text).to_json_bytes()


def dict_loop(paths):
    import whosaid
    for path in paths:
        with open(path, "rb") as f:
            whosaid.analyze(f.read(), id=path).to_dict()


def object_loop(paths):
    import whosaid
    for path in paths:
        with open(path, "rb") as f:
            doc = whosaid.analyze(f.read(), id=path)
        for a in doc.attributions:
            (a.type, a.speaker.name, a.speaker.kind, [s.text for s in a.content])


def best(runs, measure):
    results = [measure() for _ in range(runs)]
    return min(r[0] for r in results), min(r[1] for r in results)


def main():
    shared = os.environ.get("WHOSAID_SHARED") or str(SOURCE_DIR.parent / "shared")
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text_dir", nargs="?", default=f"{shared}/gold/polnear/train/text")
    parser.add_argument("--cli", default=str(SOURCE_DIR / "build" / "whosaid"))
    parser.add_argument("--passes", type=int, default=5, help="times over the folder per run")
    parser.add_argument("--runs", type=int, default=5, help="runs per case; the best is kept")
    args = parser.parse_args()

    files = sorted(str(p) for p in pathlib.Path(args.text_dir).iterdir() if p.is_file())
    if not files:
        sys.exit(f"python_overhead: no texts in {args.text_dir}")
    paths = files * args.passes
    texts = [pathlib.Path(p).read_bytes() for p in paths]
    megabytes = sum(os.path.getsize(p) for p in files) * args.passes / 1e6
    env = dict(os.environ)
    import whosaid
    env["PYTHONPATH"] = str(pathlib.Path(whosaid.__file__).parents[1])  # the module this run imports

    cases = [
        ("cli", lambda: run_process([args.cli, "analyze", "--format", "jsonl",
                                     *[args.text_dir] * args.passes], env)),
        ("python", lambda: run_process([sys.executable, "-c", PYTHON_LOOP, *paths], env)),
        ("python, warm", lambda: run_here(json_loop, paths)),
        ("python, open()", lambda: run_here(open_loop, paths)),
        ("python, str json", lambda: run_here(str_loop, paths)),
        ("python, dicts", lambda: run_here(dict_loop, paths)),
        ("python, no I/O", lambda: run_here(preloaded_loop, texts)),
        ("python, objects", lambda: run_here(object_loop, paths)),
    ]
    print(f"{len(files)} documents x {args.passes} passes, {megabytes:.1f} MB, best of {args.runs} "
          f"runs; whosaid from {env['PYTHONPATH']}")
    print(f"{'case':<17} {'wall s':>7} {'CPU s':>7} {'MB/s (CPU)':>11} {'docs/s (CPU)':>13} "
          f"{'CPU vs cli':>11}")
    cli_cpu = None
    for name, measure in cases:
        wall, cpu = best(args.runs, measure)
        cli_cpu = cli_cpu or cpu
        print(f"{name:<17} {wall:7.3f} {cpu:7.3f} {megabytes / cpu:11.1f} {len(paths) / cpu:13.0f} "
              f"{(cpu - cli_cpu) / cli_cpu:+10.1%}")


if __name__ == "__main__":
    main()
