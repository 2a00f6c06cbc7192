#pragma once
// Canonical form for a whole model, whichever source it came from.

#include "compiler/builtins/catalog.h"
#include "compiler/frontend/script_parser.h"
#include "compiler/model/schema_model.h"

namespace pgshift {

// Puts every expression of the model (column defaults and generation expressions, check
// constraints, index keys and predicates) into the form PostgreSQL's catalog prints:
// file expressions are analyzed from their syntax, catalog text is parsed first and goes
// through the same analysis. Index keys lose operator classes and collations that are
// the defaults for the key, and a NULL column default is no default, as in PostgreSQL.
// Where a comparison can only be approximate, `schema.notes` says so. An expression
// PostgreSQL would reject throws DiagnosticError. `catalog` is the built-in one; when the
// model has objects of its own (user-defined types) they are analyzed against
// buildSchemaCatalog(model) (schema_catalog.h), which holds the built-ins too.
void normalizeModel(LoadedSchema &schema, const builtins::Catalog &catalog);

// The same for a model read from `scripts`, whose text its diagnostics quote.
void normalizeModel(LoadedSchema &schema, const builtins::Catalog &catalog, const std::vector<SourceText> &scripts);

}  // namespace pgshift
