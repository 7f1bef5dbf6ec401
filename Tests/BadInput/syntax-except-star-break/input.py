# A retry loop that tries to leave from inside an except* clause.
for attempt in range(3):
    try:
        raise ExceptionGroup("failed", [ConnectionError(attempt)])
    except* ConnectionError:
        break
