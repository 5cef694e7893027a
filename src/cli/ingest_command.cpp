// `annalist ingest`: reads articles, codes them on every core and stores them.
//
// A TBB pipeline of small chunks of articles: a serial reader fills a chunk
// and drops the articles the store already holds (so a resumed run skips
// them before any coding), workers run the pipeline over chunks in parallel,
// and one serial writer writes each chunk as soon as it is coded, inside a
// transaction it commits every --batch articles. A killed run therefore
// leaves whole transactions only, and running it again completes the store.
// Small chunks keep both cores coding to the end and leave the writer only
// the last chunk to write after coding ends; the number of chunks in flight
// is bounded, so memory stays flat whatever the input.
#include <oneapi/tbb/parallel_pipeline.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <memory>
#include <system_error>
#include <thread>
#include <unordered_set>

#include "annalist/store.h"
#include "cli/commands.h"
#include "cli/log_checkpointer.h"
#include "cli/pipeline_flags.h"
#include "cli/progress.h"

namespace annalist::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> inputs;
  std::string db = "annalist.db";
  PipelineFlags pipeline;
  // Articles per transaction: each commit rewrites the index pages it
  // touched and re-adds the rollups of every event it changed, so fewer,
  // larger ones cost less (1024 takes 3.4% fewer store instructions than
  // 256; 4096 only 0.6% fewer again). The uncommitted rows wait in SQLite's
  // page cache (bounded), not in memory of ours; a killed run loses at most
  // one transaction's work.
  size_t batch = 1024;
};

// Articles per chunk: the unit of coding and of writing. Small enough that
// the writer's work on the last one (done after all coding) is short and
// that chunks share out evenly over the workers; large enough that the
// writer's multi-row INSERTs stay full, and that the writer, which runs on
// a coding thread between chunks, seldom takes that thread's caches from
// the coder (with 16, coding an article took ~10% longer in ingest than in
// `annalist code`; 32 took 1.5% off ingest's CPU).
constexpr size_t kChunk = 32;

struct Chunk {
  std::vector<Document> docs;
  std::vector<std::string> keys;  // ArticleKey of each doc, for the writer
  std::vector<std::string> messages;
  uint64_t skipped = 0;  // already in the store, or earlier in this run
  uint64_t bytes = 0;    // input covered by this chunk
};

void Report(const std::string& message) { std::cerr << "annalist ingest: " << message << "\n"; }
void Warn(const std::string& message) { Report("warning: " + message); }

// Roughly the input bytes an article took, for the progress bar and the
// commit policy.
uint64_t InputSize(const Document& doc) {
  return doc.text.size() + doc.title.size() + doc.url.size() + doc.id.size() + 64;
}

// The articles of every input, minus those already stored and those that
// repeat one read earlier in this run.
class NewArticles {
 public:
  NewArticles(std::vector<std::unique_ptr<ArticleReader>> readers, Store* store, size_t chunk)
      : readers_(std::move(readers)), store_(store), chunk_(chunk) {}

  // Fills the next chunk; false when the input is exhausted and it is empty.
  // A store failure stops the run (reported through *status).
  bool Fill(Chunk* b, Status* status) {
    uint64_t seen = 0;
    while (current_ < readers_.size() && b->docs.size() < chunk_ && seen < 4 * chunk_) {
      Document doc;
      Status read;
      if (!readers_[current_]->Next(&doc, &read)) {
        readers_[current_++].reset();
        continue;
      }
      ++seen;
      b->bytes += InputSize(doc);
      if (!read.ok()) {
        doc.error = ArticleError{read.message()};
        b->messages.push_back(read.message());
      }
      std::string key = ArticleKey(doc);
      bool stored = false;
      if (Status s = store_->Contains(key, &stored); !s.ok()) {
        *status = s;
        return false;
      }
      if (stored || !FirstInRun(key)) {
        ++b->skipped;
        continue;
      }
      b->docs.push_back(std::move(doc));
      b->keys.push_back(std::move(key));
    }
    return current_ < readers_.size() || !b->docs.empty() || b->skipped > 0;
  }

