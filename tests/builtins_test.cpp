// PostgreSQL's built-in catalog snapshot and type-resolution rules. Every expectation
// below was checked against PostgreSQL 15.20: the chosen operator/function oids from the
// stored parse tree of a view (pg_rewrite.ev_action :opno / :funcid), the inserted casts
// from pg_get_viewdef(), result types from the view's column, default opclasses from
// CREATE INDEX, over a table
//   t(i int4, n numeric, b int8, v varchar(10), c char(3), tx text, d date, ts timestamptz,
//     tsn timestamp, f float8, j jsonb, a int4[], a8 int8[], r real, s int2, va varchar[],
//     m mood, dm posint, js json, ir int4range)
// with mood an enum and posint a domain over int4.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "compiler/builtins/catalog.h"

using namespace pgshift::builtins;

namespace {

const Catalog &pg() { return Catalog::builtin(); }

// Type oids by internal name ("int4", "_int4"); "?" is the unknown type of a literal.
Oid T(const std::string &name) {
  if (name == "?") return kUnknownOid;
  const TypeInfo *t = pg().typeByName(name);
  REQUIRE_MESSAGE(t != nullptr, name);
  return t->oid;
}

std::vector<Oid> types(const std::vector<std::string> &names) {
  std::vector<Oid> oids;
  for (const std::string &n : names) oids.push_back(T(n));
  return oids;
}

std::string name(Oid oid) { return oid == 0 ? "-" : std::string(pg().type(oid)->name); }

}  // namespace

TEST_CASE("the snapshot is PostgreSQL 15's pg_catalog") {
  CHECK(snapshotVersion().substr(0, 3) == "15.");
  const TypeInfo *int4 = builtinType(kInt4Oid);
  REQUIRE(int4);
  CHECK(int4->name == "int4");
  CHECK(int4->category == category::kNumeric);
  CHECK(int4->array == kInt4ArrayOid);
  CHECK(builtinTypeByName("text")->preferred);
  CHECK(builtinTypeByName("varchar")->oid == kVarcharOid);
  CHECK(builtinTypeByName("varchar")->collatable);
  CHECK(builtinElementOf(kInt4ArrayOid) == kInt4Oid);
  CHECK(builtinArrayOf(kTextOid) == kTextArrayOid);
  CHECK(builtinElementOf(kNameOid) == kInvalidOid);       // name has typelem char but is no true array
  CHECK(builtinElementOf(kInt2VectorOid) == kInt2Oid);    // int2vector is one
  CHECK(builtinTypeByName("pg_class") == nullptr);        // catalog row types are left out
  CHECK(builtinTypeByName("int4range")->typtype == 'r');
  CHECK(builtinRange(builtinTypeByName("int4range")->oid)->subtype == kInt4Oid);

  const CastInfo *c = builtinCast(kInt4Oid, kNumericOid);
  REQUIRE(c);
  CHECK(c->function_name == "numeric");
  CHECK(c->context == 'i');
  CHECK(builtinCast(kInt4Oid, kTextOid) == nullptr);      // int4 -> text is an automatic I/O cast

  CHECK(builtinOperatorsNamed("=").size() > 50);
  CHECK(builtinOperator(419)->name == ">");               // int84gt
  CHECK(builtinFunctionsNamed("lower").size() == 3);      // text, anyrange, anymultirange
  CHECK(builtinFunctionsNamed("coalesce").empty());       // a construct, not a function
  CHECK(builtinFunction(3464)->argNames().at(3) == "days");  // make_interval
  for (const FunctionInfo *f : builtinFunctionsNamed("array_in")) CHECK(f->nargs == 3);
  // Functions over "internal" cannot be called from SQL and are not in the snapshot.
  CHECK(builtinFunctionsNamed("int4recv").empty());

  CHECK(builtinOpclass("btree", "text_pattern_ops")->input_type == kTextOid);
  CHECK(isBuiltinCollation("C"));
  CHECK(isBuiltinCollation("POSIX"));
  CHECK(isBuiltinCollation("default"));
  CHECK_FALSE(isBuiltinCollation("c"));
  CHECK(builtinAccessMethod("gin")->type == 'i');
}

