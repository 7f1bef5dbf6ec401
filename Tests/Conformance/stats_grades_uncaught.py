# Grade statistics per class; a class with a missing roster ends the program with a KeyError.
import statistics

grades = {
    "algebra": [88, 92, 79, 65, 95, 70, 84],
    "biology": [72.5, 88.0, 91.5, 60.0],
    "chemistry": [100, 100, 99, 98],
}

def summary(subject):
    marks = grades[subject]
    mean = statistics.mean(marks)
    spread = statistics.stdev(marks) if len(marks) > 1 else 0.0
    return f"{subject:<10} n={len(marks)} mean={mean:.2f} median={statistics.median(marks)} sd={spread:.3f}"

for subject in ["algebra", "biology", "chemistry"]:
    print(summary(subject))

everyone = [m for marks in grades.values() for m in marks]
print("overall quartiles:", statistics.quantiles(everyone, n=4))
print("overall mode:", statistics.mode([round(m, -1) for m in everyone]))

def report(subjects):
    for s in subjects:
        print(summary(s))

report(["biology", "physics"])
