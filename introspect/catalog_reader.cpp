// Connect, fix the session, read the catalog in one snapshot, build.
#include "introspect/catalog_reader.h"

#include <cstdlib>
#include <memory>
#include <string_view>

#include <fmt/format.h>
#include <libpq-fe.h>
#include <pqxx/pqxx>

#include "introspect/builders.h"
#include "introspect/catalog_queries.h"

namespace pgshift {
namespace {

// The settings the catalog's printing depends on, fixed to what the normalizer
// expects: qualified names outside pg_catalog, ISO dates, UTC, shortest exact floats,
// hex bytea. Any other value would make the same schema print differently.
constexpr const char *kSession =
    "SET search_path = pg_catalog; SET DateStyle = ISO; SET IntervalStyle = postgres; SET TimeZone = 'UTC'; "
    "SET extra_float_digits = 1; SET bytea_output = hex; SET lc_monetary = 'C';";

// One snapshot for every query, so the rows agree with each other even while the
// database changes.
using Snapshot = pqxx::transaction<pqxx::repeatable_read, pqxx::read_only>;

// The database `conninfo` names, for messages, as libpq would pick it: the string's
// own dbname (URL or key=value), else PGDATABASE; empty for libpq's default.
std::string databaseName(const std::string &conninfo) {
  std::string name;
  char *error = nullptr;
  if (PQconninfoOption *options = PQconninfoParse(conninfo.c_str(), &error)) {
    for (PQconninfoOption *o = options; o->keyword; ++o)
      if (std::string_view(o->keyword) == "dbname" && o->val) name = o->val;
    PQconninfoFree(options);
  }
  if (error) PQfreemem(error);
  if (name.empty())
    if (const char *env = std::getenv("PGDATABASE")) name = env;
  return name;
}

std::string trimmed(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

}  // namespace

LoadedSchema readDatabase(const std::string &conninfo) {
  std::string database = databaseName(conninfo);
  std::unique_ptr<pqxx::connection> connection;
  try {
    connection = std::make_unique<pqxx::connection>(conninfo);
  } catch (const std::exception &e) {
    throw IntrospectionError(fmt::format("cannot connect to {}: {}",
                                         database.empty() ? "the default database" : "database \"" + database + "\"",
                                         trimmed(e.what())));
  }
  database = connection->dbname();
  try {
    pqxx::nontransaction(*connection).exec0(kSession);
    Snapshot tx(*connection);
    std::vector<std::string> unsupported = introspect::queryUnsupported(tx);
    if (auto message = introspect::unsupportedObjectsMessage(database, unsupported)) throw IntrospectionError(*message);
    introspect::CatalogRows rows = introspect::queryCatalog(tx);
    auto role = tx.exec1("SELECT current_user")[0].as<std::string>();
    tx.commit();
    LoadedSchema schema = introspect::buildModel(rows);
    schema.session_role = Identifier::exact(role);
    return schema;
  } catch (const IntrospectionError &) {
    throw;
  } catch (const std::exception &e) {
    throw IntrospectionError(fmt::format("cannot read database \"{}\": {}", database, trimmed(e.what())));
  }
}

}  // namespace pgshift
