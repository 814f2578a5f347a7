"""The authors' checks: the reading level of a chapter, the claims ledger against the book.

The book does not import these; an author runs them (``python -m abcourse.authoring.prose``,
``python -m abcourse.authoring.claims``) and the tests hold the book to them.
"""
