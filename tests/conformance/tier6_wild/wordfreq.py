import re
from collections import Counter, defaultdict

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness"""

def tokenize(text):
    return [w.lower() for w in re.findall(r"[A-Za-z']+", text)]

words = tokenize(TEXT)
counts = Counter(words)
print(f"{len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(5):
    print(f"{word:>10} {n:3d} {'#' * n}")

by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))

pairs = list(zip(words, words[1:]))
bigrams = Counter(pairs)
top = max(bigrams.items(), key=lambda kv: (kv[1], kv[0]))
print("top bigram:", top)
print(sum(map(len, words)) / len(words))
print(f"{sum(map(len, words)) / len(words):.3f}")
lines = TEXT.splitlines()
for i, line in enumerate(lines, start=1):
    print(f"{i:02}: {line[:30]!r}...")
