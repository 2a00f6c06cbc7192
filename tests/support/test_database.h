#pragma once
// Access to the throwaway PostgreSQL cluster that the CTest fixture starts.

#include <memory>
#include <string>

#include <pqxx/pqxx>

namespace pgshift::testing {

// The cluster's connection string (from PGSHIFT_TEST_CONNINFO_FILE), for a database.
std::string conninfo(const std::string &database = "postgres");

// A fresh database on the test cluster, dropped when this goes out of scope.
class ScratchDatabase {
public:
  ScratchDatabase();
  ~ScratchDatabase();
  ScratchDatabase(const ScratchDatabase &) = delete;
  ScratchDatabase &operator=(const ScratchDatabase &) = delete;

  const std::string &name() const { return name_; }
  std::string conninfo() const { return testing::conninfo(name_); }
  // A postgresql:// URL for the database, as the command line takes it.
  std::string url() const;
  // Runs SQL (several statements allowed) in autocommit mode; throws on error.
  void execute(const std::string &sql);
  pqxx::connection &connection() { return *connection_; }

private:
  std::string name_;
  std::unique_ptr<pqxx::connection> connection_;
};

}  // namespace pgshift::testing
