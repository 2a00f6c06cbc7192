#pragma once
// Which statements the schema language takes, decided from their first words so that
// an unsupported statement is named as such instead of failing as a syntax error.
// Internal to the front end (it sees ANTLR tokens).

#include <string>
#include <vector>

namespace antlr4 {
class Token;
}

namespace pgshift {

struct StatementKind {
  bool supported = false;
  // Rows, not schema (INSERT, UPDATE, ...): left out of the model with a note.
  bool data = false;
  std::string head;  // e.g. "CREATE FUNCTION", for the error message
};

StatementKind classifyStatement(const std::vector<antlr4::Token *> &tokens);

}  // namespace pgshift
