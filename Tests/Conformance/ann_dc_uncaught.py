from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
    retries: int = 0


jobs = [Job(3, "backup"), Job(1, "email"), Job(2, "report", 1)]
for job in sorted(jobs):
    print(job)
print(Job(1, "a") < Job(2, "b"))
Job(5)
