#pragma once
// A copyable owning pointer, so recursive value types can have value semantics.

#include <memory>

namespace pgshift {

template <typename T>
class Box {
public:
  Box() : ptr_(std::make_unique<T>()) {}
  Box(T value) : ptr_(std::make_unique<T>(std::move(value))) {}  // NOLINT: implicit by design
  Box(const Box &other) : ptr_(std::make_unique<T>(*other.ptr_)) {}
  Box(Box &&) noexcept = default;
  Box &operator=(const Box &other) {
    if (this != &other) ptr_ = std::make_unique<T>(*other.ptr_);
    return *this;
  }
  Box &operator=(Box &&) noexcept = default;

  T &operator*() { return *ptr_; }
  const T &operator*() const { return *ptr_; }
  T *operator->() { return ptr_.get(); }
  const T *operator->() const { return ptr_.get(); }

  friend bool operator==(const Box &a, const Box &b) { return *a.ptr_ == *b.ptr_; }

private:
  std::unique_ptr<T> ptr_;
};

}  // namespace pgshift
