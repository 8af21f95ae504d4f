// Copyright 2026 The whosaid Authors.
//
// What the binding files of the Python module share.
#ifndef WHOSAID_PYTHON_BINDINGS_H_
#define WHOSAID_PYTHON_BINDINGS_H_

#include <pybind11/pybind11.h>

#include "whosaid/status.h"

namespace whosaid::python {

// Raises whosaid.Error carrying `status` (its ToString() and its code).
[[noreturn]] void ThrowStatus(const Status& status);

// whosaid.Store: the corpus database (store_bindings.cc).
void BindStore(pybind11::module_& m);

}  // namespace whosaid::python

#endif  // WHOSAID_PYTHON_BINDINGS_H_
