// Copyright 2026 The whosaid Authors.
#include "commands.h"

namespace whosaid::cli {

void AddOptionFlags(CLI::App* command, Options* options) {
  command->add_option("--max-document-bytes", options->max_document_bytes,
                      "Larger documents fail with an error")
      ->capture_default_str();
  command->add_option("--max-quote-bytes", options->max_quote_bytes,
                      "Longer quotations are treated as unbalanced marks")
      ->capture_default_str();
  command->add_option("--max-attributions", options->max_attributions,
                      "Documents with more attributions fail with an error")
      ->capture_default_str();
  command->add_option("--max-document-seconds", options->max_document_seconds,
                      "Documents taking longer to analyse fail with an error (0: no limit)")
      ->capture_default_str();
  command->add_flag("!--no-indirect", options->indirect,
                    "Only quotations: skip reported speech without quote marks");
  command->add_flag("!--no-rules", options->rules, "Skip the rule-based attribution finder");
  command->add_flag("!--no-model", options->model,
                    "Skip the learned attribution model (rules only)");
  command->add_option("--model-min-confidence", options->model_min_confidence,
                      "Confidence a model attribution needs to join the rules' ones")
      ->capture_default_str();
}

}  // namespace whosaid::cli
