# except* handles part of a group, raises in one clause; the rest and the new error escape.

def fetch(url):
    if "bad" in url:
        raise ValueError(f"bad url {url}")
    if "slow" in url:
        raise TimeoutError(f"{url} timed out")
    return url.upper()


def fetch_all(urls):
    results, errors = [], []
    for url in urls:
        try:
            results.append(fetch(url))
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("fetch_all", errors)
    return results


def main():
    print(fetch_all(["a", "b"]))
    try:
        fetch_all(["a", "bad-1", "slow-2", "bad-3", "slow-4"])
    except* TimeoutError as e:
        print("timeouts:", [str(x) for x in e.exceptions])
        raise RuntimeError("timeouts are fatal here")


main()
