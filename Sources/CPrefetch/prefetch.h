/* A cache prefetch hint, which Swift cannot spell: the event loop asks for the objects
   its next steps will touch while the current one runs. */
static inline void schedviz_prefetch(const void *p) { __builtin_prefetch(p, 1, 3); }

/* The first `lines` cache lines of an object. */
static inline void schedviz_prefetch_lines(const void *p, int lines) {
    for (int i = 0; i < lines; i++) __builtin_prefetch((const char *)p + 64 * i, 1, 3);
}
