"""Read queries returning frozen rows, one module per job.

    columns        the tables' columns and the epoch helpers every query shares
    search_text    a user's search -> words to highlight, a safe FTS5 expression
    thread_filter  ThreadFilter (what the thread list shows) -> SQL conditions
    thread_rows    the ThreadRow select: one thread, or some threads by id
    thread_pages   one keyset page of a thread list (search pages in search_pages)
    search_pages   one page of full-text search results (FTS5, or PostgreSQL's GIN)
    thread_detail  one thread with its messages, attachments and order
    orders         order pages and one order's detail
    counts         the sidebar's view counts

Every list is paged by keyset (a cursor from the last row), so page N costs the same as
page 1 on a million-message store.
"""
