// The store's writer alone: BBC news articles are coded once, then each
// iteration stores them all into a fresh SQLite file as `annalist ingest`
// does: Write() per chunk of 16, Commit() every 1,024 articles and at the end. Needs the shared data (ANNALIST_SHARED, default
// ../shared) and annalist's data directory (ANNALIST_DATA_DIR, default .).
//
//   ./build/annalist_bench --benchmark_filter=StoreIngest
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

#include "annalist/pipeline.h"
#include "annalist/record_io.h"
#include "annalist/store.h"

namespace annalist {
namespace {

std::string Env(const char* name, const char* fallback) {
  const char* value = std::getenv(name);
  return value && *value ? value : fallback;
}

// The coded articles, or an empty list when the data is missing.
const std::vector<Document>& CodedArticles() {
  static const std::vector<Document> docs = [] {
    std::vector<Document> out;
    std::unique_ptr<ArticleReader> reader;
    std::unique_ptr<Pipeline> pipeline;
    PipelineOptions options;
    options.data_dir = Env("ANNALIST_DATA_DIR", ".");
    std::string input = Env("ANNALIST_SHARED", "../shared") + "/data/news/bbc-2005.articles.jsonl";
    if (!OpenArticleReader(input, {}, &reader).ok() ||
        !Pipeline::Create(options, &pipeline).ok()) {
      return out;
    }
    Document doc;
    Status read;
    while (reader->Next(&doc, &read)) {
      if (read.ok() && pipeline->Process(&doc).ok()) out.push_back(std::move(doc));
      doc = Document();
    }
    return out;
  }();
  return docs;
}

void BM_StoreIngestNews(benchmark::State& state) {
  const std::vector<Document>& docs = CodedArticles();
  if (docs.empty()) {
    state.SkipWithError("shared news or data directory not found (ANNALIST_SHARED, "
                        "ANNALIST_DATA_DIR)");
    return;
  }
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("annalist-ingest-bench-" + std::to_string(getpid()));
  for (auto _ : state) {
    state.PauseTiming();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    std::unique_ptr<Store> store;
    if (!Store::Open((dir / "bench.db").string(), &store).ok()) {
      state.SkipWithError("cannot create the store");
      return;
    }
    state.ResumeTiming();
    constexpr size_t kChunk = 16, kBatch = 1024;
    for (size_t i = 0; i < docs.size(); i += kChunk) {
      std::vector<const Document*> chunk;
      for (size_t j = i; j < docs.size() && j < i + kChunk; ++j) chunk.push_back(&docs[j]);
      std::vector<IngestResult> results;
      bool ok = store->Write(chunk, &results).ok();
      const bool last = i + kChunk >= docs.size();
      if (ok && (last || (i + kChunk) % kBatch == 0)) ok = store->Commit().ok();
      if (!ok) state.SkipWithError("ingest failed");
    }
  }
  std::filesystem::remove_all(dir);
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * docs.size()));
}
BENCHMARK(BM_StoreIngestNews)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime();

}  // namespace
}  // namespace annalist
