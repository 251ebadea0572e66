"""The BibTeX boundary: reading .bib files, writing BibTeX, and checking and fixing .bib files.

``syntax`` scans a .bib into blocks that keep every byte and every position;
``read`` turns entries into References; ``write`` turns References into
BibTeX; ``types`` holds the one entry-type map and required-fields table;
``rules`` and ``fix`` are ``bib --fix``; ``lint`` is ``refcheck check refs.bib``.
"""
