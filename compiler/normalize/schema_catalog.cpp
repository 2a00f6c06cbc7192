#include "compiler/normalize/schema_catalog.h"

#include "compiler/expr/analyze.h"

namespace pgshift {
namespace {

// Oids for the model's functions; far above the ones types take from kFirstUserOid.
constexpr builtins::Oid kFirstFunctionOid = builtins::kFirstUserOid + 500'000;

void addFunctions(builtins::Catalog &catalog, const SchemaModel &model) {
  builtins::Oid next = kFirstFunctionOid;
  for (const auto &f : model.functions) {
    if (f.isProcedure()) continue;  // CALL only, never in an expression
    std::vector<builtins::Oid> args;
    std::string names;
    builtins::Oid variadic = builtins::kInvalidOid;
    uint8_t defaults = 0;
    bool known = true;
    for (const auto &a : f.args) {
      if (!a.isInput()) continue;
      builtins::Oid type = expr::typeOid(catalog, a.type);
      if (type == builtins::kInvalidOid) known = false;
      args.push_back(type);
      names += (args.size() > 1 ? "," : "") + a.name.str();
      if (a.mode == 'v') variadic = a.type.isBuiltin("any") ? type : expr::typeOid(catalog, a.type.element());
      if (a.default_value) ++defaults;
    }
    builtins::Oid result = expr::typeOid(catalog, f.return_type);
    if (!known || result == builtins::kInvalidOid) continue;
    bool any_name = false;
    for (const auto &a : f.args)
      if (a.isInput() && !a.name.empty()) any_name = true;
    builtins::FunctionInfo info{next++, f.name.name.str(), 'f', static_cast<uint8_t>(args.size()), args.data(), variadic,
                                result, f.returns_set, defaults, f.volatility, any_name ? std::string_view(names) : std::string_view(),
                                f.name.schema.str()};
    catalog.addFunction(info);
  }
}

}  // namespace

builtins::Catalog schemaCatalog(const SchemaModel &model) {
  builtins::Catalog catalog;
  addFunctions(catalog, model);
  return catalog;
}

}  // namespace pgshift
