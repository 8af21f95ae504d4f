// Copyright 2026 The whosaid Authors.
//
// A quote's provenance as an SVG picture: who carried it and who cited whom.
// One row per occurrence in date order, a dot per outlet on a time line (the
// first appearance filled); an arrow from each occurrence to the earlier one
// whose word it rests on (an outlet citing another outlet that carried the
// quote before), or else to a square node, below the time line, for the
// source it cites (an outlet or a person that carried it nowhere here).
#ifndef WHOSAID_SERVE_PROVENANCE_SVG_H_
#define WHOSAID_SERVE_PROVENANCE_SVG_H_

#include <string>
#include <vector>

namespace whosaid::serve {

struct Occurrence {
  std::string date;     // ISO 8601, or "" when unknown
  std::string outlet;   // "" when unknown
  std::string speaker;  // who the quote is attributed to
  std::string cites;    // whose word the outlet relies on, "" when its own
};

// An <svg> element; every text is escaped.
std::string ProvenanceSvg(const std::vector<Occurrence>& occurrences);

}  // namespace whosaid::serve

#endif  // WHOSAID_SERVE_PROVENANCE_SVG_H_
