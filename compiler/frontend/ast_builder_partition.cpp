// PARTITION BY, PARTITION OF ... FOR VALUES, ATTACH / DETACH PARTITION.
#include <algorithm>
#include <cctype>

#include "compiler/frontend/ast_builder.h"

namespace pgshift {

using namespace ast;

PartitionSpec AstBuilder::partitionSpec(P::PartitionSpecContext *ctx) {
  PartitionSpec spec;
  spec.where = where(ctx->getStart());
  std::string strategy = identifier(ctx->colId()).str();
  if (strategy == "range") spec.strategy = PartitionKey::Strategy::range;
  else if (strategy == "list") spec.strategy = PartitionKey::Strategy::list;
  else if (strategy == "hash") spec.strategy = PartitionKey::Strategy::hash;
  else fail(ctx->colId()->getStart(), "unrecognized partitioning strategy \"" + strategy + "\"");
  for (auto *el : ctx->indexElem()) {
    IndexElement element = indexElement(el);
    // PostgreSQL's grammar takes no ordering in a partition key.
    if (element.descending || element.nulls_first) fail(el->getStart(), "syntax error: ASC, DESC and NULLS in a partition key");
    spec.elements.push_back(std::move(element));
  }
  if (spec.strategy == PartitionKey::Strategy::list && spec.elements.size() > 1)
    fail(ctx->getStart(), "cannot use \"list\" partition strategy with more than one column");
  return spec;
}

std::vector<BoundValue> AstBuilder::boundValues(P::ExprListContext *ctx) {
  std::vector<BoundValue> out;
  for (auto *e : ctx->aExpr()) out.push_back(BoundValue{aExpr(e), sourceText(e), where(e->getStart())});
  return out;
}

PartitionBoundSpec AstBuilder::partitionBound(P::PartitionBoundContext *ctx) {
  PartitionBoundSpec b;
  b.where = where(ctx->getStart());
  if (auto *in = dynamic_cast<P::BoundInContext *>(ctx)) {
    b.kind = PartitionBound::Kind::list;
    b.values = boundValues(in->exprList());
  } else if (auto *range = dynamic_cast<P::BoundRangeContext *>(ctx)) {
    b.kind = PartitionBound::Kind::range;
    b.values = boundValues(range->exprList(0));
    b.upper = boundValues(range->exprList(1));
  } else if (auto *hash = dynamic_cast<P::BoundHashContext *>(ctx)) {
    b.kind = PartitionBound::Kind::hash;
    bool has_modulus = false, has_remainder = false;
    for (auto *elem : hash->hashBoundElem()) {
      std::string word = identifier(elem->colId()).str();
      int64_t value = integer(elem->ICONST());
      if (word == "modulus" && !has_modulus) b.modulus = value, has_modulus = true;
      else if (word == "remainder" && !has_remainder) b.remainder = value, has_remainder = true;
      else fail(elem->getStart(), "unrecognized hash partition bound specification \"" + word + "\"");
    }
    if (!has_modulus) fail(hash->getStart(), "modulus for hash partition must be specified");
    if (!has_remainder) fail(hash->getStart(), "remainder for hash partition must be specified");
    if (b.modulus < 1) fail(hash->getStart(), "modulus for hash partition must be an integer value greater than zero");
    if (b.remainder >= b.modulus) fail(hash->getStart(), "remainder for hash partition must be less than modulus");
  }
  return b;
}

Statement AstBuilder::alterIndex(P::AlterIndexStmtContext *ctx) {
  if (!ctx->ATTACH()) return Statement{Ignored{"ALTER INDEX ... OWNER TO"}, {}};
  return Statement{AttachIndexPartition{qualifiedName(ctx->qualifiedName(0)), qualifiedName(ctx->qualifiedName(1))}, {}};
}

}  // namespace pgshift