TEST_CASE("coercion pathways follow pg_cast and the automatic I/O rules") {
  using K = CoercionKind;
  using C = CoercionContext;
  struct Row {
    const char *source, *target;
    C context;
    K kind;
    const char *function = "";
    int nargs = 0;
  };
  const Row rows[] = {
      {"int4", "numeric", C::implicit_cast, K::function, "numeric", 1},
      {"numeric", "int4", C::implicit_cast, K::none},
      {"numeric", "int4", C::assignment_cast, K::function, "int4", 1},
      {"int4", "float8", C::implicit_cast, K::function, "float8", 1},
      {"float8", "numeric", C::implicit_cast, K::none},
      {"varchar", "text", C::implicit_cast, K::relabel},
      {"text", "varchar", C::implicit_cast, K::relabel},
      {"bpchar", "varchar", C::implicit_cast, K::function, "text", 1},
      {"varchar", "bpchar", C::implicit_cast, K::relabel},
      {"int4", "text", C::implicit_cast, K::none},
      {"int4", "text", C::assignment_cast, K::via_io},     // any type to a string type
      {"text", "int4", C::assignment_cast, K::none},
      {"text", "int4", C::explicit_cast, K::via_io},       // a string type to any type
      {"int4", "bit", C::explicit_cast, K::function, "bit", 2},  // takes the typmod too
      {"int4", "bool", C::implicit_cast, K::none},
      {"int4", "bool", C::explicit_cast, K::function, "bool", 1},
      {"date", "timestamptz", C::implicit_cast, K::function, "timestamptz", 1},
      {"int4", "regclass", C::implicit_cast, K::relabel},  // int4 -> oid-alias types are binary
      {"text", "regclass", C::implicit_cast, K::function, "regclass", 1},
      {"int4", "int4", C::implicit_cast, K::no_op},
      {"?", "numeric", C::implicit_cast, K::literal},      // 'x' becomes a numeric constant
      {"?", "_int4", C::implicit_cast, K::literal},
      {"int4", "anyelement", C::implicit_cast, K::no_op},
      {"_int4", "anyarray", C::implicit_cast, K::no_op},
      {"int4", "any", C::implicit_cast, K::no_op},
  };
  for (const Row &r : rows) {
    std::string source_ = r.source;
    CAPTURE(source_);
    std::string target_ = r.target;
    CAPTURE(target_);
    CoercionPath path = pg().coercionPathway(T(r.source), T(r.target), r.context);
    CHECK(path.kind == r.kind);
    CHECK(path.function_name == r.function);
    CHECK(path.function_nargs == r.nargs);
  }
  CHECK(pg().coercionPathway(T("bit"), T("int4"), C::explicit_cast).lengthCoercionStyle() == false);
  CHECK(pg().coercionPathway(T("int4"), T("bit"), C::explicit_cast).lengthCoercionStyle());

  // Arrays convert element by element when their elements do.
  CoercionPath arr = pg().coercionPathway(T("_int4"), T("_int8"), C::implicit_cast);
  CHECK(arr.kind == K::array_coerce);
  CHECK(arr.source_element == kInt4Oid);
  CHECK(arr.target_element == kInt8Oid);
  CHECK(pg().coercionPathway(T("_varchar"), T("_text"), C::implicit_cast).kind == K::array_coerce);
  CHECK(pg().coercionPathway(T("_int8"), T("_int4"), C::implicit_cast).kind == K::none);
  CHECK(pg().coercionPathway(T("_int4"), T("text"), C::assignment_cast).kind == K::via_io);
  CHECK(pg().coercionPathway(T("_int4"), T("oidvector"), C::explicit_cast).kind == K::none);

  // can_coerce_type: unknown literals go anywhere; polymorphic parameters need consistency.
  CHECK(pg().canCoerce(kUnknownOid, kInt4Oid, C::implicit_cast));
  CHECK(pg().canCoerce(types({"_int4", "int4"}), types({"anyarray", "anyelement"}), C::implicit_cast));
  CHECK_FALSE(pg().canCoerce(types({"_int4", "int8"}), types({"anyarray", "anyelement"}), C::implicit_cast));
  CHECK(pg().canCoerce(types({"_int4", "int8"}), types({"anycompatiblearray", "anycompatible"}), C::implicit_cast));
  CHECK_FALSE(pg().canCoerce(types({"_int4"}), types({"anynonarray"}), C::implicit_cast));
  CHECK(pg().isBinaryCoercible(kVarcharOid, kTextOid));
  CHECK_FALSE(pg().isBinaryCoercible(kInt4Oid, kInt8Oid));

  // Length coercion for typmods: the type's self-cast.
  CHECK(pg().typmodCoercion(kNumericOid).function_name == "numeric");
  CHECK(pg().typmodCoercion(kVarcharOid).function_nargs == 3);
  CHECK(pg().typmodCoercion(T("_bpchar")).kind == K::array_coerce);
  CHECK(pg().typmodCoercion(kInt4Oid).kind == K::none);
}

