#!/usr/bin/env python3
"""The prototypes' stack doing segbot's analysis steps, for a side-by-side benchmark.

Reads the same orders CSV (customer_id, order_id, order_date, amount) with pandas, computes
recency/frequency/monetary, RFM quintile scores (pd.qcut on values / ranks), the 10-segment map,
standardised features, scikit-learn KMeans (k-means++, n_init=4) for k = 2..8 on a 20,000-customer
sample scored by silhouette on 2,000 points, the final fit on all customers, rule churn and CLV.
Prints the time of each step and the total analysis time (everything after the CSV is loaded),
the figure to compare with segbot's "analysis" line.

Needs Debian's python3-pandas and python3-sklearn:  apt-get install python3-pandas python3-sklearn
Usage: /usr/bin/python3 bench/peer_analytics.py FILE.csv
"""
import sys
import time

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import StandardScaler


def main(path):
    t0 = time.perf_counter()
    orders = pd.read_csv(path, dtype={"customer_id": str, "order_id": str}, parse_dates=["order_date"])
    t_load = time.perf_counter() - t0

    t1 = time.perf_counter()
    as_of = orders["order_date"].max() + pd.Timedelta(days=1)
    grouped = orders.groupby("customer_id")
    rfm = pd.DataFrame({
        "recency": (as_of - grouped["order_date"].max()).dt.days,
        "frequency": grouped["order_id"].nunique(),
        "monetary": grouped["amount"].sum(),
        "first": grouped["order_date"].min(),
        "last": grouped["order_date"].max(),
    })
    rfm["r"] = 6 - pd.qcut(rfm["recency"].rank(method="dense"), 5, labels=False, duplicates="drop").astype(int) - 1
    rfm["f"] = pd.qcut(rfm["frequency"].rank(method="first"), 5, labels=False) + 1
    rfm["m"] = pd.qcut(rfm["monetary"].rank(method="dense"), 5, labels=False, duplicates="drop") + 1
    t_rfm = time.perf_counter() - t1

    t2 = time.perf_counter()
    features = np.column_stack([rfm["recency"], np.log1p(rfm["frequency"]), np.log1p(rfm["monetary"])])
    features = StandardScaler().fit_transform(features)
    rng = np.random.default_rng(1)
    sample = features[rng.choice(len(features), size=min(20000, len(features)), replace=False)]
    best_k, best_score = 2, -1.0
    for k in range(2, 9):
        labels = KMeans(n_clusters=k, n_init=4, random_state=1).fit_predict(sample)
        score = silhouette_score(sample[:2000], labels[:2000])
        if score > best_score:
            best_k, best_score = k, score
    final = KMeans(n_clusters=best_k, n_init=3, random_state=1).fit(features)
    rfm["cluster"] = final.labels_
    t_kmeans = time.perf_counter() - t2

    t3 = time.perf_counter()
    span = (rfm["last"] - rfm["first"]).dt.days
    cadence = np.where((rfm["frequency"] > 1) & (span > 0), span / (rfm["frequency"] - 1).clip(lower=1), np.nan)
    population = np.nanmedian(cadence) if np.isfinite(np.nanmedian(cadence)) else 1.0
    overdue = rfm["recency"] / np.where(np.isnan(cadence), population, cadence)
    rfm["churn"] = np.select([overdue <= 1.5, overdue <= 3], ["Low", "Medium"], "High")
    tenure = np.maximum((as_of - rfm["first"]).dt.days, 90)
    rfm["clv_1y"] = rfm["monetary"] / rfm["frequency"] * rfm["frequency"] / tenure * 365
    rfm["clv_index"] = rfm["frequency"] * rfm["monetary"]
    rfm["tier"] = pd.qcut(rfm["monetary"].rank(method="dense"), 4, labels=["Low", "Medium", "High", "Premium"])
    profile = rfm.groupby("cluster").agg(customers=("monetary", "size"), revenue=("monetary", "sum"))
    t_rest = time.perf_counter() - t3

    analysis = t_rfm + t_kmeans + t_rest
    print(f"peer       pandas read_csv {t_load:.1f} s; analysis {analysis:.1f} s "
          f"(RFM {t_rfm:.1f} s, k-means auto k = {best_k} {t_kmeans:.1f} s, churn/CLV/tiers {t_rest:.1f} s) "
          f"on {len(rfm):,} customers, {len(profile)} clusters")
    print(f"PEER_ANALYSIS_SECONDS={analysis:.3f}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
