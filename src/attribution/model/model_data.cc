// Copyright 2026 The whosaid Authors.
//
// Embeds the model file with the assembler's .incbin (CMakeLists.txt passes
// its path as WHOSAID_ATTRIBUTION_MODEL_FILE and makes this file depend on
// it): megabytes of weights would take the compiler minutes as an array
// literal, .incbin takes no time. GCC and Clang on ELF targets.
#include "attribution/model/model_data.h"

#include <cstddef>

#ifndef WHOSAID_ATTRIBUTION_MODEL_FILE
#error "WHOSAID_ATTRIBUTION_MODEL_FILE must name data/models/attribution.bin"
#endif

__asm__(
    ".section .rodata\n"
    ".balign 16\n"
    ".global whosaid_attribution_model_begin\n"
    ".hidden whosaid_attribution_model_begin\n"
    "whosaid_attribution_model_begin:\n"
    ".incbin \"" WHOSAID_ATTRIBUTION_MODEL_FILE "\"\n"
    ".global whosaid_attribution_model_end\n"
    ".hidden whosaid_attribution_model_end\n"
    "whosaid_attribution_model_end:\n"
    ".byte 0\n"
    ".previous\n");

extern "C" const char whosaid_attribution_model_begin[];
extern "C" const char whosaid_attribution_model_end[];

namespace whosaid::internal {

std::string_view EmbeddedAttributionModel() {
  return std::string_view(whosaid_attribution_model_begin,
                          static_cast<size_t>(whosaid_attribution_model_end -
                                              whosaid_attribution_model_begin));
}

}  // namespace whosaid::internal