TEST_CASE("common types of CASE / COALESCE / ARRAY / IN lists") {
  struct Row {
    std::vector<std::string> inputs;
    const char *expected;  // "" = PostgreSQL reports an error
  };
  const Row rows[] = {
      {{"int4", "numeric"}, "numeric"},
      {{"int4", "int8"}, "int8"},
      {{"?", "?"}, "text"},                         // coalesce(null, null)
      {{"varchar", "?"}, "varchar"},
      {{"int4", "text"}, ""},
      {{"text", "int4"}, ""},
      {{"int2", "int4", "float4"}, "float4"},
      {{"float8", "numeric"}, "float8"},
      {{"numeric", "float8"}, "float8"},
      {{"text", "varchar"}, "text"},
      {{"varchar", "text"}, "varchar"},             // casts both ways: keeps the first
      {{"bpchar", "varchar"}, "bpchar"},
      {{"varchar", "bpchar"}, "varchar"},
      {{"date", "timestamptz"}, "timestamptz"},
      {{"timestamp", "timestamptz"}, "timestamptz"},
      {{"int4", "numeric"}, "numeric"},
      {{"float4", "numeric"}, "float4"},            // coalesce(r, 1.5)
      {{"_int4", "_int8"}, "_int8"},
      {{"int4", "?"}, "int4"},
      {{"interval", "?"}, "interval"},
      {{"int2", "int4"}, "int4"},
  };
  for (const Row &r : rows) {
    CAPTURE(r.inputs.front());
    CAPTURE(r.inputs.back());
    CommonTypeResult result = pg().selectCommonType(types(r.inputs), "COALESCE");
    if (*r.expected) {
      CHECK(name(result.type) == r.expected);
    } else {
      CHECK_FALSE(result.ok());
      CHECK(result.error.find("cannot be matched") != std::string::npos);
    }
  }
  CHECK(pg().selectCommonType(types({"int4", "text"}), "COALESCE").error ==
        "COALESCE types integer and text cannot be matched");
}

