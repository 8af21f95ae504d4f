// Copyright 2026 The whosaid Authors.
//
// FormatTable: a query result as aligned text, JSON or CSV.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstdio>

#include "whosaid/store.h"

namespace whosaid {
namespace {

// Text cells wider than this are cut (display only; JSON and CSV keep all).
constexpr size_t kMaxTextWidth = 70;

std::string CellString(const Cell& cell) {
  if (const auto* i = std::get_if<int64_t>(&cell)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&cell)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", *d);
    return buf;
  }
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  return "";
}

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

size_t Width(const std::string& s) {
  return std::count_if(s.begin(), s.end(), [](char c) { return !IsContinuationByte(c); });
}

// One line (layout white space collapsed), at most kMaxTextWidth wide.
std::string DisplayCell(const Cell& cell) {
  std::string out;
  size_t width = 0;
  bool space = false;
  for (char c : CellString(cell)) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (!IsContinuationByte(c)) {
      if (width + (space ? 1 : 0) >= kMaxTextWidth) return out + "\u2026";
      if (space) {
        out.push_back(' ');
        ++width;
      }
      ++width;
    }
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsNumeric(const Cell& cell) {
  return std::holds_alternative<int64_t>(cell) || std::holds_alternative<double>(cell);
}

std::string PadTo(const std::string& s, size_t width, bool right_align) {
  const std::string pad(width - std::min(width, Width(s)), ' ');
  return right_align ? pad + s : s + pad;
}

std::string ToText(const Table& t) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> widths;
  for (const std::string& c : t.columns) widths.push_back(Width(c));
  for (const auto& row : t.rows) {
    cells.emplace_back();
    for (size_t c = 0; c < row.size(); ++c) {
      cells.back().push_back(DisplayCell(row[c]));
      widths[c] = std::max(widths[c], Width(cells.back().back()));
    }
  }
  auto line = [&](const std::vector<std::string>& values, const std::vector<Cell>* row) {
    std::string out;
    for (size_t c = 0; c < values.size(); ++c) {
      const bool last = c + 1 == values.size();
      const bool right = row != nullptr && IsNumeric((*row)[c]);
      out += last && !right ? values[c] : PadTo(values[c], widths[c], right);
      if (!last) out += "  ";
    }
    return out + "\n";
  };
  std::string out = line(t.columns, nullptr);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.push_back(std::string(w, '-'));
  out += line(rule, nullptr);
  for (size_t r = 0; r < cells.size(); ++r) out += line(cells[r], &t.rows[r]);
  out += "(" + std::to_string(t.rows.size()) + (t.rows.size() == 1 ? " row)\n" : " rows)\n");
  return out;
}

std::string ToJson(const Table& t) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.StartArray();
  for (const auto& row : t.rows) {
    w.StartObject();
    for (size_t c = 0; c < row.size(); ++c) {
      w.Key(t.columns[c].c_str());
      if (const auto* i = std::get_if<int64_t>(&row[c])) {
        w.Int64(*i);
      } else if (const auto* d = std::get_if<double>(&row[c])) {
        w.Double(*d);
      } else if (const auto* s = std::get_if<std::string>(&row[c])) {
        w.String(s->data(), static_cast<rapidjson::SizeType>(s->size()));
      } else {
        w.Null();
      }
    }
    w.EndObject();
  }
  w.EndArray();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string ToCsv(const Table& t) {
  auto line = [](const std::vector<std::string>& fields) {
    std::string out;
    for (size_t c = 0; c < fields.size(); ++c) out += (c > 0 ? "," : "") + CsvField(fields[c]);
    return out + "\r\n";
  };
  std::string out = line(t.columns);
  for (const auto& row : t.rows) {
    std::vector<std::string> fields;
    for (const Cell& cell : row) fields.push_back(CellString(cell));
    out += line(fields);
  }
  return out;
}

}  // namespace

std::string FormatTable(const Table& table, TableFormat format) {
  switch (format) {
    case TableFormat::kJson: return ToJson(table);
    case TableFormat::kCsv: return ToCsv(table);
    case TableFormat::kText: break;
  }
  return ToText(table);
}

}  // namespace whosaid
