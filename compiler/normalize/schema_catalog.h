#pragma once
// The catalog a model's expressions are analyzed against.

#include "compiler/builtins/catalog.h"
#include "compiler/model/schema_model.h"

namespace pgshift {

// The built-ins plus the model's own objects that expressions can name: its functions
// (so that a default, check or index calling one is analyzed exactly). A function whose
// types the catalog does not know is left out; calls to it stay approximate.
builtins::Catalog schemaCatalog(const SchemaModel &model);

}  // namespace pgshift
