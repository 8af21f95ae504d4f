// Copyright 2026 The whosaid Authors.
//
// Options: every knob of the analysis in one struct, shared by the library,
// the CLI (flags of the same names) and the Python module.
//
//   option                   default      what it does
//   ----------------------   ----------   ------------------------------------------
//   max_document_bytes       64 MiB       larger inputs fail with kLimitExceeded
//   max_quote_bytes          64 KiB       a "quote" longer than this is treated as an
//                                         unbalanced mark, not as a quotation
//   max_attributions         100000       per document; more fails with kLimitExceeded
//   indirect                 true         also find reported speech without quote marks
//
// Budgets exist because input comes from the open web: exceeding one is an
// error that names the limit, never a crash and never a silent truncation.
#ifndef WHOSAID_OPTIONS_H_
#define WHOSAID_OPTIONS_H_

#include <cstddef>

namespace whosaid {

struct Options {
  size_t max_document_bytes = size_t{64} << 20;
  size_t max_quote_bytes = size_t{64} << 10;
  size_t max_attributions = 100000;
  bool indirect = true;
};

}  // namespace whosaid

#endif  // WHOSAID_OPTIONS_H_
