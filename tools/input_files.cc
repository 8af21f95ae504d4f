// Copyright 2026 The whosaid Authors.
//
// The input files of the commands that read articles (analyze, ingest).
#include <glob.h>

#include <algorithm>
#include <filesystem>

#include "commands.h"

namespace whosaid::cli {
namespace {

bool IsGlob(const std::string& s) { return s.find_first_of("*?[") != std::string::npos; }

// The regular files inside a folder, recursively, sorted, hidden ones skipped.
std::vector<std::string> FilesIn(const std::string& dir) {
  namespace fs = std::filesystem;
  std::vector<std::string> found;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->is_regular_file() && it->path().filename().string()[0] != '.') {
      found.push_back(it->path().string());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

// Matches of a glob pattern, sorted; the pattern itself when nothing
// matches, so that the run reports it as a missing file.
std::vector<std::string> GlobMatches(const std::string& pattern) {
  glob_t g{};
  std::vector<std::string> found;
  if (glob(pattern.c_str(), 0, nullptr, &g) == 0) found.assign(g.gl_pathv, g.gl_pathv + g.gl_pathc);
  globfree(&g);
  if (found.empty()) found.push_back(pattern);
  return found;
}

// A file stands for itself, a folder for its files.
void AddPath(const std::string& path, std::vector<std::string>* files) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    const std::vector<std::string> found = FilesIn(path);
    files->insert(files->end(), found.begin(), found.end());
  } else {
    files->push_back(path);
  }
}

}  // namespace

std::vector<std::string> ExpandInputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> files;
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (in != "-" && !std::filesystem::exists(in, ec) && IsGlob(in)) {
      for (const std::string& match : GlobMatches(in)) AddPath(match, &files);
    } else {
      AddPath(in, &files);
    }
  }
  return files;
}

}  // namespace whosaid::cli
