# Writes OUT, a C++ file defining whosaid::internal::kReportCss and
# kReportJs (the contents of DIR/report.css and DIR/report.js) and the
# SHA-256 of each, in hex, for the pages' Content-Security-Policy.
set(body "// Generated from src/report/assets/ by cmake/embed_assets.cmake. Do not edit.\n")
string(APPEND body "#include \"report/assets.h\"\n\nnamespace whosaid::internal {\n\n")
foreach(pair "Css;report.css" "Js;report.js")
  list(GET pair 0 name)
  list(GET pair 1 file)
  file(READ ${DIR}/${file} content)
  file(SHA256 ${DIR}/${file} digest)
  string(APPEND body "const char kReport${name}[] = R\"whosaid_asset(${content})whosaid_asset\";\n")
  string(APPEND body "const char kReport${name}Sha256[] = \"${digest}\";\n\n")
endforeach()
string(APPEND body "}  // namespace whosaid::internal\n")
file(WRITE ${OUT} "${body}")
