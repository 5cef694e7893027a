// StoreTest: a fresh store on each backend per test, with shorthands for
// ingesting, counting and querying (the store's contract tests share it).
#ifndef ANNALIST_TESTS_STORE_STORE_FIXTURE_H_
#define ANNALIST_TESTS_STORE_STORE_FIXTURE_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "store/test_store.h"

namespace annalist::testing {

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    std::string skip;
    Status s = testing::OpenTestStore(GetParam(), &store_, &skip, &url_);
    if (!skip.empty()) GTEST_SKIP() << skip;
    ASSERT_TRUE(s.ok()) << s.ToString();
  }
  void TearDown() override { testing::CloseTestStores(&store_); }

  std::vector<IngestResult> Ingest(const std::vector<Document>& docs) {
    std::vector<const Document*> pointers;
    for (const Document& d : docs) pointers.push_back(&d);
    std::vector<IngestResult> results;
    Status s = store_->Ingest(pointers, &results);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return results;
  }

  StoreStats Stats() {
    StoreStats stats;
    EXPECT_TRUE(store_->Stats(&stats).ok());
    return stats;
  }

  std::vector<StoredEvent> Query(const EventQuery& q) {
    EventPage page;
    Status s = store_->QueryEvents(q, &page);
    EXPECT_TRUE(s.ok()) << s.ToString();
    return page.events;
  }

  std::unique_ptr<Store> store_;
  std::string url_;  // what store_ was opened with
};

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_STORE_STORE_FIXTURE_H_