TEST_CASE("operator resolution") {
  struct Row {
    const char *left, *op, *right;  // left "" = prefix operator
    Oid oid;                        // pg_operator oid PostgreSQL chose
    const char *left_as, *right_as, *result;  // what the operands are coerced to, result type
  };
  const Row rows[] = {
      {"int4", ">", "numeric", 1756, "numeric", "numeric", "bool"},   // (i)::numeric > n
      {"int8", ">", "int4", 419, "int8", "int4", "bool"},             // int84gt, no casts
      {"int2", ">", "int4", 536, "int2", "int4", "bool"},
      {"varchar", "=", "?", 98, "text", "text", "bool"},              // (v)::text = 'x'::text
      {"text", "=", "?", 98, "text", "text", "bool"},
      {"bpchar", "=", "?", 1054, "bpchar", "bpchar", "bool"},         // c = 'ab'::bpchar
      {"?", "=", "?", 98, "text", "text", "bool"},
      // textanycat / anytextcat: an anynonarray operand is passed as it is (no cast)
      {"text", "||", "int4", 2779, "text", "anynonarray", "text"},
      {"int4", "||", "text", 2780, "anynonarray", "text", "text"},
      {"?", "||", "int4", 2779, "text", "anynonarray", "text"},
      {"?", "||", "text", 654, "text", "text", "text"},
      {"?", "||", "?", 654, "text", "text", "text"},
      {"varchar", "||", "?", 654, "text", "text", "text"},
      {"date", "+", "int4", 1100, "date", "int4", "date"},
      {"date", "-", "date", 1099, "date", "date", "int4"},
      {"date", "+", "time", 1360, "date", "time", "timestamp"},
      {"timestamptz", "-", "interval", 1329, "timestamptz", "interval", "timestamptz"},
      {"timestamptz", "-", "timestamptz", 1328, "timestamptz", "timestamptz", "interval"},
      {"timestamptz", "-", "?", 1328, "timestamptz", "timestamptz", "interval"},  // '1 day' fails as timestamptz
      {"timestamptz", ">", "date", 2388, "timestamptz", "date", "bool"},
      {"float8", ">", "int4", 674, "float8", "float8", "bool"},       // (i)::double precision
      {"float4", ">", "numeric", 1123, "float4", "float8", "bool"},   // r > (n)::double precision
      {"numeric", ">", "int4", 1756, "numeric", "numeric", "bool"},   // n > (0)::numeric
      {"int4", "+", "numeric", 1758, "numeric", "numeric", "numeric"},
      {"int2", "+", "int8", 822, "int2", "int8", "int8"},
      {"int4", "+", "?", 551, "int4", "int4", "int4"},
      {"int4", "/", "?", 528, "int4", "int4", "int4"},
      {"jsonb", "->>", "?", 3477, "jsonb", "text", "text"},
      {"text", "~~", "?", 1209, "text", "text", "bool"},
      {"varchar", "~~", "?", 1209, "text", "text", "bool"},
      {"_int4", "<>", "_int4", 1071, "anyarray", "anyarray", "bool"},
      {"_int4", "||", "int8", 349, "_int8", "int8", "_int8"},          // (a)::bigint[] || b
      {"_int4", "||", "int4", 349, "_int4", "int4", "_int4"},         // a || 1
      {"_int4", "||", "?", 375, "_int4", "_int4", "_int4"},           // a || '{2}'::integer[]
      {"?", "||", "_int4", 375, "_int4", "_int4", "_int4"},
      {"int4range", "@>", "int4", 3889, "anyrange", "anyelement", "bool"},
      {"int4range", "&&", "?", 3888, "anyrange", "int4range", "bool"},
      {"", "-", "int2", 559, "-", "int2", "int2"},
      {"", "@", "?", 595, "-", "float8", "float8"},                    // @ 'x': float8 is preferred
  };
  for (const Row &r : rows) {
    std::string left_ = r.left;
    CAPTURE(left_);
    std::string op_ = r.op;
    CAPTURE(op_);
    std::string right_ = r.right;
    CAPTURE(right_);
    Oid left = *r.left ? T(r.left) : kInvalidOid;
    OperatorResolution res = pg().resolveOperator(r.op, left, T(r.right));
    REQUIRE_MESSAGE(res.ok(), res.error);
    CHECK(res.op->oid == r.oid);
    CHECK(name(res.left) == r.left_as);
    CHECK(name(res.right) == r.right_as);
    CHECK(name(res.result) == r.result);
  }

  OperatorResolution none = pg().resolveOperator("+", kBoolOid, kBoolOid);
  CHECK(none.status == ResolutionStatus::not_found);
  CHECK(none.error == "operator does not exist: boolean + boolean");
  OperatorResolution ambiguous = pg().resolveOperator("+", kUnknownOid, kUnknownOid);
  CHECK(ambiguous.status == ResolutionStatus::ambiguous);
  CHECK(ambiguous.error == "operator is not unique: unknown + unknown");
  CHECK(pg().resolveOperator("+", kInt4Oid, kInvalidOid).status == ResolutionStatus::not_found);  // postfix
  CHECK(pg().resolveOperator("=", kInt4Oid, kInt4Oid, "pg_catalog").op->oid == 96);
  CHECK(pg().resolveOperator("=", kInt4Oid, kInt4Oid, "public").status == ResolutionStatus::not_found);
}

TEST_CASE("x op ANY (array) candidates") {
  struct Row {
    const char *left, *op, *array;
    Oid oid;
    const char *left_as, *array_as;
  };
  const Row rows[] = {
      {"int4", "=", "_int4", 96, "int4", "_int4"},        // i = ANY (a)
      {"varchar", "=", "_varchar", 98, "text", "_text"},  // (v)::text = ANY ((va)::text[])
      {"int4", "=", "?", 96, "int4", "_int4"},            // i = ANY ('{1,2}'::integer[])
      {"int8", "<", "_int4", 418, "int8", "_int4"},       // int84lt
  };
  for (const Row &r : rows) {
    std::string left_ = r.left;
    CAPTURE(left_);
    std::string array_ = r.array;
    CAPTURE(array_);
    OperatorResolution res = pg().resolveScalarArrayOp(r.op, T(r.left), T(r.array));
    REQUIRE_MESSAGE(res.ok(), res.error);
    CHECK(res.op->oid == r.oid);
    CHECK(name(res.left) == r.left_as);
    CHECK(name(res.right) == r.array_as);
    CHECK(res.result == kBoolOid);
  }
  // status IN ('a','b') on varchar: the list's common type, then ANY over its array.
  CHECK(name(pg().selectCommonType(types({"varchar", "?", "?"}), "IN").type) == "varchar");
  CHECK(pg().resolveScalarArrayOp("=", kInt4Oid, kInt4Oid).error == "op ANY/ALL (array) requires array on right side");
  CHECK(pg().resolveScalarArrayOp("||", kTextOid, kTextArrayOid).error ==
        "op ANY/ALL (array) requires operator to yield boolean");
}

