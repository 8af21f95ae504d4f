// Copyright 2026 The whosaid Authors.
#include "eval/coref_scores.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace whosaid::internal {
namespace {

// Cluster index of each mention id.
std::unordered_map<int, int> ClusterOf(const Clusters& clusters) {
  std::unordered_map<int, int> out;
  for (size_t c = 0; c < clusters.size(); ++c) {
    for (int m : clusters[c]) out[m] = static_cast<int>(c);
  }
  return out;
}

int Shared(const std::vector<int>& a, const std::vector<int>& b) {
  const std::unordered_set<int> in_a(a.begin(), a.end());
  int n = 0;
  for (int m : b) n += in_a.count(m) ? 1 : 0;
  return n;
}

// MUC recall of `key` against `response`: links kept over links needed.
void MucSide(const Clusters& key, const Clusters& response, double* num, double* den) {
  const std::unordered_map<int, int> of = ClusterOf(response);
  for (const std::vector<int>& k : key) {
    std::unordered_set<int> parts;
    int unaligned = 0;
    for (int m : k) {
      auto it = of.find(m);
      if (it == of.end()) {
        ++unaligned;  // a mention the response lacks is a partition of its own
      } else {
        parts.insert(it->second);
      }
    }
    *num += static_cast<double>(k.size()) - static_cast<double>(parts.size() + unaligned);
    *den += static_cast<double>(k.size()) - 1;
  }
}

// B-cubed recall of `key` against `response`.
void BCubedSide(const Clusters& key, const Clusters& response, double* num, double* den) {
  const std::unordered_map<int, int> of = ClusterOf(response);
  for (const std::vector<int>& k : key) {
    std::unordered_map<int, int> overlap;
    for (int m : k) {
      if (auto it = of.find(m); it != of.end()) ++overlap[it->second];
    }
    for (const auto& [cluster, n] : overlap) {
      (void)cluster;
      *num += static_cast<double>(n) * n / static_cast<double>(k.size());
    }
    *den += static_cast<double>(k.size());
  }
}

}  // namespace

CorefCounts MucCounts(const Clusters& gold, const Clusters& predicted) {
  CorefCounts c;
  MucSide(gold, predicted, &c.recall_num, &c.recall_den);
  MucSide(predicted, gold, &c.precision_num, &c.precision_den);
  return c;
}

CorefCounts BCubedCounts(const Clusters& gold, const Clusters& predicted) {
  CorefCounts c;
  BCubedSide(gold, predicted, &c.recall_num, &c.recall_den);
  BCubedSide(predicted, gold, &c.precision_num, &c.precision_den);
  return c;
}

CorefCounts CeafECounts(const Clusters& gold, const Clusters& predicted) {
  std::vector<std::vector<double>> phi(gold.size(), std::vector<double>(predicted.size(), 0));
  for (size_t g = 0; g < gold.size(); ++g) {
    for (size_t p = 0; p < predicted.size(); ++p) {
      phi[g][p] = 2.0 * Shared(gold[g], predicted[p]) /
                  static_cast<double>(gold[g].size() + predicted[p].size());
    }
  }
  const double total = MaxAssignment(phi);
  CorefCounts c;
  c.recall_num = c.precision_num = total;
  c.recall_den = static_cast<double>(gold.size());
  c.precision_den = static_cast<double>(predicted.size());
  return c;
}

// The Hungarian algorithm (shortest augmenting paths with potentials) on
// costs = max - weight, over a square matrix padded with zero weights.
double MaxAssignment(const std::vector<std::vector<double>>& weights) {
  const size_t rows = weights.size();
  const size_t cols = rows == 0 ? 0 : weights[0].size();
  const size_t n = std::max(rows, cols);
  if (n == 0) return 0;
  double top = 0;
  for (const auto& row : weights) {
    for (double w : row) top = std::max(top, w);
  }
  auto cost = [&](size_t r, size_t c) {
    const double w = r < rows && c < cols ? weights[r][c] : 0;
    return top - w;
  };
  constexpr double kInf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(n + 1, 0);
  std::vector<size_t> match(n + 1, 0), way(n + 1, 0);  // match[col] = row, 1-based
  for (size_t r = 1; r <= n; ++r) {
    match[0] = r;
    size_t col = 0;
    std::vector<double> minv(n + 1, kInf);
    std::vector<bool> used(n + 1, false);
    do {
      used[col] = true;
      const size_t row = match[col];
      double delta = kInf;
      size_t next = 0;
      for (size_t c = 1; c <= n; ++c) {
        if (used[c]) continue;
        const double cur = cost(row - 1, c - 1) - u[row] - v[c];
        if (cur < minv[c]) minv[c] = cur, way[c] = col;
        if (minv[c] < delta) delta = minv[c], next = c;
      }
      for (size_t c = 0; c <= n; ++c) {
        if (used[c]) {
          u[match[c]] += delta;
          v[c] -= delta;
        } else {
          minv[c] -= delta;
        }
      }
      col = next;
    } while (match[col] != 0);
    do {
      const size_t prev = way[col];
      match[col] = match[prev];
      col = prev;
    } while (col != 0);
  }
  double total = 0;
  for (size_t c = 1; c <= n; ++c) {
    const size_t r = match[c] - 1;
    if (r < rows && c - 1 < cols) total += weights[r][c - 1];
  }
  return total;
}

}  // namespace whosaid::internal
