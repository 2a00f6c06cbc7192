#pragma once
// Errors in the user's input, with where they are.

#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "compiler/model/source_location.h"

namespace pgshift {

struct Diagnostic {
  SourceLocation where;
  std::string message;
  std::string source_line;  // the offending line, shown with a caret under the column

  // "file:line:col: message", then the source line and a caret when known.
  std::string format() const;
};

// Fills in the source line of diagnostics that know their file and line but not the
// text (those found after parsing, e.g. while normalizing). `text_of` gives a file's
// text (nullopt when unknown); by default the files are read again from disk.
void attachSourceLines(std::vector<Diagnostic> &diagnostics,
                       const std::function<std::optional<std::string>(const std::string &file)> &text_of = {});

// Thrown when a source cannot be read into a model: every problem found, not just the
// first, so that one run shows the user everything to fix.
class DiagnosticError : public std::runtime_error {
public:
  explicit DiagnosticError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic> &diagnostics() const { return diagnostics_; }

private:
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace pgshift