 private:
  // Whether `key` was not read recently in this run. Crawls repeat articles,
  // often close together; a repeat is skipped before it is coded. The store
  // answers for every article committed, so the set only has to cover those
  // read but not yet committed (a transaction and the chunks in flight), and
  // is emptied when full: that can only let a repeat be coded, and the store
  // then drops it (ON CONFLICT), so memory stays bounded whatever the input.
  bool FirstInRun(const std::string& key) {
    if (recent_.size() >= kRecentKeys) recent_.clear();
    return recent_.insert(key).second;
  }

  static constexpr size_t kRecentKeys = size_t{1} << 14;
  std::vector<std::unique_ptr<ArticleReader>> readers_;
  std::unordered_set<std::string> recent_;
  Store* store_;
  size_t chunk_;
  size_t current_ = 0;
};

// When the writer commits: every `batch` articles and, near the end of an
// input of known size, as soon as the open transaction covers as much input
// as remains. Transactions then shrink geometrically towards the end, so the
// last one, whose indexes and counts are finished after all coding, is small.
class CommitPolicy {
 public:
  CommitPolicy(size_t batch, uint64_t total_bytes) : batch_(batch), total_bytes_(total_bytes) {}

  // Records a written chunk; true when the transaction should commit now.
  bool Wrote(size_t articles, uint64_t bytes) {
    articles_ += articles;
    bytes_ += bytes;
    done_bytes_ += bytes;
    const uint64_t remaining = total_bytes_ - std::min(done_bytes_, total_bytes_);
    if (articles_ < batch_ && (total_bytes_ == 0 || bytes_ < remaining)) return false;
    articles_ = bytes_ = 0;
    return true;
  }

 private:
  size_t batch_;
  uint64_t total_bytes_, articles_ = 0, bytes_ = 0, done_bytes_ = 0;
};

struct Totals {
  uint64_t added = 0, skipped = 0, failed = 0, new_events = 0, mentions = 0;
};

// The store's connections: the writer's, the reader's (its lookups never
// wait for the writer's transactions: SQLite WAL readers do not block) and
// the log checkpointer's.
struct Connections {
  std::unique_ptr<Store> writer, lookup, checkpoints;

  Status Open(const std::string& db) {
    Status s = Store::Open(db, &writer);
    if (s.ok()) s = Store::Open(db, &lookup);
    if (s.ok()) s = Store::Open(db, &checkpoints);
    return s;
  }
};

// The SQLite file `db` opens when it does not exist yet, else "" (it exists,
// or `db` is a PostgreSQL URL).
std::string NewSqliteFile(const std::string& db) {
  const std::string path = Store::SqlitePath(db);
  std::error_code error;
  return path.empty() || std::filesystem::exists(path, error) ? "" : path;
}

// Removes a SQLite file this run created (with its log and shared memory).
void RemoveNewFile(const std::string& path) {
  std::error_code error;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix, error);
}