TEST_CASE("function resolution") {
  struct Row {
    const char *function;
    std::vector<std::string> args;
    Oid oid;
    std::vector<std::string> declared;  // what each argument is coerced to
    const char *result;
  };
  const Row rows[] = {
      {"lower", {"?"}, 870, {"text"}, "text"},                        // lower('X'::text)
      {"lower", {"varchar"}, 870, {"text"}, "text"},
      {"now", {}, 1299, {}, "timestamptz"},
      {"round", {"numeric", "int4"}, 1707, {"numeric", "int4"}, "numeric"},
      {"round", {"int4"}, 1342, {"float8"}, "float8"},                 // round((i)::double precision)
      {"round", {"numeric"}, 1708, {"numeric"}, "numeric"},
      {"round", {"?"}, 1342, {"float8"}, "float8"},
      {"abs", {"int4"}, 1397, {"int4"}, "int4"},
      {"abs", {"?"}, 1395, {"float8"}, "float8"},
      {"array_length", {"_int4", "int4"}, 2176, {"anyarray", "int4"}, "int4"},
      {"nextval", {"?"}, 1574, {"regclass"}, "int8"},                  // nextval('s'::regclass)
      {"to_char", {"timestamptz", "?"}, 1770, {"timestamptz", "text"}, "text"},
      {"substr", {"text", "int4", "int4"}, 877, {"text", "int4", "int4"}, "text"},
      {"substr", {"varchar", "int4"}, 883, {"text", "int4"}, "text"},
      {"length", {"varchar"}, 1317, {"text"}, "int4"},                 // length((v)::text)
      {"length", {"bpchar"}, 1318, {"bpchar"}, "int4"},
      {"length", {"?"}, 1317, {"text"}, "int4"},
      {"char_length", {"bpchar"}, 1372, {"bpchar"}, "int4"},
      {"upper", {"varchar"}, 871, {"text"}, "text"},
      {"strpos", {"varchar", "?"}, 868, {"text", "text"}, "int4"},
      {"replace", {"varchar", "?", "?"}, 2087, {"text", "text", "text"}, "text"},
      {"date_part", {"?", "timestamptz"}, 1171, {"text", "timestamptz"}, "float8"},
      {"date_trunc", {"?", "timestamptz"}, 1217, {"text", "timestamptz"}, "timestamptz"},
      {"date_trunc", {"?", "timestamp"}, 2020, {"text", "timestamp"}, "timestamp"},
      {"to_timestamp", {"numeric"}, 1158, {"float8"}, "timestamptz"},
      {"to_timestamp", {"?", "?"}, 1778, {"text", "text"}, "timestamptz"},
      {"int4", {"numeric"}, 1744, {"numeric"}, "int4"},                 // a real function, not a cast
      {"array_append", {"_int4", "int4"}, 378, {"_int4", "int4"}, "_int4"},
      {"array_append", {"_int4", "?"}, 378, {"_int4", "int4"}, "_int4"},
      {"array_append", {"_int4", "int8"}, 378, {"_int8", "int8"}, "_int8"},
      {"array_append", {"?", "int4"}, 378, {"_int4", "int4"}, "_int4"},
      {"array_cat", {"_int4", "_int8"}, 383, {"_int8", "_int8"}, "_int8"},
      {"array_remove", {"_varchar", "?"}, 3167, {"_varchar", "varchar"}, "_varchar"},
      {"array_position", {"_int4", "int4"}, 3277, {"_int4", "int4"}, "int4"},
      {"array_to_string", {"_int4", "?"}, 395, {"anyarray", "text"}, "text"},
      {"unnest", {"_int4"}, 2331, {"anyarray"}, "int4"},
      {"lower", {"int4range"}, 3848, {"anyrange"}, "int4"},
      {"range_merge", {"int4range", "int4range"}, 4057, {"anyrange", "anyrange"}, "int4range"},
      {"int4range", {"int4", "int4", "?"}, 3841, {"int4", "int4", "text"}, "int4range"},
      {"generate_series", {"int4", "int4"}, 1067, {"int4", "int4"}, "int4"},
      {"left", {"text", "int4"}, 3060, {"text", "int4"}, "text"},
      {"md5", {"varchar"}, 2311, {"text"}, "text"},
  };
  for (const Row &r : rows) {
    std::string function_ = r.function;
    CAPTURE(function_);
    CAPTURE(r.args.size());
    FunctionResolution res = pg().resolveFunction(r.function, types(r.args));
    REQUIRE_MESSAGE(res.ok(), res.error);
    CHECK(res.kind == FunctionCallKind::normal);
    REQUIRE(res.function);
    CHECK(res.function->oid == r.oid);
    std::vector<std::string> declared;
    for (Oid d : res.declared) declared.push_back(name(d));
    CHECK(declared == r.declared);
    CHECK(name(res.result) == r.result);
  }
  CHECK(pg().resolveFunction("generate_series", types({"int4", "int4"})).retset);
  CHECK(pg().resolveFunction("lower", types({"text"}), {}, "pg_catalog").function->oid == 870);
}

