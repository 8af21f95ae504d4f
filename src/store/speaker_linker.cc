// Copyright 2026 The whosaid Authors.
#include "store/speaker_linker.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/lexicon.h"
#include "lexicon/lexicon_data.h"

namespace whosaid::internal {
namespace {

std::string Lower(std::string_view s) {
  std::string buf;
  return std::string(LowerAscii(s, &buf));
}

// Short form -> formal name, from data/lexicons/nicknames.txt. A short form
// of two formal names maps to neither.
const std::unordered_map<std::string, std::string>& Nicknames() {
  static const auto* map = [] {
    auto* m = new std::unordered_map<std::string, std::string>();
    std::set<std::string> ambiguous;
    for (int f = 0; f < kLexiconFileCount; ++f) {
      if (std::string_view(kLexiconFiles[f].name) != "nicknames") continue;
      std::istringstream in(kLexiconFiles[f].contents);
      std::string line;
      while (std::getline(in, line)) {
        const size_t colon = line.find(':');
        if (line.empty() || line[0] == '#' || colon == std::string::npos) continue;
        std::istringstream shorts(line.substr(colon + 1));
        for (std::string s; shorts >> s;) {
          if (!m->emplace(s, line.substr(0, colon)).second) ambiguous.insert(s);
        }
      }
    }
    for (const std::string& s : ambiguous) m->erase(s);
    return m;
  }();
  return *map;
}

bool IsSuffix(const std::string& w) {
  static const std::set<std::string> kSuffixes = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
  return kSuffixes.count(w) > 0;
}

bool IsInitial(const std::string& w) {
  return w.size() == 1 || (w.size() == 2 && w[1] == '.');
}

// A person's name reduced to what identifies them across articles.
struct PersonName {
  std::string first;  // formal given name, or "" for a lone surname
  bool initial = false;
  std::string last;
};

PersonName ParsePerson(const std::string& name) {
  std::vector<std::string> words;
  std::istringstream in(Lower(name));
  for (std::string w; in >> w;) {
    while (!w.empty() && w.back() == ',') w.pop_back();
    if (!w.empty() && !IsSuffix(w)) words.push_back(w);
  }
  PersonName p;
  if (words.empty()) return p;
  p.last = words.back();
  if (words.size() == 1) return p;
  p.first = words.front();
  p.initial = IsInitial(p.first);
  if (p.initial) {
    p.first = p.first.substr(0, 1);
  } else if (auto it = Nicknames().find(p.first); it != Nicknames().end()) {
    p.first = it->second;
  }
  return p;
}

std::string WithoutLeadingThe(const std::string& lower) {
  return lower.rfind("the ", 0) == 0 ? lower.substr(4) : lower;
}

// Full names of people, by surname: surname -> formal given names.
using GivenNamesBySurname = std::map<std::string, std::set<std::string>>;

// The cluster key of a person, given every full name in the corpus.
std::string PersonKey(const PersonName& p, const GivenNamesBySurname& full) {
  if (p.last.empty()) return "person:";
  const std::string full_key = "person:" + p.last + "|";
  if (!p.first.empty() && !p.initial) return full_key + p.first;
  auto it = full.find(p.last);
  std::vector<std::string> fits;
  if (it != full.end()) {
    for (const std::string& first : it->second) {
      if (!p.initial || first[0] == p.first[0]) fits.push_back(first);
    }
  }
  if (fits.size() == 1) return full_key + fits[0];
  // No full name to join, or several: a lone surname (or initial) of its own,
  // kept apart from every full name.
  return full_key + (p.initial ? p.first + "." : "?") + (fits.empty() ? "" : "ambiguous");
}

std::string ClusterKey(const ArticleSpeaker& s, const GivenNamesBySurname& full) {
  switch (s.kind) {
    case SpeakerKind::kPerson: return PersonKey(ParsePerson(s.name), full);
    case SpeakerKind::kOrganization:
    case SpeakerKind::kOutlet:
    case SpeakerKind::kGroup:
      return std::string(SpeakerKindName(s.kind)) + ":" + WithoutLeadingThe(Lower(s.name));
    case SpeakerKind::kAnonymous:
    case SpeakerKind::kUnknown: break;
  }
  return "doc:" + std::to_string(s.doc) + ":" + SpeakerKindName(s.kind) + ":" + Lower(s.name);
}

// The name to show: a full name over a lone surname, then the most used,
// then the longest, then the first in byte order.
std::string DisplayName(const std::map<std::string, int>& weights) {
  auto rank = [](const std::pair<const std::string, int>& n) {
    const bool full = n.first.find(' ') != std::string::npos;
    return std::make_tuple(full, n.second, n.first.size());
  };
  auto best = weights.begin();
  for (auto it = weights.begin(); it != weights.end(); ++it) {
    if (rank(*it) > rank(*best)) best = it;
  }
  return best == weights.end() ? std::string() : best->first;
}

}  // namespace

LinkedSpeakers LinkSpeakers(const std::vector<ArticleSpeaker>& speakers) {
  // A name recurs in many articles (a president's in thousands): each
  // distinct one is parsed once, and keyed once per kind unless its key
  // is its article's. Keys view the speakers' names.
  std::unordered_set<std::string_view> seen_person;
  GivenNamesBySurname full;
  for (const ArticleSpeaker& s : speakers) {
    if (s.kind != SpeakerKind::kPerson || !seen_person.insert(s.name).second) continue;
    const PersonName p = ParsePerson(s.name);
    if (!p.first.empty() && !p.initial) full[p.last].insert(p.first);
  }
  LinkedSpeakers out;
  std::unordered_map<std::string, int> index;
  constexpr int kKinds = static_cast<int>(SpeakerKind::kUnknown) + 1;
  std::unordered_map<std::string_view, int> cluster_of_name[kKinds];
  std::vector<std::map<std::string, int>> weights;
  std::vector<SpeakerKind> kinds;
  for (const ArticleSpeaker& s : speakers) {
    const bool per_article = s.kind == SpeakerKind::kAnonymous || s.kind == SpeakerKind::kUnknown;
    auto& memo = cluster_of_name[static_cast<int>(s.kind)];
    auto known = per_article ? memo.end() : memo.find(s.name);
    int cluster;
    if (known != memo.end()) {
      cluster = known->second;
    } else {
      auto [it, added] = index.emplace(ClusterKey(s, full), static_cast<int>(weights.size()));
      if (added) {
        weights.emplace_back();
        kinds.push_back(s.kind);
      }
      cluster = it->second;
      if (!per_article) memo.emplace(s.name, cluster);
    }
    out.speaker_of.push_back(cluster);
    weights[cluster][s.name] += s.weight;
  }
  // A surname is an alias of the one person who has it.
  std::map<std::string, int> people_with_surname;
  for (size_t k = 0; k < weights.size(); ++k) {
    out.display_name.push_back(DisplayName(weights[k]));
    out.names.emplace_back();
    for (const auto& [name, w] : weights[k]) out.names.back().push_back(name);
    if (kinds[k] == SpeakerKind::kPerson) ++people_with_surname[ParsePerson(out.display_name[k]).last];
  }
  for (size_t k = 0; k < weights.size(); ++k) {
    if (kinds[k] != SpeakerKind::kPerson) continue;
    const std::string& display = out.display_name[k];
    const size_t space = display.rfind(' ');
    if (space == std::string::npos || people_with_surname[ParsePerson(display).last] != 1) continue;
    std::vector<std::string>& names = out.names[k];
    const std::string surname = display.substr(space + 1);
    if (std::find(names.begin(), names.end(), surname) == names.end()) {
      names.insert(std::upper_bound(names.begin(), names.end(), surname), surname);
    }
  }
  return out;
}

}  // namespace whosaid::internal