int RunIngest(const IngestOptions& o) {
  ThreadLimit limit(o.pipeline);  // first: loading runs in parallel too
  // The store is opened (a new one created) while the dictionaries load,
  // which leaves a core partly idle; if loading fails, a store file the
  // run created goes again.
  const std::string new_file = NewSqliteFile(o.db);
  Connections store;
  Status opened;
  std::thread opener([&] { opened = store.Open(o.db); });
  ReaderOptions reader_options;
  std::unique_ptr<Pipeline> pipeline;
  Status s = MakeReaderOptions(o.pipeline, Warn, &reader_options);
  if (s.ok()) s = MakePipeline(o.pipeline, Warn, &pipeline);
  opener.join();
  if (s.ok()) s = opened;
  if (!s.ok()) {
    Report(s.message());
    if (!new_file.empty()) {
      store = Connections();
      RemoveNewFile(new_file);
    }
    return 2;
  }
  std::unique_ptr<Store>& writer = store.writer;
  size_t unopened = 0;
  auto readers = OpenInputs(o.inputs, reader_options, Report, &unopened);
  if (readers.empty()) return 2;

  // No larger than a transaction: --batch 4 still commits every 4 articles.
  const size_t chunk = std::min(kChunk, std::max<size_t>(o.batch, 1));
  NewArticles input(std::move(readers), store.lookup.get(), chunk);
  const uint64_t input_bytes = InputBytes(o.inputs);
  Progress progress("ingest", input_bytes);
  CommitPolicy commits(o.batch, input_bytes);
  LogCheckpointer checkpointer(std::move(store.checkpoints), Warn);
  Totals totals;
  Status fatal;
  // Chunks in flight: enough that the coders keep working while the writer
  // spends tens of milliseconds on a commit (with 4 per thread they ran out
  // and waited: ingest took 6% longer); still a few MB of coded articles.
  tbb::parallel_pipeline(
      limit.threads() * 16,
      tbb::make_filter<void, std::shared_ptr<Chunk>>(
          tbb::filter_mode::serial_in_order,
          [&](tbb::flow_control& fc) {
            auto chunk = std::make_shared<Chunk>();
            if (!fatal.ok() || !input.Fill(chunk.get(), &fatal)) fc.stop();
            return chunk;
          }) &
          tbb::make_filter<std::shared_ptr<Chunk>, std::shared_ptr<Chunk>>(
              tbb::filter_mode::parallel,
              [&](std::shared_ptr<Chunk> chunk) {
                for (Document& doc : chunk->docs) {
                  if (doc.error) continue;
                  if (Status e = pipeline->Process(&doc); !e.ok()) {
                    chunk->messages.push_back("article " + doc.id + ": " + e.message());
                  }
                }
                return chunk;
              }) &
          tbb::make_filter<std::shared_ptr<Chunk>, void>(
              tbb::filter_mode::serial_in_order, [&](std::shared_ptr<Chunk> chunk) {
                if (!fatal.ok()) return;
                std::vector<const Document*> docs;
                for (const Document& d : chunk->docs) docs.push_back(&d);
                std::vector<IngestResult> results;
                if (!docs.empty()) fatal = writer->Write(docs, chunk->keys, &results);
                if (fatal.ok() && commits.Wrote(docs.size(), chunk->bytes)) {
                  fatal = writer->Commit();
                  checkpointer.Committed();
                }
                if (!fatal.ok()) return;
                for (const std::string& m : chunk->messages) Report(m);
                for (size_t i = 0; i < results.size(); ++i) {
                  totals.added += results[i].added;
                  totals.failed += results[i].error;
                  // Neither: its key was stored already, maybe by an
                  // identical article earlier in this same run.
                  totals.skipped += !results[i].added && !results[i].error;
                  totals.new_events += results[i].new_events;
                  if (results[i].added) totals.mentions += chunk->docs[i].events.size();
                }
                totals.skipped += chunk->skipped;
                progress.Advance(chunk->docs.size() + chunk->skipped, chunk->bytes);
              }));
  if (fatal.ok()) fatal = writer->Commit();
  double seconds = progress.Finish();
  if (!fatal.ok()) {
    Report(fatal.message());
    Report("stopped; run the same command again to resume");
    return 2;
  }
  std::fprintf(stderr,
               "annalist ingest: %llu articles added (%llu events, %llu new), %llu already "
               "stored, %llu failed, in %.1fs (%.0f articles/s) into %s\n",
               static_cast<unsigned long long>(totals.added),
               static_cast<unsigned long long>(totals.mentions),
               static_cast<unsigned long long>(totals.new_events),
               static_cast<unsigned long long>(totals.skipped),
               static_cast<unsigned long long>(totals.failed), seconds,
               seconds > 0 ? progress.articles() / seconds : 0.0, o.db.c_str());
  return totals.failed > 0 || unopened > 0 ? 1 : 0;
}

}  // namespace

Command RegisterIngest(CLI::App& app) {
  auto o = std::make_shared<IngestOptions>();
  CLI::App* sub = app.add_subcommand(
      "ingest", "Code articles and store them (skips articles already stored; resumable)");
  sub->add_option("inputs", o->inputs,
                  "Article files (JSONL, text, HTML, WARC), directories, or - for stdin")
      ->required();
  sub->add_option("--db", o->db, "Store: a SQLite file or a postgresql:// URL")
      ->capture_default_str();
  sub->add_option("--batch", o->batch, "Articles per transaction")->capture_default_str();
  AddPipelineFlags(sub, &o->pipeline, /*reading=*/true);
  return [o] { return RunIngest(*o); };
}

}  // namespace annalist::cli