TEST_CASE("function calls: variadic, defaults, named arguments, casts, failures") {
  // concat('a', i): VARIADIC "any" keeps its arguments apart.
  FunctionResolution concat = pg().resolveFunction("concat", types({"?", "int4"}));
  REQUIRE(concat.ok());
  CHECK(concat.function->oid == 3058);
  CHECK(concat.declared == types({"any", "any"}));
  CHECK(concat.n_variadic == 0);
  CHECK(name(concat.result) == "text");
  FunctionResolution format = pg().resolveFunction("format", types({"?", "int4"}));
  REQUIRE(format.ok());
  CHECK(format.function->oid == 3539);  // format(text, VARIADIC "any"): format('%s'::text, i)
  CHECK(format.declared == types({"text", "any"}));

  // json_extract_path_text(js, VARIADIC ARRAY['a'::text, 'b'::text])
  FunctionResolution path = pg().resolveFunction("json_extract_path_text", types({"json", "?", "?"}));
  REQUIRE(path.ok());
  CHECK(path.function->oid == 3953);
  CHECK(path.declared == types({"json", "text", "text"}));
  CHECK(path.n_variadic == 2);
  CHECK(path.variadic_array == kTextArrayOid);
  // ... and with the VARIADIC keyword the array is passed as is.
  CallOptions variadic_call;
  variadic_call.variadic = true;
  FunctionResolution explicit_array = pg().resolveFunction("json_extract_path_text", types({"json", "_text"}), variadic_call);
  REQUIRE(explicit_array.ok());
  CHECK(explicit_array.n_variadic == 0);
  CHECK(explicit_array.declared == types({"json", "_text"}));

  // jsonb_set(j, '{a}'::text[], j): create_if_missing defaults.
  FunctionResolution set = pg().resolveFunction("jsonb_set", types({"jsonb", "?", "jsonb"}));
  REQUIRE(set.ok());
  CHECK(set.function->oid == 3305);
  CHECK(set.declared == types({"jsonb", "_text", "jsonb"}));
  CHECK(set.n_defaults == 1);
  CHECK(set.default_types == types({"bool"}));
  CHECK(pg().resolveFunction("make_interval", types({"int4", "int4"})).n_defaults == 5);

  // make_interval(days => i), make_interval(secs => (1.5)::double precision)
  CallOptions days;
  days.arg_names = {"days"};
  FunctionResolution interval = pg().resolveFunction("make_interval", types({"int4"}), days);
  REQUIRE(interval.ok());
  CHECK(interval.function->oid == 3464);
  CHECK(interval.arg_numbers == std::vector<int>{3});
  CHECK(interval.n_defaults == 6);
  CHECK(interval.declared == types({"int4"}));
  CallOptions secs;
  secs.arg_names = {"secs"};
  CHECK(pg().resolveFunction("make_interval", types({"numeric"}), secs).declared == types({"float8"}));
  CallOptions create_if_missing;
  create_if_missing.arg_names = {"create_if_missing"};
  FunctionResolution mixed = pg().resolveFunction("jsonb_set", types({"jsonb", "?", "jsonb", "bool"}), create_if_missing);
  REQUIRE(mixed.ok());
  CHECK(mixed.arg_numbers == std::vector<int>{0, 1, 2, 3});
  CallOptions wrong_names;
  wrong_names.arg_names = {"path", "new_value"};  // the parameters are path and replacement
  CHECK(pg().resolveFunction("jsonb_set", types({"jsonb", "?", "jsonb"}), wrong_names).status ==
        ResolutionStatus::not_found);
  CallOptions lower_name;
  lower_name.arg_names = {"lower"};
  CHECK(pg().resolveFunction("int4range", types({"int4"}), lower_name).status == ResolutionStatus::not_found);

  // typename(arg) as a cast: int4('1') -> 1, text(v) -> (v)::text.
  FunctionResolution int4_literal = pg().resolveFunction("int4", types({"?"}));
  REQUIRE(int4_literal.ok());
  CHECK(int4_literal.kind == FunctionCallKind::coercion);
  CHECK(int4_literal.function == nullptr);
  CHECK(int4_literal.result == kInt4Oid);
  CHECK(pg().resolveFunction("text", types({"varchar"})).kind == FunctionCallKind::coercion);
  CHECK(pg().resolveFunction("varchar", types({"text"})).kind == FunctionCallKind::coercion);

  // Aggregates and window functions resolve like functions.
  FunctionResolution count = pg().resolveFunction("count", {});
  REQUIRE(count.ok());
  CHECK(count.kind == FunctionCallKind::aggregate);
  CHECK(count.result == kInt8Oid);
  CHECK(pg().resolveFunction("string_agg", types({"text", "?"})).kind == FunctionCallKind::aggregate);
  CHECK(pg().resolveFunction("row_number", {}).kind == FunctionCallKind::window);

  // COALESCE and GREATEST are constructs (selectCommonType), not functions.
  CHECK(pg().resolveFunction("coalesce", types({"int4", "numeric"})).status == ResolutionStatus::not_found);
  CHECK(pg().resolveFunction("greatest", types({"int4", "int8"})).status == ResolutionStatus::not_found);
  FunctionResolution missing = pg().resolveFunction("lower", types({"int4"}));
  CHECK(missing.status == ResolutionStatus::not_found);
  CHECK(missing.error == "function lower(integer) does not exist");
  FunctionResolution unknown_array = pg().resolveFunction("array_length", types({"?", "int4"}));
  CHECK(unknown_array.status == ResolutionStatus::invalid);
  CHECK(unknown_array.error == "could not determine polymorphic type because input has type unknown");
}

