// CREATE COLLATION and ALTER COLLATION ... OWNER TO in the syntax tree.
#include <algorithm>

#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using P = grammar::PgParser;
using namespace ast;

Statement AstBuilder::collationStatement(P::StmtContext *ctx) {
  if (auto *a = ctx->alterCollationStmt()) {
    if (auto *o = dynamic_cast<P::AlterCollationOwnerContext *>(a))
      return Statement{AlterOwner{AlterOwner::Kind::collation, anyName(o->anyName()), false, ownerRole(o->roleSpec())}, {}};
    // RENAME, SET SCHEMA, REFRESH VERSION: a schema file states collations as they are.
    auto *other = dynamic_cast<P::AlterCollationOtherContext *>(a);
    std::string text = sourceText(other);
    if (text.size() > 60) text = text.substr(0, 60) + "...";
    fail(a->getStart(), "unsupported ALTER COLLATION form (only OWNER TO): " + text);
  }
  auto *c = ctx->createCollationStmt();
  CreateCollation out;
  out.name = anyName(c->anyName(0));
  out.if_not_exists = c->ifNotExists() != nullptr;
  if (c->FROM()) out.from = anyName(c->anyName(1));
  for (auto *o : c->collationOption()) {
    CollationOption option;
    option.name = identifier(o->colLabel()).str();
    option.where = where(o->getStart());
    if (auto *arg = o->defArg()) {
      if (arg->sconst()) {
        option.value = sconst(arg->sconst());
      } else {
        std::string word = arg->getText();
        std::transform(word.begin(), word.end(), word.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        option.value = word;
      }
    }
    out.options.push_back(std::move(option));
  }
  return Statement{std::move(out), {}};
}

}  // namespace pgshift
