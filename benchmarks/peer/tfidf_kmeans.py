"""The peer the benchmarks compare against: scikit-learn TF-IDF (1-2 grams) + k-means over a log's questions.

usage: python3 tfidf_kmeans.py <log.csv> [k or ""] [out.json]
Reads the CSV (the 'question' column), vectorises the distinct questions, clusters them into k groups (default:
sqrt of the distinct count / 2, at least 2), writes each group's top terms and size as JSON. Python start and imports
are part of what is timed, as for the .NET programs.
"""
import csv
import json
import math
import sys

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer

path = sys.argv[1]
with open(path, newline="", encoding="utf-8-sig") as f:
    reader = csv.DictReader(f)
    questions = [row.get("question") or "" for row in reader]
distinct = sorted(set(q.strip().lower() for q in questions if q.strip()))
k = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else max(2, round(math.sqrt(len(distinct) / 2)))
vectoriser = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, stop_words="english")
x = vectoriser.fit_transform(distinct)
model = KMeans(n_clusters=k, n_init=10, random_state=42).fit(x)
terms = vectoriser.get_feature_names_out()
groups = []
for c in range(k):
    top = model.cluster_centers_[c].argsort()[::-1][:3]
    groups.append({"size": int((model.labels_ == c).sum()), "terms": [terms[i] for i in top]})
out = json.dumps({"rows": len(questions), "distinct": len(distinct), "k": k, "groups": groups}, indent=1)
if len(sys.argv) > 3:
    with open(sys.argv[3], "w", encoding="utf-8") as f:
        f.write(out)
else:
    print(out)
