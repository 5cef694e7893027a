// Test fixtures for the store: a fresh store on either backend, and small
// hand-built Documents (the coder is not needed to test storage).
#ifndef ANNALIST_TESTS_STORE_TEST_STORE_H_
#define ANNALIST_TESTS_STORE_TEST_STORE_H_

#include <libpq-fe.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "annalist/document.h"
#include "annalist/store.h"

namespace annalist::testing {

// PostgreSQL databases created by OpenTestStore, as "server_url|name".
inline std::vector<std::string>& TestDatabases() {
  static std::vector<std::string> names;
  return names;
}

// SQLite files created by OpenTestStore, without their -wal/-shm suffix.
inline std::vector<std::string>& TestFiles() {
  static std::vector<std::string> paths;
  return paths;
}

// Closes *store, deletes the SQLite files and drops the PostgreSQL databases
// the tests created.
inline void CloseTestStores(std::unique_ptr<Store>* store) {
  store->reset();
  for (const std::string& path : TestFiles()) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  }
  TestFiles().clear();
  for (const std::string& entry : TestDatabases()) {
    size_t bar = entry.find('|');
    PGconn* admin = PQconnectdb(entry.substr(0, bar).c_str());
    PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + entry.substr(bar + 1)).c_str()));
    PQfinish(admin);
  }
  TestDatabases().clear();
}

// A new empty store for `backend` ("sqlite" or "postgres"). For PostgreSQL it
// starts scripts/pg-test-server.sh and creates a database of its own; *skip
// receives a reason when that server cannot be started. *url (may be null)
// receives what Store::Open was given, for a second connection.
inline Status OpenTestStore(const std::string& backend, std::unique_ptr<Store>* out,
                            std::string* skip, std::string* url = nullptr) {
  static int counter = 0;
  const std::string name =
      "store_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  if (backend == "sqlite") {
    std::string path = (std::filesystem::temp_directory_path() / (name + ".db")).string();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
    TestFiles().push_back(path);
    if (url) *url = path;
    return Store::Open(path, out);
  }
  static std::string server_url = [] {
    // ANNALIST_TEST_DATA is <source>/tests/data.
    std::string script = (std::filesystem::path(ANNALIST_TEST_DATA).parent_path().parent_path() /
                          "scripts" / "pg-test-server.sh").string();
    FILE* pipe = popen(("bash " + script + " start 2>/dev/null").c_str(), "r");
    if (pipe == nullptr) return std::string();
    char buf[512] = {0};
    std::string url = fgets(buf, sizeof buf, pipe) ? buf : "";
    if (pclose(pipe) != 0) return std::string();
    while (!url.empty() && url.back() == '\n') url.pop_back();
    return url;
  }();
  if (server_url.empty()) {
    *skip = "PostgreSQL test server could not be started (scripts/pg-test-server.sh)";
    return Status::OK();
  }
  PGconn* admin = PQconnectdb(server_url.c_str());
  PGresult* r = PQexec(admin, ("CREATE DATABASE " + name).c_str());
  bool created = PQresultStatus(r) == PGRES_COMMAND_OK;
  std::string error = PQerrorMessage(admin);
  PQclear(r);
  PQfinish(admin);
  if (!created) return Status::IOError("cannot create test database: " + error);
  TestDatabases().push_back(server_url + "|" + name);
  const std::string database = server_url.substr(0, server_url.rfind('/') + 1) + name;
  if (url) *url = database;
  return Store::Open(database, out);
}

// An article with one sentence per event spec "SRC CAMEO TGT": the sentence
// is "SRC acts on TGT." and carries one event dated `date` between two actor
// mentions, at `place` when it is not empty. Different url/source make the
// same events be reported by several articles and outlets.
inline Document MakeArticle(const std::string& url, const std::string& source,
                            const std::string& date, const std::vector<std::string>& events,
                            const std::string& place = "", const std::string& lead = "") {
  Document doc;
  if (!lead.empty()) {  // a sentence of its own, reporting nothing
    doc.text = lead + " ";
    doc.sentences.push_back(Sentence{{0, static_cast<uint32_t>(lead.size())}, 0, 0});
  }
  doc.url = url;
  doc.source = source;
  doc.id = url;
  Date::Parse(date, &doc.published);
  if (!place.empty()) {
    Place p;
    p.name = place;
    p.country = "XXX";
    doc.places.push_back(p);
  }
  for (const std::string& spec : events) {
    std::istringstream in(spec);
    std::string src, cameo, tgt;
    in >> src >> cameo >> tgt;
    uint32_t begin = static_cast<uint32_t>(doc.text.size());
    uint32_t sentence = static_cast<uint32_t>(doc.sentences.size());
    auto add_actor = [&](const std::string& code) {
      ActorMention a;
      a.span = {static_cast<uint32_t>(doc.text.size()),
                static_cast<uint32_t>(doc.text.size() + code.size())};
      a.sentence = sentence;
      a.code = code;
      a.country = code.substr(0, 3);
      a.sector = code.size() > 3 ? code.substr(3, 3) : "";
      a.name = code;
      a.kind = ActorKind::kCountry;
      a.evidence.rule = code;
      a.evidence.dictionary = "test.actors:1";
      doc.actors.push_back(a);
      doc.text += code;
      return static_cast<uint32_t>(doc.actors.size() - 1);
    };
    Event e;
    e.sentence = sentence;
    e.source.actor = add_actor(src);
    doc.text += " acts on ";
    e.evidence.span = {e.source.actor == kNone ? 0 : doc.actors[e.source.actor].span.end + 1,
                       static_cast<uint32_t>(doc.text.size() - 1)};
    e.target.actor = add_actor(tgt);
    doc.text += ". ";
    for (EventActor* side : {&e.source, &e.target}) {
      const ActorMention& a = doc.actors[side->actor];
      side->code = a.code, side->country = a.country, side->sector = a.sector;
    }
    e.cameo = cameo;
    e.cameo_root = cameo.substr(0, 2);
    e.quad_class = 1;
    e.goldstein = 3.0;
    e.plover = "CONSULT";
    e.date = doc.published;
    e.place = place.empty() ? kNone : 0;
    e.evidence.rule = "ACTS ON [" + cameo + "]";
    e.evidence.dictionary = "test.verbs:1";
    e.tone = -1.5;
    doc.events.push_back(e);
    doc.sentences.push_back(
        Sentence{{begin, static_cast<uint32_t>(doc.text.size() - 1)}, 0, 0});
  }
  return doc;
}

}  // namespace annalist::testing

#endif  // ANNALIST_TESTS_STORE_TEST_STORE_H_
