# Expressions over several lines: the frame points at the line where the failing node
# starts, and the markers run to the end of that line.
config = {"name": "worker", "retries": 3}

def build(cfg):
    return (cfg["name"] +
            "-" +
            str(cfg["retries"]) +
            cfg["suffix"])

def call_with(cfg):
    return build(
        cfg
    )

try:
    call_with(config)
except KeyError as e:
    print("missing", e)

values = [1, 2, 3]
total = sum(
    v * 2
    for v in values
) + len(
    values
) + values[
    7
]
