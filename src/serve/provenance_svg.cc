// Copyright 2026 The whosaid Authors.
#include "serve/provenance_svg.h"

#include <fmt/format.h>

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

// The earlier row whose outlet is the source row `i` cites, or -1.
int CitedRow(const std::vector<Occurrence>& rows, size_t i) {
  if (rows[i].cites.empty()) return -1;
  for (size_t j = 0; j < i; ++j) {
    if (rows[j].outlet == rows[i].cites) return static_cast<int>(j);
  }
  return -1;
}

std::string Arrow(int from_row, int to_row) {
  const int y1 = kTop + from_row * kRow, y2 = kTop + to_row * kRow;
  return fmt::format(
      "<path d=\"M{0} {1} C{2} {1}, {2} {3}, {0} {3}\" fill=\"none\" stroke=\"#a63753\" "
      "stroke-width=\"1.5\" marker-end=\"url(#arrow)\"/>\n",
      kDotX - 9, y1, kDotX - 42, y2 + 4);
}

}  // namespace

std::string ProvenanceSvg(const std::vector<Occurrence>& rows) {
  const int height = kTop * 2 + static_cast<int>(rows.size()) * kRow;
  std::string svg = fmt::format(
      "<svg class=\"provenance\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-label=\"Provenance timeline\">\n"
      "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
      "markerHeight=\"7\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#a63753\"/></marker></defs>\n"
      "<line x1=\"{2}\" y1=\"{3}\" x2=\"{2}\" y2=\"{4}\" stroke=\"#9aa4ae\" stroke-width=\"2\"/>\n",
      kWidth, height, kDotX, kTop, height - kTop);
  for (size_t i = 0; i < rows.size(); ++i) {
    const int y = kTop + static_cast<int>(i) * kRow;
    svg += fmt::format(
        "<g class=\"occurrence\"><text x=\"{0}\" y=\"{1}\" text-anchor=\"end\">{2}</text>"
        "<circle cx=\"{3}\" cy=\"{4}\" r=\"7\" fill=\"{5}\" stroke=\"#2f6ea8\" stroke-width=\"2\"/>"
        "<text x=\"{6}\" y=\"{1}\">{7}</text></g>\n",
        kDotX - 50, y + 4, report::Escape(rows[i].date.empty() ? "undated" : rows[i].date), kDotX, y,
        i == 0 ? "#2f6ea8" : "#fff", kDotX + 16, report::Escape(Label(rows[i])));
    if (const int cited = CitedRow(rows, i); cited >= 0) svg += Arrow(static_cast<int>(i), cited);
  }
  return svg + "</svg>\n";
}

}  // namespace whosaid::serve
