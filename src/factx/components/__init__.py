"""factx's spaCy components, one module per concern.

Each component reads the Doc (tokens, parse, model entities, and what earlier factx
components left) and adds `Candidate`s through `add_candidates`. Importing a module
registers its factory with spaCy; `factx.pipeline` adds them in order.
"""

from factx.fastload import import_spacy

import_spacy()  # spaCy without spacy.cli, and the fast French TOKEN_MATCH (docs/startup.md)