TEST_CASE("domains resolve through their base type, enums through anyenum") {
  Catalog catalog;
  const Oid posint = kFirstUserOid + 1, mood = kFirstUserOid + 2, mood_array = kFirstUserOid + 3;
  catalog.addDomain("public", "posint", posint, kInt4Oid);
  catalog.addEnum("public", "mood", mood, mood_array);
  CHECK(catalog.baseType(posint) == kInt4Oid);
  CHECK(catalog.typeByName("mood")->oid == mood);
  CHECK(catalog.elementOf(mood_array) == mood);
  CHECK(catalog.formatType(mood_array) == "public.mood[]");

  // dm > 0 -> (dm)::integer > 0; dm > '5' -> (dm)::integer > 5
  for (Oid right : {kInt4Oid, kUnknownOid}) {
    OperatorResolution gt = catalog.resolveOperator(">", posint, right);
    REQUIRE(gt.ok());
    CHECK(gt.op->oid == 521);
    CHECK(gt.left == kInt4Oid);
    CHECK(gt.right == kInt4Oid);
  }
  // m = 'happy' -> m = 'happy'::mood through anyenum = anyenum
  OperatorResolution eq = catalog.resolveOperator("=", mood, kUnknownOid);
  REQUIRE(eq.ok());
  CHECK(eq.op->oid == 3516);
  CHECK(eq.left == kAnyEnumOid);
  CHECK(eq.right == mood);
  OperatorResolution any = catalog.resolveScalarArrayOp("=", mood, kUnknownOid);  // m = ANY ('{sad}'::mood[])
  REQUIRE(any.ok());
  CHECK(any.right == mood_array);
  CHECK(catalog.resolveFunction("lower", std::vector<Oid>{mood}).status == ResolutionStatus::not_found);

  // coalesce(dm, dm) keeps the domain; coalesce(dm, i) and coalesce(m, 'happy').
  CHECK(catalog.selectCommonType(std::vector<Oid>{posint, posint}).type == posint);
  CHECK(catalog.selectCommonType(std::vector<Oid>{posint, kInt4Oid}).type == kInt4Oid);
  CHECK(catalog.selectCommonType(std::vector<Oid>{mood, kUnknownOid}).type == mood);

  CoercionPath to_domain = catalog.coercionPathway(kInt4Oid, posint, CoercionContext::assignment_cast);
  CHECK(to_domain.kind == CoercionKind::relabel);
  CHECK(to_domain.to_domain);
  CHECK(catalog.coercionPathway(posint, kInt4Oid, CoercionContext::implicit_cast).kind == CoercionKind::relabel);
  CHECK(catalog.coercionPathway(posint, kInt8Oid, CoercionContext::implicit_cast).function_name == "int8");
  CHECK(catalog.coercionPathway(mood, kTextOid, CoercionContext::implicit_cast).kind == CoercionKind::none);
  CHECK(catalog.coercionPathway(mood, kTextOid, CoercionContext::assignment_cast).kind == CoercionKind::via_io);

  // Visibility: a schema's objects are found through the search path only.
  catalog.setSearchPath({"app"});
  CHECK(catalog.typeByName("mood") == nullptr);
  CHECK(catalog.typeByName("mood", "public")->oid == mood);
}

