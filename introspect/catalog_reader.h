#pragma once
// Live PostgreSQL database -> model, the counterpart of the file front end.

#include <string>

#include "compiler/model/schema_model.h"
#include "introspect/introspection_error.h"

namespace pgshift {

// Reads every user schema of the database `conninfo` names (a postgresql:// URL or a
// libpq string; PG* variables and .pgpass apply as libpq does them). Expressions come
// back as the catalog prints them, unanalyzed: run normalizeModel() on the result, as on
// the front end's. Throws IntrospectionError (naming the database and the cause: cannot
// connect, or the list of unsupported objects it holds).
LoadedSchema readDatabase(const std::string &conninfo);

}  // namespace pgshift
