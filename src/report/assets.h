// Copyright 2026 The whosaid Authors.
//
// The style sheet and script of every whosaid page, compiled in from
// src/report/assets/ at build time (cmake/embed_assets.cmake), with the
// SHA-256 of each (64 hex digits) so that pages can allow exactly these two
// through their Content-Security-Policy and nothing else.
#ifndef WHOSAID_REPORT_ASSETS_H_
#define WHOSAID_REPORT_ASSETS_H_

namespace whosaid::internal {

extern const char kReportCss[];
extern const char kReportCssSha256[];
extern const char kReportJs[];
extern const char kReportJsSha256[];

}  // namespace whosaid::internal

#endif  // WHOSAID_REPORT_ASSETS_H_
