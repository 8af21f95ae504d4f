// Copyright 2026 The whosaid Authors.
//
// The CLI's subcommands, one file each (tools/<name>_main.cc). Each registers
// its flags on the app and returns the function that runs it; that function
// returns the process exit code:
//   0  success
//   1  some input failed (each failure is reported on stderr; the rest ran)
//   2  usage error (bad flags), reported by CLI11
//   130  interrupted (SIGINT or SIGTERM) after printing what was done so far
#ifndef WHOSAID_TOOLS_COMMANDS_H_
#define WHOSAID_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <atomic>
#include <functional>
#include <string>
#include <vector>

#include "whosaid/options.h"

namespace whosaid::cli {

using Command = std::function<int()>;

Command AddAnalyzeCommand(CLI::App* app, Options* options);
Command AddEvalCommand(CLI::App* app, Options* options);
Command AddIngestCommand(CLI::App* app, Options* options);
Command AddQueryCommand(CLI::App* app, Options* options);
Command AddTrainCommand(CLI::App* app, Options* options);
// `train attribution`, registered by AddTrainCommand; sets *subcommand.
Command AddTrainAttributionCommand(CLI::App* train, Options* options, CLI::App** subcommand);
Command AddTrainNamesCommand(CLI::App* train, Options* options, CLI::App** subcommand);
Command AddTrainClustersCommand(CLI::App* train, Options* options, CLI::App** subcommand);
Command AddReportCommand(CLI::App* app, Options* options);
Command AddServeCommand(CLI::App* app, Options* options);

// Flags shared by every command that analyses text.
void AddOptionFlags(CLI::App* command, Options* options);

// Files named on the command line, with folders expanded to the regular
// files inside them (recursively, sorted, hidden files skipped) and glob
// patterns (quoted, so that the shell left them) to their sorted matches;
// "-" stays.
std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs);

// Installs handlers for SIGINT and SIGTERM that set the returned flag (and
// then restore the default action, so a second Ctrl-C ends the process at
// once). Long runs pass the flag to ParallelRun::stop / IngestOptions::stop,
// finish the documents in flight, print their summary and exit with
// kInterruptedExitCode.
const std::atomic<bool>* StopOnInterrupt();
inline constexpr int kInterruptedExitCode = 130;

}  // namespace whosaid::cli

#endif  // WHOSAID_TOOLS_COMMANDS_H_
