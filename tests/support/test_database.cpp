#include "tests/support/test_database.h"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace pgshift::testing {
namespace {

std::string readConninfoFile() {
  const char *path = std::getenv("PGSHIFT_TEST_CONNINFO_FILE");
  if (!path) throw std::runtime_error("PGSHIFT_TEST_CONNINFO_FILE is not set: run this test through ctest");
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) throw std::runtime_error(std::string("cannot read ") + path);
  return line;
}

// "host=/x port=5432 user=postgres dbname=postgres" -> the value of one key.
std::string conninfoValue(const std::string &conninfo, const std::string &key) {
  std::istringstream words(conninfo);
  std::string word;
  while (words >> word)
    if (word.rfind(key + "=", 0) == 0) return word.substr(key.size() + 1);
  return "";
}

}  // namespace

std::string conninfo(const std::string &database) {
  static const std::string base = readConninfoFile();
  std::string out = base;
  auto at = out.find("dbname=");
  if (at != std::string::npos) out = out.substr(0, at);
  return out + "dbname=" + database;
}

ScratchDatabase::ScratchDatabase() {
  static std::atomic<int> counter{0};
  name_ = "pgshift_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  pqxx::connection admin(testing::conninfo("postgres"));
  pqxx::nontransaction tx(admin);
  tx.exec0("DROP DATABASE IF EXISTS " + name_);
  tx.exec0("CREATE DATABASE " + name_ + " TEMPLATE template0");
  connection_ = std::make_unique<pqxx::connection>(conninfo());
}

ScratchDatabase::~ScratchDatabase() {
  connection_.reset();
  try {
    pqxx::connection admin(testing::conninfo("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec0("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  } catch (...) {
    // Leaving a database behind on a throwaway cluster is harmless.
  }
}

std::string ScratchDatabase::url() const {
  std::string info = testing::conninfo(name_);
  return "postgresql://" + conninfoValue(info, "user") + "@/" + name_ + "?host=" + conninfoValue(info, "host") +
         "&port=" + conninfoValue(info, "port");
}

void ScratchDatabase::execute(const std::string &sql) {
  pqxx::nontransaction tx(*connection_);
  tx.exec0(sql);
}

}  // namespace pgshift::testing
