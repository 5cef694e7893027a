#include "cli/log_checkpointer.h"

namespace annalist::cli {

LogCheckpointer::LogCheckpointer(std::unique_ptr<Store> store,
                                 std::function<void(const std::string&)> warn)
    : store_(std::move(store)), warn_(std::move(warn)), thread_([this] { Run(); }) {}

LogCheckpointer::~LogCheckpointer() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void LogCheckpointer::Committed() {
  {
    std::lock_guard lock(mu_);
    pending_ = true;
  }
  wake_.notify_one();
}

void LogCheckpointer::Run() {
  std::unique_lock lock(mu_);
  while (true) {
    wake_.wait(lock, [this] { return pending_ || stopping_; });
    if (stopping_) return;
    pending_ = false;
    lock.unlock();
    // Commits that land meanwhile set pending_ again: one more pass.
    if (Status s = store_->Checkpoint(); !s.ok()) warn_("checkpoint: " + s.message());
    lock.lock();
  }
}

}  // namespace annalist::cli
