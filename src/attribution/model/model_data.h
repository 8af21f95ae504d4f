// Copyright 2026 The whosaid Authors.
//
// The bytes of data/models/attribution.bin, compiled into the library so
// that the binary needs no file at run time. Empty when that file is.
#ifndef WHOSAID_ATTRIBUTION_MODEL_MODEL_DATA_H_
#define WHOSAID_ATTRIBUTION_MODEL_MODEL_DATA_H_

#include <string_view>

namespace whosaid::internal {

std::string_view EmbeddedAttributionModel();

}  // namespace whosaid::internal

#endif  // WHOSAID_ATTRIBUTION_MODEL_MODEL_DATA_H_
