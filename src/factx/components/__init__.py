"""factx's spaCy components, one module per concern.

Each component reads the Doc (tokens, parse, model entities, and what earlier factx
components left) and adds `Candidate`s through `add_candidates`. Importing a module
registers its factory with spaCy; `factx.pipeline` adds them in order.
"""
