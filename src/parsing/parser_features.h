// Copyright 2026 The whosaid Authors.
//
// What the parser looks at: the words, tags and labels around the stack top
// and the buffer front (after Zhang & Nivre 2011, adapted to arc-hybrid,
// where s1 plays the part of s0's head). Shared by Parser and its trainer.
#ifndef WHOSAID_PARSING_PARSER_FEATURES_H_
#define WHOSAID_PARSING_PARSER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parsing/arc_hybrid.h"

namespace whosaid::internal {

// A sentence as the features see it, indexed by token (0 = root).
struct ParserInput {
  std::vector<uint64_t> words;  // hashes of the lowercased forms
  std::vector<uint64_t> tags;   // hashes of the XPOS tags
};

// Builds the input from the words and their XPOS tags.
ParserInput MakeParserInput(const std::vector<std::string_view>& words,
                            const std::vector<std::string_view>& xpos);

inline constexpr int kParserFeatureCount = 69;

// Writes the kParserFeatureCount features of configuration `c`.
void ParserFeatures(const ParserInput& input, const ArcHybrid& c, uint64_t* features);

}  // namespace whosaid::internal

#endif  // WHOSAID_PARSING_PARSER_FEATURES_H_
