"""Answering a question, one step per module, in the order they run.

lexicon     words: stop words and chat filler, lemmas, paraphrases, Chinese terms
frame       the question taken apart: answer type, subject, action, objects, terms
candidates  FTS5 over every term and paraphrase (trigram for Chinese), a bounded window
rank        subject acting > subject named > others; then coverage, answer type, bm25
abstain     key terms the articles never use; confidence of the best candidate
pipeline    the steps run in order, returning an Answer
"""
