// Copyright 2026 The whosaid Authors.
//
// HugePageAllocator: a std::allocator for large, randomly probed tables.
//
// A model's weight table is tens of megabytes read at random, one cache line
// per feature. With 4 KiB pages nearly every lookup also misses the TLB and
// waits for a page walk; asking the kernel for 2 MiB pages
// (madvise(MADV_HUGEPAGE), honoured when transparent huge pages are set to
// "madvise" or "always") makes the whole table fit the TLB. Blocks under
// 2 MiB come from operator new as usual; where huge pages are unavailable the
// memory is ordinary memory and only the speed differs.
#ifndef WHOSAID_PERCEPTRON_HUGE_PAGE_ALLOCATOR_H_
#define WHOSAID_PERCEPTRON_HUGE_PAGE_ALLOCATOR_H_

#include <sys/mman.h>

#include <cstddef>
#include <cstdlib>
#include <new>

namespace whosaid::internal {

template <typename T>
class HugePageAllocator {
 public:
  using value_type = T;

  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: conversions are what allocators do

  T* allocate(size_t n) {
    const size_t bytes = n * sizeof(T);
    if (n > kHugePage / sizeof(T)) {
      const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
      void* p = std::aligned_alloc(kHugePage, rounded);
      if (p == nullptr) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
      madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure leaves ordinary pages
#endif
      return static_cast<T*>(p);
    }
    return static_cast<T*>(::operator new(bytes));
  }
  void deallocate(T* p, size_t n) {
    if (n > kHugePage / sizeof(T)) {
      std::free(p);
    } else {
      ::operator delete(p);
    }
  }

  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }

 private:
  static constexpr size_t kHugePage = size_t{2} << 20;
};

}  // namespace whosaid::internal

#endif  // WHOSAID_PERCEPTRON_HUGE_PAGE_ALLOCATOR_H_
