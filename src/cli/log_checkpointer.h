// LogCheckpointer: copies an ingest's committed transactions from SQLite's
// write-ahead log into the database file on a thread of its own.
//
// Left to itself SQLite copies the log when it has grown to
// wal_autocheckpoint pages, inside whichever writer's commit crosses it,
// and at the close of the last connection: an ingest of a few thousand
// articles then copied its whole log (and waited for two fsyncs) after its
// last article, all of it added to the run's time. Checkpointing after each
// commit instead, on a connection of its own, overlaps that work with coding;
// the log is then restarted from its beginning, so it stays about one
// transaction long and the close finds little to copy.
#ifndef ANNALIST_SRC_CLI_LOG_CHECKPOINTER_H_
#define ANNALIST_SRC_CLI_LOG_CHECKPOINTER_H_

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "annalist/store.h"

namespace annalist::cli {

class LogCheckpointer {
 public:
  // `store`: a connection of the checkpointer's own; failures are passed to
  // `warn` (a failed checkpoint costs time, never data).
  LogCheckpointer(std::unique_ptr<Store> store, std::function<void(const std::string&)> warn);
  // Stops the thread after any checkpoint it is running.
  ~LogCheckpointer();

  // Called after each commit: wakes the thread (never blocks on it).
  void Committed();

 private:
  void Run();

  std::unique_ptr<Store> store_;
  std::function<void(const std::string&)> warn_;
  std::mutex mu_;
  std::condition_variable wake_;
  bool pending_ = false, stopping_ = false;
  std::thread thread_;  // last: starts once the rest is set up
};

}  // namespace annalist::cli

#endif  // ANNALIST_SRC_CLI_LOG_CHECKPOINTER_H_
