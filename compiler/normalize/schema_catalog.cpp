#include "compiler/normalize/schema_catalog.h"

#include <map>

#include "compiler/expr/analyze.h"

namespace pgshift {
namespace {

using builtins::Oid;

// Hands out oids in order; every type also gets an array type, as DefineType does.
class OidCounter {
public:
  Oid next() { return next_++; }

private:
  Oid next_ = builtins::kFirstUserOid;
};

// The constructors DefineRange makes: range(lower, upper [, bounds]) and
// multirange() / multirange(range); all immutable.
void addRangeConstructors(builtins::Catalog &catalog, OidCounter &oids, const RangeType &r, Oid range, Oid subtype,
                          Oid multirange) {
  auto function = [&](const QualifiedName &name, std::vector<Oid> args, Oid result) {
    builtins::FunctionInfo f{};
    f.oid = oids.next();
    f.name = name.name.str();
    f.kind = 'f';
    f.argtypes = args.data();
    f.nargs = static_cast<uint8_t>(args.size());
    f.result = result;
    f.volatility = 'i';
    f.argnames = "";
    f.schema = name.schema.str();
    catalog.addFunction(f);  // copies the names and argument types
  };
  function(r.name, {subtype, subtype}, range);
  function(r.name, {subtype, subtype, builtins::kTextOid}, range);
  function(r.multirange, {}, multirange);
  function(r.multirange, {range}, multirange);
}

// User-defined types: enums and composite types first (they depend on nothing the
// catalog needs), then ranges and domains, each once the type it is over is known
// (a domain over a domain, a range over an enum).
void addTypes(const SchemaModel &model, builtins::Catalog &catalog, OidCounter &oids) {
  for (const auto &e : model.enums) {
    Oid oid = oids.next();
    catalog.addEnum(e.name.schema.str(), e.name.name.str(), oid, oids.next());
  }
  for (const auto &c : model.composites) {
    Oid oid = oids.next();
    catalog.addComposite(c.name.schema.str(), c.name.name.str(), oid, oids.next());
  }
  std::vector<const RangeType *> ranges;
  std::vector<const Domain *> domains;
  for (const auto &r : model.ranges) ranges.push_back(&r);
  for (const auto &d : model.domains) domains.push_back(&d);
  bool progress = true;
  while (progress && (!ranges.empty() || !domains.empty())) {
    progress = false;
    for (auto it = ranges.begin(); it != ranges.end();) {
      const RangeType &r = **it;
      Oid subtype = expr::typeOid(catalog, r.subtype);
      if (subtype == builtins::kInvalidOid) {
        ++it;
        continue;
      }
      Oid oid = oids.next(), array = oids.next(), multirange = oids.next(), multirange_array = oids.next();
      const std::string schema = r.name.schema.str();
      catalog.addType(builtins::TypeInfo{oid, r.name.name.str(), 'r', builtins::category::kRange, false, 0, array, -1, false, 0, schema});
      catalog.addType(builtins::TypeInfo{array, "_" + r.name.name.str(), 'b', builtins::category::kArray, false, oid, 0, -1, false, 0, schema});
      const std::string mschema = r.multirange.schema.str();
      catalog.addType(builtins::TypeInfo{multirange, r.multirange.name.str(), 'm', builtins::category::kRange, false, 0,
                                         multirange_array, -1, false, 0, mschema});
      catalog.addType(builtins::TypeInfo{multirange_array, "_" + r.multirange.name.str(), 'b', builtins::category::kArray,
                                         false, multirange, 0, -1, false, 0, mschema});
      catalog.addRange(builtins::RangeInfo{oid, subtype, multirange});
      addRangeConstructors(catalog, oids, r, oid, subtype, multirange);
      it = ranges.erase(it);
      progress = true;
    }
    for (auto it = domains.begin(); it != domains.end();) {
      const Domain &d = **it;
      Oid base = expr::typeOid(catalog, d.base);
      if (base == builtins::kInvalidOid) {
        ++it;
        continue;
      }
      Oid oid = oids.next();
      catalog.addDomain(d.name.schema.str(), d.name.name.str(), oid, base, oids.next());
      it = domains.erase(it);
      progress = true;
    }
  }
  // Whatever is left is over a type the catalog does not know (an extension's): the
  // analyzer treats expressions of those types as uncertain.
}

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
    builtins::FunctionInfo info{next++, f.name.name.str(), f.isAggregate() ? 'a' : 'f', static_cast<uint8_t>(args.size()), args.data(), variadic,
                                result, f.returns_set, defaults, f.volatility, any_name ? std::string_view(names) : std::string_view(),
                                f.name.schema.str()};
    catalog.addFunction(info);
  }
}

}  // namespace

builtins::Catalog buildSchemaCatalog(const SchemaModel &model) {
  builtins::Catalog catalog;
  OidCounter oids;
  addTypes(model, catalog, oids);
  addFunctions(catalog, model);  // after the types their arguments may have
  return catalog;
}

}  // namespace pgshift