TEST_CASE("user functions and operators join the candidates") {
  Catalog catalog;
  // public.f(int8) and public.f(text): f(int4) can only become f(int8); f('x') takes
  // f(text), since unknown literals lean to the string category.
  const Oid int8_arg[] = {kInt8Oid}, text_arg[] = {kTextOid};
  catalog.addFunction(FunctionInfo{kFirstUserOid + 10, "f", 'f', 1, int8_arg, 0, kInt8Oid, false, 0, 'v', "x", "public"});
  catalog.addFunction(FunctionInfo{kFirstUserOid + 11, "f", 'f', 1, text_arg, 0, kTextOid, false, 0, 'v', "x", "public"});
  CHECK(catalog.resolveFunction("f", std::vector<Oid>{kInt4Oid}).function->oid == kFirstUserOid + 10);
  CHECK(catalog.resolveFunction("f", std::vector<Oid>{kUnknownOid}).function->oid == kFirstUserOid + 11);
  CallOptions named;
  named.arg_names = {"x"};
  CHECK(catalog.resolveFunction("f", std::vector<Oid>{kInt8Oid}, named).function->oid == kFirstUserOid + 10);
  // A user lower(text) in public is masked by pg_catalog.lower(text), searched first.
  catalog.addFunction(FunctionInfo{kFirstUserOid + 12, "lower", 'f', 1, text_arg, 0, kTextOid, false, 0, 'v', "", "public"});
  CHECK(catalog.resolveFunction("lower", std::vector<Oid>{kTextOid}).function->oid == 870);
  CHECK(catalog.resolveFunction("lower", std::vector<Oid>{kTextOid}, {}, "public").function->oid == kFirstUserOid + 12);

  catalog.addOperator(OperatorInfo{kFirstUserOid + 20, "===", 'b', kTextOid, kTextOid, kBoolOid, 0, "public"});
  OperatorResolution op = catalog.resolveOperator("===", kVarcharOid, kUnknownOid);
  REQUIRE(op.ok());
  CHECK(op.op->oid == kFirstUserOid + 20);
  CHECK(op.left == kTextOid);
}

TEST_CASE("default operator classes follow GetDefaultOpClass") {
  struct Row {
    const char *am, *type, *opclass;  // "" = no default opclass
  };
  const Row rows[] = {
      {"btree", "int4", "int4_ops"},
      {"btree", "varchar", "text_ops"},   // binary-coercible to text and bpchar: text is preferred
      {"hash", "varchar", "text_ops"},
      {"btree", "bpchar", "bpchar_ops"},
      {"btree", "_int4", "array_ops"},
      {"gin", "_int4", "array_ops"},
      {"btree", "cidr", "inet_ops"},
      {"gist", "cidr", ""},               // gist inet_ops is not the default
      {"gin", "jsonb", "jsonb_ops"},
      {"brin", "int4", "int4_minmax_ops"},
      {"gist", "int4range", "range_ops"},
  };
  for (const Row &r : rows) {
    std::string am_ = r.am;
    CAPTURE(am_);
    std::string type_ = r.type;
    CAPTURE(type_);
    const OpclassInfo *c = builtinDefaultOpclass(r.am, T(r.type));
    CHECK((c ? std::string(c->name) : std::string()) == r.opclass);
  }
  Catalog catalog;
  catalog.addEnum("public", "mood", kFirstUserOid + 2);
  catalog.addDomain("public", "posint", kFirstUserOid + 1, kInt4Oid);
  CHECK(catalog.defaultOpclass("btree", kFirstUserOid + 2)->name == "enum_ops");
  CHECK(catalog.defaultOpclass("btree", kFirstUserOid + 1)->name == "int4_ops");
}
