#include "server/store_pool.h"

namespace annalist::server {

StorePool::Lease& StorePool::Lease::operator=(Lease&& other) noexcept {
  if (this != &other) {
    Release();
    pool_ = other.pool_;
    store_ = std::move(other.store_);
    other.pool_ = nullptr;
  }
  return *this;
}

void StorePool::Lease::Release() {
  if (pool_ && store_) {
    std::lock_guard lock(pool_->mu_);
    pool_->idle_.push_back(std::move(store_));
  }
  pool_ = nullptr;
  store_.reset();
}

Status StorePool::Open(const std::string& url) {
  url_ = url;
  std::unique_ptr<Store> first;
  ANNALIST_RETURN_IF_ERROR(Store::Open(url_, &first));
  std::lock_guard lock(mu_);
  idle_.push_back(std::move(first));
  return Status::OK();
}

Status StorePool::Acquire(Lease* lease) {
  std::unique_ptr<Store> store;
  {
    std::lock_guard lock(mu_);
    if (!idle_.empty()) {
      store = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!store) ANNALIST_RETURN_IF_ERROR(Store::Open(url_, &store));
  Lease fresh;
  fresh.pool_ = this;
  fresh.store_ = std::move(store);
  *lease = std::move(fresh);
  return Status::OK();
}

}  // namespace annalist::server
