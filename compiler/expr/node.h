#pragma once
// SQL expressions as a value-type tree.
//
// The same node types serve two stages. The front end builds the raw tree, as written
// (literals without types, column references by name, operators by name). The analyzer
// (analyze.h) rewrites it into PostgreSQL's post-analysis shape: typed constants,
// resolved operators and functions, explicit and implicit coercions, BETWEEN and IN
// expanded as the parser expands them. The printer (deparse.h) prints the analyzed
// shape exactly as ruleutils.c does, and the raw shape as best it can.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/expr/box.h"
#include "compiler/model/identifier.h"
#include "compiler/model/type_name.h"

namespace pgshift::expr {

struct Node;
using NodeList = std::vector<Node>;

// A type as written, before name resolution (frontend/type_syntax.h resolves it).
struct TypeSyntax {
  std::vector<Identifier> names;     // possibly qualified; keyword types arrive as pg_catalog.<internal name>
  std::vector<int64_t> modifiers;    // (10), (10,2)
  std::optional<int32_t> typmod;     // already encoded, for syntax that fixes it (interval fields, char)
  bool is_array = false;
  bool setof = false;
  friend bool operator==(const TypeSyntax &, const TypeSyntax &) = default;
};

// A constant. Raw: `type` is empty and `literal` says how it was written. Analyzed:
// `type` is set and `value` is the type output function's text.
struct Const {
  enum class Literal : char { integer, numeric, string, bit_string, hex_string, boolean, null };
  Literal literal = Literal::string;
  std::string value;                       // unescaped string contents, or digits, or "t"/"f"
  std::optional<TypeName> type;            // set by the analyzer
  std::optional<QualifiedName> collation;  // a non-default collation of a constant
  friend bool operator==(const Const &, const Const &) = default;
};

// A column reference. Raw: fields as written (a, t.a, s.t.a). Analyzed: the column of
// the table the expression belongs to, with its type.
struct ColumnRef {
  std::vector<Identifier> fields;
  std::optional<TypeName> type;
  friend bool operator==(const ColumnRef &, const ColumnRef &) = default;
};

// How a coercion or a function call is displayed (PostgreSQL's CoercionForm).
enum class Display : char {
  call,           // f(x)
  explicit_cast,  // x::t written by the user
  implicit_cast,  // inserted by the analyzer; shown only inside operator/function args
  sql_syntax,     // EXTRACT(...), AT TIME ZONE, SUBSTRING(... FROM ...) and friends
};

// A type coercion: TypeCast raw, RelabelType / FuncExpr-cast / CoerceViaIO /
// ArrayCoerceExpr analyzed (the printer needs only the target and the display form).
struct Cast {
  Box<Node> arg;
  std::optional<TypeSyntax> syntax;  // raw: the type as written
  std::optional<TypeName> type;      // analyzed (and raw after type resolution)
  Display display = Display::explicit_cast;
  friend bool operator==(const Cast &, const Cast &) = default;
};

// A function call. Raw: name as written. Analyzed: the resolved function and type.
struct FuncCall {
  std::vector<Identifier> name;        // as written, possibly qualified
  std::optional<QualifiedName> function;
  NodeList args;
  std::vector<std::string> arg_names;  // named notation: "" for positional arguments
  bool star = false;                   // count(*)
  bool distinct = false;               // agg(DISTINCT x)
  bool variadic = false;               // f(VARIADIC arr)
  NodeList order_by;                   // aggregate ORDER BY (descending etc. not kept)
  std::optional<Box<Node>> filter;
  Display display = Display::call;
  std::optional<TypeName> type;
  friend bool operator==(const FuncCall &, const FuncCall &) = default;
};

// An operator: "a op b" or prefix "op b". IS [NOT] DISTINCT FROM and NULLIF are
// operator-based in PostgreSQL and kept here with their own kind.
struct OpExpr {
  enum class Kind : char { op, distinct, not_distinct, nullif };
  Kind kind = Kind::op;
  std::vector<Identifier> name;  // the operator, possibly schema-qualified: OPERATOR(s.+)
  std::optional<Box<Node>> left;
  Box<Node> right;
  std::optional<TypeName> type;
  friend bool operator==(const OpExpr &, const OpExpr &) = default;
};

// "a op ANY (array)" / "a op ALL (array)" (ScalarArrayOpExpr).
struct ArrayOp {
  std::vector<Identifier> name;
  bool use_or = true;  // ANY
  Box<Node> left;
  Box<Node> right;
  friend bool operator==(const ArrayOp &, const ArrayOp &) = default;
};

// Raw only: "a [NOT] IN (list)"; the analyzer makes it an ArrayOp or an OR/AND chain.
struct InList {
  bool negated = false;
  Box<Node> left;
  NodeList list;
  friend bool operator==(const InList &, const InList &) = default;
};

// Raw only: "a [NOT] BETWEEN [SYMMETRIC] x AND y"; analyzed into AND/OR of comparisons.
struct Between {
  bool negated = false;
  bool symmetric = false;
  Box<Node> arg;
  Box<Node> low;
  Box<Node> high;
  friend bool operator==(const Between &, const Between &) = default;
};

struct BoolExpr {
  enum class Kind : char { and_, or_, not_ };
  Kind kind = Kind::and_;
  NodeList args;
  friend bool operator==(const BoolExpr &, const BoolExpr &) = default;
};

// IS [NOT] NULL, ISNULL, NOTNULL.
struct NullTest {
  bool is_not = false;
  Box<Node> arg;
  friend bool operator==(const NullTest &, const NullTest &) = default;
};

// IS [NOT] TRUE / FALSE / UNKNOWN.
struct BooleanTest {
  enum class Kind : char { is_true, is_not_true, is_false, is_not_false, is_unknown, is_not_unknown };
  Kind kind = Kind::is_true;
  Box<Node> arg;
  friend bool operator==(const BooleanTest &, const BooleanTest &) = default;
};

struct CaseWhen;
struct CaseExpr {
  std::optional<Box<Node>> arg;  // CASE arg WHEN ...
  std::vector<CaseWhen> whens;
  std::optional<Box<Node>> default_result;
  std::optional<TypeName> type;
  friend bool operator==(const CaseExpr &, const CaseExpr &) = default;
};

// ARRAY[...]; a multi-dimensional array has ArrayExpr elements.
struct ArrayExpr {
  NodeList elements;
  std::optional<TypeName> type;  // the array type
  friend bool operator==(const ArrayExpr &, const ArrayExpr &) = default;
};

// ROW(a, b) or (a, b).
struct RowExpr {
  NodeList args;
  bool explicit_row = true;
  friend bool operator==(const RowExpr &, const RowExpr &) = default;
};

// COALESCE, GREATEST, LEAST (not functions in PostgreSQL).
struct CoalesceExpr {
  enum class Kind : char { coalesce, greatest, least };
  Kind kind = Kind::coalesce;
  NodeList args;
  std::optional<TypeName> type;
  friend bool operator==(const CoalesceExpr &, const CoalesceExpr &) = default;
};

// CURRENT_DATE, CURRENT_TIMESTAMP(3), CURRENT_USER, ... (SQLValueFunction).
struct SqlValue {
  enum class Kind : char {
    current_date, current_time, current_timestamp, localtime, localtimestamp,
    current_role, current_user, user, session_user, current_catalog, current_schema
  };
  Kind kind = Kind::current_date;
  int32_t precision = -1;
  friend bool operator==(const SqlValue &, const SqlValue &) = default;
};

// expr COLLATE collation.
struct Collate {
  Box<Node> arg;
  std::vector<Identifier> name;          // as written
  std::optional<QualifiedName> collation;  // resolved
  friend bool operator==(const Collate &, const Collate &) = default;
};

// Subscripts and field selection: arr[1], arr[1:2], (row).field.
struct Indirection {
  struct Step {
    std::optional<Identifier> field;  // .field
    std::optional<Box<Node>> lower;   // [lower] or [lower:upper]
    std::optional<Box<Node>> upper;
    bool slice = false;
    friend bool operator==(const Step &, const Step &) = default;
  };
  Box<Node> arg;
  std::vector<Step> steps;
  friend bool operator==(const Indirection &, const Indirection &) = default;
};

// $1 (only in function bodies; kept so such text still parses).
struct Param {
  int number = 0;
  friend bool operator==(const Param &, const Param &) = default;
};

struct Node {
  std::variant<Const, ColumnRef, Cast, FuncCall, OpExpr, ArrayOp, InList, Between, BoolExpr, NullTest,
               BooleanTest, CaseExpr, ArrayExpr, RowExpr, CoalesceExpr, SqlValue, Collate, Indirection, Param>
      v;

  Node() = default;
  template <typename T>
  Node(T value) : v(std::move(value)) {}  // NOLINT: implicit by design, like a variant

  template <typename T>
  bool is() const { return std::holds_alternative<T>(v); }
  template <typename T>
  const T &as() const { return std::get<T>(v); }
  template <typename T>
  T &as() { return std::get<T>(v); }
  template <typename T>
  const T *get() const { return std::get_if<T>(&v); }

  friend bool operator==(const Node &, const Node &) = default;
};

struct CaseWhen {
  Node condition;
  Node result;
  friend bool operator==(const CaseWhen &, const CaseWhen &) = default;
};

}  // namespace pgshift::expr
