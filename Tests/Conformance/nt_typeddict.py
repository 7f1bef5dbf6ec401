# TypedDict class syntax next to NamedTuple: a movie catalogue.
from typing import TypedDict, NamedTuple, List


class Movie(TypedDict):
    title: str
    year: int


class Rating(NamedTuple):
    movie: str
    stars: int = 3


catalogue: List[Movie] = [Movie(title="Alien", year=1979), {"title": "Heat", "year": 1995}]
catalogue.append(Movie(title="Up", year=2009))
print(catalogue, type(catalogue[0]).__name__, Movie.__annotations__)
ratings = [Rating("Alien", 5), Rating("Heat"), Rating(stars=4, movie="Up")]
best = sorted(ratings, key=lambda r: (-r.stars, r.movie))
print(best)
for movie in catalogue:
    stars = {r.movie: r.stars for r in ratings}[movie["title"]]
    print(f"{movie['title']:<6} {movie['year']} {'*' * stars}")
print(Rating._make(["Jaws", 2])._asdict(), Rating("X") < Rating("Y"), Rating("A", 1)[0])
Rating("Z", 1, 2)
