#pragma once
// The one error introspection ends with.

#include <stdexcept>
#include <string>

namespace pgshift {

// Reading a live database failed: it cannot be reached, or it holds objects the model
// cannot represent yet. The message names the database and the cause.
class IntrospectionError : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

}  // namespace pgshift
