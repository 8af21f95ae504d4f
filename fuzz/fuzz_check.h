// Copyright 2026 The whosaid Authors.
//
// What every fuzz target shares: the libFuzzer entry point's declaration and
// FUZZ_CHECK, which aborts with a message when an invariant does not hold
// (libFuzzer then saves the input as a crash; the replay program fails).
#ifndef WHOSAID_FUZZ_FUZZ_CHECK_H_
#define WHOSAID_FUZZ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

#define FUZZ_CHECK(cond)                                                              \
  do {                                                                                \
    if (!(cond)) {                                                                    \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                                   \
    }                                                                                 \
  } while (0)

namespace whosaid::fuzz {

inline std::string_view AsText(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

}  // namespace whosaid::fuzz

#endif  // WHOSAID_FUZZ_FUZZ_CHECK_H_
