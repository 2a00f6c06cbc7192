#include "compiler/builtins/catalog.h"

#include <algorithm>

#include "compiler/model/type_name.h"

namespace pgshift::builtins {

const Catalog &Catalog::builtin() {
  static const Catalog catalog;
  return catalog;
}

std::string_view Catalog::intern(std::string_view text) { return strings_.emplace_back(text); }

// ---- adding objects ----

const TypeInfo &Catalog::addType(const TypeInfo &type) {
  TypeInfo &row = types_.emplace_back(type);
  row.name = intern(type.name);
  row.schema = intern(type.schema);
  types_by_oid_[row.oid] = &row;
  return row;
}

namespace {
// An array type as DefineType/DefineEnum/DefineDomain create it: "_name", category A.
TypeInfo arrayTypeOf(std::string_view schema, const std::string &array_name, Oid array_oid, Oid element) {
  return TypeInfo{array_oid, array_name, 'b', category::kArray, false, element, 0, -1, false, 0, schema};
}
}  // namespace

const TypeInfo &Catalog::addEnum(std::string_view schema, std::string_view name, Oid oid, Oid array_oid) {
  const TypeInfo &row = addType(TypeInfo{oid, name, 'e', category::kEnum, false, 0, array_oid, 4, false, 0, schema});
  if (array_oid != kInvalidOid) addType(arrayTypeOf(schema, "_" + std::string(name), array_oid, oid));
  return row;
}

const TypeInfo &Catalog::addDomain(std::string_view schema, std::string_view name, Oid oid, Oid base_type,
                                   Oid array_oid) {
  // A domain takes its base type's category, never preferred (DefineDomain).
  const TypeInfo *base = type(base_type);
  TypeInfo row{oid, name, 'd', base ? base->category : category::kUser, false, 0, array_oid,
               base ? base->len : int16_t(-1), base && base->collatable, base_type, schema};
  const TypeInfo &added = addType(row);
  if (array_oid != kInvalidOid) addType(arrayTypeOf(schema, "_" + std::string(name), array_oid, oid));
  return added;
}

const TypeInfo &Catalog::addComposite(std::string_view schema, std::string_view name, Oid oid, Oid array_oid) {
  const TypeInfo &row =
      addType(TypeInfo{oid, name, 'c', category::kComposite, false, 0, array_oid, -1, false, 0, schema});
  if (array_oid != kInvalidOid) addType(arrayTypeOf(schema, "_" + std::string(name), array_oid, oid));
  return row;
}

void Catalog::addRange(const RangeInfo &range) { ranges_.push_back(range); }

void Catalog::addCast(const CastInfo &cast) {
  CastInfo row = cast;
  row.function_name = intern(cast.function_name);
  casts_[{cast.source, cast.target}] = row;
}

const OperatorInfo &Catalog::addOperator(const OperatorInfo &op) {
  OperatorInfo &row = operators_.emplace_back(op);
  row.name = intern(op.name);
  row.schema = intern(op.schema);
  return row;
}

const FunctionInfo &Catalog::addFunction(const FunctionInfo &function) {
  const std::vector<Oid> &args = function_args_.emplace_back(function.args().begin(), function.args().end());
  FunctionInfo &row = functions_.emplace_back(function);
  row.argtypes = args.data();
  row.nargs = static_cast<uint8_t>(args.size());
  row.name = intern(function.name);
  row.argnames = intern(function.argnames);
  row.schema = intern(function.schema);
  return row;
}

const OpclassInfo &Catalog::addOpclass(const OpclassInfo &opclass) {
  OpclassInfo &row = opclasses_.emplace_back(opclass);
  row.access_method = intern(opclass.access_method);
  row.name = intern(opclass.name);
  return row;
}

void Catalog::setSearchPath(std::vector<std::string> schemas) { search_path_ = std::move(schemas); }

// ---- lookups ----

int Catalog::schemaPosition(std::string_view schema) const {
  // pg_catalog is searched first unless the path names it (namespace.c).
  bool explicit_catalog = std::find(search_path_.begin(), search_path_.end(), "pg_catalog") != search_path_.end();
  int offset = explicit_catalog ? 0 : 1;
  if (!explicit_catalog && schema == "pg_catalog") return 0;
  for (size_t i = 0; i < search_path_.size(); ++i)
    if (search_path_[i] == schema) return static_cast<int>(i) + offset;
  return -1;
}

bool Catalog::visible(std::string_view object_schema, std::string_view schema) const {
  return schema.empty() ? schemaPosition(object_schema) >= 0 : object_schema == schema;
}

const TypeInfo *Catalog::type(Oid oid) const {
  if (const TypeInfo *t = builtinType(oid)) return t;
  auto it = types_by_oid_.find(oid);
  return it == types_by_oid_.end() ? nullptr : it->second;
}

const TypeInfo *Catalog::typeByName(std::string_view name, std::string_view schema) const {
  const TypeInfo *best = nullptr;
  int best_position = -1;
  auto consider = [&](const TypeInfo *t) {
    if (!t || !visible(t->schema, schema)) return;
    int position = schema.empty() ? schemaPosition(t->schema) : 0;
    if (!best || position < best_position) best = t, best_position = position;
  };
  consider(builtinTypeByName(name));
  for (const TypeInfo &t : types_)
    if (t.name == name) consider(&t);
  return best;
}

Oid Catalog::arrayOf(Oid element) const {
  const TypeInfo *t = type(element);
  return t ? t->array : kInvalidOid;
}

Oid Catalog::elementOf(Oid array) const {
  const TypeInfo *t = type(array);
  return t ? t->elem : kInvalidOid;
}

Oid Catalog::baseType(Oid oid) const {
  // Domains over domains: follow typbasetype to the first non-domain.
  for (const TypeInfo *t = type(oid); t && t->typtype == 'd'; t = type(oid)) oid = t->basetype;
  return oid;
}

char Catalog::category(Oid oid) const {
  const TypeInfo *t = type(oid);
  return t ? t->category : category::kInvalid;
}

bool Catalog::isPreferred(Oid oid) const {
  const TypeInfo *t = type(oid);
  return t && t->preferred;
}

bool Catalog::isEnum(Oid oid) const {
  const TypeInfo *t = type(oid);
  return t && t->typtype == 'e';
}

bool Catalog::isRange(Oid oid) const {
  const TypeInfo *t = type(oid);
  return t && t->typtype == 'r';
}

bool Catalog::isMultirange(Oid oid) const {
  const TypeInfo *t = type(oid);
  return t && t->typtype == 'm';
}

bool Catalog::isComposite(Oid oid) const {
  const TypeInfo *t = type(baseType(oid));
  return t && t->typtype == 'c';
}

Oid Catalog::rangeSubtype(Oid range) const {
  if (const RangeInfo *r = builtinRange(range)) return r->subtype;
  for (const RangeInfo &r : ranges_)
    if (r.range == range) return r.subtype;
  return kInvalidOid;
}

Oid Catalog::rangeOfMultirange(Oid multirange) const {
  if (const RangeInfo *r = builtinRangeOfMultirange(multirange)) return r->range;
  for (const RangeInfo &r : ranges_)
    if (r.multirange == multirange) return r.range;
  return kInvalidOid;
}

Oid Catalog::multirangeOfRange(Oid range) const {
  if (const RangeInfo *r = builtinRange(range)) return r->multirange;
  for (const RangeInfo &r : ranges_)
    if (r.range == range) return r.multirange;
  return kInvalidOid;
}

const CastInfo *Catalog::cast(Oid source, Oid target) const {
  if (const CastInfo *c = builtinCast(source, target)) return c;
  auto it = casts_.find({source, target});
  return it == casts_.end() ? nullptr : &it->second;
}

const OperatorInfo *Catalog::operatorByOid(Oid oid) const {
  if (const OperatorInfo *o = builtinOperator(oid)) return o;
  for (const OperatorInfo &o : operators_)
    if (o.oid == oid) return &o;
  return nullptr;
}

const FunctionInfo *Catalog::functionByOid(Oid oid) const {
  if (const FunctionInfo *f = builtinFunction(oid)) return f;
  for (const FunctionInfo &f : functions_)
    if (f.oid == oid) return &f;
  return nullptr;
}

std::vector<const OperatorInfo *> Catalog::operatorsNamed(std::string_view name, std::string_view schema) const {
  std::vector<const OperatorInfo *> result;
  if (visible("pg_catalog", schema))
    for (const OperatorInfo *o : builtinOperatorsNamed(name)) result.push_back(o);
  for (const OperatorInfo &o : operators_)
    if (o.name == name && visible(o.schema, schema)) result.push_back(&o);
  return result;
}

std::vector<const FunctionInfo *> Catalog::functionsNamed(std::string_view name, std::string_view schema) const {
  std::vector<const FunctionInfo *> result;
  if (visible("pg_catalog", schema))
    for (const FunctionInfo *f : builtinFunctionsNamed(name)) result.push_back(f);
  for (const FunctionInfo &f : functions_)
    if (f.name == name && visible(f.schema, schema)) result.push_back(&f);
  return result;
}

std::string Catalog::formatType(Oid oid) const {
  const TypeInfo *t = type(oid);
  if (!t) return "oid " + std::to_string(oid);
  bool is_array = t->elem != kInvalidOid && t->name.starts_with('_');
  if (is_array) t = type(t->elem);
  if (!t) return "oid " + std::to_string(oid);
  TypeName name{{Identifier::exact(std::string(t->schema)), Identifier::exact(std::string(t->name))}, -1, is_array};
  return name.sql();
}

const OpclassInfo *Catalog::opclass(std::string_view access_method, std::string_view name) const {
  if (const OpclassInfo *c = builtinOpclass(access_method, name)) return c;
  for (const OpclassInfo &c : opclasses_)
    if (c.access_method == access_method && c.name == name) return &c;
  return nullptr;
}

const OpclassInfo *Catalog::defaultOpclass(std::string_view access_method, Oid oid) const {
  oid = baseType(oid);
  char type_category = category(oid);
  const OpclassInfo *result = nullptr;
  int exact = 0, compatible = 0, compatible_preferred = 0;
  auto consider = [&](const OpclassInfo &c) {
    if (c.access_method != access_method || !c.is_default) return;
    if (c.input_type == oid) {
      ++exact;
      result = &c;
    } else if (exact == 0 && isBinaryCoercible(oid, c.input_type)) {
      // The preferred-type tiebreak exists for varchar, binary-coercible to text and bpchar.
      if (category(c.input_type) == type_category && isPreferred(c.input_type)) {
        ++compatible_preferred;
        result = &c;
      } else if (compatible_preferred == 0) {
        ++compatible;
        result = &c;
      }
    }
  };
  for (const OpclassInfo &c : builtinOpclasses()) consider(c);
  for (const OpclassInfo &c : opclasses_) consider(c);
  if (exact == 1) return result;
  if (exact > 1) return nullptr;
  if (compatible_preferred == 1 || (compatible_preferred == 0 && compatible == 1)) return result;
  return nullptr;
}

}  // namespace pgshift::builtins
