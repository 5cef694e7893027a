// The places module: loads the gazetteer (data/generated/gazetteer.tsv, made
// by scripts/build-places.sh) and the context words (data/places/) and adds
// the "places" stage.
#include <cstdio>
#include <filesystem>

#include "core/modules.h"
#include "places/place_stage.h"

namespace annalist {
namespace {

constexpr const char* kGazetteerPath = "data/generated/gazetteer.tsv";
constexpr const char* kLexiconPath = "data/places/context-words.tsv";

// `relative` under the data directory, else under the source tree.
std::string FindResource(const PipelineOptions& options, const char* relative) {
  namespace fs = std::filesystem;
  fs::path in_data = fs::path(options.data_dir) / relative;
  if (fs::exists(in_data)) return in_data.string();
#ifdef ANNALIST_SOURCE_DIR
  fs::path in_source = fs::path(ANNALIST_SOURCE_DIR) / relative;
  if (fs::exists(in_source)) return in_source.string();
#endif
  return in_data.string();
}

bool Requested(const PipelineOptions& options) {
  for (const std::string& s : options.stages) {
    if (s == "places") return true;
  }
  return false;
}

}  // namespace

Status AddPlaceStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::string gazetteer_path = FindResource(options, kGazetteerPath);
  if (!std::filesystem::exists(gazetteer_path) && !Requested(options)) {
    // Without the generated table the other stages still run; asking for
    // "places" explicitly makes the missing table an error below.
    std::fprintf(stderr, "annalist: %s missing (run scripts/build-places.sh); no places stage\n",
                 gazetteer_path.c_str());
    return Status::OK();
  }
  std::unique_ptr<Gazetteer> gazetteer;
  ANNALIST_RETURN_IF_ERROR(Gazetteer::Load(gazetteer_path, &gazetteer));
  auto lexicon = std::make_shared<PlaceLexicon>();
  ANNALIST_RETURN_IF_ERROR(PlaceLexicon::Load(FindResource(options, kLexiconPath), lexicon.get()));
  pipeline->Add(std::make_unique<PlaceStage>(std::move(gazetteer), std::move(lexicon)));
  return Status::OK();
}

}  // namespace annalist
