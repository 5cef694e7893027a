// StorePool: Store connections shared by the server's worker threads.
//
// A Store serialises its own calls, so one connection per concurrent request
// lets SQLite readers (WAL mode) and PostgreSQL sessions run in parallel.
// Acquire() hands out an idle connection or opens a new one; the Lease gives
// it back when destroyed.
#ifndef ANNALIST_SRC_SERVER_STORE_POOL_H_
#define ANNALIST_SRC_SERVER_STORE_POOL_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "annalist/store.h"

namespace annalist::server {

class StorePool {
 public:
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept { *this = std::move(other); }
    Lease& operator=(Lease&& other) noexcept;
    ~Lease() { Release(); }
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }

   private:
    friend class StorePool;
    void Release();
    StorePool* pool_ = nullptr;
    std::unique_ptr<Store> store_;
  };

  // Opens the first connection (creating or migrating the store), so that a
  // bad URL fails at start-up rather than on the first request.
  Status Open(const std::string& url);
  Status Acquire(Lease* lease);

 private:
  std::string url_;
  std::mutex mu_;
  std::vector<std::unique_ptr<Store>> idle_;
};

}  // namespace annalist::server

#endif  // ANNALIST_SRC_SERVER_STORE_POOL_H_
