"""Learning from SQuAD-format files, for `make train` and the benches: reading the files, the "found"
decision's examples and fit, the runners-up's, and the reader's training (torch is imported only when it runs).
"""

from qa._answer import RunnerUpModel
from qa._calibration import (BOOTSTRAP, LEAD_ONLY, as_follow_up, asked, examples, fit, fit_runners_up, renamed,
                             subject_name)
from qa._evidence import FoundModel
from qa._reader_training import main as train_reader
from qa._squad import SquadArticle, SquadQuestion, read_squad

__all__ = ["BOOTSTRAP", "FoundModel", "LEAD_ONLY", "RunnerUpModel", "SquadArticle", "SquadQuestion", "as_follow_up",
           "asked", "examples", "fit", "fit_runners_up", "read_squad", "renamed", "subject_name", "train_reader"]
