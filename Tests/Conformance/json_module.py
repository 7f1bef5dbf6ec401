import json
print(json.dumps({'a': [1, 2.5, None, True, 'x"y\\z\n\u00e9\U0001F600\x7f\x01'], 'b': {}, 'c': []}))
print(json.dumps([1, {'k': [1, 2]}, (3, 4)], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True, indent=4, separators=(',', ': ')))
print(json.dumps(float('inf')), json.dumps(1e100), json.dumps(0.1), json.dumps(10**30), json.dumps((1, 2)), json.dumps(-0.0))
print(json.dumps({1: 'a', 2.5: 'b', None: 'c', True: 'd', False: 'e'}))
print(json.dumps({'x': 1}, separators=(',', ':')), json.dumps([1], indent='\t'), json.dumps([[], {}], indent=2))
print(json.dumps('é', ensure_ascii=False), json.dumps({(1, 2): 3}, skipkeys=True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(json.dumps([Point(1, 2)], default=lambda o: o.__dict__))
for bad in [lambda: json.dumps({(1, 2): 3}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
doc = '{"a": [1, 2.5, -3e2, null, true, false, "\\u00e9\\n\\ud83d\\ude00"], "b": {}, "c": [], "d": 0, "e": -0.5E+1}'
data = json.loads(doc)
print(data)
print(json.loads(json.dumps(data)) == data, json.loads('  [ 1 , 2 ]  '), json.loads('"\\/\\t"'), json.loads('NaN'), json.loads('-Infinity'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1, 2]', parse_int=float), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
for bad in ['{', '[1,]', '{"a" 1}', 'nul', '', '"abc', '[1 2]', '01', '{"a":1,}', '"\\x"', '"\\u12"', '"a\nb"', '[1]x', ' {"a": }', '-']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('[\n  1,\n  2\n]'), json.JSONDecodeError.__module__)
