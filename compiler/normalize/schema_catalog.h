#pragma once
// The catalog a model's expressions are analyzed against.

#include "compiler/builtins/catalog.h"
#include "compiler/model/schema_model.h"

namespace pgshift {

// The built-in catalog plus the model's own objects, so that 'happy'::mood, a default of
// a domain type, an enum comparison in a check or a call of the schema's own function
// resolve as PostgreSQL resolves them. Oids are given in a fixed order (kind, then name)
// from builtins::kFirstUserOid, so the same model always gives the same catalog. This is
// the one place where a kind of object the analyzer must know is added. A function whose
// types the catalog does not know is left out; calls to it stay approximate.
builtins::Catalog buildSchemaCatalog(const SchemaModel &model);

}  // namespace pgshift
