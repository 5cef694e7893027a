// The tone module: one stage, "tone" (tone_stage.h). Its lexicon,
// data/generated/afinn.tsv, is built by scripts/build.sh from an npm
// package; without it the stage is left out (articles then carry no tone)
// unless "tone" was asked for by name, which is an error.
#include <algorithm>
#include <filesystem>

#include "core/modules.h"
#include "tone/tone_stage.h"

namespace annalist {

Status AddToneStages(const PipelineOptions& options, Pipeline* pipeline) {
  std::string path = options.data_dir + "/data/generated/afinn.tsv";
  bool requested = std::find(options.stages.begin(), options.stages.end(), "tone") !=
                   options.stages.end();
  if (!std::filesystem::exists(path) && !requested) return Status::OK();
  ToneLexicon lexicon;
  ANNALIST_RETURN_IF_ERROR(ToneLexicon::Load(path, &lexicon));
  Grammar grammar;
  ANNALIST_RETURN_IF_ERROR(Grammar::Load(options.data_dir, &grammar));
  pipeline->Add(std::make_unique<ToneStage>(std::move(lexicon), std::move(grammar)));
  return Status::OK();
}

}  // namespace annalist
