# Writes OUT, a C++ file defining whosaid::internal::kLexiconFiles: the name
# (file stem) and contents of each lexicon data file (*.txt) in DIR.
set(body "// Generated from data/lexicons/*.txt by cmake/embed_lexicons.cmake. Do not edit.\n")
string(APPEND body "#include \"lexicon/lexicon_data.h\"\n\nnamespace whosaid::internal {\n\n")
string(APPEND body "const LexiconFile kLexiconFiles[] = {\n")
file(GLOB FILES ${DIR}/*.txt)
list(SORT FILES)
foreach(f IN LISTS FILES)
  get_filename_component(stem ${f} NAME_WE)
  file(READ ${f} content)
  # Raw string literals keep the data readable in the generated file.
  string(APPEND body "    {\"${stem}\", R\"whosaid_lexicon(${content})whosaid_lexicon\"},\n")
endforeach()
string(APPEND body "};\n\nconst int kLexiconFileCount = sizeof(kLexiconFiles) / sizeof(kLexiconFiles[0]);\n\n")
string(APPEND body "}  // namespace whosaid::internal\n")
file(WRITE ${OUT} "${body}")
