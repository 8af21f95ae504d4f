// Copyright 2026 The whosaid Authors.
#include "serve/provenance_svg.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "report/html.h"

namespace whosaid::serve {
namespace {

constexpr int kRow = 34;
constexpr int kTop = 20;
constexpr int kDotX = 150;
constexpr int kWidth = 760;

std::string Label(const Occurrence& o) {
  std::string outlet = o.outlet.empty() ? "(outlet unknown)" : o.outlet;
  std::string label = outlet + " \u2014 " + (o.speaker.empty() ? "speaker unknown" : o.speaker);
  if (!o.cites.empty() && o.cites != o.speaker) label += ", citing " + o.cites;
  return label;
}

// The earlier row whose outlet row `i` cites, or -1.
int EarlierRowCited(const std::vector<Occurrence>& rows, size_t i) {
  for (size_t j = 0; j < i && !rows[i].cites.empty(); ++j) {
    if (rows[j].outlet == rows[i].cites) return static_cast<int>(j);
  }
  return -1;
}

// Where row `i`'s arrow points: the earlier occurrence in an outlet it cites,
// else the node of the source it cites (index rows.size() + k for sources[k]),
// or -1 when it cites no one.
int CitedRow(const std::vector<Occurrence>& rows, size_t i, const std::vector<std::string>& sources) {
  if (rows[i].cites.empty()) return -1;
  if (const int earlier = EarlierRowCited(rows, i); earlier >= 0) return earlier;
  const auto it = std::find(sources.begin(), sources.end(), rows[i].cites);
  return static_cast<int>(rows.size() + (it - sources.begin()));
}

// The sources cited that are no earlier occurrence's outlet, in order of
// first citation: each gets a node of its own below the time line.
std::vector<std::string> CitedSources(const std::vector<Occurrence>& rows) {
  std::vector<std::string> sources;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].cites.empty() || EarlierRowCited(rows, i) >= 0) continue;
    if (std::find(sources.begin(), sources.end(), rows[i].cites) == sources.end()) sources.push_back(rows[i].cites);
  }
  return sources;
}

int RowY(int row) { return kTop + row * kRow; }

std::string Arrow(int from_row, int to_row) {
  return fmt::format(
      "<path d=\"M{0} {1} C{2} {1}, {2} {3}, {0} {3}\" fill=\"none\" stroke=\"#a63753\" "
      "stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n",
      kDotX - 9, RowY(from_row), kDotX - 42 - 6 * std::abs(to_row - from_row), RowY(to_row) + 4);
}

std::string OccurrenceNode(const Occurrence& o, int row) {
  return fmt::format(
      "<g class=\"occurrence\"><text x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text>"
      "<circle cx=\"{3}\" cy=\"{4}\" r=\"7\" fill=\"{5}\" stroke=\"#2f6ea8\" stroke-width=\"2\"/>"
      "<text x=\"{6}\" y=\"{1}\">{7}</text></g>\n",
      kDotX - 50, RowY(row) + 4, report::Escape(o.date.empty() ? "undated" : o.date), kDotX, RowY(row),
      row == 0 ? "#2f6ea8" : "#fff", kDotX + 16, report::Escape(Label(o)));
}

std::string SourceNode(const std::string& source, int row) {
  return fmt::format(
      "<g class=\"source\"><text x=\"{0}\" y=\"{1}\" text-anchor=\"end\">cited</text>"
      "<rect x=\"{2}\" y=\"{3}\" width=\"14\" height=\"14\" fill=\"#f5d8de\" stroke=\"#a63753\" "
      "stroke-width=\"2\"/><text x=\"{4}\" y=\"{1}\">{5}</text></g>\n",
      kDotX - 50, RowY(row) + 4, kDotX - 7, RowY(row) - 7, kDotX + 16, report::Escape(source));
}

}  // namespace

std::string ProvenanceSvg(const std::vector<Occurrence>& rows) {
  const std::vector<std::string> sources = CitedSources(rows);
  const int nodes = static_cast<int>(rows.size() + sources.size());
  const int height = kTop * 2 + nodes * kRow;
  std::string svg = fmt::format(
      "<svg class=\"provenance\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"Provenance timeline\">\n"
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#a63753\"/></marker></defs>\n"
      "<line x1=\"{2}\" y1=\"{3}\" x2=\"{2}\" y2=\"{4}\" stroke=\"#9aa4ae\" stroke-width=\"2\"/>\n",
      kWidth, height, kDotX, kTop, RowY(static_cast<int>(rows.size()) - 1));
  for (size_t i = 0; i < rows.size(); ++i) svg += OccurrenceNode(rows[i], static_cast<int>(i));
  for (size_t k = 0; k < sources.size(); ++k) svg += SourceNode(sources[k], static_cast<int>(rows.size() + k));
  for (size_t i = 0; i < rows.size(); ++i) {
    if (const int cited = CitedRow(rows, i, sources); cited >= 0) svg += Arrow(static_cast<int>(i), cited);
  }
  return svg + "</svg>\n";
}

}  // namespace whosaid::serve
