// Function resolution: FuncnameGetCandidates() (namespace.c), func_get_detail() and the
// argument handling of ParseFuncOrColumn() (parse_func.c), PostgreSQL 15 (documentation
// 10.3, "Functions").

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "compiler/builtins/candidates.h"
#include "compiler/builtins/catalog.h"
#include "compiler/builtins/polymorphism.h"

namespace pgshift::builtins {
namespace {

// One way a function could take the call's arguments (a FuncCandidateList entry).
struct Candidate {
  const FunctionInfo *function;
  int path_position;
  CandidateArgs args;            // in call order; defaulted parameters at the end
  std::vector<int> arg_numbers;  // named notation: parameter of each call position
  int n_variadic = 0;            // expanded variadic positions
  int n_defaults = 0;
  bool ambiguous = false;        // stands for several equally good functions
};

// MatchNamedCall(): can a named/mixed-notation call bind to the function's parameters
// (every name known, not also given by position, every other parameter defaulted)?
bool matchNamedCall(const FunctionInfo &f, size_t nargs, const std::vector<std::string> &names,
                    std::vector<int> &arg_numbers) {
  std::vector<std::string_view> params = f.argNames();
  if (params.empty()) return false;  // proargnames is null
  const size_t pronargs = f.nargs, positional = nargs - names.size();
  std::vector<bool> given(pronargs, false);
  arg_numbers.assign(pronargs, 0);
  size_t ap = 0;
  for (; ap < positional; ++ap) arg_numbers[ap] = static_cast<int>(ap), given[ap] = true;
  for (const std::string &name : names) {
    auto it = std::find(params.begin(), params.end(), name);
    if (it == params.end()) return false;
    size_t pp = static_cast<size_t>(it - params.begin());
    if (pp >= pronargs || given[pp]) return false;
    given[pp] = true;
    arg_numbers[ap++] = static_cast<int>(pp);
  }
  const size_t first_default = pronargs - f.ndefaults;
  for (size_t pp = positional; pp < pronargs && nargs < pronargs; ++pp) {
    if (given[pp]) continue;
    if (pp < first_default) return false;
    arg_numbers[ap++] = static_cast<int>(pp);
  }
  return true;
}

// FuncnameGetCandidates(): the functions of the name that can take nargs arguments,
// directly, by expanding a VARIADIC parameter, or by using defaults; same argument lists
// masked by search-path order, non-variadic preferred, otherwise marked ambiguous.
std::vector<Candidate> candidatesFor(const Catalog &catalog, std::string_view name, size_t nargs,
                                     const CallOptions &options, std::string_view schema) {
  const bool expand_variadic = !options.variadic;
  const bool named = !options.arg_names.empty();
  std::vector<Candidate> result;
  for (const FunctionInfo *f : catalog.functionsNamed(name, schema)) {
    const size_t pronargs = f->nargs;
    bool variadic = false, use_defaults = false;
    std::vector<int> arg_numbers;
    if (named) {
      // Parameters expanded from a variadic array have no names to match.
      if (f->variadic != kInvalidOid && expand_variadic) continue;
      if (pronargs > nargs) {
        if (nargs + f->ndefaults < pronargs) continue;
        use_defaults = true;
      }
      if (pronargs != nargs && !use_defaults) continue;
      if (!matchNamedCall(*f, nargs, options.arg_names, arg_numbers)) continue;
    } else {
      if (pronargs <= nargs && expand_variadic) variadic = f->variadic != kInvalidOid;
      if (pronargs > nargs) {
        if (nargs + f->ndefaults < pronargs) continue;
        use_defaults = true;
      }
      if (pronargs != nargs && !variadic && !use_defaults) continue;
    }
    Candidate c{f, schema.empty() ? catalog.schemaPosition(f->schema) : 0, {}, arg_numbers};
    const size_t effective = std::max(pronargs, nargs);
    c.args.resize(effective);
    for (size_t j = 0; j < pronargs; ++j) c.args[j] = f->argtypes[arg_numbers.empty() ? j : arg_numbers[j]];
    if (variadic) {
      c.n_variadic = static_cast<int>(effective - pronargs + 1);
      for (size_t j = pronargs - 1; j < effective; ++j) c.args[j] = f->variadic;
    }
    c.n_defaults = use_defaults ? static_cast<int>(pronargs - nargs) : 0;

    // Same argument list (defaulted positions aside) as an earlier candidate? (PostgreSQL
    // skips this scan when it knows there can be none; scanning always is equivalent.)
    const size_t compared = c.args.size() - c.n_defaults;
    auto prev = std::find_if(result.begin(), result.end(), [&](const Candidate &p) {
      return p.args.size() - p.n_defaults == compared && std::equal(c.args.begin(), c.args.begin() + compared, p.args.begin());
    });
    if (prev == result.end()) {
      result.push_back(std::move(c));
      continue;
    }
    int preference;  // > 0 keep the earlier one, < 0 take the new one, 0 ambiguous
    if (c.path_position != prev->path_position) preference = c.path_position - prev->path_position;
    else if (variadic && prev->n_variadic == 0) preference = 1;  // foo(numeric) over foo(VARIADIC numeric[])
    else if (!variadic && prev->n_variadic > 0) preference = -1;
    else preference = 0;
    if (preference < 0) *prev = std::move(c);
    else if (preference == 0) prev->ambiguous = true;
  }
  return result;
}

FunctionCallKind kindOf(char prokind) {
  switch (prokind) {
    case 'a': return FunctionCallKind::aggregate;
    case 'w': return FunctionCallKind::window;
    case 'p': return FunctionCallKind::procedure;
    default: return FunctionCallKind::normal;
  }
}

std::string signature(const Catalog &catalog, std::string_view name, std::span<const Oid> args,
                      const CallOptions &options) {
  std::vector<std::string> parts;
  const size_t positional = args.size() - options.arg_names.size();
  for (size_t i = 0; i < args.size(); ++i) {
    std::string type = catalog.formatType(args[i]);
    parts.push_back(i < positional ? type : options.arg_names[i - positional] + " => " + type);
  }
  return fmt::format("{}({})", name, fmt::join(parts, ", "));
}

}  // namespace

FunctionResolution Catalog::resolveFunction(std::string_view name, std::span<const Oid> args,
                                            const CallOptions &options, std::string_view schema) const {
  FunctionResolution out;
  const size_t nargs = args.size();
  std::vector<Candidate> candidates = candidatesFor(*this, name, nargs, options, schema);

  // An exact match on the given arguments first.
  const Candidate *best = nullptr;
  for (const Candidate &c : candidates)
    if (std::equal(args.begin(), args.end(), c.args.begin())) best = &c;

  if (!best) {
    // typename(x) is a cast when the conversion is binary or via I/O (or x is a literal),
    // rather than a call that first converts x to something a function takes.
    const TypeInfo *target = nargs == 1 && options.arg_names.empty() ? typeByName(name, schema) : nullptr;
    if (target && target->typtype != 'c') {
      Oid source = args[0];
      bool is_coercion = source == kUnknownOid;
      if (!is_coercion) {
        CoercionPath path = findCoercionPathway(source, target->oid, CoercionContext::explicit_cast);
        is_coercion = path.kind == CoercionKind::relabel ||
                      (path.kind == CoercionKind::via_io &&
                       !((source == kRecordOid || isComposite(source)) && category(target->oid) == category::kString));
      }
      if (is_coercion) {
        out.status = ResolutionStatus::ok;
        out.kind = FunctionCallKind::coercion;
        out.declared.assign(args.begin(), args.end());
        out.result = target->oid;
        return out;
      }
    }
    std::vector<CandidateArgs> arg_lists;
    for (const Candidate &c : candidates) arg_lists.push_back(c.args);
    std::vector<size_t> matching = matchingCandidates(*this, args, arg_lists);
    if (matching.size() == 1) {
      best = &candidates[matching.front()];
    } else if (matching.size() > 1) {
      std::optional<size_t> chosen = selectBestCandidate(*this, args, arg_lists, matching);
      if (!chosen) {
        out.status = ResolutionStatus::ambiguous;
        out.error = "function " + signature(*this, name, args, options) + " is not unique";
        return out;
      }
      best = &candidates[*chosen];
    }
  }
  if (best && best->ambiguous) {
    out.status = ResolutionStatus::ambiguous;
    out.error = "function " + signature(*this, name, args, options) + " is not unique";
    return out;
  }
  // VARIADIC with named arguments only if the VARIADIC one matched the variadic parameter.
  if (!best || (!options.arg_names.empty() && options.variadic && nargs > 0 &&
                best->arg_numbers[nargs - 1] != static_cast<int>(nargs - 1))) {
    out.error = "function " + signature(*this, name, args, options) + " does not exist";
    return out;
  }

  const FunctionInfo &f = *best->function;
  out.function = &f;
  out.kind = kindOf(f.kind);
  out.retset = f.retset;
  if (!best->arg_numbers.empty()) out.arg_numbers.assign(best->arg_numbers.begin(), best->arg_numbers.begin() + nargs);
  // Defaults take part in polymorphic resolution with their own types; a default is
  // stored already coerced to its parameter's type, so that is its type here.
  std::vector<Oid> declared = best->args;
  std::vector<Oid> actual(args.begin(), args.end());
  actual.insert(actual.end(), declared.begin() + nargs, declared.end());
  out.result = enforceGenericTypeConsistency(actual, declared, f.result, out.error);
  if (out.result == kInvalidOid) {
    out.status = ResolutionStatus::invalid;
    return out;
  }
  out.declared.assign(declared.begin(), declared.begin() + nargs);
  out.default_types.assign(declared.begin() + nargs, declared.end());
  out.n_defaults = best->n_defaults;
  if (best->n_variadic > 0 && f.variadic != kAnyOid) {
    // The variadic arguments become ARRAY[...] of the type the first of them is coerced to.
    size_t first = nargs - best->n_variadic;
    Oid element = declared[first];
    if (isPolymorphic(element)) element = args[first];
    out.n_variadic = best->n_variadic;
    out.variadic_array = arrayOf(element);
    if (out.variadic_array == kInvalidOid) {
      out.status = ResolutionStatus::invalid;
      out.error = fmt::format("could not find array type for data type {}", formatType(element));
      return out;
    }
  }
  if (options.variadic && f.variadic == kAnyOid && nargs > 0 && elementOf(baseType(args[nargs - 1])) == kInvalidOid) {
    out.status = ResolutionStatus::invalid;
    out.error = "VARIADIC argument must be an array";
    return out;
  }
  out.status = ResolutionStatus::ok;
  return out;
}

}  // namespace pgshift::builtins
