#pragma once
// Analyzed expression -> SQL text, as PostgreSQL's ruleutils.c prints it for
// pg_get_expr() and pg_get_constraintdef() (no pretty-printing, on one line).

#include <optional>
#include <string>

#include "compiler/expr/node.h"

namespace pgshift::expr {

// The canonical text: every operator parenthesized, implicit casts shown inside
// operator and function arguments and hidden at the top, constants labelled with their
// type unless their spelling already implies it.
std::string deparse(const Node &node);

// The same without any cast, type label or function schema: what two readings of one
// expression still share when one of them could not be analyzed exactly.
std::string looseText(const Node &node);

// Text PostgreSQL reads back into the same expression, for DDL: the canonical text,
// except for the one shape its printed form does not survive, a varchar IN list
// ("(x)::text = ANY ((ARRAY['a'::character varying])::text[])"), which is written back
// as the IN list it came from.
std::string deparseForDdl(const Node &node);

// The column name a domain CHECK's VALUE is analyzed under (CoerceToDomainValue): a
// name no identifier written in SQL has, printed as the keyword VALUE.
inline const Identifier kDomainValueName = Identifier::exact("\x01VALUE");
// A constant as get_const_expr(showtype -1) prints it in a partition bound: '1' for a
// bigint, 1 for an integer, true, NULL; nullopt when the node is not a constant.
std::optional<std::string> deparseBareConstant(const Node &node);

// ruleutils' looks_like_function(): printed without wrapping parentheses in an index.
bool looksLikeFunction(const Node &node);

}  // namespace pgshift::expr
