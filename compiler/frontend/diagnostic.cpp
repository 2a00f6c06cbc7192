#include "compiler/frontend/diagnostic.h"

#include <fstream>
#include <iterator>
#include <map>
#include <sstream>

#include <fmt/format.h>

namespace pgshift {
namespace {

std::string joinFormatted(const std::vector<Diagnostic> &diagnostics) {
  std::string out;
  for (const auto &d : diagnostics) out += (out.empty() ? "" : "\n") + d.format();
  return out;
}

// The caret goes under the column counted in characters, so count UTF-8 lead bytes and
// keep tabs so that it lines up in a terminal.
std::string caretLine(const std::string &line, int column) {
  std::string pad;
  int chars = 0;
  for (size_t i = 0; i < line.size() && chars < column - 1; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;
    pad += c == '\t' ? '\t' : ' ';
    ++chars;
  }
  return pad + "^";
}

}  // namespace

void attachSourceLines(std::vector<Diagnostic> &diagnostics,
                       const std::function<std::optional<std::string>(const std::string &file)> &text_of) {
  std::map<std::string, std::vector<std::string>> files;
  for (auto &d : diagnostics) {
    if (!d.source_line.empty() || d.where.file.empty() || d.where.line <= 0) continue;
    auto it = files.find(d.where.file);
    if (it == files.end()) {
      std::optional<std::string> text;
      if (text_of) {
        text = text_of(d.where.file);
      } else if (std::ifstream in(d.where.file, std::ios::binary); in) {
        text = std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      }
      std::vector<std::string> lines;
      std::istringstream stream(text.value_or(""));
      for (std::string line; std::getline(stream, line);) lines.push_back(!line.empty() && line.back() == '\r' ? line.substr(0, line.size() - 1) : line);
      it = files.emplace(d.where.file, std::move(lines)).first;
    }
    if (static_cast<size_t>(d.where.line) <= it->second.size()) d.source_line = it->second[d.where.line - 1];
  }
}

std::string Diagnostic::format() const {
  std::string out;
  if (!where.file.empty()) {
    out = where.line > 0 ? fmt::format("{}:{}:{}: ", where.file, where.line, where.column) : where.file + ": ";
  }
  out += message;
  if (!source_line.empty() && where.column > 0) {
    out += "\n  " + source_line + "\n  " + caretLine(source_line, where.column);
  }
  return out;
}

DiagnosticError::DiagnosticError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(joinFormatted(diagnostics)), diagnostics_(std::move(diagnostics)) {}

}  // namespace pgshift
