#pragma once
// Extensions (pg_extension). The objects an extension provides are not managed; the
// extension itself is: its name, schema and, when the schema file states it, version.

#include <optional>
#include <string>

#include "compiler/model/identifier.h"

namespace pgshift {

struct Extension {
  Identifier name;
  Identifier schema;
  // The installed version; unset when a schema file does not state one (the control
  // file's default_version, unknown offline). A live database always has one.
  // `version_stated` is false where the version is whatever CREATE EXTENSION without
  // VERSION gives: a file that says nothing, or a database still at the control file's
  // default_version, so that pg_dump's CREATE EXTENSION (which never states a version)
  // reads back as the database it came from.
  std::optional<std::string> version;
  bool version_stated = false;
  // COMMENT ON EXTENSION. `comment_stated` is false when the comment is whatever CREATE
  // EXTENSION left (the control file's comment): a schema file that says nothing about
  // it (`comment` unset: unknown offline), or a live database whose comment is still that
  // one (`comment` holds it). Compared only where the target states it.
  bool comment_stated = false;
  std::optional<std::string> comment;

  friend bool operator==(const Extension &, const Extension &) = default;
};

}  // namespace pgshift
